import type { Folded } from "../text/normalise";
import { INSULTS, PROFANITY, SLURS } from "./lexicon";
import { inLexicon } from "./match";
import { tokenize } from "./tokens";

/**
 * Symbols that stand for letters inside a word, beyond those the shared folding reads
 * (text/normalise.ts): `@` for "a" ("tw@ts", "b@stards") and `$` for "s" where it opens or
 * doubles inside a word ("$h!t", "a$$hole"). Swearing is "robust to masking" (issue #5;
 * Gwent 4.0 "swearing or other offensive language"), and these are the commonest masks
 * after stars and digits.
 *
 * What the symbols mean elsewhere is left alone: an email address keeps its `@`
 * ("pat@example.org": a dot and letters follow the part after it), a handle its leading `@`
 * ("@opcc"), and money its `$` ("$50", "US$"). And a symbol is read as a letter only where
 * that spells a word of abuse the lexicons know, as stars are (features.ts maskedMatch):
 * "see you@home" and "word@handle" stay as written. One character for one, so the folded
 * text keeps its length and its map back to what was written. A linear pass over char codes.
 */
export function unmasked(folded: Folded): Folded {
  const text = folded.text;
  if (text.indexOf("@") < 0 && text.indexOf("$") < 0) return folded; // most mail: nothing to do
  const n = text.length;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i += 1) codes[i] = text.charCodeAt(i);
  let changed = false;
  let i = 0;
  while (i < n) {
    const c = codes[i]!;
    if (c !== AT && c !== DOLLAR) {
      i += 1;
      continue;
    }
    // A run of masks ("$$" in "a$$hole") stands for as many letters.
    let j = i;
    while (j < n && codes[j] === c) j += 1;
    const before = i > 0 && isLetter(codes[i - 1]!);
    const after = letters(codes, j);
    const inWord = before && after >= 1;
    const opening = !before && !isMaskable(codes[i - 1] ?? 0) && after >= 2;
    const doubledAtEnd = before && after === 0 && j - i >= 2;
    const swap = c === AT ? (inWord && !domainAfter(codes, j) ? A : 0) : inWord || opening || doubledAtEnd ? S : 0;
    if (swap && spellsAbuse(codes, i, j, swap)) {
      for (let k = i; k < j; k += 1) codes[k] = swap;
      changed = true;
    }
    i = j;
  }
  if (!changed) return folded;
  return { text: decode(codes), ...(folded.map ? { map: folded.map } : {}) };
}

/**
 * "F-ing", "f'ing", "F–ed": a mark standing for the letters of "uck" between an "f" and the
 * ending (issue #13, swearing spelt out as letters). The mark is read as a mask, one character
 * for one, so the word is one token and offsets still map back.
 */
const MARKED_F = /\bf[-\u2013\u2014'\u2019](?=(?:ing|in|ed|er|ers|of+)\b)/g;
export function markedSwearing(folded: Folded): Folded {
  if (!MARKED_F.test(folded.text)) return folded;
  MARKED_F.lastIndex = 0;
  return { text: folded.text.replace(MARKED_F, "f*"), ...(folded.map ? { map: folded.map } : {}) };
}

const AT = 64;
const DOLLAR = 36;
const A = 97;
const S = 115;
const DOT = 46;
const isLetter = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Characters a `$` after which is not where a word opens: "US$", "5$$", "$$$". */
const isMaskable = (c: number) => isLetter(c) || isDigit(c) || c === DOLLAR;

/** Whether the word around the masks at [i, j), read with `letter` for them, is a lexicon word of abuse ("tw@ts" → "twats"). */
function spellsAbuse(codes: Uint16Array, i: number, j: number, letter: number): boolean {
  const inWord = (c: number) => isLetter(c) || c === AT || c === DOLLAR;
  // Looked at no further than a long word's length each way: "a@a@a@…" stays linear.
  let from = i;
  while (from > 0 && i - from <= LONGEST && inWord(codes[from - 1]!)) from -= 1;
  let to = j;
  while (to < codes.length && to - j <= LONGEST && inWord(codes[to]!)) to += 1;
  if (to - from > LONGEST) return false;
  let word = "";
  for (let k = from; k < to; k += 1) word += String.fromCharCode(codes[k] === codes[i] ? letter : codes[k]!);
  const shape = tokenize(word).shape(0);
  return LEXICONS.some((lexicon) => inLexicon(lexicon, shape, false));
}
const LEXICONS = [PROFANITY, INSULTS, SLURS];
/** Longer than any word of abuse, masked or not ("motherfuckers" is 13). */
const LONGEST = 24;

/** How many letters run from i. */
function letters(codes: Uint16Array, i: number): number {
  let k = i;
  while (k < codes.length && isLetter(codes[k]!)) k += 1;
  return k - i;
}

/** Whether what follows an `@` at i is an email domain: letters, digits or hyphens, then a dot and a letter. */
function domainAfter(codes: Uint16Array, i: number): boolean {
  let k = i;
  while (k < codes.length && (isLetter(codes[k]!) || isDigit(codes[k]!) || codes[k] === 45)) k += 1;
  return codes[k] === DOT && isLetter(codes[k + 1] ?? 0);
}

const utf16 = new TextDecoder("utf-16le");
function decode(codes: Uint16Array): string {
  return utf16.decode(codes);
}
