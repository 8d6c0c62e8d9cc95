import { type AlertGuard, sentenceOf } from "./guard";
import { RECENT } from "./fragments";
import { restsOnlyOn } from "./known-crime";
import { REVIEW_ALL_CONTACT } from "./refs";

/** A kind of crime, as policing plans, funding and meetings name it: a category, no one crime in it. */
const KIND = [
  "(?:hate|knife|car|rural|business|violent|retail|street|cyber|online|serious|organised|youth|gun|vehicle|hgv|acquisitive|sexual|property) crimes?",
  "crime",
  "(?:courier |romance |doorstep |phone |online |investment |pension )?(?:fraud|scams)",
  "drug dealing",
  "drug dealers",
  "shoplifting",
  "burglar(?:y|ies|s)",
  "thefts?",
  "robber(?:y|ies)",
  "assaults",
  "sexual (?:offences|violence)",
  "anti-?social behaviour",
  "rapes?",
].join("|");
/**
 * A kind of crime named as a kind, not as one crime: what the office or the police do, or are asked to do, about it ("what
 * the Commissioner is doing about drug dealing near the school", "speak at our meeting about fraud against older people",
 * "whoever covers hate crime", "catch more drug dealers", "burglary detection down"); crimes counted as a statistic ("four
 * serious assaults on the towpath over the past year"); or the kind bare, with no "the", "my" or "a" to make it one crime
 * and no one it was done to ("shoplifting is a problem all along our high street"). Not after "for", "of", "with", "to",
 * "by" or "into": "prosecute my partner for fraud", "a victim of fraud", "charged with robbery" tell one crime.
 */
const FRAMED = new RegExp(
  `\\b(?:${[
    `(?:doing|done|do|does|did) (?:anything |something |enough |nothing )?about (?:${KIND})`,
    `(?:talk|speak|speaking|presentation|session|meeting|leaflets?|advice|information|awareness|campaign) (?:[a-z]+ ){0,3}?(?:about|on) (?:${KIND})`,
    `(?:covers?|covering|leads? on|lead for|responsible for|in charge of|tackl\\w+|combat\\w*|reduc\\w+|prevent\\w*|fight(?:ing)?|clamp(?:ing)? down on|crack(?:ing)? down on|catch(?:ing)?(?: more)?|lock(?:ing)? up) (?:${KIND})`,
    `(?:plan|plans|strategy|priority|priorities|funding|money|grants?) (?:for|on|to tackle|against) (?:${KIND})`,
    `(?:${KIND}) (?:detection|figures|statistics|rates?|(?:is|are) (?:a|the|your|our) (?:priority|problem)|(?:is|are|was|were) (?:down|up|falling|rising)|walking free)`,
    // The kind as a class of police work or a place's figures: "speed up rape investigations", "the target attendance time
    // for a burglary with an occupant present", "assaults in the night time economy are down".
    `(?:${KIND}) (?:investigations|prosecutions|conviction rates?|charging times)`,
    `(?:target|average|response|attendance) (?:[a-z]+ ){0,2}?times? (?:is |are |was |were )?(?:for|to) (?:a |an )?(?:${KIND})`,
    `(?:${KIND}) (?:in|across|around) (?:the |our |this )?(?:[a-z-]+ ){1,3}?(?:is|are|was|were|have|has) (?:down|up|falling|rising|fallen|risen|gone (?:down|up))`,
    // Crimes counted, as a statistic ("four serious assaults on the towpath over the past year"), against no one named.
    `(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|several|dozens of|\\d+) (?:serious |violent |sexual |knife |separate )?(?:assaults|stabbings|attacks|muggings|robberies|burglaries|thefts|break-ins)(?! (?:of|against|on|at) (?:me|my|us|our|him|her|them|his|their)\\b)`,
  ].join("|")})\\b`,
  "g",
);
/** The kind bare ("shoplifting is a problem all along the road"): one crime only when a victim is named (VICTIM_NAMED). */
const BARE = new RegExp(
  `(?<!\\b(?:the|my|our|a|an|his|her|their|this|that|these|those|your|[a-z]+'s) (?:[a-z]+ )?)(?<!\\b(?:for|of|with|to|by|into) )\\b(?:${KIND})\\b(?! (?:of|against|on|at) (?:me|my|us|our|him|her|them|his|their)\\b)`,
  "g",
);
/** Someone it was done to, or something of theirs: the writer, their family, their things. */
const VICTIM_NAMED =
  /\b(?:i|i'm|i've|i'd|me|my|mine|myself|(?:our|his|her|their) (?:[a-z]+ )?(?:house|home|flat|car|van|bike|shop|shed|garage|business|son|daughter|mum|dad|mother|father|wife|husband|partner|child|children|kids|brother|sister|neighbour|friend|nan|gran|grandson|granddaughter))\b/;

/**
 * The writer or theirs as the victim, the crime at their door, or a day: one crime told, not the kind ("what are you doing
 * about drug dealing outside my house every night").
 */
const OWN_OR_TOLD = new RegExp(
  `\\b(?:me|mine|i was|i've been|we were|we've been|(?:outside|at|on|in|near|behind|opposite) (?:my|our) (?:house|home|flat|door|road|street|close|estate|block|garden|shop|drive)|${RECENT}|every (?:night|day|week)|again|still|right now|at the moment)\\b`,
);

/**
 * A kind of crime named as the subject of the office's or the force's work — what they do about it, a talk or meeting
 * on it, who covers it, plans, funding or figures for it — with no crime told: Warwickshire 7.2 reviews contact for
 * criminal matters, and a kind of crime asked about is none (issue 10 look-alikes: "general statements about crime in an
 * area"). Read with those words blanked, the rule must no longer match in the sentence: a crime told beside it ("what are
 * you doing about knife crime, my son was stabbed") still alerts, as does one at the writer's door or on a day.
 */
export const CRIME_KIND_AS_TOPIC: AlertGuard = {
  id: "crime/kind-as-topic",
  kinds: ["crime"],
  policyRef: REVIEW_ALL_CONTACT,
  readsCarried: true,
  drops: (text, from, to, pattern) => {
    const sentence = sentenceOf(text, from, to);
    if (!pattern || OWN_OR_TOLD.test(sentence)) return false;
    if (restsOnlyOn(pattern, sentence, FRAMED)) return true;
    return !VICTIM_NAMED.test(sentence) && restsOnlyOn(pattern, sentence, BARE);
  },
  examples: {
    drop: [
      "Dear Commissioner, our WI in Kenilworth would be delighted if you could speak at our March meeting about fraud against older people. We meet on the second Tuesday of the month.",
      "Ha, my wife says if the Commissioner wants to catch more drug dealers he should just watch The Wire. Anyway, how do we join the speed watch?",
      "The Commissioner is a failure. Response times up, burglary detection down, and all he does is photo ops.",
      "I'm sick of reading about burglars walking free. Lock them up. The Commissioner has a voice, use it.",
      "Shoplifting is a problem all along our high street, everybody says so. How can our traders apply for the CCTV grant?",
      "I'd like to know exactly what the Commissioner has done this year to speed up rape investigations.",
      "I would like to know what the target attendance time is for a burglary with an occupant present.",
    ],
    keep: [
      ["crime", "What is the Commissioner doing about knife crime? My son was stabbed outside the chip shop."],
      ["crime", "I want to know what you are doing about drug dealing outside my house every night."],
      ["crime", "Could someone speak to our group about fraud? One of our members was scammed out of £3,000 last week."],
      ["crime", "My daughter was raped in May and I want to know why rape investigations take so long."],
    ],
  },
};
