/**
 * What the learned scorer reads (shared by the trainer in dev/train and the scorer here, so a
 * message is read the same way in both). A word counts once per message however often it is
 * repeated. Each target reads a message one of two ways (its `reads` in weights.json):
 * - "letters" (abusive, demands and their sub-types): words, pairs of neighbouring words, and the
 *   3- to 5-letter pieces of each word ("f-ing", "effing", "tw@t", a misspelt insult share pieces
 *   with the words the model saw);
 * - "words" (the alert kinds): words, pairs of neighbouring words and pairs that skip one word
 *   ("end it all" gives "end all", "won't be around" gives "wont around"), no letter pieces. An
 *   alert is a matter of what is said, not of spelling: measured by `npm run train`'s
 *   cross-validation, the letter pieces' many features diluted the few words that carry a
 *   risk to life in a long letter (risk-to-life found alone 49 of 80 with words, 25 of 80 with
 *   letters, at the same false alarms).
 */

/** One word of the text, where the person wrote it. */
export interface ScorerToken {
  /** Lower case, digits as 0 ("0000" for a year), apostrophes dropped. */
  form: string;
  start: number;
  end: number;
}

/** Letters and digits, with inner apostrophes and masking marks ("don't", "f*ck", "sh!t"). */
const WORD = /[\p{L}\p{N}]+(?:['’*!@$#][\p{L}\p{N}]+)*/gu;
/** A word longer than this is read by its first letters only (pasted links, hashes). */
const LONGEST = 20;
const GRAMS = [3, 4, 5] as const;

export function scorerTokens(text: string): ScorerToken[] {
  const out: ScorerToken[] = [];
  scanWords(text, (form, start, end) => out.push({ form, start, end }));
  return out;
}

/**
 * Each word of the text in order, as `scorerTokens` reads it, without building a token per word:
 * the scorer reads a 50 KB letter's ten thousand words this way. A word written the same way
 * again is read from `forms` (one message's words repeat: "the", "you", "complaint").
 */
export function scanWords(text: string, visit: (form: string, start: number, end: number) => void): void {
  const forms = new Map<string, string>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    let form = forms.get(word);
    if (form === undefined) forms.set(word, (form = formOf(word)));
    visit(form, m.index, m.index + word.length);
  }
}

const formOf = (word: string) => word.toLowerCase().replace(/['’]/g, "").replace(/\p{N}/gu, "0").slice(0, LONGEST);

/** The features one distinct word brings: itself and its letter pieces (with a space marking either end). */
export function wordFeatures(form: string): string[] {
  const out = [`w:${form}`];
  const padded = ` ${form} `;
  for (const n of GRAMS) for (let i = 0; i + n <= padded.length; i += 1) out.push(`c:${padded.slice(i, i + n)}`);
  return out;
}

export const pairFeature = (a: string, b: string) => `b:${a} ${b}`;
/** Two words with one between them: "end it all" → "end all". */
export const skipFeature = (a: string, b: string) => `s:${a} ${b}`;

/** How a target reads a message (see above). */
export type Reading = "letters" | "words";
export const READINGS: readonly Reading[] = ["letters", "words"];

/**
 * A message's features with their counts, read one way: each distinct word's features once,
 * each distinct pair once. The trainer uses this; the scorer computes the same sums word by word.
 */
export function messageFeatures(tokens: readonly ScorerToken[], reading: Reading = "letters"): Map<string, number> {
  const counts = new Map<string, number>();
  const words = new Set<string>();
  for (const t of tokens) {
    if (words.has(t.form)) continue;
    words.add(t.form);
    if (reading === "words") counts.set(`w:${t.form}`, 1);
    else for (const f of wordFeatures(t.form)) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  for (let k = 1; k < tokens.length; k += 1) {
    const f = pairFeature(tokens[k - 1]!.form, tokens[k]!.form);
    if (!counts.has(f)) counts.set(f, 1);
  }
  if (reading === "words")
    for (let k = 2; k < tokens.length; k += 1) {
      const f = skipFeature(tokens[k - 2]!.form, tokens[k]!.form);
      if (!counts.has(f)) counts.set(f, 1);
    }
  return counts;
}

/** The features' scale: a long message's many words do not add up to a strong sign on their own. */
export function scale(counts: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const c of counts.values()) n += c;
  return n > 0 ? 1 / Math.sqrt(n) : 0;
}
