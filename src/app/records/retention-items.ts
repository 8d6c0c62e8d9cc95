import { vouches } from "../../store/audit-chain";
import { idRanges, parseIdRanges } from "../../store/item-gaps";
import type { AuditEvent, PurgeItems } from "../../store/port";

/**
 * What a purge records before it deletes: the AuditTrail and AlertActions item ids it is about to
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
    detail: `AuditTrail items ${idRanges(items.auditTrail) || "none"}; AlertActions items ${idRanges(items.alertActions) || "none"}`,
  };
}

/** The ids retention says it deleted, from its events (any others may be passed: only its own are read). */
export function removedByRetention(events: readonly AuditEvent[]): { auditTrail: Set<number>; alertActions: Set<number> } {
  const found = { auditTrail: new Set<number>(), alertActions: new Set<number>() };
  for (const e of events) {
    if (e.target !== RETENTION_ITEMS || e.action !== ACTION || e.edited || !vouches(e.author, e.by)) continue;
    const m = /^AuditTrail items (.*); AlertActions items (.*)$/.exec(e.detail);
    if (!m) continue;
    parseIdRanges(m[1]!).forEach((id) => found.auditTrail.add(id));
    parseIdRanges(m[2]!).forEach((id) => found.alertActions.add(id));
  }
  return found;
}
