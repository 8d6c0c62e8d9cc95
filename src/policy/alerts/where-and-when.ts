import { FICTION, negatedAt, own, pastAndResolved, riskGuard, retracted, SAFETY_CAMPAIGN } from "./concepts";
import { NOT_A_NAME } from "./fragments";
import { RISK_TO_LIFE } from "./refs";
import { phrases, together, type AlertRule, type RuleHit } from "./rule";

/**
 * Risk to life said with a place and an hour, or spelt as it is typed (issue #10: risk-to-life recall 0.897 and 0.763 on
 * the two newest blind sets). Three classes the other rules left open, each read from the sentence, not from one wording:
 * - the writer going to a place people die at (the railway line, a cliff, the river) with a time ("after the hearing",
 *   "tonight", "once it's dark") or no return, or saying where they will be found (the bottom of the canal by morning);
 * - someone, anyone, at a height and about to jump, told by a witness;
 * - the act named, misspelt or in the words young writers use ("kill my self", "comit sucide", "unalive myself").
 * Warwickshire 7.1 "a risk to life"; 7.2 "irrespective of any contact strategy". Guards: a day out (a walk, a swim, the
 * dog, a picnic), a sport or a stunt (a sponsored jump, a bike, a diving board), a story, a campaign, a past recovered.
 */

/** A place people go to die at: a drop, a line, deep water. */
const FATAL_PLACE =
  "(?:railway line|railway tracks|train tracks|tracks|level crossing|cliffs?|cliff edge|cliff top|quarry|reservoir|viaduct|motorway bridge|bridge|river|canal|sea|top of the multi[- ]?stor(?:e)?y|multi[- ]?stor(?:e)?y)";
/** An hour that is a plan: after the thing the writer waits on, at night, or never back. */
const FATAL_HOUR =
  "(?:tonight|tonite|2nite|after (?:the|my|this|tomorrow'?s|friday'?s|monday'?s) (?:hearing|court|court case|case|decision|verdict|panel|tribunal|appeal|funeral|outcome)|when (?:it'?s|its) dark|once (?:it'?s|its) dark|when (?:everyone|the kids|the house)(?:'s| is| are) (?:asleep|in bed)|at (?:midnight|dawn|first light)|in the early hours|for the last time|and (?:i )?(?:won'?t|wont|will not|am not|'m not|not) (?:be )?(?:coming|come) (?:back|home)|and that(?:'s| is|'ll be| will be) (?:it|the end))";
/** A day out, a sport or a job at the same place: a walk, a swim, the dog, fishing, a protest, a clean-up. */
const DAY_OUT =
  /\b(?:walk(?:s|ing)? (?:the dog|with)|dog|swim\w*|paddle\w*|surf\w*|sail\w*|kayak\w*|canoe\w*|fishing|fish|picnic|holiday|trip|day out|photos?|photograph\w*|camera|beach|ice cream|bird\w*|cycle|cycling|bike|run(?:ning)?|jog\w*|protest|vigil|clean[- ]?up|litter|volunteer\w*|meet(?:ing)? (?:my|a|some|the) [a-z]+|with (?:my|the|our) (?:kids|children|family|wife|husband|partner|friends?|mates?|grandchildren|son|daughter|club|group)|club|survey|inspect\w*|work(?:ing|s)? on|engineer|contractor)\b/;
/** A purpose said after the hour ("to see the fireworks", "for the lantern walk", "about the fencing"): an outing or an errand. */
const PURPOSE_AFTER = /^[^.!?\n]{0,30}?\b(?:to (?:see|watch|meet|feed|take|get|look|buy|pick|join|help|collect|fish|celebrate|talk|check|visit|scatter|lay|put)|for (?:the|a|an|my|our|some|his|her)|about the|with (?:my|the|our|a|some))\b/;
const notOnAWalk = (hit: RuleHit) => {
  const sentence = own(hit);
  return DAY_OUT.test(sentence) || PURPOSE_AFTER.test(hit.text.slice(hit.end, hit.end + 60)) || riskGuard(hit) || FICTION.test(hit.sentence) || SAFETY_CAMPAIGN.test(hit.sentence) || retracted(hit);
};

/** Going or being: the writer on their way, or where they will be. */
const I_GO =
  "(?:i'?m|im|i am|i'?ll|ill|i will|i'?m going|im going|i am going|i'?m gonna|im gonna|i'?ve decided to|i have decided to)(?: (?:just|then|straight|finally))? (?:go(?:ing)?|head(?:ing)?|walk(?:ing)?|driv(?:e|ing)|off|get(?:ting)? the (?:bus|train)|go(?:ing)? (?:down|up|out))?(?: (?:down|up|out|back))? to the";

/** A height or a drop a witness sees someone at. */
const HEIGHT_SEEN = ["bridge", "footbridge", "viaduct", "flyover", "cliffs?", "cliff edge", "quarry", "ledge", "window ?ledge", "roof", "rooftop", "railings?", "parapet", "balcony", "multi[- ]?stor(?:e)?y", "top floor", "tower block", "car park roof"];
/** About to jump, or over the barrier to do it. */
const ABOUT_TO_JUMP = [
  "(?:about|ready|going|gonna|threatening|trying|wants?|wanting) to jump", "looks? like (?:he|she|they)(?:'s|'re| is| are)? (?:going|gonna|about) to jump",
  // Over the barrier now, as a witness sees it ("a man has just climbed over the railings"), not a habit ("kids keep climbing").
  "(?:has|have|'s|is|are|'re|just) (?:just )?(?:climb(?:ed|ing)|got|gone|getting) (?:over|onto|up on|on to) the (?:railings?|barrier|parapet|ledge|edge|safety (?:fence|rail))",
];
/** Not a fall: a jump for sport, for a charity, at a chance, or the queue. */
const NOT_A_FALL =
  /\b(?:jump(?:s|ed|ing)? (?:at|the (?:queue|gun|lights)|through|ship|on the bandwagon|in(?:to)? (?:the|a|my) (?:car|taxi|van|shower|pool|lake)|for joy)|bungee|parachut\w*|sky ?div\w*|sponsored|charity|trampoline|bikes?|bmx|skate\w*|scooters?|parkour|diving board|dive|diving|pool|plane|horse|pony|show ?jump\w*|tombstoning|tombstone)\b/;

/** A misspelt "myself", as it is typed in a hurry. */
const MYSELF_MISSPELT = "(?:my self|myslef|mysefl|mysef|myslf|meself|me self|my slef|mself)";
/** A misspelt "suicide" or "suicidal". */
const SUICIDE_MISSPELT = "(?:suicide|suicidal|sucide|suicde|suiside|suicid|sucidal|suicidle|suisidal|suacidal|suecide|sucicide|suiciade|suicie)";

export const WHERE_AND_WHEN_RULES: readonly AlertRule[] = [
  {
    id: "risk-to-life/place-and-hour",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["railway", "tracks", "crossing", "cliff", "cliffs", "quarry", "reservoir", "viaduct", "bridge", "river", "canal", "sea", "multi", "storey", "story", "bottom", "calling"],
    pattern: phrases([
      // Going to the drop or the water at an hour that is a plan: "I'm heading to the cliffs once it's dark".
      `${I_GO} (?:[a-z]+ ){0,2}?${FATAL_PLACE}${NOT_A_NAME}(?: [a-z'’]+){0,5}? ${FATAL_HOUR}`,
      // Where the writer will be found: "I'll be at the bottom of the reservoir by the morning".
      "(?:i'?ll|ill|i will|i'?m going to|im going to|i am going to|i'?m gonna|im gonna)(?: just)? (?:be|end up|lie|lay) (?:at the bottom of|under|face down in) (?:the|a) (?:sea|river|canal|lake|reservoir|quarry|water)(?! (?:path|towpath|lock|steps|bank|walk|basin|side|car park|garden|field|lane|road|street|hotel|inn|cafe|centre))",
      "(?:i'?ll|ill|i will|i'?m going to|im going to|i am going to) (?:be|end up) in the (?:river|canal|reservoir|quarry)(?: [a-z]+){0,2}? (?:by|before) (?:the )?(?:morning|tomorrow|tonight|monday|the weekend|then)",
      // The place calling the writer: "the railway keeps calling me".
      // Said with the writer answering it or an hour: not "the sea keeps calling me back to Whitby".
      `(?:the )?(?:sea|river|water|canal|railway|tracks|bridge|cliffs?|quarry)${NOT_A_NAME} (?:is|are|keeps?|has been|have been|'s) (?:calling|pulling) (?:me|to me|my name)(?:[ ,]+(?:and|so) i(?:'m| am|'ll| will|m)? (?:going|answer\\w*|ready|giving in|give in|go)|[^.!?\\n]{0,30}? (?:tonight|tonite|now))`,
    ]),
    unless: notOnAWalk,
    examples: {
      match: [
        "Once the tribunal has ruled I'm going to the railway line after the hearing and that will be that.",
        "I'm heading to the cliffs once it's dark.",
        "I'll be at the bottom of the reservoir by the morning and you can all forget me.",
        "Every night the river is calling me and I'm ready to go.",
        "im going down to the canal tonite and im not coming back",
      ],
      notMatch: [
        "I'm going to the river tonight with my son for the fishing competition.",
        "I'll be at the bottom of the canal path by the lock if your officer wants to meet.",
        "I'm heading to the cliffs for the bird survey tonight.",
        "I'm going to the Bridge Inn after the hearing to celebrate.",
        "The sea is calling me: we've booked a fortnight in Cornwall.",
      ],
    },
  },
  {
    id: "risk-to-life/about-to-jump",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    scope: "sentence",
    cues: ["jump", "jumping", "railings", "railing", "barrier", "parapet", "ledge", "edge"],
    // Someone at a height now, about to go over, told by whoever sees them (Warwickshire 7.1 "a person in immediate danger").
    pattern: together(ABOUT_TO_JUMP, HEIGHT_SEEN),
    unless: (hit) => {
      const sentence = own(hit);
      return NOT_A_FALL.test(sentence) || FICTION.test(hit.sentence) || SAFETY_CAMPAIGN.test(hit.sentence) || pastAndResolved(hit) || negatedAt(hit.text, hit.start) ||
        /\b(?:years ago|last (?:year|month)|in (?:19|20)\d\d|used to)\b/.test(sentence) || riskGuard(hit);
    },
    examples: {
      match: [
        "There's a young woman on the footbridge over the ring road and she looks ready to jump.",
        "A lad has climbed over the railings at the top of the car park roof.",
        "My flatmate is out on the balcony on the ninth floor saying he's about to jump.",
      ],
      notMatch: [
        "My nephew is about to jump off the harbour wall for a sponsored swim.",
        "The kids are about to jump off the garage roof on their bikes again, which is why I want the alley gated.",
        "In the novel the hero climbs over the parapet of the bridge.",
        "People keep climbing over the railings on the bridge to fish, and the council won't fix the barrier.",
      ],
    },
  },
  {
    id: "risk-to-life/act-misspelt",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["self", "myslef", "mysefl", "mysef", "myslf", "meself", "slef", "mself", "sucide", "suicde", "suiside", "suicid", "sucidal", "suicidle", "suisidal", "suacidal", "suecide", "sucicide", "suiciade", "suicie", "unalive", "kms", "lfe", "lif", "liife", "liffe", "lyfe", "lief", "comit", "comitt", "committ"],
    pattern: phrases([
      // "gonna top my self", "i will kill myslef": an act on oneself with "myself" misspelt.
      `(?:kill|kil|top|hang|drown|gas|end)(?:ing)? ${MYSELF_MISSPELT}(?! (?:on|with|by accident|accidentally|shaving|cooking|a favour))`,
      // Harm short of death only as an intent or a habit: "I hurt my self at the gym" is an injury.
      `(?:going to|gonna|gona|i'?ll|ill|i will|want to|wanna|might|keep|been|started|about to|urge to) (?:hurt|harm|cut|stab|poison)(?:ing)? ${MYSELF_MISSPELT}`,
      // "end my lfe".
      "end(?:ing)? my (?:lfe|lif|liife|liffe|lyfe|lief)",
      // "comit sucide", "im sucidal".
      `(?:com+it+(?:ing)?|attempt(?:ing)?|thinking (?:of|about)|feel(?:ing)?|i'?m|im|i am|been|so|really|very) ${SUICIDE_MISSPELT}`,
      // The word a platform's filter taught: "unalive myself", "want to unalive".
      "unaliv(?:e|ing) (?:myself|my ?self|me)", "(?:want|wanna|going|gonna|about|ready|plan(?:ning)?|tempted) (?:to )?unalive",
      "(?:gonna|going to|gona|i'?ll|ill|i will|want to|wanna|about to|might|might just) kms",
    ]),
    unless: (hit) => riskGuard(hit) || negatedAt(hit.text, hit.start) || retracted(hit) || /\b(?:if i (?:were|was)|imagine|as if|in the foot)\b/.test(own(hit)),
    examples: {
      match: ["nobody helps so im gona top my self", "i cant do this no more, going to kill myslef", "im going to comit sucide after court", "honestly i just want to unalive myself", "i feel so sucidal every night"],
      notMatch: ["I would never hurt my self, I just want an answer.", "I cut my self on the broken gate you were meant to fix, and my GP dressed it.", "What is your office doing about suicde prevention?"],
    },
  },
];
