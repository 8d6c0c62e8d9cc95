import { cite } from "../packs/cite";
import type { SourceRef } from "../packs/schema";
import type { Refusal } from "../strategy";

export function refuse(code: RefusalCode, message: string, source: SourceRef | string): Refusal {
  return { ok: false, code, message, policyRef: typeof source === "string" ? source : cite(source) };
}

/** Every reason the lifecycle can refuse, so the UI can map each to words and tests can name them. */
export type RefusalCode =
  | "wrongStatus"
  | "reasonMissing"
  | "nothingToPropose"
  | "noAllowedChannel"
  | "notAuthoriser"
  | "ownProposal"
  /** The terms approved are not what someone else proposed (src/policy/four-eyes.ts). */
  | "termsNotProposed"
  /** A change cannot be recorded on a proposal whose record holds more than one opening (src/app/strategy/actions.ts). */
  | "proposalInDoubt"
  /** An address at the office's own domains, or not a single mailbox (src/policy/address.ts `strategyAddressProblem`). */
  | "addressNotAllowed"
  | "criteriaUnconfirmed"
  | "criterionNoteMissing"
  /** The same note for two or more criteria (src/policy/lifecycle/guards.ts `mustNoteEachDifferently`). */
  | "criterionNoteRepeated"
  /** A warning date with no warning letter on record, not checked by the authoriser (src/app/strategy/actions.ts). */
  | "warningUnchecked"
  /** No attached recorded contact shows the behaviour, and the authoriser has not checked the case file (src/app/strategy/actions.ts). */
  | "evidenceUnchecked"
  | "restrictionIncomplete"
  | "reviewDateInvalid"
  | "reviewDatePast"
  | "reviewDateTooFar"
  | "adjustmentsNotConsidered"
  | "adjustmentsNoteMissing"
  | "noPriorWarning"
  | "exceptionNotAllowed"
  | "exceptionNotEvidenced"
  | "exceptionNoteMissing"
  | "noDisputeProcess"
  | "disputePending"
  | "noDisputePending";
