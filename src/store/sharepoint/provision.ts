import type { GraphClient } from "../../graph/client";
import { StoreError } from "../port";
import { toStoreError } from "./errors";
import { LISTS, type ColumnSpec, type ListSpec } from "./schema";

interface GraphColumn {
  id: string;
  name: string;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  choice?: { choices?: string[] };
}

export interface ProvisionReport {
  /** One line per change made; empty when the site already matched. */
  changes: string[];
}

/**
 * Creates the product's lists and columns, idempotently: what exists is left alone,
 * what is missing is added, a column the store filters on that lost its index gets
 * it back, and a key column that lost its unique constraint (the idempotency keys rely
 * on it: it closes the race between two writers) gets it back, with its index. Running it twice changes nothing the second time.
 *
 * SharePoint permissions (Decisions writable only by the authorisers' group, AuditTrail
 * add-only) cannot be set through Graph; README "Point it at a real tenant" lists them.
 */
export async function provision(graph: GraphClient, siteId: string, lists: readonly ListSpec[] = LISTS): Promise<ProvisionReport> {
  const changes: string[] = [];
  let doing = "Reading the site's lists";
  try {
    const existing = (await graph.client.api(`/sites/${siteId}/lists`).select("id,name,displayName").top(500).get()) as {
      value: Array<{ id: string; name?: string; displayName?: string }>;
    };
    for (const spec of lists) {
      // displayName is what provisioning sets; `name` (the URL name) is the same for lists it created.
      const found = existing.value.find((l) => (l.displayName ?? l.name) === spec.name);
      if (!found) {
        doing = `Creating the list ${spec.name}`;
        const created = (await graph.client.api(`/sites/${siteId}/lists`).post({
          displayName: spec.name,
          description: spec.description,
          columns: spec.columns.map(columnDefinition),
          list: { template: "genericList" },
        })) as { id: string };
        // Graph may drop columns sent with a new list, or their index and unique settings
        // (microsoft-graph-docs#11966, #8048): the list is read back and repaired at once.
        const repairs: string[] = [];
        await reconcileColumns(graph, siteId, created.id, spec, repairs);
        changes.push(`created list ${spec.name} with ${spec.columns.length} columns${repairs.length ? ` (then, as Graph left them out: ${repairs.join("; ")})` : ""}`);
        continue;
      }
      doing = `Checking the columns of ${spec.name}`;
      await reconcileColumns(graph, siteId, found.id, spec, changes);
    }
  } catch (error) {
    throw provisioningError(error, doing);
  }
  return { changes };
}

/**
 * A refusal in words that say what to fix: creating lists and columns needs Sites.Manage.All
 * (or Sites.FullControl.All; with Sites.Selected, a `manage` grant on the site) — a token from
 * `az account get-access-token` or the add-in's own has at most Sites.ReadWrite.All or
 * Sites.Selected with `write` (list-create "Permissions"; microsoft-graph-docs#10386).
 */
function provisioningError(error: unknown, doing: string): StoreError {
  const failure = toStoreError(error, `Provisioning the SharePoint lists (${doing})`);
  if (failure.code !== "forbidden") return failure;
  return new StoreError(
    "forbidden",
    `${failure.message} Creating lists and columns needs the Sites.Manage.All permission (or Sites.FullControl.All, or Sites.Selected with a manage grant on this site), which this token lacks: use a site owner's token that has it.`,
    error,
  );
}

async function reconcileColumns(graph: GraphClient, siteId: string, listId: string, spec: ListSpec, changes: string[]): Promise<void> {
  const path = `/sites/${siteId}/lists/${listId}/columns`;
  const columns = ((await graph.client.api(path).get()) as { value: GraphColumn[] }).value;
  for (const column of spec.columns) {
    const present = columns.find((c) => c.name === column.name);
    if (!present) {
      await graph.client.api(path).post(columnDefinition(column));
      changes.push(`added column ${spec.name}.${column.name}`);
      continue;
    }
    const lostIndex = Boolean(column.indexed || column.unique) && !present.indexed;
    const lostUnique = Boolean(column.unique) && !present.enforceUniqueValues;
    if (lostUnique) {
      // SharePoint enforces unique values only on an indexed column: both in one PATCH.
      await graph.client.api(`${path}/${present.id}`).patch({ indexed: true, enforceUniqueValues: true });
      changes.push(`unique values enforced on column ${spec.name}.${column.name}${lostIndex ? " (indexed again)" : ""}`);
    } else if (lostIndex) {
      await graph.client.api(`${path}/${present.id}`).patch({ indexed: true });
      changes.push(`indexed column ${spec.name}.${column.name}`);
    }
    // A choice added since the site was provisioned (AlertActions' Outcome "setAsideReviewed"): SharePoint refuses a value not listed.
    const missing = column.kind === "choice" && present.choice ? (column.choices ?? []).filter((c) => !(present.choice!.choices ?? []).includes(c)) : [];
    if (missing.length) {
      await graph.client.api(`${path}/${present.id}`).patch({ choice: { ...present.choice, choices: [...(present.choice!.choices ?? []), ...missing] } });
      changes.push(`added ${missing.map((c) => `“${c}”`).join(", ")} to the choices of column ${spec.name}.${column.name}`);
    }
  }
}

/** A Graph columnDefinition for one column (Graph v1.0 columnDefinition resource). */
export function columnDefinition(column: ColumnSpec): Record<string, unknown> {
  const base = { name: column.name, indexed: Boolean(column.indexed), enforceUniqueValues: Boolean(column.unique) };
  switch (column.kind) {
    case "text":
      return { ...base, text: { allowMultipleLines: false, maxLength: 255 } };
    case "note":
      return { ...base, text: { allowMultipleLines: true, textType: "plain" } };
    case "dateTime":
      return { ...base, dateTime: { format: "dateTime" } };
    case "boolean":
      return { ...base, boolean: {} };
    case "number":
      return { ...base, number: {} };
    case "choice":
      return { ...base, choice: { choices: [...(column.choices ?? [])], displayAs: "dropDownMenu", allowTextEntry: false } };
  }
}
