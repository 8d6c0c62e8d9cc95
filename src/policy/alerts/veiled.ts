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
/** Someone's (a member of staff's), as advice names them: your, her, his, their, or a name's ("dana's", "priya shah's"). */
const SOMEONES = "(?:your|ur|her|his|their|(?!(?:my|our|the|a|an|this|that|me|us|it)\\b)[a-z]+(?: (?!(?:the|a|an)\\b)[a-z]+)?'s)";
const LAWFUL_OR_INVITED = /\b(?:court|tribunal|ombudsman|iopc|solicitor|lawyer|legal|mp|councillor|press|newspaper|vote|election|appeal|open day|surgery|public meeting|panel meeting|appointment|reception desk)\b/;

export const VEILED_THREAT_RULES: readonly AlertRule[] = [
  {
    id: "threat-to-staff/veiled-harm",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    writersOwn: true,
    cues: ["sharp", "knife", "blade", "weapon", "floor", "check", "responsible", "postcode", "address", "deserve", "deserves", "petrol", "know", "leave", "fragile", "locks", "walk", "drive", "looking", "dead", "walking", "coming", "sure", "hurt", "under", "brake", "lines", "pipes", "cables", "karma", "fate", "money", "reckoning", "happens", "safe", "accident", "paintwork", "tyres", "make", "catch", "hold", "next", "day"],
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
      // Harm promised without its name: a reckoning, karma helped along, paying "not with money", the car only the start.
      `(?:is|'s|are|you(?:'re| are)) (?:a )?dead (?:man|woman) walking`,
      `(?:i(?:'m| am)|im) coming for (?:you|u|her|him|them|that [a-z]+(?: [a-z]+)?|${PERSON})`,
      "(?:make|making) sure (?:someone|somebody|you|she|he|they|people) (?:gets?|get) hurt",
      "check under (?:it|them|the car|her car|his car|your car) before",
      "brake (?:lines|pipes|cables) (?:are|can be|get)",
      "(?:next time|one day) it (?:won't|will not|wont) (?:just )?be (?:just )?the (?:car|house|windows?|paintwork|tyres)",
      "give (?:karma|fate) a (?:helping|little) hand",
      "(?:made|make) to pay(?: for it)?,? (?:and )?not (?:with|in) money",
      "there (?:will|'ll) be a reckoning",
      "(?:you(?:'ll| will)|she(?:'ll| will)|he(?:'ll| will)) know (?:it )?when it happens",
      "(?:your|her|his) (?:staff|caseworker|colleagues?|family|kids)(?: [a-z]+){0,2}? (?:won't|will not|wont|aren't|are not) (?:be )?safe",
      "(?:wouldn't|would not|don't|do not) want (?:him|her|them|you) (?:having|to have) an accident",
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
        "Tell him from me that Carter is a dead man walking.",
        "Nice scratches on her car. Next time it won't just be the car.",
        "One day there will be a reckoning, and you'll be made to pay for it, not with money.",
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
    id: "threat-to-staff/harm-as-advice",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    writersOwn: true,
    // Harm to a member of staff's car, home or journey put as friendly advice ("I'd check her brakes", "hope his house
    // insurance is paid up", "he should find another way home"): sabotage or fire named as an accident waiting to happen
    // (Gwent 4.0 "threats (implicit or explicit)"; Warwickshire 3.1 "Threats or harm to people or property"). Someone's
    // (your, her, his, a name's), never the writer's own car or "the tyres" the garage mentioned.
    cues: ["brakes", "brake", "tyres", "tires", "wheel", "wheels", "nuts", "insurance", "insured", "smoke", "alarms", "alarm", "way", "route"],
    pattern: phrases([
      `(?:check|checking|checked|get|getting|have|having|test|testing|look at|looking at|keep an eye on)(?: [a-z]+){0,1}? ${SOMEONES} (?:car |van |bike )?(?:brakes|brake (?:lines|pipes|cables)|tyres|tires|wheel nuts|wheels|smoke alarms?|fire alarms?)`,
      `(?:how are|how's|hows) ${SOMEONES} (?:car |van )?(?:brakes|tyres|tires|wheel nuts|wheels)`,
      `hope ${SOMEONES} (?:house |home |car |contents )?insurance (?:is|'s) (?:up to date|paid up|sorted|good|in order|current)`,
      "(?:take|find|use|try|go) (?:a |another )?(?:different|new|safer) (?:way|route) (?:home|to work|in)",
    ]),
    unless: (hit) => thirdPartyReport(hit) || LAWFUL_OR_INVITED.test(hit.sentence) || /\b(?:my|our) (?:own )?(?:car|van|house|home|mechanic|garage)\b|\b(?:mot|garage said|mechanic|fire service|fire brigade|roadworks|diversion|closed|flooded|bus|train|thank\w*)\b/.test(hit.sentence),
    examples: {
      match: [
        "If I was Priya I'd get her brakes looked at before the weekend.",
        "How are your tyres these days, Sam? Worth a look before you set off.",
        "I do hope Dana's house insurance is up to date.",
        "Your man on the phone should find a different way home for a while.",
      ],
      notMatch: [
        "The garage said I should check my tyres before the long drive.",
        "Please remind residents to test their smoke alarms this winter, as the fire service asks.",
        "The bridge is closed, so I had to find a different way home.",
      ],
    },
  },
  {
    id: "threat-to-staff/ominous-remark",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    weight: 1,
    writersOwn: true,
    cues: ["terrible", "awful", "pity", "sad", "fire", "burn", "lovely", "insured", "piece", "easy", "lonely", "quiet", "dark", "careful", "routine", "online", "goes", "around", "gates", "locks", "fences", "alarms", "cameras", "stop", "yet", "saying", "knows", "warn", "friend", "back", "own", "shaken", "scared", "frightened", "nervous", "family", "families", "looking", "personally", "hate", "recognised", "recognized", "watch", "decide", "decides", "around", "knock", "safe", "behind", "decisions", "accident", "accidents", "friendly", "patient", "whatever", "keep", "tuck", "tucking", "shoulder", "shoulders", "warning", "free", "guard", "tyres", "wheels", "consequences", "sake", "security", "lot", "something", "looking", "likes", "much", "hands"],
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
      "(?:i(?:'m| am)|im|i'll be|i will be) around(?: more than (?:you|she|he) (?:think|knows?))?(?= *(?:[.!,\\n]|$| more))",
      "next time i(?:'ll| will) (?:knock|come in|come up|come round|not just)",
      "(?:must be|it's|it is) (?:lovely|nice|good) to feel safe",
      "(?:safe|hiding|sat|sitting) behind (?:your|her|his|the) (?:desk|screen|security desk|computer|glass|reception)",
      "(?:people|those|anyone) (?:who|that) (?:make|makes|made) decisions like (?:yours|that|hers|his) (?:have|get|end up)",
      "(?:have|had|has) (?:an )?accidents?(?= *(?:[.!,\\n]|$))",
      "(?:less friendly|less patient|less nice|less reasonable) than me",
      "(?:aren't|are not|isn't|is not|arent) as (?:patient|nice|calm|reasonable|friendly) as (?:me|i am)",
      "whatever happens(?: [a-z]+){0,3}? is on (?:you|her|him|your head)",
      "(?:get|gets|getting) to keep (?:them|her|him|your [a-z]+)",
      "(?:tuck|tucking) (?:them|your kids|your children|her|him) in",
      "look over (?:her|his|your|their) shoulders?",
      "consider this (?:your|a) (?:warning|last warning)",
      "(?:a lot of|plenty of) free time",
      "(?:doesn't|does not|don't|do not) have a guard on the door",
      "(?:tyres|wheels|wheel nuts) (?:looked|look|looking|are|were|still)(?: [a-z]+){0,3}? (?:soft|flat|loose|ok|okay|alright)",
      "(?:decisions|choices|actions) have consequences",
      "for everyone's sake",
      "(?:bring|get|need) (?:some )?security",
      "(?:do|does|could do|can do) (?:a lot|something|plenty) with (?:that|it|this)",
      "(?:who'?s|who is) looking or what they might do",
      "(?:see|let'?s see) how (?:he|she|you|they) (?:likes?|like) (?:having|it)",
    ]),
    unless: (hit) => LAWFUL_OR_INVITED.test(hit.sentence) || /\b(?:thank you|thanks|congratulations|well done|speeding|potholes?|fly-?tipping|street ?lights?|road safety)\b/.test(hit.sentence),
    examples: {
      match: ["Casey parks her red car on Mill Lane. Wouldn't take much.", "I know what your son looks like. Kids should be more careful what they put online.", "Your daughter's school looks lovely. I'm around more than you think."],
      notMatch: ["It wouldn't take much to fix the form, thank you.", "The lane by the school is a lonely stretch and needs street lights.", "I'll be around on Tuesday if the surgery needs me, thank you."],
    },
  },
  {
    id: "threat-to-staff/shows-they-know",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    weight: 1,
    writersOwn: true,
    cues: ["know", "knew", "learn", "saved", "list", "faces", "names", "pop", "finish", "leave", "class", "gym", "past", "request", "facebook", "instagram", "linkedin", "tiktok", "parks", "lives", "live", "drives", "walks", "coffee", "seen", "spotted", "things", "funny", "amazing", "surprising", "incredible", "person", "pick", "pickup", "gates", "school", "does"],
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
