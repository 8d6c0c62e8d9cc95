import type { AlertAction } from "../policy/alerts/action";
import type { LoggedContact, LoggedItem } from "../policy/evidence-contacts";
import type { ContactRecord } from "../policy/contact";
import type { LetterRecord } from "../policy/letters/record";
import { nameOf, type Decision, type Identity, type RecordedDecision, type RecordedProposal, type StrategyEvidence } from "../policy/decision";
import type { ProposedTerms } from "../policy/proposed-terms";
import { isProposedTerms } from "./decision-shape";
import type { ContactStrategy, IsoInstant, StrategyStatus } from "../policy/strategy";

export type { Decision, Identity, RecordedDecision, StrategyEvidence };

/**
 * The store port. The product's state lives in SharePoint lists (DESIGN.md "State in
 * SharePoint"); this port is what the rest of the product sees. Two adapters implement it:
 * `sharepoint/` (production, through Microsoft Graph) and `memory/` (unit tests). One
 * contract suite (test/store/contract) runs against both.
 *
 * Errors are typed (`StoreError`); callers map them to words a caseworker understands.
 */

/** A record as stored, with the version tag used for optimistic concurrency. */
export interface Versioned<T> {
  value: T;
  /** Opaque version (SharePoint's eTag). Pass it back to update; a stale one is refused. */
  etag: string;
}

/** The caseworker's decision on one contact: the part of a ContactRecord a correction replaces. */
export type ContactDecision = Pick<ContactRecord, "categories" | "evidence" | "outcome" | "recordedBy" | "recordedAt" | "subTypes" | "note" | "matterDecidedOn">;

/**
 * What a record says of the message itself that its recorder reads off the message: a correction writes these as the
 * message being read gives them, so a record added outside the add-in with another subject, sender or date does not keep
 * them under its real recorder's decision (T20-6).
 */
export type MessageFields = Pick<ContactRecord, "subject" | "senderAddress" | "receivedAt">;

/** A contact record as stored, with its version and what its latest correction replaced. */
export interface StoredContact extends Versioned<ContactRecord> {
  /**
   * The decision the latest correction replaced; absent until the record is corrected. Kept
   * with the record so that a caller retrying after a failure can still write that
   * correction's audit event from the stored record alone (nothing half-written silently).
   */
  replaced?: ContactDecision;
  /** SharePoint's record of its item (who changed it last), where the store keeps one: whose write the record is (T15 #4). */
  item?: LoggedItem;
}

/** One thing a person did to a record (append-only). */
export interface AuditEvent {
  /** Caller-chosen unique id: appending the same event twice stores it once. */
  id: string;
  /** What it was done to, e.g. `strategy:42` or `contact:<internetMessageId>`. */
  target: string;
  action: string;
  by: string;
  at: IsoInstant;
  detail: string;
  /**
   * What a proposal proposed, on a "propose", "proposeChange" or "startReview" event: the terms an approval,
   * continuation or alteration must match to count as someone else's proposal (src/policy/four-eyes.ts).
   */
  terms?: ProposedTerms;
  /**
   * The digest of the contact record as a correction leaves it (src/policy/evidence-as-judged.ts `recordDigest`), on a
   * correction's event: a reader knows the correction in a record someone touched since (T12 #4). Carried, not hashed,
   * like `terms`: an event changed after it was written is no correction's.
   */
  recordDigest?: string;
  /**
   * On a contact's decision events and their intents: the sender its record names (normalised), in the AuditTrail's indexed
   * About column. The trail is add-only, so a person's records are found from it even when the ContactLog item's lookup
   * columns were moved off them (T21b-3, A2'). Carried, not hashed, like `recordDigest`; anyone may add an event naming
   * anyone, so what it finds counts only where the record itself names that sender (`contactIdsAbout`).
   */
  about?: string;
  /** As read back: who SharePoint says added it (`createdBy`), whatever `by` claims. */
  author?: Identity;
  /** As read back: when SharePoint recorded it (`createdDateTime`). */
  recordedAt?: IsoInstant;
  /** As read back: its AuditTrail item id (SharePoint's: allocated in order, never reused; `itemGaps`). */
  item?: number;
  /**
   * As read back: the link the store wrote — the hash of the target's latest event before this
   * one ("" for its first). A deleted or changed event breaks the link of the one after it
   * (src/store/audit-chain.ts). Callers never set it.
   */
  prev?: string;
  /** As read back: the hash the store wrote for this event (over its content and `prev`). */
  hash?: string;
  /** As read back: the item was changed after it was written — by whom and when, as SharePoint says. */
  edited?: { by?: Identity; at?: IsoInstant };
  /**
   * As read back: its EventJson could not be read (not JSON, another format, not an event) — added by hand outside
   * the add-in. Read from its columns; it proposes nothing, and `records verify` reports it. Why, in words.
   */
  unreadable?: string;
  /**
   * As read back: its item is filed (EventKey, Target) under another id or record than the event its EventJson holds, which
   * this says in words — added outside the add-in (T17-9). It is read under the key it holds, `unreadable`, never as that event.
   */
  misfiled?: string;
  /**
   * The id names a fact that more than one recorder may record (a breach on one message, seen by
   * the pane and by the flagger in two mailboxes): an event already under it with the same action
   * and target, written by the one it names, is this one, whatever its wording. Not stored; a
   * forgery squatting the key (written by someone it does not name) is still a conflict. `"sameRecorder"`: a fact only the
   * one this event names records (a letter's marking, by its marker): one under the id written by anyone else, in their
   * own name, is a conflict too (T10 #3: a colleague's event under an honest marker's letter's id was taken as done).
   */
  sameFact?: true | "sameRecorder";
  /**
   * Not stored: the id is written once, by one attempt — any event found under it before this write is a conflict, the
   * same content or not (a letter's "marking begun" record: T10 #8, a later marking given the failed one's time reused
   * its record and was dated by it). Found after this write (its answer lost), it is this write's own.
   */
  once?: true;
}

/**
 * An alert action as read back, with what SharePoint itself recorded about its item: who created
 * it (`createdBy`, from the writer's token: `by` is only what the writer's client claimed), when,
 * and — when the item was changed after it was written — by whom and when. AlertActions is
 * add-only for staff: any change is a sign of tampering (or of a site owner's hand), never a correction.
 */
export interface RecordedAlertAction extends AlertAction {
  author?: Identity;
  recordedAt?: IsoInstant;
  /** Its AlertActions item id: SharePoint allocates them in order and never reuses one, so a missing id is a deleted item. */
  item?: number;
  edited?: { by?: Identity; at?: IsoInstant };
  /** Its JSON is not as the add-in writes it (what is wrong, in words): what could be kept of it is read, in doubt. */
  malformed?: string;
  /** Its JSON names another action id or message than the columns it is filed under (ActionKey, InternetMessageId), whose values it is read with. */
  misfiled?: { id?: string; internetMessageId?: string };
}

/** The AuditTrail action that records a proposal: its author is who proposed, for four-eyes (src/policy/in-force). */
export const PROPOSAL_ACTION = "propose";
/** Actions that propose a change to a strategy pending or under review, with the terms as changed. */
export const CHANGE_ACTIONS: readonly string[] = ["proposeChange", "startReview"];

/**
 * The proposals on a strategy's trail (oldest first as given): each with its SharePoint-set author and the terms
 * it recorded. An event changed after it was written proposes nothing (the AuditTrail is add-only; it was tampered with).
 * Terms written into the list by hand that are not terms (null, a string, a restriction with no kind) propose nothing,
 * and never stop a reader judging the strategy (one event must not blind the flagger: src/store/decision-shape.ts).
 */
export function proposalsIn(events: readonly AuditEvent[]): RecordedProposal[] {
  return events.flatMap((e) => {
    const kind = e.action === PROPOSAL_ACTION ? ("propose" as const) : CHANGE_ACTIONS.includes(e.action) ? ("change" as const) : undefined;
    if (!kind || !e.author || e.edited || e.unreadable) return [];
    return [{ author: e.author, recordedAt: e.recordedAt ?? e.at, kind, ...(isProposedTerms(e.terms) ? { terms: e.terms } : {}) }];
  });
}

/** A strategy with everything a reader needs to judge whether it is in force. */
export interface StrategyWithEvidence {
  strategy: Versioned<ContactStrategy>;
  evidence: StrategyEvidence;
  /** Who last changed the strategy item, and when, as SharePoint says (`lastModifiedBy`): shown beside a change since approval. */
  modified?: { by?: Identity; at?: IsoInstant };
}

/**
 * A strategy item that could not be read (its JSON does not parse, is not a strategy, or names another id than its key):
 * edited outside the add-in. A listing returns it beside the readable ones, never instead of them (one bad record
 * blinds nobody); readers judge it from its decisions (`readWithEvidence`).
 */
export interface UnreadableStrategy {
  /** Its StrategyKey column: what its decisions and audit events are filed under. */
  key: string;
  /** Its ContactStrategies item id. */
  item: string;
  /** Why it cannot be read, in words. */
  why: string;
  /** Who last changed the item, and when, as SharePoint says (`lastModifiedBy`). */
  modified?: { by?: Identity; at?: IsoInstant };
}

/** The strategies a listing could read; the items it could not, beside them (absent: none). */
export type StrategyListing = Array<Versioned<ContactStrategy>> & { unreadable?: UnreadableStrategy[] };

/** "1 strategy record could not be read: … last changed by …": for the pane, `records verify` and retention. */
export function describeUnreadable(u: UnreadableStrategy): string {
  const who = u.modified?.by ? nameOf(u.modified.by) : "someone SharePoint does not name";
  return `ContactStrategies item ${u.item}${u.key ? ` (strategy ${u.key})` : ""}: ${u.why}; last changed by ${who}${u.modified?.at ? ` at ${u.modified.at}` : ""}`;
}

export interface StrategyQuery {
  statuses?: StrategyStatus[];
  /** Strategies whose review date is on or before this date. */
  reviewDueBy?: string;
}

/** What retention removes, each record with everything that describes it (DPA 2018: storage limitation). */
export interface PurgeRequest {
  /**
   * Contacts by internetMessageId: with their audit events and the actions on their alerts. As retention's plan read them,
   * with their items (`PlannedRecord`), each item is deleted by its id, never another the id names (T11 #9).
   */
  contacts?: ReadonlyArray<string | PlannedRecord>;
  /** Strategies by id: with their address rows, decisions, and every audit event of each (their letters only as `letters` lists them). */
  strategies?: readonly string[];
  /**
   * Letters by id, with their audit events: the only letters deleted. A strategy's letters are not found by its id here —
   * the StrategyKey column and the letter's strategyId are anyone's to rewrite, so a colleague's letter refiled under a
   * long-ended strategy went with it (T10 #12); retention's plan lists each letter it judged old by SharePoint's time.
   */
  letters?: ReadonlyArray<PlannedRecord>;
}

/**
 * A letter or contact as retention's plan judged it: its id (its audit events go by it) and the list item the plan read
 * (deleted by that id: a purge by the key column deleted another item, one an old item's rewritten JSON named, T11 #6, #9).
 * Without `item` (the memory store numbers none) it is deleted by its id.
 */
export interface PlannedRecord {
  id: string;
  item?: string;
}

/** A list item as SharePoint numbers it: its id and when it was created (`createdDateTime`, the server's clock). */
export interface ItemStamp {
  item: number;
  recordedAt?: IsoInstant;
  /** The record's key as its list holds it (AlertActions' ActionKey; a key over 255 characters is kept as a prefix and a hash). */
  key?: string;
}

/** The AuditTrail and AlertActions items a purge is about to delete, by id: recorded before they go (src/app/records/retention.ts). */
export interface PurgeItems {
  auditTrail: number[];
  alertActions: number[];
  /** The Decisions items of the strategies it deletes (absent: none). */
  decisions?: number[];
}

/** How many of each were deleted. */
export interface PurgeCounts {
  contacts: number;
  strategies: number;
  addressRows: number;
  decisions: number;
  letters: number;
  alertActions: number;
  auditEvents: number;
}

/**
 * A letter as the Letters list holds it, with SharePoint's own time of its item's creation (`createdDateTime`, set by
 * SharePoint and refused to every writer): undefined only where the list did not say.
 */
export interface LetterOnRecord {
  letter: LetterRecord;
  recordedAt?: IsoInstant;
  /** The list item it was read from (SharePoint's id): what a purge of it deletes, never another item its id names. */
  item?: string;
  /**
   * The item's LetterKey column when it is not the letter's id: the LetterJson was rewritten to name another letter
   * (T11 #6), so which letter the item is cannot be told. Absent when they agree.
   */
  keyedAs?: string;
}

export interface ContactOnRecord {
  /** With SharePoint's record of its item, where the store keeps one (the SharePoint adapter). */
  contact: LoggedContact;
  /** The ContactLog item it was read from (SharePoint's id): what a purge of it deletes. */
  item?: string;
  /**
   * The item's InternetMessageId column when it is not the record's id: its RecordJson was rewritten to carry another
   * contact's id (T11 #9), so which contact the item is cannot be told. Absent when they agree.
   */
  keyedAs?: string;
}

/** Which letters: those about one strategy, or those to one normalised address. */
export type LetterQuery = { strategyId: string } | { address: string };

export interface CaseStore {
  getStrategy(id: string): Promise<Versioned<ContactStrategy> | undefined>;
  /** The strategies that can be read; an item edited into something unreadable is returned apart (`unreadable`), never thrown. */
  listStrategies(query?: StrategyQuery): Promise<StrategyListing>;
  /**
   * The id of every strategy record, read from its key alone: one record edited into something unreadable outside the
   * add-in hides no other (what must judge every strategy — the flagger, reviews — starts here, not at listStrategies).
   * With them every strategy a decision is filed under or names, so one whose item is deleted is still judged.
   */
  strategyIds(): Promise<string[]>;
  /** Creates the strategy (assigning its id when empty) — or updates it when `etag` is given. */
  saveStrategy(strategy: ContactStrategy, etag?: string): Promise<Versioned<ContactStrategy>>;
  /**
   * Idempotent on `internetMessageId`: recording the same message again stores nothing and
   * returns `created: false` with the record as stored, so the caller can tell a retry of
   * the same decision from a correction (then `correctContact`).
   */
  recordContact(record: ContactRecord): Promise<{ created: true } | { created: false; existing: StoredContact }>;
  /**
   * Replaces the decision on a recorded contact, only if it is still the one the caller
   * compared against (`expected`, with its etag: optimistic concurrency). Idempotent: when the
   * stored record already holds exactly `decision` (a retry whose first write landed) it is
   * returned as it is. Throws `conflict` when someone else changed the decision since
   * `expected` (never overwritten blindly), `notFound` when the record is gone. `read`: the message's own fields as the
   * message being read gives them, written with the decision (T20-6).
   */
  correctContact(expected: Versioned<ContactRecord>, decision: ContactDecision, read?: MessageFields): Promise<StoredContact>;
  /**
   * Contacts from one normalised address received at or after `since`, newest first: each with SharePoint's record of the
   * item it was read from, where the store keeps one, so every reader can tell a record added outside the add-in (T19).
   */
  contactsFrom(address: string, since: IsoInstant): Promise<LoggedContact[]>;
  /**
   * The ContactLog's records of these contacts, found by the ContactLog's unique key (narrow at any size): every item
   * found whose record names one of the ids, so two items claiming one id both come back. What an approval's evidence is
   * judged on, by decide(), the pane and every reader alike (T11 #8).
   */
  contactsById(ids: readonly string[]): Promise<LoggedContact[]>;
  /**
   * The message ids the AuditTrail's events name as about this normalised address (their About column, under any apostrophe
   * form), written at or after a day before `since` (their At, the recorder's time, which no one can change on an add-only
   * list): where a person's records are, whatever the ContactLog's columns say now (T21b-3, A2'). Candidates only — anyone
   * may add an event — so a reader takes a record found by them only where the record itself names that sender. Events
   * written before About existed name no one. Optional: a store without it finds records by their columns alone.
   */
  contactIdsAbout?(address: string, since: IsoInstant): Promise<string[]>;
  /** Idempotent on `decision.id`. Refused (`forbidden`) unless the signed-in user may write Decisions. */
  addDecision(decision: Decision): Promise<void>;
  /** Oldest first, each with its SharePoint-set author. */
  decisionsFor(strategyId: string): Promise<RecordedDecision[]>;
  /**
   * Strategies with their evidence (decisions, and the proposals in the AuditTrail), read
   * together. A strategy whose item is gone but has decisions comes on a stand-in built from
   * them (`standIn`, `evidence.recordMissing`); one with neither is left out.
   */
  readWithEvidence(ids: readonly string[]): Promise<StrategyWithEvidence[]>;
  /**
   * Adds an event to its target's chain (add-only). Idempotent on `event.id`: the same event
   * again, already written by the person it names, stores nothing. An event already under that
   * id with other content, or written by someone other than the person it names, is a
   * `conflict` (a forged or squatted key) — raised, never taken as done.
   */
  appendAudit(event: AuditEvent): Promise<void>;
  /** The events of each target, oldest first (one list per target, in order). */
  auditForTargets(targets: readonly string[]): Promise<AuditEvent[][]>;
  /** Every audit event (for `records verify`): in no particular order. */
  auditTrail(): Promise<AuditEvent[]>;
  /**
   * What the site lacks that this version of the add-in writes, in words for whoever can fix it (`npm run provision`);
   * empty when nothing is. Only a store on lists someone provisions has any (SharePoint's: read once a session).
   */
  siteGaps?(): Promise<string[]>;
  /** The audit events whose time (`at`) is at or after `from`, in no particular order: the pane's records check reads a week of them. */
  auditSince(from: IsoInstant): Promise<AuditEvent[]>;
  /**
   * Several events at once, each idempotent on its id (a worker recording the breaches of a page
   * of mail): the adapter may look them up and write them together, not one round trip each.
   */
  appendAudits(events: readonly AuditEvent[]): Promise<void>;
  /**
   * Records what was done about a message's alerts (Warwickshire 7.2) and returns it as stored.
   * Idempotent on `action.id`: a retry after a failure stores it once and returns the first
   * write (its time is the first attempt's); an action under that id that is not this one, or
   * not written by the person it names, is a `conflict`. Add-only: an action is never edited
   * (AlertActions is add-only for staff, src/store/sharepoint/permissions.ts).
   */
  recordAlertAction(action: AlertAction): Promise<AlertAction & { item?: number }>;
  /**
   * The actions on one message's alerts, oldest first, each with its SharePoint-set author and
   * time and any change made after it was written: shown when the caseworker returns to it.
   */
  alertActionsFor(internetMessageId: string): Promise<RecordedAlertAction[]>;
  /** Every alert action (for `records verify`), in no particular order. */
  allAlertActions(): Promise<RecordedAlertAction[]>;
  /**
   * Every item SharePoint holds in AlertActions — readable or not — by its id and SharePoint's time: what the pane
   * and `records verify` find deleted items by (ids are allocated in order and never reused: src/store/item-gaps.ts).
   */
  alertActionItems(): Promise<ItemStamp[]>;
  /** Every Decisions item's id and SharePoint's time, readable or not: a decision deleted is found by its id (src/store/item-gaps.ts). */
  decisionItems(): Promise<ItemStamp[]>;
  auditFor(target: string): Promise<AuditEvent[]>;
  /**
   * Records a letter prepared for a person (drafted in Outlook or written as a Word document).
   * Idempotent on `letter.id`: recording it again stores nothing and returns the record as stored.
   */
  recordLetter(letter: LetterRecord): Promise<{ created: boolean; letter: LetterRecord }>;
  /**
   * Marks a recorded letter sent (once: a second call returns it as it is). `notFound` if it is not on record; `forbidden`,
   * with nothing written, when `by` is not the person signed in (the store's token) or they are not the SPOC who sends.
   */
  markLetterSent(id: string, at: IsoInstant, by: string): Promise<LetterRecord>;
  /** The letters about a strategy, or to an address, oldest first. */
  lettersFor(query: LetterQuery): Promise<LetterRecord[]>;
  /**
   * Contacts received at or after `from` and before `before` (either end open), in no particular order: each with SharePoint's
   * record of the item it was read from (who changed it last), where the store keeps one — whose write a record is (T15 #1).
   */
  contactsReceived(range: { from?: IsoInstant; before?: IsoInstant }): Promise<LoggedContact[]>;
  /** The same contacts, each with the item it was read from and its key column where that disagrees (retention's plan). */
  contactsOnRecord(range: { from?: IsoInstant; before?: IsoInstant }): Promise<ContactOnRecord[]>;
  /** Contacts recorded against a strategy (recognised as its person's, whichever address they came from), newest first. */
  contactsForStrategy(strategyId: string): Promise<LoggedContact[]>;
  /** The actions on alerts in messages from one normalised address, oldest first. */
  alertActionsFrom(address: string): Promise<RecordedAlertAction[]>;
  /**
   * Letters whose stored address key is not their address normalised (`contactKey`), as rows written
   * before the key was normalised are ("Pat <Pat+opcc@Example.org>"): subject access, which asks by
   * the normalised address, does not find them until `rekeyLetter` (by `records reconcile`).
   */
  lettersMiskeyed(): Promise<Array<{ letter: LetterRecord; key: string }>>;
  /** Sets a letter's address key to its address normalised. Idempotent: false when it already was. `notFound` when it is gone. */
  rekeyLetter(id: string): Promise<boolean>;
  /**
   * Every letter on record, in no particular order: the whole list paged through, asked by no column (records verify, T9 #8 —
   * a letter whose PreparedAt column was moved to 1900 or emptied is in no range of it), each with SharePoint's own time of
   * its item's creation (`recordedAt`), by which retention judges its age: its preparedAt is anyone's to rewrite (T10 #12).
   */
  allLetters(): Promise<LetterOnRecord[]>;
  /**
   * Brings a strategy's StrategyAddresses rows in line with its item (all removed when the item
   * is gone): what `records reconcile` does for a save whose address rows failed. Returns how
   * many rows it created, changed or removed.
   */
  reindexStrategy(id: string): Promise<number>;
  /** The StrategyAddresses rows alone (what `reindexStrategy` writes), for `records reconcile` to compare with each strategy. */
  addressRows(): Promise<SenderEntry[]>;
  /**
   * Retention: deletes the records named and what describes them. Repeating it deletes nothing twice. `removing` is
   * told the AuditTrail and AlertActions item ids before any of them is deleted (a purge's gaps are then on record).
   */
  purge(request: PurgeRequest, removing?: (items: PurgeItems) => Promise<void>): Promise<PurgeCounts>;
  /**
   * For the SenderIndex: every address each decision's approved snapshot lists (the Decisions
   * list, writable only by authorisers, `snapshotEntries`) and every StrategyAddresses row —
   * candidates only, never evidence.
   */
  senderEntries(): Promise<SenderEntry[]>;
}

export interface SenderEntry extends StrategySummary {
  /** Normalised address. */
  address: string;
}

/**
 * What the StrategyAddresses index says about an address, in milliseconds: which strategies
 * to read. Its status and name are copies, a hint for ordering and for saying "may apply"
 * when the strategy cannot be read — never evidence that anyone is in force.
 */
export interface StrategySummary {
  strategyId: string;
  status: StrategyStatus;
  personName: string;
}

export interface SenderIndex {
  /** Synchronous after `refresh`: the strategies the index lists for a normalised address, most binding first. */
  candidates(normalisedAddress: string): StrategySummary[];
  /** Every address the index lists, with its strategies: for the pane's look-alike check (src/app/lookalike.ts). */
  entries?(): ReadonlyMap<string, readonly StrategySummary[]>;
  refresh(): Promise<void>;
  readonly size: number;
}

export type StoreErrorCode =
  | "conflict" // 412: someone else changed it first
  | "notFound"
  | "forbidden" // the signed-in user lacks the SharePoint permission
  | "throttled" // gave up after retries
  | "unavailable" // network or 5xx after retries
  | "invalid";

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "StoreError";
  }
}
