import { sameAddress, spocOf } from "../policy/compose-guard";
import { KIND_WORDS } from "../policy/letters/kinds";
import { letterForm, letterPrepared, type LetterRecord } from "../policy/letters/record";
import type { ContactStrategy } from "../policy/strategy";
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

/** Audit target of a letter: the strategy's own trail when there is one, else the letter's. */
export function letterTarget(record: Pick<LetterRecord, "id" | "strategyId">): string {
  return record.strategyId ? `strategy:${record.strategyId}` : `letter:${record.id}`;
}

/** The id of the audit event that records a letter marked sent: one per letter. */
export const letterSentEventId = (id: string) => `letter:${id}:sent`;

const instant = (at: string) => (Number.isNaN(Date.parse(at)) ? at : new Date(Date.parse(at)).toISOString());

/** The audit event recording a letter marked sent, as the store writes it with the change (and the use case again, the same). */
export function letterSentEvent(sent: LetterRecord): AuditEvent {
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
 * A letter marked sent, with its audit event written by the store in the same call (T8 #6: a `markLetterSent` straight
 * through the store left none). Idempotent: a retry finds the letter sent and writes its event if it is still missing
 * (appending the same event twice stores it once); a letter someone else marked sent is returned as it is — their event
 * is never written in this caller's name (the use case finishes it as a repair: src/app/letters.ts).
 */
export async function markSentAudited(mark: () => Promise<LetterRecord>, appendAudit: CaseStore["appendAudit"], by: string): Promise<LetterRecord> {
  const sent = await mark();
  if (sent.status === "sent" && sent.sentBy && sameAddress(sent.sentBy, by)) await appendAudit(letterSentEvent(sent));
  return sent;
}
