/**
 * The letters an office sends about contact (Warwickshire 6–7.3; Gwent 7.0–9.0). Each kind's
 * mandatory content is data in the office's pack (`letterElements`), each element citing the
 * paragraph that asks for it.
 */
export const LETTER_KINDS = [
  "warning", // Warwickshire 6 "written warning"; Gwent 7.0 "advised in writing that their behaviour is considered to be unacceptable"
  "restriction", // Warwickshire 7 "advise a member of the public in writing": the contact strategy letter
  "breach", // Warwickshire 7.1 "A clear reminder ... about the consequences of breaching the strategy"
  "reviewOutcome", // Warwickshire 7 "continued, altered or ended"; Gwent 9.0 "may be reconsidered"
  "disputeOutcome", // Warwickshire 7.3 "informed in writing that either the restricted contact arrangements still apply or ..."
  "signposting", // Warwickshire 1 "will provide signposting information where appropriate"
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/**
 * Outcomes a letter reports: a review continues, alters or ends a strategy (Warwickshire 7);
 * a dispute leaves it in place ("upheld") or finds "a different course of action" (7.3).
 */
export const LETTER_VARIANTS = ["continued", "altered", "ended", "upheld", "changed"] as const;
export type LetterVariant = (typeof LETTER_VARIANTS)[number];

/** Which variants each kind has; a kind with none has one form. */
export const VARIANTS_OF: Readonly<Record<LetterKind, readonly LetterVariant[]>> = {
  warning: [],
  restriction: [],
  breach: [],
  reviewOutcome: ["continued", "altered", "ended"],
  disputeOutcome: ["upheld", "changed"],
  signposting: [],
};

/** Each kind as staff say it, in the pane, the CLI's messages and the audit trail. */
export const KIND_WORDS: Readonly<Record<LetterKind, string>> = {
  warning: "written warning",
  restriction: "contact strategy letter",
  breach: "breach reminder",
  reviewOutcome: "review outcome letter",
  disputeOutcome: "dispute outcome letter",
  signposting: "signposting letter",
};
