import { THREATS_TO_STAFF } from "./refs";
import { phrases, type AlertRule } from "./rule";
import { thirdPartyReport } from "./threat-to-staff";

/**
 * Veiled threats to staff (issue #10; Gwent 4.0 "threats (implicit or explicit)"; Warwickshire
 * 3.1 "Harassment, intimidation or threats", "Stalking (in person or online)"): said as a
 * general truth about fire, glass or accidents, as a warning to be careful, as a remark on how
 * lonely their route is, or as proof that the writer knows the person — their face, their name,
 * where they drink their coffee. The first rule's wordings carry the threat alone; the others
 * are signs that need a second (their private life named, being watched, an ominous remark).
 */

/** A person, as a threat names them: you, her, him, them, or a name ("casey", "sam carter", "mr carter"). */
const PERSON = "(?:you|u|her|him|them|(?:mr|mrs|ms|miss) [a-z]+|[a-z]+(?: [a-z]+)?)";

/** A lawful route or an invitation: "I'll see you at the tribunal", "see you at the open day". */
const LAWFUL_OR_INVITED = /\b(?:court|tribunal|ombudsman|iopc|solicitor|lawyer|legal|mp|councillor|press|newspaper|vote|election|appeal|open day|surgery|public meeting|panel meeting|appointment|reception desk)\b/;

export const VEILED_THREAT_RULES: readonly AlertRule[] = [
  {
    id: "threat-to-staff/veiled-harm",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    writersOwn: true,
    cues: ["sharp", "knife", "blade", "weapon", "find", "floor", "check", "responsible", "postcode", "address", "deserve", "deserves", "petrol", "know", "leave", "fragile", "locks", "walk", "drive", "looking"],
    pattern: phrases([
      "(?:bring|bringing|brought|carry|carrying)(?: [a-z]+){0,2}? (?:something sharp|a knife|a blade|a weapon)",
      `(?:find|found|get hold of) ${PERSON} and make (?:her|him|them|you) (?:eat|pay|regret|sorry|suffer)`,
      `when i (?:find|catch|get hold of) (?:her|him)(?= *(?:[.!,\\n]|$))`,
      "(?:be|'ll be|will be) picking (?:himself|herself|themselves|yourself) (?:up )?off the (?:floor|ground)",
      "check under (?:her|his|your|their) (?:car|van)",
      "(?:won't|will not|wont|can't|cannot) be (?:held )?responsible for what happens(?: to)?",
      "(?:put|posted|posting|putting|shared|sharing)(?: [a-z]+){0,2}? (?:her|his|their|your) (?:home )?(?:postcode|address|home address)(?: [a-z]+){0,3}? (?:on|online|up|out)",
      "deserves? to have (?:their|her|his|your) (?:houses?|homes?|cars?) (?:burn|burnt|burned|torched|smashed|wrecked)",
      "petrol in a can",
      "(?:you )?(?:don't|dont|do not) know me,? but i know (?:you|u|her|him)",
      "know (?:exactly )?who i(?:'m| am) looking for",
      "(?:has|have|needs? to|got to) (?:to )?leave (?:the|that|your) (?:building|office) (?:at some point|eventually|sometime|some time|one day)",
      "(?:glass|windows?) (?:is|are) (?:fragile|easy to break|easily broken)",
      "hope (?:your |her |his )?(?:[a-z]+ )?(?:has|have|'s) got good locks",
      "(?:strateg(?:y|ies)|polic(?:y|ies)|rules|letters|security|cameras|badges?) (?:don't|doesn't|won't|dont|doesnt|wont|can't) (?:walk|drive|get|see) (?:you|her|him|them) home",
    ]),
    unless: (hit) => thirdPartyReport(hit) || LAWFUL_OR_INVITED.test(hit.sentence),
    examples: {
      match: [
        "Next time I'm at your front desk I'll be bringing something sharp.",
        "If that caseworker writes once more I'll find her and make her pay.",
        "Your manager will be picking himself up off the floor.",
        "Tell him to check under his car in the mornings.",
        "When the day comes I won't be responsible for what happens to you.",
        "I've posted her home address online for everyone.",
        "You don't know me, but I know you.",
        "Your Chief Executive has to leave the building at some point.",
        "Nice big windows at your office. Glass is fragile.",
        "Contact strategies don't walk you home.",
      ],
      notMatch: [
        "Please bring a weapons amnesty bin to the surgery.",
        "I won't be held responsible for what happens to the appeal if you miss the deadline, so see my solicitor.",
        "The man who burgled me posted my home address online, and the police did nothing.",
        "I'll see you at the tribunal; when I see you there you'll have to answer.",
      ],
    },
  },
  {
    id: "threat-to-staff/ominous-remark",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    weight: 1,
    writersOwn: true,
    cues: ["take", "terrible", "awful", "pity", "sad", "fire", "burn", "lovely", "insured", "piece", "easy", "lonely", "quiet", "dark", "careful", "routine", "online", "goes", "around", "gates", "locks", "fences", "alarms", "cameras", "stop", "yet", "saying", "knows", "warn", "friend", "back", "own", "shaken", "scared", "frightened", "nervous", "family", "families", "looking", "personally", "hate", "recognised", "recognized", "time", "watch", "decide", "decides"],
    pattern: phrases([
      "(?:it )?(?:would|wouldn't|wouldnt) take much",
      "(?:would be|it'd be|it would be|be) (?:terrible|awful|a pity|sad|such a shame|a real shame) if",
      "(?:houses?|cars?|caravans?|sheds?|homes?|offices?|things) (?:catch fire|go up|burn(?: down)?|get (?:damaged|scratched|smashed))(?: [a-z]+){0,2}? (?:lovely|easily|all the time|so easily|round here|these days|quick)",
      "(?:go|goes) up lovely",
      "(?:is|are) (?:well )?insured",
      "(?:stays?|stay|kept|keep) in one piece",
      "easy to (?:spot|find|recognise|recognize|follow)",
      "(?:lonely|quiet|dark|isolated) (?:stretch|spot|road|lane|path|walk|car park)|quiet at that time",
      "(?:should|ought to|had better|'d better|needs? to|wants? to) (?:be more careful|vary (?:his|her|your|their) routine|keep (?:her|his|their|your) (?:profile|account)s? locked)",
      "(?:careful|think) (?:about )?what (?:they|she|he|you|people|kids) (?:put|post)s? online",
      "what goes around",
      "(?:gates|locks|fences?|alarms?|cameras?|doors?) (?:won't|will not|wont|don't|can't) (?:stop|keep out) (?:everyone|everybody|anyone|me|people)",
      "yet(?= *[.!]* *$)",
      "(?:i'm )?not saying anything more",
      "(?:he|she|they) knows? what (?:he|she|they) (?:needs?|has|have|ought) to do",
      "just so (?:you|she|he|[a-z]+) knows?",
      "warn (?:him|her|them)(?= *(?:[.!,\\n]|$))",
      "asking for a friend",
      "i expect i(?:'ll| will) be back",
      "something of my own",
      "looked (?:quite |very |a bit |really )?(?:shaken|scared|frightened|nervous|worried)(?: [a-z]+){0,3}?\\. i think that'?s good",
      "go home to (?:your|their|her|his) famil(?:y|ies)",
      "(?:won't|wont|will not) need to go looking",
      "i mean personally", "(?:hold|holding) (?:every one|each one|all) of you personally",
      "i'?d hate for (?:them|her|him|anything)",
      "(?:a lot of|plenty of|lots of) time on my hands",
      "(?:watch|mind) (?:himself|herself|themselves)",
      "(?:should|better|ought to) (?:be careful|think) (?:what|about what|before) (?:he|she|they) (?:decides?|does|do|sends?|writes?)",
      "think about (?:that|it) before (?:she|he|they) (?:sends?|writes?|refuses?|decides?)",
    ]),
    unless: (hit) => LAWFUL_OR_INVITED.test(hit.sentence) || /\b(?:thank you|thanks|congratulations|well done|speeding|potholes?|fly-?tipping|street ?lights?|road safety)\b/.test(hit.sentence),
    examples: {
      match: ["Casey parks her red car on Mill Lane. Wouldn't take much.", "I know what your son looks like. Kids should be more careful what they put online."],
      notMatch: ["It wouldn't take much to fix the form, thank you.", "The lane by the school is a lonely stretch and needs street lights."],
    },
  },
  {
    id: "threat-to-staff/shows-they-know",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    weight: 1,
    writersOwn: true,
    cues: ["know", "knew", "find", "found", "learn", "saved", "list", "faces", "names", "thank", "pop", "see", "time", "finish", "leave", "class", "gym", "past", "request", "facebook", "instagram", "linkedin", "tiktok", "parks", "lives", "live", "drives", "walks", "coffee", "seen", "spotted"],
    // Showing that the writer knows the person, finds them, or comes to them in person.
    pattern: phrases([
      "i can find things out",
      "(?:funny|amazing|surprising|incredible) (?:what|how much) (?:you|i|one|people) can (?:find|learn|see|dig up)",
      "(?:i(?:'ve| have)) saved (?:them|it|the (?:photos|pictures)) all",
      "(?:made|making|got|keeping|kept) a list of (?:everyone|every one|all|each|the people|your staff)",
      "i know (?:faces|all (?:their|your|the) names|their names|your names|who you all are)",
      `(?:i|we)(?:'ve| have)? (?:know|knew|found out|seen|noticed|heard) (?:that )?(?:the commissioner|your [a-z]+|(?:mr|mrs|ms|miss) [a-z]+|she|he|[a-z]+(?: [a-z]+)?) (?:lives?|parks|drives|walks|gets (?:her|his) coffee|drinks|finishes|leaves) (?:in|on|at|near|out at|round|a|the|her|his|every)`,
      `(?:where|when) (?:she|he|you|they|[a-z]+) (?:gets?|buys?) (?:her|his|your|their) (?:coffee|lunch|shopping|petrol)`,
      `(?:thank|see|meet|tell) ${PERSON} in person`,
      "(?:pop|call|go) round and (?:ask|see|tell|talk to) (?:her|him|them)",
      `what time does ${PERSON} (?:finish|leave|get home|park|arrive|go home)`,
      `(?:same|her|his) (?:class|gym|church|pool|club|running club|yoga|zumba(?: class)?) as ${PERSON}`,
      "(?:i |we )?(?:drive|drove|walk|walked|go|went) past (?:at|most|every|each) (?:home time|days?|mornings?|nights?|evenings?)",
      `(?:sent|send) (?:her|his|your) (?:husband|wife|partner|son|daughter|mum|dad|mother|father) a (?:friend )?request`,
      `(?:found|find|added|followed) ${PERSON} on (?:facebook|instagram|linkedin|twitter|tiktok|snapchat|strava)`,
      `(?:seen|saw|spotted) (?:her|him|them|you) (?:putting|taking|going into|go into|leaving|coming out|with (?:her|his|your) (?:kids|children|husband|wife|partner))`,
      "see you at (?:pick ?up|drop ?off|the (?:school )?gates|home time|school)",
    ]),
    unless: (hit) => thirdPartyReport(hit) || LAWFUL_OR_INVITED.test(hit.sentence) || /\b(?:thank you for|thanks for|lovely to meet|surgery|public meeting)\b/.test(hit.sentence),
    examples: {
      match: ["I know Casey parks on Station Road. Just so she knows."],
      notMatch: ["I know the Commissioner lives in the county, which is why I voted for her."],
    },
  },
];
