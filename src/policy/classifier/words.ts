import type { RuleId } from "./rules/index";
import { F, features } from "./features";
import type { Tokens } from "./tokens";
import { oneOf } from "../text/one-of";

/*
 * The shared reading of a message's words for the abuse rules: what each token is, which
 * tokens share a sentence, negation scope, and who a predicate is said of.
 */

/** A rule's hit, in folded-text offsets; classify() maps it back and drops reported speech. */
export interface Hit {
  /** The rule that made it (rules/): its category, sub-type, policy paragraph and strength are the rule's. */
  rule: RuleId;
  start: number;
  end: number;
  /**
   * The writer's own act, said with a verb that usually reports someone else's words ("I've
   * posted your address online"): theirs unless the writer is quoting someone (its start is
   * in reported words), though the reporting verb makes the rest of the sentence read as reported.
   */
  writersAct?: boolean;
  /**
   * Read by the alerts as before, but no finding of the rule's category: ringing the office's lines until someone answers is
   * persistence by volume, not harassment (staff.ts AT_STAFF_AS_PERSONS); whether it is a threat to staff is the alerts'
   * own call (alerts/detect.ts CONTACT_ONLY), which the category's precision does not change.
   */
  signOnly?: boolean;
}

/** The tokens and what each is; rules ask `is(k, F.target)` instead of re-reading lexicons. */
export interface Words {
  tokens: Tokens;
  is: (k: number, flag: number) => boolean;
  same: (a: number, b: number) => boolean;
}

// Word patterns are module constants, not literals in the loops: a regex literal makes a new
// RegExp object each time it is evaluated, and these are evaluated for thousands of words.
const NOT_DENIALS = oneOf("beter|diferent|more|but|stop|help");
const CONTRACTED = oneOf("youre|theyre|hes|shes");
/** "your a disgrace", "ur an idiot": "your" misspelt for "you're", as an article after it shows (no possessive takes one). */
const YOUR = oneOf("your|ur|yor");
const ARTICLE = oneOf("a|an");
const PLURAL = /s$/;
const PLURAL_PRONOUNS = oneOf("they|them|theyre|those");
const DETERMINERS = oneOf("the|this|that|my|his|her|our|their|your");
const WINDOW = 7;

export function words(tokens: Tokens): Words {
  const f = features(tokens);
  const n = tokens.length;
  return {
    tokens,
    is: (k, flag) => k >= 0 && k < n && (f[k]! & flag) !== 0,
    same: (a, b) => a >= 0 && b >= 0 && a < n && b < n && tokens.sentence(a) === tokens.sentence(b),
  };
}

/** A negator among tokens (from, to), except "no better/different than", which is not a denial. */
export function negatedBetween(w: Words, from: number, to: number): boolean {
  for (let k = Math.max(0, from + 1); k < to; k += 1) {
    // "no better than", "nothing but" and "nothing more than" affirm rather than deny.
    // "can't stop themselves from being …" and "can't help being …" do not deny what follows.
    if (w.is(k, F.negator) && !NOT_DENIALS.test(w.tokens.squeezed(k + 1))) return true;
  }
  return false;
}

/** A person or group linked to token j ("women are … vermin", "you … idiot", "why are X so stupid"). */
export function linkedTarget(w: Words, j: number, needLink: boolean): number {
  let linked = !needLink;
  for (let k = j - 1; k >= Math.max(0, j - WINDOW) && w.same(j, k); k -= 1) {
    if (w.is(k, F.link)) linked = true;
    // "they're", "you're", "he's": pronoun and verb in one word.
    const misspelt = YOUR.test(w.tokens.squeezed(k)) && ARTICLE.test(w.tokens.squeezed(k + 1));
    const contracted = misspelt || CONTRACTED.test(w.tokens.squeezed(k));
    if ((w.is(k, F.target) || misspelt) && !w.is(k, F.firstPerson) && !modifiesThing(w, k) && (linked || contracted || w.is(k - 1, F.link))) return k;
  }
  return -1;
}

/** Words that may follow a group word without making it describe a thing ("women who …", "gay and …"). */
const FOLLOWERS = oneOf("and|or|who|whom|which|that|like|in|of|from|with|here|there|al|these|those|too|really|realy|today|now|then|themselves|also|ever|always|never|only|just");

/**
 * An identity adjective describing a thing, not people: "the black cat", "black bags",
 * "a gay bar". The word after it is a noun the lexicons do not know as people.
 */
export function modifiesThing(w: Words, k: number): boolean {
  if (k + 1 >= w.tokens.length || !w.same(k, k + 1) || FOLLOWERS.test(w.tokens.squeezed(k + 1))) return false;
  // "my neighbour's cat is a pest": the owner, not the subject.
  if (w.tokens.word(k).endsWith("'s") && !w.is(k + 1, F.link | F.negator)) return true;
  return features0(w, k + 1) && w.is(k, F.identity) && !PLURAL.test(w.tokens.squeezed(k));
}

function features0(w: Words, k: number): boolean {
  return !w.is(k, ~0);
}

/**
 * Whether token k names a protected group as a group ("Muslims", "black people", "any
 * woman") rather than one person ("the man who attacked me"): a stereotype needs a group.
 */
export function protectedGroup(w: Words, k: number): boolean {
  const t = w.tokens.shape(k);
  if (!t) return false;
  // "… a woman. Only they can be that cruel": a plural pronoun takes the group named just before.
  if (PLURAL_PRONOUNS.test(t.squeezed)) {
    for (let m = k - 1; m >= Math.max(0, k - 20); m -= 1) if (w.is(m, F.identity)) return true;
    return false;
  }
  const identity = w.is(k, F.identity) || (w.is(k - 1, F.identity) && w.same(k, k - 1));
  if (!identity) return false;
  const individual = DETERMINERS.test(w.tokens.squeezed(w.is(k, F.identity) ? k - 1 : k - 2));
  return !individual || t.squeezed.endsWith("s") || t.squeezed === "people";
}

