import { randomUUID } from "node:crypto";
import { badRequest, GraphFault, notFound } from "./errors";
import { changed, graphNow, ok, route, type Ctx, type Route } from "./router";
import { mustManage } from "./permissions";
import type { Column, List, Site, SitePermission, World } from "./state";

const TYPES = ["text", "choice", "dateTime", "boolean", "number", "personOrGroup", "currency", "lookup", "hyperlinkOrPicture"];

export function findSite(world: World, id: string): Site {
  const site = world.sites.find((s) => s.id === id || s.id.split(",")[1] === id);
  if (!site) throw notFound(`site ${id}`);
  return site;
}

/** Lists are addressed by id or by display name (Graph accepts both). */
export function findList(site: Site, idOrName: string): List {
  const list = site.lists.find((l) => l.id === idOrName || l.displayName.toLowerCase() === idOrName.toLowerCase());
  if (!list) throw notFound(`list ${idOrName}`);
  return list;
}

const siteShape = (ctx: Ctx, s: Site) => ({
  id: s.id,
  name: s.path === "/" ? s.hostname : s.path.split("/").pop(),
  displayName: s.displayName,
  webUrl: `https://${s.hostname}${s.path === "/" ? "" : s.path}`,
  createdDateTime: s.createdDateTime,
  lastModifiedDateTime: s.createdDateTime,
  siteCollection: { hostname: s.hostname },
});

/** A list's eTag, in the `"guid,version"` shape SharePoint gives items (and lists) through Graph. */
export const listEtag = (l: List) => `"${l.id},${l.version}"`;

/*
 * When a list (a baseItem) changes. Two kinds of change, treated differently (a choice: the
 * public record says when the modified time moves, not exactly when SharePoint bumps the version):
 * - Schema (a column added, or changed, e.g. indexed): the list itself changed, so its eTag
 *   version goes up and lastModifiedDateTime moves. A client that cached the columns can tell.
 * - Items added, changed or deleted: only lastModifiedDateTime moves, as SharePoint's list
 *   modified time follows its items. The eTag stays: like a OneDrive folder's eTag, which
 *   covers the folder's own metadata and not its children (OneDrive/onedrive-api-docs#161),
 *   and a list with items written every few seconds would otherwise never have a usable eTag.
 */
export function schemaChanged(list: List, at = graphNow()): void {
  list.version += 1;
  list.lastModifiedDateTime = at;
}

export function itemsChanged(list: List, at = graphNow()): void {
  list.lastModifiedDateTime = at;
}

export const listShape = (site: Site, l: List, creator?: { id: string; displayName: string }) => ({
  "@odata.etag": listEtag(l),
  eTag: listEtag(l),
  id: l.id,
  createdBy: { user: { id: creator?.id ?? "", displayName: creator?.displayName ?? "System Account" } },
  lastModifiedBy: { user: { id: creator?.id ?? "", displayName: creator?.displayName ?? "System Account" } },
  name: l.displayName,
  displayName: l.displayName,
  description: l.description,
  createdDateTime: l.createdDateTime,
  lastModifiedDateTime: l.lastModifiedDateTime,
  webUrl: `https://${site.hostname}${site.path}/Lists/${l.displayName}`,
  list: { template: l.template, hidden: false, contentTypesEnabled: false },
});

export const columnShape = (c: Column) => ({
  id: c.id,
  name: c.name,
  displayName: c.displayName,
  description: "",
  columnGroup: "Custom Columns",
  enforceUniqueValues: c.enforceUniqueValues,
  hidden: false,
  indexed: c.indexed,
  readOnly: false,
  required: false,
  [c.type]: c.facet,
});

/** A column from a Graph columnDefinition body; unique values need an index, as in SharePoint. */
export function columnFrom(body: Record<string, unknown>): Column {
  const name = body.name;
  if (typeof name !== "string" || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw badRequest("A column needs a name of letters, digits and underscores.");
  const type = TYPES.find((t) => t in body) ?? "text";
  const unique = body.enforceUniqueValues === true;
  if (unique && body.indexed !== true) throw badRequest(`Column '${name}': enforceUniqueValues requires indexed.`);
  return { id: randomUUID(), name, displayName: typeof body.displayName === "string" ? body.displayName : name, indexed: body.indexed === true, enforceUniqueValues: unique, type, facet: facetOf(type, body[type]) };
}

/** The type facet as Graph returns it: a hyperlink column always says whether it is a picture. */
function facetOf(type: string, raw: unknown): Record<string, unknown> {
  const facet = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  return type === "hyperlinkOrPicture" ? { ...facet, isPicture: facet.isPicture === true } : facet;
}

const TITLE: Column = { id: "fa564e0f-0c70-4ab9-b863-0177e6ddd247", name: "Title", displayName: "Title", indexed: false, enforceUniqueValues: false, type: "text", facet: { allowMultipleLines: false, maxLength: 255 } };

function siteByPath(ctx: Ctx, hostname: string, path: string): Site {
  const site = ctx.world.sites.find((s) => s.hostname === hostname && s.path.toLowerCase() === (path.replace(/:$/, "") || "/").toLowerCase());
  if (!site) throw notFound(`site ${hostname}:${path}`);
  return site;
}

/** Graph's site permission roles (permission resource, for sites). */
const SITE_ROLES = ["read", "write", "manage", "fullcontrol", "owner"];

function rolesFrom(body: { roles?: unknown }): string[] {
  const roles = body.roles;
  if (!Array.isArray(roles) || roles.length === 0 || roles.some((r) => typeof r !== "string" || !SITE_ROLES.includes(r))) {
    throw badRequest(`roles must be a non-empty array of ${SITE_ROLES.join(", ")}.`);
  }
  return roles as string[];
}

/** A site permission as Graph gives it, both the deprecated and the V2 grantee, as documented. */
const permissionShape = (p: SitePermission) => ({
  id: p.id,
  "@deprecated.GrantedToIdentities": "GrantedToIdentities has been deprecated. Refer to GrantedToIdentitiesV2",
  roles: p.roles,
  grantedToIdentities: [{ application: p.application }],
  grantedToIdentitiesV2: [{ application: p.application }],
});

function withoutRoles<T extends { roles: unknown }>({ roles: _roles, ...rest }: T): Omit<T, "roles"> {
  return rest;
}

function findPermission(site: Site, id: string): SitePermission {
  const permission = site.permissions?.find((p) => p.id === id);
  if (!permission) throw notFound(`permission ${id}`);
  return permission;
}

export const siteRoutes: Route[] = [
  // Site permissions for apps (Sites.Selected): POST /sites/{id}/permissions grants an app a role on one site.
  // The list leaves each grant's roles out; only GET …/permissions/{id} has them. The documented
  // example shows roles, but Graph's answer does not (microsoft-graph-docs#21395,
  // microsoft-graph-docs-contrib#8902); dev/provision-site.ts reads each grant on its own.
  route("GET", /^\/sites\/([^/]+)\/permissions$/, (ctx, m) => ok({ value: (findSite(ctx.world, m[1]!).permissions ?? []).map((p) => withoutRoles(permissionShape(p))) })),
  route("GET", /^\/sites\/([^/]+)\/permissions\/([^/]+)$/, (ctx, m) => ok(permissionShape(findPermission(findSite(ctx.world, m[1]!), m[2]!)))),
  route("POST", /^\/sites\/([^/]+)\/permissions$/, (ctx, m) => {
    const site = findSite(ctx.world, m[1]!);
    const body = (ctx.body ?? {}) as { roles?: unknown; grantedToIdentities?: unknown; grantedToIdentitiesV2?: unknown };
    const roles = rolesFrom(body);
    const grantees = [body.grantedToIdentitiesV2, body.grantedToIdentities].find(Array.isArray) as Array<{ application?: { id?: unknown; displayName?: unknown } }> | undefined;
    const app = grantees?.[0]?.application;
    if (!grantees || grantees.length !== 1 || typeof app?.id !== "string" || !app.id) throw badRequest("Grant one application: grantedToIdentities: [{ application: { id, displayName } }].");
    const permission: SitePermission = { id: randomUUID(), roles, application: { id: app.id, displayName: typeof app.displayName === "string" ? app.displayName : "" } };
    (site.permissions ??= []).push(permission);
    return changed(permissionShape(permission), 201);
  }),
  route("PATCH", /^\/sites\/([^/]+)\/permissions\/([^/]+)$/, (ctx, m) => {
    const permission = findPermission(findSite(ctx.world, m[1]!), m[2]!);
    permission.roles = rolesFrom((ctx.body ?? {}) as { roles?: unknown });
    return changed(permissionShape(permission));
  }),
  route("DELETE", /^\/sites\/([^/]+)\/permissions\/([^/]+)$/, (ctx, m) => {
    const site = findSite(ctx.world, m[1]!);
    findPermission(site, m[2]!);
    site.permissions = site.permissions!.filter((p) => p.id !== m[2]);
    return changed(undefined, 204);
  }),
  route("GET", /^\/sites\/root$/, (ctx) => ok(siteShape(ctx, ctx.world.sites[0]!))),
  route("GET", /^\/sites\/([^/:,]+\.[^/:,]+):(\/[^:]*):?$/, (ctx, m) => ok(siteShape(ctx, siteByPath(ctx, m[1]!, m[2]!)))),
  route("GET", /^\/sites\/([^/]+)$/, (ctx, m) => ok(siteShape(ctx, findSite(ctx.world, m[1]!)))),
  route("GET", /^\/sites\/([^/]+)\/lists$/, (ctx, m) => {
    const site = findSite(ctx.world, m[1]!);
    return ok({ value: site.lists.map((l) => listShape(site, l)) });
  }),
  route("POST", /^\/sites\/([^/]+)\/lists$/, (ctx, m) => {
    const site = findSite(ctx.world, m[1]!);
    const body = (ctx.body ?? {}) as { displayName?: unknown; description?: unknown; columns?: unknown; list?: { template?: string } };
    if (typeof body.displayName !== "string" || !body.displayName) throw badRequest("A list needs a displayName.");
    if (site.lists.some((l) => l.displayName.toLowerCase() === String(body.displayName).toLowerCase())) {
      throw new GraphFault(409, "nameAlreadyExists", `A list, survey, discussion board, or document library with the specified title already exists: ${body.displayName}`);
    }
    const now = graphNow();
    // Columns sent with the list are created, but without their index or unique constraint:
    // Graph drops settings of columns created inside POST /lists (microsoft-graph-docs#8048), and
    // has been reported to drop such columns altogether (microsoft-graph-docs#11966,
    // microsoft-graph-docs-contrib#675). A client re-reads what it created and repairs it.
    const inline = (Array.isArray(body.columns) ? body.columns : []) as Array<Record<string, unknown>>;
    const columns = [TITLE, ...inline.map((c) => columnFrom({ ...c, indexed: false, enforceUniqueValues: false }))];
    const list: List = { id: randomUUID(), displayName: body.displayName, description: typeof body.description === "string" ? body.description : "", template: body.list?.template ?? "genericList", createdDateTime: now, lastModifiedDateTime: now, version: 1, columns, items: [], nextItemId: 1 };
    site.lists.push(list);
    return changed(listShape(site, list), 201);
  }),
  route("GET", /^\/sites\/([^/]+)\/lists\/([^/]+)$/, (ctx, m) => {
    const site = findSite(ctx.world, m[1]!);
    const list = findList(site, m[2]!);
    // $expand=columns,items (or *): the list with its columns and items inline.
    const expand = (ctx.query.get("$expand") ?? ctx.query.get("expand") ?? "").split(",").map((e) => e.trim());
    const all = expand.includes("*");
    return ok({
      ...listShape(site, list),
      ...(all || expand.includes("columns") ? { columns: list.columns.map(columnShape) } : {}),
      ...(all || expand.includes("items") ? { items: list.items.slice(0, 200).map((i) => ({ "@odata.etag": `"${i.guid},${i.version}"`, id: i.id, createdDateTime: i.createdDateTime, lastModifiedDateTime: i.lastModifiedDateTime, eTag: `"${i.guid},${i.version}"` })) } : {}),
    });
  }),
  route("GET", /^\/sites\/([^/]+)\/lists\/([^/]+)\/columns$/, (ctx, m) => ok({ value: findList(findSite(ctx.world, m[1]!), m[2]!).columns.map(columnShape) })),
  route("POST", /^\/sites\/([^/]+)\/lists\/([^/]+)\/columns$/, (ctx, m) => {
    const list = findList(findSite(ctx.world, m[1]!), m[2]!);
    mustManage(list, ctx.user, ctx.grant);
    const column = columnFrom((ctx.body ?? {}) as Record<string, unknown>);
    if (list.columns.some((c) => c.name === column.name)) throw new GraphFault(409, "nameAlreadyExists", `A column named ${column.name} already exists.`);
    list.columns.push(column);
    schemaChanged(list);
    return changed(columnShape(column), 201);
  }),
  route("PATCH", /^\/sites\/([^/]+)\/lists\/([^/]+)\/columns\/([^/]+)$/, (ctx, m) => {
    const list = findList(findSite(ctx.world, m[1]!), m[2]!);
    mustManage(list, ctx.user, ctx.grant);
    const column = list.columns.find((c) => c.id === m[3] || c.name === m[3]);
    if (!column) throw notFound(`column ${m[3]}`);
    const body = (ctx.body ?? {}) as { indexed?: unknown; enforceUniqueValues?: unknown };
    const indexed = typeof body.indexed === "boolean" ? body.indexed : column.indexed;
    const unique = typeof body.enforceUniqueValues === "boolean" ? body.enforceUniqueValues : column.enforceUniqueValues;
    // As in SharePoint: unique values need an index, and cannot be enforced over values already repeated.
    if (unique && !indexed) throw badRequest(`Column '${column.name}': enforceUniqueValues requires indexed.`);
    if (unique && !column.enforceUniqueValues) {
      const seen = new Set<unknown>();
      for (const item of list.items) {
        const value = item.fields[column.name];
        if (value === undefined || value === null || value === "") continue;
        // Case-insensitive, as SharePoint compares text.
        const folded = typeof value === "string" ? value.toLowerCase() : value;
        if (seen.has(folded)) throw badRequest(`Column '${column.name}' contains duplicate values; unique values cannot be enforced on it.`);
        seen.add(folded);
      }
    }
    column.indexed = indexed;
    column.enforceUniqueValues = unique;
    // Graph's columnDefinition update takes the type facet too (a choice column's choices added, say).
    const facet = (ctx.body as Record<string, unknown> | undefined)?.[column.type];
    if (facet && typeof facet === "object") column.facet = facetOf(column.type, facet);
    schemaChanged(list);
    return changed(columnShape(column));
  }),
];
