import type { IsoDate, IsoInstant, PriorWarning } from "../strategy";
import type { LetterKind, LetterVariant } from "./kinds";

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

/** The dates written warnings were sent, oldest first (only sent ones: a draft is not a warning given). */
export function warningsSent(letters: readonly LetterRecord[]): IsoDate[] {
  return [...new Set(letters.filter((l) => l.kind === "warning" && l.status === "sent" && l.sentAt).map((l) => l.sentAt!.slice(0, 10)))].sort();
}

/**
 * The written warning on record, as a strategy's `priorWarning` (Gwent 7.0; Warwickshire 6):
 * the latest sent warning letter, with the letter's id as its reference. Undefined when none was sent.
 */
export function priorWarningOnRecord(letters: readonly LetterRecord[]): Extract<PriorWarning, { kind: "given" }> | undefined {
  const latest = letters.filter((l) => l.kind === "warning" && l.status === "sent" && l.sentAt).sort((a, b) => a.sentAt!.localeCompare(b.sentAt!)).at(-1);
  return latest ? { kind: "given", on: latest.sentAt!.slice(0, 10), reference: latest.id } : undefined;
}
