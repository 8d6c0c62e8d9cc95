/**
 * What the learned scorer reads (shared by the trainer in dev/train and the scorer here, so a
 * message is read the same way in both). A word counts once per message however often it is
 * repeated. Each target reads a message one of two ways (its `reads` in weights.json):
 * - "letters" (abusive, demands, their sub-types and crime): words, pairs of neighbouring words,
 *   and the 3- to 5-letter pieces of each word ("f-ing", "effing", "tw@t", a misspelt insult
 *   share pieces with the words the model saw);
 * - "words" (the alert kinds raised recall-first, dev/train/targets.ts): words, pairs of
 *   neighbouring words and pairs that skip one word ("end it all" gives "end all", "won't be
 *   around" gives "wont around"), no letter pieces. An alert is a matter of what is said, not of
 *   spelling: measured by `npm run train`'s cross-validation, the letter pieces' many features
 *   diluted the few words that carry a risk to life in a long letter (risk-to-life found alone
 *   49 of 80 with words, 25 of 80 with letters, at the same false alarms).
 */

/** One word of the text, where the person wrote it. */
export interface ScorerToken {
  /** Lower case, digits as 0 ("0000" for a year), apostrophes dropped. */
  form: string;
  start: number;
  end: number;
}

/**
 * A word is letters and digits, with inner apostrophes and masking marks ("don't", "f*ck", "sh!t"):
 * what `[\p{L}\p{N}]+(?:['’*!@$#][\p{L}\p{N}]+)*` matches (flags g and u), read by hand
 * (`scorerWords`) rather than by that pattern: a match object per word was most of the scorer's
 * time on a 50 KB letter.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
/** A word longer than this is read by its first letters only (pasted links, hashes). */
const LONGEST = 20;
const GRAMS = [3, 4, 5] as const;

/** The length of the letter or digit at `i` (2 for one written as a surrogate pair), or 0. */
function letterOrDigitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  LETTER_OR_DIGIT.lastIndex = i;
  if (!LETTER_OR_DIGIT.test(text)) return 0;
  return pairAt(text, i) ? 2 : 1;
}

const pairAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
};

/** ' ’ * ! @ $ #: inside a word when letters or digits follow. */
const isJoiner = (c: number) => c === 39 || c === 8217 || c === 42 || c === 33 || c === 64 || c === 36 || c === 35;

/**
 * A text's words as the scorer reads them, without an object per word: word k is `forms[ids[k]]`
 * at [starts[k], ends[k]), its form numbered in order of first use (one message's words repeat:
 * "the", "you", "complaint"; each is made into its form once).
 */
export interface ScorerWords {
  length: number;
  forms: string[];
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

export function scorerWords(text: string, staff?: StaffNames): ScorerWords {
  const n = text.length;
  // A word is followed by a character outside it: at most one word per two characters, plus one.
  const capacity = (n >> 1) + 1;
  const ids = new Int32Array(capacity);
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const forms: string[] = [];
  const byForm = new Map<string, number>();
  const byWord = new Map<string, number>();
  let count = 0;
  let i = 0;
  while (i < n) {
    let w = letterOrDigitAt(text, i);
    if (w === 0) {
      i += pairAt(text, i) ? 2 : 1;
      continue;
    }
    const start = i;
    i += w;
    for (;;) {
      while (i < n && (w = letterOrDigitAt(text, i)) > 0) i += w;
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && letterOrDigitAt(text, i + 1) > 0) i += 1;
      else break;
    }
    const word = text.slice(start, i);
    let id = byWord.get(word);
    if (id === undefined) {
      const form = formOf(word);
      id = byForm.get(form);
      if (id === undefined) byForm.set(form, (id = forms.push(form) - 1));
      byWord.set(word, id);
    }
    ids[count] = id;
    starts[count] = start;
    ends[count] = i;
    count += 1;
  }
  const words = { length: count, forms, ids: ids.subarray(0, count), starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
  return staff?.size ? named(text, words, staff) : words;
}

export function scorerTokens(text: string, staff?: StaffNames): ScorerToken[] {
  const words = scorerWords(text, staff);
  const out: ScorerToken[] = [];
  for (let k = 0; k < words.length; k += 1) out.push({ form: words.forms[words.ids[k]!]!, start: words.starts[k]!, end: words.ends[k]! });
  return out;
}

/**
 * The office's own staff, as the scorer reads their names (`staffNames`, ClassifierOptions): each
 * name written in a message becomes one word, STAFF_WORD, before anything is counted, so the model
 * learns "a member of staff by name" and not "Casey" (every corpus names the same four staff; the
 * next office's mail names others). Read: a full name ("Casey Worker"), a title and surname
 * ("Ms Worker"), and a first name or surname alone when written with a capital and not followed by
 * another capitalised word ("Casey", "Worker", but not the "Chief" of "Chief Constable" when a
 * surname is Chief, nor "support worker"; a line of capitals is read as capitals). A possessive is read as the name ("Casey's").
 */
export interface StaffNames {
  readonly size: number;
  /** Forms of first names and surnames (formOf), each to the forms that may follow it in a full name. */
  readonly follows: ReadonlyMap<string, ReadonlySet<string>>;
  /** Forms of surnames (after a title). */
  readonly surnames: ReadonlySet<string>;
}
/** The word a staff name becomes: no word the scorer reads has an underscore, so no writer's word is this one. */
export const STAFF_WORD = "_staff_";
const TITLES: ReadonlySet<string> = new Set(["ms", "mr", "mrs", "miss", "mx", "dr"]);
const staffCache = new Map<string, StaffNames>();

/** The staff names as the scorer reads them (remembered per list: the same office's list is read for every message). */
export function staffNamesOf(names: readonly string[] | undefined): StaffNames | undefined {
  if (!names?.length) return undefined;
  const key = names.join("\n");
  let known = staffCache.get(key);
  if (known) return known;
  const follows = new Map<string, Set<string>>();
  const surnames = new Set<string>();
  for (const name of names) {
    const parts = scorerWords(name);
    const seq = Array.from(parts.ids, (id) => parts.forms[id]!).filter((f) => !TITLES.has(f));
    for (let k = 0; k < seq.length; k += 1) {
      let next = follows.get(seq[k]!);
      if (!next) follows.set(seq[k]!, (next = new Set()));
      if (k + 1 < seq.length) next.add(seq[k + 1]!);
    }
    if (seq.length > 1) surnames.add(seq.at(-1)!);
  }
  if (staffCache.size > 16) staffCache.clear();
  staffCache.set(key, (known = { size: follows.size, follows, surnames }));
  return known;
}

const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string | undefined) => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
/** Written with a capital ("Casey", "CASEY"). */
const capitalised = (text: string, at: number) => isUpper(text[at]);
/** Written as a name is, a capital then small letters ("Constable"; not "I", not "YOU" in a line of capitals). */
const titleCase = (text: string, at: number) => isUpper(text[at]) && isLower(text[at + 1]);

/** A word's form without a possessive ("caseys" from "Casey's"): the raw word is looked at, not the form (read in place, not sliced: every word of every message is asked). */
function nameForm(text: string, start: number, end: number, form: string): string {
  const apostrophe = text.charCodeAt(end - 2);
  const possessive = end - start >= 2 && (apostrophe === 39 || apostrophe === 0x2019) && text.charCodeAt(end - 1) === 115;
  return possessive ? form.slice(0, -1) : form;
}

/** The words with each staff name made one STAFF_WORD (see StaffNames), renumbered in order of first use. */
function named(text: string, words: ScorerWords, staff: StaffNames): ScorerWords {
  const { length, forms, ids, starts, ends } = words;
  const formAt = (k: number) => nameForm(text, starts[k]!, ends[k]!, forms[ids[k]!]!);
  // Most messages name no one: their words are already numbered in order of first use, as renumbering would give them.
  // Asked of each distinct form, not of each word: a word's name form is its form, or its form less a possessive's "s".
  const mayName = forms.some((form) => TITLES.has(form) || staff.follows.has(form) || staff.follows.has(form.slice(0, -1)));
  if (!mayName) return words;
  const outIds = new Int32Array(length);
  const outStarts = new Int32Array(length);
  const outEnds = new Int32Array(length);
  const outForms: string[] = [];
  const renumbered = new Map<string, number>();
  let count = 0;
  const push = (form: string, start: number, end: number) => {
    let id = renumbered.get(form);
    if (id === undefined) renumbered.set(form, (id = outForms.push(form) - 1));
    outIds[count] = id;
    outStarts[count] = start;
    outEnds[count] = end;
    count += 1;
  };
  for (let k = 0; k < length; k += 1) {
    const form = forms[ids[k]!]!;
    const name = formAt(k);
    // The next word's form, asked only after a title or a staff name (most words are neither).
    const following = staff.follows.get(name);
    const next = (TITLES.has(form) || following) && k + 1 < length ? formAt(k + 1) : undefined;
    // "Ms Worker": the title and the surname, one name.
    if (TITLES.has(form) && next !== undefined && staff.surnames.has(next)) {
      push(STAFF_WORD, starts[k]!, ends[k + 1]!);
      k += 1;
      continue;
    }
    if (following) {
      // "Casey Worker": the whole name, one word.
      if (next !== undefined && following.has(next)) {
        push(STAFF_WORD, starts[k]!, ends[k + 1]!);
        k += 1;
        continue;
      }
      if (capitalised(text, starts[k]!) && !(k + 1 < length && titleCase(text, starts[k + 1]!))) {
        push(STAFF_WORD, starts[k]!, ends[k]!);
        continue;
      }
    }
    push(form, starts[k]!, ends[k]!);
  }
  return { length: count, forms: outForms, ids: outIds.subarray(0, count), starts: outStarts.subarray(0, count), ends: outEnds.subarray(0, count) };
}

/**
 * A word's form (lower case, digits as 0, apostrophes dropped), remembered across messages: mail
 * reuses its words, and making a form (two replacements, one over Unicode digits) cost more
 * than reading the message's letters. Bounded: started again past REMEMBERED_FORMS, as tokens.ts does.
 */
const forms = new Map<string, string>();
const REMEMBERED_FORMS = 50_000;
function formOf(word: string): string {
  let form = forms.get(word);
  if (form === undefined) {
    if (forms.size >= REMEMBERED_FORMS) forms.clear();
    forms.set(word, (form = word.toLowerCase().replace(/['’]/g, "").replace(/\p{N}/gu, "0").slice(0, LONGEST)));
  }
  return form;
}

/** The features one distinct word brings: itself and its letter pieces (with a space marking either end). */
export function wordFeatures(form: string): string[] {
  const out = [`w:${form}`];
  // A staff name's letter pieces would say nothing of the person: the name is one word.
  if (form === STAFF_WORD) return out;
  const padded = ` ${form} `;
  for (const n of GRAMS) for (let i = 0; i + n <= padded.length; i += 1) out.push(`c:${padded.slice(i, i + n)}`);
  return out;
}

export const pairFeature = (a: string, b: string) => `b:${a} ${b}`;
/** Two words with one between them: "end it all" → "end all". */
export const skipFeature = (a: string, b: string) => `s:${a} ${b}`;

/** How a target reads a message (see above). */
export type Reading = "letters" | "words";
export const READINGS: readonly Reading[] = ["letters", "words"];

/**
 * A message's features with their counts, read one way: each distinct word's features once,
 * each distinct pair once. The trainer uses this; the scorer computes the same sums word by word.
 */
export function messageFeatures(tokens: readonly ScorerToken[], reading: Reading = "letters"): Map<string, number> {
  const counts = new Map<string, number>();
  const words = new Set<string>();
  for (const t of tokens) {
    if (words.has(t.form)) continue;
    words.add(t.form);
    if (reading === "words") counts.set(`w:${t.form}`, 1);
    else for (const f of wordFeatures(t.form)) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  for (let k = 1; k < tokens.length; k += 1) {
    const f = pairFeature(tokens[k - 1]!.form, tokens[k]!.form);
    if (!counts.has(f)) counts.set(f, 1);
  }
  if (reading === "words")
    for (let k = 2; k < tokens.length; k += 1) {
      const f = skipFeature(tokens[k - 2]!.form, tokens[k]!.form);
      if (!counts.has(f)) counts.set(f, 1);
    }
  return counts;
}

/** The features' scale: a long message's many words do not add up to a strong sign on their own. */
export function scale(counts: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const c of counts.values()) n += c;
  return n > 0 ? 1 / Math.sqrt(n) : 0;
}
