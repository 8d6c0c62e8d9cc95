/**
 * The folded text with its spacing made regular for the alert rules, whose patterns put one
 * space between words: a run of spaces or tabs is one space, and so is a single line break —
 * mail is hard-wrapped ("tonight I am\ngoing to end it") — while a blank line (a paragraph)
 * stays a line break, which ends a sentence. `map[i]` is the folded offset of character i.
 */
export interface Compacted {
  text: string;
  /** Absent when nothing changed (offsets are the folded text's). */
  map?: Int32Array;
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 13;

/** Where the spacing is irregular: two blanks, a tab or carriage return, or a line break inside a paragraph. */
const IRREGULAR = /[ \t\r]{2}|[\t\r]|[^\n]\n[^\n]/g;

/**
 * `keep`: the offset of a line break that must stay one (the break between subject and body,
 * which are never read as one sentence).
 */
export function compact(folded: string, keep = -1): Compacted {
  // Most mail needs nothing done: no double spaces, tabs, carriage returns or wrapped lines.
  IRREGULAR.lastIndex = 0;
  let needed = false;
  for (let m = IRREGULAR.exec(folded); m && !needed; m = IRREGULAR.exec(folded)) needed = m[0].length !== 3 || m.index + 1 !== keep;
  if (!needed) return { text: folded };
  const n = folded.length;
  const out = new Uint16Array(n);
  const map = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; ) {
    const c = folded.charCodeAt(i);
    if (!isBlank(c) && c !== 10) {
      out[m] = c;
      map[m++] = i++;
      continue;
    }
    // A run of blanks and line breaks: a paragraph break when it holds two line breaks, else a space.
    let j = i;
    let breaks = 0;
    while (j < n && (isBlank(folded.charCodeAt(j)) || folded.charCodeAt(j) === 10)) {
      if (folded.charCodeAt(j) === 10) breaks += 1;
      j += 1;
    }
    out[m] = breaks >= 2 || (keep >= i && keep < j) ? 10 : 32;
    map[m++] = i;
    i = j;
  }
  return { text: UTF16.decode(out.subarray(0, m)), map: map.subarray(0, m) };
}
/** One decoder for every message: hard-wrapped mail comes here, and a decoder made per message cost as much as the loop. */
const UTF16 = new TextDecoder("utf-16le");

/** The folded [start, end) for a compacted [start, end). */
export function foldedSpan(c: Compacted, start: number, end: number): { start: number; end: number } {
  if (!c.map) return { start, end };
  return { start: c.map[start]!, end: c.map[Math.max(start, end - 1)]! + 1 };
}

/** The compacted offset of a folded offset (the first compacted character at or after it). */
export function compactedOffset(c: Compacted, folded: number): number {
  if (!c.map) return folded;
  let lo = 0;
  let hi = c.map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.map[mid]! < folded) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
