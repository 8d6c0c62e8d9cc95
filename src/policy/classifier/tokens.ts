/**
 * Words of the folded text with their offsets, and sentence numbers, in one linear pass.
 * Masking characters (`*`, `#`, `%`) stay inside words so `f***` is one token.
 */
export interface Token {
  /** Folded word, e.g. "f***ing", "women". */
  word: string;
  /** Word with runs of a repeated letter squeezed to one ("fuuuck" → "fuck"). */
  squeezed: string;
  /** The squeezed word and its stems without common suffixes ("idiots" → "idiot"). */
  forms: string[];
  start: number;
  end: number;
  sentence: number;
}

const isLetter = (c: number) => c >= 97 && c <= 122;
/** Letters and the masking characters `*`, `#`, `%`. */
const isWordChar = (c: number) => isLetter(c) || c === 42 || c === 35 || c === 37;

/**
 * Hand-written scan rather than a `matchAll` over letters-and-masks (with an apostrophe and
 * letters allowed inside): the same words, but no match object per word, which kept the
 * garbage collector busy on 50 KB letters.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
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
    const word = text.slice(start, i);
    let shape = shapes.get(word);
    if (!shape) {
      if (shapes.size > 50_000) shapes.clear(); // bounded on hostile input
      const squeezed = squeeze(word.replace(/'/g, ""));
      shape = { squeezed, forms: stemsOf(squeezed) };
      shapes.set(word, shape);
    }
    tokens.push({ word, squeezed: shape.squeezed, forms: shape.forms, start, end: i, sentence });
  }
  return tokens;
}

/** Squeezed form and stems per distinct word: mail repeats its words, so each is worked out once. */
const shapes = new Map<string, { squeezed: string; forms: string[] }>();

export function squeeze(word: string): string {
  let out = "";
  let last = "";
  for (const c of word) {
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const SUFFIXES = ["ing", "in", "ers", "er", "ed", "es", "s", "y", "ies", "est"];

function stemsOf(squeezed: string): string[] {
  const forms = [squeezed];
  for (const suffix of SUFFIXES) {
    if (squeezed.length > suffix.length + 2 && squeezed.endsWith(suffix)) forms.push(squeezed.slice(0, -suffix.length));
  }
  return forms;
}

export function stems(token: Token): string[] {
  return token.forms;
}
