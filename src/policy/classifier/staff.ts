import { sentenceAround } from "../alerts/rule";
import { inLawfulSentence } from "./lawful";
import { NOT_AT_A_PUBLIC_EVENT } from "./phrases";
import type { RuleId } from "./rules/index";
import type { Hit } from "./words";
import { matches } from "../text/matches";
import { NO_STAFF_NAMES, staffNamedIn, type StaffNames } from "../text/staff-names";

/*
 * Abuse of a member of staff as a person, in the words people write to an office rather than
 * the shapes of benchmark templates (issue #13): attacks on who they are — their English,
 * their right to work here, where they come from — veiled threats about their journey home,
 * their car, their photo or their children, knowing their social media or their house, and
 * bombarding every line until someone answers. Each pattern is one rule (rules/office.ts),
 * written from the policy's words, bounded alternations only: linear in the text.
 */

/**
 * Someone the writer speaks of, not the writer or their own family: "you", "she", "your caseworker",
 * "that woman", a name. "My father can't speak English" asks for an interpreter (Warwickshire 5).
 */
const PERSON = "(?<!\\b(?:my|our|i|we) )(?!(?:i|we|my|our|me|mum|dad|mother|father|son|daughter|wife|husband|partner|neighbours?|friends?|clients?|tenants?|nan|gran|grandmother|grandfather|brother|sister|family|parents|he|she|they)\\b)(?:(?:your|ur|the|that|this) )?[a-z]+";
/** Said of "he", "she", "they", the disparaging word shows it is no plain fact: "she can't even speak proper English". */
const THIRD = "(?:he|she|they)";
const YOUR = "(?:your|ur|yer)";
const KIDS = "(?:kids|children|son|daughter|little ones|family|wife|husband|partner)";

const RULES: ReadonlyArray<readonly [RuleId, RegExp]> = [
  // Their English questioned (Gwent 4.0 "anything that targets race"): "she can't even speak proper English".
  [
    "english-questioned",
    new RegExp(
      `\\b(?:(?:${PERSON}|${THIRD}) (?:can ?not|can't|cant|could not|couldn't|does not|doesn't|do not|don't) (?:even|actually|properly) (?:speak|write|understand|read|talk)(?: in)? (?:proper |basic |decent |plain |simple |good |the queen's |real |any )?english` +
        `|(?:${PERSON}|${THIRD}) (?:can ?not|can't|cant|could not|couldn't|does not|doesn't|do not|don't|can barely|can hardly|barely|hardly) (?:speak|write|understand|read|talk)(?: in)? (?:proper|basic|decent|plain|simple|good|the queen's|real) english` +
        `|${PERSON} (?:can barely|can hardly|barely|hardly) (?:speak|write|understand|read|talk)(?: in)? english` +
        `|(?:learn|go and learn|try learning|get) (?:to (?:speak|write) )?(?:proper |some |basic |decent )?english\\b(?! (?:as|at|for|in|lessons|classes|courses?)\\b)` +
        `|(?:someone|somebody|a person|an officer|staff|people) (?:who|that) (?:can |actually |can actually )?(?:speaks?|writes?|understands?) (?:proper |real |decent |plain )?english` +
        `|(?:is|was) (?:english|it) (?:even )?(?:her|his|their|your) (?:first|native) language\\??)`,
      "g",
    ),
  ],
  // Their right to be here or work here questioned: "go back to where you came from", "is she even British?".
  [
    "right-to-be-here-questioned",
    new RegExp(
      `\\b(?:go (?:back )?(?:home )?to (?:where (?:you|u|she|he|they) (?:came|come) from|(?:your|her|his|their) (?:own )?(?:country|countries|people|kind))` +
        `|send (?:her|him|them|you|u) back (?:to|where|home)` +
        `|(?:is|are) (?:she|he|they|you|u|your caseworker|the caseworker) (?:even |actually |really )?(?:british|english|from here|allowed to work here|legal)\\b` +
        `|(?:should not|shouldn't|should never|have no right to|has no right to|not fit to) (?:be )?(?:allowed to )?(?:work|be working|be employed)(?: here| in (?:this|a|our) (?:country|office|public office|british)| for (?:the police|a british|our))` +
        `|(?:your|her|his|their) (?:kind|sort|lot|type) (?:should not|shouldn't|do not|don't|does not|doesn't) (?:be |belong|work)` +
        `|(?:(?:do not|don't) want|(?:will not|won't|refuse to) (?:deal|speak|talk) with) (?:a |some |that |your |another )?(?:foreigner|foreign|immigrant|muslim|asian|black|gay|disabled|paki|polish|indian|african|pakistani|lesbian|trans)\\b)`,
      "g",
    ),
  ],
];

/** Veiled threats to staff and their families (Gwent 4.0 "threats (implicit or explicit)"; Warwickshire 3.1 "Threats or harm to people or property"). */
const VEILED: ReadonlyArray<readonly [RuleId, RegExp]> = [
  [
    "veiled-threat-to-staff",
    new RegExp(
      `\\b(?:(?:nice|lovely|nice little|lovely little|shiny|smart) (?:car|motor|house|home|garden|kids|children|family|photo|picture)(?: (?:you|u)(?:'ve| have)(?: got)?| (?:you|u) drive| in (?:your|the) (?:staff )?(?:photo|picture))` +
        `|(?:be (?:careful|very careful)|watch (?:yourself|your back)|look (?:behind|over your shoulder))(?: when (?:you|u) (?:drive|walk|go|leave))? (?:on )?(?:your|ur) (?:way|journey|drive|walk) home` +
        `|(?:careful|safe) (?:journey|drive|walk|trip) home\\b[^.!?\\n]{0,40}\\b(?:tonight|tomorrow|this evening|after work|alone)` +
        `|(?:slash|slashed|let down|puncture|punctured|do|sort) ${YOUR} (?:tyres|tires|brakes)` +
        `|${YOUR} (?:tyres|tires|brakes|windscreen|paintwork) (?:might|could|would|will|may) (?:get|be|go|end up)` +
        `|(?:tyres|tires|cars|windows|houses) (?:get|go|can get) (?:slashed|flat|let down|smashed|broken|scratched|keyed|burnt|torched)[^.!?\\n]{0,40}\\b(?:you know|these days|round here|accidents|if|just saying|happens)` +
        `|(?:it would be|it'd be|would be) (?:a )?(?:shame|pity|terrible|awful|sad) (?:if|for) ${YOUR} ${KIDS}` +
        `|(?:hope|trust) ${YOUR} ${KIDS} (?:stay|stays|keep|keeps) safe\\b[^.!?\\n]{0,40}\\b(?:if|unless|while|now|these days|round here)\\b` +
        `|(?:do|does) ${YOUR} ${KIDS} (?:know|walk|go|get)\\b[^.!?\\n]{0,40}\\b(?:alone|on (?:their|his|her) own|school|safe)` +
        `|(?:i|we) (?:know|found out) (?:which|what|where) (?:school|nursery|club) ${YOUR} ${KIDS}` +
        `|(?:i|we)(?:'d|'ll| would| will) hate for (?:anything|something) to happen to (?:you|u|${YOUR} [a-z]+)` +
        `|people (?:like|know|find out) where (?:you|u) (?:live|work|park)` +
        `|(?:not|never) (?:hard|difficult) to find (?:out )?where (?:you|u|she|he|people) (?:live|lives|park|parks)` +
        `|(?:i|we) know what (?:you|u|she|he|your [a-z]+) (?:look|looks) like\\b` +
        // Knowing a member of staff's routine: "I know what time he finishes and which way he walks".
        `|(?:i|we)(?:'ve| have)? (?:know|knows|found out|worked out|find out|know exactly|clocked) (?:where|when|what time|which way|which [a-z]+|what [a-z]+) (?:you|u|he|she|they|your [a-z]+|his [a-z]+|her [a-z]+) (?:park|parks|finish|finishes|leave|leaves|walk|walks|drive|drives|get|gets|go|goes|live|lives|catch|catches|clock|clocks|start|starts|arrive|arrives|drop|drops|pick|picks)\\b` +
        // Warnings with nothing said: "she needs to watch herself", "he should be careful", "you'd better watch your back".
        `|(?:you|u|she|he|they|[a-z]+)(?:'d| had| would| should| will| needs? to| wants? to| better| ought to)(?: better)? (?:watch (?:yourself|yourselves|herself|himself|themselves|your back|her back|his back|their backs?|out)|be (?:very )?careful)(?= *(?:[.!,\\n]|$| if | or | when | what | who | where | from now))` +
        `|pa(?:y|ying|id) (?:you|u|her|him|them|your [a-z]+) a (?:little |personal |home )?visit` +
        `|(?:took|take|taking|put|putting) a (?:key|knife|brick|hammer|match|lighter) (?:to|through) (?:it|your|his|her|their)` +
        `|(?:no idea|not know|don't know) what(?:'s| is) coming|(?:get|gets|got) what(?:'s| is) coming to (?:you|u|her|him|them)` +
        `|(?:people like you|you people|your staff|your caseworkers?|you lot|your lot)[a-z ]{0,20} (?:end up|could end up|might end up|will end up|tend to end up|get|getting) (?:getting )?(?:hurt|injured|harmed|in hospital|dead|beaten|stabbed)` +
        `|i will make sure (?:everyone|everybody|every one of you|you|u|your [a-z]+|each of you)[a-z ]{0,20} (?:regrets?|pays?|suffers?)\\b(?! (?:in|through|at) (?:court|the (?:courts|ombudsman|tribunal|press)))` +
        `|(?:recognise|recognize) (?:you|u|her|him|them) (?:in the street|anywhere|when i see)` +
        `|(?:i|we)(?:'ve| have)? (?:found out|know|discovered|worked out) where (?:she|he|they) (?:lives?|parks?)\\b` +
        `|(?:i|we) know (?:you|u|he|she|your [a-z]+) (?:finish|finishes|leave|leaves|walk|walks|park|parks|catch|catches|drive|drives|get the|gets the|clock off|clocks off)\\b` +
        `|see (?:you|u) (?:on|at) the \\d{1,2}[.:]\\d{2}` +
        `|(?:^|[.!?\\n] *)be careful(?= *(?:[.!\\n]|$))` +
        `|(?:things|it|this) (?:will|could|might|is going to|are going to|'ll) (?:get|turn) (?:ugly|nasty|messy|physical|violent)` +
        `|(?:i'm|i am) not having (?:a |some |that |an? )?(?:muslim|foreigner|immigrant|asian|black|gay|jew|woman|disabled|polish|paki)\\b)`,
      "g",
    ),
  ],
  // Knowing which train they catch: "you get the 5.40". Its own pattern: "the" and "get" are in nearly every message, and
  // as one of VEILED's alternatives it made the prefilter (text/may-match.ts) run all of VEILED over all mail.
  ["veiled-threat-to-staff", /\b(?:you|u|he|she) (?:get|gets|catch|catches|take|takes) the \d{1,2}[.:]\d{2}/g],
];

/** Stalking and harassment (Warwickshire 3.1 "Stalking (in person or online)", "Harassment, intimidation"). */
const STALKING: ReadonlyArray<readonly [RuleId, RegExp]> = [
  [
    "knows-private-life",
    new RegExp(
      `\\b(?:(?:i|we)(?:'ve| have)? (?:seen|saw|enjoyed|liked|looked (?:at|through)|found|been (?:looking at|through|on)|went through|checked) ${YOUR} (?:holiday |family |wedding |private )?(?:facebook|instagram|twitter|tiktok|linkedin|social media|profile|page|account|photos|pictures|posts|holiday|selfies)` +
        `|(?:nice|lovely|great|good) (?:holiday|wedding|birthday|night out|weekend)(?: photos| pictures| pics)?\\b[^.!?\\n]{0,30}\\b(?:on|in) (?:facebook|instagram|twitter|tiktok|your (?:page|profile|feed|story))` +
        `|(?:i|we) know (?:your|ur) (?:house|home|street|road|address|estate|village|husband|wife|partner|kids|children|family|daughter|son)\\b` +
        `|(?:drove|driven|walked|went|been) (?:past|by|round|to) (?:your|ur) (?:house|home|place|street|road)` +
        `|(?:your|ur) (?:house|home|car) (?:is|looks) (?:nice|lovely|bigger|smaller|smart|very nice)` +
        `|(?:followed|following|follow) (?:you|u|her|him) (?:home|to your car|to the car park|from work|from the office)` +
        `|(?:i|we)(?:'ve| have)? (?:seen|saw|found|looked at|copied|saved|downloaded|printed) (?:(?:your|ur) (?:[a-z]+['’]s )?|the [a-z]+['’]s )(?:photo|picture|photograph|profile)(?:s)?(?: on (?:your|the) (?:website|staff page|linkedin|facebook))?` +
        `|(?:keeping|keep|kept|started|building|compiling) a (?:file|dossier|record|list) on (?:you|u|her|him|them|your [a-z]+|[a-z]+ [a-z]+)\\b` +
        `|(?:i|we) know (?:his|her|their) (?:wife|husband|partner|kids|children|daughter|son|family|address|house|street|names?)\\b` +
        `|what school (?:they|your kids|your children|his kids|her kids|his children|her children) (?:go|goes) to` +
        `|(?:i|we) (?:have|got|found|know) (?:your|her|his|their) (?:personal|private|home) (?:number|mobile|phone|email|address|facebook|instagram|account)` +
        `|(?:message|messaged|messaging|contact|contacted|contacting|add|added|adding|follow|followed|tag|tagged) (?:you|u|her|him|them|your [a-z]+) on (?:facebook|instagram|linkedin|twitter|x|whatsapp|tiktok|snapchat|(?:her|his|your|their) (?:personal|own|private))` +
        `|(?:give|send|text|tell) me (?:your|ur) (?:personal|private|own|home) (?:number|mobile|phone|email|address)` +
        `|(?:^|[.!?\\n] *|i )(?:saw|seen|spotted) (?:you|u) (?:in|at|leaving|outside|with|walking|going|shopping)\\b${NOT_AT_A_PUBLIC_EVENT}` +
        `|(?:followed|following|follow) (?:you|u|her|him|them) (?:round|around|into|to) (?:the|your|her|his)` +
        `|(?:your|ur) (?:daughter|son|kids|children|wife|husband|partner)[^.!?\\n]{0,60}\\bon (?:your|ur|her|his|their) (?:facebook|instagram|twitter|tiktok|profile|page)` +
        `|(?:be|stand|wait|waiting|sit) outside (?:your|the) (?:building|office|offices|house|home)[^.!?\\n]{0,30}\\b(?:every|each|until|till|day)` +
        `|name and shame (?:you|u|her|him|them|your [a-z]+|the caseworker|the staff)` +
        `|(?:post|posted|posting|put|putting|write|wrote|writing|share|shared|sharing) (?:about )?(?:you|u|her|him|your [a-z]+|the caseworker) (?:(?:on|all over|in) (?:facebook|twitter|instagram|tiktok|social media|the local [a-z]+ group|every [a-z]+ group|the community page|nextdoor|reddit|youtube|online)|on x\\b)` +
        `|(?:wait|waiting|be waiting|stand|standing|sit|sitting|turn up|turning up) (?:for (?:you|u|her|him) )?(?:outside|at) (?:your|her|his|their) (?:house|home|door|car|car park|gym|school|work)\\b)`,
      "g",
    ),
  ],
  // Bombarding staff until someone gives in: "I'll ring every number until someone answers" (intimidation, Warwickshire 3.1).
  [
    "bombarding-staff",
    new RegExp(
      `\\b(?:(?:ring|ringing|call|calling|phone|phoning|email|emailing|text|texting|message|messaging) (?:(?:every|each|all (?:the|your)) (?:number|line|extension|phone|member of staff|one of you|person|email address|inbox)(?:s)?|each of you|every one of you|all of you)\\b[^.!?\\n]{0,40}\\b(?:until|till|til|unless)` +
        `|(?:keep|will keep|i'll keep|going to keep) (?:ringing|calling|phoning|turning up|coming in|texting)\\b[^.!?\\n]{0,40}\\b(?:every|day and night|all day|all night|until|till|til|night and day|every hour)` +
        // Counting the calls and promising more: "I rang your office 40 times today and I'll do 40 more tomorrow".
        `|(?:rang|rung|called|phoned|ringing|calls)[^\\n]{0,80}\\b\\d+ (?:times|calls)\\b[^\\n]{0,120}\\b(?:i'll|i will) (?:keep going|do (?:\\d+|it|the same|more)|ring (?:\\d+|again|them))` +
        `|\\b\\d+ calls (?:today|yesterday|this week)\\b[^\\n]{0,300}\\b(?:i'll|i will) do \\d+` +
        `|(?:ring|call|phone|email|text) (?:them |you )?(?:one by one|every single one of you|every one of (?:you|them))\\b[^.!?\\n]{0,60}\\b(?:until|till|til|every)` +
        `|(?:ringing|calling|phoning)[^.!?\\n]{0,60}\\bevery (?:\\d+|five|ten|fifteen|thirty|few) minutes` +
        `|(?:every|each) (?:hour|single day|day and night|morning and night)\\b[^.!?\\n]{0,30}\\b(?:until|till|til)\\b[^.!?\\n]{0,30}\\b(?:answer|answers|respond|reply|give in|listen|picks? up))`,
      "g",
    ),
  ],
];

/**
 * Calling until the office puts a named member of staff on ("I'll keep ringing until you put her on", "till I get
 * Morgan"): insisting on a particular member of staff (Warwickshire 3.2, an unreasonable demand), not bombarding staff
 * until someone gives in.
 */
const UNTIL_PUT_THROUGH = /\b(?:until|till|til) (?:you|someone|somebody|one of you) (?:puts?|gets?) (?:her|him|them|[a-z]+) (?:on|through)\b|\b(?:until|till|til) i (?:get|speak to|talk to|am put through to) (?:her|him|(?!a |an |the |my |some|any)[a-z]+)\b(?! (?:back|a |an |the ))/;

const putThrough = (text: string, start: number, end: number) => {
  const { from, to } = sentenceAround(text, start, end);
  return UNTIL_PUT_THROUGH.test(text.slice(from, to));
};

/**
 * What turns calls at the office into calls at its staff as persons (Warwickshire 3.1 "Harassment, intimidation"): a line
 * of their own (a direct line, a mobile, a home number), someone asked for by name, their family rung, or the calls made
 * to wear someone down ("until one of you cracks"). Without it, ringing the office's numbers over and over until someone
 * picks up is the volume of contact Warwickshire 3.2 names ("calling a number of times repeatedly on the same day"):
 * persistence, not abuse.
 */
const AT_STAFF_AS_PERSONS = new RegExp(
  `\\b(?:direct (?:lines?|numbers?|dials?|extensions?)|(?:personal|private|home|own) (?:lines?|numbers?|mobiles?|phones?|emails?|addresses|address|extensions?)` +
    `|mobiles?(?: numbers?)?\\b|by (?:her|his|their) name|by name|at home|home numbers?|(?:your|her|his|their) (?:mum|mother|dad|father|wife|husband|partner|kids|children|family|parents)` +
    `|(?:until|till|til) (?:you|one of you|someone|somebody|they|she|he) (?:gives? in|cracks?|breaks?|caves?|snaps?)|(?:every|each) (?:member of staff|person|caseworker|one of your staff)|linkedin|facebook|instagram)\\b`,
);

/** Whether bombarding reaches the staff as persons, not only the office's lines (AT_STAFF_AS_PERSONS), or a member of staff is named. */
const atStaffAsPersons = (folded: string, staff: StaffNames) => AT_STAFF_AS_PERSONS.test(folded) || staffNamedIn(staff).test(folded);

/**
 * Hits of the office rules above. A warning that a lawful route explains ("I'll keep calling until my MP hears") is left
 * alone. Ringing the office's own lines until someone answers, no member of staff singled out (AT_STAFF_AS_PERSONS), is
 * persistence by volume, for the history to count: its hit is a sign for the alerts only (Hit.signOnly).
 */
export function staffHits(folded: string, staff: StaffNames = NO_STAFF_NAMES): Hit[] {
  const hits: Hit[] = [];
  for (const [rule, pattern] of [...RULES, ...VEILED, ...STALKING]) {
    // Most mail never mentions English: its pattern, which tries a name at every word, is not run over it.
    if (rule === "english-questioned" && !folded.includes("english")) continue;
    for (const m of matches(pattern, folded)) {
      if (rule === "bombarding-staff" && (inLawfulSentence(folded, m.index, m.index + m[0].length) || putThrough(folded, m.index, m.index + m[0].length))) continue;
      const officeVolume = rule === "bombarding-staff" && !atStaffAsPersons(folded, staff);
      // The writer's own words unless they open inside a quotation or report ("he told me to go back to where I came from").
      hits.push({ rule, start: m.index, end: m.index + m[0].length, writersAct: true, ...(officeVolume ? { signOnly: true } : {}) });
    }
  }
  return hits;
}
