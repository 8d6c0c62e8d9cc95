/** A stretch of the folded text a rule reads: [from, to), and (sentence rules) the cued sentence's own start. */
export interface Window {
  from: number;
  to: number;
  /** Where the cued sentence itself starts (sentence rules read the two before it too). */
  sentence: number;
}

/** Sentences read before a cued one by a sentence rule ("My neighbour is 90. … He's taken her pension card."). */
const SENTENCES_BEFORE = 2;

// . ! ? and newline end a sentence, but not the point in a time or a number ("the 17.42", "£4.50").
const isDigit = (c: number) => c >= 48 && c <= 57;
const stopAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  if (c === 46) return !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
  return c === 33 || c === 63 || c === 10;
};

const STOP_CHARACTERS = /[.!?\n]/g;

/**
 * The sentences of a folded text, found once per message: sentence i runs from just after
 * stop i - 1 to stop i. Windows are then a binary search away, not a scan per cue word.
 */
export class Sentences {
  private readonly stops: Int32Array;

  constructor(private readonly text: string) {
    const stops: number[] = [];
    // Only . ! ? and newline can end a sentence: found by a native scan, not asked of every letter and space in a loop
    // (the loop was some 3% of the classifier's time at 2 KB in a profile, issue 13).
    STOP_CHARACTERS.lastIndex = 0;
    while (STOP_CHARACTERS.test(text)) {
      const i = STOP_CHARACTERS.lastIndex - 1;
      if (stopAt(text, i)) stops.push(i);
    }
    this.stops = Int32Array.from(stops);
  }

  /** Which sentence holds offset `at`. */
  indexOf(at: number): number {
    let lo = 0;
    let hi = this.stops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.stops[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Sentence i's first character (leading spaces skipped) and its end (the stop, or the text's end). */
  start(i: number): number {
    let from = i > 0 ? this.stops[i - 1]! + 1 : 0;
    while (from < this.text.length && (this.text.charCodeAt(from) === 32 || this.text.charCodeAt(from) === 9)) from += 1;
    return from;
  }

  end(i: number): number {
    return i < this.stops.length ? this.stops[i]! : this.text.length;
  }

  /**
   * Where a rule can match, from the offsets of its cue words: a text rule reads each cued
   * sentence with its neighbours (a cue word may sit beside the pattern rather than in it:
   * "You get the 17.42, don't you. Platform 2."; a few patterns run across a full stop: "… parks
   * on Church Street. She should be careful"); a sentence rule reads each cued sentence with
   * the two before. Reading these windows, not the whole message, keeps a 2 KB message to a few
   * hundred characters per rule (DESIGN.md: the classifier's ≥ 2,000 messages/s at 2 KB).
   */
  windowsFor(cueOffsets: readonly number[], scope: "text" | "sentence"): Window[] {
    const windows: Window[] = [];
    for (const at of cueOffsets) {
      const i = this.indexOf(at);
      if (scope === "sentence") {
        windows.push({ from: this.start(Math.max(0, i - SENTENCES_BEFORE)), to: this.end(i), sentence: this.start(i) });
        continue;
      }
      const from = this.start(Math.max(0, i - 1));
      const to = this.end(Math.min(i + 1, this.stops.length));
      const last = windows.at(-1);
      // Cues arrive in text order: a window that reaches into the last one extends it.
      if (last && from <= last.to) last.to = Math.max(last.to, to);
      else windows.push({ from, to, sentence: from });
    }
    return windows;
  }
}
