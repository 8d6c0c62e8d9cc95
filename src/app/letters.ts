import type { FileAttachment, MailboxPort } from "../outlook/mailbox";
import { composeLetter, type LetterPerson, type LetterRequest, type StrategyForLetter } from "../policy/letters/compose";
import { KIND_WORDS, type LetterKind } from "../policy/letters/kinds";
import type { Letter, LetterProblem, LetterResult } from "../policy/letters/letter";
import { letterForm, letterTime, type LetterMedium, type LetterRecord } from "../policy/letters/record";
import { letterText } from "../policy/letters/text";
import type { PolicyPack } from "../policy/packs/schema";
import { signInKey } from "../policy/decision";
import { longDate } from "../policy/calendar";
import { foldApostrophes } from "../policy/address";
import type { LoggedContact } from "../policy/evidence-contacts";
import type { GuardedStrategy } from "../policy/compose-guard";
import { letterSenderProblem } from "../policy/letters/who-sends";
import type { ContactStrategy, IsoDate } from "../policy/strategy";
import type { AuditEvent, CaseStore } from "../store/port";
import { ensureAudited } from "./records/audit-repair";
import { adderOf, byCreator, type AddedOutside, type InDoubt } from "./records/added-outside";
import { letterSentEvent, letterTarget, markingBegunAt } from "../store/letter-sender";

/** How far back a warning looks for the behaviour it names: the pane's history window. */
export const WARNING_LOOKBACK_DAYS = 90;

export interface LetterServices {
  pack: PolicyPack;
  store: Pick<CaseStore, "contactsFrom" | "contactsReceived" | "recordLetter" | "markLetterSent" | "appendAudit" | "auditFor" | "auditForTargets">;
  user: { displayName: string; emailAddress: string };
  now: () => Date;
}

/** What a member of staff asks for: a letter about a strategy, or one to a person without one. */
export type LetterAsk =
  | { kind: "warning" | "signposting"; person: LetterPerson & { address: string }; signpost?: string }
  | { kind: "restriction" | "reviewOutcome" | "disputeOutcome"; strategy: StrategyForLetter }
  | { kind: "breach"; strategy: StrategyForLetter; breachOn?: IsoDate };

/**
 * The letter from the pack's template and what is on record: a strategy as given (until the
 * approved snapshot of issue 11 is the one function to read it from), or — for a warning — the
 * contacts a caseworker confirmed from that address in the last 90 days. Refusals name each
 * missing element (src/policy/letters/compose).
 */
export async function prepareLetter(services: LetterServices, ask: LetterAsk): Promise<PreparedLetter> {
  const now = services.now();
  const context = { date: now.toISOString().slice(0, 10), preparedBy: services.user.displayName };
  let request: LetterRequest;
  let leftOut: string | undefined;
  if (ask.kind === "warning") {
    const since = new Date(now.getTime() - WARNING_LOOKBACK_DAYS * 86_400_000).toISOString();
    // A letter to the public cites only its recorders' decisions: a record added outside the add-in in a colleague's name is
    // left out, and the form says so (T19-1); so is one changed outside the add-in since, in doubt (T20-4).
    // Found by the record's own sender as well as by its SenderAddress column, which is anyone's to rewrite outside the
    // record's digest (T21b-3): a record moved off the person is still theirs to cite or to say was left out.
    const address = ask.person.address;
    const [filed, received] = await Promise.all([services.store.contactsFrom(address, since), services.store.contactsReceived({ from: since })]);
    const theirs = received.filter((c) => sameAddress(c.senderAddress, address));
    const { own, addedOutside, inDoubt } = await byCreator(services.store, uniqueItems([...filed, ...theirs]));
    request = { kind: "warning", person: ask.person, contacts: own };
    leftOut = [leftOutWords(addedOutside), inDoubtWords(inDoubt)].filter(Boolean).join(" ") || undefined;
  } else if (ask.kind === "signposting") {
    request = { kind: "signposting", person: ask.person, ...(ask.signpost ? { signpost: ask.signpost } : {}) };
  } else {
    request = ask as LetterRequest;
  }
  const composed = composeLetter(services.pack, request, context);
  if (!leftOut) return composed;
  return composed.ok ? { ...composed, leftOut } : { ok: false, problems: [...composed.problems, { message: leftOut }] };
}

const sameAddress = (a: string, b: string) => foldApostrophes(a).toLowerCase() === foldApostrophes(b).toLowerCase();

/** Records read by two questions, each item once (a copy keyed apart is another item, and kept). */
function uniqueItems(records: readonly LoggedContact[]): LoggedContact[] {
  const seen = new Set<string>();
  return records.filter((r) => {
    const key = JSON.stringify([r.internetMessageId, r.item?.createdAt, r.item?.version, r.item?.filedApart, r.recordedAt]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** A letter as composed, and what it left out that the ContactLog holds (said to whoever prepares it). */
export type PreparedLetter = LetterResult & { leftOut?: string };

/** The records a warning left out for being added outside the add-in, in the words the letter form shows. */
function leftOutWords(outside: readonly AddedOutside[]): string | undefined {
  if (!outside.length) return undefined;
  const by = [...new Set(outside.map(adderOf))].join(", ");
  const n = outside.length === 1 ? "1 record" : `${outside.length} records`;
  return `${n} in the contact log written outside the add-in (by ${by}) ${outside.length === 1 ? "was" : "were"} left out of this letter: ${outside.map((o) => `the message ${o.record.internetMessageId} of ${longDate(o.record.receivedAt.slice(0, 10))}`).join(", ")}. ${outside.length === 1 ? "It is" : "They are"} not the decision of the caseworker named on ${outside.length === 1 ? "it" : "them"}. Tell whoever looks after the records.`;
}

/** The records a warning left out for being changed outside the add-in since they were recorded, in the form's words. */
function inDoubtWords(doubts: readonly InDoubt[]): string | undefined {
  if (!doubts.length) return undefined;
  const by = [...new Set(doubts.map(adderOf))].join(", ");
  const n = doubts.length === 1 ? "1 record" : `${doubts.length} records`;
  return `${n} in the contact log changed outside the add-in (by ${by}) since ${doubts.length === 1 ? "it was" : "they were"} recorded ${doubts.length === 1 ? "was" : "were"} left out of this letter: ${doubts.map((o) => `the message ${o.record.internetMessageId} of ${longDate(o.record.receivedAt.slice(0, 10))}`).join(", ")}. ${doubts.length === 1 ? "It is" : "They are"} in doubt: nothing of the caseworker named on ${doubts.length === 1 ? "it" : "them"} says ${doubts.length === 1 ? "it reads" : "they read"} as they decided. Tell whoever looks after the records.`;
}

/** Who a letter is to, for its record: the strategy's first email address, or the address asked for. */
export function letterAddress(ask: LetterAsk): string {
  if ("person" in ask) return ask.person.address;
  return ask.strategy.addresses.find((a) => a.includes("@")) ?? ask.strategy.addresses[0] ?? "";
}

/**
 * The audit event of a letter drafted, by its preparer, on its trail (the strategy's, or the letter's own): what it was
 * filed under and to whom when it was drafted, which retention holds a letter to (T10 #12: a refiled letter is kept).
 */
export function letterDraftedEvent(stored: LetterRecord): AuditEvent {
  return {
    id: `letter:${stored.id}:drafted`,
    target: letterTarget(stored),
    action: `letter drafted (${KIND_WORDS[stored.kind]}, ${letterForm(stored)})`,
    by: stored.preparedBy,
    at: stored.preparedAt,
    detail: `“${stored.subject}” to ${stored.address || "no address"}, prepared on ${letterTime(stored.preparedAt)}; carries ${stored.elements.join(", ") || "no listed element"}. Letter ${stored.id}.`,
  };
}

/**
 * Records a letter as drafted — on the strategy (its id) or against the address, with its text —
 * and its audit event. Both idempotent on `id` (the caller's, one per letter), so after a failure
 * the same call finishes the job without a second record.
 */
export async function recordDrafted(
  services: LetterServices,
  input: { id: string; letter: Letter; medium: LetterMedium; largePrint?: boolean; address: string; strategyId?: string },
): Promise<LetterRecord> {
  const { letter } = input;
  const record: LetterRecord = {
    id: input.id,
    kind: letter.kind,
    ...(letter.variant ? { variant: letter.variant } : {}),
    ...(input.strategyId ? { strategyId: input.strategyId } : {}),
    address: input.address,
    personName: letter.recipient.name,
    subject: letter.subject,
    medium: input.medium,
    ...(input.largePrint && input.medium !== "wordLargePrint" ? { largePrint: true as const } : {}),
    preparedBy: services.user.emailAddress,
    preparedAt: services.now().toISOString(),
    status: "drafted",
    packId: letter.packId,
    packVersion: letter.packVersion,
    elements: letter.elements,
    text: letterText(letter),
  };
  const { letter: stored, created } = await services.store.recordLetter(record);
  const drafted = letterDraftedEvent(stored);
  // A letter already on record (a retry) may be someone else's: its event is finished, never written in their name.
  if (created) await services.store.appendAudit(drafted);
  else await ensureAudited(services.store, { event: drafted, kind: "drafted", sameKind: (e) => e.id === drafted.id }, services.user.emailAddress, services.now().toISOString());
  return stored;
}

export type MarkSentResult = { ok: true; letter: LetterRecord } | { ok: false; message: string; policyRef: string };

/**
 * "Mark as sent" for a letter to a person whose strategy is in force (`restricted`: its terms, as the compose guard reads
 * them): refused, saying who sends it, when the reader is not the single point of contact (T7 #16); otherwise `markSent`.
 */
export async function markSentBy(services: LetterServices, letter: Pick<LetterRecord, "id" | "strategyId" | "kind">, restricted?: GuardedStrategy): Promise<MarkSentResult> {
  const problem = restricted && letterSenderProblem(services.user.emailAddress, restricted, services.pack);
  if (problem) return { ok: false, ...problem };
  return { ok: true, letter: await markSent(services, letter) };
}

/** A person says the letter went: only then does a warning count as given (the warning-first guard). */
export async function markSent(services: LetterServices, letter: Pick<LetterRecord, "id" | "strategyId" | "kind">): Promise<LetterRecord> {
  // The store writes the event with the change (letterSentEvent); written again here, the same event stores once.
  const sent = await services.store.markLetterSent(letter.id, services.now().toISOString(), services.user.emailAddress);
  const event = letterSentEvent(sent);
  // Marked sent by a colleague first: their event is finished if missing, never written in their name.
  if (signInKey(event.by) === signInKey(services.user.emailAddress)) await services.store.appendAudit(event);
  else await ensureAudited(services.store, { event, kind: "sent", sameKind: (e) => e.id === event.id }, services.user.emailAddress, services.now().toISOString());
  return sent;
}

/**
 * "Finish recording": writes the "letter sent" event a marking left out when its audit write failed (T9 #9) — the
 * same event, under the same id, so a second finish (or a retry of the marking) stores it once. Only the person who
 * marked it sent may: the event is theirs, and a reader counts it only if SharePoint says they wrote it.
 */
export async function finishRecording(services: Pick<LetterServices, "store" | "user">, letter: LetterRecord): Promise<{ ok: true } | { ok: false; message: string }> {
  if (letter.status !== "sent" || !letter.sentBy || signInKey(letter.sentBy) !== signInKey(services.user.emailAddress)) {
    return { ok: false, message: `Only ${letter.sentBy ?? "the person who marked it sent"} can finish recording this letter's marking: the record of it must be theirs.` };
  }
  // Only a marking begun through the add-in, by its marker, for the letter as it now reads: a letter written "sent" in
  // their name outside the add-in (T10 #11), or rewritten since the marking began (T10 #5), is not theirs to vouch for.
  if (!markingBegunAt(letter, await services.store.auditFor(letterTarget(letter)))) {
    return { ok: false, message: "The add-in has no record that you began marking this letter sent, as it now reads, so it cannot finish the record: a letter written as sent outside the add-in, or changed since its marking began, stays in doubt. Tell the records manager." };
  }
  await services.store.appendAudit(letterSentEvent(letter));
  return { ok: true };
}

export type DraftResult = { ok: true; record: LetterRecord; leftOut?: string } | { ok: false; problems: LetterProblem[] };

/**
 * An Outlook draft for a person to read, change and send — never sent by the add-in: the reply
 * form (to the message in hand) or a new message (to the person's address). Recorded first, so
 * a letter never leaves without a record; the enclosed policy is attached by its address.
 */
export async function draftInOutlook(
  services: LetterServices & { mailbox: Pick<MailboxPort, "displayReplyForm" | "displayNewMessageForm"> },
  ask: LetterAsk,
  options: { id: string; reply: boolean; largePrint: boolean; attachmentBase: string },
): Promise<DraftResult> {
  const prepared = await prepareLetter(services, ask);
  if (!prepared.ok) return prepared;
  const { letter } = prepared;
  const address = letterAddress(ask);
  const record = await recordDrafted(services, { id: options.id, letter, medium: options.reply ? "outlookReply" : "outlookNew", largePrint: options.largePrint, address, ...strategyOf(ask) });
  const { letterHtml } = await import("../letters/html");
  const html = letterHtml(letter, { largePrint: options.largePrint });
  const attachments: FileAttachment[] = letter.enclosures.flatMap((e) => (e.copy ? [{ name: e.copy.fileName, url: new URL(e.copy.href, options.attachmentBase).href }] : []));
  if (options.reply) services.mailbox.displayReplyForm(html, attachments);
  else services.mailbox.displayNewMessageForm([address], letter.subject, html, attachments);
  return { ok: true, record, ...(prepared.leftOut ? { leftOut: prepared.leftOut } : {}) };
}

/**
 * The Word letter (standard or large print), with the policy's text included where the letter
 * encloses it. `docx` is loaded here, on demand, never with the pane's first paint.
 */
export async function wordLetter(
  services: LetterServices & { policyCopy: (href: string) => Promise<string> },
  ask: LetterAsk,
  options: { id: string; largePrint: boolean },
): Promise<{ ok: true; record: LetterRecord; bytes: Uint8Array; fileName: string; leftOut?: string } | { ok: false; problems: LetterProblem[] }> {
  const prepared = await prepareLetter(services, ask);
  if (!prepared.ok) return prepared;
  const { letter } = prepared;
  const copy = letter.enclosures.find((e) => e.copy)?.copy;
  const [word, policyText] = await Promise.all([import("../letters/word"), copy ? services.policyCopy(copy.href) : Promise.resolve(undefined)]);
  const bytes = await word.letterDocx(letter, { largePrint: options.largePrint, ...(policyText ? { policyText } : {}) });
  const record = await recordDrafted(services, { id: options.id, letter, medium: options.largePrint ? "wordLargePrint" : "word", address: letterAddress(ask), ...strategyOf(ask) });
  return { ok: true, record, bytes, fileName: word.letterFileName(letter, options.largePrint), ...(prepared.leftOut ? { leftOut: prepared.leftOut } : {}) };
}

function strategyOf(ask: LetterAsk): { strategyId?: string } {
  return "strategy" in ask ? { strategyId: ask.strategy.id } : {};
}

/** The kinds a member of staff may ask for: any person can be warned or signposted; the rest need their strategy. */
export function kindsFor(strategy: Pick<ContactStrategy, "status"> | undefined): LetterKind[] {
  return strategy ? ["restriction", "breach", "reviewOutcome", "disputeOutcome", "warning", "signposting"] : ["warning", "signposting"];
}
