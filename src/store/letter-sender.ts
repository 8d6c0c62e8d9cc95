import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { sameAddress, spocOf } from "../policy/compose-guard";
import { signInKey } from "../policy/decision";
import { KIND_WORDS } from "../policy/letters/kinds";
import { letterForm, letterPrepared, type LetterRecord } from "../policy/letters/record";
import type { ContactStrategy } from "../policy/strategy";
import { isTheEvent, vouches } from "./audit-chain";
import { StoreError, type AuditEvent, type CaseStore, type Versioned } from "./port";

/**
 * Refuses, before the letter is written as sent, a "Mark as sent" by anyone other than the single point of contact of an
 * active (or under review) strategy the letter is about (T8 #6: Casey's own `markLetterSent` through the store marked
 * Sam's letter sent). The same rule as `letterSenderProblem` above it (`markSentBy`), judged here on the strategy's
 * item as stored, since the store has no policy pack: a letter under a proposal (a prior warning) is not refused.
 */
export async function refuseUnlessSpoc(getStrategy: (id: string) => Promise<Versioned<ContactStrategy> | undefined>, letter: LetterRecord, by: string): Promise<void> {
  if (!letter.strategyId || letter.status === "sent") return;
  const strategy = (await getStrategy(letter.strategyId))?.value;
  if (!strategy || (strategy.status !== "active" && strategy.status !== "underReview")) return;
  const spoc = spocOf({ strategyId: letter.strategyId, personName: strategy.person.displayName, restrictions: strategy.restrictions, allowedChannels: strategy.allowedChannels, ...(strategy.singlePointOfContact ? { singlePointOfContact: strategy.singlePointOfContact } : {}) });
  if (spoc && !sameAddress(by, spoc.upn)) {
    throw new StoreError("forbidden", `Only ${spoc.displayName}, the single point of contact, may mark letter ${letter.id} as sent.`);
  }
}

/**
 * Refuses, before anything is written, a "Mark as sent" in anyone's name but the signed-in person's (T9 #12: Casey's own
 * store marked a letter sent "by Morgan", and the letter's own event id was then taken by an event naming Morgan that she
 * wrote). `signedIn` is who the store's token is: SharePoint's `/me`, the memory store's identity. The name must be the
 * address SharePoint will name as the author of the marking's records — its `mail` (a list item's createdBy gives a
 * person's email), else the sign-in — compared as every reader compares them (`signInKey`): a +tag or a display name
 * reaches the same mailbox, but the readers say such a marking is not the person's, so the store refuses it (T10 #9).
 */
export function refuseUnlessSignedIn(id: string, by: string, signedIn: { upn?: string | undefined; mail?: string | undefined }): void {
  const own = signedIn.mail || signedIn.upn;
  if (own && by && signInKey(own) === signInKey(by)) return;
  const form = own && by && sameAddress(own, by) ? ` — write the sign-in address exactly, without a name or a +tag: the records would not read as ${own}'s` : "";
  throw new StoreError("forbidden", `Letter ${id} may be marked sent only in the name of the person signed in (${own || "no one"}), not ${by || "in no one's name"}${form}.`);
}

/** Audit target of a letter: the strategy's own trail when there is one, else the letter's. */
export function letterTarget(record: Pick<LetterRecord, "id" | "strategyId">): string {
  return record.strategyId ? `strategy:${record.strategyId}` : `letter:${record.id}`;
}

/** The id of the audit event that records a letter marked sent: one per letter. */
export const letterSentEventId = (id: string) => `letter:${id}:sent`;

const instant = (at: string) => (Number.isNaN(Date.parse(at)) ? at : new Date(Date.parse(at)).toISOString());

/**
 * A digest of what a letter says and to whom, as it stands (T9 #10: its text, the person's name, its variant or its
 * elements could be rewritten after it was marked sent, and nothing noticed): SHA-256 over its content fields in a fixed
 * order, times as instants. Its status, sentAt and sentBy are not content: the marking is what the event records.
 * SHA-256 from @noble/hashes, as the audit chain's (src/store/audit-chain.ts): synchronous, in the browser and in Node.
 */
export function letterDigest(letter: LetterRecord): string {
  const canonical = JSON.stringify([
    letter.id,
    letter.kind,
    letter.variant ?? null,
    letter.strategyId ?? null,
    letter.address,
    letter.personName,
    letter.subject,
    letter.medium,
    letter.largePrint ?? false,
    letter.preparedBy,
    instant(letter.preparedAt),
    letter.packId,
    letter.packVersion,
    letter.elements,
    letter.text,
  ]);
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonical)))}`;
}

/**
 * When "letter sent" events began to carry the digest (064eb83, landed 09:14:49 UTC): one without it that SharePoint
 * recorded since is no record of the marking (T10 #4: the marker wrote the old form today, and then anyone could rewrite
 * the letter unnoticed).
 */
export const DIGEST_RECORDED_FROM = "2026-12-05T09:15:00.000Z";

/** How the digest is written at the end of a "letter sent" event's detail. */
const DIGEST_WORDS = " What was sent: ";
const DIGEST_AT_END = /^([\s\S]*) What was sent: (sha256:[0-9a-f]{64})\.$/;

/** The audit event recording a letter marked sent, as the store writes it with the change (and the use case again, the same). */
export function letterSentEvent(sent: LetterRecord): AuditEvent {
  const event = markingEvent(sent);
  // An event already under its id, written by the one it names, with the same action (one written before events carried
  // the digest, on a retry after this change) is this marking: appending it again is done, not a conflict.
  return { ...event, detail: `${event.detail}${DIGEST_WORDS}${letterDigest(sent)}.`, sameFact: "sameRecorder" };
}

/**
 * Written before a letter is marked sent, by its marker, at the marking's own time (audit first, as intents are:
 * src/app/records/intent.ts): "about to mark it sent, saying this". If the Letters write then lands and the "letter sent"
 * event does not (T9 #9), SharePoint's time of this one is when the marking began, so the event its marker finishes later
 * does not read as backdated. One per attempt (its time in its id); if Microsoft 365 fails before it, nothing is marked.
 */
export function letterMarkingBegun(sent: LetterRecord): AuditEvent {
  const event = letterSentEvent(sent);
  // Written once (T10 #8): a later marking given this one's time finds it and is refused, rather than taking its date.
  return { id: `${event.id}:begun:${event.at}`, target: event.target, action: `${event.action}, begun`, by: event.by, at: event.at, detail: `About to mark it sent. ${event.detail}`, once: true };
}

/**
 * Written by the store when a marking it began did not land (the Letters write failed, and the letter does not read as
 * marked by it): its "begun" record vouches for no marking (T10 #8 — the letter written "sent" later, at the begun time,
 * and its record "finished", read as marked then). Only its marker's counts: no colleague can void another's marking.
 */
export function letterMarkingNotDone(sent: LetterRecord): AuditEvent {
  const begun = letterMarkingBegun(sent);
  return { id: `${begun.id}:not done`, target: begun.target, action: `${begun.action}, not done`, by: begun.by, at: begun.at, detail: `The marking begun at ${begun.at} did not land: the letter was not marked sent by it. Letter ${sent.id}.` };
}

/** The marking's facts without the digest: what events written before 5 December 2026 hold. */
function markingEvent(sent: LetterRecord): AuditEvent {
  return {
    id: letterSentEventId(sent.id),
    target: letterTarget(sent),
    action: `letter sent (${KIND_WORDS[sent.kind]}, ${letterForm(sent)})`,
    by: sent.sentBy ?? "",
    // As SharePoint's date column gives it back ("…10:00:00Z" reads "…10:00:00.000Z"), so the event read is the event written.
    at: instant(sent.sentAt ?? sent.preparedAt),
    detail: `“${sent.subject}” to ${sent.address}, ${letterPrepared(sent)}. Letter ${sent.id}.`,
  };
}

/**
 * The letter's own "letter sent" event among `events`, as its marker wrote it and unchanged since, and whether the letter
 * still says what it said when marked: `same` (the digest matches), `changed` (it does not: rewritten after marking), or
 * `unrecorded` (an event written before events carried a digest: it vouches for the kind, form, subject, address, who
 * prepared it and when, who marked it and when — not for the words). Undefined when there is no such event.
 */
/**
 * When SharePoint recorded the start of the letter's marking: its "begun" event as its marker wrote it, unchanged, for
 * this letter as it stands and its time. Undefined when there is none (marked before it was written, or not through the store).
 */
export function markingBegunAt(letter: LetterRecord, events: readonly AuditEvent[]): string | undefined {
  const begun = letterMarkingBegun(letter);
  // Not one whose marking its marker's store recorded as not done (T10 #8): that start dates no later marking.
  const voided = letterMarkingNotDone(letter).id;
  if (events.some((e) => e.id === voided && vouches(e.author, begun.by))) return undefined;
  return events.find((e) => e.id === begun.id && !e.edited && isTheEvent(e, begun))?.recordedAt;
}

export function ownSentEvent(letter: LetterRecord, events: readonly AuditEvent[]): { event: AuditEvent; content: "same" | "changed" | "unrecorded" } | undefined {
  const expected = markingEvent(letter);
  const digest = letterDigest(letter);
  for (const event of events) {
    if (event.id !== expected.id || event.edited) continue;
    const split = DIGEST_AT_END.exec(event.detail);
    if (!isTheEvent({ ...event, detail: split ? split[1]! : event.detail }, expected)) continue;
    if (!split && !(Date.parse(event.recordedAt ?? "") < Date.parse(DIGEST_RECORDED_FROM))) continue;
    return { event, content: !split ? "unrecorded" : split[2] === digest ? "same" : "changed" };
  }
  return undefined;
}

/**
 * A letter marked sent, with its audit event written by the store in the same call (T8 #6: a `markLetterSent` straight
 * through the store left none). Idempotent: a retry finds the letter sent and writes its event if it is still missing
 * (appending the same event twice stores it once); a letter someone else marked sent is returned as it is — their event
 * is never written in this caller's name (the use case finishes it as a repair: src/app/letters.ts).
 */
export async function markSentAudited(mark: () => Promise<LetterRecord>, appendAudit: CaseStore["appendAudit"], by: string): Promise<LetterRecord> {
  const sent = await mark();
  if (sent.status === "sent" && sent.sentBy && signInKey(sent.sentBy) === signInKey(by)) {
    try {
      await appendAudit(letterSentEvent(sent));
    } catch (error) {
      throw new SentNotRecorded(sent, error);
    }
  }
  return sent;
}

/**
 * The letter is marked sent, but its "letter sent" event was not written (T9 #9: the pane said "The letter was not
 * prepared"): every reader says it is in doubt until its marker finishes recording it — the same event, the same id
 * (src/app/letters.ts `finishRecording`; the pane's "Finish recording"). Saying "not marked" would be wrong, and so would "done".
 */
export class SentNotRecorded extends StoreError {
  readonly partly = true;
  constructor(
    readonly letter: LetterRecord,
    cause: unknown,
  ) {
    super(
      cause instanceof StoreError ? cause.code : "unavailable",
      cause instanceof StoreError && cause.code === "conflict"
        ? // Another's event holds the record's id (T10 #3): finishing cannot write it either, so nobody is told to try.
          `The letter is marked sent, but its audit record could not be written: ${cause.message}`
        : `The letter is marked sent, but the audit record of its marking was not written, so it reads as in doubt until it is. Choose “Finish recording” under it to write that record: nothing is recorded twice.`,
      cause,
    );
  }
}
