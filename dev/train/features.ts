import { messageFeatures, scale, scorerTokens, type Reading, type StaffNames } from "../../src/policy/scorer/features";
import type { Example } from "./lr";

/** The vocabulary: every feature seen in at least `minCount` messages, in a stable order. */
export function vocabulary(docs: readonly Map<string, number>[], minCount: number): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const kept = [...df].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  return new Map(kept.map((f, i) => [f, i]));
}

/** A message's features, read one way; `staff`: the office's staff names, each read as one word (features.ts StaffNames). */
export const featuresOf = (text: string, reading: Reading = "letters", staff?: StaffNames) => messageFeatures(scorerTokens(text, staff), reading);

/** A message as the learner sees it: the features it has in the vocabulary, scaled as the scorer scales them. */
export function example(counts: Map<string, number>, vocab: ReadonlyMap<string, number>, label: 0 | 1, weight: number): Example {
  // The scale counts every feature, in the vocabulary or not, exactly as the scorer does.
  const s = scale(counts);
  const idx: number[] = [];
  const val: number[] = [];
  for (const [f, c] of counts) {
    const i = vocab.get(f);
    if (i === undefined) continue;
    idx.push(i);
    val.push(c * s);
  }
  return { features: Int32Array.from(idx), values: Float64Array.from(val), label, weight };
}
