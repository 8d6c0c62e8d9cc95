import { LETTER_KINDS, type LetterKind } from "./kinds";

/**
 * Typed merge fields: the only names a template may use, in `{{double braces}}`. Each has a
 * type (a list stands alone as its own paragraph; text and dates sit inside a sentence) and
 * the kinds of letter that have a value for it, so a template asking for a review date in a
 * signposting letter is refused when the pack loads, not when a letter goes out.
 */
export type FieldType = "text" | "date" | "list";

interface FieldSpec {
  type: FieldType;
  kinds: readonly LetterKind[];
  /** What the value is, for a message that names a missing one ("needs the review date"). */
  words: string;
}

const ALL = LETTER_KINDS;
const STRATEGY_KINDS = ["restriction", "breach", "reviewOutcome", "disputeOutcome"] as const satisfies readonly LetterKind[];

export const MERGE_FIELDS = {
  personName: { type: "text", kinds: ALL, words: "the person's name" },
  officeName: { type: "text", kinds: ALL, words: "the office's name" },
  date: { type: "date", kinds: ALL, words: "the date of the letter" },
  reference: { type: "text", kinds: ALL, words: "the case reference" },
  policyTitle: { type: "text", kinds: ALL, words: "the policy's title" },
  behaviour: { type: "list", kinds: ["warning", "restriction"], words: "the behaviour recorded" },
  advice: { type: "list", kinds: ["warning"], words: "how the person can change each behaviour recorded" },
  contacts: { type: "list", kinds: ["warning"], words: "the contacts recorded with that behaviour" },
  responseDays: { type: "text", kinds: ["warning", "breach"], words: "the office's response time" },
  reasons: { type: "text", kinds: STRATEGY_KINDS, words: "the reasons recorded for the strategy" },
  restrictions: { type: "list", kinds: ["restriction", "breach", "reviewOutcome"], words: "the strategy's restrictions" },
  howToContact: { type: "text", kinds: STRATEGY_KINDS, words: "how the person may still contact the office" },
  reviewDate: { type: "date", kinds: ["restriction", "breach", "reviewOutcome"], words: "the review date" },
  startedOn: { type: "date", kinds: STRATEGY_KINDS, words: "the date the strategy was approved" },
  warningDate: { type: "date", kinds: ["restriction"], words: "the date of the written warning" },
  breachDate: { type: "date", kinds: ["breach"], words: "the date of the contact that broke the strategy" },
  disputeTo: { type: "text", kinds: ["restriction", "reviewOutcome", "disputeOutcome"], words: "who hears a dispute" },
  outcomeReason: { type: "text", kinds: ["reviewOutcome", "disputeOutcome"], words: "the reason recorded for the decision" },
  disputeRaisedOn: { type: "date", kinds: ["disputeOutcome"], words: "the date the dispute was raised" },
  signpostMatter: { type: "text", kinds: ["signposting"], words: "the matter the office cannot deal with" },
  signpostWhere: { type: "text", kinds: ["signposting"], words: "where to take the matter instead" },
} as const satisfies Record<string, FieldSpec>;

export type MergeFieldName = keyof typeof MERGE_FIELDS;

/** The value each field takes: a list is its items, text and dates are strings (dates as YYYY-MM-DD). */
export type MergeValues = {
  [K in MergeFieldName]?: (typeof MERGE_FIELDS)[K]["type"] extends "list" ? readonly string[] : string;
};

export function isMergeField(name: string): name is MergeFieldName {
  return Object.hasOwn(MERGE_FIELDS, name);
}

/** A template's text in pieces: the office's own words, and the fields between them. */
export type Piece = { literal: string } | { field: string };

/** `{{ name }}` — any other use of double braces is a mistake the pack check reports. */
const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * Splits a template's text once. Values are put in the pieces afterwards and never read
 * again, so `{{reviewDate}}` inside a person's name stays those characters (inert).
 */
export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(FIELD)) {
    if (match.index > last) out.push({ literal: text.slice(last, match.index) });
    out.push({ field: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ literal: text.slice(last) });
  return out;
}

/** The field names a text uses, in order, each once. */
export function fieldsIn(text: string): string[] {
  return [...new Set(pieces(text).flatMap((p) => ("field" in p ? [p.field] : [])))];
}

/** Braces left over after the fields are taken out: "{{reviewDate}" or "{reviewDate}}" is a typo, not text. */
export function strayBraces(text: string): boolean {
  return /\{\{|\}\}/.test(text.replace(FIELD, ""));
}
