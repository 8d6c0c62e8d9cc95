import type { CategoryId } from "./categories";
import type { IsoDate, IsoInstant } from "./strategy";

/**
 * One classified contact, as recorded by a caseworker (Gwent 9.0: "The OPCC will record
 * all decisions"; Warwickshire 6: "ensure details are recorded on the case management
 * system"). Keyed on the message's internetMessageId so recording is idempotent.
 *
 * Data minimisation: the message body is NOT stored. A MinHash-family `fingerprint` of it is (classifier/fingerprint: one-permutation hashing),
 * which is all the near-duplicate ("substantially the same", Gwent 6.0) check needs.
 */
export interface ContactRecord {
  internetMessageId: string;
  /** Normalised sender address. */
  senderAddress: string;
  receivedAt: IsoInstant;
  subject: string;
  /** Categories the caseworker confirmed (empty = looked at, nothing unacceptable). */
  categories: CategoryId[];
  /** Short evidence summary: sub-types and quoted spans the caseworker confirmed. */
  evidence: EvidenceNote[];
  outcome: ContactOutcome;
  recordedBy: string;
  recordedAt: IsoInstant;
  strategyId?: string;
  /** Fingerprint of the body (see classifier/fingerprint): its scheme, then the signature in hex. */
  fingerprint?: string;
  /** Normalised addresses of office staff the message was sent or copied to. */
  staffContacted: string[];
  /**
   * The message was addressed to someone outside the office (another body), so any staff on it
   * were copied in (Warwickshire 3.2). Only the fact is kept, not the other body's address.
   */
  addressedToOthers?: boolean;
  /**
   * The policy's sub-types the caseworker chose, each under a category they confirmed (Warwickshire
   * 3.1–3.2, Gwent 4.0–6.0 list them): what kind of abuse or persistence, not only that there was some.
   */
  subTypes?: SubTypeChoice[];
  /** The caseworker's own note on the decision, in their words (at most NOTE_MAX characters). */
  note?: string;
  /**
   * The day the office told the person its decision on the matter this message is about, as the
   * caseworker recorded it: what "persistent after a decision" is counted from (Gwent 5.0 "we have
   * already fully advised the customer of the decision"; Warwickshire 3.2 "refusing to accept reasonable
   * explanations"). Not a contact strategy's approval: that decides how to handle contact, not their matter.
   */
  matterDecidedOn?: IsoDate;
}

/** One sub-type the caseworker chose: the pack's sub-type id under its category. */
export interface SubTypeChoice {
  category: CategoryId;
  subType: string;
}

/** The longest note a decision carries: a few sentences, not a case file (the case management system holds that). */
export const NOTE_MAX = 1000;

export type ContactOutcome = "confirmed" | "corrected" | "dismissed";

export interface EvidenceNote {
  category: CategoryId;
  subType: string;
  /** The words (at most 200 characters) the finding pointed at, or a history summary. */
  quote: string;
}

/** The person's history the classifier may use: supplied by the caller, never fetched. */
export interface SenderHistory {
  /** Earlier contacts from the same person, any order. */
  contacts: Array<{
    at: IsoInstant;
    subject?: string;
    fingerprint?: string;
    staffContacted?: string[];
    /** Addressed to another body (see ContactRecord.addressedToOthers). */
    addressedToOthers?: boolean;
    categories?: CategoryId[];
  }>;
  /** Dates the office told the person its decision on their matter (Gwent 5.0). */
  decisionsCommunicated: IsoInstant[];
  /** Written warnings already given (Gwent 7.0; Warwickshire 6). */
  warningsGiven: IsoInstant[];
}

export const EMPTY_HISTORY: SenderHistory = { contacts: [], decisionsCommunicated: [], warningsGiven: [] };
