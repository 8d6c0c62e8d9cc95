import { z } from "zod";
import { pairFeature, scorerTokens, wordFeatures } from "./features";

/**
 * The learned scorer (issue #13, #10): one logistic regression per target over the words a
 * message uses (features.ts), trained by `npm run train` (dev/train) on the office corpora's
 * development and training parts and public abuse data, its weights committed in weights.json.
 * It only ever adds what the rules missed (join.ts): rules still win where they fire.
 */
export const SCORER_FORMAT = "csm-learned-scorer/1";
/**
 * The scorer weighs letters: a message of fewer words is left to the rules. It learned from
 * office mail, where "you" and "your" aimed at staff are a sign of abuse; in a few words to a
 * chatbot (ConvAbuse) they are a sign of nothing, and the rules already read short abuse well.
 */
export const FEWEST_WORDS = 20;

/** What one target is: a category, a category's sub-type ("abusive/threat"), or an alert kind ("alert/crime"). */
const Target = z.object({
  bias: z.number(),
  /** Suggested at or above this probability (chosen by cross-validation in training); null: only ranks sub-types. */
  threshold: z.number().min(0).max(1).nullable(),
  /** At or above this probability the suggestion reads "likely", below it "possible". */
  likely: z.number().min(0).max(1).nullable(),
  /** Sparse weights: vocabulary index, weight, vocabulary index, weight, … */
  weights: z.array(z.number()).refine((w) => w.length % 2 === 0, "weights come in (index, weight) pairs"),
});
export const WeightsFile = z.object({
  format: z.literal(SCORER_FORMAT),
  vocabulary: z.array(z.string()),
  targets: z.record(z.string(), Target),
  /** What it was trained on and how it measured in cross-validation (printed by the trainer, kept for the record). */
  trained: z.unknown().optional(),
});
export type WeightsFile = z.infer<typeof WeightsFile>;

export interface TargetInfo {
  id: string;
  bias: number;
  threshold: number | null;
  likely: number | null;
}

/** A loaded model: per feature, its weight for every target (targets in `targets` order). */
export interface ScorerModel {
  readonly targets: readonly TargetInfo[];
  readonly weights: ReadonlyMap<string, Float64Array>;
}

/** The weights could not be used: the classifier carries on with its rules alone and says so. */
export class ScorerError extends Error {
  override readonly name = "ScorerError";
}

/** Checks and loads a weights file (the parsed JSON); a clear ScorerError when it is not one. */
export function loadModel(json: unknown): ScorerModel {
  const parsed = WeightsFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ScorerError(`The learned scorer's weights are not usable (${issue ? `${issue.path.join(".") || "file"}: ${issue.message}` : "invalid"}); suggestions are from the rules alone.`);
  }
  const file = parsed.data;
  const targets = Object.entries(file.targets).map(([id, t]) => ({ id, bias: t.bias, threshold: t.threshold, likely: t.likely }));
  const weights = new Map<string, Float64Array>();
  Object.values(file.targets).forEach((t, k) => {
    for (let i = 0; i < t.weights.length; i += 2) {
      const name = file.vocabulary[t.weights[i]!];
      if (name === undefined) throw new ScorerError(`The learned scorer's weights are not usable (target ${targets[k]!.id} names feature ${t.weights[i]} of ${file.vocabulary.length}); suggestions are from the rules alone.`);
      let row = weights.get(name);
      if (!row) weights.set(name, (row = new Float64Array(targets.length)));
      row[k] = t.weights[i + 1]!;
    }
  });
  return { targets, weights };
}

/** A word of the text and how much it weighed. */
export interface WeighedWords {
  start: number;
  end: number;
  weight: number;
}

/** A message scored: the probability of each target, and the words that weighed most for one. */
export interface Scores {
  /** Fewer than FEWEST_WORDS words: every probability is 0 and nothing is suggested. */
  tooShort: boolean;
  probability(target: string): number;
  /** The words that pushed this target up most, in text order (neighbours joined), at most `max`. */
  heaviest(target: string, max: number): WeighedWords[];
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Scores a text (subject, newline, body). Each distinct word is weighed once (a word repeated a
 * thousand times costs one look-up), so a 50 KB letter costs its distinct words, not its length.
 */
export function scoreText(scorer: ScorerModel, text: string): Scores {
  const T = scorer.targets.length;
  const index = new Map(scorer.targets.map((t, k) => [t.id, k]));
  const tokens = scorerTokens(text);
  const sums = new Float64Array(T);
  /** Per token occurrence: what its word brought (first occurrence only) and its pairs' halves; filled lazily. */
  const byForm = new Map<string, Float64Array | null>();
  const firstAt: number[] = [];
  let n = 0;
  for (let k = 0; k < tokens.length; k += 1) {
    const form = tokens[k]!.form;
    if (byForm.has(form)) continue;
    firstAt.push(k);
    let vec: Float64Array | null = null;
    const features = wordFeatures(form);
    n += features.length;
    for (const f of features) {
      const w = scorer.weights.get(f);
      if (!w) continue;
      vec ??= new Float64Array(T);
      for (let t = 0; t < T; t += 1) vec[t]! += w[t]!;
    }
    byForm.set(form, vec);
    if (vec) for (let t = 0; t < T; t += 1) sums[t]! += vec[t]!;
  }
  const pairs: Array<{ k: number; w: Float64Array }> = [];
  const seenPairs = new Set<string>();
  for (let k = 1; k < tokens.length; k += 1) {
    const f = pairFeature(tokens[k - 1]!.form, tokens[k]!.form);
    if (seenPairs.has(f)) continue;
    seenPairs.add(f);
    n += 1;
    const w = scorer.weights.get(f);
    if (!w) continue;
    pairs.push({ k, w });
    for (let t = 0; t < T; t += 1) sums[t]! += w[t]!;
  }
  const s = n > 0 ? 1 / Math.sqrt(n) : 0;
  const tooShort = tokens.length < FEWEST_WORDS;
  const probabilities = scorer.targets.map((target, t) => (tooShort ? 0 : sigmoid(target.bias + sums[t]! * s)));

  const at = (target: string) => {
    const t = index.get(target);
    if (t === undefined) throw new ScorerError(`The learned scorer has no target "${target}"`);
    return t;
  };
  return {
    tooShort,
    probability: (target) => probabilities[at(target)]!,
    heaviest(target, max) {
      const t = at(target);
      const weight = new Map<number, number>();
      for (const k of firstAt) {
        const v = byForm.get(tokens[k]!.form);
        if (v && v[t]! > 0) weight.set(k, v[t]!);
      }
      for (const p of pairs) {
        if (p.w[t]! <= 0) continue;
        weight.set(p.k - 1, (weight.get(p.k - 1) ?? 0) + p.w[t]! / 2);
        weight.set(p.k, (weight.get(p.k) ?? 0) + p.w[t]! / 2);
      }
      const chosen = [...weight]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, max)
        .sort((a, b) => a[0] - b[0]);
      const out: WeighedWords[] = [];
      let lastK = -2;
      for (const [k, w] of chosen) {
        const tok = tokens[k]!;
        const prev = out.at(-1);
        if (prev && lastK === k - 1) {
          prev.end = tok.end;
          prev.weight += w * s;
        } else out.push({ start: tok.start, end: tok.end, weight: w * s });
        lastK = k;
      }
      return out;
    },
  };
}
