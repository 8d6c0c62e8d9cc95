import { GraphFault } from "./errors";
import type { List, User } from "./state";
import type { Grant } from "./tokens";

/**
 * SharePoint list permissions, emulated: who may add items, who may edit them, and who may delete
 * them (`remove`; SharePoint's Delete Items needs only View Items, not Edit Items, so a level with
 * Add and Delete but no Edit exists: the records officer's for retention; absent, as `change`).
 * A principal is a group (the emulator's users carry their groups as `roles`), a sign-in
 * address, or `*` for every signed-in user. A list without permissions inherits the site's:
 * every signed-in user may do both. Graph cannot set these (they are the README's manual
 * SharePoint steps); the emulator is told them through `/_emulator/permissions` or
 * `setListPermissions`, as an administrator would set them in SharePoint.
 *
 * - Decisions: broken inheritance, the authorisers' group may add, nobody may change.
 * - AuditTrail and AlertActions: add-only for staff (a custom permission level without Edit and Delete).
 */
export interface ListPermissions {
  add: string[];
  change: string[];
  remove?: string[];
  /**
   * Who holds Manage Lists here: adds or changes the list's columns (SP.PermissionKind.manageLists, "Create and delete
   * lists, add or remove columns in a list"). Absent on a list with its own permissions: only the site owners, whom the
   * emulator's staff are not — "Add only" and "Retention" have no Manage Lists. A delegated token acts within its user's
   * permissions whatever its scopes (Sites.Manage.All included); an app-only token is judged by its roles (access.ts).
   */
  manage?: string[];
}

export const EVERYONE = "*";

function allows(principals: readonly string[], user: User): boolean {
  return principals.some((p) => p === EVERYONE || p.toLowerCase() === user.userPrincipalName.toLowerCase() || user.roles.includes(p));
}

/**
 * SharePoint's refusal through Graph: 403 `accessDenied`, "Access denied" (as Graph answers a
 * write the user's permission level does not include; microsoft-graph-docs#8681).
 */
const denied = () => new GraphFault(403, "accessDenied", "Access denied");

export function mustAdd(list: List, user: User): void {
  if (list.permissions && !allows(list.permissions.add, user)) throw denied();
}

export function mustChange(list: List, user: User): void {
  if (list.permissions && !allows(list.permissions.change, user)) throw denied();
}

export function mustRemove(list: List, user: User): void {
  if (list.permissions && !allows(list.permissions.remove ?? list.permissions.change, user)) throw denied();
}

/** Changing a list's columns (POST or PATCH …/columns): a user needs Manage Lists on the list; an app-only token its roles. */
export function mustManage(list: List, user: User, grant: Grant): void {
  if (grant.kind === "app") return;
  if (list.permissions && !allows(list.permissions.manage ?? [], user)) throw denied();
}

/** Checks a permissions body from a caller; the reason when it is malformed. */
export function parsePermissions(raw: unknown): ListPermissions | null | string {
  if (raw === null) return null;
  const body = raw as Partial<ListPermissions> | undefined;
  const ok = (v: unknown) => Array.isArray(v) && v.every((p) => typeof p === "string" && p.trim() !== "");
  if (!body || !ok(body.add) || !ok(body.change) || (body.remove !== undefined && !ok(body.remove)) || (body.manage !== undefined && !(Array.isArray(body.manage) && body.manage.every((p) => typeof p === "string" && p.trim() !== "")))) {
    return 'Permissions are { "add": [principal…], "change": [principal…], "remove"?: [principal…], "manage"?: [principal…] } (a group, a sign-in address or "*"), or null to inherit.';
  }
  return { add: [...body.add!], change: [...body.change!], ...(body.remove ? { remove: [...body.remove] } : {}), ...(body.manage ? { manage: [...body.manage] } : {}) };
}
