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

const WORDS = /[a-z*#%]+(?:'[a-z]+)*/g;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let scanned = 0;
  for (const match of text.matchAll(WORDS)) {
    for (let i = scanned; i < match.index; i += 1) {
      const c = text.charCodeAt(i);
      if (c === 46 || c === 33 || c === 63 || c === 10) sentence += 1; // . ! ? newline
    }
    scanned = match.index + match[0].length;
    const word = match[0];
    const squeezed = squeeze(word.replace(/'/g, ""));
    tokens.push({ word, squeezed, forms: stemsOf(squeezed), start: match.index, end: scanned, sentence });
  }
  return tokens;
}

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
