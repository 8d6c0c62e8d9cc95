import type { DeletedDecisions, UnreadableDecision } from "./decision";
import type { IsoInstant } from "./strategy";

/**
 * Which deleted Decisions items may have been a strategy's. SharePoint numbers a list's items in order and never
 * reuses an id, so a Decisions id missing below the newest, that no retention purge recorded, is a decision deleted —
 * but its item is gone, and with it which strategy it was on. It may have been this one's when:
 * - it was recorded after this strategy's latest decision still on record (a deletion older than that is overtaken:
 *   whatever it decided, a later decision on this strategy was recorded after it), and
 * - this strategy's item was changed after its latest decision on record, and since just before the deleted one was
 *   recorded — or the item is missing or unreadable. The add-in saves the item just before it records a decision, and
 *   an item's last change only moves forward, so an item not changed since then was not saved for a later decision.
 * What this cannot see: a decision recorded by `records reconcile` long after its step was saved, on an item not
 * changed since; and the newest decisions deleted before any other is added (Graph does not show the next id).
 */
export const SAVE_BEFORE_DECISION_MS = 10 * 60_000;

/**
 * Retention records the Decisions ids it deletes from this day on; purges before it did not. A gap whose next item was
 * recorded before it may be such a purge (of the list's newest decisions, then), so it is not reported: a decision
 * recorded from this day on is always followed by a next item recorded after it.
 */
export const DECISION_IDS_RECORDED_FROM = "2026-12-04T00:00:00Z";

/** The gaps that are reported: not those that may be a purge from before retention recorded Decisions ids. */
export function reportedGaps<T extends DeletedDecisions>(gaps: readonly T[]): T[] {
  return gaps.filter((gap) => !gap.before || Date.parse(gap.before) >= Date.parse(DECISION_IDS_RECORDED_FROM));
}

export function mayConcern(
  gap: DeletedDecisions,
  strategy: { decidedAt: readonly IsoInstant[]; itemChangedAt?: IsoInstant | undefined; recordMissing?: boolean },
): boolean {
  const latest = [...strategy.decidedAt].sort().at(-1);
  if (latest && gap.before && Date.parse(gap.before) <= Date.parse(latest)) return false;
  if (strategy.recordMissing || !strategy.itemChangedAt) return true;
  const changed = Date.parse(strategy.itemChangedAt);
  if (latest && changed <= Date.parse(latest)) return false;
  return !gap.after || changed >= Date.parse(gap.after) - SAVE_BEFORE_DECISION_MS;
}

/** "Decisions item 12" or "Decisions items 12–13". */
export const deletedName = (gap: DeletedDecisions) => (gap.from === gap.to ? `Decisions item ${gap.from}` : `Decisions items ${gap.from}–${gap.to}`);

/** " (added after … and before …)". */
export const deletedWhen = (gap: DeletedDecisions) =>
  gap.after || gap.before ? ` (added ${gap.after ? `after ${gap.after}` : ""}${gap.after && gap.before ? " and " : ""}${gap.before ? `before ${gap.before}` : ""})` : "";

export type { DeletedDecisions, UnreadableDecision };
