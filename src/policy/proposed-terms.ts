import type { CategoryId } from "./categories";
import type { ApprovedTerms } from "./decision";
import type { ContactStrategy } from "./strategy";

/**
 * What a proposal puts to the authoriser: the terms an approval would put in force, less the
 * review date, which the authoriser sets (Warwickshire 7: "A review date should also be agreed").
 * Recorded on the proposal's audit event (AuditTrail, add-only for staff) so that an approval
 * counts only for terms someone other than the approver proposed (src/policy/in-force.ts).
 */
export type ProposedTerms = Omit<ApprovedTerms, "reviewDate"> & {
  /**
   * The behaviour the proposal names as the reason for the strategy (its categories: Warwickshire 7, "the reason for
   * introducing the strategy"): what decide() judges the attached recorded contacts against, never the item's, which
   * anyone may edit after proposing (T12 #6). Not a term an approval puts in force, so not compared as one. Absent on
   * proposals recorded before it was kept.
   */
  categories?: CategoryId[];
};

/** The parts of the terms two sets can differ in. */
export type ProposedTermName = Exclude<keyof ProposedTerms, "categories">;

/**
 * Decisions SharePoint recorded before this instant were written by clients that did not yet
 * record what was proposed: they are judged as before (four-eyes by the proposer's identity
 * alone), so an office's strategies already in force do not lapse. From it on, an approval
 * counts only for terms another person proposed (docs/decisions/0008-approval-tied-to-proposal.md).
 */
export const TERMS_RECORDED_FROM = "2026-12-03T00:00:00.000Z";

/** A strategy's terms as proposed: what its item now states, without a review date. */
export function proposedTermsOf(strategy: ContactStrategy): ProposedTerms {
  return withoutReviewDate({
    personName: strategy.person.displayName,
    addresses: [...strategy.addresses],
    restrictions: JSON.parse(JSON.stringify(strategy.restrictions)) as ProposedTerms["restrictions"],
    allowedChannels: [...strategy.allowedChannels],
    ...(strategy.singlePointOfContact ? { singlePointOfContact: { ...strategy.singlePointOfContact } } : {}),
    ...(strategy.closedMatter ? { closedMatter: strategy.closedMatter } : {}),
    reviewDate: "",
    ...(Array.isArray(strategy.categories) ? { categories: [...strategy.categories] } : {}),
  });
}

export function withoutReviewDate(terms: ApprovedTerms & Pick<ProposedTerms, "categories">): ProposedTerms {
  const { reviewDate: _set, ...rest } = terms;
  return rest;
}

const asSet = (values: readonly string[]) => JSON.stringify([...new Set(values)].sort());

/** Where two sets of terms differ (addresses and channels as sets; restrictions in order, as they are shown and applied). */
export function differingTerms(a: ProposedTerms, b: ProposedTerms): ProposedTermName[] {
  const differ: ProposedTermName[] = [];
  if (a.personName !== b.personName) differ.push("personName");
  if (asSet(a.addresses) !== asSet(b.addresses)) differ.push("addresses");
  if (JSON.stringify(a.restrictions) !== JSON.stringify(b.restrictions)) differ.push("restrictions");
  if (asSet(a.allowedChannels) !== asSet(b.allowedChannels)) differ.push("allowedChannels");
  if ((a.singlePointOfContact?.upn ?? "").toLowerCase() !== (b.singlePointOfContact?.upn ?? "").toLowerCase()) differ.push("singlePointOfContact");
  if ((a.closedMatter ?? "") !== (b.closedMatter ?? "")) differ.push("closedMatter");
  return differ;
}

export const sameTerms = (a: ProposedTerms, b: ProposedTerms): boolean => differingTerms(a, b).length === 0;

/** The terms a strategy item carries on its own, which an alteration's form does not set: who, where from, and what matter is closed. */
export const ITEM_TERMS: readonly ProposedTermName[] = ["personName", "addresses", "closedMatter"];
