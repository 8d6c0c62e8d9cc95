import { DEATH_IDIOM, FICTION, ORDINARY_ARRANGEMENTS, own, pastAndResolved, PROFESSIONAL, recovered, retracted, SAFETY_CAMPAIGN } from "./concepts";
import { NOT_A_NAME, TOPIC } from "./fragments";
import { RISK_TO_LIFE, THREATS_TO_STAFF } from "./refs";
import { MOVING_ON } from "./risk-signs";
import { quotedRanges, within } from "../text/reported";
import { phrases, signRule, together, withStaff, type AlertRule, type RuleHit } from "./rule";
import { namedPattern, staffNamedIn, type StaffNames } from "../text/staff-names";
import { thirdPartyReport } from "./threat-to-staff";
import { INVITED, ORG_PLACE, saidKindly } from "./threat-guards";

/**
 * Alerts from concepts that combine, not from one wording (issue #10: phrase rules written from
 * one writer's rows found little of another writer's mail). Public guidance on suicide warning
 * signs (Samaritans, NHS, Zero Suicide Alliance) names three things that together make a plan:
 * FINALITY (a farewell, nothing left, a burden, affairs put in order), MEANS (tablets, a rope, a
 * height, a railway) and INTENT (a time set, a decision made). Any two of them near each other (the
 * sentence and the two before it) in the writer's own words are a risk to life (Warwickshire 7.1).
 * A threat to staff (Warwickshire 3.1 "Harassment, intimidation or threats", "Stalking"; Gwent 4.0
 * "threats (implicit or explicit)") is their PRIVATE life — family, home, car, route, routine —
 * named back to them beside KNOWING or WATCHING it, or beside HARM or a CONSEQUENCE. Each class is a
 * small open set of everyday words; what joins them is the structure, so a wording no rule has seen
 * still alerts when it says the same two things.
 */

/** Saying goodbye to life, not to a job, an office or a complaint. */
const FINALITY = [
  "goodbye", "good ?bye", "farewell", "say(?:ing)? my goodbyes", "for the last time", "last (?:words|goodbye|wishes)",
  "(?:won'?t|will not|wont|not going to|no longer) be (?:here|around|alive|a problem|a burden|bothering)", "not be here", "be gone", "gone for good", "(?:be|is|will be) over (?:soon|tonight|by)", "all be over",
  "at peace", "no more pain", "forgive me", "sorry for everything", "(?:tell|let) (?:my [a-z]+|them|her|him|the kids|everyone) (?:i|that i) love", "look after (?:my|the) (?:kids|children|dog|cat|family|mum|dad|boys|girls)",
  "(?:my|a) (?:will|funeral)", "better off without me", "nothing (?:left )?to live for", "(?:no|any) (?:reason|point) (?:to|in) (?:live|living|go on|going on|carry on|carrying on|being here)", "given up on (?:life|everything|living)", "(?:don'?t|do not|no longer) want to (?:be here|live|be alive|wake up|exist)", "won'?t (?:need|be needing) (?:it|them|anything)", "disappear for good", "end (?:it all|everything|my life|things)",
  // Affairs put in order, possessions given away, letters left, nothing after (guidance: "putting affairs in order", "giving things away").
  "nothing (?:here|left) for me", "put (?:everything|my affairs|things|my things|my house) in order", "(?:made|making|sorted) (?:my own |the |my |all the )?arrangements",
  "sorted (?:out )?(?:the dog|the cat|my affairs|everything|my things|the kids)", "(?:written|wrote|left|done|writing) (?:letters?|notes?|a letter|a note|cards) (?:to|for) (?:my|the|each)", "(?:last|final) (?:one|email|message|letter|thing) (?:from me|you'?ll (?:get|hear)|i'?ll (?:send|write))",
  "said (?:my|her|his|their) goodbyes", "giv(?:e|ing|en) (?:away )?(?:my|her|his|all my) (?:things|stuff|furniture|belongings|possessions|clothes)(?: away)?", "(?:nobody|no one|no-one) (?:will|would|'ll) (?:find|miss) me",
  "(?:be|go to be) with (?:him|her|them|my [a-z]+) again", "go to be with", "join (?:him|her|them)(?= *(?:[.!,\\n]|$| again| soon| there))", ];
/** Despair that alone is everyday frustration ("I can't do this anymore, your process is a joke"): finality only beside a means or an intent. */
const DESPAIR = [
  "(?:am|'m|feel like|being) a burden",
  "(?:can'?t|cannot) (?:go on|carry on|do this any ?more|take (?:any|much) more)",
  "had enough of (?:everything|life|it all|living)",
  "no way out",
  "tired of (?:living|life|everything|being alive)",
  "(?:won'?t|will not|doesn'?t|does not) matter (?:any ?more|now|after|then|to me)",
  "it won'?t matter",
  "(?:i'?m|i am) done(?= *(?:[.!,\\n]|$| with (?:it all|everything|life)))",
];
/** A means to hand or a place to die: what guidance asks about first. */
const MEANS = [
  "pills", "tablets", "overdose", "paracetamol", "painkillers", "co-codamol", "codeine", "sleeping pills", "(?:my|the) (?:meds|medication) (?:saved|stored|ready|collected|lined up)", "(?:saved|stored|collected|stockpiled|kept) (?:up )?(?:my|all my|the) (?:meds|medication|tablets|pills)",
  "stockpil\\w*", "counted (?:them|the tablets|the pills|my tablets|my pills)", "antidepressants", "insulin", "(?:his|her) (?:medication|meds|tablets|pills)",
  "rope", "noose", "ligature", `(?:the|a) (?:bridge|viaduct|cliffs?|ledge)${NOT_A_NAME}`, "(?:the )?railway line", "(?:the )?train tracks", "the tracks", "in front of (?:a|the) (?:train|lorry|bus)", "multi[- ]?storey", `top of (?:the|a) (?:car park|building|flats|tower)${NOT_A_NAME}`,
  "jump(?:ing)? (?:off|from)", "(?:the|a) (?:razor|blades?)", "exhaust pipe", "hosepipe", "carbon monoxide", "(?:walk|drive|driving|walking) into the (?:sea|river|canal|traffic)", "the (?:river|canal|reservoir) (?:tonight|tomorrow|at|when)",
];
/** A time set or a decision made. */
const INTENT = [
  "tonight", "this weekend", "by (?:the )?(?:morning|weekend|friday|saturday|sunday|monday)", "(?:i'?ve|i have|have) (?:decided|made (?:up )?my mind|made my (?:peace|decision)|a plan|planned (?:it|everything))", "my mind is made up",
  "(?:i'?m|i am) (?:ready|going to do it|doing it)", "it'?s time", "by the time (?:you|anyone|someone|somebody|they) (?:read|see|get|open|find)", "when (?:you|they|someone|somebody|anyone) (?:find|finds|read|reads) (?:me|this)",
  "(?:nobody|no one|no-one) (?:will|can|is going to) stop me", "before (?:anyone|you|they) (?:can|could) stop me", "(?:once|when) it'?s (?:done|over)",
  "already decided", "(?:that'?s |the )day (?:i'?ll|i will|i'?m going)", "when this is (?:done|over|sorted)", "(?:know|knows) (?:exactly )?where i'?m going", "told (?:nobody|no one|no-one)", "(?:they'?d|they would|would) (?:only )?(?:try to )?stop me",
];
/** The writer's own voice (a risk they tell of themselves, or of someone close: "my son has the tablets"). */
const FIRST_PERSON = ["i", "i'm", "im", "i've", "ive", "i'll", "me", "my", "myself"];

/** What makes the same words no risk to life now: a story, a job, an idiom, a past recovered from, a move or a job ending. */
const notALifeNow = (hit: RuleHit) => {
  const sentence = own(hit);
  return FICTION.test(hit.sentence) || TOPIC.test(sentence) || PROFESSIONAL.test(hit.sentence) || DEATH_IDIOM.test(sentence) || MOVING_ON.test(hit.text) || pastAndResolved(hit) || recovered(hit) ||
    ORDINARY_ARRANGEMENTS.test(sentence) || SAFETY_CAMPAIGN.test(hit.sentence) || retracted(hit) ||
    /\b(?:(?:not|never|no intention of|wouldn'?t|would not|won'?t|will not)(?: [a-z']+){0,2} (?:do anything (?:stupid|silly|daft)|hurt(?:ing)? myself|harm(?:ing)? myself|kill(?:ing)? myself)|complaint|case|file|ombudsman|holiday|trip|journey|commute|retire\w*|gp|doctor|prescri\w*|pharmac\w*|chemist|nurse|(?:move|moving|moved) (?:in|into|to|away|house|abroad|closer|nearer))\b/.test(sentence);
};

/** Cue words: the classes' rarer words (a common word as a cue would wake the rule on most mail). */
const CUES_FINALITY = ["goodbye", "bye", "goodbyes", "farewell", "alive", "burden", "bothering", "gone", "peace", "forgive", "funeral", "needing", "disappear", "anymore", "arrangements", "furniture", "belongings", "possessions"];
const CUES_MEANS = ["stockpiling", "stockpiled", "counted", "insulin", "pills", "tablets", "overdose", "paracetamol", "painkillers", "codamol", "codeine", "meds", "medication", "saved", "stored", "collected", "stockpiled", "rope", "noose", "ligature", "bridge", "viaduct", "cliff", "cliffs", "ledge", "railway", "tracks", "train", "lorry", "bus", "storey", "multi", "top", "jump", "jumping", "razor", "blade", "blades", "exhaust", "hosepipe", "carbon", "sea", "river", "canal", "traffic", "reservoir"];
const CUES_INTENT = ["tonight", "weekend", "decided", "peace", "decision", "plan", "planned", "ready", "day", "sorted", "exactly", "nobody", "stop"];

const riskRule = (id: string, a: readonly string[], b: readonly string[], cues: readonly string[], match: string, notMatch: readonly string[]): AlertRule => ({
  id: `risk-to-life/${id}`,
  kind: "risk-to-life",
  policyRef: RISK_TO_LIFE,
  scope: "sentence",
  writersOwn: true,
  cues,
  pattern: together(a, b, FIRST_PERSON),
  unless: notALifeNow,
  examples: { match: [match], notMatch },
});

export const COMBINED_RISK_RULES: readonly AlertRule[] = [
  riskRule("finality-and-means", [...FINALITY, ...DESPAIR], MEANS, [...CUES_FINALITY, ...CUES_MEANS], "Tell my girls I love them. I've been saving the tablets for weeks.", [
    "I'm moving to Spain, so goodbye, and I've left the tablets for the cat with my neighbour.",
    "Three people have died jumping from the bridge on the A467. Will the Commissioner get the barriers raised?",
    "Years ago I took too many tablets and wanted it all over, but I'm in a much better place now, thank you.",
  ]),
  riskRule("finality-and-intent", [...FINALITY, ...DESPAIR], INTENT, [...CUES_FINALITY, ...CUES_INTENT], "I've made my peace with it. Nobody will have to read my emails after tonight because I won't be here.", [
    "I've decided to take my complaint to the Ombudsman, so this is goodbye from me.",
    "I won't be around this weekend as I'm on holiday.",
  ]),
  riskRule("means-and-intent", MEANS, INTENT, [...CUES_MEANS, ...CUES_INTENT], "I have the pills lined up on the table and I've made up my mind.", [
    "I'm catching the train tonight to see my daughter.",
    "I've decided to stop taking the tablets the GP gave me because they make me dizzy, the doctor knows.",
  ]),
];

/**
 * Each class alone, as a sign (weight 1): a farewell in one paragraph and tablets in another, or either beside another
 * rule's sign (despair, a farewell hint), are two signs, and two signs of different rules alert (detect.ts).
 */
const riskSign = signRule("risk-to-life", RISK_TO_LIFE, notALifeNow);
export const COMBINED_RISK_SIGNS: readonly AlertRule[] = [
  // A farewell to life in the writer's own words alerts alone (weight 2): guidance treats talk of not being here as a warning sign on its own.
  { ...riskSign("finality", FINALITY, CUES_FINALITY, "I've put everything in order and said my goodbyes.", "I've made all the arrangements with the village hall for the AGM."), weight: 2 },
  riskSign("means", MEANS, CUES_MEANS, "I've been stockpiling my tablets. Nothing here for me now.", "I collected my tablets from the chemist and the pharmacist was kind."),
  riskSign("intent", INTENT, CUES_INTENT, "I've already decided. I have been stockpiling my tablets.", "I've already decided to take my complaint to the Ombudsman."),
];

// ---------------------------------------------------------------- threat to staff

/** A member of staff: the reader, staff by role, or by the names the office gives (`staffNames`: "priya", "ms shah"). */
const staffPerson = (names: StaffNames) => [
  "you", "your", "ur", "u", "yours", ...names.forms, "(?:your|the|that) (?:caseworker|case worker|chief executive|chief exec|manager|staff|officer|colleague)s?",
  "whoever(?:'s| is) (?:on|dealing with|handling) my case", "every one of (?:you|them|your staff)",
];
/** Their life outside the office: family, home, car, route, routine, where they go and when. */
const PRIVATE = [
  "home", "house", "address", "lives", "live", "living", "flat", "street", "front door", "blue door", "window", "garden", "balcony", "view", "driveway", "postcode",
  "car", "tyres", "tires", "reg", "registration", "number plate", "golf", "fiesta", "corsa", "polo", "yaris", "qashqai", "land rover", "drives?", "parks?", "parked", "car park",
  "school", "school run", "son", "daughter", "lad", "kids", "children", "boy", "girl", "husband", "wife", "partner", "mum", "mother", "dad", "family", "sister", "brother",
  "gym", "coffee", "pub", "train", "station", "bus stop", "bike", "cycles?", "canal", "walks?", "walk home", "way home", "route", "commute", "journey home", "shifts?",
  "party", "birthday", "mosque", "church", "pray", "holiday", "photos?", "picture", "face", "linkedin", "instagram", "insta", "facebook", "twitter", "strava", "tiktok", "192\\.com", "electoral roll",
  "every (?:morning|evening|day|night|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)", "(?:saturday|sunday|monday|tuesday|wednesday|thursday|friday) (?:mornings|nights|evenings)", "most (?:days|nights|mornings|evenings)", "\\d{1,2}[.:]\\d\\d",
];
/** What makes naming it menace: the writer has looked, been there, or says what may follow. */
/**
 * "I know" as a concession, not knowledge of someone ("I know I haven't always been easy", "I know times have changed", "I
 * know it won't happen", "I know your office is busy"): the writer owning up or granting a point.
 */
const CONCEDING =
  "(?! (?:i (?:haven'?t|have not|'ve been|have been|'m not|am not|can be|was|wasn'?t|go on|sound|may|might have|should)|it(?:'s| is)? (?:not|won'?t|will not|isn'?t|hard|difficult|been|a lot)|times|things|there(?:'s| is| are)|how (?:busy|hard|difficult|stretched)|money|(?:you|your (?:office|team|staff))(?:'re| are| is| have| has)? (?:busy|doing|trying|stretched|right|short)))(?![a-z'])";
const OMINOUS = [
  `i know${CONCEDING}`, `we know${CONCEDING}`, `i knew${CONCEDING}`, "knows? where", "found", "i saw", "seen", "spotted", "noticed", "watch(?:ed|ing)?", "followed", "following", "drove past", "driven past", "been past", "walked past", "admiring", "looked (?:up|into)", "tracked", "printed",
  "i(?:'ve| have)? got (?:her|his|your|their) (?:number|mobile|address|photo|picture|face|details)", "not (?:hard|difficult) to find", "easy to (?:find|spot)",
  "shame", "pity", "accidents?", "(?:things|these things|stuff) happen", "happens? all the time", "careful", "(?:keep|stay|be|feel|are|is) safe", "worried", "hide", "hiding", "dark", "quiet", "lonely", "isolated", "on (?:her|his|your|their) own",
  "visit(?:ing)?", "knock(?:ing)?", "wait(?:ing)? (?:for|outside|at|in)", "(?:isn'?t|doesn'?t|don'?t|hasn'?t|didn'?t|won'?t|aren'?t) (?:it|she|he|they|you)(?= *(?:[.?!,\\n]|$))", "just so (?:she|he|you|they) knows?", "just saying",
  "might (?:come|go|pop|watch|see|visit|drop)", "see (?:you|her|him|them) (?:there|soon|around|then)", "one (?:day|night) soon", "next time i'?ll", "remember (?:that|this|i said)", "i get around", "nice to put faces",
];
/**
 * The private life is theirs: a member of staff owns it or lives it ("your lad", "Casey's car", "Mr Carter rides a bike",
 * "you take the train"), within a few words, none of them the writer's ("past your office on my bike" is the writer's bike);
 * or it is said of them ("the home addresses of every one of your staff").
 */
const NOT_THEIRS = "(?:my|our|me|i|we|us|mine|i'm|i've|i'll|know|knew|said|say|told|tell|wrote|sent|asked|let|stand|think|thought|mean|see|saw)";
const GAP = (words: number) => `(?: (?!${NOT_THEIRS}(?![a-z']))[a-z']+){0,${words}}?`;
const theirs = (names: StaffNames) => {
  const person = staffPerson(names);
  return [
    // By name or role, or "your": a few words may come between ("Sam Carter does the school run"); bare "you" must be closer.
    `(?:${person.filter((p) => !/^(?:you|u|yours)$/.test(p)).join("|")})(?:'s)?${GAP(5)} (?:${PRIVATE.join("|")})`,
    `(?:you|u)${GAP(3)} (?:${PRIVATE.join("|")})`,
    `(?:${PRIVATE.join("|")})(?: [a-z']+){0,3}? (?:of|for) (?:${person.join("|")})`,
  ];
};
const PRIVATE_CUES = ["home", "house", "address", "lives", "flat", "street", "door", "window", "garden", "balcony", "view", "driveway", "postcode", "car", "tyres", "tires", "reg", "registration", "plate", "golf", "fiesta", "corsa", "polo", "yaris", "qashqai", "rover", "drives", "parks", "parked", "school", "son", "daughter", "lad", "kids", "children", "husband", "wife", "mum", "family", "sister", "brother", "gym", "coffee", "pub", "train", "station", "bike", "cycles", "canal", "walks", "route", "commute", "journey", "shifts", "party", "birthday", "mosque", "church", "pray", "holiday", "photo", "photos", "picture", "face", "linkedin", "instagram", "insta", "facebook", "twitter", "strava", "tiktok", "electoral", "mornings", "nights", "evenings"];
const OMINOUS_CUES = ["know", "knew", "knows", "found", "saw", "seen", "spotted", "noticed", "watch", "watched", "watching", "followed", "following", "drove", "driven", "admiring", "tracked", "printed", "hard", "difficult", "easy", "shame", "pity", "accident", "accidents", "happen", "happens", "careful", "safe", "worried", "hide", "hiding", "dark", "quiet", "lonely", "isolated", "visit", "visiting", "knock", "knocking", "waiting", "isnt", "doesnt", "dont", "hasnt", "didnt", "wont", "arent", "saying", "might", "soon", "remember", "around", "faces"];

/** Staff, or the reader, named in the words around (by role here, by name with `staffNamedIn`): whose "her husband" or "his kids" it is. */
const STAFF_NAMED = /\b(?:you|u|your|ur|caseworkers?|case workers?|chief executive|commissioner|staff|your (?:colleague|manager|boss))\b/;
const privateNamed = namedPattern((names) => phrases(theirs(names)));

/**
 * Whose private life and in whose words: a member of staff's ("your kids", "Casey's car", "her husband" where staff are
 * named nearby), in the writer's own words — not a quotation of what someone sent the writer ("they wrote 'I know where
 * your kids go to school'"), nor "her house" of the writer's mother in a report of what happened to her.
 */
/** The quoted words of the message last read: a message with many hits works them out once, not once per hit. */
let quotedOf: { text: string; ranges: ReturnType<typeof quotedRanges> } | undefined;
function staffPrivateInOwnWords(hit: RuleHit): boolean {
  const from = hit.text.lastIndexOf(hit.sentence.slice(0, 40), hit.start + 1);
  const base = from >= 0 ? from : hit.start;
  if (quotedOf?.text !== hit.text) quotedOf = { text: hit.text, ranges: quotedRanges(hit.text) };
  const quoted = quotedOf.ranges;
  const PRIVATE_NAMED = privateNamed(hit.staff);
  PRIVATE_NAMED.lastIndex = 0;
  for (let m = PRIVATE_NAMED.exec(hit.sentence); m; m = PRIVATE_NAMED.exec(hit.sentence)) {
    const at = base + m.index;
    if (within(quoted, at, at + 1)) continue;
    // The writer's own ("my house", "our car"), or someone else's they report ("her house" with no member of staff named).
    const before = hit.sentence.slice(Math.max(0, m.index - 12), m.index);
    if (/\b(?:my|our|me|mine|i)\s+$/.test(before)) continue;
    if (/\b(?:her|his|their|the)\s+$/.test(before) && !STAFF_NAMED.test(hit.sentence) && !staffNamedIn(hit.staff).test(hit.sentence)) continue;
    return true;
  }
  return false;
}

/** Said kindly, or a lawful route, or not a member of staff's life in the writer's own words: no threat. */
const notAThreat = (hit: RuleHit) => {
  const window = hit.sentence;
  return thirdPartyReport(hit) || FICTION.test(window) || TOPIC.test(own(hit)) || saidKindly(hit) || INVITED.test(own(hit)) || ORG_PLACE.test(own(hit)) ||
    /\b(?:thank\w*|congratulations|condolences|sorry (?:to hear|for your loss|about your)|get well|hope (?:you|your|she|her|he|his|they|all)|best wishes|lovely to meet|take care|appreciate\w*|brilliant|well done|proud of|no rush|no hurry|ombudsman|solicitor|court|iopc|my mp|the press)\b/.test(window) ||
    !staffPrivateInOwnWords(hit);
};

/** Private life, a member of staff and menace, near each other (the sentence and the two before). */
export const COMBINED_THREAT_RULES: readonly AlertRule[] = [
  {
    id: "threat-to-staff/private-life-menaced",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    scope: "sentence",
    writersOwn: true,
    cues: [...PRIVATE_CUES, ...OMINOUS_CUES],
    ...withStaff((names) => together(theirs(names), OMINOUS)),
    unless: notAThreat,
    examples: {
      match: [
        "I've found where Morgan parks. Blue hatchback, same spot each day.",
        "Your kids walk home on their own, don't they. Anything could happen.",
        "Mr Carter cycles to work along the canal path doesn't he. Lonely stretch.",
        "I've found where Priya parks. Blue hatchback, same spot each day.",
        "Ms Shah cycles to work along the canal path doesn't she. Lonely stretch.",
        "I know it's your car, Morgan. The silver one, same spot each day.",
        "I know your house, Priya. I know I shouldn't say it but I do.",
      ],
      notMatch: [
        "I'll be waiting outside the community centre at 7 for the public meeting, if Casey wants to walk over together.",
        // Someone the office does not employ: the writer's neighbour, named.
        "I've found where Gareth parks. Blue hatchback, same spot each day.",
        "I know your office is busy, so no rush with the reply.",
        // "I know" conceding a point, beside the writer's own home or a member of staff's name (issue 10 look-alikes).
        "I know I haven't always been easy. When the trouble outside our house was at its worst I wrote to you every week.",
        "I know I can be hard work. Your car was in the drive when you visited and I shouted, and I'm sorry.",
        "I saw your daughter's school won the county cup, congratulations to her.",
        "I'm sorry your car was damaged in the office car park last week.",
        "I know you found my house hard to find when you visited, the sat nav sends everyone the wrong way.",
        "My neighbour wrote \"I know where your kids go to school\" on my car.",
      ],
    },
  },
];

export const COMBINED_RULES: readonly AlertRule[] = [...COMBINED_RISK_RULES, ...COMBINED_RISK_SIGNS, ...COMBINED_THREAT_RULES];
