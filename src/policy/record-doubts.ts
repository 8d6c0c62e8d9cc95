import { nameOf, type RecordedDecision, type RecordedProposal, type StrategyEvidence } from "./decision";
import type { PolicyPack } from "./packs/schema";
import { deletedName, deletedWhen } from "./record-gaps";
import { holdsRole, type StaffRoster } from "./roster";
import type { IsoInstant } from "./strategy";

/**
 * What makes a strategy's record itself doubtful, as distinct from a decision simply refused: a Decisions item on it
 * that cannot be read, decisions deleted that may have been its own (src/policy/record-gaps.ts), a decision the
 * authoriser recorded that was changed afterwards, or one of hers whose proposal or earlier decision is not on record.
 * None lifts a strategy: one in force stays in force (safety first), and one not in force is said to be in doubt — the
 * flagger, the Inbox rules and the compose guard fail closed on it (`recordInDoubt`, src/policy/in-force.ts).
 */
export interface RecordDoubt {
  kind: "decisionUnreadable" | "decisionsDeleted" | "decisionEdited" | "approverNotListed" | "decisionUnsupported" | "answerMayBeDeleted" | "evidenceUnconfirmed" | "evidenceChanged";
  message: string;
  /**
   * Recorded at or after the last decision that counts (or deleted after it): whatever it decided may stand, so it may
   * have put the strategy in force. One older than that was overtaken by a later decision (an ending, a new approval)
   * and is only named, not a reason to treat the strategy as possibly in force.
   */
  afterLastDecision: boolean;
}

/** The authoriser's approval, continuation or alteration refused for want of a record it rests on (in-force.ts `RESTS_ON`), with the refusal's words. */
export interface UnsupportedDecision {
  decision: RecordedDecision;
  message: string;
}

/** What judging the decisions found that a doubt may rest on (src/policy/in-force.ts `inForceView`). */
export interface Judged {
  /** In force on the decisions that count. */
  inForce: boolean;
  /** When the last decision that counts was recorded. */
  lastCountedAt?: IsoInstant | undefined;
  /** Refused only because the author is not in today's roster as the authoriser. */
  unlisted?: readonly RecordedDecision[];
  /** Refused for want of a record it rests on. */
  unsupported?: readonly UnsupportedDecision[];
  /** In force: the approval the terms in force go back to, and the proposal it answered. */
  base?: { approval: { recordedAt: IsoInstant; author: RecordedDecision["author"] }; proposal: RecordedProposal };
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
 * (its author's own proposal) is not in doubt for being edited.
 *
 * So, too, is an approval (or continuation, alteration) refused only because its author is not in today's roster as the
 * authoriser — everything else about it would count: when the authoriser leaves and the config names her successor,
 * the roster keeps no record of who held the role when a decision was recorded, so what she approved may still stand
 * (T4 hole 5). Named, not applied: it puts no restriction in force; a current authoriser's decision settles it. One
 * refused for anything else as well (a caseworker approving her own proposal, terms nobody else proposed, no proposal,
 * criteria unconfirmed) stays simply refused.
 *
 * So, last, is the authoriser's approval, continuation or alteration refused for want of another record it rests on
 * (in-force.ts `RESTS_ON`): no proposal before it, terms nobody else proposed, nothing in force to continue. The
 * proposal is an AuditTrail event the authoriser may delete (Retention) and, with that list's permission step forgotten,
 * anyone may change (a changed event proposes nothing); the approval a continuation keeps is a Decisions item she may
 * delete. As recorded it may have counted (T4 holes 2 and 3). A decision refused for what it says itself (its author's
 * own proposal, criteria unconfirmed, a review date too far) stays simply refused.
 *
 * And a strategy in force on an approval is named in doubt (kept in force) when a decision was deleted between the
 * proposal that approval answers and the approval: it may have been that proposal's rejection, and the approval a
 * re-use of an answered proposal (T4 hole 9).
 */
export function recordDoubts(evidence: StrategyEvidence, pack: PolicyPack, roster: StaffRoster, judged: Judged): RecordDoubt[] {
  const { inForce, lastCountedAt, unlisted = [], unsupported = [] } = judged;
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
      message: `${kindWord(d.kind)} by ${nameOf(d.author)} at ${d.recordedAt}, who is no longer configured as the ${pack.authoriser.title}: it does not count on today's roster, but it may have when it was recorded. A current ${pack.authoriser.title} should review it.${later ? ` ${consequence}` : ""}`,
    });
  }
  // The authoriser's decision refused for want of what it rests on: the proposal it answers, the change proposed, the
  // approval it continues — each a record that can be deleted (Retention) or changed (T4 holes 2 and 3). Refused as read,
  // it may have counted as recorded. Decisions deleted before it, that no strategy's later decision overtakes here, are
  // named with it: one of them may be the approval it continues.
  for (const { decision: d, message } of [...unsupported].sort((a, b) => a.decision.recordedAt.localeCompare(b.decision.recordedAt))) {
    const later = isLater(d.recordedAt);
    const before = (evidence.earlierDecisionsDeleted ?? []).filter((gap) => !gap.after || Date.parse(gap.after) < Date.parse(d.recordedAt));
    const one = before.length === 1 && before[0]!.from === before[0]!.to;
    const deleted = before.length ? ` ${before.map((gap) => `${deletedName(gap)}${deletedWhen(gap)}`).join(", ")} ${one ? "was" : "were"} deleted before it, and no retention purge recorded ${one ? "it" : "them"}: it may rest on what was deleted.` : "";
    doubts.push({
      kind: "decisionUnsupported",
      afterLastDecision: later,
      message: `${kindWord(d.kind)} by ${nameOf(d.author)} at ${d.recordedAt}, refused as the records read now: ${message} What it rests on (a proposal or its terms on the audit trail, an earlier decision) may have been deleted or changed since; as recorded it may have counted.${deleted}${later ? ` ${consequence}` : ""} “records verify” names what is missing or changed.`,
    });
  }
  // In force on an approval: a decision deleted after the proposal it answered and before it may have been that
  // proposal's answer (a rejection, a send-back), which the approval would then re-use (T4 hole 9). Kept in force.
  if (judged.base) {
    const { approval, proposal } = judged.base;
    const between = (evidence.earlierDecisionsDeleted ?? []).filter((gap) => (!gap.before || Date.parse(gap.before) > Date.parse(proposal.recordedAt)) && (!gap.after || Date.parse(gap.after) < Date.parse(approval.recordedAt)));
    for (const gap of between) {
      const one = gap.from === gap.to;
      doubts.push({
        kind: "answerMayBeDeleted",
        afterLastDecision: true,
        message: `${deletedName(gap)}${deletedWhen(gap)} ${one ? "was" : "were"} deleted, and no retention purge recorded ${one ? "it" : "them"}, between the proposal ${nameOf(proposal.author)} made at ${proposal.recordedAt} and the approval by ${nameOf(approval.author)} at ${approval.recordedAt} that this strategy is in force on: ${one ? "it" : "one"} may have answered that proposal (a rejection, a send-back), and a proposal once answered cannot be approved without a new one. ${consequence} Restore ${one ? "it" : "them"} from the site's recycle bin; a new proposal and decision settle it.`,
      });
    }
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

const kindWord = (kind: RecordedDecision["kind"]) => (kind === "approve" ? "Approved" : kind === "continue" ? "Continued" : "Altered");
