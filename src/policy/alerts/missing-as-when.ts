import { type AlertGuard, sentenceOf } from "./guard";
import { RECENT } from "./fragments";
import { restsOnlyOn } from "./known-crime";
import { REVIEW_ALL_CONTACT } from "./refs";

/**
 * A going missing named as the time something else happened ("the officers could have done more when my son went
 * missing", "the missing persons response when my daughter went missing last year"): "when … went missing", in the past,
 * is an episode over, the frame of a complaint about the response or of a request. Someone missing now is said so ("my
 * son is missing", "has gone missing", "went missing last night").
 */
const WHEN_WENT_MISSING = /\b(?:when|the time|the day|the night) (?:my|our|her|his|their) (?:[a-z'-]+ ){0,2}?(?:went|was|were|had gone) (?:missing|reported missing)(?: (?:last year|in (?:19|20)\d\d|(?:a|one|two|three|four|five|\d+) (?:years?|months?) ago))?\b/g;
/** Missing now, again, or harm told beside it: the concern stands. */
const NOT_OVER = new RegExp(
  `\\b(?:${RECENT}|still|again|(?:not|never|hasn'?t|haven'?t|wasn'?t|isn'?t) (?:been |yet )*(?:found|home|back|safe)|is missing|are missing|has gone missing|have gone missing|keeps?|every (?:time|weekend|week|night)|groom\\w*|exploit\\w*|drugs?|a man|men|assault\\w*|abus\\w*|rap(?:e|ed)|sexual\\w*|hurt|injur\\w*|hospital|self-?harm\\w*|suicid\\w*|kill\\w*|at risk)\\b`,
);

/**
 * A child or adult's going missing named as the time of the complaint ("I still think the officers could have done more
 * when my son went missing"; "my complaint about the missing persons response when my daughter went missing last year"):
 * a concern over, the background of a complaint about the police response (Warwickshire 1), not someone at risk now
 * (Warwickshire 7.2; issue 10 look-alikes "a crisis resolved"). Dropped only when the rule matched on those words alone
 * (blanked, it no longer matches in the sentence) and nothing says they are missing now, again, or came to harm.
 */
export const MISSING_AS_WHEN: AlertGuard = {
  id: "safeguarding/missing-as-when",
  kinds: ["safeguarding"],
  policyRef: REVIEW_ALL_CONTACT,
  drops: (text, from, to, pattern) => {
    const sentence = sentenceOf(text, from, to);
    if (!pattern || NOT_OVER.test(sentence.replace(WHEN_WENT_MISSING, " "))) return false;
    return restsOnlyOn(pattern, sentence, WHEN_WENT_MISSING);
  },
  examples: {
    drop: [
      "Thank you for your letter explaining the outcome of the review. I won't pretend I'm happy with it, as I think the officers could have done more when my son went missing, but I appreciate how carefully you explained.",
      "I've had no reply in 10 weeks. I want to know who is dealing with my complaint about the missing persons response when my daughter went missing last year.",
    ],
    keep: [
      ["safeguarding", "My 14-year-old daughter went missing last night and she has not been found."],
      ["safeguarding", "The officers did nothing when my son went missing, and he has gone missing again tonight."],
      ["safeguarding", "When my daughter went missing she was with older men who gave her drugs."],
    ],
  },
};
