import { RECENT } from "./fragments";
import type { RuleHit } from "./rule";

/**
 * A crime already with the police or the courts, or long past and put right, told for something else — grief, a trial, a
 * thank-you, survey feedback, a request to speak at a conference (issue 10 look-alikes; dev.md "unless it is long resolved
 * or only the background of a decided matter"): the criminal matter is known and dealt with, so no crime alert, and a
 * concern long over (a son found safe in 2019) no safeguarding alert. What the crime's own sentence says is new ("he came
 * back last night", "again", "while on bail") still alerts, and so does a crime in a sentence that does not say it is past.
 */

/**
 * The justice process under way or done for a crime, as victims and families name it: a trial, a charge, a family liaison
 * officer. Not a crime number, a report online or "no further action" alone: a crime reported last night and closed the
 * same day is still the writer's report to act on.
 */
const JUSTICE_PROCESS = new RegExp(
  `\\b(?:${[
    "(?:the|his|her|their|a) trial", "awaiting trial", "(?:crown|magistrates'?|youth) court", "magistrates", "go(?:es|ing)? to court", "went to court", "court case", "court date",
    "charging decision", "(?:was|were|been|has been|have been|got|is being) (?:charged|convicted|sentenced|jailed|remanded|cautioned|prosecuted)", "pleaded (?:guilty|not guilty)",
    // The police or the CPS charged the one who did it ("which the police already charged her for in April").
    "(?:police|cps|they|officers) (?:have |had |has )?(?:already )?charged (?:him|her|them)",
    "family liaison", "witness care", "officer in (?:the|charge of the|my) case", "victim support", "special measures", "victim personal statement",
    // The outcome a court gave: a term served or set, the sentencing, an order the court made, the courts been through.
    "(?:got|given|gets|serving|served|did) (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|life|a life) (?:years?|months?|yrs?)(?! ago)", "sentencing(?: remarks| hearing)?", "(?:through|by) the courts?", "(?:was|were|been|got) sent to (?:prison|jail)", "local resolution",
    "(?:stalking protection|restraining|non-molestation|protection) order (?:has been|was|is|were) (?:made|granted|given|extended|issued|renewed)", "(?:been|was|were) given (?:a|an) (?:stalking protection|restraining|non-molestation|protection) order",
    "with the courts",
    // A verdict or a sentence given: the court has decided it ("he was acquitted", "found not guilty", "only got a community order").
    "acquitted", "found (?:not )?guilty", "(?:the|a|his|her|their) verdict", "(?:community|suspended|hospital) (?:order|sentence)",
  ].join("|")})\\b`,
);
/**
 * "New" as news: a new thing of the kind a crime is made of ("new threats", "a new incident"), or something new. Not "new"
 * in a name or describing a thing ("on New Street", "moved to New Zealand", "my new car", "her new school"): the text is
 * folded, so a place's capital letter is gone, and the word alone said "something new is told" of every crime in New Mills.
 */
const NEW_THING =
  "new (?:(?:[a-z]+ )?(?:incidents?|crimes?|offences?|threats?|attacks?|assaults?|break-ins?|burglar(?:y|ies)|thefts?|damage|messages?|texts?|calls?|letters?|posts?|emails?|reports?|complaints?|evidence|information|allegations?|developments?|problems?|trouble|abuse|harassment|victims?|injur(?:y|ies))|one|ones|lot)|(?:something|anything) new";
/**
 * "Still" said of the writer's own feelings about a crime long over ("I still think about it", "I still have nightmares"):
 * its mark on them, not the crime going on.
 */
const STILL_FELT =
  /\bstill (?:think(?:s|ing)? (?:about|of)|remember(?:s|ing)?|have nightmares|get nightmares|miss(?:es)?|grieve|grieving|feel(?:s|ing)? (?:it|the|sad|upset|angry|nervous|anxious)|upset|angry|nervous|anxious|affected|traumati[sz]ed|shaken|haunt(?:s|ed)|can'?t believe|can'?t forget|struggle|struggling)\b/g;
/** Something new in the crime's own sentence: a recent day, a repeat, a crime happening now. */
const NEWS_TOLD = new RegExp(`\\b(?:${RECENT}|${NEW_THING}|another|again|still|right now|at the moment|since then|while (?:on bail|awaiting)|breach\\w*|ignor\\w+|defie[sd]|defying|despite|(?:has|have) been [a-z]+ing|keeps?)\\b`);
/**
 * The writer's own wait on the process ("has been waiting for a charging decision for 22 months", "I am still waiting",
 * "still no update"): the wait is the complaint, not the crime going on.
 */
const WAITING_ON =
  /\b(?:(?:has|have|had|i've|we've|she's|he's) been (?:waiting|chasing|asking|pushing)|(?:am|are|is|i'm|we're|she's|he's) (?:still )?(?:waiting|chasing)|still (?:waiting|chasing|no (?:update|news|reply|answer|decision|word|contact|date)|not heard|(?:haven'?t|hasn'?t|have not|has not) (?:heard|had)))\b/g;
const NEWS = { test: (sentence: string) => NEWS_TOLD.test(sentence.replace(STILL_FELT, " ").replace(WAITING_ON, " ")) };
/** Happening still or again: news even when the crime's own day was recent and the offender is since caught. */
const STILL_TOLD = /\b(?:another|again|still|right now|at the moment|since then|while (?:on bail|awaiting)|breach\w*|ignor\w+|despite|(?:has|have) been [a-z]+ing|keeps?|every (?:night|day|week))\b/;
const STILL = { test: (sentence: string) => STILL_TOLD.test(sentence.replace(STILL_FELT, " ")) };
/**
 * What the police or the courts did about it, told next ("They did catch the lads and she got her mower back", "he was
 * arrested and has been charged", "He got two years", "the boys who broke into my car were caught and the officer
 * brought my handbag back"): the offender caught and dealt with, or what was taken returned. Not "was caught up in it".
 */
const OUTCOME =
  /\b(?:caught (?:him|her|them|the (?:lad|lads|man|men|woman|boy|boys|girl|person|people|thief|thieves|gang|culprits?|offenders?))|(?:was|were|been|has been|have been|got) (?:charged|convicted|sentenced|jailed|remanded)|pleaded guilty|got (?:it|them|everything|most of it|(?:my|her|his|their|our) [a-z]+(?: [a-z]+)?) back|(?:was|were) returned|(?:were|have been|has been) caught(?! (?:up|in|on|out|short|speeding|with|by))|brought (?:my|her|his|their|our) [a-z]+(?: [a-z]+)? back)\b/;
/**
 * A date the process set or a step it took ("listed for 3 February", "pleaded guilty last week"): the court's diary, not
 * news of a crime.
 */
const PROCESS_DATE =
  /\b(?:(?:listed|set|adjourned|fixed|scheduled|booked|due|moved|put back) (?:for|until|to|on) [^,.;!?]*|(?:pleaded guilty|pleaded not guilty|(?:was|were|got|been) (?:convicted|sentenced|jailed|charged|remanded|acquitted)|found (?:not )?guilty|(?:was|were) given)(?: [a-z0-9]+){0,4})/g;

/** A killing told as past ("killed by a drink driver in February", "stabbed to death in 2017"): grief for a crime the police have. */
const KILLING = /\b(?:killed|murdered|stabbed to death|beaten to death|shot dead|died|lost (?:his|her|their) li(?:fe|ves)|manslaughter)\b/;
/**
 * Told as past: years ago, a season or a year gone. Not "when I was a child" ("when I was a child my uncle abused me" is a
 * disclosure of a crime that may never have been reported).
 */
const PAST = /\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|\d+|many|several|few) (?:years?|decades?) (?:ago|back)|years ago|decades ago|(?:back )?in (?:19|20)\d\d|in (?:january|february|march|april|may|june|july|august|september|october|november|december)(?! \d)|last (?:year|summer|winter|spring|autumn)|a few years back|in the (?:19|20)\d0s|in the (?:sixties|seventies|eighties|nineties))\b/;
/** Put right since: caught, convicted, sentence served, property back, long over, the offender gone. */
const PUT_RIGHT =
  /\b(?:caught (?:him|her|them|the (?:lad|man|woman|men|lads|boy|girl|person|people|thief|thieves|gang))|(?:was|were|been|got) (?:convicted|jailed|sentenced|dealt with)|convicted|served (?:his|her|their) (?:sentence|time)|did (?:his|her|their) time|went to (?:prison|jail)|recovered (?:it|them|everything|my|the)|got (?:it|them|everything|most of it|most|my [a-z]+|the [a-z]+) back|all sorted|sorted now|(?:it'?s|it is|it was) (?:long )?over|long over|moved (?:abroad|away|out of (?:the )?(?:area|county|town|country))|restraining order|restorative justice|came to apologi[sz]e|apologi[sz]ed (?:to me )?in person|refunded|reimbursed|happy ending)\b/;
/** A person at risk then, safe now: for a safeguarding concern long over. */
const SAFE_NOW = /\b(?:found (?:him|her|them) (?:alive|safe|safe and well|well)|(?:is|are|'s|was) (?:now )?(?:safe|well|fine|doing (?:well|fine|nicely|great))(?: now)?|doing (?:well|fine|nicely|great)(?: now)?|well now|safe now)\b/;

/**
 * Whether a crime hit in the sentence [from, to) of `hit.text` tells a crime the justice process already has, or a killing
 * long past; `carried`: [from, to) is the sentences a sentence rule read before the cued one as well (detect.ts).
 */
export function crimeBeingDealtWith(hit: RuleHit, from: number, to: number, carried = false): boolean {
  const sentence = hit.text.slice(from, to).replace(PROCESS_DATE, " ");
  if (outcomeToldNext(hit.text, sentence, to)) return true;
  if (NEWS.test(sentence)) return false;
  // The writer closing it themselves ("please close my file on the bus shelter vandalism", "I accept that the review of my
  // 2023 burglary complaint found the response reasonable"): the office has the matter and the writer asks nothing new.
  if (CLOSED_BY_WRITER.test(sentence)) return true;
  // A death long past said in a sentence before the one that tells the crime ("my son died in September … his car has been
  // taken") is not the crime's own past.
  if (!carried && KILLING.test(sentence) && PAST.test(sentence)) return true;
  if (JUSTICE_PROCESS.test(hit.text.slice(from, to))) return true;
  // The process named elsewhere in the paragraph counts when the crime's own sentence says it is past.
  if (!PAST.test(sentence)) return false;
  const start = hit.text.lastIndexOf("\n", from - 1) + 1;
  let end = hit.text.indexOf("\n", to);
  if (end < 0) end = hit.text.length;
  return JUSTICE_PROCESS.test(hit.text.slice(start, end));
}

/**
 * A crime or a concern the sentence tells as past ("Ten years ago my ex came at me with a knife", "In 2019 my son was
 * missing for three days") in a message that says it was put right ("He served his sentence", "the search team found him
 * alive"): long resolved, not a matter to act on now.
 */
export function pastAndPutRight(hit: RuleHit, from: number, to: number, kind: "crime" | "safeguarding"): boolean {
  const sentence = hit.text.slice(from, to);
  if (!PAST.test(sentence) || NEWS.test(sentence.replace(PROCESS_DATE, " "))) return false;
  const told = hit.text.replace(NOT_PUT_RIGHT, " ");
  return PUT_RIGHT.test(told) || (kind === "safeguarding" && SAFE_NOW.test(told));
}

/** Put right denied ("he was never convicted", "no one was ever caught", "it's not over"): not put right at all. */
const NOT_PUT_RIGHT =
  /\b(?:never|not|wasn'?t|weren'?t|hasn'?t|haven'?t|hadn'?t|no one|nobody|no-one)(?: (?:been|was|were|ever|even|got|yet|have|has|had|be))* (?:caught|convicted|jailed|sentenced|charged|dealt with|recovered|returned|refunded|reimbursed|sorted|over|safe|well)\b/g;

/** The writer asking for the file to be closed, or accepting the outcome, in the crime's own sentence. */
const CLOSED_BY_WRITER =
  /\b(?:close (?:my|the|our|this|her|his|mum's|dad's) (?:file|case)|i (?:accept|have accepted|accepted|now accept) (?:that )?(?:the|your) (?:review|decision|outcome|findings)|(?:i have|i've|i've got) no new complaint)\b/;

/** The offender let go again ("arrested him but he was released the next morning"): not dealt with. */
const LET_GO = /\b(?:released|let (?:him|her|them) go|bail|no further action|not (?:be )?charged|no charges?|at large|got off)\b/;

/**
 * A crime told with, in the sentence or the one after it, what came of it: the offender caught, charged or sentenced, or
 * what was taken returned ("her shed was broken into last month. They did catch the lads and she got her mower back."):
 * dealt with, even when the crime itself was recent. Not when either sentence says it goes on ("he is still ringing me").
 */
function outcomeToldNext(text: string, sentence: string, to: number): boolean {
  if (STILL.test(sentence)) return false;
  if (OUTCOME.test(sentence) && !LET_GO.test(sentence)) return true;
  let end = to + 1;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end += 1;
  const next = text.slice(to + 1, end);
  return OUTCOME.test(next) && !NEWS.test(next.replace(PROCESS_DATE, " ")) && !LET_GO.test(next);
}
