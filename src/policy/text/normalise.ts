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
  const n = original.length;
  // Lower-cased one code unit at a time: String#toLowerCase can change the length ("İ"),
  // which would shift every evidence offset after it.
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i += 1) codes[i] = lowerCode(original.charCodeAt(i));
  for (let i = 0; i < n; i += 1) {
    const c = codes[i]!;
    const swap = c < 128 ? LOOK_ALIKE[c]! : 0;
    if (!swap) continue;
    const prev = i > 0 ? codes[i - 1]! : 0;
    const next = i + 1 < n ? codes[i + 1]! : 0;
    // A digit may stand next to another stand-in ("5h1t" has "1" before "t"), punctuation may not: "you!!" stays "you!!".
    const nextIsWordy = isLetter(next) || (next >= 48 && next <= 57 && LOOK_ALIKE[next]! > 0);
    // Only inside a word: "20 days" and "£5" keep their digits.
    const inWord = isLetter(prev) && nextIsWordy;
    const leading = !isLetter(prev) && c !== 36 && isLetter(next) && i + 2 < n && isLetter(codes[i + 2]!) && !unitAfter(codes, i + 1);
    if (inWord || leading) codes[i] = swap;
  }
  const keep = spacedLetters(codes);
  // Most mail has no spaced-out letters: no map to allocate, offsets are the same.
  if (!keep) return { text: decode(codes) };
  const map = new Int32Array(n);
  const out = new Uint16Array(n);
  let m = 0;
  for (let i = 0; i < n; i += 1) {
    if (keep[i]) {
      out[m] = codes[i]!;
      map[m] = i;
      m += 1;
    }
  }
  return { text: decode(out.subarray(0, m)), map: map.subarray(0, m) };
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
function unitAfter(codes: Uint16Array, i: number): boolean {
  const a = codes[i] ?? 0;
  const b = codes[i + 1] ?? 0;
  const pair = String.fromCharCode(a, b);
  return ["st", "nd", "rd", "th", "am", "pm"].includes(pair) && !isLetter(codes[i + 2] ?? 0);
}

/** `f u c k` → `fuck`: three or more single letters separated by one space, dot, dash or underscore. */
function spacedLetters(codes: Uint16Array): Uint8Array | undefined {
  const n = codes.length;
  let keep: Uint8Array | undefined;
  const single = (i: number) => isLetter(codes[i] ?? 0) && !isLetter(codes[i - 1] ?? 0) && !isLetter(codes[i + 1] ?? 0);
  let i = 0;
  while (i < n) {
    // Only a letter with no letter beside it can start a run: the rest of a longer word is passed over at once, not
    // asked letter by letter (every character of every message comes here; issue 13).
    if (!isLetter(codes[i]!)) {
      i += 1;
      continue;
    }
    if (i + 1 < n && isLetter(codes[i + 1]!)) {
      i += 2;
      while (i < n && isLetter(codes[i]!)) i += 1;
      continue;
    }
    if (!(single(i) && isSep(codes[i + 1] ?? 0) && single(i + 2))) {
      i += 1;
      continue;
    }
    let j = i;
    let letters = 1;
    while (isSep(codes[j + 1] ?? 0) && single(j + 2)) {
      j += 2;
      letters += 1;
    }
    // "a b" is two words, not a disguise: only runs of three or more are joined.
    if (letters >= 3) {
      keep ??= new Uint8Array(n).fill(1);
      for (let k = i + 1; k < j; k += 2) keep[k] = 0;
    }
    i = j + 1;
  }
  return keep;
}

/** The original span for a folded match [start, end). */
export function originalSpan(folded: Folded, start: number, end: number): { start: number; end: number } {
  if (!folded.map) return { start, end };
  if (folded.reordered && start < folded.map.length) return spanIn(folded, start, Math.max(start + 1, end), 0);
  const from = folded.map[start] ?? 0;
  const to = (folded.map[Math.max(start, end - 1)] ?? from) + 1;
  return { start: from, end: to };
}
