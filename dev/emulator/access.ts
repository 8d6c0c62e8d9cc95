import { GraphFault } from "./errors";
import type { Ctx } from "./router";
import type { Site, World } from "./state";
import type { Grant } from "./tokens";

/*
 * What a token may do, checked before any route runs (a $batch step included), as Graph checks
 * the token's permissions before the workload sees the request. Permission names and who may
 * use each API are from the Graph permissions reference and each API's "Permissions" table:
 * - /me is delegated only: an app-only token gets 400 "/me request is only valid with delegated
 *   authentication flow."
 * - Mail: a delegated token reaches its own user's mailbox only (Mail.Read / Mail.ReadWrite);
 *   another user's is refused with ErrorAccessDenied. An app-only token with Mail.Read or
 *   Mail.ReadWrite reaches every mailbox (Graph "Get access without a user"; an Exchange
 *   application access policy narrows it in a real tenant — not modelled, see
 *   docs/decisions/0005-emulator-fidelity.md). Master categories need MailboxSettings.*.
 * - SharePoint: Sites.Read.All < Sites.ReadWrite.All < Sites.Manage.All < Sites.FullControl.All.
 *   Creating lists and columns needs Manage (list-create; msgraph-sdk-dotnet#1034 and
 *   microsoft-graph-docs#10386: ReadWrite gets 403). `Sites.Selected` reaches only a site the
 *   token's app was granted (POST /sites/{id}/permissions), up to the role granted: read,
 *   write, then manage/fullcontrol for lists and columns. Refusals are SharePoint's 403
 *   `accessDenied` "Access denied" (microsoft-graph-docs-contrib#3365).
 * - Site permissions (the grants themselves): app-only Sites.FullControl.All; delegated tokens
 *   are not supported (site-post-permissions, "Permissions": Delegated — Not supported).
 */

const USER_READ_SELF = ["User.Read", "User.ReadWrite", "User.ReadBasic.All", "User.Read.All", "User.ReadWrite.All", "Directory.Read.All"];
const USER_READ_OTHERS = { delegated: ["User.ReadBasic.All", "User.Read.All", "User.ReadWrite.All", "Directory.Read.All"], app: ["User.Read.All", "User.ReadWrite.All", "Directory.Read.All"] };
const MAIL_READ = { delegated: ["Mail.ReadBasic", "Mail.Read", "Mail.ReadWrite"], app: ["Mail.ReadBasic.All", "Mail.Read", "Mail.ReadWrite"] };
const MAIL_WRITE = { delegated: ["Mail.ReadWrite"], app: ["Mail.ReadWrite"] };
const SETTINGS_READ = { delegated: ["MailboxSettings.Read", "MailboxSettings.ReadWrite"], app: ["MailboxSettings.Read", "MailboxSettings.ReadWrite"] };
const SETTINGS_WRITE = { delegated: ["MailboxSettings.ReadWrite"], app: ["MailboxSettings.ReadWrite"] };

type SiteLevel = "read" | "write" | "manage";
const SITE_SCOPES: Record<SiteLevel, string[]> = {
  read: ["Sites.Read.All", "Sites.ReadWrite.All", "Sites.Manage.All", "Sites.FullControl.All"],
  write: ["Sites.ReadWrite.All", "Sites.Manage.All", "Sites.FullControl.All"],
  manage: ["Sites.Manage.All", "Sites.FullControl.All"],
};
/** A Sites.Selected grant's roles, weakest first (permission resource, site roles). */
const ROLE_RANK: Record<string, number> = { read: 1, write: 2, manage: 3, fullcontrol: 4, owner: 4 };
const LEVEL_RANK: Record<SiteLevel, number> = { read: 1, write: 2, manage: 3 };

const permissions = (grant: Grant) => (grant.kind === "app" ? grant.roles : grant.scopes);
const holds = (grant: Grant, any: { delegated: string[]; app: string[] }) => permissions(grant).some((p) => (grant.kind === "app" ? any.app : any.delegated).includes(p));

const mailDenied = () => new GraphFault(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
const spDenied = () => new GraphFault(403, "accessDenied", "Access denied");
const directoryDenied = () => new GraphFault(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
const meNeedsUser = () => new GraphFault(400, "BadRequest", "/me request is only valid with delegated authentication flow.");

export function authorise(ctx: Ctx): void {
  const { path, method, grant } = ctx;
  if (path === "/$batch") return; // each step is authorised on its own
  const who = /^\/(me|users\/([^/]+))(\/.*)?$/.exec(path);
  if (who) {
    const self = who[1] === "me" || isSelf(ctx, decodeURIComponent(who[2]!));
    if (who[1] === "me" && grant.kind === "app") throw meNeedsUser();
    const rest = who[3] ?? "";
    if (rest === "") return authoriseUserRead(grant, self);
    if (grant.kind === "delegated" && !self) throw mailDenied();
    if (grant.kind === "app") outsideScope(ctx, decodeURIComponent(who[2]!));
    const write = method !== "GET";
    // Master categories and Inbox rules are mailbox settings (messageRule: MailboxSettings.Read to list, .ReadWrite to write).
    const settings = rest.startsWith("/outlook/masterCategories") || /^\/mailFolders\/[^/]+\/messageRules(\/|$)/.test(rest);
    const needed = settings ? (write ? SETTINGS_WRITE : SETTINGS_READ) : write ? MAIL_WRITE : MAIL_READ;
    if (!holds(grant, needed)) throw mailDenied();
    return;
  }
  if (path.startsWith("/sites/") || path === "/sites") authoriseSites(ctx);
}

/**
 * An app limited to some mailboxes (an Exchange application access policy, or RBAC for
 * Applications) is refused the others with ErrorAccessDenied, in Exchange's words for it
 * (Graph "Limiting application permissions to specific Exchange Online mailboxes").
 */
function outsideScope(ctx: Ctx, idOrUpn: string): void {
  const scope = ctx.world.appMailboxScopes?.[ctx.grant.appId];
  if (!scope) return;
  const user = ctx.world.users.find((u) => u.id === idOrUpn || u.userPrincipalName.toLowerCase() === idOrUpn.toLowerCase());
  if (user && scope.some((upn) => upn.toLowerCase() === user.userPrincipalName.toLowerCase())) return;
  throw new GraphFault(403, "ErrorAccessDenied", "Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings.");
}

function isSelf(ctx: Ctx, idOrUpn: string): boolean {
  return ctx.grant.kind === "delegated" && (ctx.user.id === idOrUpn || ctx.user.userPrincipalName.toLowerCase() === idOrUpn.toLowerCase());
}

function authoriseUserRead(grant: Grant, self: boolean): void {
  if (grant.kind === "delegated" && self ? grant.scopes.some((s) => USER_READ_SELF.includes(s)) : holds(grant, USER_READ_OTHERS)) return;
  throw directoryDenied();
}

function authoriseSites(ctx: Ctx): void {
  const { path, method, grant } = ctx;
  if (/^\/sites\/[^/]+\/permissions(\/|$)/.test(path)) {
    if (grant.kind !== "app" || !grant.roles.includes("Sites.FullControl.All")) throw spDenied();
    return;
  }
  const level: SiteLevel =
    method === "GET" ? "read" : /^\/sites\/[^/]+\/lists$/.test(path) || /\/lists\/[^/]+\/columns(\/|$)/.test(path) ? "manage" : "write";
  const held = permissions(grant);
  if (held.some((p) => SITE_SCOPES[level].includes(p))) return;
  if (held.includes("Sites.Selected")) {
    const site = siteOf(ctx.world, path);
    // A site that does not exist is the route's 404 to give.
    if (!site) return;
    const roles = (site.permissions ?? []).filter((p) => p.application.id === grant.appId).flatMap((p) => p.roles);
    if (roles.some((r) => (ROLE_RANK[r] ?? 0) >= LEVEL_RANK[level])) return;
  }
  throw spDenied();
}

/** The site a /sites/… path addresses: `root`, `{hostname}:/{path}`, or an id (`host,guid,guid` or the site guid). */
function siteOf(world: World, path: string): Site | undefined {
  const rest = path.slice("/sites/".length);
  const byPath = /^([^/:,]+\.[^/:,]+):(\/[^:]*):?$/.exec(rest);
  if (byPath) return world.sites.find((s) => s.hostname === byPath[1] && s.path.toLowerCase() === (byPath[2] || "/").toLowerCase());
  const segment = rest.split("/")[0]!;
  if (segment === "root") return world.sites[0];
  return world.sites.find((s) => s.id === segment || s.id.split(",")[1] === segment);
}
