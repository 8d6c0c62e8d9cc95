import { AMBIGUOUS_SLURS, MASKABLE_SLURS, SLURS } from "../classifier/lexicon";
import { KILL_ME_IDIOM, RECENT, RELATION, TOPIC } from "./fragments";
import { OUTSIDER, VIOLENCE as OUTSIDER_VIOLENCE } from "./outsider";
import { lastAnswer } from "./last-answer";
import { POLICE_COMPLAINTS, REVIEW_ALL_CONTACT } from "./refs";
import { phrases, together, type AlertRule, type RuleHit } from "./rule";

/** What can be done to a person. */
const DONE_TO_ME =
  "(?:assaulted|attacked|mugged|robbed|burgled|stabbed|punched|beaten up|beaten|raped|sexually assaulted|groped|spat at|racially abused|abused|threatened|stalked|harassed|defrauded|scammed|conned|blackmailed|followed|hit|kicked|headbutted|glassed|strangled|indecently exposed to)";
/** What can be done to property. */
const DONE_TO_PROPERTY =
  "(?:broken into|burgled|stolen|nicked|vandalised|vandalized|smashed|set on fire|set alight|torched|keyed|slashed|robbed|ransacked|egged|graffitied|spray[- ]painted|damaged on purpose|deliberately damaged)";
const PROPERTY =
  "(?:wall|walls|gate|door|tv|telly|things|stuff|belongings|jewellery|keys|money|cash|house|home|flat|car|van|bike|bicycle|shed|garage|shop|business|phone|wallet|purse|bag|handbag|property|garden|window|windows|tyres|caravan|motorbike|scooter|mobility scooter|front door|fence|cat|dog|laptop|parcel|parcels|post|identity|bank card|card)";
const SOMEONE =
  `(?:someone|somebody|a man|a woman|a lad|a boy|a girl|two men|three men|a group(?: of [a-z]+)?|a gang|youths|kids|he|she|they|my ${RELATION}|the ${RELATION}|our ${RELATION}|the man|the woman|a driver)`;
const DID =
  "(?:stole|has stolen|have stolen|broke into|has broken into|have broken into|smashed|set fire to|slashed|keyed|vandalised|damaged|assaulted|attacked|punched|hit|kicked|mugged|robbed|threatened|stabbed|spat at|racially abused|sexually assaulted|groped|hacked|scratched|headbutted|pushed|shoved|strangled|defrauded|scammed|burgled|exposed himself)";

/** A crime long past, or already dealt with: "back in 2019", "was convicted in March". */
const PAST_MARKER = /\b(?:years? ago|decades? ago|back in (?:19|20)\d\d|in (?:19|20)\d\d|when i was (?:a child|young|younger|at school|a kid)|last year)\b/;
const DEALT_WITH = /\b(?:convicted|sentenced|jailed|charged and|cautioned|was dealt with|has been dealt with|were dealt with|got it back|found it|returned it|recovered it|cps|crown prosecution|(?:decided )?not to charge|no further action|(?:insufficient|not enough) evidence|right to review|cover-up|cover up)\b/;
/** Put right since: "it was returned", "the bank refunded her", "all was well". */
const SETTLED = /\b(?:returned|refunded|reimbursed|got (?:it|them|everything|my money) back|all was well|all ended well|sorted out|resolved)\b/;
const THANKS = /\b(?:thank|thanks|grateful|brilliant|wonderful|pass on my|excellent|great|helpful|kind|volunteer|volunteering)\b/;

/** What the guards that read a hit's sentences and its text, and not where it is, are given. */
export type Told = Pick<RuleHit, "sentence" | "text">;

/** A crime told as a thank-you for how it was handled, or long resolved, is not a new criminal matter. */
export function resolvedOrPast(hit: Told): boolean {
  if (DEALT_WITH.test(hit.sentence)) return true;
  return PAST_MARKER.test(hit.sentence) && (THANKS.test(hit.text) || DEALT_WITH.test(hit.text) || SETTLED.test(hit.sentence));
}
/** Threatened with legal action, a fine or eviction is a process, not a crime; "robbed of justice" is a figure of speech. */
const LAWFUL_PROCESS = /\b(?:threatened with (?:legal action|court|eviction|a fine|prosecution|arrest|the bailiffs|bailiffs|a penalty)|robbed of|harassed by (?:your|the) (?:office|letters|emails)|with a feather|could have killed)\b/;

/**
 * A crime that is only the background of a complaint about how it was handled ("my complaint is about the closure of my
 * burglary investigation", "the police never attended my car being keyed"), with nothing said to be happening now: the
 * crime is known to the police already, and what the writer raises is the handling (dev.md "unless it is ... only the
 * background of a decided matter"; Warwickshire 1 complaints about the force are the Chief Constable's).
 */
const HANDLING =
  /\b(?:investigation (?:into|of)|(?:closed|closing|closure of|reopen|re-open|review of)(?: [a-z]+){0,3}? (?:case|investigation|complaint)|(?:case|investigation|complaint) (?:was|has been|were|had been) (?:closed|dropped|filed|rejected)|(?:not|never|didn'?t|did not|failed to|failure to|refused to|wouldn'?t|would not) (?:attend(?:ing)?|investigat(?:e|ing)|follow(?:ing)? (?:it )?up|take (?:fingerprints|a statement|my statement|the footage)|look at the (?:footage|cctv))|waited (?:[a-z0-9 ]{1,20} )?(?:for (?:someone|anyone|an officer|the police|officers) )?to (?:attend|come|respond)|handling of my|suspended sentence|was sentenced|got (?:a|an) (?:[a-z]+ )?sentence|you (?:closed|rejected|refused) my complaint|(?:already |have |had |i |we )?reported (?:[a-z]+ ){0,3}?to (?:action fraud|the police|police)|crime (?:reference|ref|number)|(?:been|was|were|had been|have been) investigated|(?:crown|magistrates'?) court|(?:the|his|her|their) trial|cold case|go(?:es)? to court|court case|(?:took|taken|take) (?:[a-z0-9]+ ){1,3}to (?:attend|respond|come out|turn up)|(?:nobody|no one|no-one|no officer) (?:has |had |have )?(?:even )?(?:rung|called|contacted|been in touch|came|come|attended|got back)|(?:there(?:'s| has| have) been |had |got |with )?no (?:update|updates|response|reply|contact|follow-up|follow up)|(?:was|were|been|it) (?:filed|closed)|(?:when|after) (?:she|he|i|we|they|my [a-z]+) reported|(?:treated|spoken to|dealt with) when|(?:waits?|waiting|waited) (?:[a-z0-9]+ ){0,3}for (?:her|his|my|the|their) (?:[a-z]+ ){0,2}case|(?:help|helping|helped) with (?:the|his|her|my|their) (?:[a-z]+ )?complaint|(?:my|the|a) report about|(?:my|our|the|this) complaint (?:involves|concerns|relates to))\b/;
/** Happening now, again or lately (a recent day or date, fragments.ts RECENT): the crime is news, whatever else the sentence complains of. */
const ONGOING = new RegExp(`\\b(?:${RECENT}|new|different|unrelated|right now|at the moment|still|again|every (?:night|day|week)|keeps?|kept|ongoing|since then)\\b`);
/**
 * Crime words as figures of speech ("stabbed in the back by the council", "I feel personally attacked", "killing us drivers
 * with fines", "they treat me like a criminal"), crime as a topic among the writer's community ("your talk about scams",
 * "burglaries in my village"): no crime reported to act on (issue 10 look-alikes). (The police taking someone's property is left
 * alone: it may be a seizure, or the misconduct a crime alert is for.)
 */
const NOT_A_CRIME_REPORTED =
  /\b(?:stabbed (?:me )?in the back|back-?stabb[a-z]*|(?:feel|felt|feeling|makes? me feel)(?: [a-z]+){0,2} (?:attacked|robbed|mugged|assaulted|violated|punched|kicked|stabbed|cheated|criminali[sz]ed)|like (?:being|getting) (?:punched|kicked|slapped|stabbed|mugged|robbed)|killing (?:us|me|them|the town|the high street|small businesses)|where it hurts|(?:treat|treated|treating|treats) (?:me|us|him|her|them) like (?:a |an )?criminals?|frightened the life|scared the life|daylight robbery|highway robbery|robbed blind|(?:your|the|a) talk (?:on|about|to)|(?:enjoyed|about) (?:your|the) talk|avoid(?:ing)? (?:[a-z]+ )?(?:scams?|fraud)|(?:burglaries|thefts|robberies|break-ins|crimes) (?:in|around|across) (?:my|our|the) (?:village|town|area|county|district)|on every (?:corner|street)|not a (?:copper|bobby|police officer|officer) in sight|unless (?:someone|somebody)(?:'s| has| is) (?:been|getting))\b/;
/** An anniversary of a crime ("three years today since my son was stabbed"): grief for a known crime, not a new one. */
const ANNIVERSARY = /\b(?:(?:a|one|two|three|four|five|six|ten|\d+) (?:years?|months?)|a year) (?:today |yesterday |ago |now )?since\b|\banniversary of\b/;

/**
 * A crime named only as what a service was about ("took three weeks to return my call about her stolen rings", "rude when
 * I reported my stolen bike", "the response to my stolen car was pathetic", "nobody has called me back about my van being
 * broken into"): the police have it already and the complaint is the service (dev.md "only the background of a decided
 * matter"; Warwickshire 1 complaints about the force), whatever day the call was made.
 */
const SERVICE_ABOUT =
  /\b(?:(?:call(?:ed)?|ring|rang|phoned?|get|got|come) (?:me |us |her |him )?back|return(?:ed|ing)? (?:my|our|her|his|the) (?:call|calls|email|emails)|(?:the |their |a )?(?:response|reply|callback|attitude) to|(?:typing|made|making|filed|filing|submitting|submitted) (?:my|a|the|our) report|(?:when|after) (?:i|we|she|he|they) (?:reported|was reporting|were reporting|rang (?:up )?about)|after reporting|refus(?:ed|ing) to (?:look at|investigate|attend)|(?:been )?in touch about)(?: [a-z]+){0,2}? (?:my|our|her|his|the|a) (?:[a-z]+ )?(?:stolen|burgl\w*|broken|keyed|vandalised|damaged|damage to|theft|burglary|break-in|robbery|assault|mugging|(?:car|van|bike|shed|house|flat|shop|door|phone|rings|handbag|bag|tools) (?:being|was|had been|getting) (?:stolen|broken|keyed|vandalised|damaged|taken|nicked|snatched))/;

/** What an officer said or did in the same sentence ("… the officer at the desk said 'bloody women'") is misconduct of its own. */
const serviceOnly = (sentence: string) => SERVICE_ABOUT.test(sentence) && !/\b(?:said|says|called|swore|shouted|laughed|sexist|racist|homophobic)\b/.test(sentence);

/** A crime told as background of its handling, a figure of speech, a community topic or an anniversary: no crime alert (issue 10). */
export function notACrimeReported(hit: Pick<RuleHit, "sentence">): boolean {
  return NOT_A_CRIME_REPORTED.test(hit.sentence) || ANNIVERSARY.test(hit.sentence) || serviceOnly(hit.sentence) || (HANDLING.test(hit.sentence) && !ONGOING.test(hit.sentence));
}

/**
 * A decided complaint or review, in the sentence that names the crime ("my complaint that the officer lied in his statement
 * was not upheld", "my complaint was about officers attending without a warrant; I accept your decision"): the background of
 * a decided matter (dev.md), unless something new is told in it.
 */
const DECIDED =
  /\b(?:(?:complaint|review|appeal)(?: [a-z]+){0,8}? (?:was|has been|were) (?:not upheld|upheld|closed|concluded|rejected|dismissed|finalised)|i (?:accept|accepted|have accepted) (?:your|the) (?:decision|outcome|findings)|outcome of (?:my|the) (?:complaint|review)|my complaint was about)\b/;
const decidedMatter = (hit: Pick<RuleHit, "sentence">) => DECIDED.test(hit.sentence) && !ONGOING.test(hit.sentence);
/** Long past, and nothing said to be happening now ("I have been tasered before, in 2010"). */
const longPast = (hit: RuleHit) => PAST_MARKER.test(hit.sentence) && !ONGOING.test(hit.sentence);
/** A question about what the police may do ("can the police search my car without a warrant?"), not a report that they did. */
const MAY_THEY = /^\s*(?:can|could|may|are|is|do|does|should|would|will)\b[^]*\?\s*$/;

/**
 * A closed complaint re-argued ("the officer lied in his statement and your review swallowed it; I want it looked at
 * again"): what it alleges is the decided matter's background, not a new report, unless the sentence tells of something
 * new or recent ("still" and "again" are the re-argument's own words here, not news).
 */
const REARGUED =
  /\b(?:your review|reopen(?:ed)?|re-open(?:ed)?|looked at again|look at (?:it|this) again|whitewash|(?:don'?t|do not|never|won'?t|will not) accept (?:your|the|that|it)|(?:complaint|case) (?:is|was|has been) closed|closed my (?:complaint|case)|no case to answer|not upheld)\b/;
const NEWS = new RegExp(`\\b(?:${RECENT}|new|different|unrelated|right now|at the moment|this is something else)\\b`);
const reargued = (hit: RuleHit) => REARGUED.test(hit.text) && !NEWS.test(hit.sentence);
/** Thanks in the very sentence that tells of it ("thank you to the officers who caught the man who shouted at my son"): handled, not news. */
const thankedFor = (hit: RuleHit) => /\b(?:thank|thanks|grateful|brilliant|wonderful|excellent|fantastic)\b/.test(hit.sentence) && !NEWS.test(hit.sentence);

/**
 * Told as years past ("twenty years ago I was burgled", "my shed was broken into in 2021"), with nothing new, now, again or still:
 * read as crime/crime-reported reads it (concepts.ts), a crime long past is no criminal matter to act on now.
 */
const yearsPast = (sentence: string) =>
  /\b(?:years ago|decades ago|(?:back )?in (?:19|20)\d\d)\b/.test(sentence) && !ONGOING.test(sentence) && !/\b(?:now|this (?:month|year))\b/.test(sentence);

/** Reads the sentences the rule read and the text, nothing else: the same words judged again are answered from memory (last-answer.ts). */
const crimeGuardOn = lastAnswer((sentence, text) => {
  const hit: Told = { sentence, text };
  return resolvedOrPast(hit) || LAWFUL_PROCESS.test(hit.sentence) || notACrimeReported(hit) || decidedMatter(hit) || yearsPast(hit.sentence);
});
const crimeGuard = (hit: RuleHit) => crimeGuardOn(hit.sentence, hit.text, "");

/**
 * A sentence rule reads the cued sentence with the two before it, so that a victim named in one sentence and what was
 * done in the next are read together ("My shed is at the allotments. Someone broke in last night."). A crime carried only
 * from a sentence before into one that tells no crime of its own ("I had counselling after the burglary last year. I'm
 * doing much better now, sleeping again."; "The 2023 burglary investigation failed. I still do not accept it.") is not
 * news: that sentence's "now", "again" or "still" are the writer's, not the crime's, and the crime's own sentence is
 * judged on its own (issue 10 look-alikes: a crime long resolved, reported and closed, or re-argued). `crime` is the
 * rule's crime words alone (not global); the hit is kept when the cued sentence names one, or when the sentences it was
 * carried from say the crime is recent or goes on.
 */
export const crimeOnlyCarried = (crime: RegExp, hit: RuleHit) => {
  const cued = hit.text.slice(hit.start, hit.end);
  if (crime.test(cued)) return false;
  // Dropped only when the sentences it was carried from tell it as past or as a matter already handled, and not as
  // recent or going on ("The van was broken into last night. I need a crime number." is news, and kept).
  const at = hit.sentence.lastIndexOf(cued);
  const before = at > 0 ? hit.sentence.slice(0, at) : "";
  return TOLD_AS_PAST_OR_HANDLED.test(before) && !ONGOING.test(before);
};
/** A crime told as past (a year, "last year", "years ago") or as a matter the police or the office have had: closed, investigated, decided, in court. */
const TOLD_AS_PAST_OR_HANDLED =
  /\b(?:(?:19|20)\d\d|last year|years? ago|decades? ago|(?:is|was|been|were) (?:closed|dealt with|reviewed|decided)|investigat\w*|complaint|reported|decided|decision|court|convicted|sentenced|charged|restraining order|counselling|victim support)\b/;
/** Asking how things work ("how do I report fraud?", "what happens if my car is stolen?") is not reporting a crime. */
export const QUESTION_ABOUT = /^\s*(?:how|what|who|where|can you|could you|is it|are|do|does|would|should|will)\b[^]*\?\s*$|\b(?:how (?:do|can|should) i|how to|what (?:happens|should i do) if|in case)\b/;

/** Violence that can be done, as a threat names it. */
const VIOLENCE = "(?:kill|stab|hurt|burn|shoot|beat|batter|attack|glass|petrol bomb|torch|smash (?:my|our) (?:face|head|windows|house))";
const WEAPON = "(?:knife|gun|machete|axe|weapon|blade|bat|baseball bat|hammer|crowbar|screwdriver|crossbow)";

/** Things that are stolen, as a victim lists them. */
const GOODS =
  "(?:bikes?|bicycles?|tools|power tools|tool ?box|tv|telly|jewellery|rings?|watch|laptop|ipad|tablet|phones?|mobile|wallet|purse|handbag|bag|car|van|money|cash|catalytic converters?|parcels?|trainers|keys|cards?|bank card|medication|scooter|motorbike|quad|tractor|trailer|sheep|lambs|livestock|diesel|fuel|lead|copper|cable|plants|number plates?|bins?|post|shopping|coat|equipment|generator|mower|strimmer|chainsaw)";
/** Slurs against a protected group (the classifier's lexicon, masked forms too): said to the writer, a hate crime. */
const SLUR = `(?:${[...SLURS].filter((w) => !/^(?:bitch|slut|whore)$/.test(w)).join("|")}|${MASKABLE_SLURS.map((w) => w.replace(/[aeiou]/g, "[aeiou*@]")).join("|")}|${MASKABLE_SLURS.map((w) => `${w[0]}\\*{2,${Math.max(2, w.length - 2)}}${w.at(-1)}`).join("|")})`;

/** A people, as a hate crime names them ("Polish scum", "dirty foreigners"). */
const PEOPLE =
  "(?:polish|poles|romanian|romanians|pakistani|pakistanis|muslim|muslims|jewish|jews|irish|foreign|foreigners?|immigrants?|migrants?|asian|asians|indian|indians|african|africans|chinese|eastern european|gypsy|gypsies|somali|syrian|afghan|kurdish|lithuanian|ukrainian|bulgarian|albanian|arab|arabs|nigerian|gays|lesbians)";
/**
 * Slurs that are only slurs, and masked ones: not those with an everyday sense ("popped out for a fag", "the charges would
 * cripple us", "a bender", "the system is retarded"), which count only when called at someone (crime/hate-words-reported).
 */
const EVERYDAY_SENSE = new Set([...AMBIGUOUS_SLURS, "cripple", "retarded", "bitch", "slut", "whore", "moslem", "jihadi"]);
const CLEAR_SLUR = `(?:${[...SLURS].filter((w) => !EVERYDAY_SENSE.has(w)).join("|")}|(?=[a-z*@]*[*@])(?:${MASKABLE_SLURS.map((w) => w.replace(/[aeiou]/g, "[aeiou*@]")).join("|")})|${MASKABLE_SLURS.map((w) => `${w[0]}\\*{2,${Math.max(2, w.length - 2)}}${w.at(-1)}`).join("|")})`;
/**
 * Words of hate as a victim or witness reports them said or written to them (issue 13: quoting the slur is evidence, not
 * abuse): a slur, telling a person to go back where they came from, a people called scum.
 */
const HATE_WORDS = [
  CLEAR_SLUR,
  // Not "go back home" alone: an officer telling someone to go home is not hate.
  "go back (?:to (?:your|their|his|her|our|my) (?:own )?country|where (?:you|they|we|he|she|i) (?:came|come) from|to poland|to pakistan|to romania|to africa|to india)",
  "back (?:to )?where (?:you|they|we|he|she|i) (?:came|come) from",
  `${PEOPLE} (?:scum|scroungers?|vermin|parasites?|filth|rats?|bastards?|dogs?|pigs?|cow|bitch|tinkers?|c\\*+t|go home|out(?= *["'”’!.,]|$))`,
  `(?:dirty|filthy|thieving|bloody|fucking|f\\*+ing) ${PEOPLE}`, "hitler (?:should|was right|had the right)",
];
/** Saying or writing it, in plain or second-language English ("a man say me", "woman tell her"). */
const SAID = [
  "shout(?:s|ed|ing)?", "say", "says", "said", "saying", "tell", "tells", "told", "telling", "call(?:s|ed|ing)?", "chant(?:s|ed|ing)?", "yell(?:s|ed|ing)?", "scream(?:s|ed|ing)?",
  "wr(?:ote|ite|ites|itten|iting)", "spray(?:s|ed|ing)?", "spray-painted", "painted", "scrawled", "post(?:s|ed|ing)?", "notes?", "letters?", "messages?", "graffiti",
];
/** The writer, theirs, or someone they speak for as the one it was aimed at. */
const AIMED_AT = ["me", "us", "my", "our", "him", "her", "them", "his", "their"];
/** The writer's own slur for a person ("tell that p*ki in your office", "some p*ki telling me"): abuse, not a crime reported. */
const SLUR_FOR_SOMEONE = new RegExp(`\\b(?:that|this|your|some|the) ${SLUR} (?:in|from|at|telling|tells|who|working|works|is|to|you)\\b`);
/** The writer saying or offering to say it ("I'd tell you to go back where you came from"): not a crime reported. */
const WRITER_SAYS = /\b(?:i|we)(?:'d|’d| would| will|'ll|’ll)? (?:say|said|tell|told|call|called|shout|shouted|write|wrote)\b|\bnot (?:saying|suggesting)\b/;

/** Crimes as victims and witnesses name them, in a word or two. */
const CRIME_ACT = [
  "burgled", "burglary", "broken into", "broke into", "break[- ]in", "stole", "stolen", "nicked", "robbed", "robbery", "mugged", "mugging", "assaulted", "assault", "attacked", "punched", "kicked (?:in|down|me|my|him|her)",
  "set fire to", "set alight", "arson", "vandalised", "vandalized", "vandalism", "graffiti", "racist abuse", "racially abused", "racial abuse", "homophobic abuse", "transphobic abuse", "hate crime",
  "threatening (?:messages|texts|calls|letters|emails|notes)", "death threats?", "threatened to (?:kill|stab|hurt|burn|shoot)", "(?:they|he|she)(?:'ll| will| are going to| is going to) (?:kill|stab|hurt|burn|shoot) (?:me|us|my)",
  "fraud", "defrauded", "scammed", "using my (?:bank|card|credit card|debit card) details", "(?:bank|card) details (?:were|have been) (?:stolen|used)", "identity (?:theft|was stolen|has been stolen|fraud)",
  "took (?:money|£\\d[\\d,]*) (?:out of|from) my (?:account|bank)", "hacked", "sexually assaulted", "raped", "rape", "stalked", "stalking", "spat (?:at|on)", "drink[- ]driv(?:ing|er|e)", "drunk driv(?:ing|er)",
  "hit and run", "exposed himself", "upskirt(?:ing)?", "revenge porn", "intimate (?:images|photos|pictures)", "blackmail(?:ed|ing)?", "extort(?:ed|ing|ion)?", "dealing drugs", "selling drugs",
  "smashed (?:my|our|the) (?:window|windows|windscreen|door|car)", "keyed", "slashed", "egged", "shot at", "stabbed", "glassed", "headbutted", "poisoned",
  "(?:purse|wallet|bag|handbag|phone|bike|bicycle|laptop|jewellery|money|cash|keys|card|parcel|car|van) (?:was|were|has been|have been|got) (?:taken|snatched|grabbed|lifted|swiped|nicked|pinched)", "snatched", "pickpocket(?:ed|s)?",
  "threw (?:a |an |some |two |three )?(?:stones?|bricks?|eggs?|rocks?|fireworks?|bottles?|things|paint|acid|glass|cans?|chairs?|bins?|a drink|his drink|her drink) (?:at|through|over|into)", "knocked (?:me )?(?:off|down|over)", "(?:didn't|did not|failed to) stop", "drove off",
  "(?<!\\bi )(?<!\\bwe )took my (?:things|stuff|belongings|property|money|phone|bag|tv|telly|car|bike|keys|jewellery|laptop)", "let (?:himself|herself|themselves) in(?:to)?", "burn (?:my|our) (?:house|home|car|flat) down",
  "(?:fly[- ]?tipping|dumping rubbish)", "(?:sold|selling) (?:vapes|alcohol|knives|drugs) to (?:kids|children|under[- ]?age)",
  "damaged", "scratched", "ripped up", "broke in(?:to| to)?", "sprayed", "throwing (?:stones|bricks|eggs|rocks|fireworks|bottles)", "(?:was|were) gone", "handing (?:out )?(?:little |small )?(?:bags|packages|packets)",
  "make (?:me|you) pay for going to the police", "(?:he|she|they) knows? where i live",
  "(?:got|broke|broken|forced (?:their|his|her|a) way|climbed|let (?:himself|herself|themselves)|been|gone) in(?:to)? (?:my|our) (?:garage|shed|house|flat|car|van|home|garden|shop|loft|caravan|office|outbuilding|barn|workshop|lock-?up|allotment|room)(?! (?:to|for) (?:fix|mend|help|check|look))",
  `(?<!\\bi )(?<!\\bwe )(?:has |have |had )?(?:taken|took|nicked|pinched|swiped|grabbed|snatched|made off with|ran off with|run off with|driven off with|stole|stolen|helped (?:himself|herself|themselves) to) (?:my |our |his |her |their |all (?:my|our|his|her|the) |the |two |three |some |a )?(?:[a-z'’]+ ){0,2}?${GOODS}(?= (?:off|from|out of|and|then|while|as|before)|[.,!]|$)`,
  "(?:debit |credit |bank )?card (?:was|were|has been|have been|got) (?:used|cloned|skimmed|copied)", "cloned", "skimmed",
  "(?:payments?|transactions?|withdrawals?|purchases?) (?:i|that i) (?:didn't|did not|never) (?:make|made|authorise|authorised|recognise|do)", "crime (?:reference|number|ref)",
  "took (?:money|cash|£\\d[\\d,]*) (?:out of|from) my (?:wallet|purse|pocket|bag|house|car|account|bank)",
  "(?:dog (?:mess|muck|poo|dirt|excrement)|excrement|faeces|poo|fireworks?|(?:a )?lit [a-z]+|burning [a-z]+|petrol|lighter fluid)(?: [a-z]+){0,4}? (?:through|in|into) (?:my|our|the) (?:letterbox|letter box|door|window)",
  `(?:calling|called|call|calls|shouted|shouting|shouts|screamed|screaming|yelled|yelling|wrote|written|sprayed|painted|scrawled|saying|says) (?:me|us|my [a-z]+|our [a-z]+|at me|at us|on (?:my|our) (?:door|wall|car|house|van|fence))(?: [a-z]+){0,3}? (?:a |an )?(?:dirty |fucking |f\\*+ing |bloody |stupid )?${SLUR}`,
  "(?:they|he|she|someone|somebody)(?:'ll| will|'d| would| are going to| is going to| were going to| was going to) (?:petrol bomb|firebomb|burn down|burn|torch|smash up|kill|stab|hurt|shoot|beat up|do over) (?:me|us|my|our|the (?:house|flat|car|shop|van|place))",
  "(?:did|done|turned over|trashed|wrecked) (?:my|our) (?:shop|house|car|flat|place|van)", "damage to (?:my|our)", "setting fire",
  // Hate sent or left ("racist notes through my door"), a window broken, being followed home.
  "(?:racist|antisemitic|anti-semitic|homophobic|transphobic|islamophobic|anti-muslim|hate) (?:notes?|letters?|graffiti|leaflets?|stickers?|messages?|threats?|slogans?|mail|cards?|chants?)",
  // Someone broke it (not "a broken window", not "I broke"): "broke the window of my restaurant".
  "(?<!\\bi )(?<!\\bwe )(?<!\\bi accidentally )(?:broke|break|breaks|smash|smashes|smashing) (?:the |my |our )(?:window|windows|windscreen|front door|shop window)(?![^.!?\\n]{0,60}(?:by accident|accidentally|by mistake|football|a ball|paid for))",
  "(?<!\\bi )(?<!\\bwe )followed (?:me|us|my [a-z]+|her|him) (?:home|to (?:my|our|her|his|work|school)|everywhere|in (?:his|her|a) car)(?![^.!?\\n]{0,60}(?:safe|safely|make sure))",
];
/** The crime words of crime/happened-to-writer alone, as `crimeOnlyCarried` reads them. */
const CRIME_ACT_ALONE = new RegExp(phrases(CRIME_ACT).source);
/** The writer, theirs, or someone close: a crime that happened to them or in front of them. */
const PERSONAL = ["me", "us", `(?:my|our) (?:[a-z]+ )?(?:${PROPERTY}|bank|account|accounts|details|email|identity|children|kids|family|${RELATION})`];

export const CRIME_RULES: readonly AlertRule[] = [
  {
    id: "crime/happened-to-writer",
    kind: "crime",
    policyRef: REVIEW_ALL_CONTACT,
    scope: "sentence",
    cues: [
      "followed", "smash", "smashes", "smashing", "breaks",
      "damaged", "scratched", "ripped", "sprayed", "throwing", "gone", "handing", "knows",
      "taken", "snatched", "grabbed", "lifted", "swiped", "pinched", "pickpocketed", "threw", "knocked", "stop", "drove", "himself", "herself", "burn", "dumping", "tipping", "sold", "selling",
      "burgled", "burglary", "broken", "broke", "break", "stole", "stolen", "nicked", "robbed", "robbery", "mugged", "mugging", "assaulted", "assault", "attacked", "punched", "kicked", "fire", "alight", "arson",
      "vandalised", "vandalized", "vandalism", "graffiti", "racist", "racially", "racial", "homophobic", "transphobic", "hate", "threatening", "threats", "threat", "threatened", "kill", "stab", "fraud", "defrauded",
      "scammed", "details", "identity", "took", "hacked", "raped", "rape", "stalked", "stalking", "spat", "drink", "drunk", "hit", "exposed", "upskirting", "revenge", "intimate", "blackmail", "blackmailed",
      "extortion", "extorted", "dealing", "selling", "smashed", "keyed", "slashed", "egged", "shot", "stabbed", "glassed", "headbutted", "poisoned",
      "got", "forced", "climbed", "been", "gone", "pinched", "swiped", "made", "ran", "run", "driven", "helped", "used", "cloned", "skimmed", "payments", "payment", "transactions",
      "transaction", "withdrawals", "purchases", "reference", "letterbox", "mess", "excrement", "fireworks", "firework", "petrol", "calling", "called", "call", "shouted", "shouting",
      "shouts", "screamed", "screaming", "yelled", "yelling", "wrote", "written", "painted", "scrawled", "saying", "says", "bomb", "firebomb", "torch", "hurt", "beat", "bottle", "bottles",
    ],
    pattern: together(PERSONAL, CRIME_ACT),
    unless: (hit) => crimeOnlyCarried(CRIME_ACT_ALONE, hit) || crimeGuard(hit) || TOPIC.test(hit.sentence) || QUESTION_ABOUT.test(hit.sentence),
    examples: {
      match: [
        "Someone has been using my bank details to buy things online.",
        "My neighbour keeps shouting racist abuse at my children.",
        "I've been receiving messages from an unknown number saying they'll kill me.",
        "Last night two men kicked my door in and took my TV.",
        "Someone got into my garage overnight and has taken two mountain bikes and all my power tools.",
        "A man grabbed my wife's handbag off her shoulder and ran towards the park.",
        "Three lads surrounded my son on his way home and took his phone and his trainers.",
        "My debit card was used in Birmingham yesterday for £600 and I have never been there.",
        "Someone pushed a bag of dog mess through my letterbox with a note calling me a p*ki.",
        "I've had a note through my door saying they'll petrol bomb the house if I don't drop my complaint.",
        "My neighbour threw a bottle at my window on Tuesday.",
        "My car was broken into last night and the police never attended.",
        "My ex is awaiting trial for assaulting me. Last night he came to my house and smashed my windows.",
        "Last night someone broke into my shed and took my tools, and the police have not called me back.",
      ],
      notMatch: [
        "In 2012 I was burgled and the police were excellent, which is why I volunteer now.",
        // The crime only as what a service was about (SERVICE_ABOUT): the police have it; the complaint is the service.
        "It took the police a month to ring me back about my stolen bike, which is not good enough.",
        "The officer on the front desk was rude to me when I reported my shed being broken into on Monday.",
        "The response to my burgled flat was a joke and I want the Commissioner to know.",
        "How many burglaries were reported in my area last year?",
        "Can you tell me how to report fraud?",
        "My dissertation is on hate crime.",
        "I took my bike to the station and my phone was flat.",
        "The plumber got into my loft to fix the tank.",
        // Issue 10 look-alikes: the crime as background of its handling, a figure of speech.
        "I waited 3 hours for someone to attend a break-in at my allotment shed and the lad couldn't tell me anything.",
        "You closed my complaint about the police not attending my car being keyed in December 2025.",
        "It feels like being punched in the stomach, and I feel personally attacked by your decision.",
      ],
    },
  },
  {
    id: "crime/done-to-someone-close",
    kind: "crime",
    policyRef: REVIEW_ALL_CONTACT,
    cues: ["assaulted", "attacked", "mugged", "robbed", "burgled", "stabbed", "punched", "beaten", "raped", "groped", "spat", "abused", "threatened", "stalked", "harassed", "defrauded", "scammed", "conned", "blackmailed", "hit", "kicked", "headbutted", "glassed", "strangled"],
    pattern: phrases([`(?:my|our) (?:elderly |old |disabled |little |young |\\d+[- ]year[- ]old )?${RELATION}(?: [a-z]+){0,2}? (?:was|were|has been|have been|got|had been|is being) (?:[a-z]+ )?${DONE_TO_ME}`]),
    unless: crimeGuard,
    examples: {
      match: ["My elderly mother was robbed in the street.", "My son was stabbed outside the chip shop on Friday."],
      notMatch: ["My late father was robbed of a fair hearing in 1998."],
    },
  },
  {
    // The same crime told with its doer first ("my sister works at the pharmacy and a customer threatened her"): the
    // safeguarding rules no longer read it as domestic abuse (outsider.ts), and it is still a crime against her.
    id: "crime/outsider-harmed-someone-close",
    kind: "crime",
    policyRef: REVIEW_ALL_CONTACT,
    cues: ["threatened", "threatening", "hit", "punched", "pushed", "shoved", "kicked", "slapped", "attacked", "assaulted", "beat", "beaten", "spat", "grabbed", "headbutted", "glassed", "stabbed", "mugged", "robbed", "knocked"],
    pattern: phrases([`(?:my|our) (?:elderly |old |disabled |little |young |\\d+[- ]year[- ]old )?${RELATION}(?: [a-z'’,]+){0,12}? ${OUTSIDER}(?: [a-z'’]+){0,3}? ${OUTSIDER_VIOLENCE} (?:her|him|them)`,
      `(?:my|our) (?:elderly |old |disabled |little |young |\\d+[- ]year[- ]old )?${RELATION}(?: [a-z'’]+){0,2}? (?:was|were|got) (?:[a-z]+ )?${OUTSIDER_VIOLENCE}(?! (?:to the front|for|forward|aside|through|back|out|hard|by (?:the|this|these|your|rising) (?:cuts?|changes?|decision|news|prices?|bills?|fines?|costs?|rises?)))`,
    ]),
    unless: crimeGuard,
    examples: {
      match: ["My sister works at the pharmacy on the high street and a customer threatened her last week, said he'd be back for her.", "My wife was pushed over in the car park by some lads on Saturday."],
      notMatch: ["My sister works at the pharmacy and a customer threatened her in 2019; he was convicted and she's moved on.", "My wife was pushed to the front of the queue by the kind staff.", "My mum was hit hard by the cuts to the bus service."],
    },
  },
  {
    id: "crime/done-to-writer",
    kind: "crime",
    policyRef: REVIEW_ALL_CONTACT,
    cues: ["assaulted", "attacked", "mugged", "robbed", "burgled", "stabbed", "punched", "beaten", "raped", "assault", "groped", "spat", "abused", "threatened", "stalked", "harassed", "defrauded", "scammed", "conned", "blackmailed", "followed", "hit", "kicked", "headbutted", "glassed", "strangled", "exposed"],
    pattern: phrases([
      `i(?:'ve| have)? (?:was|been|got|had been|am being|'m being|have been|keep getting|kept getting) (?:[a-z]+ )?${DONE_TO_ME}`,
      `i(?:'m| am) being ${DONE_TO_ME}`,
    ]),
    unless: crimeGuard,
    examples: {
      match: ["I was assaulted outside the Co-op on Saturday night.", "I have been scammed out of £4,000.", "I'm being stalked.", "I was threatened with a knife."],
      notMatch: ["I was threatened with legal action by your office.", "I feel I was robbed of a fair hearing.", "The man who threatened me last year was convicted in March."],
    },
  },
  {
    id: "crime/done-to-property",
    kind: "crime",
    policyRef: REVIEW_ALL_CONTACT,
    cues: ["broken", "burgled", "stolen", "nicked", "vandalised", "vandalized", "smashed", "fire", "alight", "torched", "keyed", "slashed", "robbed", "ransacked", "egged", "graffitied", "damaged"],
    pattern: phrases([`(?:my|our) (?:[a-z]+ )?${PROPERTY}(?: [a-z]+){0,2}? (?:was|were|has been|have been|got|had been|is being|are being) (?:[a-z]+ )?${DONE_TO_PROPERTY}`]),
    unless: crimeGuard,
    examples: {
      match: ["My house was broken into last weekend.", "Our shed has been burgled twice this month.", "My car was keyed outside the station."],
      notMatch: ["Back in 2019 my car was stolen and your officers found it within a day, so thank you.", "My phone was broken when I dropped it."],
    },
  },
  {
    id: "crime/someone-did",
    kind: "crime",
    policyRef: REVIEW_ALL_CONTACT,
    cues: ["stole", "stolen", "broke", "broken", "smashed", "fire", "slashed", "keyed", "vandalised", "damaged", "assaulted", "attacked", "punched", "hit", "kicked", "mugged", "robbed", "threatened", "stabbed", "spat", "abused", "groped", "hacked", "scratched", "headbutted", "pushed", "shoved", "strangled", "defrauded", "scammed", "burgled", "exposed"],
    pattern: phrases([`${SOMEONE}(?: [a-z]+){0,2}? ${DID}(?: [a-z0-9]+){0,5}? (?:me|my|us|our)`]),
    unless: crimeGuard,
    examples: {
      match: [
        "My neighbour threatened me with a knife.",
        "Somebody slashed all four tyres on my car last night.",
        "A man racially abused me and spat at me.",
        "Last summer my car was broken into. The police caught the lad and I got my laptop back. Now someone has slashed my tyres.",
      ],
      notMatch: [
        "The man who threatened me last year was convicted in March.",
        "Someone hit the nail on the head at the panel meeting.",
        // A trial already listed, a hypothetical question (dealt-with.ts, framing.ts).
        "The trial of the man who robbed me is listed for 3 February at Warwick Crown Court. Could you tell me if I can get special measures?",
        "If someone broke into my shed, would that count as burglary or theft?",
      ],
    },
  },
  {
    id: "crime/threat-to-writer",
    kind: "crime",
    policyRef: REVIEW_ALL_CONTACT,
    cues: ["kill", "stab", "hurt", "burn", "shoot", "beat", "batter", "attack", "glass", "torch", "smash", "knife", "gun", "machete", "axe", "weapon", "blade", "bat", "hammer", "crowbar", "screwdriver", "crossbow"],
    pattern: phrases([
      `${SOMEONE}(?: [a-z]+){0,2}? (?:said|says|told me|has threatened|threatened|keeps threatening|kept threatening|is threatening|was threatening|has said|swore|shouted)(?: (?:that|me|us))? (?:to |(?:he|she|they)(?:'ll| will|'d| would| is going to| was going to| are going to) )?(?:[a-z]+ )?${VIOLENCE} (?:me|us|my|our)`,
      `(?:pulled|waved|held|pointed|brandished|came at (?:me|us) with|threatened (?:me|us) with|attacked (?:me|us) with|chased (?:me|us) with|hit (?:me|us) with)(?: (?:a|his|her|their))? ${WEAPON}`,
      `(?:outside|at) (?:my|our) (?:house|door|front door|home|flat|window)(?: [a-z]+){0,3}? with (?:a|his|her) ${WEAPON}`,
    ]),
    unless: (hit) => crimeGuard(hit) || KILL_ME_IDIOM.test(hit.sentence),
    examples: {
      match: ["My ex said he is going to kill me.", "There is a man outside my house right now with a knife.", "He pulled a knife on me at the bus stop."],
      notMatch: [
        "My mum said she will kill me when she sees the bill, ha.",
        "The man who threatened me with a knife in 2015 was jailed, thank you.",
        // Long past and put right (dealt-with.ts).
        "Ten years ago my ex came at me with a knife. He served his sentence and I'm doing well. I'd like to volunteer.",
      ],
    },
  },
  {
    id: "crime/reporting",
    kind: "crime",
    policyRef: REVIEW_ALL_CONTACT,
    cues: ["report", "reporting", "crime"],
    pattern: phrases([
      "(?:want|wish|would like|'d like|need|am writing|'m writing|am trying|'m trying|tried|trying) to report (?:a |an |the )?(?:crime|burglary|theft|assault|fraud|scam|attack|rape|sexual assault|hate crime|robbery|break-in|drug dealing|stalking|harassment|incident|threat|mugging|that (?:a|an|the|my(?! (?:complaint|review|appeal|letter|email|case|request|application)s?\\b)|one of|someone|somebody|he|she|they|pc|an officer))(?! (?:in person|online|by phone|at (?:the|a|your) (?:counter|station|front desk|desk)))",
      "(?:want|wish|would like|'d like|need|am writing|'m writing|trying) to report (?:a|an|the|some|two|three|my|our) (?:man|woman|person|people|men|lads|youths|driver|neighbour|business|shop|landlord|group|gang|car|van|vehicle|officer|pc|pcso)(?: [a-z]+){0,2}? (?:who|that|for|selling|dealing|driving|parking|stealing|threatening|harassing)",
      "(?:report (?:this|it) as|(?:this|it) (?:is|was)) a (?:hate )?crime",
      "(?:this|it) is (?:a |an )?(?:hate crime|hate incident|criminal offence)",
    ]),
    unless: crimeGuard,
    examples: {
      match: ["I want to report this as a hate crime.", "I am trying to report a burglary.", "This is a hate crime."],
      notMatch: [
        "How many burglaries were reported in Rugby last year?",
        "Who do I report a complaint about a police officer to?",
        // Reporting on the office's own handling, or asking how to report: no crime told.
        "I want to report that my complaint still hasn't been acknowledged after six weeks.",
        "I use a wheelchair and I'd like to report a crime in person, but the station has steps. What can I do?",
      ],
    },
  },
  {
    id: "crime/witnessed",
    kind: "crime",
    policyRef: REVIEW_ALL_CONTACT,
    cues: ["drugs", "dealing", "selling", "stealing", "breaking", "stabbing", "attacking", "assaulting", "fighting", "kicking", "kick", "punching", "punch", "stamping", "stamp", "shoplifting", "robbing", "mugging", "vandalising", "fire", "beating", "hitting", "punching", "kicking", "strangling", "battering", "trying", "handle", "handles", "dumping", "tipping", "burning", "sold", "sells", "broke", "broken", "smashing", "smashed"],
    pattern: phrases([
      "i (?:saw|have seen|'ve seen|witnessed|watched|keep seeing|see|can see|have watched|'ve watched)(?: [a-z]+){0,8}? (?:selling drugs|dealing drugs|dealing|breaking into|stealing|stabbing|attacking|assaulting|beating up|smashing|setting fire to|set fire to|shoplifting|robbing|mugging|vandalising|take (?:cash|money|bribes)|taking (?:cash|money|bribes))",
      "[a-z]+(?: [a-z0-9]+){0,4}? (?:are|is|have been|has been|keep|keeps|were|was) (?:openly )?(?:selling|dealing) drugs (?:from|outside|on|in|at|near|out of|to)",
      "drug dealing (?:outside|on|in|from|at) (?:my|our|the) (?:street|road|house|flat|block|estate|park|school|corner)",
      "trying (?:every |all the |the |car )?(?:car )?(?:door handles?|doors)(?: on| of| down| along)?",
      "(?:has been|have been|is|are|keeps?|kept|was|were|been|caught) (?:dumping|fly[- ]?tipping|tipping|burning) (?:[a-z]+ ){0,3}?(?:asbestos|rubbish|waste|tyres|mattresses|rubble|fridges|chemicals|oil|sheets|bags|builders?' (?:waste|rubble))",
      "(?:selling|sold|sells) (?:vapes|alcohol|knives|drugs|cigarettes|fireworks) to (?:kids|children|under[- ]?age|underage|school ?kids|teenagers)",
      "(?:broke|breaking|broken|smashing|smashed) (?:into|the windows? of) (?:cars|vans|sheds|garages|houses)",
      "(?:heard|hear|hearing|saw|seen|see|seeing|watched|watching|witnessed)(?: [a-z]+){0,4}? (?:beating|hitting|attacking|stabbing|punching|kicking|assaulting|strangling|battering) (?:him|her|them|someone|somebody|a man|a woman|a boy|a girl|the (?:boy|girl|child|lad|man|woman|baby|kids|children))",
      "(?:saw|seen|see|watched|witnessed)(?: [a-z0-9]+){0,8}? (?:kicking|punching|stamping on|kick|punch|stamp on) (?:a |an |the |this |that |some |another )?(?:man|woman|lad|boy|girl|kid|child|person|bloke|guy|lady|youth|teenager|pensioner|someone|somebody|him|her|them)(?![a-z])",
    ]),
    // Seen in a film or on the news, or a subject in general: not a crime the writer witnessed.
    unless: (hit) => crimeGuard(hit) || TOPIC.test(hit.sentence) || /\b(?:film|movie|tv|telly|programme|series|video game|on youtube)\b/.test(hit.sentence),
    examples: {
      match: [
        "Every night this week I have seen the same men selling drugs from a car outside the school gates.",
        "I saw two lads breaking into the car next door.",
        "Last night I heard his dad beating him.",
        "At 3am I watched a man go down Warwick Road trying every car door handle.",
        "A lorry has been dumping asbestos sheets in the lay-by on the A46 every Tuesday.",
        "The corner shop is selling vapes to kids from the school.",
        "On Sunday night I saw three men kicking a lad on the floor outside the kebab shop.",
      ],
      notMatch: [
        "County lines gangs are active in Leamington; what is the Commissioner doing?",
        "I saw the article about the burglary at the post office.",
        "I saw the kids kicking a ball about in the park and it was lovely.",
        "I saw a film last night where a gang were kicking a man and it upset me.",
        "I saw on the news that men were kicking a man in Coventry.",
        "I watched our lads beat them 3-0 on Saturday.",
      ],
    },
  },
  {
    id: "crime/officer-misconduct",
    kind: "crime",
    policyRef: POLICE_COMPLAINTS,
    cues: ["officer", "officers", "pc", "pcs", "constable", "sergeant", "inspector", "detective", "pcso", "pcsos", "cop", "cops", "policeman", "policewoman", "police", "duty"],
    pattern: phrases([
      "(?:an?|the|one of (?:your|the)|two|several|some|three|that) (?:police |custody |response |traffic |arresting )?(?:officers?|pcs?|constables?|sergeants?|inspectors?|detectives?|pcsos?|cops?|policem[ae]n|policewom[ae]n)(?: [a-z]+){0,4}? (?:punched|hit|kicked|assaulted|attacked|beat|strangled|choked|slammed|threw (?:me|him|her|them|us)|pushed (?:me|him|her|them|us)|pushed [a-z]+ (?:to the ground|over|down)|tasered|racially abused|sexually assaulted|groped|stole|took (?:cash|money|bribes|a bribe)|taking (?:cash|money|bribes)|take (?:cash|money|bribes)|planted|falsified|fabricated|leaked my|threatened me|sexually harassed|was drunk|were drunk|was drinking|were drinking|had sex with|asked (?:me|her) for sex|propositioned|(?:was|were) (?:asleep|on (?:his|her|their) phones?) (?:on duty|while driving)|sent me (?:sexual|explicit|indecent)|searched (?:me|my) (?:without|with no))",
      "(?:drinking|drunk|asleep|taking drugs) (?:on|while on) duty",
      "pc [a-z]+(?: [a-z]+)? (?:punched|hit|kicked|assaulted|attacked|beat|strangled|racially abused|stole|planted|falsified|threatened me|groped)",
    ]),
    unless: crimeGuard,
    examples: {
      match: ["A custody officer at Leamington punched me in the face while I was handcuffed.", "One of your officers has been taking cash from the pub landlord.", "I'd like to report that a PCSO was drinking on duty."],
      notMatch: ["PC Lewis was brilliant when my bike was stolen two years ago and got it back for me.", "Who handles complaints about police officers, your office or the force?", "The officer pushed for a quick decision."],
    },
  },
  {
    id: "crime/officer-conduct",
    kind: "crime",
    policyRef: POLICE_COMPLAINTS,
    scope: "sentence",
    cues: ["officer", "officers", "custody", "pc", "constable", "sergeant", "inspector", "detective", "pcso", "police", "cop", "cops", "policeman", "policewoman"],
    pattern: together(
      ["officers?", "custody", "pcs?", "constables?", "sergeants?", "inspectors?", "detectives?", "pcsos?", "police", "cops?", "policem[ae]n", "policewom[ae]n"],
      [
        "pushed (?:me|him|her|us|my)", "shoved", "grabbed (?:me|him|her|my)", "threw (?:me|him|her)", "slammed", "punched", "kicked", "hit (?:me|him|her|my)", "assaulted", "tasered", "handcuffed (?:me|him|her|my) (?:for no|without)",
        "strip[- ]searched", "searched (?:me|my|our|us)(?: [a-z]+){0,4}? (?:no reason|without|wrong|warrant)", "under a warrant", "told (?:me|him|her|us) to [\"“”']?f", "swore at", "sworn at", "laughed", "racist", "racially", "sexist",
        "homophobic", "called (?:me|him|her|us|my)", "said,? (?:in front of|to) (?:me|my)", "(?:given|gave|passed|shared|leaked) my (?:new )?(?:address|details|number|information)",
        "made (?:me|my|us)(?: [a-z0-9-]+){0,3}? stand", "stole", "took (?:money|cash|£\\d[\\d,]*)", "drunk", "on duty",
        // Force: cuffs put on to hurt, a restrained man kicked, a bone broken.
        "(?:hand)?cuffs (?:on )?(?:so|too|really|very) tight", "kick(?:ed|ing)? (?:a |the |this |that )?(?:man|woman|lad|boy|girl|person|kid|him|her|them)(?![a-z]| out)", "stamp(?:ed|ing)? on (?:me|him|her|his|my|a man|the man|someone)", "kn(?:elt|eeled|eeling) on (?:me|him|her|my|his|her|their) ?(?:neck|back|chest|head)?",
        "dragged (?:me|him|her)(?! out)", "(?:pepper|cs)[- ]sprayed", "batoned", "without a warrant",
        // Theft: property taken and kept, goods taken without paying.
        "(?:take|took|taken|kept|keep) (?:my|our|his|her) (?:phone|wallet|money|cash|car|keys|bag|passport|laptop|property)(?: [a-z0-9]+){0,4}? (?:not|never|without) (?:give|given|gave|return|returned|hand|handing|paying)",
        "(?:taken|took|take|taking) (?:[a-z]+ )?(?:items|goods|things|stock|money|cash)(?: [a-z]+){0,3}? without paying",
        "(?:took|taken|stole|pocketed|kept) (?:£\\d[\\d,]*|money|cash)(?: [a-z0-9]+){0,3}? (?:from|out of) (?:my|our|the|his|her) (?:wallet|purse|pocket|pockets|bag|counter|till|safe|property)",
        // Misuse of police data: records looked up, a person posted about, an address shared.
        "looked up (?:my|her|his|their|our) (?:records?|details|address|file)(?: [a-z]+){0,6}? (?:and|then) (?:told|gave|passed|shared|sent)",
        "access(?:ed|ing|es)? (?:the )?(?:records?|police (?:system|systems|computer|database)|pnc)(?: [a-z]+){0,2}? (?:about|on|of|for) (?:his|her|their|my) (?:ex|ex-partner|ex-wife|ex-husband|partner|neighbour|wife|husband|girlfriend|boyfriend|friend|family)",
        "post(?:ed|ing|s) (?:comments |things |photos |pictures |videos |lies |jokes |rubbish )?about (?:me|my|us|our)(?: [a-z]+){0,3}? on (?:his |her |their |a |the )?(?:local |personal |public )?(?:facebook|tiktok|instagram|twitter|snapchat|social media|group|page)",
        "(?<!\\bi )(?<!\\bwe )(?:posted|shared|published) (?:my|our) (?:address|details|number|photo|picture) (?:on|online)", "including my (?:home )?address",
        // Neglect in custody: a person held without the medicine or care they need (Warwickshire 7.2 criminal matters; misconduct).
        "(?:left|held) (?:me|him|her|them|my [a-z]+)(?: [a-z0-9]+){0,5}? (?:without|with no) (?:his |her |my |their |any )?(?:insulin|medication|medicine|meds|inhaler|epilepsy medication|tablets|a doctor|medical help)",
      ],
      ["me", "my", "us", "our", "i"],
    ),
    // Asking whether the police may do it ("can officers search my car without a warrant?") is not alleging they did.
    unless: (hit) => crimeGuard(hit) || reargued(hit) || TOPIC.test(hit.sentence) || QUESTION_ABOUT.test(hit.sentence) || MAY_THEY.test(hit.sentence),
    examples: {
      match: [
        "PC Lewis 1187 pushed me against the wall outside the Cattle Market on Saturday night in front of my kids.",
        "On 27 October I was strip searched at Leamington custody.",
        "I think an officer from Leamington station has given my new address to my ex-partner.",
        "The custody sergeant left my brother in a cell for hours without his insulin.",
        "At the station the officer put the handcuffs on so tight that my wrists were bleeding.",
        "I watched two officers kick a man who was already cuffed on the ground, and I have it on my phone.",
        "A PC looked up my records on the police computer and told my ex where I live.",
        "I work at the station and I have seen an officer accessing records about his ex-partner.",
        "The officer who arrested me has been posting about me on Facebook.",
        "He is a police officer and he took my phone and did not give it back for a month.",
        "One of the PCSOs keeps taking things from my counter without paying.",
        "PC 4421 took £200 from my wallet during the search and I want this investigated.",
      ],
      notMatch: [
        "The officer who dealt with me was kind and professional.",
        "How many officers were disciplined for racist comments last year?",
        "The officer took my statement and gave me a crime number.",
        "I asked the officer to look up my crime reference and he was very helpful.",
        "Can the police search my car without a warrant?",
        "My complaint was about officers attending my address without a warrant; I accept your decision.",
        "The officer posted a letter to my home about the outcome.",
        "The officer dragged my complaint out for months.",
        "I put my address on the form the officer gave me.",
        "The officer took things out of my bag during the search and put them all back.",
      ],
    },
  },
  {
    id: "crime/hate-words-reported",
    kind: "crime",
    policyRef: REVIEW_ALL_CONTACT,
    scope: "sentence",
    cues: [
      "shout", "shouts", "shouted", "shouting", "say", "says", "said", "saying", "tell", "tells", "told", "telling", "call", "calls", "called", "calling", "chant", "chants", "chanted", "chanting",
      "yell", "yelled", "yelling", "scream", "screamed", "screaming", "wrote", "write", "writes", "written", "writing", "spray", "sprayed", "painted", "scrawled", "post", "posts", "posted", "posting",
      "note", "notes", "letter", "letters", "message", "messages", "graffiti",
    ],
    // A hate crime reported by its victim or a witness (Warwickshire 7.2 criminal matters; issue 13: the slur quoted is evidence).
    // Said or written by someone else (not "I", "we" or "you") and then the words, in the one sentence ("he shouted 'p*ki go home'").
    pattern: together(AIMED_AT, [
      `(?<!\\b(?:i|we|you) )(?:${SAID.join("|")})(?![a-z])[^.!?\\n]{0,80}?(?<![a-z])(?:${HATE_WORDS.join("|")})`,
      // A slur with an everyday sense too, called at someone: "kids call him 'spaz' every day".
      `(?<!\\b(?:i|we|you) )call(?:s|ed|ing)? (?:me|him|her|us|them|my [a-z]+|our [a-z]+) (?:a |an )?["'“‘]?${SLUR}`,
    ]),
    unless: (hit) =>
      crimeGuard(hit) || reargued(hit) || thankedFor(hit) || TOPIC.test(hit.sentence) || QUESTION_ABOUT.test(hit.sentence) || WRITER_SAYS.test(hit.sentence) || SLUR_FOR_SOMEONE.test(hit.sentence) || (PAST_MARKER.test(hit.sentence) && !ONGOING.test(hit.sentence)),
    examples: {
      match: [
        "Since the summer the man at number 12 shouts \"p*ki go home\" at me and my kids every morning.",
        "A woman in the queue say me 'go back to your own country' and push me.",
        "They sprayed \"muslims out\" on the wall of our shop last night.",
        "Kids on our street call my son a spaz every day.",
        "Someone put a note through my door calling me a f****t.",
      ],
      notMatch: [
        "The officer told me to go home and wait for a phone call.",
        "I would tell you to go back where you came from if I could.",
        "Tell that p*ki in your office to keep out of my business.",
        "He sounds like he is from abroad. He should go back to India, and Sam told me my complaint was closed.",
        "Back in 2015 my son was called a p*ki at school.",
        "My dissertation is about why people shout \"go home\" at migrants.",
        "My neighbour says the council will sort out the bins.",
        "My husband told me he had only popped out for a fag.",
        "The council told us the new charges would cripple our business.",
        "Thank you to the officers who caught the man who shouted \"p*ki\" at my son, they were wonderful.",
      ],
    },
  },
  {
    id: "crime/police-force-used",
    kind: "crime",
    policyRef: POLICE_COMPLAINTS,
    cues: ["tasered", "tazered", "pepper", "cs", "batoned"],
    // Force only police use, done to the writer or someone close (alleged misconduct: Warwickshire 1).
    pattern: phrases([
      `(?:i|he|she|we|they|my (?:[a-z]+ )?(?:${RELATION}|friend|partner)) (?:was|were|got|had been|has been|have been) (?:tasered|tazered|pepper[- ]sprayed|cs[- ]sprayed|batoned)`,
    ]),
    unless: (hit) => crimeGuard(hit) || longPast(hit) || reargued(hit) || thankedFor(hit) || TOPIC.test(hit.sentence) || QUESTION_ABOUT.test(hit.sentence),
    examples: {
      match: ["I was tasered in my own kitchen with my hands up.", "My son was pepper sprayed in the face while he was handcuffed."],
      notMatch: ["Is it true officers can be tasered in training?", "I was tasered in 2015 and the officer was disciplined, so thank you.", "I have been tasered before, in 2010, but this letter is about my housing."],
    },
  },
];
