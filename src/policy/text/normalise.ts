import { spanIn, visibleText } from "./visible";

/**
 * Text folded for matching, with a map back to the original offsets so evidence spans
 * point at what the person wrote. Folding: what a reader would not see is dropped and letters
 * dressed as others read plainly (text/visible.ts: "kn\u200bow", "k̶i̶l̶l̶", "kіll"); lower case; look-alike digits and symbols
 * inside words become letters (`sh1t`, `b!tch`, `w0men`); letters spaced out to dodge
 * filters are joined (`f u c k`, `s.c.u.m`). Masking stars (`f***`) are kept, and the
 * lexicon matches them as wildcards. Linear passes over char codes; no regex.
 */
export interface Folded {
  text: string;
  /** map[i] = offset in the original of folded character i; absent when nothing was removed (offsets are equal). */
  map?: Int32Array;
  /** Letters read in another order than written (a right-to-left override): the map is not increasing there. */
  reordered?: true;
}

const LOOK_ALIKE = new Uint16Array(128);
for (const [from, to] of Object.entries({ "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", $: "s", "!": "i", "|": "l" })) {
  LOOK_ALIKE[from.charCodeAt(0)] = to.charCodeAt(0);
}
const isLetter = (c: number) => c >= 97 && c <= 122;
const isSep = (c: number) => c === 32 || c === 46 || c === 45 || c === 95;

export function fold(original: string): Folded {
  const seen = visibleText(original);
  const folded = foldVisible(seen.text);
  if (!seen.map) return folded;
  // Both steps only drop characters (or reorder them, under an override): compose the maps.
  const map = folded.map ? folded.map.map((i) => seen.map![i]!) : seen.map;
  return { text: folded.text, map, ...(seen.reordered ? { reordered: true as const } : {}) };
}

function foldVisible(original: string): Folded {
  const lower = lowerCased(original);
  const n = lower.length;
  // Look-alikes swapped in place, left to right: a swap reads the character before it as already swapped, the ones
  // after as written. Most mail has no candidate at all, and its lower-cased text is then kept as it is.
  let codes: Uint16Array | undefined;
  // `test`, not `exec`: no match object per digit of every date and reference number.
  LOOK_ALIKE_CHARS.lastIndex = 0;
  while (LOOK_ALIKE_CHARS.test(lower)) {
    const i = LOOK_ALIKE_CHARS.lastIndex - 1;
    const c = lower.charCodeAt(i);
    const swap = LOOK_ALIKE[c]!;
    const prev = i === 0 ? 0 : codes ? codes[i - 1]! : lower.charCodeAt(i - 1);
    const next = i + 1 < n ? lower.charCodeAt(i + 1) : 0;
    // A digit may stand next to another stand-in ("5h1t" has "1" before "t"), punctuation may not: "you!!" stays "you!!".
    const nextIsWordy = isLetter(next) || (next >= 48 && next <= 57 && LOOK_ALIKE[next]! > 0);
    // Only inside a word: "20 days" and "£5" keep their digits.
    const inWord = isLetter(prev) && nextIsWordy;
    const leading = !isLetter(prev) && c !== 36 && isLetter(next) && i + 2 < n && isLetter(lower.charCodeAt(i + 2)) && !unitAfter(lower, i + 1);
    if (!inWord && !leading) continue;
    codes ??= codesOf(lower);
    codes[i] = swap;
  }
  const swapped = codes ? decode(codes) : lower;
  const keep = spacedLetters(swapped);
  // Most mail has no spaced-out letters: no map to allocate, offsets are the same.
  if (!keep) return { text: swapped };
  const map = new Int32Array(n);
  const out = new Uint16Array(n);
  let m = 0;
  for (let i = 0; i < n; i += 1) {
    if (keep[i]) {
      out[m] = swapped.charCodeAt(i);
      map[m] = i;
      m += 1;
    }
  }
  return { text: decode(out.subarray(0, m)), map: map.subarray(0, m) };
}

/** The characters LOOK_ALIKE swaps: found by one native scan, not asked of every character of every message. */
const LOOK_ALIKE_CHARS = /[013457$!|]/g;

/**
 * Lower-cased one code unit at a time: String#toLowerCase can change the length ("İ") or read a letter's
 * neighbours (a final "Σ"), and lower-cases a letter written as a surrogate pair, any of which would shift or
 * change what every evidence offset after it points at. Text without those characters is lower-cased by the native
 * call, which gives the same code units (checked over every other character of the Basic Multilingual Plane) at a
 * fraction of the cost of a loop over them (issue 13).
 */
function lowerCased(original: string): string {
  if (!CASE_BY_UNIT.test(original)) return original.toLowerCase();
  const n = original.length;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i += 1) codes[i] = lowerCode(original.charCodeAt(i));
  return decode(codes);
}
/** "İ", "Σ" and surrogates: the characters whose native lower-casing is not one code unit for one (see lowerCased). */
const CASE_BY_UNIT = /[\u0130\u03a3\ud800-\udfff]/;

function codesOf(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i += 1) codes[i] = text.charCodeAt(i);
  return codes;
}

function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** UTF-16 code units to a string in one native call (String.fromCharCode(...spread) is several times slower). */
const utf16 = new TextDecoder("utf-16le");
function decode(codes: Uint16Array): string {
  return utf16.decode(codes);
}

/** "1st", "3rd", "4th", "5pm": a number with its ordinal or clock suffix stays a number (deadlines are read from it). */
function unitAfter(text: string, i: number): boolean {
  const pair = text.slice(i, i + 2);
  return ["st", "nd", "rd", "th", "am", "pm"].includes(pair) && !isLetter(text.charCodeAt(i + 2));
}

/** `f u c k` → `fuck`: three or more single letters separated by one space, dot, dash or underscore. */
function spacedLetters(text: string): Uint8Array | undefined {
  const n = text.length;
  let keep: Uint8Array | undefined;
  // Read in place (charCodeAt past either end is NaN: neither a letter nor a separator).
  const single = (i: number) => isLetter(text.charCodeAt(i)) && !isLetter(text.charCodeAt(i - 1)) && !isLetter(text.charCodeAt(i + 1));
  // Each run starts where two single letters stand one separator apart: found by a native scan, not a loop over every
  // character of every message (issue 13). A run ends on a letter, so the search goes on after it.
  SPACED_PAIR.lastIndex = 0;
  while (SPACED_PAIR.test(text)) {
    const i = SPACED_PAIR.lastIndex - 3;
    let j = i;
    let letters = 1;
    while (isSep(text.charCodeAt(j + 1)) && single(j + 2)) {
      j += 2;
      letters += 1;
    }
    // "a b" is two words, not a disguise: only runs of three or more are joined.
    if (letters >= 3) {
      keep ??= new Uint8Array(n).fill(1);
      for (let k = i + 1; k < j; k += 2) keep[k] = 0;
    }
    SPACED_PAIR.lastIndex = j + 1;
  }
  return keep;
}
/** A single letter, one separator (isSep), a single letter: where a run of spaced letters may start. */
const SPACED_PAIR = /(?<![a-z])[a-z][ ._-][a-z](?![a-z])/g;

/** The original span for a folded match [start, end). */
export function originalSpan(folded: Folded, start: number, end: number): { start: number; end: number } {
  if (!folded.map) return { start, end };
  if (folded.reordered && start < folded.map.length) return spanIn(folded, start, Math.max(start + 1, end), 0);
  const from = folded.map[start] ?? 0;
  const to = (folded.map[Math.max(start, end - 1)] ?? from) + 1;
  return { start: from, end: to };
}
