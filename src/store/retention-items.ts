import { vouches } from "./audit-chain";
import { expandRuns, idRanges, parseIdRuns } from "./item-gaps";
import type { AuditEvent, PurgeItems } from "./port";

/**
 * What a purge records before it deletes: the AuditTrail, AlertActions and Decisions item ids it is about to
 * delete, on one target every reader can ask for (`retention:items`). SharePoint never reuses an
 * item id, so any other id missing from those lists is a deletion retention did not make
 * (src/store/item-gaps.ts). Only an event written by the person it names and never changed counts.
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

/** The ids retention says it deleted, from its events (any others may be passed: only its own are read). */
export function removedByRetention(events: readonly AuditEvent[]): { auditTrail: Set<number>; alertActions: Set<number>; decisions: Set<number> } {
  // Runs, merged and expanded once per list with a bound (expandRuns): a record naming thousands of ranges stops no reader.
  const runs = { auditTrail: [] as Array<[number, number]>, alertActions: [] as Array<[number, number]>, decisions: [] as Array<[number, number]> };
  for (const e of events) {
    if (e.target !== RETENTION_ITEMS || e.action !== ACTION || e.edited || !vouches(e.author, e.by)) continue;
    const m = /^AuditTrail items (.*?); AlertActions items (.*?)(?:; Decisions items (.*))?$/.exec(e.detail);
    if (!m) continue;
    runs.auditTrail.push(...parseIdRuns(m[1]!));
    runs.alertActions.push(...parseIdRuns(m[2]!));
    if (m[3]) runs.decisions.push(...parseIdRuns(m[3]));
  }
  return { auditTrail: new Set(expandRuns(runs.auditTrail)), alertActions: new Set(expandRuns(runs.alertActions)), decisions: new Set(expandRuns(runs.decisions)) };
}
