import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadLearnedScorer } from "../../src/app/learned-scorer";
import { loadScorer } from "../../src/policy/scorer/join";
import type { Scorer } from "../../src/policy/scorer/types";

/**
 * The learned scorer the eval measures with (the committed weights), or none under
 * `--rules-only` (the rules alone: the "before" figures), or `--weights FILE` (weights not committed,
 * e.g. `npm run train -- --out FILE`: measured before they are committed). A figure on a development or training
 * part is not a measure of the scorer: it was trained on those rows (`npm run train` prints
 * cross-validated figures for them instead).
 */
const { values } = parseArgs({ options: { "rules-only": { type: "boolean", default: false }, weights: { type: "string" } }, strict: false });
export const rulesOnly = values["rules-only"] === true;
const weightsFile = typeof values.weights === "string" ? values.weights : undefined;
if (rulesOnly && weightsFile) throw new Error("--rules-only measures no scorer: it takes no --weights");
const weightsText = weightsFile ? readFileSync(weightsFile, "utf8") : undefined;
export const evalScorer: Scorer | undefined = rulesOnly ? undefined : weightsText ? loadScorer(JSON.parse(weightsText)) : await loadLearnedScorer();
/** Names the weights in cached predictions (cache.ts hashes src/policy, where the committed weights are; not FILE). */
export const WEIGHTS_KEY = weightsText ? ` weights-${createHash("sha256").update(weightsText).digest("hex").slice(0, 12)}` : "";
export const SCORER_NOTE = rulesOnly
  ? "rules only (--rules-only)"
  : `rules + learned scorer${weightsFile ? ` (weights from ${weightsFile}, not the committed ones)` : ""}; development parts are what it trained on, so their figures here are not a measure of it: see the cross-validated figures \`npm run train\` prints`;
/** Said beside a development part's figures when the scorer is on. */
export const TRAINED_ON = " [the learned scorer trained on these rows: not a measure of it]";
