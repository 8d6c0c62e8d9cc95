import { stepDone } from "./lifecycle/step-words";
import { listsAddress } from "./address";
import { cite } from "./packs/cite";
import type { PolicyPack } from "./packs/schema";
import { closedBefore, nameOf, samePerson, type ApprovedTerms, type Identity, type RecordedDecision, type RecordedProposal, type StrategyEvidence } from "./decision";
import { approvalOfProposed, proposalsBetween, reviewOfInForce } from "./four-eyes";
import { differingTerms, TERMS_RECORDED_FROM, withoutReviewDate } from "./proposed-terms";
import { holdsRole, type StaffRoster } from "./roster";
import { mustNoteEachCriterion, mustNoteEachDifferently } from "./lifecycle/guards";
import { addMonths, dateOf, isIsoDate } from "./lifecycle/dates";
import { recordDoubts, type RecordDoubt, type UnsupportedDecision } from "./record-doubts";
import type { ContactStrategy, IsoInstant, StrategyStatus } from "./strategy";
import { judgeEvidence } from "./evidence-contacts";
import { correctedSinceJudged, evidenceChanges } from "./evidence-as-judged";
import { decisionFingerprint } from "./decision-fingerprint";

/**
 * Is a strategy in force, and on what terms? The one answer every reader uses — the pane's
 * banner, the flagger, the compose guard, the CLI — so they cannot disagree.
 *
 * A strategy is in force only on evidence that only an authoriser can create (Gwent 7.0,
 * Warwickshire 7: restrictions "can only be authorised by" the pack's authoriser): a decision
 * in the Decisions list whose SharePoint-set author holds the authoriser role and, for an
 * approval, is not the person who proposed it (the AuditTrail's author of the latest
 * proposal). The terms are the decision's approved snapshot, never the strategy item: an
 * edit to the item by anyone (its status, addresses, restrictions) changes nothing until a
 * new decision approves it, and is reported as "changed since approval". Every decision
 * refused is reported with why, so a mistake or tampering is seen, not silently ignored.
 */

export type DecisionRefusalReason =
  /** Its author does not hold the role the decision needs (a caseworker, or nobody the office lists). */
  | "notAuthoriser"
  /** Four-eyes: the author proposed the strategy (the terms) they approved. */
  | "ownProposal"
  /**
   * Four-eyes on what was decided: the terms approved are not terms someone else proposed (the item was
   * changed after the proposal, with no proposal of the change on record), or a continuation or alteration
   * changes the terms in force with no one else's proposal of that change.
   */
  | "termsNotProposed"
  /** An approval with no proposal recorded before it: nobody else's proposal to approve. */
  | "noProposal"
  /** Continue or alter with nothing in force to continue or alter (it would dodge four-eyes). */
  | "nothingInForce"
  /** A decision that should carry the approved snapshot and does not. */
  | "noTerms"
  /** Changed after it was written (by anyone, its author included: a decision is written once). */
  | "edited"
  /** Recorded without every criterion of the pack's checklist confirmed (Gwent 7.0; Warwickshire 7). */
  | "criteriaNotConfirmed"
  /** A review date missing, not a date, or further ahead than the pack allows (Warwickshire 7: "A review date should also be agreed"). */
  | "reviewDateOutOfRange"
  /**
   * An approval without a note of its own under each criterion it confirms (a criterion bare, or one note pasted under
   * several): decide() refuses one, so this one was written around it (T8 #3; Warwickshire 7 "reasons … clearly articulated").
   */
  | "criteriaNotNoted"
  /**
   * An approval of a strategy whose written warning is the proposer's typed date, recorded with neither the authoriser's
   * tick that the case file shows it nor a warning letter it rests on: decide() refuses one (T8 #3; Warwickshire 6).
   */
  | "warningUnchecked"
  /**
   * An approval recorded with neither the authoriser's tick that the person's contacts in the case file were checked nor
   * the attached recorded contacts showing the behaviour it rests on: decide() refuses one (T7 #3; Warwickshire 7).
   */
  | "evidenceUnchecked"
  /**
   * An approval resting on recorded contacts (`evidenceContacts`, no tick) none of which the ContactLog bears out: not on
   * record, another person's, recorded as nothing unacceptable, or the ContactLog unread (T10 #2). Refused, and the record
   * is in doubt: a contact may have been corrected or deleted since, and as recorded the approval may have counted.
   */
  | "evidenceNotOnRecord"
  /** Filed against another strategy, or not a decision at all. */
  | "misfiled";

export interface TrustedDecision {
  id: string;
  kind: RecordedDecision["kind"];
  author: Identity;
  recordedAt: IsoInstant;
  rationale: string;
}

export interface RefusedDecision extends TrustedDecision {
  reason: DecisionRefusalReason;
  message: string;
}

/**
 * Parts of the terms a strategy item can differ in from what was approved; `status` when the
 * item no longer says in force; `record` when the item itself is gone (deleted or re-keyed).
 */
export type TermName = keyof ApprovedTerms | "status" | "record";

interface ViewBase {
  strategyId: string;
  /** The strategy item's own status: shown where it disagrees with the evidence, never trusted. */
  claimed: StrategyStatus;
  /** Decisions that do not count, oldest first, each with the reason. */
  refused: RefusedDecision[];
  /** Decisions that count, oldest first: the strategy's history as the evidence bears it out (the pane's timeline). */
  counted: TrustedDecision[];
  /** What makes the record itself doubtful (src/policy/record-doubts.ts): named on the strategy, never a reason to say less. */
  doubts?: RecordDoubt[];
}

export type InForceView =
  | (ViewBase & {
      inForce: true;
      /** The approved snapshot in force. */
      terms: ApprovedTerms;
      /** The decision whose snapshot is in force (an approval, continuation or alteration). */
      decision: TrustedDecision;
      /** What the strategy item now says differently from the snapshot (empty when it agrees). */
      changedSinceApproval: TermName[];
    })
  | (ViewBase & {
      inForce: false;
      why: "notApproved" | "ended";
      /** The last decision that counted, if any (a rejection, a send-back, the ending). */
      lastDecision?: TrustedDecision;
    });

/** Not in force on the decisions that can be read, but a decision on it since the last that counts is in doubt: it may be in force. */
export type InDoubtView = Extract<InForceView, { inForce: false }> & { doubts: RecordDoubt[] };

/**
 * A strategy whose record is in doubt: every reader that marks or guards a person's mail (the banner, the flagger, the
 * compose guard) fails closed on it — it says the record is in doubt and to check with the authoriser before replying,
 * never restrictions it cannot read, and never nothing.
 */
export function recordInDoubt(view: InForceView): view is InDoubtView {
  // Only a doubt at or after the last decision that counts: one an ending (or a new approval) overtook changes nothing.
  return !view.inForce && (view.doubts ?? []).some((d) => d.afterLastDecision);
}

/**
 * Refusals for want of another record a decision rests on — the proposal it answers, a change someone else proposed, the
 * approval a continuation keeps — rather than for what the decision itself says. Deleting or changing that record
 * (an AuditTrail event, a Decisions item) brings such a refusal about, so the authoriser's decision refused for one of
 * these makes the record in doubt (src/policy/record-doubts.ts), never silently out of force.
 */
const RESTS_ON: readonly DecisionRefusalReason[] = ["noProposal", "termsNotProposed", "nothingInForce", "evidenceNotOnRecord"];

/** Which role each kind of decision needs; kinds that are not decisions (propose, startReview, raiseDispute) need none. */
function roleFor(kind: RecordedDecision["kind"], pack: PolicyPack): { role: string; title: string } | undefined {
  switch (kind) {
    case "approve":
    case "reject":
    case "sendBack":
    case "continue":
    case "alter":
    case "end":
      return pack.authoriser;
    case "decideDispute":
      return pack.disputeTo;
    case "propose":
    case "startReview":
    case "raiseDispute":
      return undefined;
  }
}

export function inForceView(strategy: ContactStrategy, evidence: StrategyEvidence, pack: PolicyPack, roster: StaffRoster): InForceView {
  const refused: RefusedDecision[] = [];
  const counted: TrustedDecision[] = [];
  let inForce: { terms: ApprovedTerms; decision: TrustedDecision } | undefined;
  let ended = false;
  let last: TrustedDecision | undefined;
  const unlisted: RecordedDecision[] = [];
  const unsupported: UnsupportedDecision[] = [];
  // SharePoint's own clock orders them (decidedAt is the client's word).
  const decisions = [...evidence.decisions].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  for (const decision of decisions) {
    const trusted: TrustedDecision = { id: decision.id, kind: decision.kind, author: decision.author, recordedAt: decision.recordedAt, rationale: decision.rationale };
    const inForceTerms = inForce && !ended ? inForce.terms : undefined;
    const refusal = judge(decision, strategy, evidence, pack, roster, inForceTerms, last);
    if (refusal) {
      refused.push({ ...trusted, ...refusal });
      // Refused only because its author is not in today's roster as the authoriser: she may have been when she recorded it.
      if (refusal.reason === "notAuthoriser" && decision.terms && !judge(decision, strategy, evidence, pack, asAuthoriser(roster, decision.author, pack), inForceTerms, last)) unlisted.push(decision);
      // Refused for want of what it rests on (a proposal, the terms proposed, an approval before it): that may have been deleted or changed.
      if (RESTS_ON.includes(refusal.reason)) unsupported.push({ decision, message: refusal.message });
      continue;
    }
    last = trusted;
    counted.push(trusted);
    if ((decision.kind === "approve" || decision.kind === "continue" || decision.kind === "alter") && decision.terms) {
      inForce = { terms: decision.terms, decision: trusted };
      ended = false;
    } else if (decision.kind === "end") {
      ended = true;
    }
  }
  const inForceNow = !ended && inForce !== undefined;
  // The approval the terms in force go back to (a continuation or alteration keeps it), and the proposal it answered.
  const approval = inForceNow ? counted.filter((d) => d.kind === "approve").at(-1) : undefined;
  const proposal = approval && latestProposal(evidence.proposals, approval.recordedAt);
  const doubts = recordDoubts(evidence, pack, roster, { inForce: inForceNow, lastCountedAt: last?.recordedAt, unlisted, unsupported, ...(approval && proposal ? { base: { approval, proposal } } : {}) });
  // Counted with the ContactLog unreadable: the contacts it rests on are unconfirmed until it can be read (T11 #4).
  const log = evidence.contactLog;
  if (log && "unreadable" in log) {
    for (const d of decisions.filter((d) => counted.some((c) => c.id === d.id && c.recordedAt === d.recordedAt) && d.evidenceChecked !== true && Array.isArray(d.evidenceContacts) && d.evidenceContacts.length > 0)) {
      doubts.push({
        kind: "evidenceUnconfirmed",
        afterLastDecision: true,
        message: `${nameOf(d.author)}'s decision recorded at ${d.recordedAt} rests on recorded contacts, but the ContactLog could not be read (${log.unreadable}), so they are unconfirmed. It is kept in force, restrictions and all, until the ContactLog can be read again.`,
      });
    }
  }
  // Counted on contacts deleted or changed outside the add-in since it was made: it stands on them as judged, each named (T11 #3).
  for (const d of decisions.filter((d) => counted.some((c) => c.id === d.id && c.recordedAt === d.recordedAt) && d.evidenceChecked !== true)) {
    // A doubt about the last decision that counts only: one a later decision overtook (an ending) puts nobody in doubt.
    for (const change of evidenceChanges(d, log, evidence.decisionIntents)) doubts.push({ kind: "evidenceChanged", afterLastDecision: d.id === last?.id && d.recordedAt === last?.recordedAt, message: change.message });
  }
  const shared = { strategyId: strategy.id, claimed: strategy.status, refused, counted, doubts };
  if (!inForce || ended) return { ...shared, inForce: false, why: ended ? "ended" : "notApproved", ...(last ? { lastDecision: last } : {}) };
  const changedSinceApproval: TermName[] = evidence.recordMissing ? ["record"] : changedSince(strategy, inForce.terms);
  return { ...shared, inForce: true, terms: inForce.terms, decision: inForce.decision, changedSinceApproval };
}

/** Today's roster with `who` added to the authoriser's role: would her decision count had she held it? */
function asAuthoriser(roster: StaffRoster, who: Identity, pack: PolicyPack): StaffRoster {
  const as = who.upn ?? who.id;
  return as ? { ...roster, [pack.authoriser.role]: [...(roster[pack.authoriser.role] ?? []), as] } : roster;
}

function judge(
  decision: RecordedDecision,
  strategy: ContactStrategy,
  evidence: StrategyEvidence,
  pack: PolicyPack,
  roster: StaffRoster,
  inForceTerms: ApprovedTerms | undefined,
  previous: TrustedDecision | undefined,
): { reason: DecisionRefusalReason; message: string } | undefined {
  const { proposals } = evidence;
  const who = nameOf(decision.author);
  const needs = roleFor(decision.kind, pack);
  if (decision.strategyId !== strategy.id || !needs) {
    return { reason: "misfiled", message: `A “${stepDone(decision.kind)}” record by ${who} is not a decision on this strategy.` };
  }
  if (decision.editedBy) {
    const by = samePerson(decision.editedBy, decision.author) ? `${who} changed their own` : `${nameOf(decision.editedBy)} changed ${who}'s`;
    return { reason: "edited", message: `${by} decision after it was recorded, so it no longer counts.` };
  }
  if (!holdsRole(roster, decision.author, needs.role)) {
    return { reason: "notAuthoriser", message: `${who} is not listed as the ${needs.title}, so their “${stepDone(decision.kind)}” does not count (${cite(pack.authoriser.source)}).` };
  }
  const needsTerms = decision.kind === "approve" || decision.kind === "continue" || decision.kind === "alter";
  if (needsTerms && !decision.terms) {
    return { reason: "noTerms", message: `${who}'s “${stepDone(decision.kind)}” does not record the terms approved, so it cannot be applied.` };
  }
  // Written before proposals recorded their terms: judged as then, so strategies already in force do not lapse.
  const legacy = Date.parse(decision.recordedAt) < Date.parse(TERMS_RECORDED_FROM);
  if (decision.kind === "approve") {
    const proposal = latestProposal(proposals, decision.recordedAt);
    if (!proposal) return { reason: "noProposal", message: `${who}'s approval has no recorded proposal before it.` };
    // A proposal is answered once: after a rejection, a send-back, an approval or an ending, approving again needs a new
    // proposal by someone else — never a stale one re-used, which would let one authoriser act alone (four-eyes).
    if (previous && proposal.recordedAt <= previous.recordedAt) {
      return { reason: "noProposal", message: `${who}'s approval has no proposal since the last decision (“${stepDone(previous.kind)}” by ${nameOf(previous.author)}); a new one must be proposed first.` };
    }
    if (legacy && samePerson(proposal.author, decision.author)) {
      return { reason: "ownProposal", message: `${who} approved their own proposal; someone else must approve it (${cite(pack.authoriser.source)}).` };
    }
    // The proposal answered, and the changes proposed to it since: the approved terms must be one of them, someone else's.
    if (!legacy && decision.terms) {
      const answered = proposals.filter((p) => Date.parse(p.recordedAt) >= Date.parse(proposal.recordedAt) && Date.parse(p.recordedAt) <= Date.parse(decision.recordedAt));
      const refusal = approvalOfProposed({ ...decision, terms: decision.terms }, answered.sort(byTime));
      if (refusal) return refusal;
    }
  }
  if ((decision.kind === "continue" || decision.kind === "alter") && !inForceTerms) {
    return { reason: "nothingInForce", message: `${who}'s “${stepDone(decision.kind)}” has no approved strategy in force before it.` };
  }
  if ((decision.kind === "continue" || decision.kind === "alter") && inForceTerms && decision.terms && !legacy) {
    const refusal = reviewOfInForce({ ...decision, terms: decision.terms }, inForceTerms, proposalsBetween(proposals, previous?.recordedAt, decision.recordedAt));
    if (refusal) return refusal;
  }
  return lifecycleRules(decision, pack, who) ?? approvalChecks(decision, strategy, evidence, pack, who);
}

/** When decide() began refusing one note pasted under several criteria (f5b1d3c): approvals before it are judged as then. */
export const NOTES_CHECKED_FROM = "2026-12-05T03:48:00.000Z";
/** When decide() began refusing a typed warning date nobody checked (3625598): approvals before it are judged as then. */
export const WARNING_CHECKED_FROM = "2026-12-05T04:14:00.000Z";
/**
 * When decide() began recording the warning it judged on the approval (`Decision.priorWarning`, T9 #3). An approval recorded
 * since without it, neither ticked nor resting on a letter, judged no warning anyone can read back, so it does not count;
 * one recorded before is judged on the strategy item's warning as read now (the hole T9 #3 found, left for those).
 */
export const WARNING_RECORDED_FROM = "2026-12-05T07:30:00.000Z";
/**
 * When decide() began refusing an approval with no attached recorded contact showing the behaviour and no tick that the
 * case file was checked (T7 #3, 5c34d8f), recording which it rested on: approvals before it are judged as then, so none lapses.
 */
export const EVIDENCE_CHECKED_FROM = "2026-12-05T10:00:00.000Z";

/**
 * decide()'s own checks on an approval, for one written straight into the Decisions list (the authorisers may add to it:
 * T8 #3 — one note "reviewed the file and agree" under all five criteria, no warning tick, counted): each confirmed
 * criterion with a note of its own, a typed warning date checked or resting on a warning letter, and the evidence
 * checked or resting on recorded contacts that show the behaviour (T7 #3) as the ContactLog records them (T10 #2).
 * Each check applies to approvals made since decide() began it, judged by when the approval was made (`madeAt`).
 */
function approvalChecks(decision: RecordedDecision, strategy: ContactStrategy, evidence: StrategyEvidence, pack: PolicyPack, who: string): { reason: DecisionRefusalReason; message: string } | undefined {
  if (decision.kind !== "approve") return undefined;
  const made = madeAt(decision, evidence);
  if (made >= Date.parse(NOTES_CHECKED_FROM)) {
    const notes = Array.isArray(decision.criteriaNotes) ? decision.criteriaNotes : [];
    const bare = mustNoteEachCriterion(decision.checklist ?? [], notes, pack) ?? mustNoteEachDifferently(decision.checklist ?? [], notes, pack);
    if (bare) return { reason: "criteriaNotNoted", message: `${who}'s approval was recorded without a note of its own under each criterion, which the add-in requires before approving, so it does not count: ${bare.message}` };
  }
  return warningCheck(decision, made, strategy, pack, who) ?? evidenceCheck(decision, made, evidence, pack, who);
}

/**
 * When an approval was made, for the checks decide() began at a time: SharePoint's time for the Decisions item — or, for
 * one `records reconcile` recorded later from the decider's saved step (its Decisions write had failed), SharePoint's time
 * for that step's intent on the trail: written by the same person, for the same kind of step at the decision's own time
 * (`decidedAt`), before the item, naming this very decision (its fingerprint: every field as recorded), not closed by
 * reconcile as not done before it was recorded (a closing written after it is disproved by it, T12 #1), and dating no
 * decision recorded before this one. A pre-10:00 approval so rebuilt after 10:00 is
 * judged as made before the evidence check began (T10 #10); `decidedAt` alone is the writer's word and moves nothing, nor
 * does an old intent of the author's copied onto a different approval written later (T11 #1).
 */
function madeAt(decision: RecordedDecision, evidence: StrategyEvidence): number {
  const recorded = Date.parse(decision.recordedAt);
  const decided = Date.parse(decision.decidedAt);
  const fingerprint = decisionFingerprint(decision);
  const first = evidence.decisions.filter((d) => decisionFingerprint(d) === fingerprint).sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt))[0];
  if (first && Date.parse(first.recordedAt) < recorded) return recorded;
  const begun = (evidence.decisionIntents ?? [])
    .filter((i) => i.kind === decision.kind && i.decision === fingerprint && !closedBefore(i, decision) && Date.parse(i.at) === decided && samePerson(i.author, decision.author))
    .map((i) => Date.parse(i.recordedAt))
    .filter((t) => t < recorded);
  return begun.length ? Math.min(...begun) : recorded;
}

/** A typed warning date checked (`warningChecked`) or resting on a warning letter, judged on the warning the decision recorded. */
function warningCheck(decision: RecordedDecision, recorded: number, strategy: ContactStrategy, pack: PolicyPack, who: string): { reason: DecisionRefusalReason; message: string } | undefined {
  if (recorded < Date.parse(WARNING_CHECKED_FROM) || decision.warningChecked === true || decision.warningLetter) return undefined;
  const judged = decision.priorWarning ?? (recorded < Date.parse(WARNING_RECORDED_FROM) ? strategy.priorWarning : undefined);
  // Without one on the decision, the item's typed date is named if it has one (it cannot lift the refusal, only explain it).
  const warning = judged ?? (strategy.priorWarning?.kind === "given" ? strategy.priorWarning : undefined);
  if (!warning) {
    return {
      reason: "warningUnchecked",
      message: `${who}'s approval was recorded without the written warning it judged, no tick that the case file shows one and no warning letter it rests on, so it does not count (${cite(pack.priorWarning.source)}).`,
    };
  }
  if (warning.kind === "given") {
    return {
      reason: "warningUnchecked",
      message: `${who}'s approval was recorded with the written warning${warning.on ? ` of ${warning.on}` : ""} unchecked: no tick that the case file shows it and no warning letter it rests on, so it does not count (${cite(pack.priorWarning.source)}).`,
    };
  }
  return undefined;
}

/**
 * The evidence checked (`evidenceChecked`) or resting on recorded contacts (`evidenceContacts`), as the decision recorded
 * them: never the strategy item's attached contacts, which anyone may edit after the approval (T9 #3). The ids it rests on
 * are judged on the ContactLog's records (`evidence.contactLog`), from the addresses it approved: one not on record there,
 * another person's, or recorded with nothing unacceptable does not count (T10 #2: a direct write naming ids nobody
 * recorded). With none that counts it is refused and its record is in doubt (`RESTS_ON`), each id's reason said.
 */
function evidenceCheck(decision: RecordedDecision, made: number, evidence: StrategyEvidence, pack: PolicyPack, who: string): { reason: DecisionRefusalReason; message: string } | undefined {
  if (made < Date.parse(EVIDENCE_CHECKED_FROM) || decision.evidenceChecked === true) return undefined;
  const ids = Array.isArray(decision.evidenceContacts) ? decision.evidenceContacts.filter((c): c is string => typeof c === "string" && c.trim() !== "") : [];
  if (ids.length) {
    // The ContactLog could not be read (an outage, throttling): the approval stands on its record, restrictions and all, and
    // the view says its evidence is unconfirmed (inForceView) — a read failure of it lifts nothing (T11 #4).
    if (evidence.contactLog && "unreadable" in evidence.contactLog) return undefined;
    // A contact it rests on deleted or changed since, outside the add-in (unaudited, by any caseworker through Graph): the
    // approval stands on it as its authoriser judged it, recorded on the decision, and the view names the change (T11 #3).
    const changes = evidenceChanges(decision, evidence.contactLog, evidence.decisionIntents);
    if (changes.some((c) => !c.asCorrected)) return undefined;
    // Whoever the AuditTrail says proposed it (SharePoint's author): a contact of theirs, or one changed after it was recorded, spares no check (T11 #2).
    const proposers = evidence.proposals.map((p) => p.author);
    // Against the behaviour the approval recorded it restricts, where it recorded it (T11 #7).
    const behaviour = Array.isArray(decision.evidenceBehaviour) ? decision.evidenceBehaviour : [];
    // A record it judged, corrected through the add-in since, is judged by what the correction records (T12 #3).
    const corrected = correctedSinceJudged(decision, evidence.contactLog, evidence.decisionIntents);
    const judged = judgeEvidence(ids.map((internetMessageId) => ({ internetMessageId })), decision.terms?.addresses ?? [], evidence.contactLog, proposers, behaviour, corrected);
    if (judged.counted.length) return undefined;
    // A correction someone touched since is judged as corrected, and the touch named (T12 #4).
    const why = judged.unreadable ? `The ContactLog could not be read (${judged.unreadable}).` : [...judged.notCounted.map((n) => n.why), ...changes.map((c) => c.message)].join(" ");
    return {
      reason: "evidenceNotOnRecord",
      message: `${who}'s approval rests on recorded contacts showing the behaviour it restricts, with no tick that the person's contacts in the case file were checked, but none of them is borne out by the ContactLog, so it does not count: ${why} (${cite(pack.recordKeeping.source)}).`,
    };
  }
  return {
    reason: "evidenceUnchecked",
    message: `${who}'s approval was recorded with no recorded contact showing the behaviour it restricts and no tick that the person's contacts in the case file were checked, so it does not count (${cite(pack.recordKeeping.source)}).`,
  };
}

/** The lifecycle's own rules (transition's guards), for a decision written straight into the list (the authorisers may add to it) as for one the product wrote. */
function lifecycleRules(decision: RecordedDecision, pack: PolicyPack, who: string): { reason: DecisionRefusalReason; message: string } | undefined {
  if (Date.parse(decision.recordedAt) < Date.parse(TERMS_RECORDED_FROM)) return undefined;
  const needsTerms = decision.kind === "approve" || decision.kind === "continue" || decision.kind === "alter";
  if (decision.kind === "approve") {
    const missing = pack.criteria.filter((c) => !decision.checklist?.includes(c.id));
    if (missing.length) {
      return { reason: "criteriaNotConfirmed", message: `${who}'s approval does not confirm ${missing.length === 1 ? "the criterion" : "the criteria"} ${missing.map((c) => `“${c.id}”`).join(", ")}, so it does not count (${cite(pack.criteria[0]!.source)}).` };
    }
  }
  if (needsTerms && decision.terms) {
    const latest = addMonths(dateOf(decision.recordedAt), pack.review.maximumMonths);
    const reviewDate = decision.terms.reviewDate;
    if (typeof reviewDate !== "string" || !isIsoDate(reviewDate) || reviewDate > latest) {
      return { reason: "reviewDateOutOfRange", message: `${who}'s “${stepDone(decision.kind)}” sets the review date ${String(reviewDate)}, more than ${pack.review.maximumMonths} months after it was recorded (at most ${latest}), so it does not count (${cite(pack.review.source)}).` };
    }
  }
  return undefined;
}

const byTime = (a: RecordedProposal, b: RecordedProposal) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt);

/** The latest proposal opened (not a change to one) at or before `before`. */
function latestProposal(proposals: readonly RecordedProposal[], before: IsoInstant): RecordedProposal | undefined {
  return [...proposals].filter((p) => p.kind !== "change" && p.recordedAt <= before).sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)).at(-1);
}

/** The strategy's terms as the item now states them, for a snapshot (with the review date the decider sets). */
export function termsOf(strategy: ContactStrategy, reviewDate: string): ApprovedTerms {
  return {
    personName: strategy.person.displayName,
    addresses: [...strategy.addresses],
    restrictions: copyOf(strategy.restrictions),
    allowedChannels: [...strategy.allowedChannels],
    ...(strategy.singlePointOfContact ? { singlePointOfContact: { ...strategy.singlePointOfContact } } : {}),
    ...(strategy.closedMatter ? { closedMatter: strategy.closedMatter } : {}),
    reviewDate,
  };
}

/**
 * What a reader judges when a strategy's item is gone but decisions on it are recorded: the
 * latest approved snapshot's terms on an otherwise empty strategy, claiming nothing ("ended"),
 * so that deleting or re-keying the item lifts no one's strategy (the view says the record is
 * missing). With no decision that can be read carrying terms, but something on record that makes its record doubtful
 * (`doubtful`: an unreadable decision, decisions deleted), the latest terms proposed on its trail stand in, or none:
 * the record in doubt is still judged and named (T4 hole 4). Undefined when nothing at all stands for it.
 */
export function standIn(strategyId: string, decisions: readonly RecordedDecision[], proposals: readonly RecordedProposal[] = [], doubtful = false): ContactStrategy | undefined {
  const latest = [...decisions].filter((d) => d.terms).sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)).at(-1);
  const proposed = [...proposals].filter((p) => p.terms).sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)).at(-1)?.terms;
  // Only who and where from: a proposal's restrictions were never approved.
  const terms: ApprovedTerms | undefined = latest?.terms ?? (doubtful ? { personName: proposed?.personName ?? strategyId, addresses: [...(proposed?.addresses ?? [])], restrictions: [], allowedChannels: [], reviewDate: "" } : undefined);
  if (!terms) return undefined;
  return {
    id: strategyId,
    packId: "",
    packVersion: "",
    person: { displayName: terms.personName },
    addresses: [...terms.addresses],
    status: "ended",
    categories: [],
    reasons: "",
    restrictions: copyOf(terms.restrictions),
    allowedChannels: [...terms.allowedChannels],
    ...(terms.singlePointOfContact ? { singlePointOfContact: { ...terms.singlePointOfContact } } : {}),
    ...(terms.closedMatter ? { closedMatter: terms.closedMatter } : {}),
    reasonableAdjustments: { considered: false, notes: "" },
    criteriaConfirmed: [],
    priorWarning: { kind: "none" },
    ...(terms.reviewDate ? { reviewDate: terms.reviewDate } : {}),
    disputes: [],
    history: [],
  };
}

/** Where the strategy item now differs from the approved snapshot. */
export function changedSince(strategy: ContactStrategy, terms: ApprovedTerms): TermName[] {
  const now = termsOf(strategy, strategy.reviewDate ?? "");
  const changed: TermName[] = differingTerms(withoutReviewDate(now), withoutReviewDate(terms));
  if (now.reviewDate !== terms.reviewDate) changed.push("reviewDate");
  if (strategy.status !== "active" && strategy.status !== "underReview") changed.push("status");
  return changed;
}

/**
 * Where a record in doubt's mail may come from: no readable approval lists its addresses, and its item and decisions may
 * each have been deleted or rewritten (T4 hole 4), so every record of it counts — the item's addresses, every decision's
 * terms (refused ones too), every proposal's on its trail; never an index row. Marking a stranger's mail "record in
 * doubt" is the lesser harm than leaving the person's unmarked.
 */
export function addressesInDoubt(strategy: ContactStrategy, evidence: StrategyEvidence): string[] {
  return [...new Set([...strategy.addresses, ...evidence.decisions.flatMap((d) => d.terms?.addresses ?? []), ...evidence.proposals.flatMap((p) => p.terms?.addresses ?? [])])];
}

/** An address is the person's only if the approved snapshot lists it (never because an index row says so). */
export function coversAddress(view: InForceView, address: string): boolean {
  return view.inForce && listsAddress(view.terms.addresses, address);
}

/** The strategy as approved: the item with the snapshot's terms, for what staff are shown and told. */
export function asApproved(strategy: ContactStrategy, view: Extract<InForceView, { inForce: true }>): ContactStrategy {
  // The closed matter decides which messages raise a new-matter alert: only as approved, like the restrictions it qualifies.
  const { singlePointOfContact: _dropped, closedMatter: _unapproved, ...rest } = strategy;
  const { terms } = view;
  return {
    ...rest,
    status: "active",
    person: { ...strategy.person, displayName: terms.personName },
    addresses: [...terms.addresses],
    restrictions: copyOf(terms.restrictions),
    allowedChannels: [...terms.allowedChannels],
    ...(terms.singlePointOfContact ? { singlePointOfContact: { ...terms.singlePointOfContact } } : {}),
    ...(terms.closedMatter ? { closedMatter: terms.closedMatter } : {}),
    reviewDate: terms.reviewDate,
    // When these terms came into force: SharePoint's time of the decision, never the item's own claim.
    approvedAt: view.decision.recordedAt,
  };
}

/**
 * A deep copy of plain data. Not `structuredClone`: that is a web API, and this code also runs
 * in events.js, which classic Outlook on Windows loads in a JavaScript-only runtime (ECMAScript
 * only; test/browser/classic-runtime.test.ts).
 */
function copyOf<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The words for a term that changed since approval ("the addresses", "the review date"). */
export const TERM_WORDS: Readonly<Record<TermName, string>> = {
  personName: "the name",
  addresses: "the addresses",
  restrictions: "the restrictions",
  allowedChannels: "the allowed channels",
  singlePointOfContact: "the single point of contact",
  reviewDate: "the review date",
  closedMatter: "the closed matter",
  status: "the status",
  record: "the strategy's own record (deleted or re-keyed)",
};
