import type { Identity } from "../policy/decision";
import type { PolicyPack } from "../policy/packs/schema";
import { holdsRole, type StaffRoster } from "../policy/roster";
import { vouches } from "./audit-chain";
import { expandRuns, idRanges, parseIdRuns } from "./item-gaps";
import type { AuditEvent, ItemStamp, PurgeItems } from "./port";

/**
 * What a purge records before it deletes: the AuditTrail, AlertActions and Decisions item ids it is about to
 * delete, on one target every reader can ask for (`retention:items`). SharePoint never reuses an
 * item id, so any other id missing from those lists is a deletion retention did not make
 * (src/store/item-gaps.ts). The AuditTrail is add-only for every member of staff, so anyone can write such a record:
 * a reader counts one only as the record of a purge that was made (`removedByRetention`).
 */
export const RETENTION_ITEMS = "retention:items";
const ACTION = "retention removing items";

export function retentionItemsEvent(items: PurgeItems, by: string, now: string): AuditEvent {
  return {
    id: `${RETENTION_ITEMS}:${now}:${items.auditTrail[0] ?? 0}:${items.alertActions[0] ?? 0}`,
    target: RETENTION_ITEMS,
    action: ACTION,
    by,
    at: now,
    detail: `AuditTrail items ${idRanges(items.auditTrail) || "none"}; AlertActions items ${idRanges(items.alertActions) || "none"}${items.decisions?.length ? `; Decisions items ${idRanges(items.decisions)}` : ""}`,
  };
}

/** Whether the person SharePoint says wrote a retention record may purge (may delete from the add-only lists). */
export type MayPurge = (author: Identity) => boolean;

/** Nobody: a reader that does not know the office's roster counts no retention record (every missing id is a deletion). */
export const NOBODY_PURGES: MayPurge = () => false;

/**
 * Who may purge: the pack's authoriser role as the office's roster lists it — the one role given SharePoint's "Retention"
 * level (Delete Items) on AuditTrail, AlertActions and Decisions (src/store/sharepoint/permissions.ts). Checked against the
 * roster as a decision's author is, so a forgotten permission step still lets no caseworker excuse a deletion.
 */
export function mayPurgeIn(pack: PolicyPack, roster: StaffRoster): MayPurge {
  return (author) => holdsRole(roster, author, pack.authoriser.role);
}

export type RetainedList = "auditTrail" | "alertActions" | "decisions";
const NAMED: Record<RetainedList, number> = { auditTrail: 1, alertActions: 2, decisions: 3 };

/**
 * The ids of one list that retention deleted, from its records (any other events may be passed: only its own are read),
 * judged against `items`, the list's items as they are now (its ids and SharePoint's times). A record counts only as the
 * record of a purge that was made (T4 #8: a caseworker's record written in advance, naming ids far ahead, hid every later
 * deletion), for this list when all of these hold:
 * - written by the person it names, never changed, and that person may purge (`mayPurge`);
 * - every id it names had been allocated when it was written — a purge records items it is about to delete: each below
 *   the first item SharePoint recorded after the record (and, on the AuditTrail, below the record's own item);
 * - none of the ids it names is still there — a purge deletes what it records at once (a purge cut short counts once
 *   its repeat has deleted the rest).
 */
export function removedByRetention(events: readonly AuditEvent[], list: RetainedList, items: readonly ItemStamp[], mayPurge: MayPurge): Set<number> {
  const present = [...new Set(items.map((i) => i.item))].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const e of events) {
    if (e.target !== RETENTION_ITEMS || e.action !== ACTION || e.edited || !e.author || !vouches(e.author, e.by) || !mayPurge(e.author) || !e.recordedAt) continue;
    const m = /^AuditTrail items (.*?); AlertActions items (.*?)(?:; Decisions items (.*))?$/.exec(e.detail);
    const named = m?.[NAMED[list]] ? parseIdRuns(m[NAMED[list]]!) : [];
    if (named.length === 0) continue;
    const recorded = Date.parse(e.recordedAt);
    let allocatedBelow = list === "auditTrail" && e.item ? e.item : Infinity;
    for (const i of items) if (i.item < allocatedBelow && i.recordedAt && Date.parse(i.recordedAt) > recorded) allocatedBelow = i.item;
    if (named.some(([, to]) => to >= allocatedBelow)) continue;
    if (named.some(([from, to]) => stillThere(present, from, to))) continue;
    runs.push(...named);
  }
  // Runs merged and expanded once with a bound (expandRuns): a record naming thousands of ranges stops no reader.
  return new Set(expandRuns(runs));
}

/** Whether any of the sorted ids lies in from…to (binary search: a record may name thousands of runs, a list hold thousands of items). */
function stillThere(sorted: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! <= to;
}
