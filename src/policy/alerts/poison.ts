import { DEATH_IDIOM, FICTION, own, pastAndResolved, PROFESSIONAL, recovered } from "./concepts";
import { TOPIC } from "./fragments";
import { RISK_TO_LIFE } from "./refs";
import { phrases, type AlertRule, type RuleHit } from "./rule";

/**
 * A household poison to be drunk, or drunk: bleach, weedkiller, antifreeze (issue 10, risk-to-life recall: a flatmate
 * "say he drink bleach" behind a locked door, a daughter-in-law who "will drink the weedkiller" if beaten again — written
 * by relatives and flatmates, often in a second language, with no word of suicide). Self-poisoning with household
 * products is a method public guidance (NHS, Samaritans) names beside tablets. Warwickshire 7.1 "a risk to life"; 7.2
 * "irrespective of any contact strategy". Said as a joke of disgust ("I'd rather drink bleach than phone you again"), as
 * a taste ("the tap water tastes like bleach"), as an accident nearly had or a past recovered from, it is no risk now.
 */

/** What people drink to die, of what is under the sink or in the shed. */
const POISON = "(?:bleach|weed ?killer|antifreeze|anti-freeze|rat poison|slug pellets|poison|paraquat|drain cleaner|caustic soda|screen ?wash|white spirit|brake fluid)";

/** Disgust, taste, an accident or a chore: the everyday ways a poison is named beside drinking. */
const NOT_MEANT =
  /\b(?:rather|sooner|than|like|as if|tastes?|tasted|smells?|nearly|almost|accident\w*|by mistake|toddler|child ?proof|under the sink|clean\w*|lock(?:ed)? (?:away|up)|safety|warning label|label|joke|jokes|joking|lol|haha)\b/;

const notNow = (hit: RuleHit) =>
  FICTION.test(hit.sentence) || PROFESSIONAL.test(hit.sentence) || TOPIC.test(own(hit)) || DEATH_IDIOM.test(own(hit)) || NOT_MEANT.test(own(hit)) || pastAndResolved(hit) || recovered(hit);

export const POISON_RULES: readonly AlertRule[] = [
  {
    id: "risk-to-life/poison-to-drink",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    writersOwn: false,
    cues: ["bleach", "weedkiller", "weed", "antifreeze", "anti", "poison", "paraquat", "drain", "caustic", "screenwash", "screen", "spirit", "brake", "slug"],
    pattern: phrases([
      // Said as intent or done, by the writer or of someone: "he will drink the bleach", "she say she drink weedkiller".
      `(?:i|he|she|they|my [a-z]+)(?:(?:'m| am|'s| is|'re| are)? (?:going to|gonna|about to)|(?:'ll| will| would|'d)(?: just)?| wants? to| want| tried to| try to| has| have| had|'s|'ve|'d)? (?:drink|drinks|drank|drunk|swallow|swallows|swallowed|down|downed|neck|necked) (?:the |some |a (?:bottle|cup|glass|can|mug) of (?:the )?|all (?:the |of the )?|that )?${POISON}`,
      // Threatened or said of someone, however the verb is spelled: "says he will drink bleach", "threatening to drink the weedkiller".
      `(?:say|says|said|saying|threaten\\w*|told (?:me|us|her|him))(?: that)?(?: (?:he|she|they|i))?(?:'ll| will| would|'d| is going to| going to| gonna| to)? (?:drink|swallow|take) (?:the |some |a bottle of )?${POISON}`,
    ]),
    unless: notNow,
    examples: {
      match: [
        "My cousin locked the bathroom door and he say he drink bleach.",
        "She called me crying that if he beat her one more time she will drink the weedkiller in the shed.",
        // Paraphrases no row says.
        "Tonight I am going to drink the antifreeze from the garage.",
        "My brother texted that he has drunk a bottle of bleach and won't open the door.",
        "Mum keeps threatening to swallow the rat poison if they take the house.",
      ],
      notMatch: [
        "I'd rather drink bleach than phone your office again.",
        "The tap water on our estate tastes like I'm drinking bleach.",
        "My toddler nearly drank the bleach under the sink, so I've fitted child locks.",
        "Years ago my brother drank weedkiller, but he recovered and is doing well now.",
        "In the drama the wife makes him drink the antifreeze in his tea.",
      ],
    },
  },
];
