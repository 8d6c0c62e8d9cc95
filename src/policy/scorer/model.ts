import { z } from "zod";
import { showsAsEvidence } from "./unshown";
import { READINGS, scorerWords, wordFeatures, type Reading, type StaffNames } from "./features";

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
/**
 * A target with a `shortThreshold` (threats to staff: "I know where you live, Casey. You'll regret
 * ignoring me" is a dozen words) also judges messages of this many words up to FEWEST_WORDS, at a
 * threshold of their own: few features give a short message a larger scale and surer-looking
 * probabilities, so the same threshold would raise more false alerts there (dev/train/run.ts).
 */
export const SHORTEST_WORDS = 6;

/** What one target is: a category, a category's sub-type ("abusive/threat"), or an alert kind ("alert/crime"). */
const Target = z.object({
  bias: z.number(),
  /** Suggested at or above this probability (chosen by cross-validation in training); null: only ranks sub-types. */
  threshold: z.number().min(0).max(1).nullable(),
  /** For a message of SHORTEST_WORDS to FEWEST_WORDS words: suggested at or above this; null or absent: such messages are left to the rules. */
  shortThreshold: z.number().min(0).max(1).nullable().default(null),
  /**
   * An alert kind: at or above this probability (below `threshold`), a message of FEWEST_WORDS or
   * more in which a rule found one sign of the kind and held the alert back for want of a second
   * raises it, the scorer being the second sign (join.ts); null or absent: no such join.
   */
  joinThreshold: z.number().min(0).max(1).nullable().default(null),
  /** At or above this probability the suggestion reads "likely", below it "possible". */
  likely: z.number().min(0).max(1).nullable(),
  /** How it reads a message (features.ts): "letters" when absent (weights written before there was a choice). */
  reads: z.enum(READINGS as [Reading, ...Reading[]]).default("letters"),
  /** Sparse weights: vocabulary index, weight, vocabulary index, weight, … */
  weights: z.array(z.number()).refine((w) => w.length % 2 === 0, "weights come in (index, weight) pairs"),
});
export const WeightsFile = z.object({
  format: z.literal(SCORER_FORMAT),
  vocabulary: z.array(z.string()),
  targets: z.record(z.string(), Target),
  /**
   * Trained with the office's staff names read as one word (features.ts StaffNames, STAFF_WORD): the scorer then reads the
   * office's `staffNames` the same way. Absent (weights trained before): names are read as the words they are.
   */
  staffWord: z.boolean().default(false),
  /** What it was trained on and how it measured in cross-validation (printed by the trainer, kept for the record). */
  trained: z.unknown().optional(),
});
export type WeightsFile = z.infer<typeof WeightsFile>;

export interface TargetInfo {
  id: string;
  bias: number;
  threshold: number | null;
  shortThreshold: number | null;
  joinThreshold: number | null;
  likely: number | null;
  reads: Reading;
}

/** A loaded model: per feature, its weight for every target (targets in `targets` order). */
export interface ScorerModel {
  readonly targets: readonly TargetInfo[];
  readonly weights: ReadonlyMap<string, Float64Array>;
  /** Each target's place in `targets`. */
  readonly index: ReadonlyMap<string, number>;
  /**
   * Every word a pair feature names ("b:first second", "s:first second"), numbered: a pair is looked up by its two
   * words' numbers (`pairs`, `skips`), not by their names (see `PairTable`).
   */
  readonly pairWords: ReadonlyMap<string, number>;
  /** The pair features of neighbours ("b:first second"), by their words' numbers. */
  readonly pairs: PairTable;
  /** The same for pairs that skip one word ("s:first second"). */
  readonly skips: PairTable;
  /** What a word brings, remembered across messages (see `wordWeights`). */
  readonly words: Map<string, WordWeights>;
  /** The weights' `staffWord`: staff names are read as one word, as in training. */
  readonly staffWord: boolean;
}

/**
 * What one distinct word brings to a message: its features' summed weights (null: none weighs), how many features it
 * has, and its number among the words pair features name (`ScorerModel.pairWords`; -1: no pair names it), looked up
 * once with the rest.
 */
interface WordWeights {
  vector: Float64Array | null;
  features: number;
  pairWord: number;
}

/**
 * Pair features by their two words' numbers (`ScorerModel.pairWords`): the weights of the pair whose first word is
 * number a and second number b, found by `pairRow`. Looked up by a number, a pair costs the scorer a fraction of a
 * look-up by the second word's name in a map per first word: in a classification, among the rules' work, those maps of
 * strings were read from memory afresh every time (issue 13). The numbers are kept in an open-addressed table of typed
 * arrays, not a Map of numbers: a Map's look-up was a seventh of the scorer's time on a 2 KB message.
 */
export interface PairTable {
  readonly words: number;
  /** Slot → the pair's number (first × words + second), -1 for an empty slot. Its length is a power of two. */
  readonly keys: Float64Array;
  /** Slot → the pair's weights, in `rows`. */
  readonly at: Int32Array;
  readonly rows: readonly Float64Array[];
}

/** Where a pair's search for its slot starts: its two words' numbers mixed (Fibonacci hashing), to the table's size. */
const slotOf = (first: number, second: number, mask: number) => (Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 1, 0x85ebca6b)) & mask;

/** A pair table of these pairs (first, second, weights), at most half full, so a search ends within a few slots. */
function pairTable(words: number, parted: ReadonlyArray<readonly [number, number, Float64Array]>): PairTable {
  let size = 16;
  while (size < parted.length * 2) size *= 2;
  const keys = new Float64Array(size).fill(-1);
  const at = new Int32Array(size);
  const rows: Float64Array[] = [];
  for (const [first, second, row] of parted) {
    const key = first * words + second;
    let slot = slotOf(first, second, size - 1);
    while (keys[slot] !== -1 && keys[slot] !== key) slot = (slot + 1) & (size - 1);
    // A pair named twice keeps its last weights, as the Map this table replaced did.
    if (keys[slot] === key) rows[at[slot]!] = row;
    else {
      keys[slot] = key;
      at[slot] = rows.push(row) - 1;
    }
  }
  return { words, keys, at, rows };
}

/** The weights of the pair of words numbered `first` and `second`, or undefined when no pair feature names it. */
export function pairRow(table: PairTable, first: number, second: number): Float64Array | undefined {
  const { keys } = table;
  const mask = keys.length - 1;
  const key = first * table.words + second;
  for (let slot = slotOf(first, second, mask); ; slot = (slot + 1) & mask) {
    const k = keys[slot]!;
    if (k === key) return table.rows[table.at[slot]!];
    if (k === -1) return undefined;
  }
}

/**
 * Words remembered per model: office mail reuses a few thousand words, and a word's features
 * (itself and its letter pieces, some forty names) are built and looked up once, not in every
 * message. Past this many the memory starts again, so a stream of new words cannot grow it.
 */
const REMEMBERED_WORDS = 20_000;

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
  const targets = Object.entries(file.targets).map(([id, t]) => ({ id, bias: t.bias, threshold: t.threshold, shortThreshold: t.shortThreshold, joinThreshold: t.joinThreshold, likely: t.likely, reads: t.reads }));
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
  const pairWords = new Map<string, number>();
  const numbered = (word: string) => {
    let n = pairWords.get(word);
    if (n === undefined) pairWords.set(word, (n = pairWords.size));
    return n;
  };
  const byWords = (prefix: "b:" | "s:") => {
    const parted: Array<[number, number, Float64Array]> = [];
    for (const [name, row] of weights) {
      if (!name.startsWith(prefix)) continue;
      // A word has no spaces (features.ts WORD), so the first space after the prefix parts the pair.
      const gap = name.indexOf(" ", 2);
      if (gap < 0) continue;
      parted.push([numbered(name.slice(2, gap)), numbered(name.slice(gap + 1)), row]);
    }
    return parted;
  };
  const b = byWords("b:");
  const s = byWords("s:");
  // Numbered once both kinds have named their words: one count for both tables.
  return { targets, weights, index: new Map(targets.map((t, k) => [t.id, k])), pairWords, pairs: pairTable(pairWords.size, b), skips: pairTable(pairWords.size, s), words: new Map(), staffWord: file.staffWord };
}

/** A word's features' summed weights, worked out as `scoreText` always has (the same sums in the same order), then remembered. */
function wordWeights(scorer: ScorerModel, form: string): WordWeights {
  let known = scorer.words.get(form);
  if (known) return known;
  const T = scorer.targets.length;
  let vector: Float64Array | null = null;
  const features = wordFeatures(form);
  for (const f of features) {
    const w = scorer.weights.get(f);
    if (!w) continue;
    vector ??= new Float64Array(T);
    for (let t = 0; t < T; t += 1) vector[t]! += w[t]!;
  }
  if (scorer.words.size >= REMEMBERED_WORDS) scorer.words.clear();
  scorer.words.set(form, (known = { vector, features: features.length, pairWord: scorer.pairWords.get(form) ?? -1 }));
  return known;
}

/** A word of the text and how much it weighed. */
export interface WeighedWords {
  start: number;
  end: number;
  weight: number;
}

/** A message scored: the probability of each target, and the words that weighed most for one. */
export interface Scores {
  /** Fewer than FEWEST_WORDS words: only a target's `shortThreshold` applies (fewer than SHORTEST_WORDS: every probability is 0). */
  tooShort: boolean;
  /** The threshold that applies to this message for a target (its threshold, or its short one when tooShort), or null. */
  threshold(target: string): number | null;
  /** The join threshold that applies to this message for a target (none for a message of fewer than FEWEST_WORDS words), or null. */
  joinThreshold(target: string): number | null;
  probability(target: string): number;
  /** The words that pushed this target up most, in text order (neighbours joined), at most `max`; never a greeting, reply prefix or stop word (unshown.ts). */
  heaviest(target: string, max: number): WeighedWords[];
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Pairs of word numbers, first × second, that one bit each remembers: 256 KB at most, zeroed per message. */
const PAIR_BITS = 1 << 21;

/**
 * Whether a pair (numbered `first * words + second`) is met for the first time in this message:
 * a bit per pair when they fit in PAIR_BITS (a set of numbers cost most of the scorer's time on
 * pairs), else a set (a letter of over 1,448 different words).
 */
function pairMemory(words: number): (pair: number) => boolean {
  if (words * words <= PAIR_BITS) {
    const bits = new Uint8Array(((words * words) >> 3) + 1);
    return (pair) => {
      const byte = pair >> 3;
      const bit = 1 << (pair & 7);
      if (bits[byte]! & bit) return false;
      bits[byte]! |= bit;
      return true;
    };
  }
  const seen = new Set<number>();
  return (pair) => seen.size !== seen.add(pair).size;
}

/**
 * Scores a text (subject, newline, body). Each distinct word is weighed once (a word repeated a
 * thousand times costs one look-up), so a 50 KB letter costs its distinct words, not its length;
 * a word seen in an earlier message is not weighed again (`wordWeights`). Words and pairs are
 * numbered per message, so a pair is told from another by two numbers, not by its name: the
 * sums and the features counted are those of `messageFeatures` (features.ts), as the trainer reads.
 * Both readings (features.ts) are summed at once: a target has no weight on the features of the
 * reading it does not use (it never saw them in training), so only each reading's scale differs.
 */
export function scoreText(scorer: ScorerModel, text: string, staff?: StaffNames): Scores {
  const T = scorer.targets.length;
  const sums = new Float64Array(T);
  // Words numbered in order of first use (features.ts scorerWords): word k is forms[ids[k]].
  // The office's staff names read as one word (features.ts StaffNames), when the trainer read them so.
  const { length, forms, ids, starts, ends } = scorerWords(text, scorer.staffWord ? staff : undefined);
  /** Per word number: what the word brought (null: nothing), and the token where it first appears. */
  const vectors: Array<Float64Array | null> = [];
  /** Per word number: its weights, with the pairs it starts. */
  const weighed: WordWeights[] = [];
  const firstAt: number[] = [];
  /** Features counted per reading: the scale (features.ts `scale`) of each. */
  const n: Record<Reading, number> = { letters: 0, words: 0 };
  for (let k = 0; k < length; k += 1) {
    if (ids[k]! < vectors.length) continue;
    firstAt.push(k);
    const word = wordWeights(scorer, forms[ids[k]!]!);
    weighed.push(word);
    n.letters += word.features;
    n.words += 1;
    vectors.push(word.vector);
    const vec = word.vector;
    if (vec) for (let t = 0; t < T; t += 1) sums[t]! += vec[t]!;
  }
  /** Pairs of words that weigh (neighbours, gap 1, or with one word between, gap 2): the second word's token, the gap, the weights. */
  const pairs: Array<{ k: number; gap: 1 | 2; w: Float64Array }> = [];
  const words = forms.length;
  const pairsOf = (gap: 1 | 2) => {
    const firstTime = pairMemory(words);
    const table = gap === 1 ? scorer.pairs : scorer.skips;
    for (let k = gap; k < length; k += 1) {
      const a = ids[k - gap]!;
      const b = ids[k]!;
      if (!firstTime(a * words + b)) continue;
      if (gap === 1) n.letters += 1;
      n.words += 1;
      // A pair of words some pair feature names, looked up by their numbers (PairTable).
      const first = weighed[a]!.pairWord;
      const second = weighed[b]!.pairWord;
      const w = first >= 0 && second >= 0 ? pairRow(table, first, second) : undefined;
      if (!w) continue;
      pairs.push({ k, gap, w });
      for (let t = 0; t < T; t += 1) sums[t]! += w[t]!;
    }
  };
  pairsOf(1);
  pairsOf(2);
  const scaleOf = (reading: Reading) => (n[reading] > 0 ? 1 / Math.sqrt(n[reading]) : 0);
  const scales = scorer.targets.map((target) => scaleOf(target.reads));
  const tooShort = length < FEWEST_WORDS;
  const probabilities = scorer.targets.map((target, t) => (length < SHORTEST_WORDS ? 0 : sigmoid(target.bias + sums[t]! * scales[t]!)));

  const at = (target: string) => {
    const t = scorer.index.get(target);
    if (t === undefined) throw new ScorerError(`The learned scorer has no target "${target}"`);
    return t;
  };
  return {
    tooShort,
    probability: (target) => probabilities[at(target)]!,
    threshold(target) {
      const info = scorer.targets[at(target)]!;
      return length < SHORTEST_WORDS ? null : tooShort ? info.shortThreshold : info.threshold;
    },
    joinThreshold: (target) => (tooShort ? null : scorer.targets[at(target)]!.joinThreshold),
    heaviest(target, max) {
      const t = at(target);
      const weight = new Map<number, number>();
      // A greeting, reply prefix or stop word is weighed but not shown (unshown.ts): its share of a pair stays unshown too.
      const shown = (k: number) => showsAsEvidence(forms[ids[k]!]!);
      for (const k of firstAt) {
        const v = vectors[ids[k]!];
        if (v && v[t]! > 0 && shown(k)) weight.set(k, v[t]!);
      }
      for (const p of pairs) {
        if (p.w[t]! <= 0) continue;
        for (const k of [p.k - p.gap, p.k]) if (shown(k)) weight.set(k, (weight.get(k) ?? 0) + p.w[t]! / 2);
      }
      const s = scales[t]!;
      const chosen = [...weight]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, max)
        .sort((a, b) => a[0] - b[0]);
      const out: WeighedWords[] = [];
      let lastK = -2;
      for (const [k, w] of chosen) {
        const prev = out.at(-1);
        // Neighbours join, across one unshown word between them ("going to kill"), so the words read as written.
        if (prev && (lastK === k - 1 || (lastK === k - 2 && !shown(k - 1)))) {
          prev.end = ends[k]!;
          prev.weight += w * s;
        } else out.push({ start: starts[k]!, end: ends[k]!, weight: w * s });
        lastK = k;
      }
      return out;
    },
  };
}
