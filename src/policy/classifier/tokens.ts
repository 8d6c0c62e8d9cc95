/**
 * Words of the folded text with their offsets, and sentence numbers, in one linear pass.
 * Masking characters (`*`, `#`, `%`) stay inside words so `f***` is one token.
 */

/** A distinct word and what matching needs of it: worked out once, shared by every token of that word. */
export interface Shape {
  /** Folded word, e.g. "f***ing", "women". */
  word: string;
  /** Word with runs of a repeated letter squeezed to one ("fuuuck" → "fuck"). */
  squeezed: string;
  /** The squeezed word and its stems without common suffixes ("idiots" → "idiot"). */
  forms: string[];
  /**
   * The alert rules this word wakes as a cue, by number (alerts/detect.ts), worked out the first time a message holds it:
   * kept on the word's shape, read for every word of every message, rather than looked up in a map each time.
   */
  cues?: readonly number[];
  /** The word read as standard where it was written as spoken (alerts/spoken.ts), the checks its neighbours need, or false. */
  spoken?: string | number | false;
}

/**
 * The tokens of a text as parallel arrays: token k is `shapes[k]` at [start(k), end(k)) in
 * sentence(k). Not an object per token: a 50 KB letter has ~9,000 words, and objects that
 * live through the whole classification are what the young-generation collector has to
 * copy, which made the slowest 1% of 50 KB classifications over three times the median.
 * Out-of-range neighbours read as "" so rules can look either side without bounds checks.
 */
export class Tokens {
  constructor(
    private readonly shapes: readonly Shape[],
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly sentences: Int32Array,
  ) {}

  get length(): number {
    return this.shapes.length;
  }

  shape(k: number): Shape | undefined {
    return k >= 0 && k < this.shapes.length ? this.shapes[k] : undefined;
  }

  word(k: number): string {
    return this.shape(k)?.word ?? "";
  }

  squeezed(k: number): string {
    return this.shape(k)?.squeezed ?? "";
  }

  start(k: number): number {
    return this.starts[k]!;
  }

  end(k: number): number {
    return this.ends[k]!;
  }

  sentence(k: number): number {
    return this.sentences[k]!;
  }

  /** The first token in [from, to) whose squeezed word matches, or -1 (clipped to the text). */
  find(from: number, to: number, pattern: { test(word: string): boolean }): number {
    for (let k = Math.max(0, from); k < Math.min(to, this.length); k += 1) if (pattern.test(this.shapes[k]!.squeezed)) return k;
    return -1;
  }
}

/** Builds Tokens one token at a time; arrays sized for the most tokens the text can hold. */
export class TokensBuilder {
  private readonly shapes: Shape[] = [];
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly sentences: Int32Array;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.sentences = new Int32Array(capacity);
  }

  push(shape: Shape, start: number, end: number, sentence: number): void {
    const k = this.shapes.length;
    // A typed array drops writes past its end without a word: fail loudly instead.
    if (k >= this.starts.length) throw new RangeError(`more than ${this.starts.length} tokens`);
    this.shapes.push(shape);
    this.starts[k] = start;
    this.ends[k] = end;
    this.sentences[k] = sentence;
  }

  build(): Tokens {
    const n = this.shapes.length;
    return new Tokens(this.shapes, this.starts.subarray(0, n), this.ends.subarray(0, n), this.sentences.subarray(0, n));
  }
}

const isLetter = (c: number) => c >= 97 && c <= 122;
/** Letters and the masking characters `*`, `#`, `%`. */
const isWordChar = (c: number) => isLetter(c) || c === 42 || c === 35 || c === 37;

/**
 * Hand-written scan rather than a `matchAll` over letters-and-masks (with an apostrophe and
 * letters allowed inside): the same words, but no match object per word, which kept the
 * garbage collector busy on 50 KB letters.
 */
export function tokenize(text: string): Tokens {
  const n = text.length;
  // A token is followed by a character outside it, or is at least three long ("don't" just
  // before a "*"): never more than one token per two characters, plus one.
  const tokens = new TokensBuilder((n >> 1) + 1);
  let sentence = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (c === 46 || c === 33 || c === 63 || c === 10) sentence += 1; // . ! ? newline
      i += 1;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i += 1;
    // "don't", "o'brien": an apostrophe followed by letters stays inside the word.
    while (i + 1 < n && text.charCodeAt(i) === 39 && isLetter(text.charCodeAt(i + 1))) {
      i += 1;
      while (i < n && isLetter(text.charCodeAt(i))) i += 1;
    }
    tokens.push(shapeOf(text.slice(start, i)), start, i, sentence);
  }
  return tokens.build();
}

/** Squeezed form and stems per distinct word: mail repeats its words, so each is worked out once. */
const shapes = new Map<string, Shape>();

export function shapeOf(word: string): Shape {
  let shape = shapes.get(word);
  if (!shape) {
    if (shapes.size > 50_000) shapes.clear(); // bounded on hostile input
    const squeezed = squeeze(word.includes("'") ? word.replace(/'/g, "") : word);
    // Every field set here, `cues` too: shapes of one layout keep the loops that read them fast.
    shape = { word, squeezed, forms: stemsOf(squeezed), cues: undefined, spoken: undefined };
    shapes.set(word, shape);
  }
  return shape;
}

export function squeeze(word: string): string {
  // Most words repeat no letter: the word itself, without building it again one letter at a time.
  if (!repeatsOrPairs(word)) return word;
  let out = "";
  let last = "";
  for (const c of word) {
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Whether a word has a letter written twice in a row, or a character written as a surrogate pair (compared as one below). */
function repeatsOrPairs(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    if ((c >= 0xd800 && c <= 0xdfff) || c === word.charCodeAt(i - 1)) return true;
  }
  return false;
}

const SUFFIXES = ["ing", "in", "ers", "er", "ed", "es", "s", "y", "ies", "est"];

function stemsOf(squeezed: string): string[] {
  const forms = [squeezed];
  for (const suffix of SUFFIXES) {
    if (squeezed.length > suffix.length + 2 && squeezed.endsWith(suffix)) forms.push(squeezed.slice(0, -suffix.length));
  }
  return forms;
}
