import { namedPattern, NO_STAFF_NAMES, type StaffNames } from "../text/staff-names";
import type { AlertKind } from "./types";

/**
 * An alert rule with identity (STYLE.md "Rules with identity"): an id, the kind of alert it
 * raises, the policy paragraph it rests on, the words it reads, and examples it must and must
 * not match — `test/policy/alerts/rules.test.ts` runs every example through `classify`.
 */
export interface AlertRule {
  /** "<kind>/<what it reads>", e.g. "risk-to-life/own-intent". Shown with the evidence. */
  id: string;
  kind: AlertKind;
  /** The paragraph the rule rests on, e.g. "warwickshire-managing-public-contact-policy.txt §7.2". */
  policyRef: string;
  /**
   * Words the rule needs (any one), as written: the rule runs only when one of them is in the
   * message, so most mail costs a few set lookups rather than a regular expression per rule.
   */
  cues: readonly string[];
  /** What the rule reads, over the folded (lower-cased) text; built with `phrases` or `together`. With `named`, its name-blind form. */
  pattern: RegExp;
  /**
   * For a rule that reads the office's staff by name ("Watch your back, Priya"): its pattern with the configured names
   * (ClassifierOptions.staffNames), built once per distinct list (`withStaff`). Without names it is `pattern`.
   */
  named?: (names: StaffNames) => RegExp;
  /**
   * "text" (the default): the pattern runs over the whole text and its match is the evidence.
   * "sentence": it runs over each sentence holding a cue, read with the sentence before it
   * ("My neighbour is 90. A lodger has taken her pension card."), and that sentence is the
   * evidence — for rules that need two things together in any order (`together`): a child
   * and a harm, a person and a crime.
   */
  scope?: "text" | "sentence";
  /**
   * Quoting someone else's words (quotation marks, quoted reply lines: `quotedRanges`) voids a
   * hit: the writer's own threat is an alert, a threat they quote from a film is not. Reporting
   * verbs do not ("I'm telling you, I know where you live" is the writer's own). Off for rules about harm to the
   * writer or others ("he said he would kill himself" is the point, not a quotation).
   */
  writersOwn?: boolean;
  /**
   * 2 (the default): one hit raises the alert. 1: a sign that alone could be everyday
   * frustration ("I can't do this anymore"); the alert is raised only when signs from two
   * different rules of the kind are in the same message, or beside a hit of weight 2.
   */
  weight?: 1 | 2;
  /**
   * New-matter and crime hits about the strategy's closed matter are dropped (it is not new);
   * true keeps them: a request with its own legal route (FOI, subject access) is new whatever it asks about.
   */
  evenOnClosedMatter?: boolean;
  /** A look-alike guard: true drops the hit (an idiom, a resolved past event, a lawful route). */
  unless?: (hit: RuleHit) => boolean;
  examples: { match: readonly string[]; notMatch: readonly string[] };
}

/** A hit as a guard sees it: the folded text, the match, and the sentence around it. */
export interface RuleHit {
  text: string;
  start: number;
  end: number;
  /** The sentence holding the hit, folded. */
  sentence: string;
  /** The sentence before it, folded ("" for the first). */
  previous: string;
  /** The office's staff, as the rules read their names (none when none are configured). */
  staff: StaffNames;
}

/**
 * A rule's pattern built from the office's staff names (`build` is given them: `names.alt` to append to an alternation):
 * `pattern` is its name-blind form, `named` the form for a list of names, built once per distinct list and kept.
 */
export function withStaff(build: (names: StaffNames) => RegExp): { pattern: RegExp; named: (names: StaffNames) => RegExp } {
  const named = namedPattern(build);
  return { pattern: named(NO_STAFF_NAMES), named };
}

/**
 * The office's staff, as the examples of every rule name them: the four staff of the office the corpora were written to
 * and one more, so that examples show a name the corpora never use ("Priya"). The rule tests judge examples with these.
 */
export const EXAMPLE_STAFF: readonly string[] = ["Casey Worker", "Morgan Reid", "Sam Carter", "Dana Chief", "Priya Shah"];

/** An apostrophe, curly or straight, or none at all: mail often drops them ("whats coming", "dont"). */
const ANY_APOSTROPHE = "['’]?";

/**
 * An alternative with each straight apostrophe made "curly, straight or none" — outside
 * character classes only: inside one ("[a-z'’]") the apostrophe is already a choice, and
 * rewriting it there would break the class.
 */
function anyApostrophe(alternative: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < alternative.length; i += 1) {
    const c = alternative[i]!;
    if (c === "\\") {
      out += c + (alternative[i + 1] ?? "");
      i += 1;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    out += c === "'" && !inClass ? ANY_APOSTROPHE : c;
  }
  return out;
}

/**
 * One case-folded, global pattern from a list of alternatives, matched as whole words. A
 * straight apostrophe in an alternative also matches a curly one (mail clients write both).
 * Each alternative is bounded (no unbounded repeats), so matching stays linear in the text.
 */
export function phrases(alternatives: readonly string[]): RegExp {
  const body = alternatives.map(anyApostrophe).join("|");
  return new RegExp(`(?<![a-z0-9])(?:${body})(?![a-z0-9])`, "g");
}

/**
 * A sign of a kind (weight 1, the writer's own words): alone it alerts only beside another sign, a rule of weight 2, or
 * the learned scorer's agreement (detect.ts, scorer/join.ts). Its guard (`unless`) is the kind's own.
 */
export function signRule(
  kind: AlertKind, policyRef: string, unless: (hit: RuleHit) => boolean,
): (id: string, words: readonly string[], cues: readonly string[], match: string, notMatch: string) => AlertRule {
  return (id, words, cues, match, notMatch) => ({
    id: `${kind}/${id}`,
    kind,
    policyRef,
    weight: 1,
    writersOwn: true,
    cues,
    pattern: phrases(words),
    unless,
    examples: { match: [match], notMatch: [notMatch] },
  });
}

/**
 * A sentence-scope pattern: every group of alternatives must appear somewhere in the sentence,
 * in any order, each as whole words ("a child" and "left alone", "my" and "burgled").
 * Lookaheads over one sentence (at most a few hundred characters), so the cost stays small.
 */
export function together(...groups: ReadonlyArray<readonly string[]>): RegExp {
  const ahead = groups.map((alternatives) => `(?=[^]*?(?<![a-z0-9])(?:${alternatives.map(anyApostrophe).join("|")})(?![a-z0-9]))`);
  return new RegExp(`^${ahead.join("")}`, "g");
}

/** Sentence bounds around [start, end): from after the last . ! ? or newline before, to the next one. */
export function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !isStop(text.charCodeAt(from - 1))) from -= 1;
  let to = end;
  while (to < text.length && !isStop(text.charCodeAt(to))) to += 1;
  return { from, to };
}

/** Where the sentence before the one starting at `from` starts (`from` itself for the first sentence). */
export const previousSentenceStart = (text: string, from: number): number => (from > 1 ? sentenceAround(text, from - 2, from - 1).from : from);

// . ! ? and newline end a sentence.
const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 10;
