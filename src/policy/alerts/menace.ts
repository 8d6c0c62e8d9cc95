import { FICTION, own } from "./concepts";
import { TOPIC } from "./fragments";
import { THREATS_TO_STAFF } from "./refs";
import { phrases, signRule, withStaff, type AlertRule, type RuleHit } from "./rule";
import { staffNamedIn } from "../text/staff-names";
import { saidKindly } from "./threat-guards";

/**
 * Threats to staff said sideways (issue 10, threat-to-staff recall): harm to them foretold as a misfortune that "could
 * happen", the writer at or bringing something to the office, an injury promised to a hand or a leg. Each wording is
 * one a complaint never needs (Warwickshire 3.1 "Harassment, intimidation or threats", "Threats or harm to people or
 * property"; Gwent 4.0 "threats (implicit or explicit)"), so one of them alerts alone — unless a story, a topic or
 * kindness frames it, or it is plainly about the writer's own family.
 */

/** Someone on the office's side: the reader, staff by role, or a "him" or "her" where staff are named nearby. */
const OFFICE_SIDE = /\b(?:you|u|your|ur|yours|staff|caseworkers?|case workers?|officers?|manager|chief executive|commissioner|reception(?:ist)?|office|building|mr|ms|mrs|miss)\b/;
const forTheOffice = (hit: RuleHit) => OFFICE_SIDE.test(`${hit.previous} ${hit.sentence}`) || staffNamedIn(hit.staff).test(`${hit.previous} ${hit.sentence}`);
/** The writer's own kin or home, or a worry for them: "anything could happen to my mum living alone". */
const OWN_PEOPLE = /\b(?:my|our) (?:mum|mother|dad|father|son|daughter|kids|children|nan|gran|grandad|husband|wife|partner|brother|sister|family|neighbour|house|home|flat|car)\b/;
const notMenace = (hit: RuleHit) => FICTION.test(hit.sentence) || TOPIC.test(own(hit)) || saidKindly(hit) || !forTheOffice(hit);

export const MENACE_RULES: readonly AlertRule[] = [
  {
    id: "threat-to-staff/misfortune-foretold",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    writersOwn: true,
    cues: ["happen", "happened", "happens", "promise", "guarantee", "responsible", "hate"],
    ...withStaff((names) =>
      phrases([
        // "I'd hate for something to happen to that nice red Mini", "if something happened to him I wouldn't be the one doing it".
        "(?:i'?d|i would|would) hate (?:for )?(?:something|anything) (?:bad )?to happen to",
        `if (?:something|anything) (?:bad )?(?:happened|happens|were to happen|was to happen) to (?:him|her|them|you|u|your|that|those|one of (?:you|your)${names.alt})`,
        // "Things happen to people who make other people's lives hard", "anything could happen to a man alone in an office at that hour".
        "things (?:can |do |tend to )?happen to (?:people|those|officials|women|men|caseworkers|staff) (?:who|that|like)",
        "(?:anything|something|all sorts) (?:could|can|might|may) happen to (?:a (?:man|woman|lass|lad|girl|bloke) (?:alone|on (?:his|her) own|by (?:himself|herself))|(?:him|her|them|you|u) (?:alone|on (?:his|her|their|your) own|out there|at that hour|in the dark))",
        // "After that I can't promise what happens to that caseworker", "I can't be responsible for what happens to her".
        `(?:can'?t|cannot|won'?t|will not) (?:promise|guarantee|be responsible for|answer for) what (?:happens|will happen|might happen|could happen) to (?:him|her|them|you|u|your|that|those|the|one of|any of${names.alt})`,
      ]),
    ),
    // "If something happened to you, who would deal with my case?": a worry about cover, not harm foretold.
    unless: (hit) => notMenace(hit) || OWN_PEOPLE.test(hit.text.slice(hit.start, hit.end + 40)) || /\bwho (?:would|will|'d|is going to) (?:deal|handle|take over|cover|look after|answer)\b/.test(hit.sentence),
    examples: {
      match: [
        "P.S. I'd hate for something to happen to that nice red Mini parked outside your office.",
        "I just know people who don't like the way Sam treats vulnerable folk. If something happened to him I wouldn't be the one doing it.",
        "You want to be careful Priya. Things happen to people who make other people's lives hard.",
        "It must be hard for Sam, working late with only the cleaner in the building. Anything could happen to a man alone in an office at that hour.",
        "you have until monday. after that i cant promise what happens to that caseworker casey.",
      ],
      notMatch: [
        "I'd hate for something to happen to my mum while she waits for the police to call back.",
        "Anything could happen to a woman alone in that car park at night, please get the lights fixed as my daughter walks there.",
        "If something happened to you, Casey, who would deal with my case? I hope you're well.",
        "In the film, things happen to people who cross the gang.",
      ],
    },
  },
  {
    id: "threat-to-staff/at-the-office-with-menace",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    writersOwn: true,
    cues: ["petrol", "coming", "quietly", "sort", "listen", "stop", "care", "inside", "polite", "nice", "civil", "screen", "partition", "counter", "bringing", "talking", "forget", "like", "capable", "being", "loses"],
    pattern: phrases([
      // "Come down or I'm coming up": the writer at the door, demanding.
      "come (?:down|out)(?: here)?,? or (?:i'?m|im|i am|i'?ll|i will) (?:coming|come) (?:up|in)",
      // "I'm bringing petrol and I don't much care who's inside", "I will bring something to make him listen".
      "(?:bring|bringing|brought) (?:a can of |some |a )?petrol",
      "(?:bring|bringing) something (?:to make (?:him|her|them|you|u|someone|somebody) (?:listen|pay|sorry|understand)|(?:for|with) (?:him|her|them|you) (?:this time|next time))",
      "(?:don'?t|do not|dont) (?:much )?care who(?:'s| is) (?:inside|in there|in the building|in the office|at (?:the )?(?:desk|reception))",
      "(?:won'?t|will not|wont) be (?:leaving|going) quietly",
      // "I will come down to your office and sort that woman out myself".
      "sort (?:that|this|the|your|those) (?:woman|man|bloke|lass|lad|girl|caseworker|case worker|manager|officer|lot|cow|idiot|clown)s? out",
      "sort (?:her|him|them|you|u) out (?:myself|properly|once and for all|for good|good and proper)",
      "first stop (?:is|will be) (?:your|the) (?:reception|office|building|front desk)",
      // The next visit promised rougher than the last (train-30 on): "Next time I come into that office I won't be so polite,
      // and you'll need more than that little glass screen"; "coming down to find whoever … and I won't be bringing flowers".
      "(?:next time|when) i (?:come|get|walk|go) (?:in|into|to|down to|up to|round to|back to) (?:that|your|the) (?:office|building|reception|counter)[^.!?\\n]{0,40}? (?:won't|will not|wont) be (?:so|as) (?:polite|nice|friendly|civil|pleasant)",
      "(?:you'?ll|you will|they'?ll|they will|she'?ll|she will|he'?ll|he will) need more than (?:that|a|the|your) (?:little |flimsy |thin )?(?:glass |plastic |perspex )?(?:screen|partition|counter|window)",
      "(?:coming|come|be round|be down|be up|be over)[^.!?\\n]{0,80}? (?:won't|will not|wont) be bringing (?:flowers|chocolates|a card|gifts|a cake)",
      // The same promise in other words (train-30 on): "Next time I'm in that building I won't be talking", "whoever is on
      // reception can expect a visit they won't forget", "you'll find out what I'm like when I turn up at reception",
      // "start being in your car park when you finish", "I'll make sure someone at your office loses something too".
      "(?:next time|when) i'?m (?:in|at) (?:that|your|the) (?:building|office|reception|counter)[^.!?\\n]{0,40}? i (?:won't|will not|wont) be (?:talking|asking|writing|so talkative)(?! (?:over|to|about|with|at|through|for|on|in)(?![a-z]))",
      "(?:expect|get|getting|have|pay (?:you|her|him|them)) a visit (?:they|you|she|he)(?:'ll| will)? (?:won't|will not|wont|never|not) forget",
      "(?:find out|see|learn) what i'?m (?:like|capable of|really like) when i (?:turn up|come in|come down|get there|walk in|come round)",
      "(?:start|starting|begin) being in (?:your|the) (?:car park|building|office|reception|street) when (?:you|she|he|they) (?:finish|finishes|leave|leaves|clock off)",
      "make sure (?:someone|somebody|one of you|you|one of them) (?:at|in|from) (?:your|the|that) (?:office|building|team|department) loses something",
    ]),
    unless: notMenace,
    examples: {
      match: [
        "Im outside your building now. I can see Sam through the window. Come down or I'm coming up.",
        "I've got nothing left to lose. The next time I'm at your office I'm bringing petrol and I don't much care who's inside.",
        "If I have to come to that office again and Mr Carter refuses to see me again I will bring something to make him listen.",
        "Keep ignoring me and I'll come to your building on Monday, and I won't be leaving quietly.",
        "If I get one more letter like this I will come down to your office and sort that woman out myself, properly.",
        "When I come back to your office on Monday I won't be so polite.",
        "Keep ignoring me and you'll need more than that glass screen at reception.",
        "I'll be coming round to see the caseworker myself, and I won't be bringing flowers.",
        "Priya. You've had your last chance. Next time I'm in that building I won't be talking.",
        "If my phone is not back by 10am tomorrow, whoever is on reception can expect a visit they won't forget.",
        "Keep ignoring me Priya and you'll find out what I'm like when I turn up at reception.",
        "You have until Friday 5pm. After that I stop being polite in emails and start being in your car park when you finish.",
        "If I lose my house over this I'll make sure someone at your office loses something too.",
      ],
      notMatch: [
        "The petrol station on the bypass has been robbed again, your office should ask the police why.",
        "I'll bring something to make the meeting easier to follow, a one-page timeline for you.",
        "I hope your office can sort the paperwork out properly this time.",
        "My neighbour said he won't be leaving quietly when the bailiffs come.",
        "You need more than a glass screen at reception to keep your staff safe, in my view as a health and safety officer.",
        "I won't be bringing flowers to the meeting as I have hay fever.",
        "Next time I'm in that building I won't be talking over the chair, I promise; I'll wait my turn.",
        "The children's trip to the police station was a visit they won't forget, thank you so much.",
        "My husband lost his job over this. I'll make sure someone at your office loses the argument about the review, lawfully.",
      ],
    },
  },
  {
    id: "threat-to-staff/injury-promised",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    writersOwn: true,
    cues: ["sure", "hand", "left"],
    pattern: phrases([
      // "She'd better sign it with her left hand because I'll make sure she can't use her right".
      "make sure (?:she|he|they|you|u) (?:can'?t|cannot|won'?t be able to|never) (?:(?:use|move|lift) (?:her|his|their|your) (?:right|left|hands?|arms?|legs?)|(?:walk|see|work|type|write|drive)(?: (?:again|properly|for (?:a|weeks|months)))?(?= *(?:[.!,\\n]|$)))",
      "sign (?:it|them|that|the next one) with (?:her|his|their|your) (?:left|other) hand",
    ]),
    unless: notMenace,
    examples: {
      match: ["Next time Casey signs one of those letters, she'd better sign it with her left hand because I'll make sure she can't use her right."],
      notMatch: ["Please make sure you can't use the old form by mistake, it has the wrong address for my office."],
    },
  },
];

/**
 * Words of menace that alone could be a complaint's heat ("I've got nothing left to lose", "decisions have consequences"):
 * a sign (weight 1), an alert only beside another sign of a threat to staff, a threat of weight 2, or the learned scorer's
 * agreement (scorer/join.ts).
 */
const menaceSign = signRule("threat-to-staff", THREATS_TO_STAFF, notMenace);

export const MENACE_SIGNS: readonly AlertRule[] = [
  // The writer as someone nothing holds back: a past of violence, no fear of prison, a grudge kept, friends less patient
  // (nothing to lose is concepts.ts's means-mentioned).
  menaceSign("nothing-holds-them-back", [
    "(?:i have|i've got|ive got|i've) a long memory",
    "(?:i|we|my family|the family|they|my brothers|my family) (?:do not|don'?t|does not|doesn'?t|never|will not|won'?t) forget(?= *(?:[.!,\\n]|$| a face| names| this| what you))",
    "i keep a list",
    "(?:not|isn'?t|aren'?t) as patient as (?:i am|me)",
    "(?:did|done|served) time for",
    "not (?:scared|afraid|frightened) (?:of|about) (?:going back|prison|jail|being arrested|getting arrested)",
  ], ["memory", "forget", "list", "patient", "time", "scared", "afraid", "frightened"],
  "I did time for GBH in 2004, Casey. Think about that before you write to me again.",
  "My brother did time for fraud years ago and your office helped him find work, thank you."),
  // What will follow, said as a warning: consequences, a last chance, "for everyone's sake", regret felt personally.
  menaceSign("consequence-warned", [
    "(?:decisions|actions|choices|letters) (?:have|carry) consequences",
    "(?:final|last) warning(?= *(?:[.!,\\n]|$))",
    "last chance(?= *(?:[.!,\\n]|$))",
    "for (?:everyone'?s|your (?:own|family'?s)|her own|his own) sake",
    "(?:regret|regrets|learn|learns)(?: it| this| that)? personally|(?:feel|pay for) (?:it|this|that) personally",
    "(?:don'?t|do not) make me (?:make (?:a|that) (?:call|phone call)|come (?:down|over|round)|do something)",
  ], ["consequences", "warning", "chance", "sake", "personally", "make"],
  "I still have my shotgun licence. Dana Chief should remember that before she signs another letter. Last chance.",
  "This is your last chance to correct the record before I write to the Ombudsman, Casey."),
];
