import { DEATH_IDIOM, FICTION, own, pastAndResolved, PROFESSIONAL, recovered, SAFETY_CAMPAIGN } from "./concepts";
import { RISK_TO_LIFE } from "./refs";
import { NOT_A_NAME } from "./fragments";
import { MOVING_ON } from "./risk-signs";
import { phrases, type AlertRule, type RuleHit } from "./rule";

/**
 * Risk to life said sideways (issue #10: on every blind set, most risk-to-life misses named no act at all). Public
 * guidance on warning signs of suicide (Samaritans, NHS, Zero Suicide Alliance) lists the shapes these rules read, each
 * as a class of wordings rather than one sentence: not being here for what comes next ("I won't be here for the panel",
 * "won't see another winter", "by the weekend I won't be anyone's problem"), being at a height or in a closed garage now,
 * a means put by (tablets saved, a noose, a knife "ready"), a method looked up (how high the bridge is, how many
 * paracetamol), not being safe with oneself, and the small arrangements of leaving (the dog left with a neighbour, the
 * keys with a sister, a note on the table, written down "for whoever finds me"). Warwickshire 7.1 "a risk to life";
 * 7.2 "irrespective of any contact strategy". The explicit shapes alert alone; the arrangements and a doubt about
 * tomorrow are signs (weight 1) that alert beside another sign, as guidance says one alone is everyday life.
 */

/** Tablets and the like, by any name a writer gives them. */
const DRUG =
  "(?:tablets|pills|meds|medication|medicine|painkillers|paracetamol|co-?codamol|codeine|morphine|oxycodone|tramadol|diazepam|insulin|sleeping (?:pills|tablets)|antidepressants|sertraline|citalopram|quetiapine|mirtazapine|amitriptyline|zopiclone|lithium|propranolol|methadone|fentanyl)";
/** A height, a drop or a line a person stands at. */
const EDGE = "(?:bridge|footbridge|overpass|viaduct|flyover|cliffs?|quarry|ledge|window ?ledge|roof|rooftop|railings|parapet|tracks|railway line|level crossing|multi[- ]?stor(?:e)?y)";
/**
 * A height on a journey or a job ("on the Humber Bridge in the traffic", "on the roof fixing the gutter"): everyday life,
 * not a person at the edge. Not when the sentence also says they are at its edge or over its barrier.
 */
const HEIGHT_HIT = new RegExp(`\\b${EDGE}\\b`);
export const HEIGHT_AS_EVERYDAY = (sentence: string) =>
  /\b(?:traffic|queue|roadworks|stuck|driving|drove|on my way|on the way|in the car|on the bus|commut\w*|fix(?:ing|ed)?|mend(?:ing|ed)?|repair\w*|gutters?|tiles?|slates?|aerial|satellite|solar panels?|scaffold\w*|moss|chimney|leak\w*|painting|painter|roofer|works? on|working on|job on)\b/.test(sentence) &&
  !/\b(?:edge|wrong side|over the (?:railings|barrier|fence|parapet)|jump\w*|end it|goodbye|can'?t go on|looking down)\b/.test(sentence);
/** What honestly takes someone away, or a lawful route they turn to instead: not a farewell to life. */
const AWAY_OR_ROUTE =
  /\b(?:holiday|holidays|abroad|away|fly|flying|flight|staying (?:with|at)|out to|on leave|annual leave|travelling|traveling|trip|hospital|operation|surgery|appointment|moving|moved|visiting|working|shift|conference|wedding|out of (?:the )?(?:country|office|area)|because|as i(?:'m| am| will|'ll)|ombudsman|iopc|solicitor|court|tribunal|mp|councillor|press|newspaper|new address|another (?:caseworker|officer))\b/;

/** A journey or a stay that follows the words and explains them. */
const TRAVEL = /\b(?:holiday|abroad|fly|flying|flight|staying (?:with|at)|out to|in hospital|operation|surgery|appointment|visiting|wedding|conference|until (?:january|february|march|april|may|june|july|august|september|october|november|december|the new year|spring|summer))\b/;

/** Words about the subject, not a person: a study, a campaign, the news (narrower than fragments' TOPIC, whose "panel" and "how many" these shapes use). */
const STUDY = /\b(?:dissertation|essay|research project|statistics|campaign|awareness|consultation|survey|article|news|newspaper|documentary|podcast|homework|assignment|lesson|training course)\b/;

/** The guards these shapes share: a story, a professional's caseload, an idiom, a past recovered from, a move, a safety campaign. */
const notALifeNow = (hit: RuleHit) => {
  const sentence = own(hit);
  return FICTION.test(hit.sentence) || STUDY.test(sentence) || PROFESSIONAL.test(hit.sentence) || DEATH_IDIOM.test(sentence) || MOVING_ON.test(hit.text) ||
    SAFETY_CAMPAIGN.test(hit.sentence) || pastAndResolved(hit) || recovered(hit);
};

export const SIDEWAYS_RISK_RULES: readonly AlertRule[] = [
  {
    id: "risk-to-life/not-here-for-what-comes",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    writersOwn: true,
    cues: ["here", "around", "alive", "see", "another", "problem", "burden", "bother", "worry", "matter", "deal", "finds", "find"],
    pattern: phrases([
      // Not here for the next thing in the writer's own diary.
      "(?:won't|will not|wont|shan't|shall not) (?:still )?be (?:here|around|alive) (?:for|to see|at) (?:the|my|your|his|her|any|another|next) (?:[a-z]+ ){0,2}?(?:hearing|panel|outcome|result|decision|review|reply|answer|appeal|trial|inquest|verdict|christmas|birthday|anniversary|winter|summer|spring|new year|year|court case|sentencing)",
      "i (?:won't|will not|wont|shan't|shall not|will never|'ll never|never) (?:live to )?see another (?:winter|christmas|birthday|spring|summer|year|new year)",
      // No one's problem soon.
      "(?:won't|will not|wont|not going to) be (?:anyone's|anybody's|everyone's|everybody's|your|a|the|their|a problem to|a bother to|a burden to) ?(?:problem|burden|bother|worry|headache|concern)?(?: (?:to|for) (?:anyone|anybody|you|them|you all|any of you))? (?:much longer|for (?:much )?longer|for long|soon|any ?more|by (?:the )?(?:weekend|morning|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end of the week))",
      "by (?:the )?(?:weekend|morning|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end of the (?:week|month)|christmas),? (?:i )?(?:won't|will not|wont) be (?:anyone's|anybody's|everyone's|your|a|the) (?:problem|burden|bother|worry)",
      // Soon it will not matter; nobody will have to deal with me.
      "(?:it )?(?:won't|will not|wont) matter (?:much longer|for much longer|for long|soon|by then|after (?:tonight|today|this weekend))",
      "by the time (?:you|anyone|someone|somebody) (?:read|reads|see|sees|get|gets|open|opens) (?:this|it)(?: [a-z]+){0,3}?,? (?:it )?(?:won't|wont|will not) matter",
      "(?:you|u|they|anyone|nobody|no one|you lot) (?:won't|will not|wont) (?:have|need) to (?:deal with|put up with|worry about|worry bout|bother with|hear from|read anything from|listen to) me (?:much longer|for (?:much )?longer|for long|soon|after (?:this|today|tonight|the weekend))",
      // Written down for whoever finds them.
      "(?:for|to) whoever finds me",
    ]),
    // The reason often follows the words ("I won't be here for the hearing — I fly out to my daughter's on the 3rd").
    unless: (hit) => notALifeNow(hit) || AWAY_OR_ROUTE.test(own(hit)) || TRAVEL.test(hit.text.slice(hit.end, hit.end + 160)),
    examples: {
      match: [
        "ok ive read your letter. doesnt matter. i wont be here for the panel hearing in january anyway",
        "After 40 years in this house on my own I have decided I won't see another winter.",
        "NOBODY CARES. so I'll save you all the paperwork. by the weekend I wont be anyones problem",
        "I'd like to thank Mr Carter for his honesty. It won't matter much longer.",
        "You can close my file. By the time you read this on Monday it won't matter.",
        "Please make sure my cat goes to the RSPCA, I've written it down for whoever finds me.",
        "Don't worry, you won't have to deal with me much longer.",
        "You will not need to deal with me after this week, so close the file with a clear conscience.",
        "tell them they wont have to worry bout me after tonight",
      ],
      notMatch: [
        "I won't be here for the hearing because I'm in hospital that week, please send the papers.",
        "I'm afraid I won't be here for the hearing on 14 January — I fly out to my daughter's in Perth on the 3rd.",
        "I won't be your problem any more: I'm taking it to the ombudsman.",
        "My mother is 94 and the doctors say she won't see another Christmas; the police still have not returned her car.",
        "It won't matter much longer which office deals with it, as the new address takes over in May.",
        "You won't need to deal with me after this week, my solicitor will write to you instead.",
      ],
    },
  },
  {
    id: "risk-to-life/at-the-edge-now",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["bridge", "footbridge", "overpass", "walkway", "viaduct", "flyover", "cliff", "cliffs", "quarry", "ledge", "windowledge", "roof", "rooftop", "railings", "railing", "barrier", "fence", "parapet", "tracks", "railway", "crossing", "multi", "storey", "story", "garage", "exhaust", "hosepipe"],
    pattern: phrases([
      // The writer there now ("im on the bridge", "been sat on the bridge by the retail park an hour").
      `(?:i'm|im|i am|i've been|ive been|been|i'm now|i'm still|im still|i am still) (?:sat |stood |standing |sitting |parked (?:up )?|up )?(?:on|at|by|up on|on top of|at the top of|on the edge of) (?:the|a) (?:[a-z]+ ){0,2}?${EDGE}${NOT_A_NAME}`,
      // Over the barrier: on the wrong side of the railings, climbed over the parapet.
      "(?:on|over|to) the (?:wrong|other|far) side of (?:the|a) (?:railings?|barrier|fence|parapet|safety (?:fence|barrier|rail))",
      // Someone else there now ("hes sat on the window ledge on the 7th floor").
      `(?:he's|hes|she's|shes|he is|she is|they're|theyre|they are) (?:now |still )?(?:sat |stood |standing |sitting |climbing |out )?(?:on|over|onto|up on|on the edge of) (?:the|a) (?:[a-z]+ ){0,4}?(?:ledge|window ?ledge|roof|rooftop|railings|parapet|bridge walkway|edge of the (?:bridge|roof|cliff|platform))`,
      // Someone of the writer's, or someone told of, standing or sitting there, said plainly ("my son is on the roof of the
      // flats and won't come down", "she told the nurse she was standing on the Severn Bridge walkway").
      `(?:(?:my|our|her|his) (?:[a-z]+ )?(?:son|daughter|husband|wife|partner|boyfriend|girlfriend|brother|sister|dad|father|mum|mam|mother|friend|mate|flatmate|neighbour|nephew|niece|uncle|aunt|grandson|granddaughter|lad|boy|girl)|he|she|they) (?:is|'s|s|are|'re|was|were|has been|have been) (?:now |still )?(?:sat|stood|standing|sitting|perched|balanced|balancing) (?:on|at|by|on top of|at the top of|on the edge of) (?:the|a) (?:[a-z]+ ){0,3}?${EDGE}${NOT_A_NAME}`,
      `(?:(?:my|our|her|his) (?:[a-z]+ )?(?:son|daughter|husband|wife|partner|boyfriend|girlfriend|brother|sister|dad|father|mum|mam|mother|friend|mate|flatmate|neighbour|nephew|niece|lad|boy|girl)|he|she|they) (?:is|'s|s|are|'re|has been|have been) (?:up )?(?:on|at the top of|on top of) (?:the|a) (?:[a-z]+ ){0,3}?${EDGE}(?: [a-z'’]+){0,5}? (?:and )?(?:won't|wont|will not|refuses to|refusing to|won't let anyone|doesn't want to) (?:come|get|climb) (?:down|back|off)`,
      // A car running in a closed garage.
      "(?:sat|sitting|been|i'm|im) in the car in the garage with the engine (?:running|going|on)",
      "(?:car|engine)(?:'s| is) (?:running|on|going) in the (?:garage|lock-?up)",
      "(?:hose|hosepipe|pipe) (?:from|on|onto|to|into|in) the exhaust",
    ]),
    // Not the idiom guard: "laughing" beside a ledge is no joke.
    // Not PROFESSIONAL: a nurse or a warden telling of someone on a bridge now is the point ("she told the nurse she was standing on the walkway").
    unless: (hit) => FICTION.test(hit.sentence) || STUDY.test(own(hit)) || SAFETY_CAMPAIGN.test(hit.sentence) || pastAndResolved(hit) || (HEIGHT_HIT.test(hit.text.slice(hit.start, hit.end)) && HEIGHT_AS_EVERYDAY(own(hit))),
    examples: {
      match: [
        "I have had enough. I am stood on the footbridge over the A4042 now. Nobody from your office cared so why should I.",
        "I'm on the wrong side of the railings on the bridge.",
        "My son is on the roof of the flats and won't come down.",
        "A patient discharged yesterday has just telephoned the ward. She told the nurse she was standing on the Severn Bridge walkway and wanted to say goodbye.",
        "im on the bridge",
        "been sat on the bridge by the retail park an hour now thinking about it.",
        "ive been stood on the bridge by the station for twenty minutes trying to decide.",
        "my flatmate took a load of pills and now hes sat on the window ledge on the 7th floor laughing.",
        "a lad in my discord has just gone live saying hes on the multi storey car park roof and this is his last stream.",
        "I've been sat in the car in the garage with the engine going.",
        "the note is on the table. the car's running in the garage. bye",
      ],
      notMatch: [
        "I'm on the Bridge Street estate and the lights have been out for weeks.",
        "I was on the bridge when the officer stopped me in 2023.",
        "Three people have died jumping from the bridge; I am at the bridge meeting tonight to ask for barriers.",
        "The car is in the garage for its MOT.",
        "I'm on the Humber Bridge in the traffic, I'll ring when I'm home.",
        "I've been on the roof fixing the gutter all morning so I missed your call.",
        "I'm at the Cliff Hotel tonight for the awards, so please reply tomorrow.",
        "My son is a painter and he's been standing on the Forth Bridge scaffolding all week.",
        "My son is on the roof fixing the tiles and won't come down till it's done.",
      ],
    },
  },
  {
    id: "risk-to-life/means-put-by",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["stockpiling", "stockpiled", "stockpile", "saving", "saved", "putting", "put", "hoarding", "hoarded", "stashing", "stashed", "noose", "ready", "aside", "setting", "set", "out", "lined", "laid", "counted"],
    pattern: phrases([
      // Tablets saved up, whoever's they are ("stockpiling my mum's old morphine", "she has been saving her antidepressants").
      `(?:stockpil(?:e|es|ed|ing)|sav(?:e|es|ed|ing)(?: up)?|hoard(?:s|ed|ing)?|stash(?:es|ed|ing)?|(?:putting|put|setting|set) (?:aside|by)) (?:all )?(?:of )?(?:my|her|his|their|the|your|[a-z]+'s)?(?: [a-z']+){0,3}? ?${DRUG}`,
      `(?:putting|put|setting|set|keeping|kept|hiding|hid) (?:all )?(?:my|her|his|their|the) (?:[a-z]+ )?${DRUG} (?:aside|by)`,
      `${DRUG}(?: [a-z]+){0,2}? and (?:has been|have been|been|is|was|he's|she's|i've been) (?:stockpiling|saving|hoarding|stashing) (?:it|them)`,
      // A noose made or found; a knife or tablets "ready" (guidance: the means to hand).
      `(?:all )?(?:my|the|his|her|their) (?:[a-z]+ )?${DRUG} (?:out|laid out|lined up|counted out) (?:on|in front of|next to|beside)`,
      "(?:a|the) noose (?:in|ready|tied|hanging|up|from|under)",
      "(?:made|tied|bought|found|making|tying) (?:a|the) noose",
      `(?:have|got|'ve got|has|i've|ive) (?:the|my|a|his|her) (?:[a-z]+ )?(?:knife|blade|razor|rope|${DRUG}) (?:ready|lined up|counted out)`,
    ]),
    unless: (hit) => notALifeNow(hit) || /\b(?:(?:from|at|to|by|with) (?:the|my|a) (?:chemist|pharmacist|pharmacy|gp|doctor|surgery|nurse|vet)|prescri\w*|dosette|blister pack|return(?:ed)? them|dispos\w*|amnesty)\b/.test(own(hit)) || /noose (?:around|round) (?:our|their|the|its) necks?|tightening the noose/.test(own(hit)),
    examples: {
      match: [
        "I'm tired. I've been stockpiling my mum's old morphine since she died.",
        "My friend has told me she's been saving her antidepressants and she will take them if they decide not to charge.",
        "I have started putting my pills aside like I told the doctor I wouldn't.",
        "Mr Evans told me that he has stopped taking his medication and has been stockpiling it.",
        "Last Saturday I found a noose in his wardrobe.",
        "i want to be with my mum in heaven. i have got all my tablets out on the table in a line.",
        "the only way is to cut it out of my arm tonight. i have the stanley knife ready.",
      ],
      notMatch: [
        "I keep my tablets in a dosette box the pharmacist fills.",
        "These fines are a noose around our necks.",
        "I have saved all the letters and the prescription receipts.",
      ],
    },
  },
  {
    id: "risk-to-life/method-looked-up",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["looked", "looking", "look", "searched", "searching", "googled", "googling", "researched", "researching", "reading", "checked", "checking"],
    pattern: phrases([
      `(?:looked|looking|look|searched|searching|googled|googling|researched|researching|reading|checked|checking)(?: [a-z]+){0,4}? (?:up|on|about|into|online|at) (?:[a-z]+ ){0,3}?how (?:high|tall|deep|far down|far the drop) (?:the |a |that )?(?:[a-z]+ ){0,2}?(?:bridge|viaduct|flyover|cliffs?|drop|fall|building|car park|tower|multi[- ]?stor(?:e)?y|quarry|flats|roof|block) (?:is|are|was)`,
      `(?:looked|looking|look|searched|searching|googled|googling|researched|researching|reading|checked|checking)(?: [a-z]+){0,4}? (?:up|on|about|into|online|at) (?:[a-z]+ ){0,3}?how (?:many|much) (?:of (?:my|his|her|the) )?(?:[a-z]+ )?${DRUG}`,
    ]),
    // A dose asked about, or looked up by the one who prescribes it: care, not a method.
    unless: (hit) => notALifeNow(hit) || /\b(?:a day|per day|each day|allowed|safe to take|safely|i can take|dosage|the nurse|the doctor|the pharmacist|the gp)\b/.test(own(hit)),
    examples: {
      match: [
        "I see the decision hasn't changed. Whatever. I looked up how high the Severn Bridge is today.",
        "he has been looking on his laptop about how many paracetamol.",
      ],
      notMatch: ["I looked up how high the fine is online.", "The nurse looked up how many tablets a day I am allowed."],
    },
  },
  {
    id: "risk-to-life/not-safe-with-myself",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["safe", "trust", "myself", "through"],
    pattern: phrases([
      "(?:not|don't feel|do not feel|dont feel|no longer) safe (?:with|around) myself",
      "(?:can't|cannot|can not) keep myself safe",
      "(?:don't|do not|dont|can't|cannot) trust myself (?:tonight|any ?more|not to (?:do|hurt|harm|end|take|jump))",
      "(?:not sure|don't know|dont know|do not know) (?:if|whether) i(?:'ll| will|ll) (?:make it|get) through (?:tonight|the night|the weekend|today)",
    ]),
    unless: notALifeNow,
    examples: {
      match: ["honestly I'm not safe with myself at the moment.", "I don't trust myself tonight.", "I don't know if I'll make it through tonight."],
      notMatch: ["I don't feel safe by myself at home since the burglary.", "I don't trust myself not to say something rude at the meeting."],
    },
  },
  {
    id: "risk-to-life/tomorrow-in-doubt",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    writersOwn: true,
    cues: ["tomorrow", "nerve", "holding", "hanging", "hold", "hang", "why", "working", "deciding"],
    pattern: phrases([
      "(?:not sure|don't know|dont know|do not know) about tomorrow",
      "(?:get|getting|find|finding|work up|working up|build up|building up|got|found) the nerve(?: up)?(?= *(?:[.!,\\n]|$| to do it))",
      "(?:not going to|can't|cannot|won't|wont) (?:keep )?(?:holding|hanging|hold|hang) on(?: (?:any ?longer|much longer|any ?more))?(?= *(?:[.!,\\n]|$))",
      "(?:so|so that) (?:people|everyone|they|my family|you all) (?:know|will know|understand|can understand) why(?= *(?:[.!,\\n]|$))",
      "working myself up to (?:it|doing it)", "(?:just )?deciding(?: really| now)?(?= *(?:[.!,\\n]|$))",
    ]),
    unless: notALifeNow,
    examples: {
      match: ["I stood on the platform at Leamington for an hour. I went home but I don't know about tomorrow. Been down the canal twice this week trying to get the nerve up."],
      notMatch: ["I finally found the nerve to write to you about the officer's conduct."],
    },
  },
  {
    id: "risk-to-life/leaving-arrangements",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    weight: 1,
    writersOwn: true,
    cues: ["dog", "dogs", "cat", "cats", "keys", "note", "unlocked", "instructions", "order", "notice"],
    pattern: phrases([
      // What is theirs left with someone, for after.
      "(?:left|leaving|given|gave|giving|sorted) (?:the|my) (?:dog|dogs|cat|cats|keys|van keys|car keys|house keys|pets?) (?:with|to|for) (?:[a-z]+ ){0,2}?(?:sister|brother|mum|mam|dad|nan|neighbour|next door|jean|friend|[a-z]+)",
      "(?:the|my) (?:dog|dogs|cat|cats) (?:is|are) going to (?:my|the|a) [a-z]+",
      "(?:the|my) (?:keys|van keys|car keys) (?:are|is) (?:on the side|on the table|with my [a-z]+|for my [a-z]+)",
      "(?:the|my) note is on the (?:table|side|bed|kitchen table)",
      "(?:back|front) door unlocked so (?:nobody|no one|no-one|they|you) (?:has|have|will have) to break",
      "(?:put|putting|got|sorted|have put) (?:the house|my house|my affairs|everything|things) in order",
      "left instructions (?:with|for) (?:my|the) (?:solicitor|sister|brother|son|daughter|family)",
    ]),
    unless: (hit) => notALifeNow(hit) || AWAY_OR_ROUTE.test(own(hit)),
    examples: {
      match: ["You won't be hearing from me again. I've left the dogs with Jean next door and the back door unlocked so nobody has to break it."],
      notMatch: ["I've left the keys with my neighbour because I'm on holiday in Spain for two weeks."],
    },
  },
];
