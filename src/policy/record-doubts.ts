import { nameOf, type StrategyEvidence } from "./decision";
import type { PolicyPack } from "./packs/schema";
import { deletedName, deletedWhen } from "./record-gaps";
import type { IsoInstant } from "./strategy";

/**
 * What makes a strategy's record itself doubtful, as distinct from a decision simply refused: a Decisions item on it
 * that cannot be read, or decisions deleted that may have been its own (src/policy/record-gaps.ts). Neither lifts a
 * strategy: one in force stays in force (safety first), and one not in force is said to be in doubt — the flagger, the
 * Inbox rules and the compose guard fail closed on it (`recordInDoubt`, src/policy/in-force.ts).
 */
export interface RecordDoubt {
  kind: "decisionUnreadable" | "decisionsDeleted";
  message: string;
  /**
   * Recorded at or after the last decision that counts (or deleted after it): whatever it decided may stand, so it may
   * have put the strategy in force. One older than that was overtaken by a later decision (an ending, a new approval)
   * and is only named, not a reason to treat the strategy as possibly in force.
   */
  afterLastDecision: boolean;
}

/**
 * An unreadable Decisions item counts for nothing, either way: it cannot put anyone in force (nobody can tell what it
 * approved) and it cannot end anything (a restriction's warning is never removed because a record cannot be read).
 * Decisions deleted that may have been this strategy's are named the same way.
 */
export function recordDoubts(evidence: StrategyEvidence, pack: PolicyPack, inForce: boolean, lastCountedAt: IsoInstant | undefined): RecordDoubt[] {
  const doubts: RecordDoubt[] = [];
  const lastAt = lastCountedAt ? Date.parse(lastCountedAt) : Number.NEGATIVE_INFINITY;
  // Recorded in the same second as the last decision that counts: which came first cannot be told, so it may be later.
  const isLater = (recordedAt: IsoInstant) => Date.parse(recordedAt) >= lastAt;
  const consequence = inForce
    ? "This strategy is kept in force on the decisions that can be read, restrictions and all, until that is settled."
    : `It may have put this strategy in force: check with the ${pack.authoriser.title} before treating this person as under no restrictions.`;
  for (const u of [...(evidence.unreadableDecisions ?? [])].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))) {
    const edited = u.editedBy ? `, changed afterwards by ${nameOf(u.editedBy)}` : "";
    const claims = u.claimedKind ? ` (its Kind column says “${u.claimedKind}”)` : "";
    const later = isLater(u.recordedAt);
    doubts.push({
      kind: "decisionUnreadable",
      afterLastDecision: later,
      message: `Decisions item ${u.item}${claims}, recorded by ${nameOf(u.author)} at ${u.recordedAt}${edited}, cannot be read: ${u.why}. It counts for nothing — it neither puts this strategy in force nor ends it.${later ? ` ${consequence}` : ""} Restore it from the Decisions list's version history.`,
    });
  }
  // Only gaps after this strategy's last decision on record reach here (record-gaps.ts `mayConcern`).
  for (const gap of evidence.decisionsDeleted ?? []) {
    const one = gap.from === gap.to;
    doubts.push({
      kind: "decisionsDeleted",
      afterLastDecision: true,
      message: `${deletedName(gap)}${deletedWhen(gap)} ${one ? "was" : "were"} deleted, and no retention purge recorded ${one ? "it" : "them"}, after this strategy's last decision on record: ${one ? "it" : "they"} may have been about this strategy (an ending, or an approval). ${consequence} Restore ${one ? "it" : "them"} from the site's recycle bin.`,
    });
  }
  return doubts;
}
