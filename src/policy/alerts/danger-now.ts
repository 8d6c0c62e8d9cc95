import { DEATH_IDIOM, FICTION, pastAndResolved, PROFESSIONAL, recovered } from "./concepts";
import { KILL_ME_IDIOM } from "./fragments";
import { RISK_TO_LIFE } from "./refs";
import { phrases, type AlertRule, type RuleHit } from "./rule";

/**
 * Someone else's life in danger, told by the person who sees it (issue #10 "a person in immediate danger"; on every blind
 * set, relatives, flatmates and passers-by wrote these without a word of suicide): a person collapsed, unresponsive or not
 * breathing now; a killing or a stabbing promised for tomorrow; a shot fired "in the air" with "next time"; an assault
 * under way; someone followed now. Warwickshire 7.1 "a risk to life" (details shared with partner agencies); 7.2
 * "irrespective of any contact strategy". A threat to kill and a weapon fired are crimes as well (detect.ts).
 */

/** What an overdose is taken from or with. */
const OVERDOSE = /\b(?:tablets|pills|meds|medication|medicine|painkillers|paracetamol|co-?codamol|codeine|morphine|tramadol|diazepam|insulin|antidepressants|sleeping|cupboard|cabinet|of them|whisky|vodka|bottle|packet|box|blister)\b/;

/** A story, a professional's caseload, a crisis past and recovered from: no one in danger now. */
const notNow = (hit: RuleHit) => FICTION.test(hit.sentence) || PROFESSIONAL.test(hit.sentence) || pastAndResolved(hit) || recovered(hit);

export const DANGER_NOW_RULES: readonly AlertRule[] = [
  {
    id: "risk-to-life/collapsed-now",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["floppy", "unresponsive", "responding", "waking", "wake", "breathing", "blue", "moving", "unconscious", "collapsed"],
    pattern: phrases([
      "(?:is|'s|he's|she's|hes|shes|now|gone|went|going|been) (?:all )?(?:floppy|unresponsive|unconscious)",
      "(?:not|isn't|isnt|won't|wont) (?:waking|wake)(?: up)?(?: properly)?",
      // Unresponsive, not slow to reply: nothing follows but the end of the clause ("not responding to the consultation" is a reply).
      "(?:not|isn't|isnt) responding(?= *(?:[.!,\\n]|$| and| now| at all))",
      "(?:can't|cannot|couldn't) wake (?:him|her|them|my [a-z]+)(?: up)?",
      "(?:not|isn't|isnt|stopped|hardly) breathing", "lips (?:are )?(?:going|turning|gone|turned) (?:blue|purple|grey)",
      "(?:on|lying on|lay on|collapsed on) the (?:floor|ground|pavement|road)(?: [a-z]+){0,3}? (?:and )?not moving",
    ]),
    unless: (hit) => notNow(hit) || /\b(?:queue|traffic|case|complaint|file|investigation|process|phone lines?|website)\b/.test(hit.sentence),
    examples: {
      match: [
        "a girl i work with took something a punter gave her and she's on the floor in the flat and her lips are going blue.",
        "the baby's been sick all day and now he's floppy and not waking properly.",
        "My mate's getting battered outside the pub right now by like 4 blokes, he's on the floor not moving.",
        "I can see through the letterbox she is on the floor in the hall and not moving.",
      ],
      notMatch: ["I won't shoot myself in the foot by not responding to the consultation.", "The queue at the front counter was not moving for an hour.", "My case is not moving and nobody is responding to my emails.", "Last year my dad collapsed and wasn't breathing, but the paramedics saved him and he's doing well now."],
    },
  },
  {
    id: "risk-to-life/killing-foretold",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["stabbed", "shot", "killed", "kill", "stab", "shoot", "air", "dead", "done", "canal", "river", "ground", "boot", "sea", "reservoir", "finish"],
    pattern: phrases([
      // A stabbing or a killing promised, to someone the writer names: "he's getting stabbed tomorrow at exercise".
      "(?:he's|she's|hes|shes|he is|she is|they're|theyre|they are|i'm|im|i am|my [a-z]+ is|my [a-z]+'s) (?:getting|going to get|gonna get|going to be|gonna be|to be) (?:stabbed|shot|killed|done in|jumped|seriously hurt)",
      "(?:he|she|they|my [a-z]+)(?:'ll| will| is going to| are going to|'s going to| is gonna| are gonna) (?:kill|stab|shoot|knife) (?:the|that|a|my|his|her|their|him|her|them)(?! (?:time|mood|vibe|atmosphere|joke|conversation|plant|battery|lights?|engine))(?: [a-z']+){0,3}? (?:tomorrow|tonight|next|when|if|with|who|for|before)",
      // A shot fired to warn, with a next time.
      "(?:gun|shotgun|rifle|pistol|firearm|air rifle)(?: [a-z',]+){0,8}? (?:fired|fires|firing|shot|let off)(?: [a-z]+){0,2}? (?:in|into|over) the air",
      "next time (?:it )?(?:won't|wont|will not) be (?:in )?the air",
      "(?:put|throw|dump|drown) (?:me|him|her|you|us) in the (?:canal|river|ground|boot|sea|reservoir)",
      "(?:i'm|im|i am|you're|youre|ur|she's|he's) dead when (?:he|she|they) (?:gets|get|finds|find) (?:here|me|her|him|you)",
      "(?:coming|come|back) to finish what (?:he|she|they) started",
      "if (?:u|you|he|she|they) (?:lose|lost|don't pay|dont pay|doesn't pay|don't bring)(?: [a-z]+){0,3}? (?:ur|your|you're|youre|he's|she's|you|he|she)(?:'re| are| is)? dead",
    ]),
    unless: (hit) => notNow(hit) || DEATH_IDIOM.test(hit.sentence) || KILL_ME_IDIOM.test(hit.sentence) || /\b(?:film|game|match|fireworks?|starting pistol|clay|shoot(?:ing)? (?:range|club|season))\b/.test(hit.sentence),
    examples: {
      match: [
        "My brother rang me crying, said the lads on his wing told him he's getting stabbed tomorrow at exercise over a debt.",
        "my roommate say that tomorrow he will kill the man who stole his money, he has knife under his bed.",
        "The farmer's son came on our stopping place with a shotgun, fired it in the air over the childer's heads and said next time it won't be the air.",
        "today I found a text in his bag saying \"if u lose the package ur dead\".",
        "his lads came to my mums door last night and said if i dont have it by friday they will put me in the canal.",
        "hes found out where i am. he rang tonight and said hes coming to finish what he started.",
      ],
      notMatch: ["My wife will kill me when she sees the bill.", "At the Bonfire Night display they fired rockets into the air for an hour.", "She'll kill the plant if she keeps watering it."],
    },
  },
  {
    id: "risk-to-life/attacked-or-followed-now",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["battered", "beaten", "stabbed", "attacked", "kicked", "jumped", "glassed", "following", "followed", "behind"],
    pattern: phrases([
      "(?:getting|being|is being|are being) (?:battered|beaten(?: up)?|stabbed|attacked|kicked in|jumped|glassed|strangled)(?: [a-z0-9']+){0,8}? (?:right now|now|as (?:i|we) (?:type|speak|write))",
      "(?:has|have|'s|is|he's|hes|they've) (?:been )?(?:followed|following) (?:her|me|him|them|us|my [a-z]+)(?: [a-z0-9']+){0,8}? (?:and (?:is|are) still|still (?:behind|following|there|outside)|for the last \\d+ (?:minutes|mins)|right now)",
    ]),
    unless: notNow,
    examples: {
      match: [
        "My mate's getting battered outside the Wetherspoons on Bridge St right now by like 4 blokes.",
        "She's just rung me hysterical, a man has followed her from the station for the last 20 minutes and is still behind her.",
      ],
      notMatch: ["He was beaten up outside the pub in 2019 and the lad went to prison.", "I followed the guidance on your website and still have no reply."],
    },
  },
  {
    id: "risk-to-life/harm-done-now",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["taken", "took", "swallowed", "had", "necked", "bleeding", "drive", "driving", "crash", "crashing", "put", "steer", "plough", "ploughing", "coming", "artic", "lorry", "lorries"],
    pattern: phrases([
      // An overdose already taken ("took everything in the cupboard about an hour ago", "taken all of them with some whisky").
      "(?:taken|took|swallowed|had|necked) (?:all|everything|the lot|the whole|a load|loads|a bottle|a packet|a box|a handful|every)(?: [a-z']+){0,7}? (?:about |around |nearly |over |just over |maybe )?(?:an?|half an|\\d+|one|two|three|ten|twenty|thirty|forty) (?:hour|hours|minutes|mins) ago",
      // Bleeding that does not stop.
      "(?:won't|wont|will not|can't|cannot|doesn't|does not) stop bleeding",
      // A car driven into something to die ("put it into the back of an artic", "drive into the front of the police station").
      "(?:drive|driving|put it|crash|crashing|steer|plough|ploughing|go) (?:it )?(?:straight )?(?:into|under|in front of) (?:the )?(?:back of |front of |side of )?(?:an? |the )?(?:artic|lorry|lorries|wall|bridge|central reservation|police station|tree|river|sea|oncoming traffic|a train)",
      "(?:going for|gone for|went for|out for) a drive and (?:is |i'm |im |he's |she's )?not coming back",
    ]),
    // An overdose names what was taken: tablets, a cupboard's or a cabinet's worth, "all of them" with drink; not paperwork.
    unless: (hit) => notNow(hit) || /\b(?:paracetamol for|headache|as prescribed|the doctor said|nosebleed|dentist)\b/.test(hit.sentence) ||
      (/^(?:taken|took|swallowed|had|necked) /.test(hit.text.slice(hit.start, hit.end)) && !OVERDOSE.test(hit.sentence)),
    examples: {
      match: [
        "took everything in the cupboard about an hour ago. getting really sleepy now.",
        "The tablets the GP gave me for sleeping, I've taken all of them with some whisky about half an hour ago.",
        "last night i cut my arms again. lots. it wont stop bleeding proper.",
        "If that's the outcome I'll put it into the back of an artic on the M6 on the way home.",
        "my dad has just phoned me from his car saying he's going to drive into the front of the police station.",
        "He posted that everyone would be better off without him and that he was 'going for a drive and not coming back'.",
      ],
      notMatch: ["I took all the paperwork to the front counter about an hour ago.", "A lorry tried to drive into the back of my car on the M6 last year, and the police did nothing."],
    },
  },
];
