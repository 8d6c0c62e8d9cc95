import { fold } from "../text/normalise";
import { tokenize, type Tokens } from "../classifier/tokens";

/**
 * Whether a sentence is about the strategy's closed matter: it shares at least two of the
 * matter's own words (the matter's description, less the words every complaint uses).
 * "The officers who investigated my stolen van did nothing" re-argues "the complaint that
 * officers mishandled the investigation of his stolen van"; "an officer parked across my drive
 * yesterday" does not. Word forms are the classifier's (stems, squeezed letters).
 */
const COMMON = new Set(
  [
    "the", "and", "for", "that", "this", "with", "was", "were", "about", "from", "his", "her", "their", "its", "into", "has", "had", "have", "who", "which",
    "complaint", "complain", "complained", "complaints", "officer", "officers", "police", "opcc", "office", "commissioner", "pcc", "case", "matter", "issue",
    "letter", "email", "reply", "handling", "handled", "review", "decision", "closed", "not", "any", "our", "your", "they", "them", "him", "she", "out",
  ].map((w) => w),
);

const cache = new Map<string, Set<string>>();

/** The closed matter's own words, as token forms. */
export function matterWords(closedMatter: string): Set<string> {
  let words = cache.get(closedMatter);
  if (!words) {
    if (cache.size > 100) cache.clear();
    words = new Set();
    const tokens = tokenize(fold(closedMatter).text);
    for (let k = 0; k < tokens.length; k += 1) {
      const shape = tokens.shape(k)!;
      if (shape.word.length < 3 || COMMON.has(shape.word)) continue;
      for (const form of shape.forms) words.add(form);
    }
    cache.set(closedMatter, words);
  }
  return words;
}

/** How many distinct words of tokens [from, to) belong to the closed matter. */
export function sharedWords(tokens: Tokens, from: number, to: number, matter: Set<string>): number {
  const seen = new Set<string>();
  for (let k = from; k < to; k += 1) {
    const shape = tokens.shape(k)!;
    if (shape.word.length < 3 || COMMON.has(shape.word) || seen.has(shape.word)) continue;
    if (shape.forms.some((f) => matter.has(f))) seen.add(shape.word);
  }
  return seen.size;
}

/** At least this many of the matter's own words make a sentence about the closed matter. */
export const ABOUT_THE_MATTER = 2;
