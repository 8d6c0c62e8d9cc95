import { FICTION, own } from "./concepts";
import { THREATS_GWENT, VIOLENCE_REPORTED } from "./refs";
import { phrases, together, type AlertRule, type RuleHit } from "./rule";
import { lawfulNearby } from "./threat-guards";

/**
 * Harm to staff promised in other words than "I'll hurt you" (issue 10 threat-to-staff, read from the training writers of
 * 5 December: second-language, dialect, veterans, people in crisis): a visit to the office with what will happen there
 * ("I will come to your office and I don't know what I will do"), harm returned in kind ("I will do to you exactly what
 * was done to him", "your family will know what grief feels like"), training or a weapon kept "for people like you", and
 * "someone is going to snap … it might be me". Warwickshire 6 (violence threatened is reported to the police); Gwent 4.0
 * "threats (implicit or explicit) against another person".
 */

/** A lawful route, a story: not a threat. */
const notAThreat = (hit: RuleHit) => lawfulNearby(hit) || FICTION.test(own(hit));
/** A road-safety worry or a meeting booked: "someone will get hurt on that road, I'll come to the meeting to say so". */
const SAFETY_OR_MEETING = /\b(?:road|roads|junction|crossing|traffic|speeding|meeting|surgery|open day|appointment)\b/;
/** Someone who will change things, the writer perhaps, by election or reform: not harm. */
const CHANGE_FOR_GOOD = /\b(?:stand for|standing for|election|elected|vote|candidate|campaign|fix|change|reform|improve)\b/;

export const HARM_IN_KIND_RULES: readonly AlertRule[] = [
  {
    id: "threat-to-staff/visit-with-consequence",
    kind: "threat-to-staff",
    policyRef: VIOLENCE_REPORTED,
    writersOwn: true,
    scope: "sentence",
    cues: ["office", "building", "reception"],
    // The writer at the office, and something bad happening there, in one sentence (or the one before).
    pattern: together(
      ["(?:come|coming|be|going|go|gan) (?:down |up |round |roon |over )?(?:to )?(?:your|that|the|ur) (?:office|building|reception)", "first place i'?m going is (?:your|the|that) office"],
      [
        "someone (?:will|'ll|is going to|is gonna) get hurt",
        "(?:won't|will not|wont|'ll no|will no|not going to) like wh(?:at|it) happens",
        "something bad (?:will|is going to|'ll) happen",
        "show (?:this|that|the|your) [a-z]+ what happens?",
        "with my own hands",
        "better hope",
        "(?:don't|do not|dont) know what i(?:'ll| will| might) do",
        "(?:can't|cannot) control myself",
      ],
    ),
    unless: (hit) => notAThreat(hit) || SAFETY_OR_MEETING.test(hit.sentence),
    examples: {
      match: [
        "If nobody helps me this week I will come to your office and I don't know what I will do.",
        "See if that Priya disnae phone me back the day, ah'll be roon that office an she'll no like whit happens.",
        "When I get out the first place I'm going is your office and Priya better hope she's on her day off.",
      ],
      notMatch: ["I will come to your office on Monday with the documents, and I hope something can be done.", "Someone will get hurt on that road, I will come to the office meeting to say so."],
    },
  },
  {
    id: "threat-to-staff/harm-in-kind",
    kind: "threat-to-staff",
    policyRef: VIOLENCE_REPORTED,
    writersOwn: true,
    cues: ["done", "answer", "grief", "pain", "capable", "taught", "trained", "happens", "likes", "like", "battering", "stabbing", "hitting", "punching", "kicking", "decking", "glassing"],
    pattern: phrases([
      // Harm returned in kind: "I will do to you exactly what was done to him".
      "(?:do|doing) to (?:you|him|her) (?:exactly )?what (?:was done|they did|he did|she did|happened) to (?:him|her|me|my [a-z]+)",
      "answer to me(?: personally)?,? (?:and )?not with (?:letters|words|emails)",
      "(?:your|his|her) family (?:knows?|feels?|will know|will feel|learns?) what (?:grief|pain|loss|suffering) (?:feels|is) like",
      // What the writer can do: "what a man with nothing left to lose is capable of", trained for it, a weapon kept for them.
      "(?:find out|see|learn|realise|discover) what (?:a man|a woman|someone|somebody|i|people)(?: like me)?(?: with nothing (?:left )?to lose)? (?:is |am |are )?capable of",
      "(?:taught|trained) me (?:how )?to (?:deal with|handle|kill|hurt|sort out) (?:men|people|women|the likes of) (?:like )?(?:you|him|her)",
      "(?:keep|kept|got|carry|have) (?:a|my|the) (?:[a-z]+ )?(?:hammer|knife|blade|bat|machete|axe|crowbar)(?: [a-z]+){0,4}? for (?:people like|the likes of) [a-z]+",
      "(?:everyone|everybody|we all) knows? what happens to (?:snitches|grasses|people like (?:her|him|you))",
      // Violence as the next meeting's plan: "the next time i see him in town im batterin him".
      "(?:next time|when|if) i see (?:him|her|you|[a-z]+)(?: [a-z']+){0,4}? (?:i'?m|im|i am) (?:battering|stabbing|hitting|punching|kicking|smashing|decking|glassing|knifing) (?:him|her|you|them)",
    ]),
    unless: notAThreat,
    examples: {
      match: [
        "If he is harmed again I will do to you exactly what was done to him.",
        "If anything happens to my son, the woman who closed his complaint will answer to me personally, and not with letters.",
        "Priya will find out what a man with nothing left to lose is capable of.",
        "The army taught me how to deal with men like you, and I haven't forgotten.",
        "I keep a lump hammer in the van for people like Priya.",
        "the next time i see him in town im batterin him i swear down",
      ],
      notMatch: [
        "The panel will see what a man is capable of when he is given a fair hearing.",
        "Training taught me how to deal with people like you calmly, so I will wait for the Ombudsman.",
        "I keep a hammer in the van for fixing fences.",
      ],
    },
  },
  {
    id: "threat-to-staff/might-be-me",
    kind: "threat-to-staff",
    policyRef: THREATS_GWENT,
    writersOwn: true,
    scope: "sentence",
    cues: ["me"],
    // Someone will harm them one day, and the writer says it may be them ("it might very well be me").
    pattern: together(
      ["(?:someone|somebody|one day|one of these days)(?:'s| is)? (?:going to|gonna|will)"],
      ["(?:it|that|the one) (?:might|could|may) (?:very well |well |just )?be me"],
    ),
    unless: (hit) => notAThreat(hit) || CHANGE_FOR_GOOD.test(hit.sentence),
    examples: {
      match: ["One day someone's going to make you people pay, and it might very well be me."],
      notMatch: ["One day someone is going to fix this system. It might be me, if I stand for the council."],
    },
  },
];
