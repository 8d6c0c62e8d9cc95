import type { Tokens } from "../classifier/tokens";

/**
 * Sentence stops put back in dictated and phone-typed run-ons (issue 10: voice-to-text mail has no punctuation, and the
 * blind sets' misses were there). The rules read sentences: without stops a whole message is one, so a sentence rule's
 * evidence is all of it (two signs then read the same words and count as one), a pattern that waits for the end of a
 * clause ("see what happens.") never sees one, and a guard reads words from far away as its own. A stretch of at least
 * RUN_ON words with hardly a comma is read as sentences that start where a new subject starts ("… who wrote that letter
 * i will break his jaw" → "… who wrote that letter. i will break his jaw"): a subject pronoun or an opening imperative
 * after a word that does not lead into one ("if i", "that he", "said they" stay).
 */

/** Words without a stop, from which a stretch is a run-on (a long written sentence has commas: see `isRunOn`). */
const RUN_ON = 20;

/** Words a sentence put back has at least, either side of a stop: "five years ago i tried …" is one sentence, its time and all. */
const MIN_CLAUSE = 5;

/**
 * Words that start a sentence when they follow a word that does not lead into them: the writer's "I" (the mail is theirs,
 * and its sentences mostly start so). Other subjects and opening imperatives split more look-alikes than they found
 * (dev rows dictated: he, she, they and we one risk to life more, one threat fewer, two false alerts more).
 */
const STARTERS: ReadonlySet<string> = new Set(["i", "i'm", "im", "i've", "ive", "i'll", "i'd"]);

/**
 * Words that turn from one thing to the next ("… and not wake up anyway i need someone to ring me"): a sentence starts at
 * them wherever a starter would, so what follows (a number on file, a call asked for) is not read as part of what came before.
 */
const TURNS: ReadonlySet<string> = new Set(["anyway", "anyways", "anyhow"]);

/** Words after which a starter goes on the same sentence: conjunctions, verbs of saying and thinking, prepositions, auxiliaries. */
const LEADS_ON: ReadonlySet<string> = new Set([
  "and", "or", "but", "if", "when", "whenever", "that", "so", "because", "cos", "coz", "as", "what", "where", "who",
  "which", "whom", "whose", "until", "till", "before", "after", "since", "than", "then", "why", "how", "whether",
  "unless", "though", "although", "while", "once", "said", "say", "says", "saying", "think", "thought", "know", "knew",
  "hope", "wish", "tell", "told", "feel", "felt", "mean", "bet", "guess", "swear", "reckon", "believe", "suppose",
  "realise", "realize", "see", "saw", "hear", "heard", "sure", "afraid", "glad", "to", "of", "for", "with", "about",
  "at", "by", "from", "in", "on", "into", "like", "even", "just", "only", "also", "let", "make", "made", "have", "had",
  "do", "does", "did", "is", "are", "was", "were", "be", "been", "can", "could", "will", "would", "shall", "should",
  "may", "might", "must", "am", "not", "never", "don't", "dont", "didn't", "didnt", "all", "both", "the", "a", "an",
  "wherever", "whatever", "now", "asked", "ask", "promise", "promised", "warn", "warned", "case", "time", "day", "night",
  "every", "cause", "dear", "hi", "hello", "ago", "honestly", "anyway", "then", "later", "again",
]);

/** Words opening a clause that leads into another: the "I" after it goes on the same sentence. */
const SUBORDINATORS: ReadonlySet<string> = new Set(["if", "when", "whenever", "unless", "until", "till", "once", "because", "cos", "since", "while", "although", "though"]);

/** Commas in the text, counted to `enough` at most (by the native search: most mail that gets here has them). */
function commasIn(text: string, enough: number): number {
  let n = 0;
  for (let i = text.indexOf(","); i >= 0 && n < enough; i = text.indexOf(",", i + 1)) n += 1;
  return n;
}

/** Whether the stretch of tokens [first, last] (one sentence as written) is a run-on: long, and with hardly a comma. */
function isRunOn(text: string, from: number, to: number, words: number): boolean {
  if (words < RUN_ON) return false;
  let commas = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58) commas += 1; // , ; :
  }
  return commas * RUN_ON < words;
}

/**
 * Whether the text may hold a run-on: mail written with stops has a long sentence here and there, read as written; only
 * mail whose sentences run on on average (a subject line is one, not counted) with hardly a comma is read for the stops
 * it left out. `subjectBreak`: the folded offset of the line break after the subject. An empty subject (or one without a
 * word) is no sentence of the tokens': counting one off then took one of the body's, and a body of two sentences read as
 * a run-on ("… a note saying "tell the boys. i'm sorry …"") that with a subject was read as written (issue 10).
 */
export function mayRunOn(folded: string, tokens: Tokens, subjectBreak: number): boolean {
  const sentences = tokens.length ? tokens.sentence(tokens.length - 1) - tokens.sentence(0) + 1 : 0;
  const subjectLine = tokens.length && tokens.start(0) < subjectBreak ? 1 : 0;
  return tokens.length >= RUN_ON * Math.max(1, sentences - subjectLine) && commasIn(folded, tokens.length / RUN_ON) * RUN_ON < tokens.length;
}

/**
 * Where stops go back in the run-ons of the folded text: the offsets, in the alert rules' text (`offsetOf` gives them), of the
 * spaces before the words that start a sentence.
 */
export function runOnBreaks(folded: string, tokens: Tokens, subjectBreak: number, offsetOf: (folded: number) => number): number[] {
  const breaks: number[] = [];
  if (!mayRunOn(folded, tokens, subjectBreak)) return breaks;
  for (let first = 0; first < tokens.length; ) {
    let last = first;
    while (last + 1 < tokens.length && tokens.sentence(last + 1) === tokens.sentence(first)) last += 1;
    if (isRunOn(folded, tokens.start(first), tokens.end(last), last - first + 1)) {
      let since = first;
      // A clause that opened with "if" or "when" goes on into the one it leads to ("if he won't i know some lads who will").
      let subordinate = false;
      for (let k = first; k <= last - MIN_CLAUSE + 1; k += 1) {
        if (SUBORDINATORS.has(tokens.word(k))) subordinate = true;
        const turn = TURNS.has(tokens.word(k));
        if (k < first + MIN_CLAUSE || !(turn || STARTERS.has(tokens.word(k))) || LEADS_ON.has(tokens.word(k - 1)) || k - since < MIN_CLAUSE) continue;
        if (subordinate && !turn) {
          subordinate = false;
          continue;
        }
        // Only between words a space apart: a comma or a dash is a break of its own already.
        const at = tokens.start(k);
        if (at - tokens.end(k - 1) !== 1 || folded.charCodeAt(at - 1) !== 32) continue;
        breaks.push(offsetOf(at - 1));
        since = k;
        subordinate = false;
      }
    }
    first = last + 1;
  }
  return breaks;
}
