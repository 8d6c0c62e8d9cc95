import type { GraphClient } from "../../graph/client";
import { toStoreError } from "./errors";
import { LISTS, type ColumnSpec, type ListSpec } from "./schema";

interface GraphColumn {
  id: string;
  name: string;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
}

export interface ProvisionReport {
  /** One line per change made; empty when the site already matched. */
  changes: string[];
}

/**
 * Creates the product's lists and columns, idempotently: what exists is left alone,
 * what is missing is added, a column the store filters on that lost its index gets
 * it back, and a key column that lost its unique constraint (the idempotency keys rely
 * on it: a 409 closes the race between two writers) gets it back, with its index. Running it twice changes nothing the second time.
 *
 * SharePoint permissions (Decisions writable only by the authorisers' group, AuditTrail
 * add-only) cannot be set through Graph; README "Point it at a real tenant" lists them.
 */
export async function provision(graph: GraphClient, siteId: string, lists: readonly ListSpec[] = LISTS): Promise<ProvisionReport> {
  const changes: string[] = [];
  try {
    const existing = (await graph.client.api(`/sites/${siteId}/lists`).select("id,name,displayName").top(500).get()) as {
      value: Array<{ id: string; name?: string; displayName?: string }>;
    };
    for (const spec of lists) {
      // displayName is what provisioning sets; `name` (the URL name) is the same for lists it created.
      const found = existing.value.find((l) => (l.displayName ?? l.name) === spec.name);
      if (!found) {
        await graph.client.api(`/sites/${siteId}/lists`).post({
          displayName: spec.name,
          description: spec.description,
          columns: spec.columns.map(columnDefinition),
          list: { template: "genericList" },
        });
        changes.push(`created list ${spec.name} with ${spec.columns.length} columns`);
        continue;
      }
      await reconcileColumns(graph, siteId, found.id, spec, changes);
    }
  } catch (error) {
    throw toStoreError(error, "Provisioning the SharePoint lists");
  }
  return { changes };
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
