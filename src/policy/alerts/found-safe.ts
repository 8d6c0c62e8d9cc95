import type { AlertGuard } from "./guard";
import { REVIEW_ALL_CONTACT } from "./refs";

/** Someone missing: gone missing, reported missing, not come home. */
const MISSING = /\b(?:missing|(?:didn'?t|did not|hadn'?t|had not|never) (?:come|came) (?:home|back)|ran away|run away|runaway|disappeared)\b/;
/**
 * Found, or home, safe, as done: "Jack was found safe the next morning", "came home last night safe and well", "He was
 * found at 1am at a friend's house, safe and well". The safety said in words, not only "found" (a body is found too), and
 * the finding told as past, not wished ("I just want him home safe").
 */
const FOUND_SAFE = new RegExp(
  `\\b(?:(?:was|were|been|got) (?:found|traced|located)|found (?:him|her|them)|came (?:home|back)|turned up|(?:was|were) (?:brought|returned) (?:home|back)|brought (?:him|her|them) (?:home|back)|returned home)(?: [a-z0-9'-]+){0,8}?,? (?:safe and well|safe and sound|safe|unharmed|unhurt|alive and well)\\b`,
);
/**
 * Still gone, gone again, or harm beside the going: "still missing", "not been found", "again", "goes missing every
 * weekend", or what happened while away ("a man", "drugs", "groomed"), or the finding only hoped for ("I just want her found safe"). Any of these and the concern stands.
 */
const NOT_OVER =
  /\b(?:still (?:missing|not (?:home|back|found))|(?:not|never|hasn'?t|haven'?t|hadn'?t|wasn'?t|isn'?t) (?:been |yet )*(?:found|home|back|come home|safe)|again|keeps?|every (?:time|weekend|week|night)|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time|last time|before that|older (?:man|men)|a man|men|groom\w*|exploit\w*|drugs?|county lines|gang|assault\w*|attack\w*|abus\w*|rap(?:e|ed)|sexual\w*|hurt|injur\w*|hospital|self-?harm\w*|suicid\w*|kill\w*|frightened|scared|at risk|hope|hoping|pray\w*|want (?:him|her|them)|until|if)\b/;

/**
 * A missing person told as found safe: a thank-you, a complaint about the 101 wait, a note that a son is home ("our son
 * who was reported missing on Sunday came home last night safe and well"). Issue 10 look-alikes: "a crisis resolved";
 * the safeguarding alert is for someone at risk now (Warwickshire 7.2). Dropped only for a sentence about the going
 * missing, where the message says in words they were found or came home safe, and nothing says they are gone again,
 * still gone, or came to harm while away.
 */
export const MISSING_FOUND_SAFE: AlertGuard = {
  id: "safeguarding/missing-found-safe",
  kinds: ["safeguarding"],
  policyRef: REVIEW_ALL_CONTACT,
  drops: (text, from, to) => MISSING.test(text.slice(from, to)) && FOUND_SAFE.test(text) && !NOT_OVER.test(text),
  examples: {
    drop: [
      "Just to let you know our son Kofi who was reported missing on Sunday came home last night safe and well. The officers were brilliant. Please thank them from us.",
      "Last Friday my 15-year-old son didn't come home from football and his phone was off. He was found at 1am at a friend's house, safe and well. I want to complain about the 101 wait though.",
    ],
    keep: [
      ["safeguarding", "My 14-year-old daughter went missing again last night. Last time she was found safe but she had been with older men."],
      ["safeguarding", "My son went missing on Sunday and he is still missing. His friend was found safe."],
      ["safeguarding", "My daughter went missing on Sunday. She was found safe but says a man at the park gave her drugs."],
    ],
  },
};
