import { quotedRanges, within } from "../text/reported";
import { matches } from "../text/matches";
import { ASKED_FOR } from "./demands";

/**
 * What a message says about a decided matter, in the writer's own words (quoted reply lines and
 * quotation marks, where the office's own letter often sits, are not the writer's): the
 * persistence rules (persistence.ts) read these beside the history. Gwent 5.0: "they continue to
 * contact us to challenge the decision"; Warwickshire 3.2: "Refusing to accept reasonable
 * explanations, including following the conclusion of a complaint", "Re-framing or re-wording
 * of a complaint", "Contacting different people in the same organisation". Each pattern is a
 * bounded alternation: linear in the text.
 */
export interface DecisionTalk {
  /** The decision is challenged: "reopen it", "I do not accept", "overturn", "look at it again". */
  challenge?: Cue;
  /** The writer says they are repeating themselves: "again", "same complaint", "sixth time", "re-sending". */
  repetition?: Cue;
  /**
   * A repetition the writer states of their own words, not a bare "again" (as often an event recurring: "he was stopped again"):
   * "I still say", "same as before", "I've told you that already", "the third time", "re-sending".
   */
  restated?: Cue;
  /**
   * The writer says the decision is still wrong in words weaker than a challenge, which as easily name a new wrong: "I still say
   * it's wrong", "the review was wrong", "I disagree with the outcome", "your letter is rejected". Read by persistence.ts only of
   * the matter already sent, past the first reply (Warwickshire 3.2 "Refusing to accept reasonable explanations").
   */
  disputes?: Cue;
  /**
   * The writer counts the messages they have sent ("I've now sent two", "Four emails.", "that's five messages"): read by
   * persistence.ts only in a day's run of contacts (Warwickshire 3.2 "calling a number of times repeatedly on the same day").
   */
  ownCount?: Cue;
  /** The writer names the decision or its closure: "you closed this", "the decision", "turned down". */
  decided?: Cue;
  /** The writer says this message re-sends what they sent before: "sending my original complaint again", "re-sending". */
  resending?: Cue;
  /** The decided matter offered as a new one: "this is a NEW complaint", "a separate complaint", "the decision does not apply". */
  reframing?: Cue;
  /**
   * The writer recasts what they send as a complaint of another kind: "I'm now raising it as …", "treat as new", "new angle".
   * Re-framing (Warwickshire 3.2) only when the message is about the matter already sent and names no new one (persistence.ts).
   */
  recast?: Cue;
  /**
   * The writer says what they write about is the same as before, item by item: "Same ramp, same kids.", "Same camera, same lane.":
   * the matter already sent, whatever words name it (persistence.ts reads it beside a recast).
   */
  sameThing?: Cue;
  /** Another member of staff asked to decide differently: "I'm writing to you instead", "one of you", "a fresh pair of eyes". */
  anotherPerson?: Cue;
  /** The writer's own count of their messages or calls: "14th email today", "I've written 30 times". */
  volume?: Cue;
  /** A restriction disputed (Warwickshire 7.3: to the Chief Executive) is a right the policy gives, never persistence. */
  restriction?: Cue;
  /**
   * The writer says they went, or will go, from one member of staff to the next for the answer another would not give: "Sophie
   * said no, so I'm asking Rachel", "one of you will say yes", "I want a different one", "I'm trying each of you till I get the
   * answer I need". Stronger than `anotherPerson`: said alone, it is contacting different people (Warwickshire 3.2).
   */
  otherAnswer?: Cue;
  /** The writer promises to keep on: "I'll keep sending it", "I shall write again until it is reversed", "every month". */
  keepsOn?: Cue;
  /** An information right is used (Warwickshire 9: subject access, freedom of information): a new request, never persistence. */
  informationRight?: Cue;
  /**
   * A decision named as another member of staff's ("Morgan's decision is wrong", "overturn Casey's decision"): the name as
   * written, lower case, from the office's staff names (ClassifierOptions.staffNames). Written to someone else, it is the
   * person taking the decision to a different member of staff (Warwickshire 3.2 "Contacting different people").
   */
  staffDecision?: Cue & { name: string };
  /**
   * The writer presses one word three times within a few ("call me. call me. … call me", "wrong wrong wrong"): insistence,
   * no new information. Read on first call, like `aside`.
   */
  pressed?: () => boolean;
  /**
   * What sets a message aside from persistence.ts's default (thanks, the review route, another matter, what the office asked
   * for), read on first call: only a message after a decision with a challenge found since needs it, and reading it for every
   * message doubled this module's time.
   */
  aside?: () => AsideTalk;
}

export interface AsideTalk {
  /** The writer thanks the office or accepts its answer: "thank you for your letter", "I accept that". Not a challenge. */
  accepts?: Cue;
  /**
   * The writer asks after or takes the route the policy points them to (Warwickshire 3.2 names "failing to follow appropriate
   * appeal / review" as the unreasonable course): a review, an appeal, the IOPC or an ombudsman. Not a challenge to the office.
   */
  route?: Cue;
  /**
   * The writer says this message is about something else: "something separate", "on a different note", "not about the search".
   * Said of a complaint ("a separate complaint") it is re-framing (above); said of the message, a matter of its own.
   */
  otherMatter?: Cue;
  /** The writer sends what the office asked for ("as you asked", demands.ts ASKED_FOR): requested, not persistence. */
  askedFor?: Cue;
  /** A copy sent in case the first went astray ("Sending again in case you didn't get it"): it checks delivery, it does not challenge. */
  inCase?: Cue;
}

export interface Cue {
  start: number;
  end: number;
}

const BARE_AGAIN = "again";
const COUNT = "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
const ORDINAL = "(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))";

type Spoken = Exclude<keyof DecisionTalk, "aside" | "staffDecision" | "pressed" | "restated">;

const PATTERNS: Record<Spoken | keyof AsideTalk, RegExp> = {
  challenge: new RegExp(
    `\\b(?:${[
      "re-?open(?:ed|ing)?",
      "reconsider(?:ed|ing)?",
      "overturn(?:ed|ing)?",
      "overrule(?:d)?",
      `reverse (?:the |your |this |that |it)`,
      `change (?:the |your |this |that |her |his )?(?:decision|outcome|answer|finding)`,
      `(?:decision|outcome|answer|finding) (?:to be |be )?changed`,
      `(?:look(?:ed)? at|review(?:ed)?|investigate(?:d)?|consider(?:ed)?) (?:it |this |that |the complaint |my complaint )?(?:again|properly this time)`,
      // "Look again.", "Look again at the motorbike": asked to reconsider, whatever the object.
      "look(?:ed)? again",
      "(?:do not|don'?t|will not|won'?t|never) accept (?:it|this)(?= *[.!,\\n:;]| *$)",
      "(?:do not|don'?t|will not|won'?t|never) accept (?:the|your|her|his|this|that) (?:decision|outcome|explanation|answer|finding|conclusion)",
      `(?:the |your |her |his |this |that )(?:decision|outcome|answer|finding) (?:is|was) wrong`,
      "(?:got it|you'?re|you are|she'?s|she is|he'?s|he is) wrong",
      // "You've explained it and it's still wrong. Change it.": the explanation heard and refused.
      "(?:it'?s|it is|that'?s|that is) still (?:wrong|unfair|not right|not good enough)",
      "change it(?= *(?:[.!\\n]|$))",
      // "I want it changed", "still want the decision reversed": the decision asked to be changed, as "change it" asks.
      "(?:want|need|expect) (?:it|this|that|the decision|the outcome|your decision|the review) (?:to be )?(?:changed|reversed|overturned)",
      "(?:is|it'?s) not closed",
      "not (?:letting|going to let) (?:this|it) go",
      "see it (?:differently|my way)",
      "(?:a )?fresh (?:pair of eyes|look)",
      "(?:have|take) a look (?:at it )?instead",
      // "I'm challenging it again and I'll keep challenging it": the writer says so.
      "challeng(?:e|ing) (?:it|this|that|the decision|your decision|the outcome|the review) again",
      "(?:i'?ll|i will|i'?m going to|going to) keep (?:challenging|disputing|appealing|contesting)",
      // "Mr Kerr's review is a stitch-up": the decision called a cover-up (Gwent 5.0 "unwarranted allegations against our colleagues").
      "(?:review|decision|outcome|finding|investigation) (?:is|was) (?:a |an |just a |nothing but a )?(?:stitch-?up|whitewash|cover-?up|fix|sham|joke|farce)",
    ].join("|")})\\b`,
    "g",
  ),
  repetition: new RegExp(
    `\\b(?:${[
      "again",
      "same (?:complaint|reasons?|question|request|thing|as before|answer from me)",
      "same (?:ones|documents?|photos?|evidence|files?|points?) (?:as )?(?:that )?i (?:sent|gave|made|raised)",
      "as before",
      `(?:for )?the ${ORDINAL} time`,
      `${ORDINAL} (?:time|request|challenge|email|letter|message|attempt)`,
      "re-?send(?:ing)?",
      "sending (?:it |this )?again",
      "(?:said|told you|written|asked|explained) (?:this|that|it)? ?(?:before|all along|already|twice|(?:three|four|five|many) times)",
      "all along",
      "(?:i|i'?ve|i have) (?:written|emailed|rung|called|asked|complained) (?:\\d+|[a-z]+-odd|dozens of|many|countless) times",
      "time of asking",
      "still (?:say|want|waiting|think|believe)",
      // "I'm telling you again", "asking you again": the writer repeating themselves, not an event recurring.
      "(?:telling|asking|saying|writing to) you again",
    ].join("|")})\\b`,
    "g",
  ),
  // Not a copy sent "in case you didn't get it": that checks delivery, it does not challenge.
  // "Same complaint, last time.", "I enclose again my letter of 20 August": the writer says the decided complaint comes again.
  resending: /\b(?:re-?send(?:ing)?|sending (?:it |this |(?:my|the) (?:[a-z]+ ){0,2}(?:complaint|letter|email|request) )?(?:again|once more)|enclos(?:e|ed|ing) (?:it |this |them )?(?:again|once more)|same complaint)\b(?![^.!?\n]{0,20}\bin case\b)/g,
  disputes: new RegExp(
    `\\b(?:${[
      // "The review was wrong": the decision by another of its names (challenge has "the decision is wrong").
      "(?:the |your |her |his |this |that )(?:review|conclusion|investigation|response) (?:is|was) wrong",
      // "I still say it's wrong", "I still think the recall was wrong": the writer's view, said as a whole clause.
      "(?:say|think|believe|maintain) (?:it'?s|it is|it was|that'?s|that is|that was|the [a-z]+ (?:is|was)) (?:still )?(?:wrong|unfair|not right)(?= *(?:[.!,;\\n]|$|and\\b))",
      "(?:i |i'?m |i am )?(?:still )?disagree(?:ing)? with (?:it|this|that|the|your|her|his)\\b",
      "still disagree",
      // "Your letter of 18 February is rejected in its entirety", "I reject your findings".
      // "I'm not accepting your explanation", "I do not accept.", "I continue to reject it".
      "(?:i'?m|i am) not accepting (?:it|this|that|the|your)",
      "(?:i )?(?:do not|don'?t|will not|won'?t|cannot|can'?t) accept(?= *(?:[.!,;\\n]|$))",
      "continue to reject",
      "i (?:hereby |still )?reject (?:the|your|this|that) (?:decision|outcome|explanation|answer|findings?|conclusion|letter|response|review)",
      "(?:decision|outcome|letter|explanation|answer|findings?|response|review)(?: of [^.!?\\n]{1,25})? (?:is|are|was) (?:hereby )?rejected",
    ].join("|")})`,
    "g",
  ),
  // Not "I sent 3 photos": the number counts messages, said as such or bare before a stop.
  ownCount: new RegExp(
    `\\b(?:${[
      `(?:i'?ve|i have|i) (?:now |already |just )?sent (?:you )?${COUNT}(?: (?:emails|messages|letters|times)\\b|(?= *[.,!?(\\n]|$))`,
      `(?:that'?s|thats|this is|this makes|makes) (?:now )?(?:my )?${COUNT} (?:emails|messages|letters)\\b`,
      `(?<=(?:^|[.!?\\n]) *)${COUNT} (?:emails|messages)(?= *(?:[.!,\\n]|$| now| already| and no| no reply| no answer| still))`,
    ].join("|")})`,
    "g",
  ),
  decided: new RegExp(
    `\\b(?:${[
      `(?:the|your|her|his|this|that|my) (?:decision|outcome|conclusion|finding)`,
      "decided",
      "(?:closed|concluded) (?:my|this|the|it)",
      "(?:is|was|has been|it'?s|its) (?:closed|concluded|final)",
      "turned (?:me |it )?down",
      "said no",
      "told no",
      "(?:refused|declined) to change",
    ].join("|")})\\b`,
    "g",
  ),
  reframing: new RegExp(
    `\\b(?:${[
      "(?:a |this is a )?(?:new|different|separate|fresh|second) (?:complaint|allegation|grievance)",
      "(?:a |an )?(?:new|different|separate|fresh) (?:matter|issue) (?:entirely|altogether|from|not)",
      "not the same (?:complaint|matter|issue)",
      "(?:this|it) is not a complaint",
      "(?:decision|outcome) (?:does not|doesn'?t) apply",
      "(?:now|also) (?:wish|want) to complain",
      "on (?:this|that|a different|a new) basis",
    ].join("|")})\\b`,
    "g",
  ),
  // "I'm now raising the skateboarders as a public nuisance complaint rather than ASB. Please treat as new.", "New angle: …": said
  // as easily of a new matter ("I am now raising a separate incident"), so persistence.ts reads it only of the matter already sent.
  // "This is now a human rights matter under Article 8": the same matter given a new name.
  // "This is a data protection complaint now, not a conduct one": the kind of complaint named afresh against the old.
  recast: /\b(?:(?:i'?m|i am) now (?:complaining|raising|bringing|framing|putting|treating)|treat(?:ed)? (?:it |this |that |them )?as (?:a )?(?:new|fresh|separate)|(?:a )?new angle|(?:this|it) is now (?:a |an )?(?:[a-z]+ ){1,3}(?:matter|complaint|issue|case)|(?:this|it) is (?:a |an )(?:[a-z]+ ){1,3}(?:matter|complaint|issue|case)(?: [a-z]+)?,? not (?:a |an )(?:[a-z]+ )?(?:one|matter|complaint|issue|case))\b/g,
  sameThing: /\bsame [a-z]+(?: [a-z]+)?[,.;] (?:the )?same [a-z]+/g,
  anotherPerson: new RegExp(
    `\\b(?:${[
      "(?:writing|coming|going|asking|turning) to you instead",
      "instead of (?:her|him|them)",
      "one of you",
      "all of you",
      "(?:already )?tried (?:[a-z]+ )?(?:and [a-z]+ )?(?:separately|already|too|as well)",
      // "I'm going over Ms Phillips's head", "over Casey's head".
      "over (?:her|his|their|(?:mr|mrs|ms|miss|dr) [a-z]+'s|[a-z]+'s) heads?",
      // "I'm writing to you because Ms Hussain isn't listening", "to each of you because Sophie's answer isn't good enough": this
      // person because another would not give the answer. Not "writing to you because my neighbour said you could help".
      "(?:writing|coming|turning|sending (?:this|it)) to (?:you|each of you|both of you|all (?:[a-z]+ )?of you) (?:now |instead |directly )?(?:because|as|since) (?:[a-z]+ ){0,2}(?:[a-z]+'s (?:answer|decision|reply|response|letter)|[a-z]+ (?:isn'?t|is not|won'?t|will not|wouldn'?t|didn'?t|hasn'?t|has not|refuses|refused|keeps))",
      "(?:someone|somebody) else (?:to )?(?:look|decide|review)",
      "fresh pair of eyes",
      // "Maybe you can say different", "you say yes?": this person asked for the answer another gave otherwise.
      "(?:maybe|perhaps) you (?:can|could|will|might|would) (?:say|decide|see it|answer) (?:different(?:ly)?|otherwise|yes)",
      // "Henrietta and Olamide both say no", "everybody say no": the others already asked.
      "(?:both|everybody|everyone|they all|they both) (?:says?|said|have said|told me) no",
      "you'?re in charge",
      "(?:pass|forward) (?:this|it) to the commissioner personally",
    ].join("|")})\\b`,
    "g",
  ),
  otherAnswer: new RegExp(
    `\\b(?:${[
      // "Sophie said no, so I'm asking Rachel", "Sam said no. So I'm sending this to Morgan", "the others said no but I'm trying each of you".
      "(?:said|says|say) no(?: last week| to me)?[.,;]?(?: so| and| but)? (?:now )?(?:i'?m|i am|i'?ll|i will) (?:asking|trying|writing to|coming to|sending)",
      "turned me down,? (?:so |and )?(?:now )?(?:i'?m|i am) (?:asking|trying|writing to|coming to)",
      // "Maybe one of you will say yes", "one of yous says different".
      "one of (?:you|yous) (?:will|must|might|can|could|may)? ?(?:be able to )?(?:says?|give me) (?:yes|different|something different)",
      "(?:someone|somebody) (?:must|will) say yes",
      // "I want a different one", "a different answer to the one Rosamund gave".
      "(?:want|get|give me|gives? me) (?:a|an) (?:different|other) (?:one|answer)",
      "(?:a|an) different (?:answer|outcome|decision) (?:to|from|than) the one",
      // "trying each of you till I get the answer I need", "til one of yous says different".
      // Not "until someone gives me a proper answer": a chaser, not another person sought.
      "(?:till?|until) (?:one of (?:you|yous|them)|someone|somebody|one person) (?:says? (?:yes|different|something different)|gives? me (?:a |the )?(?:different|other) (?:answer|one|outcome)|agrees with me)",
      "(?:each|every one|all) of (?:you|yous) (?:till?|until)",
      // "Sent to each of your caseworkers individually", "I've emailed Casey, Sam and Morgan separately".
      "(?:sent|written|wrote|emailed|rung|rang|asked) (?:this |it )?(?:to )?(?:each|every one|all) of (?:you|yous|your [a-z]+)(?: [a-z]+)? (?:separately|individually)",
      "(?:emailed|written to|wrote to|rung|rang|asked) (?:[a-z]+,? ){1,6}(?:and [a-z]+ )?separately",
    ].join("|")})\\b`,
    "g",
  ),
  keepsOn: new RegExp(
    `\\b(?:${[
      "(?:i'?ll|ill|i will|i shall|i'?m going to|i am going to) (?:keep|go on|carry on|continue)(?: on)? (?:sending|writing|asking|emailing|ringing|challenging|saying|submitting|complaining)",
      "(?:i'?ll|i will|i shall) (?:send|write|submit) (?:it |this )?(?:again )?(?:every (?:day|week|month)|next (?:week|month)|until|till)",
      "(?:will|shall) not stop (?:writing|sending|asking|emailing)",
    ].join("|")})\\b`,
    "g",
  ),
  volume: new RegExp(
    `\\b(?:${[
      `${ORDINAL} (?:email|message|letter|call) (?:today|tonight|this (?:morning|afternoon|evening|week))`,
      // "this is the 20th tonight", "thats 3 emails tonight": the writer counts their own run of messages.
      `(?:this is|that'?s|thats) (?:the |my )?(?:${ORDINAL}|\\d+ (?:emails|messages|letters|calls)) (?:(?:email|message|letter|call) )?(?:today|tonight|this (?:morning|afternoon|evening|week))`,
      "(?:see|read) my (?:last|previous) \\d+ (?:emails|messages|letters)",
      "(?:i'?ll|i will|i'?m going to) keep (?:sending|writing|emailing) (?:these|them|this|until|all day|every day)",
      // "i'll send 100", "I'll send it every hour": more promised.
      // Not "I'll send 2 photos tomorrow": the number is of messages, said bare or as emails.
      "(?:i'?ll|ill|i will|i'?m going to) send (?:(?:\\d+|hundreds|dozens|another \\d+)(?: (?:more|emails|messages))?(?= *(?:[.!,\\n]|$| if | until ))|it every (?:hour|day|night))",
    ].join("|")})\\b`,
    "g",
  ),
  restriction: /\b(?:restriction|restrictions|restricted|contact strategy)\b/g,
  informationRight: new RegExp(
    `\\b(?:${["subject access request", "freedom of information", "data protection act 2018 i request", "under the data protection act", "copy of (?:all )?(?:the )?(?:my )?personal (?:data|information)"].join("|")})`,
    "g",
  ),
  accepts: new RegExp(
    `\\b(?:${[
      // Thanks said at all: a challenge pressed again rarely thanks anyone, and thanks beside a challenge leave the challenge found.
      "thank(?:s|\\s*you)",
      "(?:i am|i'?m) (?:very )?grateful",
      "i (?:now |fully )?accept (?:that|the|your|this|it)",
      "(?:happy|content|satisfied) with (?:the|your) (?:outcome|decision|answer|explanation|response)",
    ].join("|")})\\b`,
    "g",
  ),
  route: new RegExp(
    `\\b(?:${[
      "(?:how|where|who|can|could|may) (?:do |can |could |should |would )?i (?:appeal|take (?:this|it|my complaint|the matter) (?:further|next|elsewhere))",
      "(?:ask|asking|request|requesting|apply|applying) (?:formally )?for (?:a|an) (?:formal |independent )?(?:review|appeal)",
      "complaints? (?:procedure|process)",
      "(?:any|an|the|my|a) (?:right (?:of|to) )?(?:appeal|review)(?: process| route| procedure)?(?= *[?.]| (?:is|open|available|to|process|route|procedure))",
      "independent office for police conduct",
      "iopc",
      "ombudsman",
      "next steps?",
    ].join("|")})\\b`,
    "g",
  ),
  otherMatter: new RegExp(
    `\\b(?:${[
      // Not "anything else": "the last one about the sergeant or anything else" says nothing of another matter.
      "something (?:else|different|separate|unrelated|new)",
      "(?:a |an |on a |on an )?(?:different|separate|unrelated|another) (?:thing|note|subject|incident|topic)",
      "not about (?:the|my|that|this|your)",
      "nothing to do with (?:the|my|that|this)",
    ].join("|")})\\b`,
    "g",
  ),
  askedFor: new RegExp(ASKED_FOR.source, "g"),
  inCase: /\bin case (?:you|it|they|the (?:first|last|other|earlier) one)\b/g,
};

/** The cues that only set a message aside from persistence.ts's default: read on first use. */
const ASIDE: ReadonlyArray<keyof AsideTalk> = ["accepts", "route", "otherMatter", "askedFor", "inCase"];

function firstCue(pattern: RegExp, folded: string, quoted: ReturnType<typeof quotedRanges>): Cue | undefined {
  for (const m of matches(pattern, folded)) if (!within(quoted, m.index, m.index + 1)) return { start: m.index, end: m.index + m[0].length };
  return undefined;
}

/** The staff-decision pattern for one list of staff names, kept while the list is the same (the pane's stays put). */
let staffPattern: { key: string; pattern: RegExp | undefined } = { key: "", pattern: undefined };
function staffDecisionPattern(staffNames: readonly string[]): RegExp | undefined {
  const key = staffNames.join("|");
  if (staffPattern.key !== key) {
    // Each part of each name ("Casey", "Worker"), as written in the folded text: lower case, letters only.
    const parts = [...new Set(staffNames.flatMap((n) => n.toLowerCase().split(/[^a-z]+/)).filter((w) => w.length >= 3))];
    const pattern = parts.length ? new RegExp(`\\b(${parts.join("|")})(?:'|\u2019)s (?:decision|outcome|answer|finding|conclusion|review)\\b`, "g") : undefined;
    staffPattern = { key, pattern };
  }
  return staffPattern.pattern;
}

/** Words too common to be pressed on when said three times close together ("the … the … the"). */
const FUNCTION_WORDS = new Set("the and you for was that this not are have with but her his him she they them their our your all any can has had did get got one out who why how what when then than from into its it's i'm i've".split(" "));
/** Within how many words the same word said three times is pressing it. */
const PRESS_WINDOW = 8;

/** Whether a word (three letters or more, not a function word) comes three times within PRESS_WINDOW words, outside quotations: one pass, no regex. */
function pressesAWord(folded: string, quoted: ReturnType<typeof quotedRanges>): boolean {
  const recent: string[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || c === 39)) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < n && ((folded.charCodeAt(i) >= 97 && folded.charCodeAt(i) <= 122) || folded.charCodeAt(i) === 39)) i += 1;
    if (within(quoted, start, start + 1)) continue;
    const word = folded.slice(start, i);
    recent.push(word);
    if (recent.length > PRESS_WINDOW) recent.shift();
    if (word.length < 3 || FUNCTION_WORDS.has(word)) continue;
    let seen = 0;
    for (const w of recent) if (w === word) seen += 1;
    if (seen >= 3) return true;
  }
  return false;
}

/** The first cue of each kind in the writer's own words; `staffNames` (ClassifierOptions) lets a decision be named as a member of staff's. */
export function decisionTalk(folded: string, staffNames: readonly string[] = []): DecisionTalk {
  const quoted = quotedRanges(folded);
  const out: DecisionTalk = {};
  // Every challenge, not only the first: "your decision is wrong … I'd like it looked at again" asks once for a review, and its
  // "again" is that request's, not the writer saying they repeat themselves.
  const challenges: Cue[] = [];
  for (const [kind, pattern] of Object.entries(PATTERNS) as Array<[keyof typeof PATTERNS, RegExp]>) {
    if (ASIDE.includes(kind as keyof AsideTalk)) continue;
    for (const m of matches(pattern, folded)) {
      if (within(quoted, m.index, m.index + 1)) continue;
      const cue = { start: m.index, end: m.index + m[0].length };
      if (kind === "challenge") {
        challenges.push(cue);
        out.challenge ??= cue;
        continue;
      }
      // "look at it again" is one challenge, not a challenge and a repetition.
      if (kind === "repetition" && challenges.some((c) => cue.start < c.end && cue.end > c.start)) continue;
      if (kind === "repetition") {
        out.repetition ??= cue;
        if (cue.end - cue.start === BARE_AGAIN.length && folded.startsWith(BARE_AGAIN, cue.start)) continue;
        out.restated = cue;
        break;
      }
      out[kind as Spoken] = cue;
      break;
    }
  }
  // Going from one member of staff to the next is another person asked (persistence.ts reads `anotherPerson` beside a decision).
  if (out.otherAnswer && !out.anotherPerson) out.anotherPerson = out.otherAnswer;
  const named = staffNames.length ? staffDecisionPattern(staffNames) : undefined;
  if (named) {
    for (const m of matches(named, folded)) {
      if (within(quoted, m.index, m.index + 1)) continue;
      out.staffDecision = { start: m.index, end: m.index + m[0].length, name: m[1]! };
      break;
    }
  }
  let pressed: boolean | undefined;
  out.pressed = () => (pressed ??= pressesAWord(folded, quoted));
  let aside: AsideTalk | undefined;
  out.aside = () => {
    if (aside) return aside;
    aside = {};
    for (const kind of ASIDE) {
      const cue = firstCue(PATTERNS[kind], folded, quoted);
      if (cue) aside[kind] = cue;
    }
    return aside;
  };
  return out;
}
