import { randomUUID } from "node:crypto";
import { badRequest, GraphFault, notFound } from "./errors";
import { evaluate, parseFilter, pathsOf, type Expr } from "./odata-filter";
import { changed, graphNow, nextLink, ok, pageState, route, topOf, type Ctx, type Route } from "./router";
import { mustAdd, mustChange, mustRemove } from "./permissions";
import { findList, findSite, itemsChanged } from "./sites";
import type { Column, Item, List, Site, World } from "./state";

/** SharePoint's list view threshold: past this, even `Prefer: HonorNonIndexed…` queries fail. */
export const LIST_VIEW_THRESHOLD = 5000;
const PREFER = "honornonindexedquerieswarningmayfailrandomly";

const etag = (item: Item) => `"${item.guid},${item.version}"`;

function itemShape(ctx: Ctx, site: Site, list: List, item: Item, select?: string[]) {
  const person = (id: string) => identitySet(id, ctx.world);
  const fields = Object.fromEntries(Object.entries(item.fields).filter(([k]) => !select || select.includes(k)));
  return {
    "@odata.etag": etag(item),
    createdDateTime: item.createdDateTime,
    eTag: etag(item),
    id: item.id,
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `https://${site.hostname}${site.path}/Lists/${list.displayName}/${item.id}_.000`,
    createdBy: person(item.createdBy),
    lastModifiedBy: person(item.lastModifiedBy),
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: "0x0100", name: "Item" },
    fields: { "@odata.etag": etag(item), id: item.id, ...fields, Modified: item.lastModifiedDateTime, Created: item.createdDateTime },
  };
}

/**
 * An item's value for a filter or an order: its id, its Created and Modified (kept on the item,
 * not among the written fields — filtering on them must match, not silently find nothing), or a column.
 */
function valueOf(item: Item, name: string): unknown {
  if (name === "id") return Number(item.id);
  if (name === "Created") return item.createdDateTime;
  if (name === "Modified") return item.lastModifiedDateTime;
  return item.fields[name];
}

/**
 * Who created or last changed an item, as SharePoint records it from the caller's token (never
 * from the request body): Graph's identitySet — for a user, their object id, display name and
 * email (the CSDL's `identity` is an open type; SharePoint adds `email` to list items' users);
 * for an app-only token, the application.
 */
export function identitySet(id: string, world: World) {
  const user = world.users.find((u) => u.id === id);
  if (user) return { user: { id, displayName: user.displayName, email: user.mail } };
  const app = Object.values(world.tokens).find((g) => g.kind === "app" && g.appId === id);
  if (app?.kind === "app") return { application: { id, displayName: app.displayName } };
  return { user: { id, displayName: "" } };
}

function column(list: List, name: string) {
  const col = list.columns.find((c) => c.name === name);
  if (!col && !["id", "Created", "Modified"].includes(name)) throw badRequest(`Field '${name}' is not recognized`);
  return col;
}

/** Graph refuses filters and sorts on non-indexed columns unless asked to try anyway; past the threshold it fails regardless. */
function checkIndexed(ctx: Ctx, list: List, names: string[]): void {
  const prefer = (ctx.headers.prefer ?? "").toLowerCase().includes(PREFER);
  for (const name of names) {
    const col = column(list, name);
    // Created and Modified are not indexed unless someone indexes them: the same rule as any column.
    if (!col?.indexed && name !== "id") {
      if (!prefer) {
        throw badRequest(`Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`);
      }
      // Past the threshold Graph fails even with the Prefer header (thresholdExceeded).
      if (list.items.length > LIST_VIEW_THRESHOLD) throw thresholdExceeded();
    }
  }
}

/**
 * The list view threshold on indexed queries. An index helps only when it narrows: past 5,000
 * items SharePoint judges a query by its first indexed filter clause (with the clauses on the
 * same column beside it: `ge … and lt …` is one index range), and if that still matches more
 * than 5,000 items the query fails as a scan would, whatever the other clauses and `$top` say
 * (msgraph-sdk-dotnet#827: `Month eq … and ProviderLookupId eq …` on 50,000 items, `$top=1000`).
 * Paging the list in its own order, with no filter, is allowed at any size; ordering it without
 * a filter is not, even by id (microsoft-graph-docs#8450: `$orderby=id desc` on 15,000 items).
 */
function checkThreshold(list: List, expr: Expr | undefined, ordered: boolean): void {
  if (list.items.length <= LIST_VIEW_THRESHOLD) return;
  if (!expr) {
    if (ordered) throw thresholdExceeded();
    return;
  }
  const clauses = expr.kind === "and" ? expr.items : [expr];
  const names = (c: Expr) => [...new Set(pathsOf(c).map(fieldPath))];
  const isIndexed = (name: string) => name === "id" || Boolean(list.columns.find((c) => c.name === name)?.indexed);
  const first = clauses.find((c) => names(c).length > 0 && names(c).every(isIndexed));
  if (!first) return;
  const [only, ...others] = names(first);
  const range = others.length === 0 ? clauses.filter((c) => names(c).length === 1 && names(c)[0] === only) : [first];
  const read = (item: Item) => (path: string) => valueOf(item, fieldPath(path));
  let matches = 0;
  for (const item of list.items) if (range.every((c) => evaluate(c, read(item))) && ++matches > LIST_VIEW_THRESHOLD) break;
  if (matches > LIST_VIEW_THRESHOLD) throw thresholdExceeded();
}

/*
 * Past the threshold Graph answers 429 (msgraph-sdk-dotnet#827) with SharePoint's throttling
 * body, "The request has been throttled" (microsoft-graph-docs#8450), code activityLimitReached
 * (OneDrive/onedrive-api-docs#880) — not SharePoint REST's "…exceeds the list view threshold"
 * (that is SPQueryThrottledException through /_api, SharePoint/sp-dev-docs#6826). No Retry-After:
 * no public answer shows one, and no wait would cure it. A client tells it from throttling by
 * the question it asked, not by the words (src/graph/middleware/retry.ts).
 */
const thresholdExceeded = () => new GraphFault(429, "activityLimitReached", "The request has been throttled");

/** Sort order for `$orderby`: numbers as numbers, Yes/No as 0/1, empty values first (ascending). */
function sortOrder(a: unknown, b: unknown): number {
  const key = (v: unknown) => (typeof v === "boolean" ? Number(v) : (v ?? null));
  const x = key(a);
  const y = key(b);
  if (x === y) return 0;
  if (x === null) return -1;
  if (y === null) return 1;
  if (typeof x === "number" && typeof y === "number") return x - y;
  return String(x).localeCompare(String(y));
}

/** Top-level `$select` on list items (`id`, `eTag`, `fields`…): keeps `@odata.etag` as Graph does. */
function selectTop<T extends Record<string, unknown>>(shape: T, select: string | null): Record<string, unknown> {
  if (!select) return shape;
  const keep = new Set(["@odata.etag", ...select.split(",").map((s) => s.trim())]);
  if ("fields" in shape) keep.add("fields");
  return Object.fromEntries(Object.entries(shape).filter(([k]) => keep.has(k)));
}

function fieldPath(path: string): string {
  // The item's own id may be named bare, as in `$orderby=id desc` (microsoft-graph-docs#8450).
  if (path === "id") return "id";
  if (!path.startsWith("fields/")) throw badRequest(`Only fields/<column> can be filtered here, not '${path}'.`);
  return path.slice("fields/".length);
}

function validateFields(list: List, fields: Record<string, unknown>, except?: Item): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key.endsWith("@odata.type")) continue;
    const byId = key.endsWith("LookupId") && !list.columns.some((c) => c.name === key);
    const name = byId ? key.slice(0, -"LookupId".length) : key;
    refuseReadOnly(name);
    const col = column(list, name);
    if (!col) continue;
    refuseUnwritable(col);
    checkLookup(col, key, value, byId);
    if (col.type === "choice" && value !== null) {
      const choices = (col.facet.choices as string[] | undefined) ?? [];
      const values = Array.isArray(value) ? value : [value];
      if (Array.isArray(value) && fields[`${key}@odata.type`] !== "Collection(Edm.String)") throw badRequest(`A multi-value field '${key}' needs '${key}@odata.type': 'Collection(Edm.String)'.`);
      for (const v of values) if (choices.length && !choices.includes(String(v))) throw badRequest(`'${String(v)}' is not a choice of field '${key}'.`);
    }
    if (col.type === "boolean" && value !== null && typeof value !== "boolean") throw badRequest(`Field '${key}' is a Yes/No column.`);
    const stored = value === null ? null : typed(col, key, value);
    if (col.enforceUniqueValues && stored !== null && stored !== "") {
      const clash = list.items.find((i) => i !== except && sameValue(i.fields[name], stored));
      if (clash) throw duplicateValue();
    }
    out[key] = stored;
  }
  return out;
}

/**
 * A value as the column's type holds it, or SharePoint's refusal (400 invalidRequest, as Graph
 * refuses field values: see refuseUnwritable). Single line of text: a string of at most the
 * column's maxLength (255 unless set lower; the columnDefinition's text facet) — SharePoint does
 * not cut a longer one, it refuses the write. Date and time: an ISO 8601 date-time, kept to the
 * second. Number: a number. An object or an array is never text. The messages are the emulator's:
 * no public answer shows Graph's exact words for these (docs/decisions/0005-emulator-fidelity.md).
 */
function typed(col: Column, key: string, value: unknown): unknown {
  switch (col.type) {
    case "text": {
      if (typeof value !== "string") throw badRequest(`Invalid request: field '${key}' is text and cannot hold ${Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `a ${typeof value}`}.`);
      const max = col.facet.allowMultipleLines === true ? Infinity : Number(col.facet.maxLength ?? 255);
      if (value.length > max) throw badRequest(`Invalid request: field '${key}' holds at most ${max} characters; ${value.length} were sent.`);
      return value;
    }
    case "dateTime": {
      const at = typeof value === "string" && ISO_DATE_TIME.test(value) ? Date.parse(value) : NaN;
      if (Number.isNaN(at)) throw badRequest(`Invalid request: field '${key}' is a date and time; '${String(value)}' is not one.`);
      return graphNow(new Date(at));
    }
    case "number":
    case "currency":
      if (typeof value !== "number" || !Number.isFinite(value)) throw badRequest(`Invalid request: field '${key}' is a number; '${String(value)}' is not one.`);
      return value;
    default:
      return value;
  }
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** SharePoint compares text case-insensitively, in its unique constraint as in `eq`. */
export function sameValue(a: unknown, b: unknown): boolean {
  return typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/**
 * A duplicate in a unique column. SharePoint REST answers it with a 500 whose code names
 * SPDuplicateValuesFoundException (0x810200bf: "…duplicate values were found in one or more fields
 * in the list", jasonrollins/shareplum#41; PnP-Sites-Core#608), and Graph passes SharePoint's
 * error codes through (microsoft-graph-docs#9642). Not 409: a client must not take one for granted.
 */
const duplicateValue = () =>
  new GraphFault(500, "-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException", "The list item could not be added or updated because duplicate values were found in one or more fields in the list.");

const LOOKUP_TYPES = new Set(["personOrGroup", "lookup"]);

/**
 * Person and lookup columns are written as `<Column>LookupId`: the id of an item in the
 * target list (for people, the site's User Information List), digits as a string (as Graph
 * returns it) or a number — never by value (`Owner: "x@y"`, an email, a name or a user
 * object), and never an email in the LookupId (graph-reference README "Facts about Graph";
 * microsoftgraph/microsoft-graph-docs#6334, microsoft-graph-docs-contrib#1457). Graph
 * answers both with 400 invalidRequest. `LookupId` on a column of another type is an
 * unknown field, as in Graph. Null clears the column.
 */
function checkLookup(col: Column, key: string, value: unknown, byId: boolean): void {
  const lookup = LOOKUP_TYPES.has(col.type);
  if (byId && !lookup) throw badRequest(`Field '${key}' is not recognized`);
  if (!byId && lookup && value !== null) {
    throw badRequest(`Field '${key}' is a ${col.type} column and cannot be written by value; write '${key}LookupId' with the id of the ${col.type === "personOrGroup" ? "user in the site's User Information List" : "item in the lookup list"}.`);
  }
  if (!byId || value === null) return;
  const ids = Array.isArray(value) ? value : [value];
  for (const id of ids) {
    const numeric = (typeof id === "string" && /^\d+$/.test(id)) || (typeof id === "number" && Number.isInteger(id) && id >= 0);
    if (!numeric) throw badRequest(`Field '${key}' expects a lookup id (a number), not '${String(id)}'.`);
  }
}

/**
 * The columns SharePoint itself keeps — when the item was created and last changed (Created, Modified: Graph's
 * createdDateTime and lastModifiedDateTime) and by whom (Author, Editor) — are read-only to every writer: set from
 * SharePoint's clock and the caller's token, never from the request (Graph's baseItem marks them read-only). Readers date
 * records by them (retention dates a letter by its item's createdDateTime, T10 #12), so a write to them is refused, 400
 * invalidRequest, not ignored. The words are the emulator's (docs/decisions/0005-emulator-fidelity.md).
 */
const READ_ONLY = new Set(["created", "modified", "author", "editor"]);
function refuseReadOnly(name: string): void {
  if (READ_ONLY.has(name.toLowerCase())) throw badRequest(`Invalid request: field '${name}' is read-only; SharePoint sets it.`);
}

/**
 * SharePoint refuses any write to a Hyperlink or Picture column made through Graph, whatever the
 * value's shape, with a bare 400 invalidRequest "Invalid request" (microsoftgraph/microsoft-graph-docs#12638,
 * msgraph-sdk-dotnet#2957, msgraph-sdk-php#1445). Null too: the emulator has no evidence it clears.
 */
function refuseUnwritable(col: Column): void {
  if (col.type === "hyperlinkOrPicture") throw badRequest("Invalid request");
}

function ifMatch(ctx: Ctx, item: Item): void {
  const header = ctx.headers["if-match"];
  if (header && header !== "*" && header !== etag(item) && header !== `W/${etag(item)}`) {
    throw new GraphFault(412, "resourceModified", "The resource has been modified since it was last read (eTag mismatch).");
  }
}

const PATH = /^\/sites\/([^/]+)\/lists\/([^/]+)\/items/;
function resolve(ctx: Ctx, m: RegExpExecArray) {
  const site = findSite(ctx.world, m[1]!);
  const list = findList(site, m[2]!);
  const item = m[3] ? list.items.find((i) => i.id === m[3]) : undefined;
  if (m[3] && !item) throw notFound(`item ${m[3]}`);
  return { site, list, item };
}

export const itemRoutes: Route[] = [
  route("GET", new RegExp(`${PATH.source}$`), (ctx, m) => {
    const { site, list } = resolve(ctx, m);
    const filter = ctx.query.get("$filter");
    const orderby = ctx.query.get("$orderby");
    const expr = filter ? parseFilter(filter) : undefined;
    const order = orderby ? orderby.split(",").map((o) => o.trim().split(/\s+/)) : [];
    checkIndexed(ctx, list, [...(expr ? pathsOf(expr).map(fieldPath) : []), ...order.map(([p]) => fieldPath(p!))]);
    checkThreshold(list, expr, order.length > 0);
    let rows = expr ? list.items.filter((i) => evaluate(expr, (p) => valueOf(i, fieldPath(p)))) : [...list.items];
    for (const [path, direction] of [...order].reverse()) {
      const name = fieldPath(path!);
      const sign = direction?.toLowerCase() === "desc" ? -1 : 1;
      rows = rows.sort((a, b) => sign * sortOrder(valueOf(a, name), valueOf(b, name)));
    }
    const top = topOf(ctx.query, 200, { capAbove: 5000 });
    const { skip } = pageState(ctx);
    // `$expand=fields($select=A,B)`; Graph takes `select=` without the `$` inside the parentheses too.
    const select = /fields\(\$?select=([^)]*)\)/.exec(ctx.query.get("$expand") ?? "")?.[1]?.split(",").map((s) => s.trim());
    const expand = (ctx.query.get("$expand") ?? "").startsWith("fields");
    const page = rows.slice(skip, skip + top).map((i) => {
      const shape = itemShape(ctx, site, list, i, select);
      if (!expand) delete (shape as { fields?: unknown }).fields;
      return selectTop(shape, ctx.query.get("$select"));
    });
    return ok({ value: page, ...(skip + top < rows.length ? { "@odata.nextLink": nextLink(ctx, { skip: skip + top }) } : {}) });
  }),
  route("POST", new RegExp(`${PATH.source}$`), (ctx, m) => {
    const { site, list } = resolve(ctx, m);
    mustAdd(list, ctx.user);
    const body = (ctx.body ?? {}) as { fields?: Record<string, unknown> };
    const fields = validateFields(list, body.fields ?? {});
    const now = graphNow();
    const item: Item = { id: String(list.nextItemId++), guid: randomUUID(), version: 1, createdDateTime: now, lastModifiedDateTime: now, createdBy: ctx.user.id, lastModifiedBy: ctx.user.id, fields };
    list.items.push(item);
    itemsChanged(list, now);
    return changed(itemShape(ctx, site, list, item), 201);
  }),
  route("GET", new RegExp(`${PATH.source}/([^/]+)$`), (ctx, m) => {
    const { site, list, item } = resolve(ctx, m);
    return ok(itemShape(ctx, site, list, item!));
  }),
  route("PATCH", new RegExp(`${PATH.source}/([^/]+)/fields$`), (ctx, m) => {
    const { list, item } = resolve(ctx, m);
    mustChange(list, ctx.user);
    ifMatch(ctx, item!);
    Object.assign(item!.fields, validateFields(list, (ctx.body ?? {}) as Record<string, unknown>, item));
    item!.version += 1;
    item!.lastModifiedDateTime = graphNow();
    item!.lastModifiedBy = ctx.user.id;
    itemsChanged(list, item!.lastModifiedDateTime);
    return changed({ "@odata.etag": etag(item!), id: item!.id, ...item!.fields }, 200, { ETag: etag(item!) });
  }),
  route("DELETE", new RegExp(`${PATH.source}/([^/]+)$`), (ctx, m) => {
    const { list, item } = resolve(ctx, m);
    mustRemove(list, ctx.user);
    ifMatch(ctx, item!);
    list.items.splice(list.items.indexOf(item!), 1);
    itemsChanged(list);
    return changed(undefined, 204);
  }),
];
