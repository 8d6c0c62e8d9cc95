import { loadLearnedScorer } from "../../src/app/learned-scorer";
import type { Scorer } from "../../src/policy/scorer/types";

/**
 * The learned scorer the eval measures with (the committed weights), or none under
 * `--rules-only` (the rules alone: the "before" figures). A figure on a development or training
 * part is not a measure of the scorer: it was trained on those rows (`npm run train` prints
 * cross-validated figures for them instead).
 */
export const rulesOnly = process.argv.includes("--rules-only");
export const evalScorer: Scorer | undefined = rulesOnly ? undefined : await loadLearnedScorer();
export const SCORER_NOTE = rulesOnly
  ? "rules only (--rules-only)"
  : "rules + learned scorer; development parts are what it trained on, so their figures here are not a measure of it: see the cross-validated figures `npm run train` prints";
/** Said beside a development part's figures when the scorer is on. */
export const TRAINED_ON = " [the learned scorer trained on these rows: not a measure of it]";
