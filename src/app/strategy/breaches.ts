import type { AuditEvent, CaseStore } from "../../store/port";
import type { IsoInstant, Refusal } from "../../policy/strategy";
import type { PolicyPack } from "../../policy/packs/schema";
import { cite } from "../../policy/packs/cite";
import { longDate } from "../../policy/calendar";
import { emptyNote, MIN_NOTE_LETTERS } from "../../policy/note-says";
import { staffName } from "./sent-back";
import { fold } from "../../policy/text/normalise";

/**
 * Whether a description is made of words (T8 #5: "x x x x x x x x x x", "aaaaa aaaaa", "asdf asdf asdf", "blah blah blah"
 * passed the letter count): at least three different words, as a reader sees them (text/normalise.ts `fold`), of which
 * at least two are real words — letters only, three or more, with a vowel, not one letter repeated. No list of banned strings.
 */
function saysSomething(what: string): boolean {
  const words = new Set(fold(what.normalize("NFKC")).text.match(/[\p{L}\p{N}]+/gu) ?? []);
  const real = [...words].filter((w) => w.length >= 3 && /^\p{L}+$/u.test(w) && /[aeiouy]/.test(w) && !/^(.)\1+$/u.test(w));
  return words.size >= 3 && real.length >= 2;
}

/** A message id as the store keys it: trimmed, and without regard to case (SharePoint compares its EventKey so). */
const messageKey = (id: string) => id.trim().toLowerCase();

/** A breach of a strategy: contact outside its terms, recorded against it (Warwickshire 7; Gwent 9.0 "record all decisions"). */
export interface Breach {
  id: string;
  strategyId: string;
  at: IsoInstant;
  by: string;
  what: string;
  internetMessageId?: string;
}

export const BREACH_ACTION = "breach";

export type BreachResult = { ok: true; breach: Breach } | Refusal;

/**
 * Records a breach in the strategy's audit trail (add-only). Idempotent on the message, when there is one (the pane and
 * the flagger may both see it), else on the time. Refused, as a value, when the description says nothing a reviewer
 * could check (T7 #7: "x" was logged; a breach goes to the board's figures and to the strategy's review — Warwickshire
 * 7.1, and 7: reasons "clearly articulated"), and when another breach is already logged for the same message: one
 * message is one breach on the record, so the board never counts it twice whoever logged it (the pane or the flagger),
 * and the store would otherwise keep the first silently while the second was said to be logged.
 */
export async function recordBreach(store: Pick<CaseStore, "appendAudit" | "auditFor">, pack: Pick<PolicyPack, "recordKeeping">, breach: Omit<Breach, "id">): Promise<BreachResult> {
  const what = breach.what.trim();
  const policyRef = cite(pack.recordKeeping.source);
  if (emptyNote(what, "breach breached strategy what happened") !== undefined || !saysSomething(what)) {
    return { ok: false, code: "reasonMissing", message: `Say what the breach was, in your own words (at least ${MIN_NOTE_LETTERS} letters) in three different words or more: what the person did that the strategy does not allow. It goes on the record, the board's figures and the strategy's review; “x” or “blah blah blah” says nothing anyone could check.`, policyRef };
  }
  // The id as the store keys it (T8 #5: " <id>" and "<ID>" were a second breach, or said logged while the store kept the first).
  const internetMessageId = breach.internetMessageId?.trim() || undefined;
  if (internetMessageId) {
    const logged = breachesIn(await store.auditFor(`strategy:${breach.strategyId}`), breach.strategyId).find((b) => b.internetMessageId !== undefined && messageKey(b.internetMessageId) === messageKey(internetMessageId));
    // The same breach again (the pane and the flagger may both see it): what is on record is the answer, nothing is written.
    if (logged && logged.what === what) return { ok: true, breach: logged };
    if (logged) {
      return {
        ok: false,
        code: "breachAlreadyLogged",
        message: `A breach is already logged for this message: “${logged.what}” (by ${staffName(logged.by)}, ${longDate(logged.at)}). One message is one breach on the record, so it is counted once; nothing more was logged. Say anything more about it in the strategy's review.`,
        policyRef,
      };
    }
  }
  // A breach with no message (a phone call, a visit) is keyed on its time: each is its own breach.
  const recorded = { strategyId: breach.strategyId, at: breach.at, by: breach.by, what, ...(internetMessageId ? { internetMessageId } : {}) };
  const event = breachEvent(recorded);
  await store.appendAudit(event);
  return { ok: true, breach: { ...recorded, id: event.id } };
}

/** The audit event a breach is recorded as: one per message per strategy, whoever records it (the pane or the flagger). */
export function breachEvent(breach: Omit<Breach, "id">): AuditEvent {
  const messageId = breach.internetMessageId?.trim() || undefined;
  const id = `strategy:${breach.strategyId}:breach:${messageId ? messageKey(messageId) : breach.at}`;
  const detail = messageId ? `${breach.what.trim()} (message ${messageId})` : breach.what.trim();
  return { id, target: `strategy:${breach.strategyId}`, action: BREACH_ACTION, by: breach.by, at: breach.at, detail, sameFact: true };
}

/** The breaches among a strategy's audit events, oldest first. */
export function breachesIn(events: readonly AuditEvent[], strategyId: string): Breach[] {
  return events
    .filter((e) => e.action === BREACH_ACTION && e.target === `strategy:${strategyId}`)
    .map((e) => {
      const message = /\(message (.+)\)$/.exec(e.detail)?.[1];
      return { id: e.id, strategyId, at: e.at, by: e.by, what: message ? e.detail.replace(/ \(message .+\)$/, "") : e.detail, ...(message ? { internetMessageId: message } : {}) };
    });
}
