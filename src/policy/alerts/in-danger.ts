import { FICTION, own, pastAndResolved } from "./concepts";
import { RELATION, TOPIC } from "./fragments";
import { REVIEW_ALL_CONTACT } from "./refs";
import { together, type AlertRule, type RuleHit } from "./rule";

/**
 * A person in immediate danger, whoever they are (issue 10 `risk-to-life`: "a person in immediate danger"; Warwickshire
 * 7.1 "a risk to life", 7.2 every contact reviewed): badly hurt where they lie (bleeding in the road, hit by a car and
 * lying there, stabbed and bleeding), trapped in a fire, a wreck or water, or being attacked as the writer writes. The
 * same words told of the past, of an animal, as a near miss, a hazard or a topic are no life at risk now.
 */

/** Someone: the writer, a stranger, a passer-by, someone close. */
const SOMEONE = [
  "i", "i'm", "im", "me", "we", "us", "a (?:man|woman|lad|boy|girl|kid|child|baby|person|bloke|guy|lady|gentleman|teenager|youth|cyclist|pedestrian|biker|motorcyclist|rider|driver|jogger|runner|pensioner|student|family)",
  "an? (?:old|elderly|young|little) (?:man|woman|lady|gentleman|boy|girl|lad|couple|person)", "(?:two|three|some|several) (?:men|women|people|kids|lads|children)", "someone", "somebody", "people", "nobody", "no one",
  "he", "he's", "hes", "she", "she's", "shes", "they", "they're", "him", "her", "them", "(?:the|this|that) (?:man|woman|lad|boy|girl|kid|child|driver|cyclist|pedestrian|rider|person|guy|bloke|lady)",
  `(?:my|our|the) ${RELATION}`,
];

/** Hurt, trapped or under attack where they are, now. */
const IN_DANGER = [
  // Bleeding where they lie or badly (not "bleeding money", "bleeding heart", "the bleeding council").
  "bleeding (?:in|on|at|by|from|badly|heavily|profusely|a lot|everywhere|all over|out|so much|and (?:not|unconscious|can'?t|won'?t))",
  "(?:lots of|so much|a lot of|pool of|covered in) blood",
  "(?:hit|knocked (?:down|over|off)|run over|mown down|struck) by (?:a|an|the|this|that) (?:car|van|lorry|bus|truck|motorbike|vehicle|taxi|train|tram|drunk driver|driver)",
  "(?:lying|lay|laid|collapsed|slumped|sprawled) (?:[a-z']+ ){0,3}?(?:in|on|across) the (?:road|street|pavement|floor|ground|tracks|carriageway|gutter|verge)",
  "(?:he|she|they|him|her|them|he's|she's|they're|hes|shes|man|woman|lad|boy|girl|kid|child|baby|person|someone|somebody)(?:'s| is| are|'re)? (?:still )?(?:not|isn'?t|stopped|barely|hardly) (?:moving|breathing|responding|conscious)",
  "(?:is|'s|are|'re|lying|lay|still|now|has|'s been|been|and) (?:unconscious|unresponsive|out cold|passed out)",
  // Trapped: in a fire, a wreck, water.
  "(?:trapped|stuck) (?:in|inside|under) (?:a |an |the |his |her |their )?(?:burning|blazing|fire|smoke|flames|wreckage|rubble|crashed|overturned|car|vehicle|river|canal|water|sea|mud)",
  "(?:on fire|in flames|ablaze|burning)(?: [a-z']+){0,6}? (?:(?:still|trapped|stuck) (?:inside|in there|upstairs)|can'?t get out|screaming)",
  "(?:still|trapped|stuck) (?:inside|in there|upstairs)(?: [a-z']+){0,6}? (?:on fire|in flames|ablaze|burning|smoke|fire)",
  "(?:is|'s|are|'re|someone|somebody|man|woman|kid|child|boy|girl|lad) drowning(?= *(?:[.!,\\n]|$| in (?:the )?(?:river|canal|sea|water|lake|pool|reservoir)| right now| now| help))", "(?:struggling|thrashing|screaming|shouting) (?:in|to stay (?:up|afloat)|to keep (?:his|her|their) head)", "(?:fell|fallen|jumped|gone|went) (?:in|into) the (?:river|canal|sea|water|lake|reservoir|docks?)(?: [a-z']+){0,6}? (?:can'?t|struggling|not come up|under|screaming|help)", "(?:gone|went|keeps? going) under",
  // Under attack as the writer writes.
  "being (?:beaten|attacked|stabbed|kicked|strangled|battered|assaulted|jumped|glassed)(?: up)?(?: [a-z']+){0,8}? (?:right now|now|as (?:i|we) (?:write|type|speak)|at the moment)",
  "(?:stabbed|shot|glassed)(?: [a-z']+){0,6}? (?:bleeding|blood|not moving|unconscious|lying)",
  "(?:no|nobody|no one|no-one|hasn'?t|has not|haven'?t|still no|waiting for an?|send an?|call an?) (?:[a-z]+ )?(?:ambulance|paramedics?)",
];

/** Time markers that put it in the past, unless something is said to be so now. */
const PAST = /\b(?:yesterday|last (?:night|week|weekend|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|summer|winter|spring|autumn)|ago|(?:the )?last time|in (?:19|20)\d\d|back in|at the time|that (?:night|day|evening|morning)|when i was|(?:a|one|two|three|four|five|six) (?:days?|weeks?|months?|years?) (?:ago|before)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/;
const NOW = /\b(?:right now|now|still|at the moment|currently|as (?:i|we) (?:write|type|speak)|please (?:send|help|come|hurry)|is|are|'s|'re|isn'?t|aren'?t|can'?t|won'?t)\b/;
const PAST_TENSE = /\b(?:was|were|had|had been|did)\b/;
/** A near miss, a hazard to be made safe, a wish, a counterfactual: no one hurt now. */
const NOT_NOW =
  /\b(?:nearly|almost|could have|could get|will get|is going to get|before (?:someone|somebody|a child|anyone)|one day|someone will|waiting to happen|if (?:a|someone|somebody|anyone) (?:gets?|is|was|were)|would have|in case|fine now|ok now|okay now|is (?:fine|okay|ok|alright|recovering|home)|was (?:fine|okay|ok|alright)|recovered|survived|pulled through|discharged|out of hospital)\b/;
const ANIMAL = /\b(?:dog|dogs|cat|cats|pet|puppy|kitten|horse|pony|fox|deer|badger|hedgehog|swan|duck|ducks|bird|sheep|cow|cows|animal|vet)\b/;
const DEATH_TOLD = /\b(?:inquest|coroner|funeral|passed away|died|killed|his death|her death|my late|in memory|anniversary)\b/;

/** Told of the past, or hypothetical, an animal, a death already told, a topic or a story: no alert. */
const notInDangerNow = (hit: RuleHit) => {
  const sentence = own(hit);
  const window = hit.sentence;
  const past = (PAST.test(sentence) || (PAST_TENSE.test(sentence) && !NOW.test(sentence))) && !/\b(?:right now|still|at the moment|currently)\b/.test(sentence);
  return past || NOT_NOW.test(sentence) || ANIMAL.test(window) || DEATH_TOLD.test(window) || TOPIC.test(sentence) || FICTION.test(sentence) || pastAndResolved(hit);
};

export const IN_DANGER_RULES: readonly AlertRule[] = [
  {
    id: "risk-to-life/person-in-danger",
    kind: "risk-to-life",
    policyRef: REVIEW_ALL_CONTACT,
    scope: "sentence",
    cues: ["bleeding", "blood", "hit", "knocked", "run", "mown", "struck", "lying", "lay", "laid", "collapsed", "slumped", "sprawled", "moving", "breathing", "responding", "conscious", "unconscious", "unresponsive", "cold", "passed", "trapped", "stuck", "still", "fire", "flames", "ablaze", "burning", "drowning", "struggling", "thrashing", "fell", "fallen", "jumped", "under", "beaten", "attacked", "stabbed", "kicked", "strangled", "battered", "assaulted", "jumped", "glassed", "shot", "ambulance", "paramedic", "paramedics"],
    pattern: together(SOMEONE, IN_DANGER),
    unless: notInDangerNow,
    examples: {
      match: [
        "There's a man bleeding in the road outside my house, he's just been hit by a car.",
        "a lad got hit by a van and hes lying in the road not moving",
        "Someone's been stabbed outside the pub, he's bleeding badly and nobody has called an ambulance.",
        "The house across the road is on fire and there are people still inside.",
        "A woman is trapped in a burning car on the bypass right now.",
        "There's a kid in the canal and he's struggling to stay up.",
        "A man is being beaten up by three men in the car park right now.",
        "pls help my nan has fallen and shes bleeding from her head everywhere",
      ],
      notMatch: [
        "Last year my son was hit by a car on this road and he's fine now, but the crossing still needs lights.",
        "A child nearly got hit by a car outside the school this morning; please put in a crossing before someone is killed.",
        "I hit a deer on the A46 and it was lying in the road, the police never came.",
        "I'm bleeding money on this car and the garage won't help.",
        "The bleeding council still hasn't fixed the street lights.",
        "My dad collapsed in 2019 and we waited four hours for an ambulance; I want to know why response times are so bad.",
        "The film was about a family trapped in a burning house.",
      ],
    },
  },
];
