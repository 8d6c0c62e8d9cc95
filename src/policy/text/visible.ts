/**
 * The text as a reader sees it (issue 10: an alert is never missed by a trick of the input). Characters that show
 * nothing are dropped — zero-width spaces and joiners, soft hyphens, word joiners, byte-order marks, bidi controls and
 * every other format or default-ignorable character ("I kn\u200bow where Casey li\u00adves" is "I know where Casey
 * lives") — and so are combining marks laid over a Latin letter ("k̶i̶l̶l̶", "ki\u0301ll"). Letters dressed up as other
 * letters become the plain one: accented (é), full-width (ｋ) and mathematical (𝐤) Latin letters, and Cyrillic or Greek
 * look-alikes inside a Latin word ("kіll" with a Cyrillic і). Unusual spaces are a space, line and paragraph separators a
 * line break, and letters a right-to-left override shows reversed ("\u202Euoy llik\u202C" shows "kill you") are read in
 * the order shown.
 *
 * `map[i]` is the original offset of character i, so evidence still points at what was written. Most mail has none of
 * this: one regex test, and the text comes back as it was, without a map. Otherwise one linear pass over code points,
 * each distinct one judged once.
 */
import { latinLetterLike } from "../confusable";

export interface Visible {
  text: string;
  /** Absent when the text is unchanged. */
  map?: Int32Array;
  /** Set when a right-to-left override was read: the map is not increasing there (see `spanIn`). */
  reordered?: true;
}

/** Per BMP code unit: 0 not yet judged, 1 left alone, 2 suspect. Surrogates (emoji, 𝐤, tag characters) are suspect. */
const suspectUnit = new Uint8Array(0x10000);
/** Past ASCII and the punctuation most mail has (curly quotes, dashes, £, €, …), none of which is changed. */
const UNUSUAL = /[^\t\n\r\x20-\x7f\u2010-\u2027\u2030-\u205e\u00a1-\u00ac\u00ae-\u00bf\u20ac]/;

/**
 * Whether any character of the text may need reading differently: most mail is ASCII, curly quotes or £. Each code
 * unit is judged once (the same judgement the pass makes), so Russian or Chinese mail pays for its letters once.
 */
function mayNeedReading(text: string): boolean {
  const first = text.search(UNUSUAL);
  if (first < 0) return false;
  for (let i = first; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    let unit = suspectUnit[c]!;
    if (unit === 0) suspectUnit[c] = unit = (c >= 0xd800 && c <= 0xdfff) || judge(c) !== KEEP ? 2 : 1;
    if (unit === 2) return true;
  }
  return false;
}
const INVISIBLE = /^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;
const MARK = /^\p{M}$/u;
/** Unusual spaces, and the braille blank (U+2800), which shows as a space and is used as one to split words. */
const SPACE = /^[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u2800]$/u;
const LINE = /^[\u2028\u2029]$/u;
const LETTER = /^\p{L}$/u;
const LATIN = /^\p{Script=Latin}$/u;

const RLO = 0x202e;

/**
 * Where a right-to-left override's reversal stops: its pop (U+202C), any other embedding, override or isolate
 * (U+202A–U+202E, U+2066–U+2069: they start a run of their own), or a paragraph's end (LF, CR, VT, FF, NEL, the
 * separators U+001C–U+001E, U+2028, U+2029). Reading past one of them reversed text a reader sees in order:
 * "\u202e\u202dI am going to kill you" was read backwards and raised nothing.
 */
function endsOverride(c: number): boolean {
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 10 || c === 11 || c === 12 || c === 13 || c === 0x85 || (c >= 0x1c && c <= 0x1e) || c === 0x2028 || c === 0x2029;
}

const DROP = -1;
const DROP_AFTER_LETTER = -2;
const KEEP = -3;
/** A letter of another script drawn as a Latin one (Cyrillic і, Greek κ, Armenian օ): read as it only inside a Latin word. */
const LOOK_ALIKE = -4;
/** Per code point: DROP, DROP_AFTER_LETTER, KEEP, LOOK_ALIKE, or the ASCII letters it stands for. */
const judged = new Map<number, number | string>();
/** The Latin letter of each LOOK_ALIKE code point. */
const lookAlikes = new Map<number, number>();

/**
 * How a code point is read, in this order:
 * - invisible (format, default-ignorable): dropped; a combining mark: dropped after a letter;
 * - an unusual space or the braille blank: a space; a line or paragraph separator: a line break;
 * - Unicode's compatibility decomposition (NFKD), marks dropped, when that is plain letters: é → e, ｋ → k, 𝐤 → k,
 *   ⓚ → k, ﬁ → fi (the same data `normalize("NFKC")` reads);
 * - a letter Unicode's confusables list (confusable.ts `latinLetterLike`) draws as one Latin letter: a Latin-script one
 *   always (small capitals ᴋɪʟʟ, dotless ı: no language writes words in them), another script's only inside a Latin
 *   word (LOOK_ALIKE), so Greek, Russian or Armenian written as such is left as it is.
 */
function judge(cp: number): number | string {
  let verdict = judged.get(cp);
  if (verdict !== undefined) return verdict;
  const ch = String.fromCodePoint(cp);
  if (INVISIBLE.test(ch)) verdict = DROP;
  else if (MARK.test(ch)) verdict = DROP_AFTER_LETTER;
  else if (SPACE.test(ch)) verdict = " ";
  else if (LINE.test(ch)) verdict = "\n";
  else {
    const base = ch.normalize("NFKD").replace(/\p{M}/gu, "");
    const latin = LETTER.test(ch) ? latinLetterLike(ch) : undefined;
    if (base !== ch && /^[a-zA-Z]{1,3}$/.test(base)) verdict = base;
    else if (!latin) verdict = KEEP;
    else if (LATIN.test(ch)) verdict = latin;
    else {
      lookAlikes.set(cp, latin.charCodeAt(0));
      verdict = LOOK_ALIKE;
    }
  }
  if (judged.size > 10_000) {
    judged.clear();
    lookAlikes.clear();
    if (verdict === LOOK_ALIKE) lookAlikes.set(cp, latinLetterLike(ch)!.charCodeAt(0));
  }
  judged.set(cp, verdict);
  return verdict;
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** How far past a look-alike a Latin letter is looked for: a word's length, so a long run of Greek costs no more than a pass. */
const WORD_REACH = 24;

/** Whether a Latin letter follows from `i`, past look-alikes, invisibles and marks ("εκill": past κ, the i). */
function latinAfter(text: string, i: number): boolean {
  for (const stop = Math.min(text.length, i + WORD_REACH); i < stop; ) {
    const cp = text.codePointAt(i)!;
    if (cp < 0x80) return isAsciiLetter(cp);
    const verdict = judge(cp);
    if (typeof verdict === "string") return isAsciiLetter(verdict.charCodeAt(0));
    if (verdict !== LOOK_ALIKE && verdict !== DROP && verdict !== DROP_AFTER_LETTER) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}

/** `reorder: false` reads an override's text in the order it was written, not shown (classify reads both: safety first). */
export function visibleText(original: string, { reorder = true }: { reorder?: boolean } = {}): Visible {
  if (!mayNeedReading(original)) return { text: original };
  const n = original.length;
  // A look-up may become up to three letters ("ﬃ"): room for that, trimmed at the end.
  const out: number[] = [];
  const map: number[] = [];
  let reordered = false;
  const emit = (code: number, at: number) => {
    out.push(code);
    map.push(at);
  };
  const read = (cp: number, at: number, width: number) => {
    if (cp < 0x80) return emit(cp, at);
    const verdict = judge(cp);
    if (verdict === DROP) return;
    if (verdict === DROP_AFTER_LETTER) {
      if (out.length && isAsciiLetter(out[out.length - 1]!)) return;
    } else if (verdict === LOOK_ALIKE) {
      // Only inside a Latin word: Russian or Greek written as such is left as it is. After a Latin letter (or a
      // look-alike read as one: "εκill"), or before one past any run of look-alikes.
      const before = out.length ? out[out.length - 1]! : 0;
      if (isAsciiLetter(before) || latinAfter(original, at + width)) return emit(lookAlikes.get(cp) ?? cp, at);
    } else if (typeof verdict === "string") {
      for (let k = 0; k < verdict.length; k += 1) emit(verdict.charCodeAt(k), at);
      return;
    }
    for (let k = 0; k < width; k += 1) emit(original.charCodeAt(at + k), at + k);
  };
  for (let i = 0; i < n; ) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp !== RLO || !reorder) {
      read(cp, i, width);
      i += width;
      continue;
    }
    // A right-to-left override shows what follows reversed, to its pop or the end of the line: read as shown.
    let end = i + 1;
    while (end < n && !endsOverride(original.charCodeAt(end))) end += 1;
    for (let k = end - 1; k > i; k -= 1) {
      const c = original.charCodeAt(k);
      // A surrogate pair is one character, kept in its order.
      const high = original.charCodeAt(k - 1);
      if (c >= 0xdc00 && c <= 0xdfff && k - 1 > i && high >= 0xd800 && high <= 0xdbff) {
        read(original.codePointAt(k - 1)!, k - 1, 2);
        k -= 1;
      } else read(c, k, 1);
    }
    reordered = true;
    i = end;
  }
  const text = utf16.decode(Uint16Array.from(out));
  // Russian or Greek mail, or curly quotes with a mark that stays: nothing changed, no map.
  if (text === original) return { text };
  return { text, map: Int32Array.from(map), ...(reordered ? { reordered: true as const } : {}) };
}

/** UTF-16 code units to a string in one native call. */
const utf16 = new TextDecoder("utf-16le");

/** The original [start, end) of the visible [start, end): the smallest and largest original offsets it came from. */
export function spanIn(visible: Visible, start: number, end: number, originalLength: number): { start: number; end: number } {
  const map = visible.map;
  if (!map) return { start, end };
  // At the very end (an empty span after the last character): the end of the original.
  if (start >= map.length) return { start: originalLength, end: originalLength };
  if (end <= start) return { start: map[start]!, end: map[start]! };
  if (!visible.reordered) return { start: map[start]!, end: map[end - 1]! + 1 };
  let from = map[start]!;
  let to = from;
  for (let k = start; k < end && k < map.length; k += 1) {
    from = Math.min(from, map[k]!);
    to = Math.max(to, map[k]!);
  }
  return { start: from, end: to + 1 };
}
