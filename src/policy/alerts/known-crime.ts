import { RECENT } from "./fragments";

/**
 * A crime named as a thing already known — "the burglary", "my assault case", "his fraud complaint", "my stalker" — rather
 * than told as something that happened: the writer refers to it as the reader (the police, the
 * office) already has it, as the background of a complaint about its handling, of grief or of a request (issue 10: on
 * development files most false crime alerts were such references, in complaints about service). Read with the crime's
 * named forms blanked out, a rule that no longer matches had nothing but the reference to go on. A crime told as an event
 * ("someone broke into my shed", "I was assaulted") is untouched, and so is a reference in a sentence that says something
 * new happened ("the burglary last night", "the stalking has started again"). "Since the break-in" and "after the
 * assault" are left to alert: the crime as the cause of how the writer is now was labelled a crime as often as not.
 */

/** Crimes as nouns: what a victim calls the thing that happened ("the burglary"), or the one who did it ("my stalker"). */
export const CRIME_NOUN = [
  "burglary", "burglaries", "break-?ins?", "robbery", "mugging", "theft", "thefts", "assault", "sexual assault", "rape", "stabbing", "attack", "arson", "vandalism",
  "criminal damage", "harassment", "stalking", "hate crime", "hate incident", "shoplifting", "drug dealing", "fraud", "scam", "romance fraud", "identity theft", "burglar", "stalker", "fraudster", "scammer", "mugger",
].join("|");
/** Whose or which: a determiner that makes the crime one the reader is meant to know. */
const KNOWN_DETERMINER = "(?:the|my|our|his|her|their|this|that|(?!(?:it|that|there|he|she|what|who|here|let|this)'s)[a-z]+'s)";
/** A word between the determiner and the crime that describes it ("my 2023 burglary", "the romance fraud"), not a verb or a link ("this is a hate crime"). */
const DESCRIBING = "(?!(?:is|was|are|were|be|been|a|an|and|or|of|for|to|in|on|at|by|about|with|as|it|not|no|just|really|straightforward)\\b)[a-z0-9][a-z0-9'’-]*";
/** The determiner, up to two words between ("my 2023 burglary", "the romance fraud"), the noun, and the file it became. */
export const NAMED_CRIME = new RegExp(
  `(?<!\\b(?:since|after) )\\b${KNOWN_DETERMINER}(?: ${DESCRIBING}){0,2}? (?:${CRIME_NOUN})(?: (?:case|complaint|investigation|report|inquiry|enquiry|reference|ref|number|matter|file))?(?![a-z])(?! (?:on|of|against|to) (?:me|my|us|our|him|her|them|his|their)\\b)`,
  "g",
);
/**
 * Something new told beside the reference: it happened again, lately, or goes on; or its loss is not made good ("the bank
 * won't refund the fraud"): the crime is still the writer's to have acted on.
 */
const NEWS = new RegExp(`\\b(?:${RECENT}|(?:won'?t|will not|refuse[sd]? to|refusing to|haven'?t|hasn'?t|have not|has not) (?:refund|reimburse|pay (?:me |us |it )?back)|new|another|again|(?:right )?now|at the moment|since then|keeps|keep (?:on )?[a-z]+ing|every (?:night|day|week)|ongoing|(?:has|have) been [a-z]+ing)\\b`);

/** The text with each crime named as a known thing blanked (same length, so offsets hold). */
export function blankNamedCrimes(text: string): string {
  return text.replace(NAMED_CRIME, (m) => " ".repeat(m.length));
}

/**
 * Whether a crime rule's match in `read` (the sentence, or the window a sentence rule read) rests only on crimes named as
 * known things: blanked, the pattern no longer matches there, and nothing new is told.
 */
export function onlyKnownCrimeNamed(pattern: RegExp, read: string): boolean {
  if (NEWS.test(read)) return false;
  const blanked = blankNamedCrimes(read);
  if (blanked === read) return false;
  pattern.lastIndex = 0;
  const still = pattern.test(blanked);
  pattern.lastIndex = 0;
  return !still;
}

/**
 * Whether a rule's match in `read` rests only on words `phrases` (a global pattern) finds: the rule matches `read`, and
 * with those words blanked (same length, so offsets hold) it no longer does. For look-alike guards that set a crime's
 * words aside as named for something else (report-handled.ts, police-seized.ts).
 */
export function restsOnlyOn(pattern: RegExp, read: string, phrases: RegExp): boolean {
  const blanked = read.replace(phrases, (m) => " ".repeat(m.length));
  if (blanked === read) return false;
  pattern.lastIndex = 0;
  const before = pattern.test(read);
  pattern.lastIndex = 0;
  const after = before && pattern.test(blanked);
  pattern.lastIndex = 0;
  return before && !after;
}
