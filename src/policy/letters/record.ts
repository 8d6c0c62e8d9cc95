import { longTime, ukDay } from "../calendar";
import type { IsoDate, IsoInstant, PriorWarning } from "../strategy";
import { KIND_WORDS, type LetterKind, type LetterVariant } from "./kinds";

/** How a letter went out of the add-in: as an Outlook draft, or as a Word document to print or attach. */
export const LETTER_MEDIA = ["outlookReply", "outlookNew", "word", "wordLargePrint"] as const;
export type LetterMedium = (typeof LETTER_MEDIA)[number];

/**
 * A letter the office prepared, as recorded (Gwent 9.0 "record all decisions"; Warwickshire 6
 * "ensure details are recorded"). Kept on the strategy it is about, or — for a warning or a
 * signposting letter to someone without one — against the address it went to, so a later
 * proposal finds the warning, and a subject access request finds the letter (Warwickshire 9).
 *
 * The add-in opens drafts and writes documents; a person checks and sends them. So a letter
 * is `drafted` until a person says it was sent, and only a sent warning counts as given.
 */
export interface LetterRecord {
  /** Chosen by the caller once per letter: recording it again stores it once. */
  id: string;
  kind: LetterKind;
  variant?: LetterVariant;
  strategyId?: string;
  /** Normalised address of the person it is to. */
  address: string;
  personName: string;
  subject: string;
  medium: LetterMedium;
  /** An Outlook draft written in large print (16 pt); a Word document says so by its medium ("wordLargePrint"). */
  largePrint?: true;
  preparedBy: string;
  preparedAt: IsoInstant;
  status: "drafted" | "sent";
  sentAt?: IsoInstant;
  sentBy?: string;
  packId: string;
  packVersion: string;
  /** The pack's letter elements it carried. */
  elements: string[];
  /** The letter as prepared, in plain text: what the office holds and would disclose. */
  text: string;
}

/** How a letter went out, as staff say it. */
const MEDIUM_WORDS: Readonly<Record<LetterMedium, string>> = {
  outlookReply: "Outlook reply",
  outlookNew: "Outlook message",
  word: "Word document",
  wordLargePrint: "Word document, large print",
};

/**
 * Which form of the letter this is — "Outlook reply", "Outlook message, large print", "Word document, large print" — so
 * that letters of one kind prepared the same day can be told apart (T5 finding 10: four were one line each).
 */
export function letterForm(letter: Pick<LetterRecord, "medium" | "largePrint">): string {
  return `${MEDIUM_WORDS[letter.medium]}${letter.largePrint && letter.medium !== "wordLargePrint" ? ", large print" : ""}`;
}

/** A time as staff in England and Wales read it: "4 December 2026 at 20:51" (UK time). */
export const letterTime = (at: IsoInstant) => longTime(at);

/**
 * The day a letter was sent (prepared, while it is not), as every reader dates it: its calendar day in the UK, the day
 * shown beside its time (T9 #11: the approval counted a warning marked at 00:30 on 15 June, summer time, for 14 June, and
 * one written "…00:30+01:00" for the 15th).
 */
export const letterDay = (letter: Pick<LetterRecord, "sentAt" | "preparedAt">): IsoDate => ukDay(letter.sentAt ?? letter.preparedAt);

/** "prepared by casey.worker@… on 4 December 2026 at 20:51": with its form, what tells one letter of a kind from another. */
export function letterPrepared(letter: Pick<LetterRecord, "preparedBy" | "preparedAt">, name: (address: string) => string = (a) => a): string {
  return `prepared by ${name(letter.preparedBy)} on ${letterTime(letter.preparedAt)}`;
}

/**
 * One letter on record as a line people read: its kind (and outcome), its form, who prepared it and when, and whether it
 * was sent — "Contact strategy letter (Outlook message, large print), prepared by Casey Worker on 4 December 2026 at
 * 20:51: drafted, not yet marked sent". `name` gives a person's name from their address where it is known.
 */
export function describeLetter(letter: LetterRecord, name: (address: string) => string = (a) => a): string {
  const kind = KIND_WORDS[letter.kind];
  const what = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}${letter.variant ? `, ${letter.variant}` : ""} (${letterForm(letter)})`;
  const state = letter.status === "sent" ? `sent${letter.sentBy ? ` by ${name(letter.sentBy)}` : ""} on ${letterTime(letter.sentAt ?? letter.preparedAt)}` : "drafted, not yet marked sent";
  return `${what}, ${letterPrepared(letter, name)}: ${state}`;
}

/** The dates written warnings were sent, oldest first (only sent ones: a draft is not a warning given). */
export function warningsSent(letters: readonly LetterRecord[]): IsoDate[] {
  return [...new Set(letters.filter((l) => l.kind === "warning" && l.status === "sent" && l.sentAt).map(letterDay))].sort();
}

/**
 * The written warning on record, as a strategy's `priorWarning` (Gwent 7.0; Warwickshire 6):
 * the latest sent warning letter, with the letter's id as its reference. Undefined when none was sent.
 */
export function priorWarningOnRecord(letters: readonly LetterRecord[]): Extract<PriorWarning, { kind: "given" }> | undefined {
  const latest = letters.filter((l) => l.kind === "warning" && l.status === "sent" && l.sentAt).sort((a, b) => Date.parse(a.sentAt!) - Date.parse(b.sentAt!)).at(-1);
  return latest ? { kind: "given", on: letterDay(latest), reference: latest.id } : undefined;
}
