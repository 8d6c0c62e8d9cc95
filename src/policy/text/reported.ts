import { matches } from "./matches";
/**
 * Where the writer is quoting or reporting someone else's words rather than speaking for
 * themselves: quotation marks, reported speech ("he called me …", "saying … is wrong"),
 * and quoted reply lines ("> …"). Offensive words there are evidence of what happened to
 * the writer, not abuse by the writer (issue #5, "what it must not do").
 * Ranges are [start, end) offsets in the text given; each pattern is linear.
 */
export type Range = readonly [number, number];

const QUOTE_PAIRS: Array<[string, string]> = [
  ["\u201c", "\u201d"],
  ["\u2018", "\u2019"],
  ["\u00ab", "\u00bb"],
  ['"', '"'],
  ["'", "'"],
];
const MAX_QUOTE = 400;
/**
 * "said" is reporting unless the writer is the one who said it: "I said fuck off" repeats the
 * writer's own words to the reader, not words the writer suffered.
 */
const REPORTING =
  /\b(?:writing that|to write that|called|calling|named|labelled|labeled|branded|(?<!\bi )said|saying|told|telling|wrote|posted|posting|shouted|shouting|yelled|screamed|tweeted|commented|claimed|claiming|statements? like|words? like|phrases? like|remarks? like|comments? like|the phrase|the word|the slur|using the word|used the word)\b[^.!?\n]*/g;
/** Frames that distance the writer from the clause that follows ("you can't seriously believe that …", "threatening to …", "okay to call me …"). */
const DISTANCING =
  /\b(?:(?:can'?t|cannot|don'?t|do not|doesn'?t|does not|never|won'?t|wouldn'?t) (?:seriously |really |possibly )?(?:believe|think|accept|agree|say|claim|pretend|mean)|threaten(?:ing|ed|s)? to|(?:okay|ok|acceptable|alright|(?<!no )right|fine|allowed) to|call(?:ing)? (?:me|us|them|him|her|people|someone)|to call|the (?:open |obvious )?(?:hatred|contempt|disdain) (?:for|of|towards))\b[^.!?\n]*/g;
const QUOTED_LINE = /^[ \t]*>.*$/gm;

export function reportedRanges(text: string): Range[] {
  const ranges: Array<[number, number]> = [];
  for (const [open, close] of QUOTE_PAIRS) collectQuotes(text, open, close, ranges);
  for (const match of matches(REPORTING, text)) ranges.push([match.index, match.index + match[0].length]);
  for (const match of matches(DISTANCING, text)) ranges.push([match.index, match.index + match[0].length]);
  for (const match of matches(QUOTED_LINE, text)) ranges.push([match.index, match.index + match[0].length]);
  return merge(ranges);
}

/**
 * Only what is quoted: quotation marks and quoted reply lines ("> …"), not reporting verbs.
 * A threat is the writer's own even in "I'm telling you, I know where you live" or "like I
 * told you, watch your back", which `reportedRanges` would set aside as reported speech.
 */
export function quotedRanges(text: string): Range[] {
  const ranges: Array<[number, number]> = [];
  for (const [open, close] of QUOTE_PAIRS) collectQuotes(text, open, close, ranges);
  for (const match of matches(QUOTED_LINE, text)) ranges.push([match.index, match.index + match[0].length]);
  return merge(ranges);
}

/** A letter or digit: an apostrophe between two of them ("you'll", "don’t", "O'Brien") is inside a word, not a quote mark. */
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Words that pass a message on for someone else, just before it: "he asked me to write", "she wants me to tell you:". */
const RELAYED = /\b(?:asked|asks|wants?|wanted|told|tells|made|makes|insisted) (?:me|us) (?:to )?(?:write|say|tell you|tell|pass on|pass this on|put|send|type|add)(?: (?:this|it|that|down|to you|you))?[ \t:,]*$/i;
/** `closingMark` found no closing mark in the rest of the text. */
const NONE_AFTER = -2;
/** A blank line: a quotation does not run on into the next paragraph. */
const PARAGRAPH = /\n[ \t]*\n/;

/**
 * Quotations between `open` and `close`. When the marks are also apostrophes (' and ’), a mark
 * inside a word ("you'll", "don’t") neither opens nor closes one: 'you'll regret this' is one
 * quotation, not a quotation of "you" followed by the writer's own "ll regret this"; and since a
 * stray apostrophe ("the '90s", "the officers' report") is common, such a mark that is not closed
 * within its paragraph quotes nothing, and later quotations are still read. Double marks pair in turn.
 */
function collectQuotes(text: string, open: string, close: string, out: Array<[number, number]>): void {
  const apostrophe = close === "'" || close === "\u2019";
  let at = 0;
  for (;;) {
    const start = text.indexOf(open, at);
    if (start === -1) return;
    at = start + 1;
    // An apostrophe inside or at the end of a word ("don't", "O'Brien", "officers' ") opens nothing, nor does a mark before a space.
    if (open === "'" && (isWordChar(text[start - 1]) || !/\S/.test(text[start + 1] ?? ""))) continue;
    const end = apostrophe ? closingApostrophe(text, start + 1, close) : text.indexOf(close, start + 1);
    // No closing mark anywhere after: none of the later openings closes either.
    if (end === NONE_AFTER || end === -1 && !apostrophe) return;
    if (end === -1) continue;
    if (end - start > MAX_QUOTE) {
      at = end + 1;
      continue;
    }
    // A message passed on at the sender's bidding ("he asked me to write 'tell Morgan she'll get what's coming'") is theirs to the office, not a quotation.
    if (!RELAYED.test(text.slice(Math.max(0, start - 60), start))) out.push([start, end + 1]);
    at = end + 1;
  }
}

/** The closing apostrophe-mark after `from`: not one inside a word, and not past the paragraph or MAX_QUOTE (-1: none). */
function closingApostrophe(text: string, from: number, close: string): number {
  for (let at = from; ; ) {
    const end = text.indexOf(close, at);
    if (end === -1) return NONE_AFTER;
    if (end - from >= MAX_QUOTE) return -1;
    if (isWordChar(text[end - 1]) && isWordChar(text[end + 1])) {
      at = end + 1;
      continue;
    }
    // Bounded by MAX_QUOTE, so reading the passage for a blank line stays linear.
    return PARAGRAPH.test(text.slice(from, end)) ? -1 : end;
  }
}

function merge(ranges: Array<[number, number]>): Range[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = out.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([range[0], range[1]]);
  }
  return out;
}

/** Whether [start, end) lies within one of the ranges (binary search). */
export function within(ranges: readonly Range[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (end <= a) hi = mid - 1;
    else if (start >= b) lo = mid + 1;
    else return start >= a && end <= b;
  }
  return false;
}
