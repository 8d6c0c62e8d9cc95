import type { CategoryId } from "./categories";
import type { ContactRecord } from "./contact";
import { closedBefore, nameOf, samePerson, type DecisionIntent, type Identity, type RecordedDecision } from "./decision";
import { decisionFingerprint } from "./decision-fingerprint";
import type { ContactLogRead, LoggedContact } from "./evidence-contacts";
import type { IsoInstant } from "./strategy";
import { isWriteUpIdOf } from "./write-up-ids";
import { namesRecord, recordDigest } from "./record-digest";

// Where it always was, for its many readers (the approval's own digest stays the record's alone: JudgedContact).
export { recordDigest } from "./record-digest";

/**
 * What an approval rested on, as its authoriser judged it (T11 #3). The ContactLog has no item permissions, so any
 * caseworker may delete or rewrite through Graph a contact an approval rests on — unaudited — and a reader judging the
 * ContactLog as it reads now took the approved restriction out of force for everyone, naming nobody. The authoriser
 * ruled on the evidence she saw (Warwickshire 7: "The decision to restrict contact must be recorded in the case file,
 * with the reasons for doing so clearly articulated"; Gwent 9.0 "The OPCC will record all decisions"), so decide() records
 * each contact as judged on the decision (the Decisions list, which only the authorisers write), and a reader that finds
 * it gone or changed since keeps the approval on that record and says what changed, who and when, where SharePoint says.
 * A correction made through the add-in — its audit event on the contact's trail, by the person SharePoint says changed
 * the item — is judged as corrected, as before (T10 #2): an accountable change of the record, not a silent one. And a
 * contact gone stands as judged only on a decision taken through the add-in (its intent on the trail names it): one
 * written straight into Decisions naming a made-up record of a contact not on record counts for nothing (T10 #2).
 */

/** A contact an approval rests on, as judged: its id, a digest of the whole record, and what the authoriser read of it. */
export interface JudgedContact {
  id: string;
  /** sha256 of the record as read from the ContactLog (its JSON, keys sorted): any later change of it shows. */
  digest: string;
  subject: string;
  categories: CategoryId[];
  /** SharePoint's version of its ContactLog item when judged (1 as created, one more for each change), where the store says. */
  version?: number;
}

/** The add-in's audit event of a caseworker's decision on a contact, or of the intent to correct one (src/app/record-contact.ts), as SharePoint recorded it. */
export interface ContactEvent {
  /** `contact:<id>:recorded`, or `contact:<id>:corrected:<the correction's recordedAt>`, that followed by `:intent:<time>` for its intent. */
  id: string;
  /** Its action: "recorded (…)", "corrected (…)", "intent: corrected (…)". */
  action?: string;
  /** The record as the correction left it, on a correction's event; as it would leave it, on its intent. */
  recordDigest?: string;
  /** SharePoint's `createdBy` and `createdDateTime` of the event. */
  author?: Identity;
  recordedAt?: string;
  /** Its AuditTrail item id: SharePoint allocates them in order (its times are to the second). */
  item?: number;
}

/** A contact an approval rests on that the ContactLog no longer holds as judged, and what the view says of it. */
export interface EvidenceChange {
  id: string;
  message: string;
  /**
   * Corrected through the add-in, and its item changed since by someone else, leaving the record as corrected: judged as
   * corrected (the approval does not stand on it as judged), the later change only named (T12 #4).
   */
  asCorrected?: true;
}

/** The records of the ids that counted, as the approval records them (decide()). */
export function asJudged(records: readonly LoggedContact[], counted: readonly string[]): JudgedContact[] {
  return counted.flatMap((id) => {
    const record = records.find((r) => r.internetMessageId === id);
    const version = record?.item?.version;
    return record ? [{ id, digest: recordDigest(record), subject: record.subject, categories: [...record.categories], ...(version !== undefined ? { version } : {}) }] : [];
  });
}

/**
 * The contacts `decision` rests on (its `evidenceRecords`) that the ContactLog no longer holds as judged — deleted, changed
 * after the approval, or claimed by a second item since — and not corrected through the add-in: the approval stands on
 * each as judged, and each is named. Nothing for a decision that records none (one made before decide() recorded them,
 * judged on the ContactLog as it reads now) or with the ContactLog unread.
 */
export function evidenceChanges(decision: RecordedDecision, log: ContactLogRead | undefined, intents: readonly DecisionIntent[] = []): EvidenceChange[] {
  if (!log || "unreadable" in log || !Array.isArray(decision.evidenceRecords)) return [];
  // Only what decide() recorded is what the authoriser judged: entries on a decision written straight into Decisions may
  // be made up (any digest, any subject), so it is judged on the ContactLog as it reads now, and names nobody (T12 #2).
  if (!takenThroughAddIn(decision, intents)) return [];
  const restsOn = Array.isArray(decision.evidenceContacts) ? decision.evidenceContacts : [];
  // SharePoint's times are to the second, so an edit in the approval's second shows by the item's version, not its time.
  const changedSince = (judged: JudgedContact, now: LoggedContact) =>
    judged.version !== undefined && now.item?.version !== undefined ? now.item.version > judged.version : now.item?.modifiedAt !== undefined && Date.parse(now.item.modifiedAt) > Date.parse(decision.recordedAt);
  const by = nameOf(decision.author);
  return decision.evidenceRecords.flatMap((judged): EvidenceChange[] => {
    // Written straight into Decisions, an entry may be anything: one not shaped as decide() writes it records nothing.
    if (!judged || typeof judged.id !== "string" || typeof judged.digest !== "string" || !Array.isArray(judged.categories) || !restsOn.includes(judged.id)) return [];
    const found = log.records.filter((r) => r.internetMessageId === judged.id);
    const now = found.length === 1 ? found[0]! : undefined;
    if (now && recordDigest(now) === judged.digest && !changedSince(judged, now)) return [];
    const correction = now && correctionThroughAddIn(now, log.events ?? []);
    const name = `“${typeof judged.subject === "string" && judged.subject ? judged.subject : "(no subject)"}” (${judged.id}), recorded as ${words(judged.categories)}, which ${by}'s approval recorded at ${decision.recordedAt} rests on,`;
    if (correction && !correction.touched) return [];
    if (now && correction?.touched) {
      const { touched } = correction;
      const touchedBy = touched.by ? nameOf(touched.by) : "someone SharePoint does not name";
      return [
        {
          id: judged.id,
          asCorrected: true,
          message: `${name} was corrected through the add-in by ${nameOf(correction.by)} at ${now.recordedAt}, and is judged as corrected: it reads ${words(now.categories)}. Its ContactLog item was changed again since, by ${touchedBy}${touched.at ? ` at ${touched.at}` : ""}, outside the add-in, leaving the record as corrected.`,
        },
      ];
    }
    const kept = `The approval is kept in force on the record as ${by} judged it, restrictions and all; an authoriser should review it.`;
    if (!now && found.length === 0) return [{ id: judged.id, message: `${name} was deleted from the ContactLog after the approval (SharePoint does not say by whom or when). ${kept}` }];
    if (!now) return [{ id: judged.id, message: `${name} is now claimed by ${found.length} items of the ContactLog, so which is the record judged cannot be told. ${kept}` }];
    const who = now.item?.modifiedBy ? nameOf(now.item.modifiedBy) : "someone SharePoint does not name";
    const when = now.item?.modifiedAt ? ` at ${now.item.modifiedAt}` : "";
    return [{ id: judged.id, message: `${name} was changed in the ContactLog after the approval, by ${who}${when}, outside the add-in (no correction of it is on record): ${whatChanged(judged, now)}. ${kept}` }];
  });
}

/**
 * The contacts `decision` rests on as judged (taken through the add-in) that were corrected through the add-in since: they
 * are judged by what the correction records (T10 #2), not refused for being changed after they were recorded — the
 * authoriser judged the record before it, so a correction can only take away from it. One that keeps behaviour the
 * approval restricts still shows it; one to nothing unacceptable does not (T12 #3).
 */
export function correctedSinceJudged(decision: RecordedDecision, log: ContactLogRead | undefined, intents: readonly DecisionIntent[] = []): string[] {
  if (!log || "unreadable" in log || !Array.isArray(decision.evidenceRecords) || !takenThroughAddIn(decision, intents)) return [];
  return decision.evidenceRecords.flatMap((judged) => {
    if (!judged || typeof judged.id !== "string") return [];
    const found = log.records.filter((r) => r.internetMessageId === judged.id);
    return found.length === 1 && recordDigest(found[0]!) !== judged.digest && correctionThroughAddIn(found[0]!, log.events ?? []) ? [judged.id] : [];
  });
}

/** A correction made through the add-in that the record as it reads now is: by whom, and who changed its item since, if anyone. */
interface Correction {
  by: Identity;
  touched?: { by?: Identity; at?: IsoInstant };
}

/**
 * The record as it reads now is a correction made through the add-in: the contact's trail holds the add-in's event of
 * that correction (named by the record's time) in the name of the person the record names, and SharePoint says that
 * person changed the item last (the record's word alone, where the store keeps no item data). Changed since by someone
 * else (even a PATCH that changes nothing), it is still that correction if it reads as the correction left it (the
 * digest its event recorded) and no correction was made after it: a touch does not undo it (T12 #4), nor does a record
 * rewritten back to an earlier correction pass for that one.
 *
 * Its own event lost (a 503 after the write, T12 #5), the correction is known by its corrector's intent to make it, in
 * her name, naming the record it would leave (its digest), while SharePoint says she changed the item last and it reads
 * so: her word and SharePoint's, nobody else's. A repair of the event by someone else's reconcile counts for nothing
 * (anyone may add one to the trail), and once someone else has changed the item, SharePoint no longer says whose write
 * the record is — hers, or one through Graph of the record her intent names after her own write failed (T13 #3) — so it
 * is judged as changed outside the add-in, the change named (what stays open of T12 #5: README).
 */
function correctionThroughAddIn(record: LoggedContact, events: readonly ContactEvent[]): Correction | undefined {
  const corrector: Identity = { upn: record.recordedBy, displayName: record.recordedBy };
  const event = correctionEvent(record, events);
  const changedBy = record.item?.modifiedBy;
  const byCorrector = changedLastBy(record, corrector);
  if (!event?.author) {
    const begun = correctionBegun(record, events);
    return begun?.hers ? { by: begun.intent.author } : undefined;
  }
  if (byCorrector) return { by: event.author };
  // Written after it, by SharePoint's item ids where read (its times are to the second), else its times.
  const after = (e: ContactEvent) => (e.item !== undefined && event.item !== undefined ? e.item > event.item : Boolean(e.recordedAt && event.recordedAt && Date.parse(e.recordedAt) > Date.parse(event.recordedAt)));
  const later = events.some((e) => e !== event && e.action?.startsWith("corrected (") && after(e));
  if (!namesRecord(event.recordDigest, record) || later) return undefined;
  return { by: event.author, touched: { by: changedBy, ...(record.item?.modifiedAt ? { at: record.item.modifiedAt } : {}) } };
}

/**
 * The add-in's event of the correction the record reads as (named by its time), in the name SharePoint says wrote it: the
 * person the record names. Its own id held by someone else's item (a note added through Graph, T16-7), she writes it under
 * its write-up's id (src/policy/write-up-ids.ts), "(written later)": that, in her own name, is her event just the same (T17-2).
 */
export function correctionEvent<E extends ContactEvent>(record: LoggedContact, events: readonly E[]): E | undefined {
  const corrector: Identity = { upn: record.recordedBy, displayName: record.recordedBy };
  const target = `contact:${record.internetMessageId}`;
  const hers = (e: E) => e.action?.startsWith("corrected (") && e.author && samePerson(e.author, corrector);
  const own = events.find((e) => e.id === `${target}:corrected:${record.recordedAt}` && hers(e));
  return own ?? events.find((e) => isWriteUpIdOf(e.id, target, record.recordedAt, "decision") && e.action?.endsWith(" (written later)") && hers(e));
}

/**
 * SharePoint says `who` changed the record's item last. A record read with its item (the SharePoint adapter) is hers only
 * when SharePoint names her for that item: with no last writer read for it, whose write it is cannot be told, and it is
 * nobody's correction (T15 #1). A store that keeps no item data (the in-memory one) leaves the record's word.
 */
function changedLastBy(record: LoggedContact, who: Identity): boolean {
  if (!record.item) return true;
  const changedBy = record.item.modifiedBy;
  return changedBy !== undefined && samePerson(changedBy, who);
}

/** The recorder's intent to make the correction a record reads as, and whether the record is that correction on her word. */
export interface CorrectionBegun<E extends ContactEvent = ContactEvent> {
  intent: E & { author: Identity };
  /**
   * The record reads as her intent said the correction would leave it (its digest) and SharePoint says she changed the item
   * it was read from last (changedLastBy; the record's word alone, where the store keeps no item data): her correction,
   * its own event lost (T12 #5).
   * Otherwise the record is someone's change outside the add-in at her correction's time — a Graph write in her name of
   * the record her failed correction named, or of another (T13 #3, T14 #2) — whoever's name it carries.
   */
  hers: boolean;
  /** Who SharePoint says changed the item last, when not her. */
  changedBy?: Identity;
}

/**
 * The test every reader applies to a correction known only by its intent: the pane (correctionThroughAddIn), and reconcile
 * and `records verify` (src/app/records/expected-acts.ts), so the trail never says what the pane denies (T14 #2). Undefined
 * when the record's recorder began no correction at the record's time (its intent's id names that time).
 */
export function correctionBegun<E extends ContactEvent>(record: LoggedContact, events: readonly E[]): CorrectionBegun<E> | undefined {
  const corrector: Identity = { upn: record.recordedBy, displayName: record.recordedBy };
  const prefix = `contact:${record.internetMessageId}:corrected:${record.recordedAt}:intent:`;
  const intent = events.find((e) => e.id.startsWith(prefix) && e.action?.startsWith("intent: corrected (") && e.author && samePerson(e.author, corrector));
  if (!intent?.author) return undefined;
  const changedBy = record.item?.modifiedBy;
  const byCorrector = changedLastBy(record, corrector);
  return { intent: intent as E & { author: Identity }, hers: byCorrector && namesRecord(intent.recordDigest, record), ...(changedBy && !byCorrector ? { changedBy } : {}) };
}

/**
 * The decision was taken through the add-in, whose decide() recorded only records it read from the ContactLog: its
 * author's intent on the strategy's trail (add-only for staff) names it, every field as recorded, before it was recorded.
 * An event closing that intent as "not done" after the decision was recorded does not unmake it: the decision in Decisions
 * disproves "not done" — else any caseworker could, by adding one event (or by moving the step in the strategy item a
 * millisecond and letting reconcile add it), decide that an approval was not taken through the add-in (T12 #1).
 */
function takenThroughAddIn(decision: RecordedDecision, intents: readonly DecisionIntent[]): boolean {
  const fingerprint = decisionFingerprint(decision);
  return intents.some((i) => i.decision === fingerprint && !closedBefore(i, decision) && samePerson(i.author, decision.author) && Date.parse(i.recordedAt) <= Date.parse(decision.recordedAt));
}

function whatChanged(judged: JudgedContact, now: ContactRecord): string {
  const parts: string[] = [];
  const categories = Array.isArray(now.categories) ? now.categories.filter((c) => typeof c === "string") : [];
  if ([...categories].sort().join() !== [...judged.categories].map(String).sort().join()) parts.push(`it now reads ${words(categories)}`);
  if (typeof now.subject === "string" && now.subject !== judged.subject) parts.push(`its subject now reads “${now.subject}”`);
  if (parts.length) return parts.join(", and ");
  return recordDigest(now) === judged.digest ? "its record still reads as judged" : "its record no longer reads as judged";
}

function words(categories: readonly string[]): string {
  return categories.length ? `“${categories.join("”, “")}”` : "nothing unacceptable";
}
