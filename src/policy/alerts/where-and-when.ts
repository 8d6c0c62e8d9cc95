import { FICTION, negatedAt, own, pastAndResolved, PROFESSIONAL, recovered, riskGuard, retracted, SAFETY_CAMPAIGN } from "./concepts";
import { NOT_A_NAME, TOPIC } from "./fragments";
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
  "(?:railway line|railway tracks|train tracks|tracks|level crossing|cliffs?|cliff edge|cliff top|quarry|reservoir|viaduct|motorway bridge|bridge|river|canal|sea|top of the multi[- ]?stor(?:e)?y|multi[- ]?stor(?:e)?y|top (?:deck|floor|level) of the (?:[a-z]+ )?car park|top of the (?:[a-z]+ )?car park)";
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
  // Sat on the drop's edge, legs over it (a witness of 5 December: "sat on the wall with his legs over the edge").
  "(?:his|her|their|my) (?:legs|feet) (?:dangling |hanging )?over the (?:edge|side|drop|railings?|parapet)",
];
/** Not a fall: a jump for sport, for a charity, at a chance, or the queue. */
const NOT_A_FALL =
  /\b(?:jump(?:s|ed|ing)? (?:at|the (?:queue|gun|lights)|through|ship|on the bandwagon|in(?:to)? (?:the|a|my) (?:car|taxi|van|shower|pool|lake)|for joy)|bungee|parachut\w*|sky ?div\w*|sponsored|charity|trampoline|bikes?|bmx|skate\w*|scooters?|parkour|diving board|dive|diving|pool|plane|horse|pony|show ?jump\w*|tombstoning|tombstone)\b/;

/** A misspelt "myself", as it is typed in a hurry. */
const MYSELF_MISSPELT = "(?:my self|myslef|mysefl|mysef|myslf|meself|me self|my slef|mself)";
/** A misspelt "suicide" or "suicidal". */
const SUICIDE_MISSPELT = "(?:suicide|suicidal|sucide|suicde|suiside|suicid|sucidal|suicidle|suisidal|suacidal|suecide|sucicide|suiciade|suicie)";

/** Gas let into a closed room: the gas on, beside the room shut up or a farewell. */
const GAS_ON = ["(?:the )?gas(?: (?:taps?|rings?|hob|cooker|oven|fire))? (?:is|'s|are|has been|have been|was|were|now) (?:all )?(?:on|turned on|left on|running)", "(?:got|turned|put|left|switched) (?:all )?the gas (?:taps? |rings? |hob |cooker |oven )?on"];
const ROOM_SHUT = ["windows? (?:all )?(?:shut|closed|sealed|taped)", "doors? (?:all )?(?:shut|closed|sealed|taped)", "(?:not|isn'?t|unlit|without) (?:lit|a flame)", "towels? (?:under|along|against)", "note", "(?:made|make) my peace", "sorry", "goodbye", "bye", "the end", "last (?:message|email|thing)"];
/** Gas on for a meal, a boiler or a supply, or smelt as a leak. */
const GAS_AS_SUPPLY = /\b(?:cook\w*|dinner|tea|kettle|boiler|engineer|meter|bill|supply|supplier|heating|radiators?|smell\w*|leak\w*|cut off|reconnect\w*|back on|outage)\b/;

/** Medicine a life rests on, stopped. */
const MEDICINE_STOPPED = [
  "(?:stopped|stopping|stop|quit|given up|giving up|refus\\w+) (?:taking |to take )?(?:my|his|her|their) (?:[a-z]+ ){0,2}?(?:tablets|pills|medication|meds|insulin|medicine|dialysis|injections?)",
  "(?:not|isn'?t|aren'?t|won'?t|haven'?t been|hasn'?t been) (?:taking|take|bothering with) (?:my|his|her|their) (?:[a-z]+ ){0,2}?(?:insulin|dialysis|(?:heart|blood pressure|diabetes|epilepsy) (?:tablets|pills|medication|meds))",
];
/** Stopped on purpose, to let death come: not for side effects, a doctor's advice or a supply run out. */
const TO_LET_IT_COME = [
  "on purpose", "deliberately", "(?:don'?t|doesn'?t|do not|does not|can'?t|cannot) see the point", "no point", "(?:rather )?(?:just )?let it (?:happen|come)", "gives? out", "give up", "be with (?:my|his|her|him|ken|[a-z]+) (?:again)?", "want(?:s)? to die", "(?:so|hoping|hope) (?:that )?(?:it|i|he|she) (?:can|will|would|won'?t|doesn'?t|don'?t) (?:end|die|stop|wake)", "nothing (?:left )?to live for", "what'?s the point", "why bother", "(?:won'?t|will not) be (?:here|around)",
];
const STOPPED_FOR_A_REASON = /\b(?:side[- ]effects?|doctor|gp|consultant|nurse|advised|told (?:me|him|her|them) to|ran out|run out|couldn'?t get|can'?t get|prescription|pharmacy|chemist|cost|afford|switch(?:ed)?|changed|new (?:tablets|medication))\b/;

/** A hand, a belt or a cord at someone's throat: strangling, the act domestic-homicide reviews most often find before a killing. */
const AT_THE_THROAT = [
  "(?:hands?|arms?|belt|cord|rope|scarf|lead) (?:round|around|on|against) (?:my|her|his|their|mum'?s|mam'?s|my [a-z]+'s) (?:neck|throat)",
  "strangl(?:ed|ing) (?:me|her|him|my [a-z]+)", "chok(?:ed|ing) (?:me|her|him|my [a-z]+)(?! (?:on|up|back))", "(?:grabbed|held|pinned|had|got) (?:me|her|him|my [a-z]+) (?:up )?(?:by|round) the (?:throat|neck)",
  "(?:squeez|press)(?:ed|ing) (?:my|her|his) (?:neck|throat)",
];
/** Lately, or to the edge of consciousness: not a danger told long after and put right. */
const LATELY_OR_NEAR_OUT = [
  "last night", "tonight", "this (?:morning|afternoon|evening|week)", "yesterday", "(?:an?|one|two|three|a few|few) (?:hours?|minutes?) ago", "earlier", "again", "on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
  "(?:till|until) i (?:nearly |almost )?(?:blacked|passed) out", "(?:nearly|almost) (?:blacked|passed) out", "(?:can'?t|cannot|couldn'?t) breathe", "still (?:here|in the house|at home)",
];
/** Told as dealt with: an arrest, a conviction, a refuge, safe now. */
const STRANGLING_DEALT_WITH = /\b(?:arrested|convicted|jailed|charged|sentenced|prison|refuge|(?:i'?m|i am|she'?s|she is|we'?re|we are) (?:safe|fine|ok|okay) now|moved (?:away|out)|years ago|(?:back )?in (?:19|20)\d\d|jokes? about)\b/;
/** Play, a hug or a photo, not an attack. */
const AT_THE_THROAT_IN_PLAY = /\b(?:joke|joking|as a laugh|photo|selfie|game|playfight\w*|hug\w*|cuddl\w*|necklace|tie|tickl\w*)\b/;

/** Someone seen in danger: a gun or a knife out, a person forced into a vehicle, a fire threatened with people inside. */
const SEEN_IN_DANGER = [
  "(?:shotgun|gun|rifle|pistol|knife|machete|blade|axe) out(?! of (?:the )?(?:drawer|block|dishwasher|sink))",
  "(?:being|been|was|were|got|get) (?:pushed|dragged|bundled|forced|thrown|shoved|pulled) into (?:the back of )?(?:a|the|an|his|their|a white|a black) (?:van|car|transit|boot|taxi|vehicle|motor)",
  "(?:set fire to|burn|torch)(?: [a-z'’]+){0,4}? with (?:his|her|their|the|my|your|us|them|me|him) (?:[a-z]+ )?(?:inside|in it|in there)",
];
/** Now, or so lately that it may still be going on: what makes it danger to send help to, not a story. */
const STILL_GOING_ON = [
  "right now", "rn", "just", "now", "tonight", "this (?:morning|afternoon|evening)", "last night", "all (?:day|morning|afternoon|evening|night)", "since \\d+(?:am|pm)?", "(?:minutes|an hour|hours) ago",
  "screaming", "crying", "(?:no one|nobody|no-one) (?:has )?(?:come|came|answered)", "no answer", "please", "petrol", "in the (?:car|lane|van|house|flat|room|garden|bedroom)", "on (?:his|her|their) bed",
];
/** A kitchen, a shop, a film or a game: the same words without anyone in danger. */
const DANGER_AS_EVERYDAY = /\b(?:police (?:van|car)|trees?|logs?|firewood|wood|cake|bread|cheese|cook\w*|chopping|carving|kitchen drawer|dinner|film|movie|game|gaming clip|fortnite|call of duty|paintball|airsoft|clay pigeon|shooting club|licensed (?:for|holder)|drill|exercise|training)\b/;

export const WHERE_AND_WHEN_RULES: readonly AlertRule[] = [
  {
    id: "risk-to-life/place-and-hour",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["railway", "tracks", "crossing", "cliff", "cliffs", "quarry", "reservoir", "viaduct", "bridge", "river", "canal", "sea", "multi", "storey", "story", "bottom", "calling", "back", "home", "park", "deck"],
    pattern: phrases([
      // Going to the drop or the water at an hour that is a plan: "I'm heading to the cliffs once it's dark".
      `${I_GO} (?:[a-z]+ ){0,2}?${FATAL_PLACE}${NOT_A_NAME}(?: [a-z'’]+){0,5}? ${FATAL_HOUR}`,
      // At the top or the edge, and not coming back from it: "I've driven up to the top of the pass and I'm not driving back down".
      `(?:parked(?: up)?|driven(?: up)?|drove(?: up)?|taken the car(?: up)?|walked(?: up)?|climbed(?: up)?|i'?m|im|i am|sat|sitting) (?:at|to|on) the (?:top of the |edge of the )?(?:[a-z'’]+ ){0,2}?(?:${FATAL_PLACE}|[a-z'’]+)${NOT_A_NAME}(?: [a-z'’]+){0,4}?,? (?:and )?(?:i'?m|im|i am) not (?:driving|coming|walking|going|getting) (?:back|home)(?! (?:until|till|til|for|before|from|to|on|this|next|tomorrow|after|when|once|in))`,
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
        "You've made sure I've got nothing. I'm going to the top of the car park tonight.",
        "I've driven up to the top of the pass and I'm not driving back down.",
      ],
      notMatch: [
        "I'm going to the river tonight with my son for the fishing competition.",
        "I'll be at the bottom of the canal path by the lock if your officer wants to meet.",
        "I'm heading to the cliffs for the bird survey tonight.",
        "I'm going to the Bridge Inn after the hearing to celebrate.",
        "I'm going to the top of the car park tonight to see the fireworks with the kids.",
        "The sea is calling me: we've booked a fortnight in Cornwall.",
        "I'm at the top of the hill at my sister's and I'm not coming back until Monday.",
      ],
    },
  },
  {
    id: "risk-to-life/about-to-jump",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    scope: "sentence",
    cues: ["jump", "jumping", "railings", "railing", "barrier", "parapet", "ledge", "edge", "drop"],
    // Someone at a height now, about to go over, told by whoever sees them (Warwickshire 7.1 "a person in immediate danger").
    // Not the idiom guard: others laughing beside someone about to jump is no joke.
    pattern: together(ABOUT_TO_JUMP, HEIGHT_SEEN),
    unless: (hit) => {
      const sentence = own(hit);
      return NOT_A_FALL.test(sentence) || FICTION.test(hit.sentence) || SAFETY_CAMPAIGN.test(hit.sentence) || pastAndResolved(hit) || negatedAt(hit.text, hit.start) ||
        /\b(?:years ago|last (?:year|month)|in (?:19|20)\d\d|used to)\b/.test(sentence) || TOPIC.test(sentence) || PROFESSIONAL.test(sentence);
    },
    examples: {
      match: [
        "There's a young woman on the footbridge over the ring road and she looks ready to jump.",
        "A lad has climbed over the railings at the top of the car park roof.",
        "My flatmate is out on the balcony on the ninth floor saying he's about to jump.",
        "a girl on the 12 bus keeps saying she's going to jump off the footbridge at her stop and her friends just laugh",
        "There's a lad on the top deck of the multi-storey sat on the wall with his legs over the edge, been there 15 mins.",
      ],
      notMatch: [
        "My nephew is about to jump off the harbour wall for a sponsored swim.",
        "The kids are about to jump off the garage roof on their bikes again, which is why I want the alley gated.",
        "In the novel the hero climbs over the parapet of the bridge.",
        "People keep climbing over the railings on the bridge to fish, and the council won't fix the barrier.",
        "My son sat on the edge of the pool with his legs over the side at the leisure centre.",
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
  {
    id: "risk-to-life/gas-on",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    scope: "sentence",
    cues: ["gas"],
    // Gas let into a shut room, with the room sealed or a farewell beside it (Warwickshire 7.1 "a risk to life").
    pattern: together(GAS_ON, ROOM_SHUT),
    unless: (hit) => GAS_AS_SUPPLY.test(own(hit)) || FICTION.test(hit.sentence) || TOPIC.test(own(hit)) || pastAndResolved(hit) || recovered(hit),
    examples: {
      match: ["I've turned the gas on and shut all the windows, I'm sorry for the trouble.", "this is goodbye. the gas is on in the kitchen"],
      notMatch: ["The gas is on again since the engineer came, and the windows are shut against the cold.", "Sorry, I had the gas on for the dinner and missed your call."],
    },
  },
  {
    id: "risk-to-life/medicine-stopped",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    scope: "sentence",
    cues: ["stopped", "stopping", "stop", "quit", "given", "giving", "refused", "refuses", "refusing", "taking", "take", "bothering"],
    // Medicine a life rests on stopped to let death come, the writer's or someone's they tell of (Warwickshire 7.1).
    pattern: together(MEDICINE_STOPPED, TO_LET_IT_COME),
    unless: (hit) => STOPPED_FOR_A_REASON.test(own(hit)) || FICTION.test(hit.sentence) || TOPIC.test(own(hit)) || PROFESSIONAL.test(own(hit)) || pastAndResolved(hit) || recovered(hit) || negatedAt(hit.text, hit.start),
    examples: {
      match: ["I've stopped my insulin on purpose, there's no reason to carry on.", "Mum has stopped taking her heart pills and says she'd rather just let it happen.", "i havent been taking my insulin, whats the point any more"],
      notMatch: ["I stopped taking my blood pressure tablets because of the side effects, and the GP is changing them.", "My dad stopped his insulin years ago when he had the operation and he's fine now.", "I stopped taking my tablets on purpose for the blood test, as the nurse asked."],
    },
  },
  {
    id: "risk-to-life/strangled-lately",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    scope: "sentence",
    cues: ["neck", "throat", "strangled", "strangling", "choked", "choking"],
    // Strangled lately, or to the edge of passing out, by someone still near (Warwickshire 7.1 "a risk to life"); the
    // same act told as dealt with (an arrest, a refuge) is safeguarding and crime, not a life at risk now.
    pattern: together(AT_THE_THROAT, LATELY_OR_NEAR_OUT),
    unless: (hit) => STRANGLING_DEALT_WITH.test(hit.sentence) || AT_THE_THROAT_IN_PLAY.test(own(hit)) || FICTION.test(hit.sentence) || TOPIC.test(own(hit)) || pastAndResolved(hit) || recovered(hit) || negatedAt(hit.text, hit.start),
    examples: {
      match: ["Last night my boyfriend had his hands round my throat until I almost passed out, and he's still in the house.", "my dad grabbed my mum by the throat again an hour ago"],
      notMatch: ["In 2021 my ex choked me and he was convicted; I'm safe now and wanted to thank the advocate.", "I could have choked on my tea when I read your reply this morning.", "This morning he put the dog's lead round my neck as a joke for the photo."],
    },
  },
  {
    id: "risk-to-life/seen-in-danger-now",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    scope: "sentence",
    cues: ["shotgun", "gun", "rifle", "pistol", "knife", "machete", "blade", "axe", "pushed", "dragged", "bundled", "forced", "thrown", "shoved", "pulled", "inside"],
    // A person in danger now, told by whoever sees it (Warwickshire 7.1 "a person in immediate danger"): a gun or a knife
    // out, someone forced into a van, a fire threatened with people inside, with something that says it is now.
    pattern: together(SEEN_IN_DANGER, STILL_GOING_ON),
    unless: (hit) => DANGER_AS_EVERYDAY.test(own(hit)) || FICTION.test(hit.sentence) || TOPIC.test(own(hit)) || pastAndResolved(hit) || recovered(hit) || negatedAt(hit.text, hit.start) || /\b(?:years ago|(?:back )?in (?:19|20)\d\d|last (?:year|month))\b/.test(own(hit)),
    examples: {
      match: [
        "My brother has had his rifle out in the shed all afternoon and won't talk to anyone.",
        "Just now I watched a young lad being bundled into the back of a van outside the chippy, he was screaming.",
        "The man upstairs says he'll set fire to the flat with his wife inside and there's a smell of petrol on the landing now.",
      ],
      notMatch: [
        "My husband got the carving knife out for the Sunday dinner just as your officer rang.",
        "In 2019 a boy was pushed into a car outside the school; the men were jailed.",
        "We watched a film last night where a girl is bundled into a van, and it made me think about CCTV funding.",
      ],
    },
  },
];
