import { RECENT } from "./fragments";
import { namedPattern } from "../text/staff-names";
import type { RuleHit } from "./rule";

/**
 * What the message's framing says about a sentence the sentence alone does not (issue 10 look-alikes): a paragraph
 * introduced as a news story, or as a story the writer is writing, governs the sentences that carry it on ("Did you see
 * the news last night? A man was stabbed outside the chip shop."), so a crime, a danger or a harm told there is the
 * story's, not one the writer suffered or saw (Warwickshire 7.2 reads the writer's own criminal matters and safeguarding
 * concerns). The framing stops where the writer's own life comes in: "I saw the story about the stabbing. The same lads
 * threatened my son last night." is a report, whatever came first.
 */

/** A news story, or a story being written, introduced: "did you see the news", "I read in the Courier", "in my novel". */
const STORY_INTRO = new RegExp(
  `\\b(?:${[
    "(?:on|in) the (?:local |national |evening |morning |regional )?(?:news|paper|papers|newspaper|press|radio)",
    "(?:news|newspaper|press|media) (?:story|stories|report|reports|article|articles|item|piece|coverage)",
    "(?:did|have|has) (?:you|anyone|anybody) (?:see|seen|read|hear|heard|watch|watched) (?:the|that|this|about)",
    "(?:a|the|this|that) (?:story|article|report|piece|item|headline|headlines|feature) (?:about|on|in)",
    "in the (?:courier|observer|herald|gazette|echo|telegraph|chronicle|advertiser|times|guardian|mail|mirror|sun|leamington spa courier|argus)",
    "(?:courier|observer|herald|gazette|echo|telegraph|chronicle|advertiser|argus|bbc|itv|sky news|midlands today|radio [a-z]+) (?:reports?|reported|says|said|story|covered|ran|article|piece)",
    "according to (?:the )?(?:paper|papers|news|press|reports|bbc|media)",
    "(?:was|were|been) (?:all )?(?:on|in) the (?:news|papers?)",
    "reported in the",
    "(?:i'?m|i am|we'?re|we are) writing (?:a|an|my|our) (?:crime |detective )?(?:novel|book|story|screenplay|script|play|thriller)",
    "(?:in|for) (?:my|our|the|this) (?:novel|book|short story|screenplay|script|plot|storyline)",
    "in (?:one|the|this|that) (?:scene|chapter|episode)",
  ].join("|")})\\b`,
);

/**
 * The writer's own words that stay inside the story: reading or watching it, an opinion, a feeling about it, a question
 * to the office. Not "I saw" or "I heard" alone ("I saw two men stabbing a lad" is a witness's).
 */
const COMMENTARY = new RegExp(
  `\\b(?:${[
    "(?:i|we)(?: have| had|'ve)? (?:read|saw|seen|heard|watched|noticed|came across)(?: (?:it|this|that))? (?:about|on|in|that)\\b",
    "(?:i|we)(?: have| had|'ve)? (?:read|saw|seen|heard|watched|noticed) (?:the|a|this|that|your) (?:news|story|article|report|piece|headline|item|paper|coverage|appeal)",
    "(?:i|we)(?:'d| would)? (?:think|thought|feel|felt|believe|understand|gather|wonder|wondered|hope|like to know|want to know|like to ask|want to ask)",
    "(?:i|we)(?:'m| am| was| were| are|'re)(?: so| very| really| deeply| just| absolutely| quite)? (?:shocked|horrified|appalled|saddened|upset|sickened|disgusted|worried|concerned|angry|furious|sad|sorry|writing|asking)",
    "(?:i'?m|i am|we'?re|we are) writing (?:a|an|my|our)",
    "(?:my|our) (?:heart|hearts|thoughts|sympathy|sympathies|condolences|question|questions|novel|book|story|plot|character|characters|readers?)",
    "(?:our|my) (?:town|city|county|area|community|region|high street|mp|councillor)",
    "(?:with|to|for) (?:me|us)(?= *[,.?!]|$)",
    // A question to the office: "Could someone tell me, for accuracy, how …", "please let me know".
    "(?:could|can|would|will) (?:someone|somebody|anyone|you)(?: please)? (?:tell|let|advise|help|show|explain to) (?:me|us)",
    "(?:please )?let (?:me|us) know",
  ].join("|")})`,
  "g",
);
/** The writer, or theirs: what ends a story's framing. */
const WRITERS_OWN = /\b(?:i|i'm|im|i've|ive|i'd|i'll|ill|me|my|mine|myself|we|we're|we've|we'd|us|our|ours|ourselves)\b/;
/** Happening still or now: a danger told as ongoing is news to act on, whatever framed it. */
const ONGOING = /\b(?:still|right now|at the moment|every (?:night|day|week)|keeps?|again|tonight)\b/;

/** Whether `text` brings the writer's own life in (after their commentary is set aside), or something ongoing. */
const ownLifeIn = (text: string) => {
  COMMENTARY.lastIndex = 0;
  const rest = text.replace(COMMENTARY, " ");
  return WRITERS_OWN.test(rest) || ONGOING.test(rest);
};

/**
 * The hit's sentence ([from, to) in `hit.text`) opens with a news story or a story being written, or carries on a paragraph
 * that an earlier sentence introduced as one, and nothing after the introduction is the writer's own.
 */
export function storyFramed(hit: RuleHit, from: number, to: number): boolean {
  // The sentence itself opens with the story ("Did you see the story in the Telegraph about the man who threatened…?").
  STORY_INTRO_G.lastIndex = 0;
  const own = STORY_INTRO_G.exec(hit.text.slice(from, to));
  if (own && !ownLifeIn(hit.text.slice(from + own.index + own[0].length, to))) return true;
  // The last introduction before the sentence in its paragraph, and the end of the sentence that holds it.
  const intro = lastIntroBefore(hit.text, from);
  if (!intro) return false;
  const between = hit.text.slice(intro.end, from);
  if (between.includes("\n")) return false;
  const stop = between.search(/[.!?]/);
  if (stop < 0) return false;
  return !ownLifeIn(hit.text.slice(intro.end + stop + 1, to));
}
const STORY_INTRO_G = new RegExp(STORY_INTRO.source, "g");
/**
 * How far (characters) a story's introduction frames the sentences after it in its paragraph: some 800 words. A story
 * carries a paragraph on for a few sentences, not pages; past this a sentence is read as the writer's own.
 */
const FRAMING_REACH = 5_000;

/**
 * Where each story introduction in `text` starts and ends, in order, found once per text: every rule hit of a message
 * asks for the last one before its sentence, and scanning the paragraph again for each hit made a megabyte without line
 * breaks cost seconds (bench "mixed": one scan per hit over everything before it). Introductions are phrases of words
 * and single spaces, so none spans a line break and one scan of the whole text finds what a scan of each paragraph would.
 */
let introsOf: { text: string; starts: number[]; ends: number[] } | undefined;
/** The last introduction ending at or before `from` and within FRAMING_REACH of it, if any. */
function lastIntroBefore(text: string, from: number): { start: number; end: number } | undefined {
  if (introsOf?.text !== text) {
    introsOf = { text, starts: [], ends: [] };
    STORY_INTRO_G.lastIndex = 0;
    for (let m = STORY_INTRO_G.exec(text); m; m = STORY_INTRO_G.exec(text)) {
      introsOf.starts.push(m.index);
      introsOf.ends.push(m.index + m[0].length);
    }
  }
  const { starts, ends } = introsOf;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  const i = lo - 1;
  return i >= 0 && from - starts[i]! <= FRAMING_REACH ? { start: starts[i]!, end: ends[i]! } : undefined;
}

/**
 * A news story or a topic named, then, after a dash or a semicolon, the writer's own report: "I saw the story about the
 * stabbing on the news — the same lads threatened my son last night". Returns where the report starts (an offset into
 * `sentence`), or -1: a guard that read the story's words as a topic is then read again on the report alone.
 */
export function reportAfterMention(sentence: string, mention: RegExp): number {
  const m = mention.exec(sentence);
  if (!m) return -1;
  const rest = sentence.slice(m.index + m[0].length);
  const cut = rest.search(/\s[-–—]{1,2}\s|[–—]|;|:\s/);
  if (cut < 0) return -1;
  const report = rest.slice(cut);
  return ownLifeIn(report) ? m.index + m[0].length + cut : -1;
}

/** Staff by role, as a writer names a third person the office employs: "your boss", "the caseworker", "Mr Okafor". */
const STAFF_ROLE =
  /\b(?:(?:your|ur|the|that|this) (?:boss|manager|line manager|supervisor|colleague|caseworker|case worker|chief executive|commissioner|deputy commissioner|complaints officer|head of [a-z]+|director|staff member|member of staff|receptionist)|(?:mr|mrs|ms|miss|mx|dr) [a-z]+)\b/g;
/** The office's staff by name, every mention (text/staff-names.ts forms), built once per list. */
const staffNamedEvery = namedPattern((names) => new RegExp(names.forms.length ? `(?<![\\p{L}\\p{N}])(?:${names.forms.join("|")})(?![\\p{L}\\p{N}])` : "(?!)", "giu"));
/** Between the person named and the farewell: only "he", "she", "that", a comma or an adverb, never the writer. */
const ONLY_THEIR_SUBJECT = /^[\s,]*(?:(?:he|she|they|who|that|tell (?:him|her|them))\b[\s,]*)?(?:(?:is|'s|really|just|probably|definitely|certainly|surely|honestly)\b\s*)*$/;

/**
 * Farewell words ("won't be around much longer", "won't see Christmas") whose subject is a third person the office
 * employs ("Your boss won't be around much longer", "Tell Casey she won't be here much longer"): a veiled threat to them
 * (the threat-to-staff rules read it), not the writer's own farewell (Gwent 4.0 "threats (implicit or explicit) against
 * another person").
 */
export function farewellOfStaff(hit: RuleHit, from: number): boolean {
  const said = hit.text.slice(hit.start, hit.end);
  if (WRITERS_OWN.test(said)) return false;
  const before = hit.text.slice(from, hit.start);
  let end = -1;
  STAFF_ROLE.lastIndex = 0;
  for (let m = STAFF_ROLE.exec(before); m; m = STAFF_ROLE.exec(before)) end = m.index + m[0].length;
  const named = staffNamedEvery(hit.staff);
  named.lastIndex = 0;
  for (let m = named.exec(before); m; m = named.exec(before)) end = Math.max(end, m.index + m[0].length);
  if (end < 0) return false;
  const gap = before.slice(end);
  if (ONLY_THEIR_SUBJECT.test(gap)) return true;
  // "Your boss is retiring, I hear he won't be around much longer": "he" is still them, when no one else came between.
  return PRONOUN_LAST.test(gap) && !WRITERS_OWN.test(gap.replace(HEARSAY, " ")) && !SOMEONE_ELSE.test(gap);
}
/** Ends on "he", "she" or "they" as the farewell's subject. */
const PRONOUN_LAST = /\b(?:he|she|they)(?:'s| is)?(?: (?:really|just|probably|definitely|certainly|surely|honestly))*\s*$/;
/** Hearsay the writer passes on: "I hear", "I'm told", "I gather". */
const HEARSAY = /\b(?:i|we) (?:hear|heard|gather|understand|think|reckon|believe|'m told|am told|was told|were told)(?: that)?\b/g;
/** Another person named in between, whom the pronoun may be: "my dad", "a friend", "the neighbour". */
const SOMEONE_ELSE = /\b(?:my|our|his|her|their|a|an|the) (?:[a-z]+ )?(?:husband|wife|partner|son|daughter|dad|father|mum|mother|brother|sister|friend|neighbour|boyfriend|girlfriend|uncle|aunt|nan|gran|grandad|grandma|cousin|man|woman|lad|bloke|guy|doctor|client)\b/;

/**
 * A hypothetical asked as a question ("If someone broke into my shed, would that count as burglary or theft?", "Suppose a
 * child told a teacher…, what would happen?"): nothing has happened yet. Not when the sentence says when it happened
 * ("If someone broke into my car last night, who do I call?" is a report put politely).
 */
const HYPOTHETICAL = /^\s*(?:if|suppose|supposing|imagine|hypothetically|what if|say)\b(?![^]*\b(?:yesterday|last night|today|this morning|tonight|just now|right now)\b)[^]*\?\s*$/;
export const hypotheticalQuestion = (sentence: string) => HYPOTHETICAL.test(sentence);

/**
 * A crisis the writer tells as over (issue 10 look-alikes: "a past crisis with recovery stated"): their own earlier words
 * or state recalled ("I said things in that first email — that I'd be better off dead", "Wrote to you in October saying
 * I wanted to end it all", "I wrote it when I was in a very dark place") in a message that says they are safe since (help
 * got, still here and better, with family now, back at work, "please ignore it"); or a collapse told with its end in the
 * same sentence ("she collapsed but she's home now and doing fine"). Not when the sentence says it is back or goes on
 * ("again", "tonight", "I still feel"), nor when the message denies the safety ("I'm not doing any better").
 */
const RECALLED =
  /\b(?:(?:i|we) (?:said|wrote|told (?:you|them|him|her|the [a-z]+)|had said|was saying|felt|was feeling|was in (?:a|such a) (?:very |really )?(?:bad|dark|low|terrible|awful) (?:place|way|state))|(?:wrote|written|emailed) to you (?:in|on|last|back|before|earlier)|saying (?:that )?i|(?:my|that|the) (?:first|last|previous|earlier|angry) (?:email|message|letter)|at (?:the|that) time|in the heat of the moment|at my lowest)\b/;
const SAFE_SINCE =
  /\b(?:(?:i|we) (?:got|have got|'ve got|had|have had|'ve had|am getting|'m getting) (?:some |the |professional |real )?(?:help|support|counselling|treatment)|(?:had|having|getting) (?:[a-z]+ ){0,4}?(?:counselling|therapy|treatment)|still here|(?:doing|feeling|much|a lot|so much) better|back at work|(?:i'?m|i am) (?:now )?(?:safe|fine|ok|okay|well|better)|(?:i'?m|i am) with my [a-z]+ now|(?:please )?(?:ignore|disregard) (?:it|that|my (?:last|previous|earlier) [a-z]+)|(?:was|am) never at risk|not a danger to (?:anybody|anyone|myself)|doing (?:fine|well|ok|okay|great))\b/;
/** The safety denied: "not doing any better", "no longer safe". */
const NOT_SAFE = /\b(?:not|no longer|isn'?t|aren'?t|n'?t|never) (?:[a-z]+ ){0,2}?(?:safe|fine|ok|okay|better|well|here|help)\b/;
/** Back or going on: the crisis is now. */
const CRISIS_NOW = /\b(?:again|tonight|right now|this time|still (?:feel|want|think|have|mean)|(?:i'?m|i am) going to|not for long|for now)\b/;
/** A collapse or crisis told with its end in the same sentence: "… but she's home now and doing fine". */
const ENDED_IN_SENTENCE = /\bbut (?:s?he|they|i|mum|dad|mam)(?:'?s| is| am|'m| are|'re) (?:now )?(?:home|fine|safe|ok|okay|well|better|doing (?:fine|well|ok|okay|better))\b/;

export function crisisOver(hit: RuleHit, from: number, to: number): boolean {
  const sentence = hit.text.slice(from, to);
  if (CRISIS_NOW.test(sentence)) return false;
  if (ENDED_IN_SENTENCE.test(sentence)) return true;
  return (RECALLED.test(sentence) || RECALLED.test(hit.previous)) && SAFE_SINCE.test(hit.text) && !NOT_SAFE.test(hit.text.replace(/\b(?:was|am) never at risk\b/g, " "));
}

/**
 * A group's letter about a subject — a charity's funding bid, a residents' forum's points, a campaign's response to a
 * strategy, a community group asking for figures (issue 10 look-alikes: "topics discussed carry none") — whose sentence
 * names harm done to people in general ("women followed to work", "Our members report a lot of abuse", "Second,
 * stalking."), not to a person: no one the writer knows is named (not "I", "me" or "my", not "a girl", "one of our
 * members", "he" or "she"), and nothing is told as happening lately or now. A group reporting one person's harm is a
 * report ("One of our volunteers was assaulted last night").
 */
const GROUP_VOICE = new RegExp(
  `\\b(?:${[
    "on behalf of (?:the|our|a)",
    "as (?:the )?(?:chair|chairman|chairwoman|chairperson|secretary|treasurer|co-?ordinator|trustee|director|founder|organiser|organizer) of",
    "(?:i'?m|i am|we'?re|we are) (?:with|from|part of|members of) (?:a|the|our) (?:[a-z+'-]+ ){0,3}?(?:group|charity|association|forum|project|network|organisation|organization|society|club|campaign)",
    "(?:we are|we'?re) a (?:[a-z+'-]+ ){0,3}?(?:group|charity|association|forum|project|network|organisation|organization|society|club|campaign)",
    "(?:our|the) (?:[a-z+'-]+ )?(?:group|charity|association|forum|project|network|organisation|organization|society|campaign)(?:'s)? (?:members|volunteers|trustees|committee|workers|members'?)",
    "our (?:members|volunteers|trustees|committee|service users|clients|caseload|outreach workers|residents)",
    "(?:our|this|the) (?:funding )?(?:bid|application) (?:for|to)",
  ].join("|")})\\b`,
);
/** One person: he or she, someone close named by their relation, "a girl", "one of our members", a person named by title. */
const ONE_PERSON =
  /\b(?:he|she|him|her|his|hers|himself|herself|(?:my|our|your|their|a|an|one|this|that|the|another) (?:[a-z]+ )?(?:son|daughter|husband|wife|partner|mum|mam|mother|dad|father|brother|sister|friend|neighbour|child|boy|girl|lad|lass|man|woman|kid|baby|young person|teenager|member|client|service user|resident|pupil|volunteer|customer|lady|gentleman|patient|tenant|colleague|nephew|niece|uncle|aunt|cousin|grandson|granddaughter)|one of (?:our|the|them|us)|(?:mr|mrs|ms|miss|mx|dr) [a-z]+)\b/;
/** The writer. */
const WRITER_IN_IT = /\b(?:i|i'm|im|i've|ive|i'd|i'll|me|my|myself)\b/;
/** Someone the writer knows: the writer, or one person. */
const SOMEONE_KNOWN = { test: (text: string) => WRITER_IN_IT.test(text) || ONE_PERSON.test(text) };
const LATELY = new RegExp(`\\b(?:${RECENT}|right now|at the moment|still|again|currently|ongoing|this month)\\b`);

export function groupOnATopic(hit: RuleHit, from: number, to: number): boolean {
  const sentence = hit.text.slice(from, to);
  return !SOMEONE_KNOWN.test(sentence) && !LATELY.test(sentence) && GROUP_VOICE.test(hit.text);
}

/**
 * Death words said of people in general, not of a person (issue 10 look-alikes; dev.md "idioms … carry none"): "Several
 * of the carers said they feel like they're drowning", "calls about people who have said they are going to kill
 * themselves". "Nobody's going to die of a parcel theft" is not read: "nobody" and "no one" are as often the writer's
 * despair ("No one cares, so I'll end it").
 * The sentence names a group, and no one person: not "he" or "she", not "my son", not "a girl"; nothing lately or now
 * ("The house is on fire and there are people still inside" is an emergency); and the words and the few before them are
 * not the writer's own ("I", "me", "myself").
 */
const PEOPLE_IN_GENERAL =
  /\b(?:people|victims|carers|residents|members|women|men|families|parents|drivers|users|customers|patients|clients|pensioners|veterans|teenagers|students|(?:half|most|many|several|some|all|lots|a lot|plenty|a few|a number) of (?:the|them|those|these|our|us))\b/;
/** People in danger where they are now ("there are people still inside", "trapped"): an emergency, whoever they are. */
const IN_DANGER_NOW = /\b(?:now|inside|trapped|on fire|in the water|stuck)\b/;

export function peopleInGeneral(hit: RuleHit, from: number, to: number): boolean {
  const sentence = hit.text.slice(from, to);
  // The writer's own words are theirs whatever group the sentence names ("Our members are fed up and I'm going to end it").
  return PEOPLE_IN_GENERAL.test(sentence) && !ONE_PERSON.test(sentence) && !LATELY.test(sentence) && !IN_DANGER_NOW.test(sentence) && !WRITER_IN_IT.test(hit.text.slice(Math.max(from, hit.start - 25), hit.end));
}
