import type { IsoDate } from "../strategy";
import type { LetterKind, LetterVariant } from "./kinds";

/**
 * A letter ready to render: plain strings only (values already made inert), in the order a
 * reader meets them. The Outlook draft and the Word document are both drawn from this, so
 * they say the same thing.
 */
export type LetterBlockOut =
  | { type: "paragraph"; text: string; carries: string[] }
  | { type: "list"; items: string[]; carries: string[] };

export interface Enclosure {
  title: string;
  /** The file to enclose, where the pack has one (`policyDocument.copy`). */
  copy?: { fileName: string; href: string };
  /** Where the document is published. */
  url: string;
}

export interface Letter {
  kind: LetterKind;
  variant?: LetterVariant;
  packId: string;
  packVersion: string;
  letterhead: { lines: string[]; telephone?: string; email?: string; website?: string };
  date: IsoDate;
  /** "25 November 2026". */
  dateText: string;
  recipient: { name: string; address?: string };
  reference?: string;
  subject: string;
  salutation: string;
  blocks: LetterBlockOut[];
  closing: string;
  signature: string[];
  enclosures: Enclosure[];
  /** Ids of the pack's letter elements this letter carries. */
  elements: string[];
}

/** One reason a letter could not be produced: what is missing, and the paragraph that asks for it. */
export interface LetterProblem {
  message: string;
  /** The letter element that cannot be given, when it is one. */
  element?: string;
  policyRef?: string;
}

export type LetterResult = { ok: true; letter: Letter } | { ok: false; problems: LetterProblem[] };
