import { EVERYDAY } from "./everyday";
import { squeeze, type Shape } from "./tokens";

/**
 * Lexicon lookup that survives typos made to dodge filters: a word of five letters or more
 * also matches with one letter dropped ("disgustng") or two neighbours swapped
 * ("dsigusting"). Index built once per lexicon; lookups are a few Set probes. A word that
 * is an everyday English word, or a form of one, is never taken for a typo: "treated" is
 * not "threat" less its "h" (everyday.ts).
 */
const fuzzy = new WeakMap<Set<string>, Map<string, string>>();

function variants(word: string): string[] {
  const out: string[] = [];
  // Not the last letter: "removed" less its "d" is "remove", another word, not a disguise ("you must remove the accounts").
  if (word.length >= 5) for (let i = 1; i < word.length - 1; i += 1) out.push(word.slice(0, i) + word.slice(i + 1));
  // Swapped neighbours rarely make another word, so shorter words get that tolerance too ("haet").
  if (word.length >= 4) for (let i = 1; i < word.length - 1; i += 1) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}

/**
 * Neighbour swaps of a stored (squeezed) word and of it with any one letter doubled back:
 * "kill" is stored as "kil", and "klil" is a swap of "kill", not of "kil".
 */
function swaps(word: string): string[] {
  const out: string[] = [];
  const spelt = [word, ...Array.from(word, (_, i) => word.slice(0, i + 1) + word.slice(i))];
  for (const w of spelt) for (let i = 1; i < w.length - 1; i += 1) if (w[i] !== w[i + 1]) out.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  return out;
}

function fuzzyIndex(lexicon: Set<string>): Map<string, string> {
  let index = fuzzy.get(lexicon);
  if (!index) {
    index = new Map();
    for (const word of lexicon) if (word.length >= 4) for (const v of variants(word)) if (!lexicon.has(v)) index.set(squeeze(v), word);
    for (const word of lexicon) if (word.length >= 3) for (const v of swaps(word)) if (!lexicon.has(squeeze(v))) index.set(squeeze(v), word);
    fuzzy.set(lexicon, index);
  }
  return index;
}

/** Swaps only: for lexicons whose dropped-letter forms are everyday words ("prick" → "pick"). */
const swapped = new WeakMap<Set<string>, Set<string>>();
function swapIndex(lexicon: Set<string>): Set<string> {
  let index = swapped.get(lexicon);
  if (!index) {
    index = new Set();
    for (const word of lexicon) if (word.length >= 3) for (const v of swaps(word)) if (!lexicon.has(squeeze(v))) index.add(squeeze(v));
    swapped.set(lexicon, index);
  }
  return index;
}

let exact = false;
/**
 * Runs `work` with typo tolerance off. Halves of a run-together word must be words as
 * spelt: "result" is not "re" + a swapped "slut", nor "consult" "con" + one.
 */
export function withoutTypos<T>(work: () => T): T {
  exact = true;
  try {
    return work();
  } finally {
    exact = false;
  }
}

export function inLexicon(lexicon: Set<string>, token: Shape | undefined, allowTypos: boolean | "swaps" = true): boolean {
  if (!token) return false;
  const forms = token.forms;
  if (forms.some((f) => lexicon.has(f))) return true;
  if (exact || !allowTypos || token.squeezed.length < 4) return false;
  // "treated" (and its stem "treat") is a word in its own right, not a disguised "threat".
  if (forms.some((f) => EVERYDAY.has(f))) return false;
  if (allowTypos === "swaps") {
    const index = swapIndex(lexicon);
    return forms.some((f) => index.has(f));
  }
  const index = fuzzyIndex(lexicon);
  return forms.some((f) => index.has(f));
}
