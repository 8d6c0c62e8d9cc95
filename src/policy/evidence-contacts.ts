import { foldApostrophes, listsAddress } from "./address";
import type { CategoryId } from "./categories";
import type { ContactRecord } from "./contact";
import { nameOf, samePerson, type Identity, type RecordedProposal } from "./decision";
import type { ContactStrategy, IsoInstant } from "./strategy";
import type { ContactEvent } from "./evidence-as-judged";

/**
 * What an approval may rest on instead of the authoriser's tick that the person's contacts in the case file were checked
 * (Warwickshire 7, T7 #3): recorded contacts showing the behaviour — judged on the ContactLog's own records, never on the
 * proposal's copy of them nor on the ids a decision names (T10 #1, #2). A proposer could type "abusive" onto a neutral
 * contact's copy, attach another person's contact, or invent an id; a direct write to the Decisions list could name ids
 * that were never recorded. One judgement, for decide(), the pane (Approvals' decision and terms) and every reader
 * (src/policy/in-force.ts), so they cannot disagree.
 */

/**
 * The ContactLog as read for the contacts in question: the records found by their ids (every item whose record names
 * one, so a duplicate shows), with the add-in's audit events of those an approval judged that read otherwise now
 * (`events`: src/policy/evidence-as-judged.ts; absent when not read), or why it could not be read.
 */
export type ContactLogRead = { records: readonly LoggedContact[]; events?: readonly ContactEvent[] } | { unreadable: string };

/**
 * What SharePoint says of a ContactLog item, from the tokens that wrote it, never from its fields (no caseworker can set
 * them, T11 #2): who created it and when, who changed it last and when (the creation's until someone changes it).
 */
export interface LoggedItem {
  createdBy?: Identity;
  createdAt?: IsoInstant;
  modifiedBy?: Identity;
  modifiedAt?: IsoInstant;
  /** SharePoint's version of the item (its eTag's count: 1 as created, one more for every change). */
  version?: number;
  /**
   * The columns readers look the item up by (InternetMessageId, SenderAddress, StrategyKey, ReceivedAt) that are not its
   * record's own values as the add-in writes them, each with what the column says: SharePoint files the item apart from
   * what its record names. The add-in never writes one (it files every item by its record), so such an item is a copy made
   * outside the add-in, kept apart from the real record by its key (T20-10), or a record moved onto another sender,
   * strategy or time, or hidden from its own (T21b-3, T21b-4): nobody's decision to any reader.
   */
  filedApart?: FiledApart[];
  /**
   * What the item's RecordJson says the record replaced (absent on a first recording), as it reads: anyone may write it
   * through Graph, so it is never read for what it says — only compared, by its digest, with what a decision's event
   * names (src/policy/record-digest.ts namesRecord, T21b-5).
   */
  replaced?: unknown;
}

/** A lookup column of a ContactLog item that disagrees with its record, and what the column says ("" when empty). */
export interface FiledApart {
  column: "InternetMessageId" | "SenderAddress" | "StrategyKey" | "ReceivedAt";
  value: string;
}

/** Where an item is filed apart from its record, in words ("" when it is filed as its record says). */
export function filedApartWords(item: LoggedItem | undefined): string {
  return (item?.filedApart ?? []).map((f) => `${f.column} “${f.value}”`).join(", ");
}

/** A ContactLog record as read, with its item's SharePoint record where the store has one (the SharePoint adapter). */
export type LoggedContact = ContactRecord & { item?: LoggedItem };

/** A contact named as evidence: its id, and what the proposal calls it (its subject), where known. */
export interface NamedContact {
  internetMessageId: string;
  subject?: string;
}

export interface EvidenceJudged {
  /** The ids that count: on record in the ContactLog, from one of the person's addresses, with a behaviour category recorded there. */
  counted: string[];
  /** The others, each with why, in words (nothing when the ContactLog could not be read). */
  notCounted: Array<{ id: string; why: string }>;
  /** The ContactLog could not be read, in words: nothing counts. */
  unreadable?: string;
  /** The record judged for each id found once in the ContactLog: what the authoriser is shown, never the proposal's copy (T11 #7). */
  logged?: ContactRecord[];
  /** The behaviour they were judged against (none: any category recorded counts). */
  behaviour?: CategoryId[];
}

/**
 * The strategy as it stands and the proposal on its trail name behaviour with nothing in common (or one names none): which
 * behaviour it restricts cannot be told, so no contact can show it (T14 #1).
 */
export interface BehaviourDisputed {
  named: CategoryId[];
  proposed: CategoryId[];
}

/** What attached contacts are judged against: the behaviour (none: any category counts), or a dispute over it (none counts). */
export type BehaviourToJudge = readonly CategoryId[] | BehaviourDisputed;

/**
 * Which of `named` count as evidence of the behaviour for a strategy on `addresses` (normalised), as the ContactLog
 * records them: each must be on record there under its id, once, received from one of those addresses, with a category
 * recorded (a caseworker's "nothing unacceptable" is no evidence) that is behaviour the strategy restricts (`behaviour`,
 * where known: T11 #7). Neither policy ties a restriction to a category: a strategy sets out its restrictions "and the
 * reason for introducing the strategy" (Warwickshire 7), "appropriate and proportionate to the nature of the unacceptable
 * behaviour" (Gwent 8.0), so its restrictions answer the behaviour it names as that reason (its categories), and a contact
 * recorded only as "demands" shows nothing a strategy restricting "abusive" behaviour answers. Without the ContactLog,
 * none counts. `byContent`: ids of records an approval judged and that were corrected through the add-in since, judged by
 * what they record, whoever changed them (src/policy/evidence-as-judged.ts correctedSinceJudged, T12 #3).
 */
export function judgeEvidence(named: readonly NamedContact[], addresses: readonly string[], log: ContactLogRead | undefined, proposers: readonly Identity[] = [], judgedAgainst: BehaviourToJudge = [], byContent: readonly string[] = []): EvidenceJudged {
  if (!log || "unreadable" in log) return { counted: [], notCounted: [], unreadable: log ? log.unreadable : "the ContactLog was not read" };
  const disputed = "proposed" in judgedAgainst ? judgedAgainst : undefined;
  const behaviour: readonly CategoryId[] = disputed ? disputed.named : (judgedAgainst as readonly CategoryId[]);
  const counted: string[] = [];
  const notCounted: EvidenceJudged["notCounted"] = [];
  const logged: ContactRecord[] = [];
  for (const { internetMessageId: id, subject } of named) {
    if (counted.includes(id) || notCounted.some((n) => n.id === id)) continue;
    const found = log.records.filter((r) => r.internetMessageId === id);
    const record = found.length === 1 ? found[0] : undefined;
    const name = `“${record?.subject || subject || "(no subject)"}” (${id})`;
    if (record) logged.push(record);
    // Two items claiming one id (a second written through Graph repeating it): which is the caseworker's record cannot be told (T11 #8).
    if (found.length > 1) notCounted.push({ id, why: `${name} is recorded ${found.length} times in the ContactLog, so which record is the caseworker's cannot be told.` });
    else if (!record) notCounted.push({ id, why: `${name} is not on record in the ContactLog.` });
    else if (!listsAddress(addresses, foldApostrophes(record.senderAddress))) notCounted.push({ id, why: `${name} is recorded in the ContactLog as from ${record.senderAddress}, not an address this strategy covers.` });
    else if (!Array.isArray(record.categories) || record.categories.length === 0) notCounted.push({ id, why: `${name} is recorded in the ContactLog with nothing unacceptable.` });
    else if ((behaviour.length || disputed) && !record.categories.some((c) => behaviour.includes(c))) notCounted.push({ id, why: `${name} is recorded in the ContactLog as ${quoted(record.categories)}, not behaviour this strategy restricts (${quoted(behaviour)}).` });
    else if (disputed) notCounted.push({ id, why: `${name} is recorded in the ContactLog as ${quoted(record.categories)}, but the behaviour this strategy restricts (${disputed.named.length ? quoted(disputed.named) : "none named"}) and the behaviour its proposal names (${disputed.proposed.length ? quoted(disputed.proposed) : "none"}) have nothing in common, so which behaviour it restricts cannot be told.` });
    else if (!byContent.includes(id) && untrusted(record, proposers)) notCounted.push({ id, why: `${name} ${untrusted(record, proposers)}` });
    else counted.push(id);
  }
  return { counted, notCounted, logged, behaviour: [...behaviour] };
}

/**
 * Why a ContactLog item's record cannot spare the authoriser's check, as SharePoint records the item (T11 #2: the ContactLog
 * has no item permissions, so the proposer could rewrite a colleague's neutral record as "demands"): the proposer created it
 * or was the last to change it, or anyone changed it after it was recorded (saying who and when), or someone other than the
 * person it names as its recorder created it (a Graph POST in a colleague's name, T18-5). Undefined when none.
 */
function untrusted(record: LoggedContact, proposers: readonly Identity[]): string | undefined {
  const item = record.item;
  if (!item) return undefined;
  const proposer = (who: Identity | undefined) => who && proposers.some((p) => samePerson(p, who));
  if (proposer(item.createdBy)) return `was recorded in the ContactLog by ${nameOf(item.createdBy!)}, who proposed this strategy, so it cannot spare the check of the case file.`;
  const changed = (item.version ?? 1) > 1 || (item.modifiedAt && item.createdAt && Date.parse(item.modifiedAt) > Date.parse(item.createdAt));
  if (changed || proposer(item.modifiedBy)) return `was changed in the ContactLog after it was recorded, by ${item.modifiedBy ? nameOf(item.modifiedBy) : "someone SharePoint does not name"}${item.modifiedAt ? ` at ${item.modifiedAt}` : ""}${proposer(item.modifiedBy) ? ", who proposed this strategy" : ""}, so it cannot spare the check of the case file.`;
  // The add-in writes a first recording only with its recorder's own sign-in; a correction changes the item (judged above).
  if (!item.createdBy || !samePerson(item.createdBy, { upn: record.recordedBy, displayName: record.recordedBy })) {
    return `was added to the ContactLog by ${item.createdBy ? nameOf(item.createdBy) : "someone SharePoint does not name"}, but names ${record.recordedBy} as its recorder: it was written outside the add-in, so it cannot spare the check of the case file.`;
  }
  return undefined;
}

/** Who proposed a strategy, as its history names them (the pane and decide(); readers take the AuditTrail's authors). */
export function proposersOf(strategy: ContactStrategy): Identity[] {
  return (Array.isArray(strategy.history) ? strategy.history : []).filter((h) => h.type === "propose").map((h) => ({ upn: h.by, displayName: h.by }));
}

/** The contacts a proposal attaches, as it names them (an entry without an id names nothing). */
export function attachedContacts(strategy: ContactStrategy): NamedContact[] {
  const attached = Array.isArray(strategy.evidence) ? strategy.evidence : [];
  return attached.flatMap((e) => (e && typeof e.internetMessageId === "string" && e.internetMessageId !== "" ? [{ internetMessageId: e.internetMessageId, ...(typeof e.subject === "string" ? { subject: e.subject } : {}) }] : []));
}

/**
 * The proposal's attached contacts judged on the ContactLog (what decide() and the pane both ask: is the tick needed?),
 * against the behaviour it names (`behaviour`: as the proposal on the trail recorded it, behaviourProposed; the item's
 * where none did).
 */
export function contactsShowingBehaviour(strategy: ContactStrategy, log: ContactLogRead | undefined, behaviour: BehaviourToJudge = behaviourOf(strategy)): EvidenceJudged {
  return judgeEvidence(attachedContacts(strategy), strategy.addresses, log, proposersOf(strategy), behaviour);
}

/** The behaviour a strategy restricts, as it names it (its categories; none when it names none). */
export function behaviourOf(strategy: ContactStrategy): CategoryId[] {
  return Array.isArray(strategy.categories) ? strategy.categories.filter((c): c is CategoryId => typeof c === "string") : [];
}

/**
 * The behaviour the proposal put to the authoriser names: the categories recorded by the latest proposal on the strategy's
 * trail that names any (an opening "propose" or a change proposed since, each in its proposer's name; a change that left
 * the behaviour alone may not name it) — never the strategy item's, which anyone may edit after proposing without
 * proposing it (T12 #6: "persistent" added to the item spared the tick on a contact recorded only as "persistent").
 * Undefined when no proposal names it (made before proposals did).
 */
export function behaviourProposed(proposals: readonly RecordedProposal[]): CategoryId[] | undefined {
  const latest = [...proposals].filter((p) => Array.isArray(p.terms?.categories)).sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt)).at(-1);
  return latest?.terms?.categories?.filter((c): c is CategoryId => typeof c === "string");
}

/**
 * The behaviour the attached contacts are judged against: what both the proposal on the trail (behaviourProposed) and the
 * strategy as it stands name; the strategy's alone where no proposal names any. Either is one write a caseworker may make
 * alone — the item through Graph (T12 #6), an event added to the AuditTrail by hand (T13 #6: a "propose" naming
 * "persistent" beside the proposal's "demands", the item untouched) — so neither alone widens it. Both changed is what
 * proposing a change through the add-in does, in the proposer's own name: a proposal, which four-eyes keeps its author
 * from approving. Where they have nothing in common while either names some (the item rewritten, or a proposal naming
 * other behaviour or none added by hand: T14 #1), the behaviour is disputed and no contact counts — never "any behaviour",
 * which only a strategy naming none anywhere means.
 */
export function behaviourJudged(strategy: ContactStrategy, proposals: readonly RecordedProposal[]): BehaviourToJudge {
  const proposed = behaviourProposed(proposals);
  const named = behaviourOf(strategy);
  if (!proposed) return named;
  const both = named.filter((c) => proposed.includes(c));
  return both.length || (!named.length && !proposed.length) ? both : { named, proposed };
}

function quoted(categories: readonly string[]): string {
  return `“${categories.join("”, “")}”`;
}

/**
 * Why no attached contact counts, in words, for the refusal and the pane's warning ("" when one does): the clause, then
 * the reason each attached contact does not count.
 */
export function noEvidenceWords(strategy: ContactStrategy, judged: EvidenceJudged): string {
  if (judged.counted.length) return "";
  if (judged.unreadable) return `The ContactLog could not be read (${judged.unreadable}), so no contact attached to this proposal can be checked there for the behaviour it restricts.`;
  if (!attachedContacts(strategy).length) return "No recorded contact is attached to this proposal, so nothing on it shows the behaviour it restricts.";
  return `No recorded contact attached to this proposal has unacceptable behaviour recorded in the ContactLog from this person's addresses, so nothing on it shows the behaviour it restricts. ${judged.notCounted.map((n) => n.why).join(" ")}`;
}
