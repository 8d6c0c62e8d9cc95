import { isPerson, samePerson, type Identity, type RecordedDecision } from "../../policy/decision";
import { inForceView, termsOf, type InForceView, type RefusedDecision } from "../../policy/in-force";
import type { PolicyPack } from "../../policy/packs/schema";
import { differingTerms, proposedTermsOf, withoutReviewDate } from "../../policy/proposed-terms";
import type { StaffRoster } from "../../policy/roster";
import type { Actor, ContactStrategy, IsoInstant } from "../../policy/strategy";
import { termChanges, type TermChange } from "../../policy/term-changes";
import type { Versioned } from "../../store/port";
import { decide } from "./actions";
import type { StrategyDetail } from "./read";
import type { StepResult, StepStore } from "./steps";

type InForce = Extract<InForceView, { inForce: true }>;

/** The strategy item with the approved terms put back (what a continuation on the approved terms saves). */
export function restoredToApproved(strategy: ContactStrategy, view: InForce): ContactStrategy {
  const { singlePointOfContact: _changed, closedMatter: _alsoChanged, ...rest } = strategy;
  const { terms } = view;
  return {
    ...rest,
    person: { ...strategy.person, displayName: terms.personName },
    addresses: [...terms.addresses],
    restrictions: JSON.parse(JSON.stringify(terms.restrictions)) as ContactStrategy["restrictions"],
    allowedChannels: [...terms.allowedChannels],
    ...(terms.singlePointOfContact ? { singlePointOfContact: { ...terms.singlePointOfContact } } : {}),
    ...(terms.closedMatter ? { closedMatter: terms.closedMatter } : {}),
  };
}

/** What the reviewer is shown about the item against the terms approved: each change, who last changed the item, and who (if anyone) proposed it. */
export interface ChangesSinceApproval {
  changes: TermChange[];
  modified?: StrategyDetail["modified"];
  /** A decision continuing on the item as it is would count (someone other than the reviewer proposed exactly this since the last decision). */
  adoptable: boolean;
  /** Why not, in the words `records verify` and the pane use for the refusal. */
  notAdoptable?: string;
  /** Who proposed exactly what the item now says (the latest such proposal by someone other than the reviewer). */
  proposedBy?: Identity;
}

export function changesSinceApproval(detail: StrategyDetail, pack: PolicyPack, roster: StaffRoster, reviewer: Actor, now: IsoInstant): ChangesSinceApproval | undefined {
  const { view } = detail;
  if (!view.inForce) return undefined;
  const changes = termChanges(withoutReviewDate(view.terms), proposedTermsOf(detail.strategy.value));
  if (changes.length === 0) return undefined;
  const refusal = wouldRefuse(detail, pack, roster, reviewer, now, "continue", termsOf(detail.strategy.value, view.terms.reviewDate));
  const itemTerms = proposedTermsOf(detail.strategy.value);
  const reviewerId: Identity = { upn: reviewer.upn, displayName: reviewer.displayName };
  const proposer = detail.proposals.filter((p) => p.terms && isPerson(p.author) && !samePerson(p.author, reviewerId) && differingTerms(p.terms, itemTerms).length === 0).at(-1)?.author;
  return {
    changes,
    ...(detail.modified ? { modified: detail.modified } : {}),
    adoptable: !refusal,
    ...(refusal ? { notAdoptable: refusal.message } : {}),
    ...(!refusal && proposer ? { proposedBy: proposer } : {}),
  };
}

const DECIDE_CHECKS: readonly RefusedDecision["reason"][] = ["criteriaNotNoted", "warningUnchecked", "evidenceUnchecked"];

/**
 * Whether a decision the signed-in person is about to take would count, judged by the one function every reader
 * uses (inForceView) on the evidence as read plus this decision: the pane says why before anything is written.
 */
export function wouldRefuse(
  detail: StrategyDetail,
  pack: PolicyPack,
  roster: StaffRoster,
  actor: Actor,
  now: IsoInstant,
  kind: "approve" | "continue" | "alter",
  terms: RecordedDecision["terms"],
): RefusedDecision | undefined {
  const author: Identity = { upn: actor.upn, displayName: actor.displayName };
  const id = `preview:${kind}:${now}`;
  const s = detail.strategy.value;
  // The criteria are the pane's own check before this (transition's guards): the preview asks about who and what, not them.
  const checklist = kind === "approve" ? pack.criteria.map((c) => c.id) : [];
  const preview: RecordedDecision = { id, strategyId: s.id, kind, decidedBy: actor.upn, decidedAt: now, rationale: "", checklist, ...(terms ? { terms } : {}), author, recordedAt: now };
  const view = inForceView(s, { ...detail.judgedOn, decisions: [...detail.decisions, preview], proposals: detail.proposals }, pack, roster);
  // decide()'s own checks (a note under each criterion, the warning ticked or resting on a letter, the evidence ticked or
  // resting on contacts) ask about what the authoriser has yet to type: judged when the decision is made, and again where
  // it is read, never in the preview (they come last, so no other refusal hides behind them).
  return view.refused.find((r) => r.id === id && !DECIDE_CHECKS.includes(r.reason));
}

/**
 * Continues a strategy at review on the terms approved (Warwickshire 7: "continued"), whatever the item now says:
 * the item is put back to them in the same save, so a change nobody proposed is discarded, never adopted unseen.
 */
export function continueOnApprovedTerms(
  store: StepStore,
  pack: PolicyPack,
  current: Versioned<ContactStrategy>,
  view: InForceView,
  command: { by: Actor; at: IsoInstant; why: string; reviewDate: string },
): Promise<StepResult> {
  const value = view.inForce ? restoredToApproved(current.value, view) : current.value;
  return decide(store, pack, { ...current, value }, { type: "continue", ...command });
}
