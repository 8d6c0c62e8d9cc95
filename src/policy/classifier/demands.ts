import { en as chrono } from "chrono-node"; // named import: webpack drops the other locales (sideEffects: false)
import type { RuleId } from "./rules/index";
import { addWorkingDays, longDate } from "../calendar";
import { matches } from "../text/matches";
import { oneOf } from "../text/one-of";
import { quotedRanges } from "../text/replies";
import { namedPattern, NO_STAFF_NAMES, type StaffNames } from "../text/staff-names";

export interface DemandHit {
  rule: RuleId;
  start: number;
  end: number;
  note?: string;
}

/**
 * Unreasonable demands found in the words (Gwent 6.0; Warwickshire 3.2). History-based
 * demands (repeated, inundating) are in persistence.ts. Text is the folded message.
 */
// Durations come before dates so "within 10 working days" is read whole, not as a date "10 working".
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}";
const WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
const NUMBER = "(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty-four|forty-eight)";
const DURATION = `${NUMBER} (?:hours?|working days?|days?|weeks?|fortnights?)`;
/** A time of day, and the day it is on: "5pm", "5.30 pm", "17:00", "noon tomorrow", "5pm on Friday". */
const CLOCK = `(?:\\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm)|\\d{1,2}:\\d{2}|noon|midday|lunchtime|midnight)(?: (?:on )?(?:today|tomorrow|tonight|(?:this |next )?${WEEKDAY}))?`;
const PART_OF_DAY = "(?:this|tomorrow) (?:morning|afternoon|evening|lunchtime)|tomorrow|today|tonight";
/**
 * Deadlines, in one pass (matches do not overlap, so "by today" is not read again as "today"):
 * - after a preposition: "by Friday", "within 48 hours", "by 5pm tomorrow", "within a fortnight";
 * - on their own, `alone`: "I expect an answer today", "I expect a call this afternoon" — a demand
 *   only with the demand in its own sentence, as "The officers came this morning" is not;
 * - "in" a span straight after what is asked for, `replyIn`: "reply in 24 hours", "respond to my
 *   email in two days" ("I have an operation in 3 weeks" sets no deadline).
 */
const DEADLINE = new RegExp(
  // One \b before the alternatives, not one in each: tested once a position, the same matches.
  `\\b(?:${[
    `(?:by|before|within|no later than|until|in the next)\\s+(?:the )?(?:close of (?:business|play)|end of (?:the |this )?(?:day|week|month)|eod|cob|hour|${CLOCK}|${PART_OF_DAY}|${DURATION}|(?:this |next )?${WEEKDAY}|\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?)\\b`,
    "(?<alone>immediately|straight away|right now|today|tonight|this (?:morning|afternoon|evening)|asap|as soon as possible|without delay)\\b",
    `(?:reply|respond|answer|response|call|ring|get back to me|hear back|hear from you)(?: [a-z']+){0,3}? (?<replyIn>in (?:the next )?${DURATION})\\b`,
    // "You have 24 hours to respond", "you've got until midnight to reinstate it".
    `you(?:'ve| have)(?: got)?(?: only| just)? (?<youHave>${DURATION}|until (?:${CLOCK}|${PART_OF_DAY}|(?:this |next )?${WEEKDAY}|the end of (?:the )?(?:day|week))) to\\b`,
  ].join("|")})`,
  "g",
);
const DEMANDING = /\b(?:i (?:demand|expect|require|insist|want)|you (?:must|will|need to|have to|are required to)|i need|respond|reply|answer|response|get back to me|deal with)\b/;
const PARTICULAR_PERSON =
  /\b(?:(?<insisting>i (?:will|'ll)? ?only (?:speak|talk|deal|correspond) (?:to|with)|i (?:refuse|won'?t|will not) (?:to )?(?:speak|talk|deal) (?:to|with) anyone (?:else|other than|but))|i (?:want|demand|insist on|insist) (?:to (?:speak|talk) (?:to|with)|speaking to|dealing with|a reply from|a response from) (?:the commissioner|the pcc|the chief executive|[a-z]+ [a-z]+ personally|[a-z]+ personally)|put me through to (?:the commissioner|the pcc))\b/g;
/**
 * The writer says they were told the person is not available to them, or refuses what they were told (Warwickshire 3.2
 * "insisting on speaking to a particular member of staff despite being told that it is not possible or appropriate").
 */
const TOLD_NOT_POSSIBLE =
  /\b(?:(?:i(?:'ve| have)? been|i was|we(?:'ve| have)? been|we were) told|you(?:'ve| have)? (?:told|said|written)|your (?:letter|email|reply) (?:says|said)|i (?:don'?t|do not) accept|i'?m asking (?:again|a (?:second|third|fourth) time)|(?:nobody|no one) else|or nobody|not (?:possible|appropriate)|does not (?:deal|handle|meet|take)|doesn'?t (?:deal|handle|meet|take))\b/;
/** Who is senior at the office: a manager, the Chief Executive, the Commissioner (Warwickshire 3.2 "managers"). */
const SENIOR = "(?:your |a |the |my )?(?:manager|supervisor|boss|line manager|head of [a-z]+|head of the office|someone senior|somebody senior|senior manager|someone in charge|person in charge|chief executive|commissioner|pcc|director)";
const MANAGER = new RegExp(
  `\\b(?:${[
    `(?:i (?:want|demand|insist on|need|expect|require|insist that i|wish) (?:to (?:speak|talk|deal|correspond) (?:to|with) |speaking to |talking to |dealing with )?|put me (?:straight )?through to |let me speak to |get me |pass (?:this|me|my [a-z]+) (?:straight |directly )?(?:on )?to |send (?:this|my [a-z]+) (?:straight |directly )?to )${SENIOR}`,
    `escalate (?:this|it|my [a-z]+) (?:straight |immediately |directly )?to ${SENIOR}`,
    // "I want this dealt with by the Commissioner personally", "my complaint must be read by a manager".
    `(?:(?:dealt with|handled|read|answered|looked at|reviewed|seen|decided|signed) (?:personally )?by ${SENIOR})(?! (?:in|at|last|before|already|who)\\b)`,
    `(?:(?:do not|don't|will not|won't|refuse to) (?:want to )?(?:deal|speak|talk|correspond) with (?:a |some |another |your )?(?:junior|caseworker|case worker|clerk|admin|underling|minion|call handler|receptionist|assistant))`,
  ].join("|")})`,
  "g",
);
/** A senior person named anywhere in the message (the subject included): "FAO the Commissioner", "straight to the top". */
const SENIOR_NAMED = new RegExp(`\\b(?:${SENIOR}|the top|top person|most senior|in charge|who runs)\\b`);
const JUNIOR = "(?:an? |any |some |the |your |other |another )?(?:ordinary |junior |front ?line |mere )?(?:caseworkers?|case workers?|case officers?|assistants?|admins?|administrators?|clerks?|juniors?|underlings?|minions?|members? of staff|staff|policy officers?|team|intermediar(?:y|ies)|call handlers?|receptionists?|secretar(?:y|ies))";
/** Everyone else refused: "not a caseworker", "I will not deal with an assistant", "nobody else", "only her". */
const REFUSING_OTHERS = [
  `not (?:to |by |with |from )?${JUNIOR}\\b`,
  `(?:do not|don'?t|won'?t|will not|refuse to|not prepared to|not interested in|not going to|am not|i'?m not)(?: (?:want to|have (?:this|it)|be|going to|bother|wasting my (?:time|breath))){0,2}(?: (?:deal|speak|talk|correspond|discuss|dealing|speaking|talking|corresponding|read|read by|handled|handled by|dealt with|dealt with by|go through (?:it|this|the usual process)|explaining it[a-z ]{0,20}|be fobbed off)(?: (?:it|this|with|to|by))?)?(?: with| on| by)? ${JUNIOR}\\b`,
  "(?:nobody|no one|no-one|noone) else\\b|(?:deal|speak|talk|correspond|reply|respond|replies|responds)[a-z ]{0,12} (?:with|to|from) any ?one else\\b|(?:if|should) any ?one (?:else|other than)[a-z ]{0,30} (?:replies|responds|answers|writes)|or nobody\\b|(?:his|her|their) eyes only|for the [a-z ]{0,30}(?:attention|eyes) only|\\bonly (?:him|her)\\b|(?:him|her|himself|herself)\\. not",
];
/**
 * The staff who would consider the matter refused, at the outset: "not a caseworker", "I do not want to deal with an
 * administrator", "nobody else", "before you even read this", "straight to the top" (Warwickshire 3.2 "before the OPCC
 * staff member has fully considered the matter raised").
 */
const REFUSING_STAFF = new RegExp(
  `\\b(?:${[
    ...REFUSING_OTHERS,
    "(?:straight|directly|right) to the top|starting at the top|before (?:you|anyone|anything)[a-z ]{0,10} (?:read|look|consider|else)|before i (?:explain|tell|send)|from the (?:start|outset)|at the outset",
    `(?:caseworkers?|case workers?|juniors?|staff|assistants?)[a-z ]{0,20} (?:are useless|are not qualified|not qualified|do not have the seniority|don'?t have the seniority|have no authority)`,
  ].join("|")})`,
  "g",
);
/** Everyone else refused, not praised: "nobody else has been so kind" says no one else will do for a thank-you, not for the case. */
const REFUSING_OTHERS_HERE = new RegExp(
  `\\b(?:${REFUSING_OTHERS.join("|").replace("(?:nobody|no one|no-one|noone) else\\b", "(?:nobody|no one|no-one|noone) else\\b(?! (?:has|have|had|was|is|could|would|did|does|cares|cared|understands|understood|helped|listened|bothered|ever)\\b)")})`,
);

/**
 * One member of staff demanded by name, the office's own names (`staffNames`): "put me through to Priya Shah", "I will
 * correspond with you, Ms Shah", "Priya herself is to phone me" (Warwickshire 3.2 "insisting on speaking to a particular
 * member of staff"). Found only beside everyone else refused ("nobody else", "not an assistant"): naming a caseworker
 * is no demand.
 */
const namedAsked = namedPattern((names) =>
  names.forms.length === 0
    ? /(?!)/g
    : new RegExp(
        `\\b(?:(?:i (?:want|demand|insist on|need|expect|require)(?: only)? (?:to (?:speak|talk|deal) (?:to|with)|speaking to|dealing with|a (?:reply|response|call) from)|put me (?:straight )?through to|let me speak to|i (?:will|'ll|shall) (?:only )?(?:speak|talk|deal|correspond) (?:to|with)(?: you,?)?) (?:only )?(?:${names.forms.join("|")})|i (?:want|demand|insist on|need) (?:${names.forms.join("|")})(?: or (?:nobody|no one|no-one)| and (?:nobody|no one|no-one) else| only)|(?:${names.forms.join("|")})(?: (?:herself|himself|themselves|personally))? (?:is to|must|needs? to|has to|had better) (?:phone|ring|call|write to|reply to|contact|email|see|meet) me)\\b`,
        "g",
      ),
);

/*
 * Demands for what the office cannot do (Gwent 6.0 "demands for things we cannot do, whether for
 * practical or legal reasons"; Warwickshire 1 "the PCC can only act within powers granted under
 * legislation"), in three kinds, each with its own note so the caseworker sees which applies.
 */
const PERSON = "(?:the |that |this |pc |dc |sergeant |inspector |officer |him|her|them)[a-z ]{0,30}";
/**
 * Officers whose staffing and conduct are the force's. Not the Chief Constable: the Commissioner "is publicly accountable for
 * ensuring the Chief Constable's delivery and performance" (Warwickshire 1), so calling for the Chief Constable to go is within the office's role.
 */
const OFFICERS = "(?:the officers?|that officer|this officer|those officers|pc [a-z]+|dc [a-z]+|sergeant [a-z]+|inspector [a-z]+)";
/** What a court decides: sentences, verdicts, convictions, trials. */
const COURT_DECISION = "(?:sentence|sentencing|verdict|conviction|acquittal|bail|court'?s? (?:ruling|decision)|judge'?s (?:ruling|decision))";
/** Each kind a named group, in one pass over the text. */
const CANNOT_DO = new RegExp(
  `\\b(?:(?<court>${[
    `(?:jail|convict|sentence|acquit) ${PERSON}`,
    "overturn (?:the |my |his |her )?(?:conviction|verdict|sentence|court|decision of the court)",
    `(?:overturn|overrule|set aside|reverse) (?:the |that |this )?(?:court|judge|magistrates?|jury|tribunal)['’]?s? (?:decision|ruling|verdict|sentence|judgment|order)`,
    "(?:re-?open|restart) (?:the |my |his |her )?trial|a re-?trial",
    `(?:review|increase|extend|change|reverse|quash|reduce|reconsider|look again at) (?:the |my |his |her |their )?(?:[a-z]+['’]s? )?${COURT_DECISION}`,
    // "I want the magistrate's sentence reviewed": from the decision on (an alternative opening at every "the" costs every letter).
    `${COURT_DECISION} (?:reviewed|increased|extended|changed|reversed|quashed|overturned|reduced|reconsidered|looked at again)`,
    "(?:give|hand) (?:him|her|them) a (?:longer|harsher|tougher|stiffer|heavier|proper) sentence",
    // Other courts' and independent bodies' decisions: "overturn that judgment", "overrule the IOPC", "cancel the order", "get the judge removed".
    "(?:overturn|overrule|override|reverse|quash|cancel|set aside|change) (?:the |that |this |their |its |my |his |her )?(?:(?:county |crown |family |civil |magistrates'? )?court(?:'s)? )?(?:judgment|judgement|ruling|court order|contact order|order|injunction|iopc|ipcc|ombudsman|cps|tribunal|coroner|(?:iopc|ipcc|ombudsman|cps|tribunal)(?:'s)? (?:finding|decision|ruling|review))\\b",
    "(?:get|have|see) (?:the |that )?(?:judge|magistrates?|coroner) (?:removed|sacked|struck off|disciplined)",
  ].join("|")})|(?<operational>${[
    // Operational policing: arrests, charges, investigations, and where officers are sent.
    `(?:arrest|charge|prosecute|caution|investigate) ${PERSON}`,
    "(?:re-?open|restart) (?:the |my )?(?:criminal )?(?:investigation|prosecution)",
    "(?:order|instruct|tell|make|force|get) (?:the )?(?:police|chief constable|force|cps|them|detectives?) to (?:arrest|charge|investigate|re-?investigate|prosecute|release|drop|re-?open|reinstate)",
    // The force's own records and decisions: cautions, convictions and arrests on the PNC, tickets and penalty points, licences.
    "(?:delete|remove|wipe|erase|expunge|take) (?:it |them )?(?:off |from )?(?:the |my |his |her |their |that |this )?(?:police |criminal |pnc |\\d{4} )?(?:caution|conviction|arrest|criminal record|police record|record of (?:my|his|her) [a-z]+)(?: for [a-z ]{1,20})?(?: (?:off|from) (?:the )?(?:pnc|police national computer|system|record))?",
    "(?:delete|remove|wipe|erase|expunge) (?:it |them )?(?:off|from) (?:the )?(?:pnc|police national computer)",
    "(?:cancel|quash|rescind|withdraw|scrap|void|overturn) (?:the |my |his |her |that |this |a )?(?:[a-z']+ )?(?:speeding ticket|ticket|fine|penalty points|points|fixed penalty|penalty notice|caution|parking ticket)",
    "grant (?:it|the licence|my licence|his licence|her licence|the certificate|the renewal|(?:his|her|my) (?:shotgun |firearms? )?(?:certificate|licence))",
    "(?:him|her|them|the officers?|that officer|pc [a-z]+|sergeant [a-z]+) (?:arrested|charged|prosecuted|investigated)",
    // Deployment: "move more officers onto my estate", "send a patrol to my street every night".
    "(?:move|send|put|deploy|station|redeploy|assign|allocate|post) (?:more |extra |additional |some |a few |two |several )?(?:police officers|officers|police|patrols|pcsos|police cars|units|an officer|a patrol|a police car|a pcso|a van)(?: back)? (?:on|onto|into|to|in|at|round|around|outside|near|along)\\b",
  ].join("|")})|(?<staffing>${[
    // The force's staffing and conduct decisions: sacking, disciplining, moving an officer.
    `${OFFICERS} (?:should|must|needs? to|ought to|will) be (?:sacked|fired|dismissed|disciplined|suspended|struck off|demoted|moved|named)`,
    // Naming officers: their identities are the force's to give (Warwickshire 1, complaints against the police are the Chief Constable's).
    "(?:name|identify|give me the names? of|tell me the names? of|release the names? of|publish the names? of) (?:the |those |these |all the |every )?(?:officers?|police officers?|pcs|constables)",
    // "the full names and home addresses of the two officers", "the names, collar numbers and home towns of every officer".
    "(?:full |real )?names(?:,? (?:and |with )?(?:full |home |collar |warrant |shoulder )?(?:addresses|address|towns|numbers|photos|photographs|pictures|ranks|stations)){0,4},? of (?:the |those |these |all (?:the )?|every |each )?(?:\\d+ |two |three |four |five )?(?:officers?|police officers?|pcs|constables)",
    `(?:sack|fire|dismiss|discipline|suspend) (?!the chief constable\\b)${PERSON}`,
    `(?:demote|transfer|redeploy|move) ${OFFICERS}`,
    "(?:him|her|them|the officers?|that officer|pc [a-z]+|sergeant [a-z]+) (?:sacked|fired|dismissed|disciplined|suspended|struck off|demoted)",
    // "I want the officer who dealt with my burglary in March sacked", "I want PC 4471 and his sergeant sacked".
    "(?:the |that |this |those )?(?:officers?|sergeants?|pcs?|constables?|detectives?)\\b[a-z0-9 ]{1,60}? (?:sacked|fired|dismissed|disciplined|suspended|struck off|demoted)\\b",
    "(?<!(?:can'?t|cannot|not|won'?t|couldn'?t|unable to) )(?:want|give me|tell me|publish|release) (?:their|his|her|the officers?'?s?) names?\\b",
    `${OFFICERS} (?:moved|transferred|redeployed)`,
  ].join("|")})|(?<otherBody>${[
    // What other public bodies decide: evictions, deportations, compensation for the force's acts (a civil claim).
    "(?:have|get|see) (?:them|him|her|the [a-z]+|my [a-z]+) (?:evicted|rehoused|deported|moved out)",
    "stop the (?:home office|council|housing association|dwp|courts?) (?:from )?[a-z]+ing",
    "(?:pay|paid) (?:me |this |it |the money )?(?:into my (?:bank )?account|compensation|£\\s?\\d)",
    "£\\s?\\d[\\d,]*(?:\\.\\d\\d)? (?:in )?compensation",
  ].join("|")}))`,
  "g",
);
/** Whether a match opens its sentence or the message (an order given outright: "Discipline PC Morris.", "Publish the names …"). */
const opensSentence = (text: string, at: number) => /(?:^|[.!?\n])[\s"'“‘]*$/.test(text.slice(Math.max(0, at - 4), at));
/** What the finding says of each kind, quoting the policy where it says so. */
const CANNOT_DO_NOTES = {
  court: "a court outcome: sentences, verdicts and convictions are for the courts and appeals, not the Commissioner, who \"can only act within powers granted under legislation\" (Warwickshire 1)",
  operational: "operational policing: the Chief Constable \"is also responsible for all decisions related to operational policing\" (Warwickshire decision WPCC4-0060, 1)",
  staffing: "the force's staffing and conduct decisions: complaints against the police force \"are required to be dealt with by the Chief Constable\" (Warwickshire 1)",
  otherBody: "another body's decision (a council, the Home Office, a civil claim against the force): the Commissioner \"can only act within powers granted under legislation\" and may only signpost (Warwickshire 1)",
};
/**
 * Asking, not demanding (Gwent 6.0 and Warwickshire 3.2 name *demands* for responses within an
 * unreasonable timescale): a question or a wish in the deadline's own sentence — "could you",
 * "would it be possible", "if possible", "I would be grateful" — makes it a request.
 */
const POLITE =
  /\b(?:could (?:you|u|i|someone|somebody)|would (?:you|u)|would it be possible|is (?:it|there any way) (?:possible|likely)|if (?:at all |it(?:'s| is) )?possible|if you (?:can|could|are able)|(?:i|we)(?:['’]d| would| should) be (?:very |most |really |so |extremely |truly )?(?:grateful|glad|pleased|obliged)|(?:i|we)(?:['’]d| would) (?:appreciate|welcome|like to (?:ask|request))|(?:would|will) be (?:much |greatly )?appreciated|please could|kindly|when you (?:can|get a chance|have a moment)|i (?:wonder|was wondering|hope)|hopefully|any chance|is there any way|if not,? (?:no worries|that'?s (?:fine|ok))|i understand if|(?:asked|asking|wondered|wondering) (?:if|whether)|if i (?:could|might) (?:have|get|ask))\b/;
const DEMAND_WORDS = /\b(?:demand|insist|must|want you to|expect you to|you will|you need to|i require|i want|i expect|should be|must be|needs? to be|will be|i need|give me|tell me)\b/;
/**
 * Inundating (Gwent 6.0 "inundating the OPCC with information"): material the office is told it
 * must read in full, or documents by the dozen. "Please find attached my letter" is not.
 */
const INUNDATING = new RegExp(
  `\\b(?:${[
    "(?:must|need to|needs to|have to|has to|are to|is to|expect (?:you|them|it) to|i expect (?:every|each|all)[a-z ]{0,20}to|insist (?:you|they|it|that you)) (?:be )?(?:read|reading|go through|consider|review)(?: (?:it|them|these|those|all|all of (?:it|them|these)|each (?:one|page|document)|every (?:one|page|word|document|line)))? (?:in full|in their entirety|in its entirety|from (?:start|beginning) to (?:finish|end)|cover to cover|word for word|line by line|every (?:page|word|line))",
    "(?:read|consider|review|go through) (?:every|each) (?:single )?(?:page|word|line|document|attachment|one of (?:them|these|the attachments))",
    "(?:\\d{2,}|dozens of|hundreds of|scores of|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred) (?:more |further |separate |new )?(?:documents|attachments|pages|files|emails|exhibits|appendices|pdfs|photographs|recordings)\\b(?! ago)",
  ].join("|")})`,
  "g",
);
/** What precedes a count that gives the length of a document not the writer's: "the PDF is", "your report runs to about". */
const THEIR_LENGTH = /\b(?:the|your|their|its|this|that|his|her) (?:[a-z]+ ){0,2}(?:is|was|runs to|ran to|has|had) (?:about |over |nearly |almost |around |some )?$/;
/** The office asked for what is sent: "you asked for", "as requested", "the list you gave me". */
export const ASKED_FOR = /\b(?:you (?:asked|requested|wanted|needed|listed)|(?:as|you) requested|as (?:you )?asked|the list you (?:gave|sent)|your list|asked me (?:for|to send)|(?:documents|papers|evidence|attachments|photos|photographs) you asked for)\b/;
/** Re-sent and said so (Gwent 6.0 "repeated or multiple demands which are substantially the same"): "the same complaint I sent on 3 May, 10 May and 17 May". */
const RESENT = /\b(?:(?:the same|this|my) (?:complaint|letter|email|request|demand|question|points?)s?\b[^.!?\n]{0,60}?\b(?:sent|emailed|wrote|written|raised|made|submitted|put|asked)\b[^.!?\n]{0,160}|this is (?:now )?the (?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|umpteenth|[a-z]+ hundredth) time (?:that )?i(?:'ve| have)? (?:sent|written|asked|emailed|raised|made|requested|put|contacted)|(?:sending|i am sending|i'm sending|re-?sending|i resend|i re-?send) (?:this|it|my (?:complaint|letter|email)) (?:again|once more|for the (?:third|fourth|fifth|\d+(?:st|nd|rd|th)) time))/g;
/** The writer says the office has not answered: "no response", "failed to respond", "still waiting for someone to", "heard nothing". */
const UNANSWERED = /\b(?:no (?:reply|response|answer)|(?:not|never) (?:had|received|got) (?:a |any )?(?:reply|response|answer)|failed to (?:respond|reply|answer)|(?:has|have) (?:not|never) (?:replied|responded|answered)|still waiting for (?:a |any |your |someone|somebody|anyone)|heard nothing)\b/;
/**
 * The office's own time has run out, in the writer's words: "no reply in eight weeks", "9 weeks with no response", "your own
 * timescale of 20 working days ran out", "failed to respond within". A deadline then chases the office's delay (Warwickshire 4
 * "lack of timeliness by the OPCC ... can cause frustration"); it is not one sooner than the office works to (Gwent 6.0).
 */
const SPAN = "(?:over |more than |nearly |almost |about |around )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many) (?:weeks|months)";
const OVERDUE = new RegExp(
  `\\b(?:${[
    `(?:no (?:reply|response|answer)|heard nothing|(?:not|never) (?:had|received|got) (?:a |any )?(?:reply|response|answer)|still waiting)[^.!?\\n]{0,40}\\b(?:in|for|after|since|over) ${SPAN}`,
    `${SPAN}[^.!?\\n]{0,40}\\b(?:no (?:reply|response|answer)|without (?:a |any )?(?:reply|response|answer)|heard nothing|not (?:had|received) (?:a |any )?(?:reply|response))`,
    "your own [a-z0-9 ]{0,40}(?:timescale|deadline|target|working days)[^.!?\\n]{0,40}\\b(?:ran out|run out|has passed|passed|expired|is up|was up|missed|over)",
    "failed to (?:respond|reply|answer) within",
  ].join("|")})`,
);
/** A legal right stated, with the time the law sets: "under Article 17 of UK GDPR", "as the law requires", "a subject access request". */
const LEGAL_RIGHT = /\b(?:as the law requires|the law requires|required by law|(?:uk )?gdpr|data protection act|freedom of information|subject access request|under (?:article|section|s\.?) ?\d+)\b/;
/** A member of staff asked for it: "as Casey asked on the phone", "as requested by Liam" (not "as I asked", the writer's own demand). */
const STAFF_ASKED = /\b(?:as (?!i |we )[a-z]+ (?:asked|requested)|as requested by|(?:asked|requested) by (?:[a-z]+ )?(?:on the phone|in (?:her|his|their|your) (?:letter|email))|at (?:her|his|their|your) request)\b/;
/** Asking whether it can be done: "is that possible?", "would that be ok?". */
const ASKING_IF = /\b(?:is (?:that|this|it) (?:possible|ok|okay|alright|all right)|would (?:that|this|it) be (?:possible|ok|okay|alright|all right))\b/;
/**
 * Whether the message frames what it asks as a request, not a demand (Gwent 3.0 "forceful or determined" is not
 * unacceptable): what the office asked for, a question whether it can be done, a legal right with the law's own time, or
 * chasing an office past its own time. The learned scorer, which weighs words ("must", "want", "within", "again") and not
 * how they are framed, may not add demands to such a message (classify.ts).
 */
export const framedAsRequest = (folded: string): boolean => ASKED_FOR.test(folded) || STAFF_ASKED.test(folded) || ASKING_IF.test(folded) || LEGAL_RIGHT.test(folded) || OVERDUE.test(folded);

/** A date in a list: "3 May", "May 10th", "10/05", "Monday". */
const DATE_IN_LIST = /\b(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)\b/g;

/**
 * Words that ask for speed without naming a time. One request to hurry is not an unreasonable
 * timescale: Warwickshire 3.2 names "Repeatedly demanding responses within an unreasonable
 * timescale", and Gwent 3.0 does not find behaviour unacceptable "simply because a customer is
 * forceful or determined". They count when the message presses them more than once, sets a
 * deadline as well, or the sender has made demands before.
 */
const HURRY = oneOf("immediately|straight away|right now|asap|as soon as possible|without delay");

/**
 * The demand was made before, in the writer's own words, near the deadline: "as I said last week",
 * "for the fourth time of asking", "I asked on the 2nd and the 9th", "final deadline". Warwickshire
 * 3.2 names "Repeatedly demanding responses within an unreasonable timescale": a deadline said to
 * be pressed again is repeated, as one pressed twice in the message is.
 */
const SAID_BEFORE = new RegExp(
  `\\b(?:${[
    "as i (?:have |'ve )?(?:said|told you|asked|stated|requested|made clear|explained)",
    "i (?:have |'ve )?(?:said|told you|asked|set|given you|gave you|stated|done)(?: (?:this|it|that|you|for (?:it|this|one|a reply)|the same))? (?:before|already|last|on (?:the )?\\d|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|twice|three times|four times|\\d+ times|repeatedly|again|in (?:each|every|all|my last)|(?:this|that|the same) (?:deadline|thing))",
    "(?:second|third|fourth|fifth|sixth|seventh|\\d+(?:nd|rd|th)|umpteenth) (?:time|request|reminder|deadline|warning|chaser)",
    "time of asking|last warning|final deadline|new deadline|each of my last|in every (?:email|letter)|i(?:'ll| will) (?:keep saying|keep asking|ask again|say it again)",
  ].join("|")})\\b`,
);
/**
 * A deadline set as a demand, not asked for: "I demand", "I require", "I expect", "I want", "you must", "you have 24 hours",
 * the office's own time refused ("your 20 working days is not acceptable"), or a consequence ("or else", "I'll treat anything
 * later as a refusal", "if I don't hear by then I will …", "I will be checking").
 */
const SET_AS_DEMAND = new RegExp(
  `\\b(?:${[
    "i (?:demand|require|insist|expect|want)|(?:you|u) (?:must|will|have to|are to|need to|are required to)",
    "(?:you|u)(?:'ve| have)(?: got)?(?: only| just)? (?:\\d+|until|one|two|three|twenty|forty)|is your deadline|deadline is|my deadline",
    "not acceptable|unacceptable|(?:i )?(?:will not|won'?t|do not|don'?t) (?:accept|work to)|your (?:\\d+|twenty) (?:working )?days|service standard|your (?:timescales?|timetable)|not (?:in|within) (?:\\d+|twenty) (?:working )?days|in due course",
    "or else|or i(?:'ll| will| shall)|otherwise i(?:'ll| will)|failing (?:that|which)|(?:treat|regard|take) (?:it|that|this|anything|any reply|silence)[a-z ]{0,20} as(?! (?:urgent|a (?:priority|matter of (?:urgency|priority))|an emergency|priority))|if (?:i|it|you|this)[a-z' ]{0,50}(?:i(?:'ll| will| shall)|i'?m going to)|i(?:'ll| will) be checking|every (?:hour|day|minute) after|no (?:excuses|later)|not (?:tomorrow|next week|monday)",
  ].join("|")})\\b`,
);
/** Only wanted or expected ("I want", "I expect"): nothing demanded, refused, no consequence, no deadline of its own named. */
const INSISTED = /\bi (?:expect|want)\b/g;
/**
 * A deadline asked for with a need behind it or with thanks (Gwent 3.0: not unacceptable "simply because a customer is
 * forceful or determined"; issue 13: one request to hurry is not an unreasonable timescale): "I want an answer by Friday
 * please", "I need it today as I am being evicted tomorrow", "within 48 hours given what happened to my daughter".
 */
const ASKED_WITH_NEED =
  /\b(?:please|thank you|thanks|because|since|given (?:the|what|that|how)|as (?:i|my|we|our|the|he|she|they|it|there|this)\b|so (?:that|i can|i could|we can)|in time for|before (?:my|the|our|his|her) (?:hearing|trial|court|tribunal|appeal|appointment|operation|move|eviction|exam|interview|flight|funeral))\b/;
/** Set only by words that insist, with a need or thanks in the deadline's sentence: asked, not demanded. */
function askedWithNeed(window: string, sentence: string): boolean {
  if (!ASKED_WITH_NEED.test(sentence)) return false;
  return window.replace(INSISTED, " ").search(SET_AS_DEMAND) < 0;
}

/**
 * Someone else's deadline the writer passes on as the reason for asking ("my insurers want it by
 * Friday", "the council needs the report by Monday"): the writer's need, not a timescale the writer
 * demands of the office (Gwent 6.0 "timescale demands"; Warwickshire 3.2 "demanding responses").
 */
const THEIR_DEADLINE =
  /\b(?:they|he|she|insurers?|insurance(?: company)?|landlord|solicitor|lawyer|employer|bank|school|council|court|tribunal|housing|university|college|job ?centre|dvla|agency|home office|embassy)(?:'s)?(?: [a-z']+){0,2} (?:wants?|needs?|requires?|asked (?:me )?for|ha(?:s|ve) asked (?:me )?for|expects?)\b/;

/**
 * `deadlines`: the pack's reading of a deadline. "single" (Gwent 6.0 "timescale demands (other than
 * those we work towards)"): one deadline demanded sooner than the office works to is enough.
 * "repeated" (Warwickshire 3.2 "Repeatedly demanding responses within an unreasonable timescale"):
 * the deadline must be pressed in more than one sentence of the message, said to have been pressed
 * before, or the sender has demanded before. `bodyStart` is where the body begins in the folded text:
 * a subject line names the message's request, it is not a second one, and on its own (with a body that
 * asks politely or not at all) it is no demand.
 */
export function demandHits(
  folded: string,
  now: Date,
  responseDays: number,
  firstContact: boolean,
  demandedBefore = false,
  deadlines: "single" | "repeated" = "single",
  bodyStart = 0,
  staff: StaffNames = NO_STAFF_NAMES,
): DemandHit[] {
  const hits: DemandHit[] = [];
  const deadlineHits: Array<DemandHit & { sentence: number }> = [];
  const hurried: Array<DemandHit & { sentence: number }> = [];
  const due = addWorkingDays(now, responseDays);
  const today = now.toISOString(); // once, not per deadline phrase: it keys the parse cache
  for (const m of matches(DEADLINE, folded)) {
    const { alone, replyIn, youHave } = m.groups ?? {};
    const phrase = replyIn ?? youHave ?? m[0];
    const start = m.index + m[0].length - phrase.length;
    const [from, to] = sentenceBounds(folded, m.index, m.index + m[0].length);
    const sentence = folded.slice(from, to);
    // A request is not a demand: "Could you please reply by Friday, as I see my MP on Monday?"
    if (POLITE.test(sentence)) continue;
    // "My insurers want it by Monday": a reason for asking, not the writer's demand.
    if (THEIR_DEADLINE.test(folded.slice(from, m.index))) continue;
    // The demand in the deadline's own sentence, or just before it in its own field (a subject's words are not the body's).
    const window = alone ? sentence : folded.slice(Math.max(m.index < bodyStart ? 0 : bodyStart, m.index - 120), Math.min(to + 40, m.index < bodyStart ? bodyStart : folded.length));
    if (!DEMANDING.test(window)) continue;
    const when = deadlineOf(phrase, now, today);
    // Gwent 6.0: a demand to respond "within an unreasonable timescale" — one shorter than the office's own.
    if (!when || when >= due) continue;
    const hit = { rule: "deadline-sooner-than-office" as const, start, end: start + phrase.length, note: `wants it by ${longDate(when)}; the office's ${responseDays} working days run to ${longDate(due)}`, sentence: from };
    (alone && HURRY.test(alone) ? hurried : deadlineHits).push(hit);
  }
  const inBody = (h: { start: number }) => h.start >= bodyStart;
  const sentences = (list: Array<{ sentence: number; start: number }>) => new Set(list.filter(inBody).map((h) => h.sentence)).size;
  // One "ASAP" is a request to hurry; pressed in two sentences, or with a deadline, or after earlier demands, it counts.
  const counted = sentences(hurried) >= 2 || sentences(deadlineHits) > 0 || (hurried.some(inBody) && demandedBefore) ? [...deadlineHits, ...hurried] : deadlineHits;
  // A subject line alone is no demand when the body asks nothing by a date (or asks politely); an empty body leaves only the subject.
  const bodyBlank = !/[a-z0-9]/.test(folded.slice(bodyStart));
  const demanded = bodyBlank ? counted : counted.some(inBody) ? counted : [];
  const pressedAgain =
    sentences(demanded) >= 2 || demandedBefore || demanded.some((h) => SAID_BEFORE.test(folded.slice(Math.max(0, h.start - 200), h.end + 200)));
  // Gwent 6.0 "timescale demands (other than those we work towards)": one deadline is enough when it is set as a demand —
  // insisted on, the office's own time refused, or a consequence attached — not when it is asked for with a need behind it.
  // Chasing an office past its own time is no timescale sooner than the office works to.
  const overdue = demanded.length > 0 && OVERDUE.test(folded);
  const setAsDemand =
    !overdue &&
    (pressedAgain ||
    demanded.some((h) => {
      const window = folded.slice(Math.max(bodyBlank ? 0 : bodyStart, h.start - 200), h.end + 200);
      if (!SET_AS_DEMAND.test(window)) return false;
      const [from, to] = sentenceBounds(folded, h.start, h.end);
      return !askedWithNeed(window, folded.slice(from, to));
    }));
  if (demanded.length > 0 && !overdue && (deadlines === "single" ? setAsDemand : pressedAgain)) hits.push(...demanded.map(({ sentence: _sentence, ...hit }) => hit));
  for (const m of matches(INUNDATING, folded)) {
    // "You asked for my evidence, so I've attached the 12 documents on your list": what the office asked for is not inundating it (Gwent 6.0).
    // A count of documents sent as the office asked is no demand on it; being told they must be read in full still is.
    const counted = !/^(?:must|need|needs|have|has|are|is|expect|i expect|insist|read|consider|review|go through)\b/.test(m[0]);
    const [from, to] = sentenceBounds(folded, m.index, m.index + m[0].length);
    // "The PDF is 80 pages", "your report runs to 60 pages": the size of someone else's document, nothing sent to the office.
    if (counted && THEIR_LENGTH.test(folded.slice(from, m.index))) continue;
    if (!ASKED_FOR.test(counted ? folded : folded.slice(from, to))) hits.push({ rule: "inundating-in-words", start: m.index, end: m.index + m[0].length });
  }
  for (const m of matches(RESENT, folded)) {
    // "the same complaint I sent on 3 May, 10 May and 17 May" names three sendings; "this is the fifth time" says so outright.
    const dates = m[0].match(DATE_IN_LIST)?.length ?? 0;
    if (!m[0].startsWith("the same") && !m[0].startsWith("this") && !m[0].startsWith("my")) hits.push({ rule: "resent-in-words", start: m.index, end: m.index + m[0].length });
    // "This is the third time I have written" about a letter nobody has answered chases the office's own delay (Warwickshire 4
    // "lack of timeliness by the OPCC ... can cause frustration"; 3.2 counts it only "despite being assured" the matter is in hand).
    else if ((/^this is (?:now )?the /.test(m[0]) && !UNANSWERED.test(folded)) || dates >= 3) hits.push({ rule: "resent-in-words", start: m.index, end: m.index + Math.min(m[0].length, 120) });
  }
  for (const m of matches(PARTICULAR_PERSON, folded)) {
    // "I will only speak to …" insists by itself; "I want to speak to the Commissioner" only after being told it is not possible (Warwickshire 3.2 "despite being told").
    if (m.groups?.insisting || TOLD_NOT_POSSIBLE.test(folded)) hits.push({ rule: "only-this-person", start: m.index, end: m.index + m[0].length });
  }
  // A member of staff demanded by name, everyone else refused (Warwickshire 3.2 "a particular member of staff"). The
  // refusal is looked for only once a name is demanded: it reads the whole message, and most mail demands no one.
  if (staff.forms.length > 0) {
    const named = [...matches(namedAsked(staff), folded)];
    if (named.length > 0 && REFUSING_OTHERS_HERE.test(folded)) for (const m of named) hits.push({ rule: "only-this-person", start: m.index, end: m.index + m[0].length });
  }
  if (firstContact) {
    // Warwickshire 3.2: "Demands to speak to managers at the outset, before the OPCC staff member has fully considered the
    // matter raised": a senior asked for AND the staff who would consider it refused ("not a caseworker", "nobody else").
    // Asking for the Commissioner, or to have a letter passed on, is not refusing anyone.
    const refused = [...matches(REFUSING_STAFF, folded)];
    if (refused.length > 0 && SENIOR_NAMED.test(folded)) {
      for (const m of [...matches(MANAGER, folded), ...refused]) hits.push({ rule: "manager-at-outset", start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of matches(CANNOT_DO, folded)) {
    const kind = m.groups?.court ? "court" : m.groups?.operational ? "operational" : m.groups?.staffing ? "staffing" : "otherBody";
    // Demanded in words ("I want", "must"), or told outright: the sentence opens with the order ("Remove my caution from the PNC.").
    if (DEMAND_WORDS.test(folded.slice(Math.max(0, m.index - 80), m.index + m[0].length)) || opensSentence(folded, m.index)) hits.push({ rule: `beyond-powers-${kind}`, start: m.index, end: m.index + m[0].length, note: CANNOT_DO_NOTES[kind] });
  }
  // The letter the writer quotes back ("> …", "-----Original Message-----" and on) is the office's words, not a demand of theirs.
  const quoted = quotedRanges(folded);
  return quoted.length === 0 ? hits : hits.filter((h) => !quoted.some(([from, to]) => h.start >= from && h.start < to));
}

const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fourteen: 14, "twenty-four": 24, "forty-eight": 48 };

/** The date a deadline phrase means, relative to now (chrono-node; words it does not parse by hand). */
const parsed = new Map<string, Date | undefined>();
function deadlineOf(phrase: string, now: Date, today: string): Date | undefined {
  const key = `${today}|${phrase}`;
  if (!parsed.has(key)) {
    if (parsed.size > 10_000) parsed.clear(); // bounded: one message repeating one phrase is parsed once
    parsed.set(key, parseDeadline(phrase, now));
  }
  return parsed.get(key);
}

/** The bounds of the sentence around [start, end), no further than 200 characters each way. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < 200 && !isStop(text.charCodeAt(from - 1))) from -= 1;
  let to = end;
  while (to < text.length && to - end < 200 && !isStop(text.charCodeAt(to))) to += 1;
  return [from, to];
}
/** . ! ? or a line break, by its code: a pattern tested on each character, read as a string of its own, cost ten times this. */
const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 10;

function parseDeadline(phrase: string, now: Date): Date | undefined {
  // A time of day is a deadline on that day: chrono reads "5pm", "noon tomorrow", "this afternoon" itself.
  if (/\d ?(?:am|pm)\b|\d:\d|noon|midday|lunchtime|morning|afternoon|evening/.test(phrase)) return chrono.GB.parseDate(phrase.replace("lunchtime", "1pm"), now, { forwardDate: true }) ?? undefined;
  if (/immediately|straight away|right now|asap|as soon as possible|without delay|today|tonight|midnight|eod|cob|close of|end of (?:the )?day/.test(phrase)) return now;
  if (/\bthe hour\b/.test(phrase)) return new Date(now.getTime() + 3_600_000);
  if (/end of (?:the |this )?week/.test(phrase)) {
    // The coming Friday (today, if it is Friday): chrono reads "end of the week" loosely.
    const friday = new Date(now.getTime());
    friday.setUTCDate(friday.getUTCDate() + ((5 - friday.getUTCDay() + 7) % 7));
    return friday;
  }
  const relative = /(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty-four|forty-eight) (hours?|working days?|days?|weeks?|fortnights?)/.exec(phrase);
  if (relative) {
    const n = Number(relative[1]) || NUMBERS[relative[1]!] || 0;
    const unit = relative[2]!;
    if (unit.startsWith("hour")) return new Date(now.getTime() + n * 3_600_000);
    if (unit.startsWith("working")) return addWorkingDays(now, n);
    return new Date(now.getTime() + n * (unit.startsWith("fortnight") ? 14 : unit.startsWith("week") ? 7 : 1) * 86_400_000);
  }
  return chrono.GB.parseDate(phrase, now, { forwardDate: true }) ?? undefined;
}
