import { FICTION } from "./concepts";
import { THREATS_TO_STAFF } from "./refs";
import { phrases, together, withStaff, type AlertRule, type RuleHit } from "./rule";
import { HAZARD, INVITED, lawfulNearby, NOT_IN_COURT, saidKindly } from "./threat-guards";
import { thirdPartyReport } from "./threat-to-staff";
import type { StaffNames } from "../text/staff-names";

/**
 * Harm to staff foretold without its name (issue #10: on every blind set, a third of threat-to-staff misses named no act):
 * an accident they will have, someone getting hurt "and it won't be me", the day the writer finds or sees them, security
 * they will need, what the writer "cannot promise" or "won't be responsible for", that they "won't hear me coming", how
 * safe their home really is. Warwickshire 3.1 "Harassment, intimidation or threats", "Threats or harm to people or
 * property"; Gwent 4.0 "threats (implicit or explicit)". Each shape is a class — the person, the encounter and the
 * consequence each an open set — so a wording no rule has seen still alerts when it says the same thing. The harm said
 * of no one in particular ("accidents happen", "people fall in", "flammable stuff") is a sign (weight 1): beside their
 * private life, or any other sign, it alerts.
 */

/** A member of staff as a threat names them: the reader, by role, "that woman", or by the office's names. */
export const staff = (names: StaffNames) =>
  `(?:you|u|ya|(?:your|ur|yr) (?:caseworker|case worker|chief exec(?:utive)?|manager|boss|staff|colleague|officer|commissioner)|(?:that|the) (?:woman|man|lady|lass|bloke|caseworker|case worker|officer|manager|chief exec(?:utive)?|commissioner)(?: [a-z]+)?|that [a-z]+ [a-z]+|(?:mr|mrs|ms|miss|dr) [a-z'-]+${names.alt})`;
/** The same, or "her"/"him" when the message names them nearby. */
const staffOrPronoun = (names: StaffNames) => `(?:${staff(names).slice(3, -1)}|her|him|them|everyone|every (?:single )?one of (?:you|them))`;

/** What follows meeting them: they will not walk away, will need more, will wish, the writer cannot promise. */
const CONSEQUENCE = [
  "(?:won't|wont|will not) (?:be )?(?:walking|walk|walk(?:ing)? away)", "need (?:more than|a lot more than|an ambulance|a doctor)", "(?:wish|wishes|wished)(?: [a-z']+){0,2}? (?:never|hadn't|had not)",
  "(?:regret|regrets|be sorry)", "(?:can't|cannot|can not) promise", "(?:not|won't be|will not be) responsible", "(?:won't|wont|will not) (?:think|be) (?:she's|he's|shes|hes|they're|so) (?:clever|smart|brave|smug|high and mighty)",
  "(?:won't|wont) know what hit", "(?:wish|wishes|wished) (?:you|u|she|he|they)(?:'d| had) (?:answered|replied|listened|rung|called|done)",
  // Irony that says the visit will not be friendly: "I won't be bringing flowers".
  "(?:won't|wont|will not|not) be (?:bringing|carrying) (?:flowers|chocolates|grapes|a card)", "(?:find out|learn) the hard way", "pay for (?:it|this|that)", "sort (?:her|him|them) out", "(?:he'll|she'll|they'll|you'll|he will|she will) learn (?:it|some|respect|quick|fast)",
];
/** Whoever has the writer's file: staff the writer cannot name ("whoever is responsible for my file"). */
const WHOEVER_HAS_IT = "whoever(?:'s| is| was)? (?:responsible|dealing|in charge|handling|behind|signed|made)";
/**
 * Meeting them, or finding them, as the writer promises it: "when I find her", and the promise itself — "I'm going to find
 * you", "I'll be coming down to find whoever is responsible for my file" — which the consequence beside it makes a threat.
 */
const encounter = (names: StaffNames) =>
  `(?:(?:when|once|if|next time|the day|the first thing|first stop)(?: [a-z']+){0,4}? (?:i|i'm|im|i am|i'll|ill)(?: [a-z']+){0,2}? (?:find|finding|see|seeing|catch|catching|meet|meeting|get hold of|bump into|run into|track down|tracking down|get my hands on|get out)|(?:i'm|im|i am|i'll|ill|i will)(?: be)? (?:going to|gonna|coming(?: down| round| over| up)? to) (?:find|track down|hunt down))(?: [a-z']+){0,3}? (?:${staffOrPronoun(names).slice(3, -1)}|${WHOEVER_HAS_IT})`;

/** A warning for the writer's own good, a lawful route, a hazard, kind words, a story: no threat. */
const notAThreat = (hit: RuleHit) => thirdPartyReport(hit) || lawfulNearby({ ...hit, sentence: hit.sentence.replace(NOT_IN_COURT, " ") }) || saidKindly(hit) || FICTION.test(hit.sentence) || INVITED.test(hit.sentence);

export const HARM_FORETOLD_RULES: readonly AlertRule[] = [
  {
    id: "threat-to-staff/harm-foretold",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    writersOwn: true,
    cues: ["accident", "accidents", "hurt", "blood", "security", "responsible", "promise", "coming", "safe", "check", "checked", "checking", "get", "quietly", "through", "with", "box", "waiting", "visit", "court"],
    ...withStaff((names) =>
      phrases([
        // An accident they will have.
        `(?:${staff(names).slice(3, -1)}|people (?:like (?:you|her|him|them)|who make decisions like (?:yours|that)))(?: [a-z']+){0,2}? (?:have|having|has|is gonna have|is going to have|are going to have|gonna have|going to have|'ll have|will have|could have|might have|may have) (?:an? )?(?:nasty |little |terrible )?accidents?`,
        // Someone hurt, and not the writer.
        "(?:someone|somebody|people|one of you|one of your [a-z]+)(?: is| are|'s)? (?:going to|gonna|will|'ll) get (?:hurt|injured|hurt badly)[^.!?\\n]{0,30}? (?:and )?it (?:won't|wont|will not) be (?:me|mine|us|ours)",
        "there(?:'ll| will| is going to| 's going to) be blood(?:[^.!?\\n]{0,30}? it (?:won't|wont|will not) be (?:me|mine|us|ours))?",
        // Security they will need.
        "security[^.!?\\n]{0,30}? (?:because|cos|coz|as|'cause|cause) (?:she|he|you|they|you'll|she'll|he'll|they'll)(?:'s|'re| is| are| will|'ll)? (?:going to |gonna )?need it",
        // What the writer will not answer for.
        "(?:i'm|im|i am|i'll|ill|i will)(?: not| no longer)?(?: be)? (?:not )?(?:held )?responsible for (?:what i (?:do|might do|'ll do|will do)|my actions|what happens (?:to (?:her|him|you|them)|when i))",
        "(?:can't|cannot|can not) promise (?:what|anything about what) i(?:'ll| will| might| would)? do",
        "(?:won't|wont|will not|never) (?:hear|see) (?:me|us|it|them) coming",
        // Their car, checked underneath.
        "(?:checked|check|checking|checks) under (?:her|his|your|their|the) (?:car|van|motor)",
        // How safe their home or family is.
        `how safe (?:your|his|her|their|that)(?: [a-z']+){0,4}? (?:home|house|cottage|flat|car|kids|family|children|wife|husband|lad|girl|boy|twins|mum|daughter|son)(?: [a-z']+){0,4}? (?:is|are|really is|really are)`,
        // Someone put through the glass, taken down with the writer, hurt for being in the way, sent home in a box.
        "(?:put|throw|chuck|lamp|smash) (?:someone|somebody|him|her|you|them|one of (?:you|them|your lot)|the first person i see) through (?:the|a|your) (?:window|glass|door|screen|wall)",
        "(?:taking|take|takes|bring|bringing) (?:one of (?:you|your lot|your staff|them)|someone from your office|some of you|you lot|your [a-z]+) (?:down )?with me",
        "(?:anyone|anybody|whoever|everyone) (?:who |that )?gets? in (?:the|my|our) way (?:gets|will get|'ll get|is going to get) hurt",
        "(?:send|sends|sent|go|goes|going) (?:him|her|them|you) (?:there |home |back )?in a box",
        // Waiting for them when they finish; friends of the writer's to visit; an answer "not in a court".
        "(?:i'll|i will|ill|i'm going to|im gonna|i am going to) be waiting (?:outside )?(?:at that time )?for (?:her|him|you|them|the woman|the man|that [a-z]+)(?: [a-z']+){0,5}? (?:when (?:she|he|you|they) (?:finish|finishes|leave|leaves|clock off|clocks off|come out|comes out)|after work|tonight)",
        "(?:getting|get|gets|have|pay (?:him|her|you|them)) a (?:little |friendly |quiet )?visit from (?:some )?(?:friends|mates|lads|people|associates|cousins|brothers) of mine",
        "(?:answer|pay) for (?:it|this|that)[.!,]* not (?:in|through) (?:a |the )?court",
        // Everyone in the office.
        "(?:you're|youre|you are|you lot are|you'll|youll|you will)(?: all)? (?:going to|gonna|all going to|all gonna) get (?:it|what's coming|yours|hurt)",
      ]),
    ),
    unless: (hit) => notAThreat(hit) || HAZARD.test(hit.sentence),
    examples: {
      match: [
        "ur caseworker aziz is gonna have an accident one of these days. roads are dangerous round leek wootton",
        "Your office has treated me like dirt for 2 years. One of these days someone is going to get hurt and it won't be me.",
        "if the police come on our ground again with the dogs, there'll be blood and it wont be ours.",
        "I'll be at the Commissioner's next public meeting. Make sure you've got enough security, because you'll need it.",
        "You've got until Friday. After that I'm not responsible for what I do when I see Casey Worker.",
        "I cannot promise what I will do when I finally meet her face to face.",
        "Tell Whitaker that. He won't hear me coming.",
        "Ask Sam Carter if he's checked under his car recently.",
        "Blackwood should ask himself how safe that little cottage of his in Usk really is.",
        "youre all going to get it. every single one of you in that office.",
        "People who make decisions like yours have accidents.",
        "if i get another one of them letters saying nothing i will come down there and i will put someone through the window.",
        "nobody in your office has lifted a finger. if i go down over this debt im taking one of your lot with me.",
        "I will bring my brothers to that office. Anyone who gets in the way gets hurt.",
        "Tell Rosa I'll be waiting for her when she finishes tonight. Half five. She knows where.",
        "Your caseworker Mateusz. He'll be getting a visit from some friends of mine.",
        "YOU SIGNED THE LETTER. YOU WILL ANSWER FOR IT. NOT IN A COURT.",
      ],
      notMatch: [
        "That pothole outside the school needs fixing: someone is going to get hurt and it won't be the council.",
        "The mechanic checked under the car and found the exhaust loose.",
        "I'm not responsible for what happens to the appeal if you miss the deadline; my solicitor will write.",
        "Thank you for keeping me safe; I know how safe your office made my family feel.",
        "Accidents happen, I'm not blaming the officer for the dent in my car.",
        "The ball went through the window and I paid for the glass, so please close the complaint.",
        "I'll be waiting for my daughter when she finishes school, so please ring after four.",
        "You will answer for it, in court, when my solicitor files the claim.",
      ],
    },
  },
  {
    id: "threat-to-staff/when-i-find-them",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    scope: "sentence",
    writersOwn: true,
    // The encounter's words and the consequence's: the consequence may be the sentence after ("… finding her. She'll wish …").
    cues: ["find", "finding", "see", "seeing", "catch", "catching", "meet", "meeting", "bump", "run", "track", "tracking", "hands", "out", "walking", "walk", "need", "wish", "wishes", "wished", "regret", "regrets", "sorry", "promise", "responsible", "think", "hit", "hard", "pay", "sort", "learn"],
    ...withStaff((names) => together([encounter(names)], CONSEQUENCE)),
    unless: notAThreat,
    examples: {
      match: [
        "next time i see that caseworker in town she wont be walking away from it",
        "IF I EVER SEE THAT HOLLIE BRADSHAW IN TOWN SHE'LL NEED MORE THAN A COMPLAINTS PROCEDURE",
        "the woman who handles it is called morgan and she thinks shes clever. she wont think shes clever when i find her.",
        "When I get out in March the first thing I'm doing is finding that Priya Shah. He'll wish he never put my mum through this.",
        "Morgan I'm going to find you and when I do you'll wish you'd answered my emails.",
        "If nobody rings me by Friday I'll be coming down to find whoever is responsible for my file, and I won't be bringing flowers.",
        // A paraphrase no row says.
        "I'm gonna track down that caseworker and she'll regret ever opening my file.",
      ],
      notMatch: [
        "Next time I see Casey at the surgery I'll thank her face to face for all her help.",
        "When I meet the caseworker I hope she'll explain the decision properly.",
        "I'm going to find you the receipts, Casey, sorry they took so long.",
        "I'll be coming down to find whoever is responsible for my file, and they'll be sorry when the Ombudsman sees it.",
      ],
    },
  },
  {
    id: "threat-to-staff/harm-in-general",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    weight: 1,
    writersOwn: true,
    cues: ["accidents", "accident", "fall", "falls", "happen", "happens", "flammable", "dry", "limits", "memory", "hurt", "quietly", "ready", "dangerous", "cold", "people", "brothers", "cousins"],
    pattern: phrases([
      "accidents (?:happen|do happen|will happen)", "(?:people|folk|officials) (?:fall|slip|trip) (?:down|in|off|over|on)", "(?:things|stuff|bad things) happen to (?:people|those|folk) who",
      "(?:flammable|goes? up (?:like|in seconds|quick)|dry old thing)", "(?:people|my patience|everyone|everybody) (?:have|has) (?:its |their )?limits",
      "(?:a long memory|never forget (?:a )?(?:face|name)s?|remember (?:names|faces|number plates))", "(?:roads|rivers?|stairs|steps|canals?) (?:are|is) (?:dangerous|cold|slippery|deep)",
      "(?:won't|wont|will not) be (?:leaving|going) quietly", "(?:had better|'d better|better) be ready",
      "i know people(?: in this town| round here| who| that)", "(?:i have|i've got|ive got|i got) (?:brothers|cousins|mates|friends|lads)(?: [a-z']+){0,3}? (?:who|that|and they)",
      "(?:someone|somebody) (?:is|'s)? ?(?:going to|gonna) get hurt",
    ]),
    unless: (hit) => notAThreat(hit) || HAZARD.test(hit.sentence),
    examples: {
      match: ["You want to be careful, Casey. Things happen to people who make other people's lives hard. Car accidents. Falls."],
      notMatch: ["Accidents happen on that junction every week and the council will not put lights in."],
    },
  },
];
