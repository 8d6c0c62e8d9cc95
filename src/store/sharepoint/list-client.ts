import { sendBatch, type BatchRequest, type BatchResponse } from "../../graph/batch";
import type { GraphClient } from "../../graph/client";
import { encodeQueryValue } from "../../graph/odata";
import { GraphError } from "@microsoft/microsoft-graph-client";
import type { Identity } from "../../policy/decision";
import { StoreError } from "../port";
import { isTooBroad, ListViewThresholdError, toStoreError } from "./errors";

export type Fields = Record<string, unknown>;

export interface ListItem {
  id: string;
  etag: string;
  fields: Fields;
  /** Who SharePoint says created the item, from the creator's token: never from `fields`. */
  createdBy?: Identity;
  /** Who SharePoint says last changed it. */
  lastModifiedBy?: Identity;
  /** SharePoint's own time of creation. */
  createdAt?: string;
  /** SharePoint's own time of the last change (the creation time until someone changes it). */
  lastModifiedAt?: string;
}

/** One write in a `$batch`: create, update (If-Match on `etag`, `*` for any) or remove. */
export type ItemWrite = { op: "create"; fields: Fields } | { op: "update"; id: string; fields: Fields; etag: string } | { op: "remove"; id: string };

export interface ItemQuery {
  filter?: string;
  orderby?: string;
  /** Page size; Graph caps list item pages. */
  top?: number;
  /** Stop after this many items (all pages otherwise). */
  limit?: number;
  /** Column names to return (always with the item id and eTag). */
  select?: readonly string[];
}

/** Graph's identitySet: `user` with id, displayName, and (from SharePoint) email; or the `application` that wrote with an app-only token. */
interface GraphIdentitySet {
  user?: { id?: string; displayName?: string; email?: string };
  application?: { id?: string; displayName?: string };
}

interface GraphListItem {
  id: string;
  eTag?: string;
  "@odata.etag"?: string;
  fields?: Fields;
  createdBy?: GraphIdentitySet;
  lastModifiedBy?: GraphIdentitySet;
  createdDateTime?: string;
  lastModifiedDateTime?: string;
}

interface GraphPage<T> {
  value: T[];
  "@odata.nextLink"?: string;
}

/**
 * Items of one SharePoint list through Graph. Resource code: builds requests, does no
 * I/O of its own beyond the shared client pipeline (auth, retry, timeout).
 */
export class ListClient {
  constructor(
    private readonly graph: GraphClient,
    private readonly siteId: string,
    readonly listName: string,
  ) {}

  private get itemsPath(): string {
    return `/sites/${this.siteId}/lists/${encodeURIComponent(this.listName)}/items`;
  }

  async query(q: ItemQuery = {}): Promise<ListItem[]> {
    let request = this.graph.client.api(this.itemsPath).expand(expandOf(q)).top(q.top ?? 500);
    if (q.filter) request = request.filter(encodeQueryValue(q.filter));
    if (q.orderby) request = request.orderby(encodeQueryValue(q.orderby));
    try {
      return await this.pages((await request.get()) as GraphPage<GraphListItem>, q.limit);
    } catch (error) {
      // Only a question that filters or orders can be too broad; a plain page read refused is throttling.
      if ((q.filter || q.orderby) && isTooBroad(error)) throw new ListViewThresholdError(this.listName, error);
      throw toStoreError(error, `Reading ${this.listName}`);
    }
  }

  /** The items of a first page and of every page after it (nextLink), up to `limit`. */
  private async pages(first: GraphPage<GraphListItem>, limit?: number): Promise<ListItem[]> {
    const items: ListItem[] = [];
    let page = first;
    for (;;) {
      for (const raw of page.value) {
        items.push(toItem(raw));
        if (limit !== undefined && items.length >= limit) return items;
      }
      const next = page["@odata.nextLink"];
      if (!next) return items;
      page = (await this.graph.client.api(this.graph.relative(next)).get()) as GraphPage<GraphListItem>;
    }
  }

  /** The list's column names (one request). */
  async columnNames(): Promise<string[]> {
    try {
      const found = (await this.graph.client.api(`/sites/${this.siteId}/lists/${encodeURIComponent(this.listName)}/columns`).select("name").get()) as { value: Array<{ name: string }> };
      return found.value.map((c) => c.name);
    } catch (error) {
      throw toStoreError(error, `Reading ${this.listName}'s columns`);
    }
  }

  async create(fields: Fields): Promise<ListItem> {
    try {
      const raw = (await this.graph.client.api(this.itemsPath).post({ fields })) as GraphListItem;
      return toItem(raw);
    } catch (error) {
      throw toStoreError(error, `Adding to ${this.listName}`);
    }
  }

  /** PATCH the fields, only if the item is still at `etag` (optimistic concurrency; 412 otherwise). */
  async update(id: string, fields: Fields, etag: string): Promise<void> {
    try {
      await this.graph.client.api(`${this.itemsPath}/${id}/fields`).header("If-Match", etag).patch(fields);
    } catch (error) {
      throw toStoreError(error, `Updating ${this.listName}`);
    }
  }

  /**
   * Several queries in `$batch`es of 20 (a subject access export asks for the audit trail of
   * every record; one request each would be hundreds of round trips, all at once). Answered in
   * order; a query with more than one page follows its nextLink on its own.
   */
  async queryMany(queries: readonly ItemQuery[]): Promise<ListItem[][]> {
    return queryLists(this.graph, queries.map((query) => ({ list: this, query })));
  }

  /** The batch request for one query of this list. */
  requestFor(q: ItemQuery, id: string): BatchRequest {
    const params = [`$expand=${expandOf(q)}`, `$top=${q.top ?? 500}`];
    if (q.filter) params.push(`$filter=${encodeURIComponent(q.filter)}`);
    if (q.orderby) params.push(`$orderby=${encodeURIComponent(q.orderby)}`);
    return { id, method: "GET", url: `${this.itemsPath}?${params.join("&")}` };
  }

  /** The items of a first page and every page after it (nextLink), up to `limit`. */
  readPages(first: unknown, limit?: number): Promise<ListItem[]> {
    return this.pages(first as GraphPage<GraphListItem>, limit);
  }

  /**
   * Several writes in `$batch`es of 20 (one round trip instead of one each), answered in order.
   * Inner 429/503 are resent by `sendBatch`; any other inner failure comes back as its status
   * for the caller to judge (a 409 on a create can mean the item is already there).
   */
  async batch(writes: readonly ItemWrite[]): Promise<BatchResponse[]> {
    const json = { "Content-Type": "application/json" };
    const requests = writes.map((w, i): BatchRequest => {
      const id = String(i + 1);
      if (w.op === "create") return { id, method: "POST", url: this.itemsPath, body: { fields: w.fields }, headers: json };
      if (w.op === "update") return { id, method: "PATCH", url: `${this.itemsPath}/${w.id}/fields`, body: w.fields, headers: { ...json, "If-Match": w.etag } };
      return { id, method: "DELETE", url: `${this.itemsPath}/${w.id}` };
    });
    try {
      return await sendBatch(this.graph, requests);
    } catch (error) {
      throw toStoreError(error, `Writing to ${this.listName}`);
    }
  }

  async get(id: string): Promise<ListItem> {
    try {
      return toItem((await this.graph.client.api(`${this.itemsPath}/${id}`).expand("fields").get()) as GraphListItem);
    } catch (error) {
      throw toStoreError(error, `Reading ${this.listName}`);
    }
  }

  async remove(id: string): Promise<void> {
    try {
      await this.graph.client.api(`${this.itemsPath}/${id}`).delete();
    } catch (error) {
      throw toStoreError(error, `Deleting from ${this.listName}`);
    }
  }

  /**
   * Deletes items in `$batch`es of 20; one already gone (404) is no error (and not counted), so a purge
   * repeated after a failure finishes without error. Any other refusal fails the whole call,
   * naming how many were not deleted (a 403 as `forbidden`: retention needs the right to delete).
   */
  async removeMany(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const answers = await this.batch(ids.map((id) => ({ op: "remove" as const, id })));
    const failed = answers.filter((a) => a.status >= 300 && a.status !== 404);
    if (failed.length > 0) {
      const forbidden = failed.some((a) => a.status === 401 || a.status === 403);
      throw new StoreError(
        forbidden ? "forbidden" : "unavailable",
        `Deleting from ${this.listName}: ${failed.length} of ${ids.length} items were not deleted (HTTP ${[...new Set(failed.map((a) => a.status))].join(", ")})${forbidden ? "; this needs a person or app allowed to delete from the list" : "; run it again"}.`,
      );
    }
    return answers.filter((a) => a.status < 300).length;
  }
}

/**
 * Queries of several lists in `$batch`es of 20: one round trip for what a reader needs from
 * each (a strategy, its decisions and its proposals). Answered in order; a query with more
 * than one page follows its nextLink on its own; any failed query fails the whole read.
 */
export async function queryLists(graph: GraphClient, queries: ReadonlyArray<{ list: ListClient; query: ItemQuery }>): Promise<ListItem[][]> {
  if (queries.length === 0) return [];
  const requests = queries.map(({ list, query }, i) => list.requestFor(query, String(i + 1)));
  try {
    const answers = await sendBatch(graph, requests);
    return await Promise.all(
      answers.map(async (answer, i) => {
        const { list, query } = queries[i]!;
        if (answer.status < 200 || answer.status >= 300) {
          const message = (answer.body as { error?: { message?: string } } | undefined)?.error?.message ?? `HTTP ${answer.status}`;
          throw new GraphError(answer.status, message);
        }
        return list.readPages(answer.body, query.limit);
      }),
    );
  } catch (error) {
    throw toStoreError(error, `Reading ${[...new Set(queries.map((q) => q.list.listName))].join(", ")}`);
  }
}

function toItem(raw: GraphListItem): ListItem {
  const createdBy = identityOf(raw.createdBy);
  const lastModifiedBy = identityOf(raw.lastModifiedBy);
  return {
    id: raw.id,
    etag: raw.eTag ?? raw["@odata.etag"] ?? "",
    fields: raw.fields ?? {},
    ...(createdBy ? { createdBy } : {}),
    ...(lastModifiedBy ? { lastModifiedBy } : {}),
    ...(raw.createdDateTime ? { createdAt: new Date(raw.createdDateTime).toISOString() } : {}),
    ...(raw.lastModifiedDateTime ? { lastModifiedAt: new Date(raw.lastModifiedDateTime).toISOString() } : {}),
  };
}

function identityOf(set: GraphIdentitySet | undefined): Identity | undefined {
  const user = set?.user;
  if (user && (user.id || user.email)) return { displayName: user.displayName ?? "", ...(user.id ? { id: user.id } : {}), ...(user.email ? { upn: user.email } : {}) };
  // An app (a scheduled retention job, the flagger): its client id, which no roster lists as a person.
  const app = set?.application;
  return app?.id ? { id: app.id, displayName: app.displayName ?? "" } : undefined;
}

/** `$expand` for list items: their fields, or only the columns asked for. */
const expandOf = (q: ItemQuery) => (q.select ? `fields($select=${q.select.join(",")})` : "fields");
