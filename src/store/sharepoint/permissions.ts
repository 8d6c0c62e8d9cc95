import type { PolicyPack } from "../../policy/packs/schema";
import { ALERT_ACTIONS, AUDIT_TRAIL, DECISIONS } from "./schema";

/**
 * The SharePoint permissions the trust model rests on, which Graph cannot set (no Graph API
 * breaks a list's inheritance or assigns permission levels): an administrator sets them by hand,
 * and `npm run provision` prints these steps. In the emulator the demo applies the same data.
 *
 * - Decisions: only the pack's authorisers (and the dispute decider) may add; nobody edits or
 *   deletes, so a decision stays as its author wrote it (a reader refuses one changed by another).
 * - AuditTrail and AlertActions: every member of staff may add; nobody edits (add-only). What was
 *   done about an alert is a record of an act, never corrected in place: a second action is added.
 * - Retention deletes from each (a record goes with what describes it): only the pack's authoriser
 *   role may delete — SharePoint's Delete Items without Edit Items, so deleting is all it adds.
 *   A caseworker's purge is refused by SharePoint (403) at its first delete, before anything goes.
 * Principals are SharePoint group names (the pack's role names) or `*` for all staff.
 */
export interface ListPermissionRule {
  list: string;
  add: string[];
  change: string[];
  /** Who may delete (retention); as `change` when absent. */
  remove?: string[];
}

export const ALL_STAFF = "*";

export function requiredListPermissions(pack: PolicyPack): ListPermissionRule[] {
  const deciders = [...new Set([pack.authoriser.role, ...(pack.disputeTo ? [pack.disputeTo.role] : [])])];
  return [
    { list: DECISIONS.name, add: deciders, change: [], remove: [pack.authoriser.role] },
    { list: AUDIT_TRAIL.name, add: [ALL_STAFF], change: [], remove: [pack.authoriser.role] },
    { list: ALERT_ACTIONS.name, add: [ALL_STAFF], change: [], remove: [pack.authoriser.role] },
  ];
}

/** The manual steps, in words an administrator follows in SharePoint's list settings. */
export function permissionSteps(pack: PolicyPack): string[] {
  const groups = [pack.authoriser, ...(pack.disputeTo && pack.disputeTo.role !== pack.authoriser.role ? [pack.disputeTo] : [])];
  const named = groups.map((g) => `"${g.role}" (the ${g.title})`).join(" and ");
  return [
    "Set these permissions in SharePoint by hand (Graph cannot set list permissions):",
    `1. Create a permission level "Add only": List permissions View Items and Add Items, without Edit Items or Delete Items; and a level "Retention": View Items and Delete Items, without Edit Items.`,
    `2. Decisions → Settings → Permissions for this list → Stop inheriting permissions. Remove every group but the site owners; grant ${named} the "Add only" level, and "${pack.authoriser.role}" also "Retention".`,
    `3. AuditTrail → Stop inheriting permissions. Grant the staff group "Add only" and "${pack.authoriser.role}" also "Retention"; remove Edit and Delete from everyone else but the site owners. Retention (records purge) is then run by the ${pack.authoriser.title}; a caseworker's is refused.`,
    `4. AlertActions → Stop inheriting permissions. The same as AuditTrail: staff "Add only", "${pack.authoriser.role}" also "Retention", Edit and Delete for no one else but the site owners. What was done about an alert is then added, never rewritten or removed.`,
    `5. Put the same people in the config file's "roles" (${groups.map((g) => `"${g.role}": [sign-in addresses]`).join(", ")}): a decision counts only if its author is listed there.`,
  ];
}
