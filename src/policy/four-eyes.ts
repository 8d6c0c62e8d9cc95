import { isPerson, nameOf, samePerson, type ApprovedTerms, type RecordedDecision, type RecordedProposal } from "./decision";
import { differingTerms, ITEM_TERMS, withoutReviewDate, type ProposedTermName, type ProposedTerms } from "./proposed-terms";
import type { IsoInstant } from "./strategy";

/**
 * Four-eyes on what is decided, not only on who decided it: an approval counts only for terms
 * someone other than the approver proposed, and a continuation or alteration at review only
 * keeps the terms in force or adopts a change someone else proposed (Warwickshire 7: restrictions
 * "can only be authorised by" the authoriser, on a proposal put to them; Gwent 7.0). The proposals
 * are the AuditTrail's, with their SharePoint-set author and the terms each recorded.
 */

/** A refusal four-eyes gives: the reason (in-force.ts's DecisionRefusalReason) and what the pane and `records verify` say. */
export interface TermsRefusal {
  reason: "ownProposal" | "termsNotProposed";
  message: string;
}

const WORDS: Readonly<Record<ProposedTermName, string>> = {
  personName: "the name",
  addresses: "the addresses",
  restrictions: "the restrictions",
  allowedChannels: "the allowed channels",
  singlePointOfContact: "the single point of contact",
  closedMatter: "the closed matter",
};
const listed = (terms: readonly ProposedTermName[]) => terms.map((t) => WORDS[t]).join(", ");
/** Proposed by another person than the decider: an application's proposal is nobody's (decision.ts isPerson). */
const someoneElse = (p: RecordedProposal, decision: RecordedDecision) => isPerson(p.author) && !samePerson(p.author, decision.author);
const recorded = (p: RecordedProposal): p is RecordedProposal & { terms: ProposedTerms } => p.terms !== undefined;

/** Proposals recorded after `after` (the last decision that counted) and up to the decision. */
export function proposalsBetween(proposals: readonly RecordedProposal[], after: IsoInstant | undefined, upTo: IsoInstant): RecordedProposal[] {
  const ms = (at: string) => Date.parse(at);
  return proposals.filter((p) => (after === undefined || ms(p.recordedAt) > ms(after)) && ms(p.recordedAt) <= ms(upTo)).sort((a, b) => ms(a.recordedAt) - ms(b.recordedAt));
}

/**
 * An approval of `approved`, given the proposals since the proposal it answers (that one first):
 * counts when one by someone else recorded exactly these terms.
 */
export function approvalOfProposed(decision: RecordedDecision & { terms: ApprovedTerms }, proposals: readonly RecordedProposal[]): TermsRefusal | undefined {
  const who = nameOf(decision.author);
  const approved = withoutReviewDate(decision.terms);
  const same = proposals.filter(recorded).filter((p) => differingTerms(p.terms, approved).length === 0);
  if (same.some((p) => someoneElse(p, decision))) return undefined;
  if (same.length > 0) return { reason: "ownProposal", message: `${who} approved their own proposal: the terms approved are ones only they proposed; someone else must propose them.` };
  const latest = proposals.filter(recorded).at(-1);
  if (!latest) {
    return { reason: "termsNotProposed", message: `${who}'s approval answers a proposal that did not record its terms (made before proposals recorded them), so what was approved cannot be shown to be what was proposed: it must be proposed again.` };
  }
  return {
    reason: "termsNotProposed",
    message: `${who} approved terms nobody else proposed: ${listed(differingTerms(latest.terms, approved))} differ from ${nameOf(latest.author)}'s proposal (changed after it was proposed, with no proposal of the change on record).`,
  };
}

/**
 * A continuation keeps every term in force (a new review date aside); an alteration sets the
 * restrictions, channels and single point of contact on its own form, and keeps the rest. Either
 * may adopt a change only if someone other than the decider proposed it since the last decision.
 */
export function reviewOfInForce(decision: RecordedDecision & { terms: ApprovedTerms }, inForce: ApprovedTerms, proposals: readonly RecordedProposal[]): TermsRefusal | undefined {
  const judged: readonly ProposedTermName[] = decision.kind === "alter" ? ITEM_TERMS : Object.keys(WORDS) as ProposedTermName[];
  const decided = withoutReviewDate(decision.terms);
  const differ = (from: ProposedTerms) => differingTerms(from, decided).filter((t) => judged.includes(t));
  const changed = differ(withoutReviewDate(inForce));
  if (changed.length === 0) return undefined;
  if (proposals.filter(recorded).some((p) => someoneElse(p, decision) && differ(p.terms).length === 0)) return undefined;
  const what = decision.kind === "alter" ? "alteration" : "continuation";
  return {
    reason: "termsNotProposed",
    message: `${nameOf(decision.author)}'s ${what} changes ${listed(changed)} from the terms in force, and nobody else proposed that change: only the terms in force count until someone other than the decider proposes it.`,
  };
}
