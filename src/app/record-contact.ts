import type { Classification } from "../policy/classifier/types";
import type { CategoryId } from "../policy/categories";
import { addressingOf } from "../policy/address";
import { longDate } from "../policy/calendar";
import { isIsoDate } from "../policy/lifecycle/dates";
import type { IsoDate } from "../policy/strategy";
import { NOTE_MAX, type ContactOutcome, type ContactRecord, type EvidenceNote, type SubTypeChoice } from "../policy/contact";
import type { MailMessage } from "../policy/message";
import { decisionOf, messageFieldsOf, subTypesKey, withDecision } from "../store/contact-decision";
import type { NotHers } from "./records/added-outside";
import { correctionBegun, correctionEvent, type CorrectionBegun } from "../policy/evidence-as-judged";
import { entryDigest, namesRecord } from "../policy/record-digest";
import type { LoggedContact } from "../policy/evidence-contacts";
import { StoreError, type AuditEvent, type CaseStore, type ContactDecision, type StoredContact } from "../store/port";
import { ensureAudited, isRecorded, ownEvent, type Act } from "./records/audit-repair";
import { vouches } from "../store/audit-chain";
import { changedByAnother, createdByAnother, recorderOf } from "./records/written-outside";
import { samePerson, type Identity } from "../policy/decision";
import { intentOf, recordingIntent } from "./records/intent";
import { replacesOutsideWords } from "./records/replaced-outside";
import { isDecisionAction, notTheLatest } from "./records/latest-decision";
import { isWriteUpIdOf } from "../policy/write-up-ids";

export interface CaseworkerDecision {
  /** The categories the caseworker confirmed (empty: nothing unacceptable). */
  categories: CategoryId[];
  outcome: ContactOutcome;
  /** The policy's sub-types the caseworker chose; only those under a confirmed category are kept. */
  subTypes?: SubTypeChoice[];
  /** The caseworker's note (blank: none). */
  note?: string;
  /** The day the person was told the office's decision on the matter this message is about, when the caseworker knows it. */
  matterDecidedOn?: IsoDate;
}

/**
 * The decision as it is stored: sub-types only under confirmed categories, once each; the note
 * trimmed, blank dropped; a note too long refused; a matter decided on a day that is not a date,
 * or in the future, refused.
 */
export function normaliseDecision(decision: CaseworkerDecision, today?: IsoDate): CaseworkerDecision {
  const note = decision.note?.trim() ?? "";
  if (note.length > NOTE_MAX) throw new StoreError("invalid", `The note is ${note.length} characters long; a decision's note holds at most ${NOTE_MAX}. Shorten it and record again.`);
  const decidedOn = decision.matterDecidedOn?.trim() ?? "";
  if (decidedOn && !isIsoDate(decidedOn)) throw new StoreError("invalid", `“${decidedOn}” is not a date: give the day the decision was sent, as a date.`);
  if (decidedOn && today && decidedOn > today) {
    throw new StoreError("invalid", `The decision on their matter is dated ${longDate(decidedOn)}, which has not come yet: give the day it was sent. Check the date.`);
  }
  const seen = new Set<string>();
  const subTypes = (decision.subTypes ?? []).filter((s) => {
    const key = `${s.category}/${s.subType}`;
    if (!decision.categories.includes(s.category) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { categories: decision.categories, outcome: decision.outcome, ...(subTypes.length ? { subTypes } : {}), ...(note ? { note } : {}), ...(decidedOn ? { matterDecidedOn: decidedOn } : {}) };
}

/**
 * What recording did. `created` repeats what `status` says; it stays because callers written
 * before corrections existed read it.
 */
export type RecordResult =
  | { status: "created"; created: true; record: ContactRecord }
  /** Already recorded with this decision (a retry): nothing was written. */
  | { status: "unchanged"; created: false; record: ContactRecord }
  /**
   * Already recorded with another decision, now replaced; `previous` is what it replaced. `notHers`: what it replaced was no
   * one's decision through the add-in — added outside it, or changed outside it since — so even the same decision is
   * recorded anew as the caseworker's (T20-7), and the pane says whose the record there was.
   */
  | { status: "corrected"; created: false; record: ContactRecord; previous: ContactDecision; notHers?: NotHers };

/**
 * Writes the caseworker's decision on one message: the ContactLog item (idempotent on
 * internetMessageId) and its audit event (idempotent on its id). When the message is already
 * recorded with a different decision, the caseworker is correcting it: the record is updated
 * (only if nobody else changed it meanwhile) and the correction gets its own audit event.
 * Every step is safe to repeat, so after a failure the caller simply records again; nothing
 * is half-written silently.
 */
export async function recordContact(input: {
  store: Pick<CaseStore, "recordContact" | "correctContact" | "appendAudit" | "auditFor">;
  item: MailMessage;
  senderAddress: string;
  classification: Classification;
  decision: CaseworkerDecision;
  recordedBy: string;
  now: Date;
  strategyId?: string;
  staffDomains: readonly string[];
}): Promise<RecordResult> {
  const { item, classification, store } = input;
  const decision = normaliseDecision(input.decision, input.now.toISOString().slice(0, 10));
  const evidence: EvidenceNote[] = classification.findings
    .filter((f) => decision.categories.includes(f.category))
    .map((f) => ({ category: f.category, subType: f.subType, quote: quoteOf(f.evidence) }));
  const addressing = addressingOf(
    item.to.map((a) => a.emailAddress),
    item.cc.map((a) => a.emailAddress),
    input.staffDomains,
  );
  const record: ContactRecord = {
    internetMessageId: item.internetMessageId,
    senderAddress: input.senderAddress,
    receivedAt: new Date(item.receivedAt).toISOString(),
    subject: item.subject,
    categories: decision.categories,
    evidence,
    outcome: decision.outcome,
    recordedBy: input.recordedBy,
    recordedAt: input.now.toISOString(),
    ...(decision.subTypes ? { subTypes: decision.subTypes } : {}),
    ...(decision.note ? { note: decision.note } : {}),
    ...(decision.matterDecidedOn ? { matterDecidedOn: decision.matterDecidedOn } : {}),
    fingerprint: classification.fingerprint,
    staffContacted: addressing.staffContacted,
    ...(addressing.addressedToOthers ? { addressedToOthers: true } : {}),
    ...(input.strategyId ? { strategyId: input.strategyId } : {}),
  };
  // Audit intent first (src/app/records/intent.ts): a write cut short after this leaves evidence.
  const recorded = auditEventFor({ value: record });
  // Naming the record it will write (its digest, nothing replaced): her word on the record should a colleague touch it before
  // its event is written (T19-5), as a correction's intent is (T12 #5).
  await ownIntent(store, (part) => ({ ...intentOf(recorded, `record “${record.subject}” from ${record.senderAddress}`, { act: "record", part }), recordDigest: entryDigest(record, undefined) }));
  const written = await store.recordContact(record);
  if (written.created) {
    await auditOwn(store, contactAct({ value: record }), input.now);
    return { status: "created", created: true, record };
  }
  const { existing } = written;
  // The event for what is stored now, if it is missing: when an earlier attempt stored the record
  // or a correction but failed before its audit event, this finishes it — from the stored record,
  // so with the original time and person; in their name if they are the one recording again,
  // otherwise as a repair in this person's name (never in someone else's).
  // A record added outside the add-in in a colleague's name is no decision of hers: a correction of it says whose it was (T19-7).
  const outside = await addedOutsideBy(store, existing);
  const finish = await actToFinish(store, existing, outside);
  if (finish) await ensureAudited(store, finish, input.recordedBy, input.now.toISOString());
  // Nothing to finish: the record there is no one's decision through the add-in as every reader judges it (added outside it in
  // someone's name, or changed outside it since with nothing of its recorder's naming it). The same decision again is then no
  // retry: it is recorded as this caseworker's, replacing it, never "Already recorded" with nothing of hers on record (T20-7).
  const notHers: NotHers | undefined = finish ? undefined : outside ? { record: existing.value, ...outside } : { record: existing.value, inDoubt: existing.item?.modifiedBy ? { changedBy: existing.item.modifiedBy } : {} };
  if (!notHers && sameDecision(existing.value, decision)) return { status: "unchanged", created: false, record: existing.value };
  // The intent names the record as the correction will leave it, and what it replaces (its digest): should the correction's
  // own event be lost, a reader still knows the correction while SharePoint says its corrector changed the item last (T12 #5).
  const correcting = intentOf(auditEventFor({ value: { ...record }, replaced: decisionOf(existing.value) }), `correct the decision on “${record.subject}”`);
  // The message's own fields as the message being read gives them, whatever the record there says (T20-6).
  await store.appendAudit({ ...correcting, recordDigest: entryDigest(withDecision(existing.value, decisionOf(record), record), decisionOf(existing.value)) });
  const corrected = await store.correctContact(existing, decisionOf(record), messageFieldsOf(record));
  await auditOwn(store, contactAct(corrected, outside), input.now);
  // A correction that had already landed (a retried write) still names what it replaced.
  const previous = corrected.replaced ?? decisionOf(existing.value);
  return { status: "corrected", created: false, record: corrected.value, previous, ...(notHers ? { notHers } : {}) };
}

/**
 * This attempt's intent to record, under an id of its own (its time and a random part): an item someone else added under
 * any id it might take is passed over for another, never a reason not to record (T20-8). Three tries, as a random part
 * anyone guessed three times running is not a collision but a store refusing every write, which the caseworker is told.
 */
async function ownIntent(store: Pick<CaseStore, "appendAudit">, intent: (part: string) => AuditEvent): Promise<void> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await store.appendAudit(intent(attemptPart()));
    } catch (error) {
      if (!(error instanceof StoreError && error.code === "conflict") || tries >= 3) throw error;
    }
  }
}

const attemptPart = () => [...crypto.getRandomValues(new Uint8Array(4))].map((b) => b.toString(16).padStart(2, "0")).join("");

/**
 * A decision's own event, in its recorder's name. Its id held by someone else's item (any caseworker may add to AuditTrail
 * through Graph, under any key: T17-8, T17-9), it is written under its write-up's id instead, never refused while the record
 * stands; only when every id it may take is held is the recorder told — the record is written, its event is not.
 */
async function auditOwn(store: Pick<CaseStore, "appendAudit" | "auditFor">, act: Act, now: Date): Promise<void> {
  const by = act.event.by;
  if (await ownEvent(store, act, by, now.toISOString(), `${by} wrote it here, its own id being held by an item added outside the add-in`)) return;
  throw new StoreError(
    "conflict",
    `The decision was recorded, but its audit event could not be written: every id it may take is held by an item added outside the add-in. Tell whoever looks after the records (npm run records -- verify names those items).`,
  );
}

/**
 * The act whose missing event recording a contact again finishes. A correction (the stored record names what it replaced,
 * which anyone may write through Graph) is finished only when it is its recorder's by the test every reader applies
 * (correctionBegun: her intent on the trail names the record, and SharePoint says she changed the item last): a
 * colleague's Graph write of a record naming her as its corrector, with or without a failed correction of hers, is not
 * written onto the trail as hers (T15-12, T15-13) — the pane names its writer. An event already under its id is judged by
 * ensureAudited as before.
 */
async function actToFinish(store: Pick<CaseStore, "auditFor">, existing: StoredContact, outside?: WrittenOutside["writtenOutside"]): Promise<Act | undefined> {
  const act = contactAct(existing, outside);
  const record: LoggedContact = { ...existing.value, ...(existing.item ? { item: existing.item } : {}) };
  if (!existing.replaced && !existing.item) return act;
  const trail = (await store.auditFor(act.event.target)).filter((e) => !e.edited && !e.unreadable);
  // Not the message's latest decision as the trail names it (put back, or changed since): nobody's act to finish, whoever
  // SharePoint names as its writer (T21b-1, T21b-2, T21b-6).
  if (notTheLatest(record, trail)) return undefined;
  // A first recording someone else's token wrote in the recorder's name is never written up as hers (T18-5); one she wrote
  // that a colleague touched since, only on her own word on the trail (T19-5).
  if (!existing.replaced) return "event" in expectedContactAct(record, trail) ? act : undefined;
  if (trail.some((e) => e.id === act.event.id)) return act;
  return correctionBegun(record, trail)?.hers ? act : undefined;
}

/**
 * Who SharePoint says added the record a correction replaces — the stored first recording, or what a stored correction
 * replaced — when that was added outside the add-in in its named recorder's name (T18-5): the first recording as every
 * reader judges it (expectedContactAct); what a correction replaced, when SharePoint names another as the item's creator
 * and nothing on the trail is in that recorder's own name. What a correction replaced is its RecordJson's word, which
 * anyone may write through Graph: it is taken only while the correction is its corrector's as every reader judges it,
 * whose event's digest covers it (T21b-5) — a `replaced` planted on a genuine first recording no longer makes a later
 * correction's event brand that recording as added outside the add-in. Undefined otherwise, or where the store keeps no
 * item data.
 */
async function addedOutsideBy(store: Pick<CaseStore, "auditFor">, stored: StoredContact): Promise<WrittenOutside["writtenOutside"] | undefined> {
  if (!stored.item) return undefined;
  const record: LoggedContact = { ...stored.value, item: stored.item };
  const first = stored.replaced && createdByAnother({ ...record, recordedBy: stored.replaced.recordedBy });
  if (!createdByAnother(record) && !first) return undefined;
  const trail = (await store.auditFor(`contact:${record.internetMessageId}`)).filter((e) => !e.edited && !e.unreadable);
  const judged = expectedContactAct(record, trail);
  // A `replaced` on a record every reader judges a first recording (or no one's) says nothing: planted, or not the
  // correction's own as its event names it.
  const correction = "event" in judged && judged.event.action.startsWith("corrected (");
  if (!stored.replaced || !correction) return "writtenOutside" in judged ? judged.writtenOutside : undefined;
  if (!first) return undefined;
  // What it replaced, as the trail says: a decision event other than the correction's own, in its writer's own name, was a
  // decision through the add-in, whatever the RecordJson says of it (T21b-5, on trails whose events do not cover `replaced`).
  const target = `contact:${record.internetMessageId}`;
  const itsOwn = (e: AuditEvent) => e.id === `${target}:corrected:${record.recordedAt}` || isWriteUpIdOf(e.id, target, record.recordedAt, "decision");
  if (trail.some((e) => isDecisionAction(e.action) && vouches(e.author, e.by) && !itsOwn(e))) return undefined;
  return trail.some((e) => vouches(e.author, stored.replaced!.recordedBy)) ? undefined : first;
}

/**
 * Only the decision counts: the same categories (in any order) and outcome is a retry, not a
 * correction, whoever presses the button and whenever.
 */
function sameDecision(stored: ContactRecord, decision: CaseworkerDecision): boolean {
  const set = (categories: readonly CategoryId[]) => [...new Set(categories)].sort().join(";");
  return (
    stored.outcome === decision.outcome &&
    set(stored.categories) === set(decision.categories) &&
    subTypesKey(stored.subTypes) === subTypesKey(decision.subTypes) &&
    (stored.matterDecidedOn ?? "") === (decision.matterDecidedOn ?? "") &&
    (stored.note ?? "") === (decision.note ?? "")
  );
}

/** Whether an audit event on a contact records a caseworker's decision (not an alert action or a repair). */
export const isContactDecision = (event: AuditEvent) => isDecisionAction(event.action);

/** The act of deciding on a contact as stored (a first recording, or a correction with what it replaced): its own event. */
export function contactAct(stored: Pick<StoredContact, "value" | "replaced">, replacedOutside?: WrittenOutside["writtenOutside"]): Act {
  return { event: auditEventFor(stored, replacedOutside), kind: "decision", sameKind: isContactDecision };
}

/**
 * A record that reads as a correction its recorder began (her intent on the trail names its time) but that is not hers by
 * the test every reader applies (correctionBegun: the intent's digest, SharePoint's last writer), and whose own event is not
 * on the trail: someone's change outside the add-in, in whoever's name it carries. No event is owed for it (T14 #2).
 */
export interface ChangedOutside {
  changedOutside: CorrectionBegun<AuditEvent>;
}

/**
 * A record that reads as a first recording by the person it names, but whose ContactLog item SharePoint says someone else
 * created (a caseworker's Graph POST naming a colleague as recorder, T18-5; `createdBy` absent: SharePoint names no one),
 * and which no event in that person's own name records: added outside the add-in. Nobody's act to write up — a write-up
 * would vouch for it in the reconciler's name — and no record of the person it names: no reader counts it as hers.
 */
export interface WrittenOutside {
  writtenOutside: { createdBy?: Identity };
}

/**
 * A first recording SharePoint says its recorder created and someone else changed since, which nothing of hers on the trail
 * names as it reads now (her event, her write-up, her intent's digest): hers, but whether it reads as she left it is in
 * doubt. No event is owed — a write-up would vouch for the other's change in her name — and no one is told to remove it (T19-5).
 */
export interface TouchedOutside {
  /**
   * `undoes`: the later correction's event the record reads as from before (T20-3, T21b-1, T21b-2). `unlike`: the latest
   * decision's event, which the record does not read as, nor as any decision on the trail (T21b-6). `latestBy`: who SharePoint
   * says wrote that latest event. `unnamed`: her only
   * word on the trail is an event written before events named their record (its digest), which cannot say it reads as she
   * left it (T21).
   */
  touchedOutside: { changedBy: Identity; undoes?: string; unlike?: string; latestBy?: Identity; unnamed?: true };
}

/**
 * A record whose item SharePoint files apart from what the record names — under another message id, sender, strategy or
 * time (LoggedItem's filedApart): never the add-in's write, which files every item by its record. Added outside the add-in
 * by the item's creator; on an item its recorder created and someone else changed since, changed outside it by them
 * (T20-10, T21b-3, T21b-4). Undefined for an item filed as the add-in files it, or where the store keeps no item data.
 */
export function keyedApart(record: LoggedContact): WrittenOutside | TouchedOutside | undefined {
  if (!record.item?.filedApart?.length) return undefined;
  const changedBy = changedByAnother(record);
  if (changedBy) return { touchedOutside: { changedBy } };
  const createdBy = record.item.createdBy;
  return { writtenOutside: createdBy ? { createdBy } : {} };
}

/**
 * A record someone other than its recorder created whose only events in her name are from before events named their
 * record (no digest): in doubt, unless SharePoint says she changed the item last (a correction of a colleague's record
 * made before the add-in wrote intents, untouched since: her write, as SharePoint says). Whoever changed it last named.
 */
function unnamed(record: LoggedContact, outside: { createdBy?: Identity }): Act | TouchedOutside | WrittenOutside {
  const changedBy = record.item?.modifiedBy;
  if (changedBy && samePerson(changedBy, recorderOf(record))) return contactAct({ value: record });
  const who = changedBy ?? outside.createdBy;
  return who ? { touchedOutside: { changedBy: who, unnamed: true } } : { writtenOutside: outside };
}

/**
 * What the audit trail should hold for a record as reconcile and records verify read it (without what a correction
 * replaced; with SharePoint's item data where read). Its recorder's own intent to correct it at the record's time, passing
 * the reader's test (correctionBegun), makes it a correction: its event is then the correction's, not a first recording's
 * (T12 #5: someone else's reconcile wrote a lost correction's event as "recorded", and no reader knew the correction).
 * What it replaced is not in the record, so its own event counts by its id, action, author and time (`loose`), and a
 * repair says only what the trail and the record show: who began the correction. An intent that fails the test leaves the
 * record someone else's change (ChangedOutside): nobody's act to write up — the pane names its writer, and so must the trail.
 */
export function expectedContactAct(record: LoggedContact, trail: readonly AuditEvent[]): Act | ChangedOutside | WrittenOutside | TouchedOutside {
  // Filed under another key than the id its record names (a copy keyed apart, T20-10): the trail of that id is another
  // record's, so nothing on it makes this one anybody's — added outside the add-in, or, on an item its recorder created and
  // someone else changed, changed outside it.
  const apart = keyedApart(record);
  if (apart) return apart;
  const usable = trail.filter((e) => !e.edited && !e.unreadable);
  const judged = byItsRecorder(record, usable);
  // Hers by her own word on the trail, and yet not the message's latest decision as the trail names it: put back, or
  // changed since, whoever SharePoint names as its writer (T21b-1, T21b-2, T21b-6).
  return "event" in judged ? (notTheLatest(record, usable) ?? judged) : judged;
}

/** expectedContactAct's judgement of whose act the record is, on her own word on the (usable) trail and SharePoint's. */
function byItsRecorder(record: LoggedContact, usable: readonly AuditEvent[]): Act | ChangedOutside | WrittenOutside | TouchedOutside {
  const begun = correctionBegun(record, usable);
  if (!begun) {
    const act = contactAct({ value: record });
    const hers = usable.filter((e) => vouches(e.author, record.recordedBy));
    // Her events that record this act (her own event, her write-up, or an event of hers of the decision at its time), and
    // whether one names the record as it reads (its digest, T20-2): a record someone else created or changed is hers only so.
    const recording = (events: readonly AuditEvent[]) => events.filter((e) => isRecorded([e], act));
    const namesIt = (events: readonly AuditEvent[]) => events.some((e) => namesRecord(e.recordDigest, record));
    // Its item not created by the recorder as SharePoint says (T18-5): hers only if an event in her own name records it (a
    // correction made before the add-in wrote intents) and names it as it reads; anyone else's event, or a write-up, does
    // not make it hers — nor does her real event on a record it was copied from, moved onto another sender (T20-10).
    const outside = createdByAnother(record);
    if (outside) {
      const own = recording(hers.filter((e) => !e.action.endsWith(" (written later)")));
      if (namesIt(own)) return act;
      return own.length && own.every((e) => !e.recordDigest) ? unnamed(record, outside) : { writtenOutside: outside };
    }
    // Created by her, touched since by another: still hers on her own word naming it as it reads — her event or her own
    // write-up (their digest, T20-2), or her intent to record it (its digest) — whoever touched it (T19-5, T19-6).
    const changedBy = changedByAnother(record);
    if (!changedBy) return act;
    const mine = recording(hers);
    // Her intent counts only as the attempt that created the item (recordingIntent): an abandoned attempt's names a record
    // never written, which anyone may rewrite the item to (T20-5).
    const herWord = namesIt(mine) || namesRecord(recordingIntent(record, hers)?.recordDigest, record);
    // A later correction on the trail, in its corrector's own name, replaced the decision this record reads as: put back
    // through Graph, it is not that decision now (T20-3). The add-in writes a correction's event only after its record.
    const undoneBy = usable.find((e) => e.action.startsWith("corrected (") && vouches(e.author, e.by) && Date.parse(e.at) > Date.parse(record.recordedAt));
    if (undoneBy) return { touchedOutside: { changedBy, undoes: undoneBy.id } };
    if (herWord) return act;
    // Her event written before events named their record (no digest): it cannot say the record reads as she left it (T21).
    return { touchedOutside: { changedBy, ...(mine.length && mine.every((e) => !e.recordDigest) ? { unnamed: true as const } : {}) } };
  }
  const { intent } = begun;
  const act: Act = {
    event: {
      id: `contact:${record.internetMessageId}:corrected:${record.recordedAt}`,
      target: `contact:${record.internetMessageId}`,
      action: intent.action.slice("intent: ".length),
      by: record.recordedBy,
      at: record.recordedAt,
      detail: `Categories now: ${categoriesText(record.categories)}.${decisionExtras(record)} Replaces the decision recorded before it.`,
      // The record as the intent said the correction would leave it: her own event, written later by her, carries it (T12 #4).
      ...(intent.recordDigest ? { recordDigest: intent.recordDigest } : {}),
    },
    kind: "decision",
    sameKind: isContactDecision,
    loose: true,
    begun: `begun by ${record.recordedBy} at ${record.recordedAt} (the intent on this trail names the record it would leave, and the record reads so${record.item?.modifiedBy ? `; SharePoint says ${record.recordedBy} changed its item last` : ""})`,
  };
  // Her own event on the trail: the correction is on record. Touched since by someone else, it is still hers only while it
  // reads as her event's digest says (T12 #4): a correction rewritten through Graph is changed outside the add-in (T20-1),
  // as correctionThroughAddIn (src/policy/evidence-as-judged.ts) judges it for an approval's evidence.
  const event = correctionEvent(record, usable);
  const readsAsHerEvent = event && (!begun.changedBy || namesRecord(event.recordDigest, record));
  return begun.hers || readsAsHerEvent ? act : { changedOutside: begun };
}

/**
 * The audit event for a record as stored. A correction's id carries the time of the
 * correction: a retry of the same correction finds the same stored record and so the same id,
 * while each later correction (even back to an earlier decision) has its own time.
 */
function auditEventFor(stored: Pick<StoredContact, "value" | "replaced">, replacedOutside?: WrittenOutside["writtenOutside"]): AuditEvent {
  const { value: record, replaced } = stored;
  const target = `contact:${record.internetMessageId}`;
  if (!replaced) {
    return {
      id: `${target}:recorded`,
      target,
      action: `recorded (${record.outcome})`,
      by: record.recordedBy,
      at: record.recordedAt,
      detail: record.categories.length ? `Categories: ${record.categories.join(", ")}${decisionExtras(record) ? `.${decisionExtras(record)}` : ""}` : `Nothing unacceptable found.${decisionExtras(record)}`,
      // The record as recorded, every field (its subject, sender, time, evidence, note, strategy), and nothing replaced: a reader
      // knows it for hers after someone else touches the item only while it reads so (T20-2, T21b-5), and a copy moved onto
      // another sender is not (T20-10).
      recordDigest: entryDigest(record, undefined),
      // Whose message it is, in the add-only trail's indexed About column: found from there if its columns move (T21b-3).
      about: record.senderAddress,
    };
  }
  return {
    id: `${target}:corrected:${record.recordedAt}`,
    target,
    action: `corrected (${replaced.outcome} → ${record.outcome})`,
    by: record.recordedBy,
    at: record.recordedAt,
    detail: `Categories: ${categoriesText(replaced.categories)} → ${categoriesText(record.categories)}.${decisionExtras(record)} ${replacedOutside ? replacesOutsideWords(replacedOutside.createdBy, replaced.recordedBy, replaced.recordedAt) : `Replaces the decision ${replaced.recordedBy} recorded at ${replaced.recordedAt}.`}`,
    // The record as corrected, and what it replaced: a reader still knows it for this correction after someone touches the
    // item (T12 #4), and a `replaced` rewritten since is not the correction's (T21b-5).
    recordDigest: entryDigest(record, replaced),
    about: record.senderAddress,
  };
}

/** Sub-types and whether a note was added (the note itself is in the record, not copied into the trail). Empty when neither: older events read as before. */
function decisionExtras(record: ContactDecision): string {
  const subTypes = subTypesKey(record.subTypes);
  return `${subTypes ? ` Sub-types: ${subTypes.replaceAll(";", ", ")}.` : ""}${record.note ? " With a note." : ""}${record.matterDecidedOn ? ` Decision on their matter given on ${record.matterDecidedOn}.` : ""}`;
}

function categoriesText(categories: readonly CategoryId[]): string {
  return categories.length ? categories.join(", ") : "none";
}

function quoteOf(evidence: Classification["findings"][number]["evidence"]): string {
  const parts = evidence.map((e) => (e.kind === "text" ? e.span.text : e.summary));
  return parts.join(" … ").slice(0, 200);
}
