import { nameOf, type RecordedDecision, type StrategyEvidence } from "./decision";
import type { PolicyPack } from "./packs/schema";
import { deletedName, deletedWhen } from "./record-gaps";
import { holdsRole, type StaffRoster } from "./roster";
import type { IsoInstant } from "./strategy";

/**
 * What makes a strategy's record itself doubtful, as distinct from a decision simply refused: a Decisions item on it
 * that cannot be read, decisions deleted that may have been its own (src/policy/record-gaps.ts), or a decision the
 * authoriser recorded that was changed afterwards. None lifts a strategy: one in force stays in force (safety first), and one not in force is said to be in doubt — the flagger, the
 * Inbox rules and the compose guard fail closed on it (`recordInDoubt`, src/policy/in-force.ts).
 */
export interface RecordDoubt {
  kind: "decisionUnreadable" | "decisionsDeleted" | "decisionEdited" | "approverNotListed";
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
 *
 * So is a decision changed after it was recorded (refused: it no longer counts) when its author held the authoriser's
 * role (Warwickshire 7, Gwent 7.0: only the authoriser can authorise restrictions). SharePoint's `createdBy` and
 * `createdDateTime` survive any edit, so such a decision may, as recorded, have been an approval that counted; its Kind
 * and JSON, which the edit may have changed (the terms, the approver named, the kind itself), cannot say otherwise.
 * One a caseworker recorded could never have counted, edited or not; and a decision refused for what it is as recorded
 * (its author's own proposal, terms nobody else proposed, no proposal) is simply refused: no edit, no doubt.
 *
 * So, too, is an approval (or continuation, alteration) refused only because its author is not in today's roster as the
 * authoriser — everything else about it would count: when the authoriser leaves and the config names her successor,
 * the roster keeps no record of who held the role when a decision was recorded, so what she approved may still stand
 * (T4 hole 5). Named, not applied: it puts no restriction in force; a current authoriser's decision settles it. One
 * refused for anything else as well (a caseworker approving her own proposal, terms nobody else proposed, no proposal,
 * criteria unconfirmed) stays simply refused.
 */
export function recordDoubts(evidence: StrategyEvidence, pack: PolicyPack, roster: StaffRoster, inForce: boolean, lastCountedAt: IsoInstant | undefined, unlisted: readonly RecordedDecision[] = []): RecordDoubt[] {
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
  const edited = evidence.decisions.filter((d) => d.editedBy && holdsRole(roster, d.author, pack.authoriser.role));
  for (const d of [...edited].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))) {
    const later = isLater(d.recordedAt);
    doubts.push({
      kind: "decisionEdited",
      afterLastDecision: later,
      message: `A decision ${nameOf(d.author)} recorded at ${d.recordedAt} (it now reads “${d.kind}”) was changed afterwards by ${nameOf(d.editedBy!)}: what it decided as recorded cannot be told from it, so it counts for nothing.${later ? ` ${consequence}` : ""} Its version history in the Decisions list shows what it said as recorded; putting it back is another change, so only a new decision by the ${pack.authoriser.title} settles it.`,
    });
  }
  for (const d of [...unlisted].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))) {
    const later = isLater(d.recordedAt);
    doubts.push({
      kind: "approverNotListed",
      afterLastDecision: later,
      message: `${d.kind === "approve" ? "Approved" : d.kind === "continue" ? "Continued" : "Altered"} by ${nameOf(d.author)} at ${d.recordedAt}, who is no longer configured as the ${pack.authoriser.title}: it does not count on today's roster, but it may have when it was recorded. A current ${pack.authoriser.title} should review it.${later ? ` ${consequence}` : ""}`,
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
