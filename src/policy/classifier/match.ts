import { stems, squeeze, type Token } from "./tokens";

/**
 * Lexicon lookup that survives typos made to dodge filters: a word of five letters or more
 * also matches with one letter dropped ("disgustng") or two neighbours swapped
 * ("dsigusting"). Index built once per lexicon; lookups are a few Set probes.
 */
const fuzzy = new WeakMap<Set<string>, Map<string, string>>();

function variants(word: string): string[] {
  const out: string[] = [];
  if (word.length >= 5) for (let i = 1; i < word.length; i += 1) out.push(word.slice(0, i) + word.slice(i + 1));
  // Swapped neighbours rarely make another word, so shorter words get that tolerance too ("haet").
  if (word.length >= 4) for (let i = 1; i < word.length - 1; i += 1) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}

function fuzzyIndex(lexicon: Set<string>): Map<string, string> {
  let index = fuzzy.get(lexicon);
  if (!index) {
    index = new Map();
    for (const word of lexicon) if (word.length >= 4) for (const v of variants(word)) if (!lexicon.has(v)) index.set(squeeze(v), word);
    fuzzy.set(lexicon, index);
  }
  return index;
}

export function inLexicon(lexicon: Set<string>, token: Token | undefined, allowTypos = true): boolean {
  if (!token) return false;
  const forms = stems(token);
  if (forms.some((f) => lexicon.has(f))) return true;
  if (!allowTypos || token.squeezed.length < 4) return false;
  const index = fuzzyIndex(lexicon);
  return forms.some((f) => index.has(f));
}
