import type { AlertGuard } from "./guard";
import { REVIEW_ALL_CONTACT } from "./refs";
import { previousSentenceStart } from "./rule";

/** The writer out of the abuse: left it, fled it, survived it ("I left an abusive marriage", "women who have survived domestic abuse"). */
const GOT_OUT =
  /\b(?:(?:left|escaped|fled|got out of|walked out of|survived) (?:an? |my |the |our |their )?(?:abusive|violent|controlling|coercive) (?:marriage|relationship|partner|husband|wife|ex|home|household)|(?:have |had |i |we |who )?survived (?:domestic )?(?:abuse|violence)|survivors? of (?:domestic )?(?:abuse|violence))\b/;
/** A word of each GOT_OUT phrase. */
const CUES = ["abus", "violen", "controlling", "coercive", "surviv"];
/** Dated years back, in the sentence that tells it. */
const LONG_AGO = /\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|\d+|many|several|some|a few) (?:years?|decades?) (?:ago|back)|years ago|(?:back )?in (?:19|20)\d\d|survived|survivors?)\b/;
/**
 * The abuser back in the writer's life, or fear now, anywhere in the message: "he has found me", "he's out of prison",
 * "messaging me again", "I'm scared". Any of these and the concern is now.
 */
const NOT_OVER =
  /\b(?:again|still|lately|recently|now (?:he|she|they)|(?:he|she|they)(?:'s| has| have| is| are)? (?:found|tracked|turned up|come back|back|out|released|contact\w*|messag\w*|text\w*|ring\w*|call\w*|follow\w*|watch\w*|threat\w*)|last (?:night|week)|yesterday|this (?:week|morning)|scared|frightened|afraid|terrified|in danger|at risk|not safe|unsafe)\b/;

/**
 * Abuse the writer left or survived years ago, told to offer help or ask for something now: a survivor volunteering, a
 * survivors' group bidding for funds ("Five years ago I left an abusive marriage with my daughter. Today I'm a trained
 * volunteer."). Issue 10 look-alikes: long resolved, nothing to act on now (Warwickshire 7.2 reviews for a risk). Dropped
 * only where the sentence (or the one before it) says the writer got out and dates it back or speaks as a survivor, and nothing in the message
 * says the abuser is back, in contact, or that anyone is afraid now.
 */
export const ABUSE_SURVIVED: AlertGuard = {
  id: "safeguarding/abuse-survived",
  kinds: ["safeguarding", "crime"],
  policyRef: REVIEW_ALL_CONTACT,
  drops: (text, from, to) => {
    // With the sentence before: a sentence rule reads the two together ("Six years ago I left an abusive marriage. Now I run …").
    const sentence = text.slice(previousSentenceStart(text, from), to);
    // A word every GOT_OUT phrase holds, looked for first: most hits name no abuse got out of.
    return CUES.some((cue) => sentence.includes(cue)) && GOT_OUT.test(sentence) && LONG_AGO.test(sentence) && !NOT_OVER.test(text);
  },
  examples: {
    drop: [
      "Six years ago I left an abusive marriage with my two boys and a suitcase. Now I run a peer support group and I'd like to apply for your small grants fund.",
    ],
    keep: [
      ["safeguarding", "Six years ago I left an abusive marriage. Last week he found my new address and he has been messaging my daughter."],
      ["crime", "Five years ago I left an abusive husband. He has found me and turns up at my work every day."],
    ],
  },
};
