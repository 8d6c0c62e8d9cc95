import type { ContactRecord } from "../../policy/contact";
import { samePerson } from "../../policy/decision";
import type { ContactStrategy, IsoInstant } from "../../policy/strategy";
import type { AuditEvent } from "../../store/port";
import type { LoggedContact } from "../../policy/evidence-contacts";
import { longDate } from "../../policy/calendar";
import { namedFingerprint } from "../../policy/decision-fingerprint";
import { actWords, begunWords, statusWords } from "../strategy/step-words";
import { isWriteUp, isWriteUpId, repairId } from "./audit-repair";

/**
 * Audit intent first. Before a change to a record, its author writes an intent event (what they
 * are about to do, in their own name, at the change's own time); the change follows, then the
 * event that completes it. Whatever a lost connection or a 503 cuts short, the trail holds
 * evidence of it:
 * - cut before the intent: nothing was written, and the person was told;
 * - cut between the intent and the change: the intent alone says someone began it and it did not
 *   land — `records reconcile` closes it with an event saying so (nothing else to repair);
 * - cut between the change and its event: the record shows it landed — reconcile writes the
 *   missing event (src/app/records/audit-repair.ts), and the intent is then settled.
 * An intent's id carries its time, so a repeat of the same attempt writes it once and a later
 * attempt has its own. A first recording's carries its attempt too (`attempt`): one intent per attempt, naming the record
 * that attempt writes, never one per message that a failed attempt or someone else's item under its id holds (T20-8, -9, -5).
 */
const PREFIX = "intent: ";

/** A first recording's attempt: the act's word (`record`) and a part of its id no one can know before it is written. */
export interface Attempt {
  act: string;
  part: string;
}

export function intentOf(completion: AuditEvent, what: string, attempt?: Attempt): AuditEvent {
  return {
    id: attempt ? `${completion.target}:intent:${attempt.act}:${completion.at}:${attempt.part}` : `${completion.id}:intent:${completion.at}`,
    target: completion.target,
    action: `${PREFIX}${attempt?.act ?? completion.action}`,
    by: completion.by,
    at: completion.at,
    detail: `About to ${what}. “${actWords(completion.action)}” follows when it is done; without it, the change did not land.`,
    // Whose record it is about, as its completion says: found from the trail even if its own event is lost (T21b-3).
    ...(completion.about ? { about: completion.about } : {}),
  };
}

export const isIntent = (event: AuditEvent): boolean => event.action.startsWith(PREFIX) && /:intent:/.test(event.id);

/** A first recording's intent (its attempt's act is "record"), whatever its id: older ones were one per message. */
export const RECORD_INTENT = `${PREFIX}record`;

/**
 * The first recording's intent of the attempt that created the record's ContactLog item, as SharePoint orders them: the last of
 * the recorder's own `intent: record` events SharePoint added no later than it created the item (SharePoint's times, to the
 * second; its AuditTrail item ids, in order, within one). An earlier attempt's intent names a record never written — one
 * that died at the ContactLog write, or was abandoned for another decision — so a rewrite of the item to what it named is
 * not hers (T20-5); a later attempt's finds the item there and writes nothing. Undefined where SharePoint's times are not read.
 */
export function recordingIntent(record: Pick<LoggedContact, "item">, hers: readonly AuditEvent[]): AuditEvent | undefined {
  const created = record.item?.createdAt && Date.parse(record.item.createdAt);
  if (!created) return undefined;
  const before = hers.filter((e) => e.action === RECORD_INTENT && e.recordedAt && Date.parse(e.recordedAt) <= created);
  const order = (e: AuditEvent) => [e.recordedAt ? Date.parse(e.recordedAt) : 0, e.item ?? 0] as const;
  return before.reduce<AuditEvent | undefined>((last, e) => {
    if (!last) return e;
    const [a, b] = [order(last), order(e)];
    return b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]) ? e : last;
  }, undefined);
}

const closingId = (intent: AuditEvent) => `${intent.id}:closed`;

/**
 * What an intent's change is looked for in: the contacts and strategies as read, and — where read — the fingerprints of
 * the decisions recorded in Decisions (which only authorisers write), by strategy id.
 */
export interface LandedIn {
  strategies: readonly ContactStrategy[];
  contacts: readonly ContactRecord[];
  decisions?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Whether the change an intent announced is in the record: a contact that exists (for a correction, its own event on the
 * trail — `trail`, by its author, whatever the record says since: T14 #3 — or the add-in's write-up of it by someone else
 * (writtenUpLater, T15-10), or a record written at or after the intent:
 * a correction whose write failed leaves the record as it was, older, T13 #4), or a strategy step at the intent's time
 * — or the very decision the intent names (its fingerprint) in Decisions: the strategy item is anyone's to edit through
 * Graph, so a step moved by a millisecond there does not make a decision that landed "not done" (T12 #1).
 */
export function landed(intent: AuditEvent, records: LandedIn, trail: readonly AuditEvent[] = []): boolean {
  const action = intent.action.slice(PREFIX.length);
  if (intent.target.startsWith("contact:")) {
    const correcting = action.startsWith("corrected (");
    if (correcting && (completedOnTrail(intent, action, trail) || writtenUpLater(intent, action, trail))) return true;
    return records.contacts.some((c) => `contact:${c.internetMessageId}` === intent.target && (!correcting || !(Date.parse(c.recordedAt) < Date.parse(intent.at))));
  }
  const named = namedFingerprint(intent.detail);
  if (named && records.decisions?.get(intent.target.slice("strategy:".length))?.includes(named)) return true;
  const strategy = records.strategies.find((s) => `strategy:${s.id}` === intent.target);
  const at = Date.parse(intent.at);
  return Boolean(strategy?.history.some((step) => Date.parse(step.at) === at && action === step.type));
}

/**
 * The intent's own completion on the trail: the event whose id is the intent's without its ":intent:" time, with its action,
 * in its author's name (and, where SharePoint says who added each, added by the same person: an event in another's name
 * someone else added completes nothing).
 */
function completedOnTrail(intent: AuditEvent, action: string, trail: readonly AuditEvent[]): boolean {
  const cut = intent.id.lastIndexOf(":intent:");
  if (cut < 0) return false;
  const id = intent.id.slice(0, cut);
  return trail.some((e) => e.id === id && e.action === action && e.by === intent.by && (!e.author || !intent.author || samePerson(e.author, intent.author)));
}

/**
 * The correction's event written later by someone else, as the add-in writes it (ensureAudited when a colleague records the
 * contact after her, or reconcile): under its repair id (the contact, the intent's time, a decision), with its action, in
 * its writer's own name as SharePoint says, added after the intent (by SharePoint's item ids, else its times). The add-in
 * writes one only while SharePoint says the intent's author changed the item last and it reads as her intent named
 * (correctionBegun): it saw her correction land. Her clock may run fast, so a colleague's correction after hers can carry an
 * earlier time than her intent and the record's time proves nothing (T15-10). A later correction's `replaced`, and its
 * event's "Replaces the decision … recorded at …", prove nothing either: they copy the record it replaced, which anyone may
 * write through Graph in her name at her time before correcting it through the add-in (T15-10b).
 */
function writtenUpLater(intent: AuditEvent, action: string, trail: readonly AuditEvent[]): boolean {
  const act = { kind: "decision", event: { target: intent.target, at: intent.at, action } };
  const after = (e: AuditEvent) =>
    e.item !== undefined && intent.item !== undefined ? e.item > intent.item : Boolean(e.recordedAt && intent.recordedAt && Date.parse(e.recordedAt) >= Date.parse(intent.recordedAt));
  return trail.some((e) => isWriteUpId(e.id, act) && isWriteUp(e, act) && after(e));
}

/**
 * Someone else's items holding both ids some writer's write-up of a correction would take — its repair id and that with a
 * writer's address after it (a note, a write-up not in its writer's own name): while they stand, whether the correction
 * landed cannot be told from the trail — a colleague who saw it land could write nothing (T17-5) — so it is not closed
 * "not done" on their account; records verify names them (idTaken). One item on the repair id alone stops no write-up
 * (its writer takes the next id), so an intent under it is closed as before (T15-10c). None when no writer was stopped.
 */
export function writeUpIdsHeld(intent: AuditEvent, trail: readonly AuditEvent[]): AuditEvent[] {
  const action = intent.action.slice(PREFIX.length);
  if (!intent.target.startsWith("contact:") || !action.startsWith("corrected (")) return [];
  const act = { kind: "decision", event: { target: intent.target, at: intent.at, action } };
  const held = trail.filter((e) => isWriteUpId(e.id, act) && !isWriteUp(e, act));
  const repair = repairId(act);
  return held.some((e) => e.id === repair) && held.some((e) => e.id !== repair) ? held : [];
}

/** Intents whose change never landed and that no event has closed yet. */
export function unfinishedIntents(events: readonly AuditEvent[], records: LandedIn): AuditEvent[] {
  const ids = new Set(events.map((e) => e.id));
  return events.filter((e) => isIntent(e) && !ids.has(closingId(e)) && !landed(e, records, events));
}

/** Closes an intent whose change did not land: the trail then says so, in the reconciler's name. */
export function closingEvent(intent: AuditEvent, by: string, now: IsoInstant): AuditEvent {
  const action = intent.action.slice(PREFIX.length);
  return {
    id: closingId(intent),
    target: intent.target,
    action: `not done: ${action}`,
    by,
    at: now,
    detail: `${intent.by} began ${begunWords(action)} at ${intent.at}, but the change did not land (the connection or Microsoft 365 failed between the intent and the change): nothing of it is on the record.`,
  };
}

export function describeUnfinished(intent: AuditEvent): string {
  return `${intent.by} began ${begunWords(intent.action.slice(PREFIX.length))} at ${intent.at}; it did not land, and the trail now says so.`;
}

const CLOSED = /^not done: (.*)$/;

/**
 * An audit event as people read it, wherever the trail is shown (the strategy's page, the subject
 * access document): an intent is "Started: approving" (its wording says what it is for, not what was
 * done: the event that completes it follows); the event reconcile writes for one that never landed, or
 * for a decision never recorded, is "Not completed: approving (settled by reconcile on 3 December 2026)"
 * with its explanation. A strategy's step reads in words ("Sent back to the proposer", never "sendBack");
 * every other event reads as it was written.
 */
export function auditWords(event: AuditEvent): { action: string; detail: string } {
  if (isIntent(event)) return { action: `Started: ${begunWords(event.action.slice(PREFIX.length))}`, detail: "" };
  const closed = CLOSED.exec(event.action);
  if (closed) return { action: `Not completed: ${begunWords(closed[1]!)} (settled by reconcile on ${longDate(event.at)})`, detail: statusWords(event.detail) };
  // An event another person finished later (src/app/records/audit-repair.ts) reads as the act it records.
  const later = /^(.*) \(written later\)$/.exec(event.action);
  if (later) return { action: `${actWords(later[1]!)} (written later)`, detail: statusWords(event.detail) };
  return { action: actWords(event.action), detail: statusWords(event.detail) };
}
