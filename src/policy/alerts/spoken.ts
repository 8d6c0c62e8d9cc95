import type { Tokens } from "../classifier/tokens";
import type { Compacted } from "./compact";
import { compactedOffset } from "./compact";
import { mayRunOn, runOnBreaks } from "./run-ons";
import { G_DROPPED, SPOKEN_FORMS, SPOKEN_STOPS } from "./spoken-forms";

/**
 * The text the alert rules read, with words written as spoken read as the standard words the rules are written in
 * (issue 10: dialect written as spoken, text-speak and dictation were the blind sets' misses): "am gonna dae masel in"
 * reads "i'm going to do myself in", "ah know where ye bide" "i know where you live", dictation's "full stop" a full
 * stop. `map` takes each character back to the folded text, as compact's does, so evidence still shows what was written.
 */
export interface Spoken extends Compacted {
  /** Standard words put in, at their offsets in `text`: they wake the rules their words are cues of (detect.ts). */
  cues: ReadonlyArray<{ at: number; words: readonly string[] }>;
  /** Whether a spoken stop became a full stop: sentences then differ from the tokens' own count. */
  stops: boolean;
}

interface Change {
  /** [from, to) in the compacted text. */
  from: number;
  to: number;
  standard: string;
}

/**
 * The folded text's words read as standard English where they were written as spoken; the compacted text itself when none
 * was. `candidates`: the tokens whose shape reads as spoken (`spokenAs`), found by detect.ts in its pass over the tokens.
 */
export function readSpoken(compacted: Compacted, tokens: Tokens, folded: string, candidates: readonly number[], subjectBreak: number): Spoken {
  // Most mail has no word written as spoken and no run-on: the compacted text as it is.
  const changes = candidates.length || mayRunOn(folded, tokens, subjectBreak) ? changesIn(compacted, tokens, folded, candidates, subjectBreak) : NO_CHANGES;
  if (!changes.length) return compacted.map ? { text: compacted.text, map: compacted.map, cues: NO_CUES, stops: false } : { text: compacted.text, cues: NO_CUES, stops: false };
  const source = compacted.text;
  const written = compacted.map;
  let added = 0;
  for (const c of changes) added += Math.max(0, c.standard.length - (c.to - c.from));
  const map = new Int32Array(source.length + added);
  let m = 0;
  /** Characters [from, to) of the compacted text kept as they are: their folded offsets. */
  const keep = (from: number, to: number) => {
    if (written) map.set(written.subarray(from, to), m);
    else for (let i = from; i < to; i += 1) map[m + i - from] = i;
    m += to - from;
  };
  let text = "";
  const cues: Array<{ at: number; words: readonly string[] }> = [];
  let stops = false;
  let last = 0;
  for (const { from, to, standard } of changes) {
    if (from < last) continue;
    text += source.slice(last, from);
    keep(last, from);
    if (isLetter(standard.charCodeAt(0))) cues.push({ at: text.length, words: standard.split(" ") });
    else stops = true;
    text += standard;
    // Each character put in stands for the written one at its place (the last written one past its length): increasing, as compact's map is.
    for (let j = 0; j < standard.length; j += 1) {
      const i = Math.min(from + j, to - 1);
      map[m++] = written ? written[i]! : i;
    }
    last = to;
  }
  text += source.slice(last);
  keep(last, source.length);
  return { text, map: map.subarray(0, m), cues, stops };
}

const NO_CHANGES: readonly Change[] = [];
const NO_CUES: Spoken["cues"] = [];

/** Pronouns and the like after which "am" is the writer's ("so am i"), not "I'm" left unsaid. */
const BEFORE_AM = new Set(["i", "ah", "aa", "so", "nor", "what", "where", "who", "how", "why", "when"]);
/** What follows a dropped "I'm" in "am gonna", "am done wi it". */
const AFTER_AM = new Set(["gonna", "gunna", "gonnae", "ganna", "going", "goin", "gannin", "gan", "done", "finished", "off", "ganna", "sick", "tired", "not"]);
/** Verbs after which Scots "ah" and Geordie "aa" are "I" ("ah know where ye bide"). */
const I_VERBS = new Set(["know", "knaa", "ken", "cannae", "dinnae", "divvent", "willnae", "didnae", "can", "will", "want", "wanna", "am", "have", "had", "just", "need", "swear", "think", "feel", "seen", "saw", "told", "did", "wis", "was", "cant", "dont", "wont", "gonnae", "gonna", "hope", "mean"]);
/** Verbs after which Scots "a" is "I" (the article never stands before them). */
const A_AS_I = new Set(["ken", "cannae", "dinnae", "willnae", "didnae", "divvent", "knaa", "wis", "gonnae", "widnae", "couldnae"]);
/** Who knows, before Scots "ken". */
const KNOWERS = new Set(["a", "ah", "i", "ye", "you", "we", "they", "dinnae", "don't", "dont", "didnae", "ye'll", "you'll", "aye"]);
/** After "your", "yer", "ur": "you're" ("your gonna regret it", "yer deid"). */
const AFTER_YOURE = new Set(["gonna", "going", "gonnae", "dead", "deid", "finished", "next", "getting", "gettin", "done", "ganna"]);
/** Before "the night" that is a night told of ("all the night", "on the night"), not Scots "tonight". */
const A_NIGHT_TOLD = new Set(["all", "in", "on", "during", "through", "of", "for", "at", "that", "last", "same", "whole", "one", "every", "to", "from", "by", "into", "till", "until", "since", "after", "before"]);
/** "me" and "ma" as "my" before one's own people and life ("me mam", "ma weans"): not things, which "me" is given ("gave me tablets"). */
const OWN_NOUNS = new Set(["mam", "mum", "da", "dad", "kids", "bairns", "weans", "life", "head", "heid", "missus", "fella", "lad", "lass", "nan", "brother", "sister", "son", "daughter", "wife", "husband", "partner"]);
/** Scots "aw" is "all" beside these ("end it aw", "aw ma tablets"); alone it is a sigh ("aw, thanks"). */
const ALL_AFTER = new Set(["it", "them", "us", "yous", "ye", "you", "take", "end", "done", "at", "wi", "with", "of", "o"]);
const ALL_BEFORE = new Set(["the", "ma", "my", "o", "of", "his", "her", "they", "these", "those", "ma", "yer", "your"]);
/** Dictation's spoken stops by their first word: "full" → "stop" → ".". */
const STOP_PAIRS = new Map<string, Map<string, string>>();
for (const [pair, stop] of SPOKEN_STOPS) {
  const [first, second] = pair.split(" ") as [string, string];
  STOP_PAIRS.set(first, (STOP_PAIRS.get(first) ?? new Map<string, string>()).set(second, stop));
}
/** Spoken digits: "2nite", "b4", "some1". */
const AFTER_TWO = new Map([["nite", "tonight"], ["night", "tonight"], ["nyt", "tonight"], ["day", "today"], ["moro", "tomorrow"], ["morrow", "tomorrow"], ["mrw", "tomorrow"], ["moz", "tomorrow"]]);
const BEFORE_ONE = new Map([["some", "someone"], ["any", "anyone"], ["every", "everyone"]]);

/** What a word read by its neighbours may start, as bits: a spoken stop, a phrase, a form in context, a digit after or before. */
const STOP = 1;
const PHRASE = 2;
const CONTEXT = 4;
const AFTER_2 = 8;
const BEFORE_1 = 16;
const BEFORE_4 = 32;
/** Two words written apart ("my self"), by the second, the rarer: the first and what they make. */
const PHRASE_SECOND = new Map<string, readonly [string, string]>([
  ["dose", ["over", "overdose"]],
  ["bye", ["good", "goodbye"]],
  ["night", ["to", "tonight"]],
  ["morrow", ["to", "tomorrow"]],
  ["morra", ["the", "tomorrow"]],
  ["morn", ["the", "tomorrow"]],
  ["nicht", ["the", "tonight"]],
]);
const CONTEXT_WORDS = new Set(["am", "ah", "aa", "ken", "your", "yer", "ur", "me", "ma", "r", "aw"]);

/**
 * What a word is as spoken, kept on its shape: its standard word(s); or, for a word its neighbours decide, the checks
 * that may change it (bits, never 0); or false when it is none.
 */
export function spokenAs(word: string): string | number | false {
  const checks =
    (STOP_PAIRS.has(word) ? STOP : 0) |
    (PHRASE_SECOND.has(word) ? PHRASE : 0) |
    (CONTEXT_WORDS.has(word) ? CONTEXT : 0) |
    (AFTER_TWO.has(word) ? AFTER_2 : 0) |
    (BEFORE_ONE.has(word) ? BEFORE_1 : 0) |
    (word === "b" ? BEFORE_4 : 0);
  if (checks) return checks;
  return SPOKEN_FORMS.get(word) ?? (G_DROPPED.has(word) ? `${word}g` : false);
}

function changesIn(compacted: Compacted, tokens: Tokens, folded: string, candidates: readonly number[], subjectBreak: number): Change[] {
  const text = compacted.text;
  const changes: Change[] = [];
  const from = (k: number) => compactedOffset(compacted, tokens.start(k));
  const to = (k: number) => compactedOffset(compacted, tokens.end(k));
  /** Whether tokens k and k + 1 stand one space apart (a phrase), not across a stop. */
  const joined = (k: number) => k + 1 < tokens.length && tokens.start(k + 1) - tokens.end(k) === 1 && folded.charCodeAt(tokens.end(k)) === 32;
  let done = -1;
  for (const k of candidates) {
    // A phrase's second word was read with its first.
    if (k <= done) continue;
    const shape = tokens.shape(k)!;
    const as = shape.spoken;
    if (as === undefined || as === false) continue;
    // Scots "a" is "I" before these ("a ken", "a cannae"): read from the verb, as "a" itself is mostly the article.
    if (A_AS_I.has(shape.word) && tokens.word(k - 1) === "a" && joined(k - 1)) changes.push({ from: from(k - 1), to: to(k - 1), standard: "i" });
    if (typeof as === "string") {
      changes.push({ from: from(k), to: to(k), standard: as });
      continue;
    }
    const word = shape.word;
    const next = tokens.word(k + 1);
    // Dictation's spoken punctuation, with the space before it: "thank you full stop i have" → "thank you. i have".
    const stop = as & STOP ? STOP_PAIRS.get(word)!.get(next) : undefined;
    if (stop && joined(k)) {
      const start = from(k);
      changes.push({ from: start > 0 && text.charCodeAt(start - 1) === 32 ? start - 1 : start, to: to(k + 1), standard: stop });
      done = k + 1;
      continue;
    }
    const phrase = as & PHRASE ? asPhrase(tokens, k - 1, tokens.word(k - 1), word, folded) : undefined;
    if (phrase && joined(k - 1)) {
      changes.push({ from: from(k - 1), to: to(k), standard: phrase });
      continue;
    }
    // Read in context first ("yer gonna" is "you're"), then as the word alone ("yer" is "your").
    const standard = as & CONTEXT ? inContext(tokens, k, word, next) ?? SPOKEN_FORMS.get(word) : undefined;
    if (standard) {
      changes.push({ from: from(k), to: to(k), standard });
      continue;
    }
    // "2nite", "2day": the digit is part of the word.
    if (as & AFTER_2 && folded.charCodeAt(tokens.start(k) - 1) === 50) {
      changes.push({ from: from(k) - 1, to: to(k), standard: AFTER_TWO.get(word)! });
      continue;
    }
    // "b4", "some1".
    const after = folded.charCodeAt(tokens.end(k));
    if (as & BEFORE_4 && after === 52) changes.push({ from: from(k), to: to(k) + 1, standard: "before" });
    if (as & BEFORE_1 && after === 49 && !isDigit(folded.charCodeAt(tokens.end(k) + 1))) changes.push({ from: from(k), to: to(k) + 1, standard: BEFORE_ONE.get(word)! });
  }
  // Dictation's run-ons: a stop back where a new sentence starts (run-ons.ts).
  for (const at of runOnBreaks(folded, tokens, subjectBreak, (offset) => compactedOffset(compacted, offset))) changes.push({ from: at, to: at + 1, standard: ". " });
  return changes.sort((a, b) => a.from - b.from);
}

/** What ends a clause between two words: a stop, a comma, a dash. */
const CLAUSE_END = /[.!?,;:\n–—-]/;
/** Whether a clause ends after token k (a stop, a comma or the end of the text follows it). */
const clauseEndsAfter = (tokens: Tokens, k: number, folded: string) => k + 1 >= tokens.length || CLAUSE_END.test(folded.slice(tokens.end(k), tokens.start(k + 1)));
const isLetter = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Two words written apart that dictation and phone mail split ("over dose", "good bye"), or Scots "the nicht" for tonight: tokens k and k + 1. */
function asPhrase(tokens: Tokens, k: number, word: string, next: string, folded: string): string | undefined {
  const [first, standard] = PHRASE_SECOND.get(next)!;
  if (word !== first) return undefined;
  // "end it aw the nicht," — not "all the nicht", "on the nicht he left": only before a stop, a comma or the end.
  if (next === "nicht" && (A_NIGHT_TOLD.has(tokens.word(k - 1)) || !clauseEndsAfter(tokens, k + 1, folded))) return undefined;
  return standard;
}

/** A form read by its neighbours: "am gonna" (I'm), "ah know" (I), "yer gonna" (you're), "me mam" (my), "u r" (are). */
function inContext(tokens: Tokens, k: number, word: string, next: string): string | undefined {
  switch (word) {
    case "am":
      return AFTER_AM.has(next) && (k === 0 || tokens.sentence(k - 1) !== tokens.sentence(k) || !BEFORE_AM.has(tokens.word(k - 1))) ? "i'm" : undefined;
    case "ah":
    case "aa":
      return I_VERBS.has(next) ? "i" : undefined;
    case "ken":
      // Scots "know" after whoever knows ("a ken", "ye ken"); else a name.
      return KNOWERS.has(tokens.word(k - 1)) ? "know" : undefined;
    case "your":
    case "yer":
    case "ur":
      return AFTER_YOURE.has(next) ? "you're" : undefined;
    case "me":
    case "ma":
      return OWN_NOUNS.has(next) && (word === "me" || !["my", "me", "your", "his", "her", "the", "our", "their", "yer"].includes(tokens.word(k - 1))) ? "my" : undefined;
    case "aw":
      return ALL_AFTER.has(tokens.word(k - 1)) || ALL_BEFORE.has(next) ? "all" : undefined;
    case "r":
      return ["u", "you", "ye", "we", "they", "yous"].includes(tokens.word(k - 1)) ? "are" : undefined;
    default:
      return undefined;
  }
}

/**
 * What reading spoken forms must and must not change, as a rule's examples are (rule.ts): each message in `alert` raises
 * its kind (and did not before the words were read as standard), each in `clear` raises neither risk to life nor a
 * threat to staff. `test/policy/alerts/spoken.test.ts` runs them through `classify`.
 */
export const SPOKEN_EXAMPLES: {
  alert: ReadonlyArray<readonly ["risk-to-life" | "threat-to-staff", string]>;
  clear: readonly string[];
} = {
  alert: [
    ["risk-to-life", "ahm gonnae end it aw, naebody cares, ah've goat the tablets here"],
    ["risk-to-life", "am gonna dae masel in, av had enough o the lot o yous"],
    ["risk-to-life", "a'm gonna kill mesel the morra, divvent bother ringin"],
    ["risk-to-life", "i cannae dae this nae mair, ah'm gonnae take aw ma tablets"],
    ["threat-to-staff", "ah know where ye bide Morgan, ah've seen yer motor, ye'll get whit's comin tae ye"],
    ["threat-to-staff", "aa knaa where ye live Casey, ye'll be sorry"],
    ["threat-to-staff", "yer gonna regret this Casey, av seen where ye park"],
    // Spelt as heard (spoken-forms.ts SPELT_AS_HEARD): dyslexic and phonetic spellings of the words the rules read.
    ["threat-to-staff", "i no sum1 who will find Casey, watch urself"],
    ["threat-to-staff", "Casey ul be ded if i see u, i kno ur adress"],
    ["risk-to-life", "thinkin of taking all my pilz tonite, cant do it anymor"],
    ["threat-to-staff", "ah've seen yer wife at the school gates Casey, nice motor she drives"],
    ["threat-to-staff", "a ken where ye bide Casey, ye'll no see me comin"],
    // Dictated, without a stop: its sentences read back where the writer's "I" starts one (run-ons.ts).
    ["risk-to-life", "hi it's me again i know you can't do anything about the court thing i have been to the doctor and they just gave me more pills i have put them all in a jar by my bed i am going to take them tonight"],
  ],
  clear: [
    "my famly kno the polise were good to us, thank u every1 at the ofice",
    "sum1 told me my complaint was closed, i no ur busy but cud u ring me befor friday",
    "am gonna take it tae the ombudsman, yous have been useless",
    "ah cannae believe how long this is taking, ah'm sick o waitin",
    "i am gonna fill in the form the morra and send it wi the photos",
    "the night shift has been murder this week but am fine, just chasin my complaint",
    "my self harm worker says i am doing a lot better now and i wanted to say thank you for listening",
    "i have read the letter and i am not happy with it i am going to take it to the ombudsman and i have told my mp about it i know where your office is so i will drop the forms in by hand on friday",
    "Ken from the residents' group asked me to write, a ken you're busy but can someone ring him about the meeting",
    "i got the letter today and it says my complaint is closed again which is a joke i know the caseworker is busy i know you have rules but i will be going to the ombudsman with it",
  ],
};
