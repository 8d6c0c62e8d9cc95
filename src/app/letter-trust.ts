import { sameAddress, spocOf } from "../policy/compose-guard";
import { letterDay, letterTime, type LetterRecord } from "../policy/letters/record";
import type { StaffMember } from "../policy/restrictions";
import type { ContactStrategy, IsoDate } from "../policy/strategy";
import { letterSentEvent, letterSentEventId, letterTarget, markingBegunAt, ownSentEvent } from "../store/letter-sender";
import { proposalsIn, type AuditEvent, type CaseStore } from "../store/port";
import { nameOf } from "../policy/decision";
import { vouches } from "../store/audit-chain";
import { CLOCK_SKEW_MS } from "./alert-record";
import { repairId } from "./records/audit-repair";

/**
 * Why a letter on record as sent may not have been sent as the record says (T8 #1, #6). The Letters list's `status`,
 * `sentAt` and `sentBy` are whatever the writer put there (anyone who may add a letter may write one "sent", or mark one
 * sent through the store, backdated): a reader trusts them only as far as the audit trail and the letter itself bear
 * them out.
 * - `notAudited`: no audit event records it being marked sent (the store writes one with the change, and "Mark as
 *   sent" again: src/store/letter-sender.ts) — it was written "sent", or marked sent, outside the add-in.
 * - `misdated`: sent before it was prepared, in the future, or at a time SharePoint's own record of the marking
 *   contradicts (backdated or dated ahead by more than clocks differ).
 * - `notBySpoc`: under a strategy that names a single point of contact, marked sent (after it was approved) by someone else
 *   (Warwickshire 7 SPOC; Gwent 8.0).
 * - `altered`: its words, the person's name, its variant or its elements are not what its marking's event recorded as
 *   sent (the event's digest, src/store/letter-sender.ts `letterDigest`): rewritten after it was marked sent (T9 #10).
 */
export type SentDoubtKind = "notAudited" | "misdated" | "notBySpoc" | "altered";
export interface SentDoubt {
  kind: SentDoubtKind;
  message: string;
}

export interface SentContext {
  now: Date;
  /** The single point of contact of the strategy the letter is about, from when (the approval) only they send to the person. */
  spoc?: { member: StaffMember; from?: string };
}

export function sentDoubts(letter: LetterRecord, events: readonly AuditEvent[], context: SentContext): SentDoubt[] {
  if (letter.status !== "sent") return [];
  const doubts: SentDoubt[] = [];
  const sentAt = letter.sentAt ?? "";
  const sent = Date.parse(sentAt);
  if (!letter.sentBy || Number.isNaN(sent)) {
    doubts.push({ kind: "notAudited", message: `It is recorded as sent without ${letter.sentBy ? "a time" : "who sent it"}: it was not marked sent through the add-in.` });
    return doubts;
  }
  if (sent < Date.parse(letter.preparedAt)) doubts.push({ kind: "misdated", message: `It is marked sent on ${letterTime(sentAt)}, before it was prepared (${letterTime(letter.preparedAt)}).` });
  else if (sent > context.now.getTime() + CLOCK_SKEW_MS) doubts.push({ kind: "misdated", message: `It is marked sent on ${letterTime(sentAt)}, which is still to come.` });
  const event = letterSentEvent(letter);
  const found = ownSentEvent(letter, events);
  const own = found?.event;
  // Only the marker's own event vouches for the marking (T9 #1): a "repair" event under the act's id is one colleague's word
  // about another's act — anyone may append one, and the product's own markSent writes one when a caseworker re-marks a letter
  // someone else is on record as sending — so it never stands for the marking.
  if (!own) {
    const repaired = events.some((e) => e.id === repairId({ event, kind: "sent" }));
    // Someone else's event under the id the marking's record takes (T10 #3): its record cannot be written while it is
    // there, so say whose it is — the marker did not fail to finish it.
    const squat = events.find((e) => e.id === event.id && !vouches(e.author, letter.sentBy!));
    doubts.push({
      kind: "notAudited",
      message: squat
        ? `No audit event written by ${letter.sentBy} records marking it sent: the record of its marking (“${event.id}”${squat.target !== event.target ? `, filed on ${squat.target}` : ""}) is held by an event ${squat.author ? nameOf(squat.author) : "nobody SharePoint names"} wrote${squat.by && !vouches(squat.author, squat.by) ? ` naming ${squat.by}` : ""}${squat.recordedAt ? ` at ${squat.recordedAt}` : ""} (“${squat.action}”), so ${letter.sentBy}'s own record cannot be written under it.`
        : repaired
        ? `No audit event written by ${letter.sentBy} records marking it sent; only a later note by someone else says so.`
        : `No audit event records ${letter.sentBy} marking it sent: it was written as sent, or marked sent, outside the add-in, or the add-in's record of the marking failed and ${letter.sentBy} has not finished it.`,
    });
  } else {
    // When SharePoint recorded the marking: its event, or the start its marker recorded before it (an event finished later, T9 #9).
    const recorded = [markingBegunAt(letter, events), own.recordedAt].find((at) => at && Math.abs(sent - Date.parse(at)) <= CLOCK_SKEW_MS) ?? own.recordedAt;
    if (recorded && Math.abs(sent - Date.parse(recorded)) > CLOCK_SKEW_MS) {
      doubts.push({ kind: "misdated", message: `It is marked sent on ${letterTime(sentAt)}, but the marking was recorded on ${letterTime(recorded)}: ${sent < Date.parse(recorded) ? "backdated" : "dated ahead"}.` });
    }
  }
  if (found?.content === "changed") {
    doubts.push({ kind: "altered", message: "It was changed after it was marked sent: its words, the person's name, its variant or its elements are not what the record of its marking says was sent." });
  }
  const spoc = context.spoc;
  if (spoc && !sameAddress(letter.sentBy, spoc.member.upn) && (!spoc.from || sent >= Date.parse(spoc.from))) {
    doubts.push({ kind: "notBySpoc", message: `It was marked sent by ${letter.sentBy}, not by ${spoc.member.displayName}, the single point of contact, who alone writes to the person.` });
  }
  return doubts;
}

/** A letter and why it is in doubt (nothing when it is not). */
export interface JudgedLetter {
  letter: LetterRecord;
  doubts: SentDoubt[];
  /** What a letter not in doubt was judged on, when that is less than its content: marked sent before the event carried a digest of it. */
  judgedOn?: string;
  /**
   * Sent, nothing at all under its own event's id, and its marker's record that the marking began for the letter as it now
   * reads: a marking whose audit write failed, which its marker may finish (T9 #9). A letter written "sent" outside the
   * add-in (T10 #11), or changed since its marking began (T10 #5), has no such record and is not offered.
   */
  eventMissing?: true;
}

/** Said of a sent letter whose marking's event predates the digest of what was sent (T9 #10): what it was judged on. */
export const UNRECORDED_CONTENT = "Marked sent before the add-in recorded what each letter said: judged on its kind, form, subject, address, who prepared it and when, and who marked it sent and when, not on its words.";

/** `judgedOn` for a sent letter: said when its own event vouches for the marking but not for the words. */
export function judgedOnWords(letter: LetterRecord, events: readonly AuditEvent[]): string | undefined {
  return letter.status === "sent" && ownSentEvent(letter, events)?.content === "unrecorded" ? UNRECORDED_CONTENT : undefined;
}

/** The letters with the audit events of their targets (one read per target), each judged. */
export async function judgeLetters(store: Pick<CaseStore, "auditForTargets">, letters: readonly LetterRecord[], context: (letter: LetterRecord) => SentContext): Promise<JudgedLetter[]> {
  const sent = letters.filter((l) => l.status === "sent");
  const targets = [...new Set(sent.map(letterTarget))];
  const read = targets.length ? await store.auditForTargets(targets) : [];
  const events = new Map(targets.map((t, i) => [t, read[i] ?? []]));
  return letters.map((letter) => {
    const trail = events.get(letterTarget(letter)) ?? [];
    const judgedOn = judgedOnWords(letter, trail);
    const missing = letter.status === "sent" && !trail.some((e) => e.id === letterSentEventId(letter.id)) && markingBegunAt(letter, trail) !== undefined;
    return { letter, doubts: sentDoubts(letter, trail, context(letter)), ...(judgedOn ? { judgedOn } : {}), ...(missing ? { eventMissing: true as const } : {}) };
  });
}

/** The warning letters sent to a person, as a proposal's approval reads them: which count, and why the others do not. */
export interface WarningLetters {
  /** Days a warning letter that counts was sent on, oldest first: each letter's day in the UK (`letterDay`). */
  counted: IsoDate[];
  /** The letter that counts for each day (the decision names the one it rests on). */
  countedLetters: LetterRecord[];
  /** Warning letters on record as sent that do not count, each with why. */
  doubted: Array<{ letter: LetterRecord; on: IsoDate; why: string[] }>;
}

/**
 * The warning letters on record as sent to any of a proposed strategy's addresses, judged for its approval (T8 #1;
 * Warwickshire 6: a written warning before restricting). One counts as "a warning letter sent on record" only if it is
 * trustworthy as read: marked sent through the audited path, not before it was prepared nor in the future nor backdated,
 * and by someone other than the proposer — the single point of contact the proposal names, or an authoriser. Otherwise
 * the authoriser must check the case file (the tick), and is told why the letter did not count.
 */
export async function warningLettersFor(
  store: Pick<CaseStore, "lettersFor" | "auditForTargets">,
  strategy: Pick<ContactStrategy, "id" | "addresses" | "proposedBy" | "restrictions" | "singlePointOfContact" | "allowedChannels" | "person" | "approvedAt">,
  judge: { now: Date; isAuthoriser: (upn: string) => boolean; proposers?: readonly string[] },
): Promise<WarningLetters> {
  const found = (await Promise.all(strategy.addresses.map((address) => store.lettersFor({ address })))).flat();
  const letters = [...new Map(found.filter((l) => l.kind === "warning" && l.status === "sent").map((l) => [l.id, l])).values()];
  const judged = await judgeLetters(store, letters, () => ({ now: judge.now }));
  const spoc = spocContext(strategy)?.member;
  // The proposer as SharePoint recorded who wrote the proposal on the trail, beside the item's word (T9 #4: anyone may
  // rewrite the item's proposedBy and history through Graph and so make the proposer's own letter count).
  const [trail = []] = await store.auditForTargets([`strategy:${strategy.id}`]);
  const proposals = proposalsIn(trail).filter((p) => p.kind === "propose");
  const recorded = proposals.flatMap((p) => (p.author.upn ? [p.author.upn] : []));
  const proposers = [...(strategy.proposedBy ? [strategy.proposedBy] : []), ...(judge.proposers ?? []), ...recorded];
  // When it was proposed, as SharePoint recorded the latest proposal: the warning the proposal says was given came before it
  // (T9 #5; Warwickshire 6: the person is given the chance to change their behaviour before restriction is decided).
  const proposedAt = proposals.map((p) => Date.parse(p.recordedAt)).filter((t) => !Number.isNaN(t)).sort((a, b) => a - b).at(-1);
  const result: WarningLetters = { counted: [], countedLetters: [], doubted: [] };
  for (const { letter, doubts } of judged) {
    const on = letterDay(letter);
    const why = doubts.map((d) => d.message);
    const by = letter.sentBy ?? "";
    // The list's Address column is what the lookup keys on, and anyone may edit it: the letter itself must be to this person (T9 #2).
    if (!strategy.addresses.some((a) => sameAddress(a, letter.address))) why.push(`It is a letter to ${letter.address}, not to ${strategy.person.displayName}: it was filed under this person's address after it was written.`);
    if (proposedAt !== undefined && Date.parse(letter.sentAt ?? "") > proposedAt + CLOCK_SKEW_MS) {
      why.push(`It was sent on ${letterTime(letter.sentAt!)}, after this strategy was proposed (${letterTime(new Date(proposedAt).toISOString())}): a warning given after restriction was proposed left the person no chance to change first.`);
    }
    if (by && proposers.some((p) => sameAddress(p, by))) why.push(`It was marked sent by ${by}, who proposed this strategy: the proposer's own record cannot vouch for the warning.`);
    else if (by && !(spoc && sameAddress(by, spoc.upn)) && !judge.isAuthoriser(by)) why.push(`It was marked sent by ${by}, who is neither the single point of contact this proposal names nor an authoriser.`);
    if (why.length) result.doubted.push({ letter, on, why });
    else {
      result.counted.push(on);
      result.countedLetters.push(letter);
    }
  }
  result.counted = [...new Set(result.counted)].sort();
  return result;
}

/**
 * Whom letters about a strategy must have been marked sent by, as a reader of the record judges it: the single point of
 * contact of the terms in force, from the approval they rest on (a letter marked sent before it, a prior warning, is
 * anyone's). Undefined when nothing is in force or the terms name none.
 */
export function spocContext(strategy: Pick<ContactStrategy, "id" | "person" | "restrictions" | "allowedChannels" | "singlePointOfContact" | "approvedAt"> | undefined): SentContext["spoc"] {
  if (!strategy) return undefined;
  const member = spocOf({ strategyId: strategy.id, personName: strategy.person.displayName, restrictions: strategy.restrictions, allowedChannels: strategy.allowedChannels, ...(strategy.singlePointOfContact ? { singlePointOfContact: strategy.singlePointOfContact } : {}) });
  return member ? { member, ...(strategy.approvedAt ? { from: strategy.approvedAt } : {}) } : undefined;
}

/** "In doubt: …" — a sent letter's doubts as one line people read, or undefined when there are none. */
export function doubtWords(doubts: readonly SentDoubt[]): string | undefined {
  return doubts.length ? `In doubt: ${doubts.map((d) => d.message).join(" ")}` : undefined;
}
