import type { AlertGuard } from "./guard";
import { RISK_TO_LIFE } from "./refs";

/**
 * "Suicidal" said of a decision or a plan: "is suicidal for policing", "would be suicidal to cut it", "politically
 * suicidal". The thing judged comes after "for" or "to", and is no person; a bare "it's suicidal" is not enough.
 */
const OF_A_THING = new RegExp(
  `\\b(?:${[
    "(?:is|are|was|were|'s|would be|will be|be|seems?|sounds?|looks?)(?: (?:absolutely|frankly|simply|just|quite|utterly|totally|completely|pretty|bordering on|near|nearly|almost))? suicidal (?:for|to) (?!(?:me|myself|him|her|them|us|anyone|someone|people|my|his|their)\\b)[a-z]+",
    "(?:politically|financially|commercially|economically|electorally) suicidal",
  ].join("|")})\\b`,
  "g",
);
/** Anything else in the sentence that speaks of a person's death or harm, or of the writer's own state: then the hit stands. */
const PERSON_AT_RISK =
  /\b(?:i|i'?m|i'?ve|me|my|myself|he|she|they|him|her|kill\w*|die|dying|dead|death|end (?:it|my|his|her)|overdose|pills|jump\w*|hang\w*|harm\w*|can'?t go on|don'?t want to be here|no point)\b/;

/**
 * "Suicidal" as a figure for a decision ("Cutting the rural team again is suicidal for policing in the valley";
 * "Closing the front counter would be suicidal for public trust"): a policy judged, not a person at risk. Issue 10
 * look-alikes: figures of speech carry no alert (Warwickshire 7.1 is for a person's intent). Dropped only when every
 * "suicidal" in the sentence is said of a thing, and nothing else in the sentence names a person or a death.
 */
export const SUICIDAL_AS_A_FIGURE: AlertGuard = {
  id: "risk-to-life/suicidal-as-a-figure",
  kinds: ["risk-to-life"],
  policyRef: RISK_TO_LIFE,
  drops: (text, from, to) => {
    const sentence = text.slice(from, to);
    if (!sentence.includes("suicidal")) return false;
    const rest = sentence.replace(OF_A_THING, " ");
    return rest !== sentence && !rest.includes("suicidal") && !PERSON_AT_RISK.test(rest);
  },
  examples: {
    drop: ["Cutting the rural team again is suicidal for policing in the valley. Farmers will stop reporting.", "Closing the front counter would be suicidal for public trust."],
    keep: [
      ["risk-to-life", "It would be suicidal to cut the budget again, I feel suicidal myself some days."],
      ["risk-to-life", "Losing my job is suicidal for me, I have the pills ready."],
      ["risk-to-life", "How am I? It's suicidal."],
    ],
  },
};
