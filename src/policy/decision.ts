import type { CategoryId, Channel } from "./categories";
import type { Restriction, StaffMember } from "./restrictions";
import type { ProposedTerms } from "./proposed-terms";
import type { ContactLogRead } from "./evidence-contacts";
import type { JudgedContact } from "./evidence-as-judged";
import type { IsoDate, IsoInstant, PriorWarning, StrategyEvent } from "./strategy";

/**
 * Decisions on a strategy, and the evidence a reader trusts about them. A decision is
 * written by its decider's client (the Decisions list, which only the authorisers' group
 * may write); who wrote it is what SharePoint recorded (`createdBy`), never a field the
 * client filled in — that is the whole of the trust model (DESIGN.md "State in SharePoint").
 */

/** What a strategy binds while in force, as an authoriser approved it (Warwickshire 7; Gwent 8.0). */
export interface ApprovedTerms {
  personName: string;
  /** Normalised addresses: only these are matched to the person (StrategyAddresses is only an index). */
  addresses: string[];
  restrictions: Restriction[];
  allowedChannels: Channel[];
  singlePointOfContact?: StaffMember;
  /** What the read-and-file or no-reopening restriction closes (ContactStrategy.closedMatter): anything else raises a new-matter alert. */
  closedMatter?: string;
  /** Warwickshire 7: "A review date should also be agreed". */
  reviewDate: IsoDate;
}

/** One criterion of the pack's checklist, confirmed with the decider's note (Gwent 7.0; Warwickshire 7). */
export interface CriterionNote {
  id: string;
  note: string;
}

/** One decision on a strategy (approve, reject, send back, continue, alter, end, dispute outcome). */
export interface Decision {
  id: string;
  strategyId: string;
  kind: StrategyEvent["type"];
  /** The decider as their client said; shown, never trusted (the author is `RecordedDecision.author`). */
  decidedBy: string;
  decidedAt: IsoInstant;
  rationale: string;
  /** Criteria ids the decider confirmed, where the decision needed them. */
  checklist: string[];
  /** The note given for each confirmed criterion. */
  criteriaNotes?: CriterionNote[];
  /** The approver ticked that they checked a written warning no letter on record shows (src/app/strategy/actions.ts). */
  warningChecked?: true;
  /** The warning letter the approval rests on instead: one that counts, sent on the date the proposal gives (src/app/letter-trust.ts). */
  warningLetter?: string;
  /**
   * The written warning (or the exception) the approval judged, as the proposal gave it when approved: read where the
   * decision is judged instead of the strategy item's, which anyone may edit (T9 #3: a caseworker turned a refused
   * approval's "warning given" into "exception" on the item and it came into force).
   */
  priorWarning?: PriorWarning;
  /** The approver ticked that they checked the person's contacts in the case file, no attached recorded contact showing the behaviour (src/app/strategy/actions.ts). */
  evidenceChecked?: true;
  /**
   * The attached recorded contacts (internetMessageIds) with behaviour recorded that the approval rests on instead, as the
   * proposal gave them when approved: never re-read from the strategy item, which anyone may edit (T9 #3).
   */
  evidenceContacts?: string[];
  /**
   * Each of `evidenceContacts` as the ContactLog recorded it when judged (a digest of the record, its subject and
   * categories): a reader that finds one deleted or changed since, outside the add-in, keeps the approval on this
   * record and says what changed (T11 #3). Absent on approvals recorded before decide() kept it.
   */
  evidenceRecords?: JudgedContact[];
  /**
   * The behaviour the approval restricts, as the proposal named it (its categories, as the proposal's audit event recorded
   * them: never the item's, which anyone may edit after proposing, T12 #6), that `evidenceContacts` were judged to show
   * (T11 #7): a reader judges them against it. Absent on approvals recorded before decide() kept it.
   */
  evidenceBehaviour?: CategoryId[];
  /** The approved snapshot, on every decision that puts or keeps a strategy in force (approve, continue, alter). */
  terms?: ApprovedTerms;
  /** A dispute's outcome (Warwickshire 7.3). */
  result?: "upheld" | "changed";
}

/** Who SharePoint says did something: Graph's identitySet `user` (id, displayName, and email where given). */
export interface Identity {
  /** Microsoft Entra object id. */
  id?: string;
  /** Sign-in address, where SharePoint gives it. */
  upn?: string;
  displayName: string;
}

/** A decision as read back from the Decisions list, with what SharePoint itself recorded. */
export interface RecordedDecision extends Decision {
  /** SharePoint's `createdBy`: set from the token that created the item, never by the client. */
  author: Identity;
  /** SharePoint's `createdDateTime`. */
  recordedAt: IsoInstant;
  /** SharePoint's `lastModifiedBy`, when someone other than the author changed the item after it was written. */
  editedBy?: Identity;
}

/**
 * A proposal as recorded in the AuditTrail (add-only for staff): who proposed is SharePoint's `createdBy`.
 * `propose` opens a proposal (a draft put to the authoriser); `change` is a change proposed to a strategy
 * pending or under review (an address the person now writes from, a strategy brought to review).
 */
export interface RecordedProposal {
  author: Identity;
  recordedAt: IsoInstant;
  kind: "propose" | "change";
  /** The terms proposed; absent on events written before proposals recorded them (TERMS_RECORDED_FROM). */
  terms?: ProposedTerms;
}

/** Everything a reader needs to decide whether a strategy is in force. */
export interface StrategyEvidence {
  decisions: RecordedDecision[];
  proposals: RecordedProposal[];
  /**
   * The strategy's own item could not be found (deleted, or its key rewritten) though decisions
   * on it are recorded: the reader judges it from the decisions alone, on a stand-in (`standIn`).
   */
  recordMissing?: true;
  /**
   * Decisions items filed under this strategy that cannot be read (their JSON changed, or not JSON): listed apart,
   * never dropped. They count for nothing — neither put the strategy in force nor end it (src/policy/in-force.ts).
   */
  unreadableDecisions?: UnreadableDecision[];
  /**
   * Runs of Decisions item ids missing below the newest that no retention purge recorded (SharePoint never reuses an
   * id): decisions deleted. Only those that may have been this strategy's (src/policy/record-gaps.ts `mayConcern`).
   */
  decisionsDeleted?: DeletedDecisions[];
  /**
   * The other runs of Decisions ids deleted that no retention purge recorded (before this strategy's last decision on
   * record): no reason in themselves to doubt it, but named where a decision of its rests on what is missing, and where
   * one may have answered the proposal its approval in force answers (src/policy/record-doubts.ts).
   */
  earlierDecisionsDeleted?: DeletedDecisions[];
  /**
   * The ContactLog's records of the contacts its approvals rest on (`evidenceContacts`), read by their ids wherever they
   * came from, or why they could not be read: a reader judges those ids on them (src/policy/evidence-contacts.ts, T10 #2).
   * Absent when no decision names any.
   */
  contactLog?: ContactLogRead;
  /**
   * The decision steps its deciders began, as the AuditTrail's intents record them (SharePoint's author and time): a
   * decision `records reconcile` wrote later from a step begun before a check began is judged as of the intent (T10 #10).
   */
  decisionIntents?: DecisionIntent[];
}

/** A decider's intent to take a decision step, as recorded on the strategy's trail (src/app/records/intent.ts). */
export interface DecisionIntent {
  /** Its audit event's id. */
  id: string;
  /** The step's kind ("approve", …). */
  kind: string;
  /** The decision it was about to record, as its detail names it (src/policy/decision-fingerprint.ts); none on an intent that names none. */
  decision?: string;
  /** `records reconcile` closed it as not done: the step never landed, so it dates no decision recorded after that. */
  closed?: true;
  /** SharePoint's time of the event closing it: a decision in Decisions before then disproves "not done" (T12 #1). */
  closedAt?: IsoInstant;
  /** The step's own time (the decision's `decidedAt`, when it is that step's). */
  at: IsoInstant;
  /** SharePoint's `createdBy` and `createdDateTime`. */
  author: Identity;
  recordedAt: IsoInstant;
}

/** A Decisions item that cannot be read, as SharePoint recorded it. */
export interface UnreadableDecision {
  /** Its Decisions item id. */
  item: string;
  /** What its Kind column claims (a column anyone who can edit the item can write: shown, never trusted). */
  claimedKind?: string;
  /** Why it cannot be read, in words. */
  why: string;
  /** SharePoint's `createdBy` and `createdDateTime`. */
  author: Identity;
  recordedAt: IsoInstant;
  /** SharePoint's `lastModifiedBy`, when the item was changed after it was written. */
  editedBy?: Identity;
}

/** Decisions items deleted: the first and last missing id, and SharePoint's times of the items either side. */
export interface DeletedDecisions {
  from: number;
  to: number;
  after?: IsoInstant;
  before?: IsoInstant;
}

/**
 * Someone SharePoint names as a person: a user with a sign-in address. An application (the flagger's daemon, a
 * scheduled job: Graph's `application`, an id and no address) is no second person for four-eyes, whoever holds its credential.
 */
export function isPerson(identity: Identity): boolean {
  return Boolean(identity.upn && identity.upn.includes("@"));
}

/**
 * A sign-in address as every reader compares the person SharePoint names with the one a record names: case folded and
 * nothing else — "sam+x@…" and "Sam <sam@…>" are not Sam's sign-in, though they reach her mailbox. One function for the
 * store's check of who marks a letter sent and for the readers' judgement of it (T10 #9: the store took those forms as
 * Sam's, and every reader then said the record was not by her).
 */
export const signInKey = (address: string): string => address.toLowerCase();

/** Two identities are the same person when their object ids or sign-in addresses agree. */
export function samePerson(a: Identity, b: Identity): boolean {
  if (a.id && b.id && a.id.toLowerCase() === b.id.toLowerCase()) return true;
  return Boolean(a.upn && b.upn && signInKey(a.upn) === signInKey(b.upn));
}

export function nameOf(identity: Identity): string {
  return identity.upn ? `${identity.displayName} (${identity.upn})` : identity.displayName || identity.id || "someone unknown";
}

/**
 * Whether an intent was closed as not done before `decision` was recorded: a closing event written after the decision it
 * names landed in Decisions (which only authorisers write) is disproved by it, whoever wrote it and whatever the strategy
 * item (anyone's to edit through Graph) says of the step — a caseworker cannot so unmake an authoriser's decision (T12 #1).
 */
export function closedBefore(intent: DecisionIntent, decision: Pick<RecordedDecision, "recordedAt">): boolean {
  return intent.closed === true && intent.closedAt !== undefined && Date.parse(intent.closedAt) < Date.parse(decision.recordedAt);
}
