import { crimeOnlyCarried, notACrimeReported, QUESTION_ABOUT, resolvedOrPast, type Told } from "./crime";
import { lastAnswer } from "./last-answer";
import { CHILD, KILL_ME_IDIOM, TOPIC } from "./fragments";
import { REVIEW_ALL_CONTACT, RISK_TO_LIFE, THREATS_TO_STAFF, VIOLENCE_REPORTED } from "./refs";
import { phrases, sentenceAround, together, withStaff, type AlertRule, type RuleHit } from "./rule";
import type { StaffNames } from "../text/staff-names";
import { harmByOutsider } from "./outsider";
import { notNowAtRisk, sportInjury } from "./safeguarding";
import { aboutOwnFamily, lawfulNearby, ORG_PLACE, saidKindly } from "./threat-guards";

/**
 * Alerts by meaning rather than by one wording (issue #10: rules fitted to example sentences
 * did not generalise). Each rule here pairs two broad concept lexicons in one sentence — an
 * actor with an act, a vulnerable person with a harm, a target on the staff side with a
 * violent or menacing act — built from the policies (Warwickshire 3.1, 7.1, 7.2; Gwent 4.0)
 * and from public guidance on recognising suicidal intent (a plan, a means, a time, a
 * farewell), safeguarding concerns (neglect, control, exploitation, a child or an adult at
 * risk), crime reports and veiled threats. Guards read the sentence for what makes the same
 * words harmless: negation just before the act, hypotheticals, a topic in general (an essay,
 * figures, funding), fiction, an event resolved long ago, a lawful route ("see you in court").
 * When unsure on a risk to life or a threat, the rules alert: the recall targets are higher
 * than the false-alert target.
 */

// ---------------------------------------------------------------- shared guards

/** The sentence holding the hit, alone (a sentence rule's guards are otherwise given the two sentences before it too). */
export const own = (hit: RuleHit) => {
  const { from, to } = sentenceAround(hit.text, hit.start, Math.max(hit.start, hit.end - 1));
  return hit.text.slice(from, to);
};

/** How far either side of a hit a run-on "sentence" is read: about fifteen words. */
const NEAR = 90;
/**
 * The hit's own sentence, or where that "sentence" is a run-on (a message typed on a phone without a full stop, one
 * block of 60 words), only the words near the hit: "about my complaint" at the start of the block, or "my number is on
 * file" at its end, is not what "I want to go to sleep and not wake up" is about (issue 10: an unpunctuated block).
 */
export const ownNear = (hit: RuleHit, near = NEAR) => {
  const { from, to } = sentenceAround(hit.text, hit.start, Math.max(hit.start, hit.end - 1));
  if (to - from <= 2 * near + (hit.end - hit.start)) return hit.text.slice(from, to);
  return hit.text.slice(Math.max(from, hit.start - near), Math.min(to, hit.end + near));
};

/** Fiction, drama and the news: the words are someone's story, not this writer's life. */
export const FICTION = /\b(?:film|movie|novel|book club|book|thriller|drama|tv|telly|series|episode|soap|documentary|podcast|play|character|song|video game|game|storyline|plot|fiction)\b/;

/** Said of oneself in the negative: "I would never", "I'm not going to", "no intention of". */
const NEGATION = /\b(?:never|not|n't|nt|no intention of|no plans? to|without)\s+(?:[a-z']+\s+){0,3}$/;
/** Whether the words just before [at] negate what follows ("I would never hurt myself"). */
export const negatedAt = (text: string, at: number) => NEGATION.test(text.slice(Math.max(0, at - 40), at));

/** Long ago, or told as recovered from: grief, recovery or a thank-you, not danger now. */
const LONG_AGO = /\b(?:years ago|decades ago|(?:back )?in (?:19|20)\d\d|when i was (?:young|younger|a teenager|a child|a kid|at school|at university)|as a (?:child|teenager)|used to|at my lowest|back then|a few years back)\b/;
const RESOLVED = /\b(?:(?:in a )?(?:much )?better place(?: now)?|much better now|doing (?:well|much better|fine|ok|okay) now|(?:am|'m|is|are) (?:well|better|fine|safe|ok|okay) now|saved (?:me|my life)|got me through|helped me (?:through|get through)|came through|turned (?:things|it|my life) around|convicted|sentenced|jailed|refunded|returned|got (?:it|them) back|recovered|all was well|thank(?:s| you))\b/;
export const pastAndResolved = (hit: Told) => LONG_AGO.test(hit.sentence) && (RESOLVED.test(hit.sentence) || RESOLVED.test(hit.text));
/** Told as the past ("last time I wrote I felt suicidal") by someone who says they are well now. */
const TOLD_AS_PAST = /\b(?:felt|was|were|had been|had tried|had taken|used to|last time|at the time|back then|at one point)\b/;
const NOW_WELL = /\b(?:(?:in a )?(?:much )?better place(?: now)?|much better now|doing (?:well|much better|fine|ok|okay) now|(?:am|'m) now (?:doing )?(?:well|better|fine|ok|okay)|(?:am|'m) (?:well|better|fine|safe|ok|okay) now|saved (?:me|my life)|got me through|helped me (?:through|get through)|turned (?:things|it|my life) around|recovered)\b/;
export const recovered = (hit: RuleHit) => TOLD_AS_PAST.test(own(hit)) && NOW_WELL.test(hit.text);

/**
 * Death talk the writer takes back or marks as a figure of speech near it ("Not literally! … I wish I was dead is how I
 * felt when I saw the fine", "if I have to fill in one more form I'll shoot myself lol"): issue 10 look-alikes, hyperbole.
 */
const RETRACTED = /\b(?:not literally|figuratively|(?:a |just a )?figure of speech|(?:is|was) how i (?:felt|feel) when|(?:only|just) joking|(?:i'?m|i am) joking)\b/;
const TRIVIAL_IF_LOL = /\bif (?:i|we) (?:have|had|need) to\b[^.!?\n]*\b(?:lol|haha|lmao)\b/;
export const retracted = (hit: RuleHit) => RETRACTED.test(hit.text.slice(Math.max(0, hit.start - 200), hit.end + 200)) || TRIVIAL_IF_LOL.test(own(hit));

/**
 * Arrangements with an ordinary purpose named beside them — an operation, a wake, a meeting, someone to act for the
 * writer, papers filed in order — not affairs put in order before dying (issue 10 look-alikes; Warwickshire 7.1).
 */
export const ORDINARY_ARRANGEMENTS = /\b(?:operation|surgery|hip|knee|replacement|in hospital|into hospital|the wake|for the wake|the hall|village hall|agm|meeting|holiday|wedding|executor|letter of authority|power of attorney|to deal with my|act for me|acts for me|(?:everyone|anyone|people) (?:of )?my age|lever[- ]arch|date order|while i(?:'m| am) (?:away|recovering|in hospital))\b/;

/** A place made safer, or deaths there counted: a campaign about a bridge or a railway, not someone standing on it. */
export const SAFETY_CAMPAIGN = /\b(?:barriers?|safety (?:fences?|fencing|netting|measures|signs)|(?:people|men|women|others|several|two|three|four|five|six) (?:have |had )?died)\b/;

/** A completed death told ("my brother took his own life in 2019", "died of an overdose"): grief, not a life at risk now. */
export const DEATH_COMPLETED = /^(?:took|taken|ended|(?:has|had|'s) (?:taken|ended)) (?:his|her|their) (?:own )?li(?:fe|ves)$|^an overdose$/;
const ATTEMPT_BEFORE = /\b(?:tried|trying|try|attempt\w*|nearly|almost|going|threaten\w*|wants?|about)\b[^.!?\n]{0,20}$/;
export const deathCompleted = (hit: RuleHit) => {
  const said = hit.text.slice(hit.start, hit.end);
  if (!DEATH_COMPLETED.test(said)) return false;
  const before = hit.text.slice(Math.max(0, hit.start - 30), hit.start);
  return said === "an overdose" ? /\b(?:died|death|dead) (?:of|from|after)\s*$/.test(before) : !ATTEMPT_BEFORE.test(before);
};

/** Told long ago, asked about as a topic, or someone's story: the same words are not danger to this writer now. */
const notHereAndNow = (sentence: string) => LONG_AGO.test(sentence) || TOPIC.test(sentence) || FICTION.test(sentence);

/** Hyperbole and idiom about dying: "I'd rather die than", "dying to know", "killing me" (the wait), "laughing". */
export const DEATH_IDIOM = /\b(?:rather (?:die|be dead|kill myself)|enough to make (?:a (?:man|woman|person|saint)|anyone|anybody|you|me|one) (?:want to )?(?:shoot|kill|hang|top|die)|(?:nobody|no one|no-one)(?:'s| is|'ll| will) (?:going to |gonna )?die (?:of|from)|dying (?:to|for)|killing me|laugh\w*|would kill me if|will kill me (?:if|when)|going to kill me (?:if|when|for)|kill for a|murder a|sick to death|bored to death|worried to death|scared to death|frightened to death|death of me|dead (?:tired|on|right|good|easy|serious|set|keen|end)|to die for|die of (?:embarrassment|shame|boredom)|heart attack|kill me now|in the foot)\b/;

/** A lawful route or a political one: "you'll regret this when the Ombudsman rules", "I'll make you pay in court". */
const LAWFUL_ROUTE = /\b(?:ombudsman|iopc|court|courts|tribunal|judicial review|solicitor|lawyer|legal|mp|councillor|press|papers|newspaper|media|journalist|vote|votes|voted|election|ballot|complain(?:t|ts)? to|appeal|review|foi|freedom of information|proper channels|through the (?:courts?|ombudsman|proper|complaints|iopc|official|correct|right))\b/;

// ---------------------------------------------------------------- risk to life

/**
 * Medicines by name, as people who have taken too many write them ("the whole box of my sertraline"): the common
 * prescriptions in UK overdoses (NHS, public guidance on medicines in self-poisoning), not only "tablets" and "pills".
 */
export const NAMED_MEDICINES =
  "sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|venlafaxine|propranolol|tramadol|morphine|oxycodone|zopiclone|quetiapine|lithium|ibuprofen|aspirin|methadone|pregabalin|gabapentin|lorazepam|co-?codamol|codeine|diazepam|insulin";
const MEDICINE_CUES = ["sertraline", "citalopram", "fluoxetine", "mirtazapine", "amitriptyline", "venlafaxine", "propranolol", "tramadol", "morphine", "oxycodone", "zopiclone", "quetiapine", "lithium", "ibuprofen", "aspirin", "methadone", "pregabalin", "gabapentin", "lorazepam", "codamol"];
const PLACE_CUES = ["railway", "tracks", "crossing", "reservoir", "river", "canal", "sea", "quarry", "cliff", "cliffs", "viaduct", "bridge", "train"];
/** A quotation mark where a writer quotes what was said ("he'd taken 'everything in the cabinet'"). */
const OPEN_QUOTE = "['\"‘’“”]?";
/** Going to a place people die at, by a way people die there: into the water, onto the line, off a height, the car into it. */
const TO_A_PLACE_OF_DYING =
  "(?:go|walk|drive|step|jump|throw (?:myself|himself|herself|themselves)|take the car|put the car|drive the car|take (?:my|his|her) car) (?:into|onto|on to|off|under|in front of) (?:the|a) (?:railway line|railway|tracks|train tracks|level crossing|reservoir|river|canal|sea|quarry|cliffs?|cliff edge|viaduct|motorway bridge|train)";
/** A swim, a paddle, a day out by the water: going into the sea for pleasure, not to die. */
const LEISURE_BY_WATER = /\b(?:swim\w*|dip|paddl\w*|fish\w*|rope swing|boat\w*|kayak\w*|canoe\w*|surf\w*|wild swimming|beach|holiday|the dog|for fun|every (?:morning|day|summer|year))\b/;
const leisureByWater = (hit: RuleHit) => /\b(?:sea|river|canal|reservoir|quarry|lake)$/.test(hit.text.slice(hit.start, hit.end)) && LEISURE_BY_WATER.test(own(hit));
/** Someone said it of themselves, as a relative or a friend passes it on: "he said", "she keeps saying", "told my mum he". */
const SAID_OF_THEM =
  "(?:said|says|saying|keeps saying|kept saying|told (?:me|us|him|her|them|(?:my|our|the|his|her) [a-z]+)|texted|messaged|posted|threatening|threatened|wrote)(?: to (?:me|us|her|him|(?:my|our|the|his|her) [a-z]+))?(?: that)? (?:he|she|they)";

/** Ending or harming one's own life, by any means, in the first person. */
const SELF_ACT = [
  "kill(?:ing)? myself", "end(?:ing)? (?:my|mine)(?: own)? life", "end(?:ing)? mine", "tak(?:e|ing) my (?:own )?life", "(?:hang|drown|gas|shoot|stab|poison|starve|burn|electrocute)(?:ing)? myself",
  "drink(?:ing)? myself to death", "(?:step|jump|throw|walk|lie|lay|run)(?:ping|ing|ed|ped)? (?:myself )?(?:out )?(?:in front of|under) (?:a|the|an)(?: (?:next|first|last|fast|express|oncoming|night|morning|early|late))? (?:train|lorry|bus|car|van|traffic|oncoming)",
  "walk(?:ing)? (?:into|in to) (?:the )?(?:sea|river|canal|lake|traffic|water|reservoir)", "(?:drive|driving|crash|crashing|steer|steering)(?: my car| the car)? (?:into|off) (?:a|the) (?:wall|tree|bridge|cliff|river|lorry|motorway)", `(?:i(?:'ll| will)|ill|i'm going to|im going to|i am going to|i'm gonna) ${TO_A_PLACE_OF_DYING}`,
  "(?:cut|cutting|harm|harming|hurt|hurting|burn|burning)(?: myself)(?! (?:on|with|by accident|accidentally|cooking|shaving))",
  "i(?:'ve| have| am|'m| keep| started)?(?: been)? self[- ]harm\\w*", "self[- ]harm(?:ing|ed)? again", "(?:been |started |keep |am |i'm |i've been )cutting (?:again|myself|deeper|my (?:arms|legs|wrists|thighs))", "(?:cuts|cutting) (?:are |is )?(?:getting )?deeper",
  "stopped (?:taking )?(?:my )?insulin", "sleep(?: [a-z]+){0,2}? and (?:not|never) wake up",
  "(?:want|wish|wanted|going|ready|prefer|need|deserve) to die", "wish i (?:was|were|had been) (?:dead|never born)", "(?:i(?:'ll| will)|i'm going to|i am going to) be dead", "be dead (?:by|before|soon|tomorrow|tonight)",
  "(?:won't|will not|wont|not going to|no longer) be alive", "(?:won't|will not|wont|not going to) be (?:here|around) (?:much longer|for (?:much )?longer|for long|to (?:read|see|hear)|by (?:the time|then|the morning))",
  "(?:don't|do not|can't|cannot) see myself (?:being )?(?:here|alive|around)",
  "(?:hope|want|wish|pray|going|just want)(?: [a-z']+){0,2}? (?:to )?(?:never|not) wake up", "(?:never|not) wake up again", "sleep (?:forever|for ever|and never wake up)", "sleep(?: [a-z]+){0,2}? and (?:not|never) waking up", "(?:life|living)(?: is| isn't| is not|'s| just)? (?:not |no longer |isn't |is not )?worth (?:living|it any ?more|going on)",
  "not worth living", "no (?:reason|point) (?:to|in) (?:live|living|carry(?:ing)? on|go(?:ing)? on|be(?:ing)? (?:here|alive))", "nothing (?:left )?to live for", "better off (?:dead|without me)",
  "(?:don't|do not|no longer) want to (?:live(?! (?:in|here|there|near|with|next|on|at|like that|somewhere|anywhere))|be alive|exist|wake up)", "(?:don't|do not|no longer) want to (?:be here|carry on|go on)(?= *(?:[.!,\\n]|$| any ?more| any longer))",
  "end it all", "suicidal", "(?:commit|committing|attempt|attempted|consider|considering|contemplat\\w*|thinking about|thoughts of|plan|planning) suicide", "suicid(?:e|al) (?:thoughts|feelings|note|plan|attempt)",
  "(?:finish|end)(?:ing)? (?:it|things|everything|myself)(?: all)? (?:for good|tonight|today|now|once and for all|this (?:weekend|week|morning|afternoon|evening)|tomorrow|soon)",
  `(?:take|taking|took|taken|swallow|swallowed|swallowing|had|'ve had)(?: [a-z]+){0,2}? (?:all|the lot|everything in|a load of|loads of|lots of|a lot of|many|so many|a handful of|the whole (?:box|packet|bottle|strip) of|too many|two boxes of|a box of|a bottle of)(?: of)?(?: (?:my|the|these|her|his|their|me))?(?: [a-z']+)? (?:sleeping |heart |blood pressure )?(?:pills|tablets|meds|medication|medicine|antidepressants|painkillers|paracetamol|insulin|medicine cabinet|co-codamol|codeine|diazepam|${NAMED_MEDICINES})`,
  "(?:an|take an|taken an|took an|i(?:'ll| will)?|going to) overdose", "overdosed", "overdosing", "(?:when|once|after) (?:they|you|someone|somebody|the police) (?:find|finds|found) me(?= *(?:[.!,\\n]|$))",
];

/** Someone else ending or harming their life, collapsed, or not breathing. */
const OTHER_ACT = [
  // "Cutting" doubles its t: the stem-and-ending form below does not spell it.
  "cutting (?:himself|herself|themselves|themself)",
  "(?:kill|hang|drown|hurt|harm|cut|shoot|stab|poison|starve|gas|burn)(?:ing|ed|s)? (?:himself|herself|themselves|themself)", "(?:take|taking|taken|took|end|ending|ended|ends) (?:his|her|their) (?:own )?(?:life|lives)",
  "(?:isn't|is not|not|stopped|stop|wasn't|barely) breathing", "(?:collapsed|unconscious|unresponsive|turning blue|gone blue|won't wake up|can't wake (?:him|her|them)(?: up)?|cannot wake (?:him|her|them))",
  "goodbye (?:message|note|letter|post|text|video|voicemail)", "(?:taken|took|had|has had|'s taken|'s had) an overdose", "(?:do it|try it|try) (?:properly|again) next time", "locked (?:herself|himself|themselves) in (?:the|her|his|their) (?:bathroom|room|bedroom|car|garage)", "(?:lying|lay|laid|slumped)(?: [a-z']+){0,12}? (?:not moving|unconscious|bleeding|blood)", "not moving,? (?:there'?s|with) blood", "(?:bleeding|blood) everywhere",
  "(?:ambulance|paramedics?)(?: is| are|'s)? (?:still )?(?:not|hasn'?t|haven'?t|isn'?t|aren'?t|never) (?:here|come|arrived|turned up)", "(?:wants?|wanting|wanted|going) to (?:die|sleep forever|be dead)", "(?:threatening|threatened|threatens|saying|says|said|keeps saying)(?: (?:he|she|they)(?:'s|'ll| will| is| are|'d| would))?(?: going)? to (?:jump|throw (?:himself|herself|themselves)|end it)",
  `(?:taken|took|swallowed|had|has had)(?: [a-z]+){0,2}? ${OPEN_QUOTE}(?:an overdose|everything in|all (?:of )?(?:his|her|their|the)|(?:a|the) (?:whole |full |entire )?(?:load|lot|handful|bottle|box|packet|strip) of|too many|loads of)(?: [a-z]+){0,2}? (?:pills|tablets|meds|medication|medicine|antidepressants|painkillers|paracetamol|insulin|medicine cabinet|${NAMED_MEDICINES})`,
  // Told of someone else, as they said it: "he said he'd walk into the sea", "she keeps saying she'll go to the tracks".
  `${SAID_OF_THEM}(?:'ll| will|'d| would| is going to| was going to|'s going to| are going to| were going to) ${OPEN_QUOTE}${TO_A_PLACE_OF_DYING}`,
];

/** Someone present and dangerous to the writer or their household now. */
const DANGER_ACT = ["(?:stab|kill|shoot|strangle|murder|hurt|batter|beat|burn|attack)(?:s|ing)?"];
const DANGER_FROM = ["he", "he's", "she", "she's", "they", "they're", "someone", "somebody", "a man", "a woman", "men", "a gang", "my (?:ex|ex-partner|ex-husband|ex-wife|partner|husband|wife|boyfriend|girlfriend|son|dad|father|stepdad|brother|neighbour|flatmate|lodger)"];
const DANGER_WHO = ["me", "us", "the kids", "the children", "the baby", "my (?:kids|children|baby|son|daughter|family|mum|dad|wife|husband|partner)"];
const DANGER_NOW = [
  "at the door", "at my door", "outside", "in the house", "downstairs", "upstairs", "right now", "now", "screaming", "shouting", "banging", "kicking", "trying to get in", "breaking in", "broke in",
  "hiding", "locked (?:myself|ourselves|us|me) in", "on (?:his|her|their) way", "coming (?:round|over|back|here)", "(?:is|'s) here", "(?:has|'s got|got|with|holding) (?:a|his|her) (?:knife|gun|weapon|machete|hammer|bat)", "tonight",
];

/** Said as a professional or a volunteer about others in general: "we see a lot of self-harm", "suicide risk assessment". */
/**
 * (Not "my job" or "my counsellor" alone: "I lost my job" and "I told my counsellor" are the writer's own life, and a
 * crisis told beside them is still a crisis.)
 */
export const PROFESSIONAL = /\b(?:we see|i see a lot|(?:worked|work|working) in (?:mental health|a&e|the nhs|crisis|suicide prevention|the ambulance|a hospital|a hospice|social care|the police|policing)|(?:suicide|self-harm|risk) assessments?|as a (?:nurse|paramedic|clinician|counsellor|practitioner|support worker|doctor|gp|social worker|police officer|officer)|in my job|(?:my|our|the) (?:patients|clients|service users))\b/;
/** Ending a complaint, not a life; hurt in a fall; medicine as prescribed. */
const NOT_A_LIFE = /\b(?:complaint|case|file|correspondence|matter|email|emails|contact|relationship|subscription|membership|conversation|discussion|fell|falling|tripped|slipped|by accident|doctor|gp|prescri\w*|pharmac\w*|chemist|as advised)\b/;
const DANGER_NOW_HERE = new RegExp(`(?<![a-z0-9])(?:${DANGER_NOW.join("|")})(?![a-z0-9])`);
const WEAPON = ["knife", "knives", "gun", "machete", "axe", "hammer", "baseball bat", "bat", "weapon", "crowbar", "shotgun"];
const AT_THE_DOOR = ["outside", "at the door", "at my door", "banging", "kicking (?:the|my) door", "trying to get in", "breaking in", "in the house", "in my house", "downstairs", "upstairs", "right now", "hiding", "locked (?:myself|ourselves|us|me) in"];
const PRESENT_FROM = ["there(?:'s| is|s) (?:a|some|two) (?:man|men|woman|bloke|lad|lads|guy|someone)", "he'?s", "hes", "she'?s", "shes", "they'?re", "theyre", "someone'?s", "somebody'?s", "(?:he|she|they|someone|somebody|a man|my ex|my partner|my husband) (?:is|are|has|keeps|was)", "(?:he|she|they|someone|somebody|a man|my ex|my partner|my husband) (?:banging|kicking|trying|shouting|screaming)"];

/** Lives lost among many ("colleagues who have taken their own lives"): a topic or grief, not one person in danger now. */
const OTHERS_IN_GENERAL = /\b(?:their own lives|(?:colleagues|officers|veterans|men|women|people|friends|many|several|a number of|too many) (?:who )?(?:have |had )?(?:taken|took|ended|lost))\b/;

/**
 * A death that has happened, told in grief ("my son took his own life in 2023; at the inquest …"): no one's life is at
 * risk now that an alert could help (issue 10 look-alikes: grief is not a risk to life).
 */
const DEATH_TOLD = /\b(?:inquest|coroner|funeral|passed away|(?:has|had|have) died|died|his death|her death|their death|the death of|my late|in memory|grave|anniversary|bereave\w*)\b/;
/** A pet or an animal, not a person. */
const ANIMAL = /\b(?:dog|cat|pet|puppy|kitten|horse|pony|rabbit|hamster|vet)\b/;

/**
 * The writer's own wish or act, said in the first person ("I did the training course but I still want to die", "I told
 * my GP about suicidal thoughts"): a topic, a job or a story in the same sentence does not make it anyone else's.
 */
const OWN_ACT = /\bi(?:'m|m| am|'ve|ve| have| had| will|'ll)?\s+(?:[a-z']+\s+){0,5}?(?:want(?:ed)? to die|wanna die|want to be dead|suicidal|kill myself|end (?:my life|it all)|take my (?:own )?life|(?:hurt|harm|cut)(?:ing)? myself)\b/;
/** "Suicidal" as the name of a subject others deal with: "disclosures of suicidal intent", "spotting suicidal language". */
const SUICIDAL_AS_SUBJECT = /\b(?:(?:someone|somebody|anyone|anybody|people|those|a person|callers|residents) (?:who|that) (?:feels?|is|are|may be|might be|seems?) suicidal|(?:of|on|about|around|spotting|recognis\w*|recogniz\w*|identify\w*|handl\w*|respond\w* to|signs of|disclosures? of) suicidal (?:intent|language|ideation|thoughts|feelings|behaviou?r|people|callers|clients|patients|residents|risk|crisis|crises|disclosures?))\b/;

export const riskGuard = (hit: RuleHit) => {
  const sentence = ownNear(hit);
  const someoneElses = !OWN_ACT.test(sentence) && (PROFESSIONAL.test(sentence) || TOPIC.test(sentence) || FICTION.test(sentence) || SUICIDAL_AS_SUBJECT.test(sentence));
  return NOT_A_LIFE.test(ownNear(hit, 45)) && !/\b(?:kill\w* myself|suicid\w*|my (?:own )?life|overdos\w*|die|dead|(?:hurt|harm|cut|burn)(?:ing)? myself|self[- ]harm\w*)\b/.test(sentence) || recovered(hit) || someoneElses || DEATH_IDIOM.test(sentence) || pastAndResolved(hit) || /\brather\b[^.]*\bthan\b/.test(sentence);
};

export const CONCEPT_RISK_RULES: readonly AlertRule[] = [
  {
    id: "risk-to-life/self-act",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: [...MEDICINE_CUES, ...PLACE_CUES, "myself", "mine", "life", "die", "dead", "alive", "here", "around", "wake", "sleep", "worth", "living", "live", "suicidal", "suicide", "end", "ending", "finish", "finishing", "exist", "pills", "tablets", "meds", "medication", "medicine", "antidepressants", "painkillers", "paracetamol", "insulin", "overdose", "overdosed", "overdosing", "train", "lorry", "bus", "traffic", "sea", "river", "canal", "lake", "water", "wall", "tree", "harm", "harming", "born", "find", "finds", "found", "cutting", "deeper", "cuts", "insulin", "overdose", "codeine", "diazepam", "co-codamol"],
    pattern: phrases(SELF_ACT),
    unless: (hit) => riskGuard(hit) || leisureByWater(hit) || negatedAt(hit.text, hit.start) || /\b(?:if i (?:were|was)|imagine|as if)\b/.test(own(hit)) || retracted(hit) || deathCompleted(hit),
    examples: {
      match: [
        "Honestly I don't see myself being here by Christmas.",
        "Please don't bother replying, I won't be alive to read it.",
        "Life isn't worth living anymore.",
        "I'm going to step in front of a train tomorrow morning.",
        "I've swallowed all my antidepressants.",
        "I plan to hang myself when my wife is at work.",
        "I'm going to drink myself to death tonight.",
        "I want to die. Every day I wake up and wish I hadn't.",
        "I'm suicidal and I can't keep myself safe tonight.",
        "Tonight I'm going to finish things for good.",
        "I did the training course you suggested but I still want to die.",
        "I told my GP about suicidal thoughts last week and nothing has happened.",
        // A medicine by its name, not only "tablets".
        "I took the whole strip of my citalopram with a bottle of wine an hour ago.",
      ],
      notMatch: [
        "I am a criminology student writing about how PCC offices handle disclosures of suicidal intent and domestic abuse.",
        "Would your caseworkers like a free session on spotting suicidal language in emails?",
        "I'd rather die than phone your office again.",
        "I would never hurt myself, I just want a proper answer.",
        "Years ago I felt suicidal but the counselling saved me. I'm doing well now.",
        "Could you tell me who funds the suicide prevention helpline?",
        "The character in the film wanted to die.",
        "I burnt myself on the kettle this morning so typing is slow.",
        "I'll walk into the sea for a swim every morning while we're at the caravan.",
        "Many thanks, Sue. Samaritans volunteer. If you are feeling suicidal or your life is at risk, call 999 or the Samaritans on 116 123.",
        // A member of staff's end foretold is a veiled threat to them (threat-to-staff/end-foretold), not the writer's farewell.
        "Your boss won't be around much longer.",
      ],
    },
  },
  {
    id: "risk-to-life/other-act",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: [...MEDICINE_CUES, ...PLACE_CUES, "properly", "locked", "lying", "lay", "laid", "slumped", "moving", "bleeding", "blood", "ambulance", "paramedic", "paramedics", "himself", "herself", "themselves", "themself", "life", "lives", "breathing", "collapsed", "unconscious", "unresponsive", "blue", "wake", "goodbye", "die", "dead", "sleep", "jump", "overdose", "pills", "tablets", "meds", "medication", "medicine", "antidepressants", "painkillers", "paracetamol", "insulin", "end"],
    pattern: phrases(OTHER_ACT),
    // "Someone will get killed on that road one day" is a safety complaint; a casualty lying in the road is not.
    unless: (hit) => riskGuard(hit) || leisureByWater(hit) || negatedAt(hit.text, hit.start) || OTHERS_IN_GENERAL.test(own(hit)) || DEATH_TOLD.test(hit.sentence) || deathCompleted(hit) || ANIMAL.test(own(hit)) || (/\b(?:one day|before (?:someone|somebody)|(?:someone|somebody) (?:is going to|will|'ll))\b/.test(own(hit)) && /\b(?:road|junction|crossing|bend|speed|speeding|pothole|lorries|cyclists?|pedestrians?)\b/.test(own(hit))),
    examples: {
      match: [
        "My partner is threatening to kill himself and has locked himself in the bathroom.",
        "The man upstairs has just collapsed on the stairs and isn't breathing.",
        "My friend posted a goodbye message on Facebook and isn't answering her phone.",
        "My sister says she has taken everything in the medicine cabinet.",
        "My teenage son says he's going to jump off the multi-storey.",
        "My uncle keeps saying he'll walk into the sea one of these nights.",
        "My sister has locked the door and says she has been cutting herself again.",
      ],
      notMatch: ["The kids said they would jump into the river off the rope swing.", "Phoning the council's parking line is enough to make anyone want to hang themselves, honestly.", "Over my service three colleagues took their own lives, and I would like the Commissioner to scrutinise officer wellbeing.", "The detective in the novel killed himself in the last chapter.", "My late uncle took his own life in 1998; I'd like to support your mental health work, and thank you."],
    },
  },
  {
    id: "risk-to-life/danger-now",
    kind: "risk-to-life",
    policyRef: REVIEW_ALL_CONTACT,
    scope: "sentence",
    cues: ["stab", "kill", "shoot", "strangle", "murder", "hurt", "batter", "beat", "burn", "attack"],
    pattern: together(DANGER_ACT, DANGER_WHO, DANGER_NOW, DANGER_FROM),
    unless: (hit) => {
      const sentence = own(hit);
      return !DANGER_NOW_HERE.test(sentence) || KILL_ME_IDIOM.test(sentence) || DEATH_IDIOM.test(sentence) || pastAndResolved(hit) || notHereAndNow(sentence);
    },
    examples: {
      match: ["My ex is at the door screaming that he'll stab me. I'm hiding upstairs with the kids.", "He's downstairs with a knife saying he'll kill us."],
      notMatch: ["I know you file my emails now. My daughter's partner has a record for hurting women and she's moving in with him.", "My mum would kill me if she knew I'd written to you now.", "Three hours of the panel meeting? Kill me now, I'll be there though.", "Last weekend my neighbour threatened me with a knife when I went round.", "Years ago a man outside the pub tried to stab me; he was jailed and I'm fine now."],
    },
  },
  {
    id: "risk-to-life/armed-at-the-door",
    kind: "risk-to-life",
    policyRef: REVIEW_ALL_CONTACT,
    scope: "sentence",
    cues: ["knife", "knives", "gun", "machete", "axe", "hammer", "bat", "weapon", "crowbar", "shotgun"],
    // Someone armed, here, now (Warwickshire 7.1 "a risk to life"): a weapon at the door is danger whatever is said.
    pattern: together(WEAPON, AT_THE_DOOR, PRESENT_FROM),
    unless: (hit) => pastAndResolved(hit) || notHereAndNow(own(hit)) || /\b(?:last (?:week|month|year)|yesterday|ago)\b/.test(own(hit)),
    examples: {
      match: ["He's outside banging on the door with a knife and the kids are upstairs.", "my ex is downstairs with a hammer trying to get in, I've locked us in the bathroom"],
      notMatch: ["A man was outside the chip shop with a knife last year; he was jailed and we're fine now.", "The knife crime van is parked outside the library on Saturdays."],
    },
  },
  {
    id: "risk-to-life/missing-in-danger",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    scope: "sentence",
    cues: ["missing", "walked", "wandered", "home", "back", "find", "seen", "curtains", "milk", "post", "smell", "knocked", "answering"],
    // A vulnerable person missing in the cold, or not seen behind closed curtains (public welfare-check guidance): a life may be at risk now.
    pattern: together(
      ["(?:is|has been|gone|went|reported) missing", "walked out", "wandered (?:off|out)", "(?:hasn'?t|has not|not|never) (?:come|came) (?:home|back)", "can'?t find (?:him|her|them)", "(?:hasn'?t|has not|not) been seen", "haven'?t seen (?:him|her|them)", "curtains (?:are |have been )?(?:still )?(?:shut|closed|drawn)", "milk (?:still )?(?:on|left on) the (?:step|doorstep)", "post (?:is )?(?:piling|piled) up", "smell (?:coming )?from", "knocked and knocked", "not answering (?:the door|his door|her door)"],
      ["dementia", "alzheimer'?s", "minus", "freezing", "cold", "slippers", "pyjamas", "no coat", "diabetic", "insulin", "medication", "suicidal", "lives (?:on (?:his|her|their) own|alone)", "old (?:gentleman|man|lady|woman)", "elderly", "\\d+ hours", "since (?:thursday|friday|saturday|sunday|monday|tuesday|wednesday|last night|yesterday|this morning)", "curtains", "milk", "smell", "knocked"],
      // Someone, not a thing: "my parcel has gone missing" in the cold is no risk to life.
      ["he", "she", "they", "him", "her", "them", "nobody", "no one", "anyone", "(?:my|our|the|his|her) (?:dad|father|mum|mother|nan|gran|grandad|grandma|grandfather|grandmother|son|daughter|brother|sister|friend|husband|wife|partner|child|boy|girl|uncle|aunt|neighbour)", "(?:old|elderly) (?:gentleman|man|lady|woman|neighbour)", "lady", "gentleman"],
    ),
    unless: (hit) => /\b(?:(?:was|were|been) found (?:safe|safely|alive|well)|safe and well|home safe|came home|turned up)\b/.test(hit.text.slice(hit.start, hit.end + 160)) || /\b(?:holiday|cruise|away|abroad|visiting|in hospital|on leave)\b/.test(own(hit)) || notHereAndNow(own(hit)) || /\blast (?:winter|year|summer|spring|autumn)\b/.test(own(hit)),
    examples: {
      match: ["My grandad has Alzheimer's and wandered off from the home two hours ago, and it's freezing tonight.", "Nobody has seen the lady at number 3 since Monday and her curtains are still closed."],
      notMatch: ["When my mum, who has dementia, went missing last year she was found safe within the hour, thank you.", "My parcel has gone missing and it's been cold waiting in for it."],
    },
  },
];

// ---------------------------------------------------------------- threats to staff

/** Who on the office's side a threat names: the reader, staff by role or by the office's names for them, their family and home. */
const staffTarget = (names: StaffNames) =>
  `(?:you|u|ya|your|ur|yours|you lot|you people|whoever|caseworkers?|case workers?|chief executive|commissioner|staff|manager|boss|your office|that office|this office|the office${names.alt})`;
/** Whom violence lands on, as the object of a threat: "you", "him", a role, a member of staff by name, "Mr Jones". */
const objectOf = (names: StaffNames) =>
  `(?:you|u|ya|him|her|them|you lot|you all|all of you|every one of you|whoever[a-z ]{0,30}?|that [a-z]+|your [a-z]+|the (?:caseworker|case worker|chief executive|commissioner|manager)${names.alt}|(?:ms|mr|mrs|miss|mx|dr) [a-z]+)`;
/** Violence done, in the words a threat uses, with whom it lands on. */
const harmVerb = (OBJ: string) =>
  `(?:(?:hurt|harm|kill|stab|punch|batter|glass|strangle|throttle|headbutt|thump|slap|torch|acid|petrol bomb|firebomb|get even with|hunt down|track down) ${OBJ}|(?:hunt|track) ${OBJ} down|shoot ${OBJ}(?! (?:an?|the) (?:email|message|line|text|note))|beat ${OBJ}(?: up| senseless| black and blue)|beat the (?:shit|hell|crap|living daylights) out of ${OBJ}|break (?:every|your|his|her|their|both) (?:[a-z]+ )?(?:bone|bones|legs?|arms?|neck|jaw|nose|face|fingers|skull)|knock ${OBJ} (?:out|down|flat|senseless)|knock (?:your|his|her|their) (?:teeth|block|head|heed)|put (?:your|his|her|their) (?:front )?(?:windows?|windscreen|door) (?:in|through)|kick ${OBJ} (?:in|senseless|to)|kick (?:your|his|her|their) (?:head|face|teeth|door) in|(?:put|stick) my (?:fist|foot|boot|knife|head) (?:through|in|into)|smash (?:your|his|her|their|that|the)(?: [a-z]+)? (?:face|head|teeth|skull|windows?|car|office)|burn (?:your|his|her|their|that|the) (?:[a-z]+ )?(?:office|house|home|car|building|place)|sort ${OBJ} out(?= *(?:[.!,\\n]|$| for good| properly| myself| once))|finish ${OBJ} off|do ${OBJ} in|make ${OBJ} (?:suffer|bleed)|set fire to (?:your|his|her|their|that|the) (?:[a-z]+ )?(?:office|house|home|car|building|place)|put ${OBJ} through (?:a|the|your) (?:[a-z]+ )?(?:window|wall|door|windscreen))`;

const threatGuard = (hit: RuleHit) => {
  const sentence = own(hit);
  // A lawful route may be named in the sentence before ("… when the ombudsman sees the paperwork. Mark my words.").
  return (LAWFUL_ROUTE.test(sentence) && !/\bwhat happened to\b/.test(sentence)) || (lawfulNearby(hit) && !/\bwhat happened to\b/.test(`${hit.previous} ${sentence}`)) || FICTION.test(sentence) || TOPIC.test(sentence) || /\bi could (?:[a-z]+ly |quite |just |really )?(?:strangle|kill|murder|throttle) (?:whoever|the (?:person|idiot|genius) who|someone)\b/.test(sentence) || aboutOwnFamily(hit) || /\b(?:not threatening|no threat|never (?:hurt|harm)|wouldn'?t (?:hurt|harm)|won'?t (?:hurt|harm)|kill two birds|killer|hurt (?:my|our) (?:feelings|case|chances)|smash(?:ed|ing)? (?:it|the target|targets)|break(?:ing)? (?:the news|down the|it down)|knock(?:ing)? (?:on|at) (?:the|your) door at the|burn(?:ing)? the midnight oil|deal with (?:this|it|my|the)|track (?:my|the|this) (?:complaint|case|progress|request))\b/.test(sentence);
};

export const CONCEPT_THREAT_RULES: readonly AlertRule[] = [
  {
    id: "threat-to-staff/harm-to-them",
    kind: "threat-to-staff",
    policyRef: VIOLENCE_REPORTED,
    writersOwn: true,
    cues: ["burning", "shooting", "stabbing", "hanging", "pint", "deserves", "deserve", "windows", "through", "heed", "got", "merked", "shanked", "glassed", "burns", "burn", "should", "needs", "ought", "deserves", "deserve", "kicking", "hiding", "beating", "pasting", "battering", "tenner", "fiver", "quid", "hurt", "harm", "kill", "stab", "shoot", "punch", "smash", "batter", "beat", "break", "fist", "foot", "boot", "glass", "slash", "burn", "torch", "petrol", "acid", "firebomb", "bomb", "strangle", "knock", "kick", "thump", "slap", "headbutt", "throttle", "wreck", "trash", "suffer", "bleed", "hunt", "track", "even", "sort", "finish", "fire", "tyres", "tires", "key", "keying", "scratch", "pay", "regret", "sorry", "beg", "cry", "scream", "injured", "killed", "battered", "beaten", "stabbed", "harmed", "coming", "blow"],
    // The writer (or "someone") will do it, and it lands on the staff side: "I'll put my fist through your face", "make them suffer".
    ...withStaff((names) => {
      const OBJ = objectOf(names);
      const HARM_VERB = harmVerb(OBJ);
      return phrases([
      `(?:i|we|someone|somebody|people|my (?:mates|friends|lads|boys|brothers|cousins|family))(?:'ll| will|'m going to| am going to|'re going to| are going to|'m gonna| am gonna| shall|'d| would| could| might| want to| wanna| intend to| plan to| swear i'll| promise i'll)(?: [a-z']+){0,4}? ${HARM_VERB}`,
      `(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to|'m gonna| am gonna)(?: [a-z']+){0,3}? (?:make|see) (?:you|u|them|him|her|whoever[a-z ]{0,30}?|that [a-z]+|your [a-z]+${names.alt}) (?:suffer|pay|bleed|regret|sorry|beg|cry|scream)`,
      `(?:${staffTarget(names)}|she|he|they)(?: [a-z']+){0,3}? (?:is|are|'s|'re) (?:going to|gonna) (?:get|be) (?:hurt|harmed|injured|killed|battered|beaten|stabbed|what(?:'s| is) coming)`,
      // Street and dialect forms of the same (train-30 on): "zuleikha gonna get got", "hes getting a pint over his head".
      `(?:${staffTarget(names)}|she|he|they)(?:(?: [a-z']+){0,3}? (?:is|are|'s|'re))? (?:going to|gonna) get (?:got|merked|shanked|glassed|done in|smacked|slapped|battered)`,
      `(?:${staffTarget(names)}|she|he|they)(?:'s| is|'re| are) (?:getting|going to get|gonna get) a (?:pint|drink|glass|bottle|brick|slap|smack|kicking|hiding|punch) (?:over|in|round|across) (?:his|her|their|your|the) (?:head|face|teeth)`,
      `(?:someone|somebody|people|i|we)(?: [a-z']+){0,2}? (?:should|needs to|need to|ought to|wants to|want to|is going to|will|'ll|'d|would|could) give ${OBJ}(?: one)? a (?:good |proper |real |right )?(?:slap|smack|slapping|hiding|kicking|beating|pasting|battering|thump|punch|going over)`,
      `(?:burn|torch|petrol bomb|firebomb|blow up|bomb|smash up|wreck|trash)(?: [a-z']+){0,2}? (?:your|that|this|the|their|her|his) (?:office|offices|building|house|home|car|place)(?: [a-z']+){0,4}? (?:down|to the ground|with (?:you|all of you|them|everyone))?`,
      `(?:slash|slashing|let down|key|keying|smash|smashing|torch|torching|scratch|scratching) (?:your|her|his|their|[a-z]+'s) (?:tyres|tires|car|windows|windscreen|paintwork)`,
      `(?:your|that|the) (?:office|building|house|place)(?: [a-z']+){0,2}? burns? (?:down|to the ground)`,
      `(?:someone|somebody|people) (?:should|needs to|need to|ought to|wants to|want to|is going to|will) (?:sort|deal with|teach|shut|do|sort out|get) ${OBJ}(?: out| up| in| a lesson)?`,
      `${OBJ} (?:deserves?|needs?|wants?|is asking for|is due) (?:a )?(?:good )?(?:kicking|hiding|beating|slap|smack|pasting|punch|thump|battering)`,
      // "you lot want burning out", "Dunne deserves to be six foot under", "your office windows are going in".
      `${OBJ} (?:want|wants|need|needs) (?:burning|shooting|stabbing|hanging)(?: out| down)?`,
      `${OBJ} deserves? to (?:be (?:six (?:foot|feet) under|dead|in (?:the|a) (?:ground|box|grave))|die)`,
      "(?:your|ur) (?:office )?windows (?:are|will be|are going to be) (?:going in|coming in|getting (?:smashed|put in))",
      "(?:lads|mates|people|blokes|friends|guys|boys) who(?:'d| would| will|'ll) do (?:it|that|the job|him|her|you) for (?:a tenner|a fiver|a few quid|nothing|free|cash|a drink|£\\d+)",
      ]);
    }),
    unless: (hit) => threatGuard(hit) || negatedAt(hit.text, hit.start),
    examples: {
      match: [
        "I will put my fist through your face next time I see you.",
        "I'm going to hunt down whoever wrote this letter and make them suffer.",
        "That caseworker is going to get hurt if she carries on like this.",
        "I'll burn that office to the ground with you lot inside.",
        "Refuse me once more and I'll slash your tyres.",
        "I am going to break every bone in your body.",
        "Priya Shah is going to get hurt if she carries on like this.",
        "I'll batter Priya when I see her.",
        "If ah see that Priya oot and aboot ah'll knock her heed off.",
        "If this is not sorted by the end of the month I'll go and put his windows through myself.",
        "Priya gonna get got if she keeps lying about my case.",
        "If Sam Carter turns up to the Q&A he's getting a pint over his head.",
        "Somebody needs to give that Priya one a good slap.",
        "you lot want burning out, every last one of you in that office.",
        "Priya deserves to be six foot under.",
        "If my complaint isn't reopened this week your office windows are going in.",
      ],
      notMatch: [
        // Named, but not staff: the writer's own neighbour.
        "My neighbour Gareth is going to get hurt on that ladder one day.",
        "I'm going to fight this decision through the proper channels.",
        "I will make you pay in court for this.",
        "I'll deal with this when I get home from work.",
        "I'll catch up with your manager next week about the forms.",
        "I'll shoot you an email with the details.",
        "Take heed: I'll knock on your door at the open day.",
        "I'll give you a ring about the hearing.",
        "Somebody needs to give the caseworker a good talking to about the delays.",
        "The office windows are getting done next week by the council's contractors.",
        "I'll sort you out a copy of the form.",
        "I'm going to smash my fundraising target for your charity run!",
      ],
    },
  },
  {
    id: "threat-to-staff/veiled",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    writersOwn: true,
    cues: ["park", "walk", "drive", "leave", "school", "remember", "happened", "protect", "save", "watch", "back", "regret", "day", "accidents", "happens", "happen", "words", "dealing", "find", "anyone", "alone", "careful", "door", "brave", "hide", "pity", "shame", "awful", "terrible", "flames", "brakes", "think", "pay", "coming", "warned", "warning", "next", "safe", "hell", "misery", "sorry", "wait", "outside"],
    pattern: phrases([
      "watch (?:your|her|his|their) backs?",
      "(?:you(?:'ll| will)|she(?:'ll| will)|he(?:'ll| will)|they(?:'ll| will)|[a-z]+ (?:will|'ll)) regret (?:the day|ever|it|this|ignoring|crossing|refusing|not|that|what)",
      "accidents (?:happen|can happen|do happen) to (?:people|women|men|folk|those|staff|caseworkers|you)",
      "see what happens to (?:you|her|him|them)",
      // The writer's own wait-and-see ("I'm just going to see what happens", of a medicine stopped) threatens no one; "you'll
      // see what happens", "ignore me and see what happens" do.
      "(?<!\\b(?:i|im|i'm|i am|i'll|ill|i will|i'd|we|we're|we are|we'll|we will|we'd|let's|lets|let us)(?: just)?(?: (?:going to|gonna))?(?: just)?(?: wait and)? )see what happens(?= *[.!,\\n]|$| to| next| then| if)",
      "mark my words",
      "(?:you|u|she|he|they) (?:don't|do not|doesn't|does not|dont) know who (?:you're|you are|she's|she is|he's|he is|they're|they are) (?:dealing|messing|dealing) with",
      "(?:people|friends|mates|lads|contacts) who (?:can|could|will) find (?:anyone|anybody|you|her|him|them)",
      "(?:had better|'d better|better|should|shouldn't|want to) (?:not )?(?:go out|walk|travel|leave|be) (?:alone|on (?:her|his|your|their) own|at night)",
      "(?:want|wants|need|needs|should|had better|'d better) (?:to )?be (?:very |really )?careful (?:crossing|walking|driving|on (?:your|her|his|their) (?:way|journey|walk)|at night|going home|when (?:you|she|he|they) (?:leave|leaves)|in the car park|after dark|where (?:you|she|he|they))",
      "(?:i(?:'ll| will)(?: be)?|i'm going to|i am going to|i'm gonna|we(?:'ll| will)(?: be)?) (?:knocking|knock|banging|bang|hammering) on (?:your|her|his|their) (?:front )?door",
      "(?:let's|let us|we'll|we will) see how (?:brave|clever|smug|tough|cocky) (?:you|she|he|they) (?:are|is)",
      "(?:can't|cannot|can not) hide (?:behind [a-z ]{1,30}? )?(?:forever|for ever|for long|from me)",
      "(?:pity|shame|awful|terrible|tragic|sad) if (?:it|something|anything|the brakes|your|her|his|their|that)(?: [a-z']+){0,4}? (?:went up|happened|failed|caught fire|burned|burnt|got (?:hurt|damaged|broken|scratched))",
      "brakes (?:failed|fail|went)",
      "(?:went|go|goes|going) up in (?:flames|smoke)",
      "(?:think on|you(?:'ve| have) been warned|this is your (?:last|final) warning|last warning)(?= *[.!,\\n]|$)",
      "(?:you(?:'ll| will)|she(?:'ll| will)|he(?:'ll| will)|[a-z]+ (?:will|'ll)) pay for (?:this|that|what)",
      "(?:make|making) (?:your|her|his|their) li(?:fe|ves) (?:a )?(?:living )?(?:hell|misery|nightmare)",
      "(?:you|she|he|they)(?:'ll| will) be sorry",
      "(?:be|i'll be|i will be) waiting (?:for (?:you|her|him|them) )?(?:when|after|outside|at the) (?:your|her|his|their|the)? ?(?:shift|work|office|back entrance|car park|door)",
      "(?:i'd|i would|you'd|you should|you want to|better|you'd better) be careful(?: [a-z]+){0,3}? (?:where|when|how) (?:you|she|he|they) (?:park|walk|go|drive|leave)",
      "(?:her|his|your|their|[a-z]+'s) (?:[a-z]+ )?(?:kids'?|children'?s?|son'?s|daughter'?s|boy'?s|girl'?s|lad'?s|little one'?s) school (?:finishes|starts|ends|lets out|gets out|comes out|is out|opens)",
      "remember what happened to (?:that|the|jo|an?) (?:mp|councillor|caseworker|woman|man|officer|[a-z]+)",
      "(?:that|it|this) could (?:be|happen to) (?:any|one|all) of you",
      "(?:need|needs|take|takes) (?:more than [a-z ]{1,40}? )?to protect (?:you|her|him|them)(?= *(?:[.!,\\n]|$| when| from| if))",
      "(?:nobody|no one|no-one|nothing) (?:can|will|could)(?: be able to)? (?:protect|save|help) (?:you|her|him|them)(?= *(?:[.!,\\n]|$| when| then| now))",
    ]),
    unless: (hit) => threatGuard(hit) || negatedAt(hit.text, hit.start),
    examples: {
      match: [
        "Watch your back, Sam.",
        "You'll regret the day you ever opened my file, Casey.",
        "Accidents happen to people like you, Morgan.",
        "Keep ignoring me and see what happens to you.",
        "Ignore this letter, Casey, and see what happens.",
        "You're going to see what happens, Casey Worker.",
        "You don't know who you're dealing with. I have people who can find anyone.",
        "Dana Chief had better not go out alone.",
        "Next time I won't be writing, I'll be knocking on your front door.",
        "Casey Worker has a lovely garden. Be a pity if it went up in flames.",
        "Mark my words, Casey Worker will pay for this.",
      ],
      notMatch: [
        "You'll be sorry\nYou'll be sorry you closed this when the ombudsman and the Panel see the paperwork. Mark my words.",
        "You'll regret this decision when the Ombudsman reviews it.",
        "Mark my words, the voters will remember this at the election.",
        "It's a shame if the meeting is cancelled again.",
        "I'll be waiting for your reply with interest.",
        "The tablets the GP gave me aren't working so I've stopped them and I'm just going to see what happens.",
        "Nobody at the hearing could tell us, Casey, so we'll just wait and see what happens."
      ],
    },
  },
];

/** Knowing a member of staff's private life: the sign of a veiled threat (weight 1; two signs, or one beside a threat, alert). */
export const CONCEPT_THREAT_SIGNS: readonly AlertRule[] = [
  {
    id: "threat-to-staff/means-mentioned",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    weight: 1,
    writersOwn: true,
    cues: ["shotgun", "gun", "guns", "rifle", "crossbow", "firearm", "firearms", "machete", "knives", "licence", "hands", "world", "nothing"],
    // A weapon to hand, or time and nothing to lose, said to the office: alone an aside, beside a hint a threat.
    pattern: phrases([
      "i (?:have|own|'ve got|have got|keep) (?:a |an |my |some )?(?:shotgun|gun|guns|rifle|air rifle|crossbow|firearms?|machete|knives)(?: licence| certificate)?",
      "(?:shotgun|gun|firearms?) licence",
      "(?:a lot of|plenty of|all the) time on my hands",
      "(?:nothing|not much) (?:left )?to lose",
      "small world(?:,)?(?: isn'?t it)?(?= *(?:[.!?,\\n]|$))",
    ]),
    unless: (hit) => /\b(?:club|clay|shoot(?:ing)? (?:season|club|ground)|farm|farmer|pest|renewal|renew|licensing|firearms (?:team|unit|office|department))\b/.test(own(hit)),
    examples: {
      match: ["I have a shotgun licence and a lot of time on my hands. Your call.", "Got a mate who drinks in the same pub as Casey. Small world isn't it."],
      notMatch: ["My shotgun licence renewal has taken nine months, can the Commissioner look into the firearms team?"],
    },
  },
  {
    id: "threat-to-staff/knows-them",
    kind: "threat-to-staff",
    policyRef: THREATS_TO_STAFF,
    weight: 1,
    writersOwn: true,
    scope: "sentence",
    cues: ["gym", "church", "pub", "club", "pool", "salon", "yours", "holiday", "holidays", "photos", "pictures", "instagram", "facebook", "tiktok", "address", "number", "husband", "wife", "partner", "kids", "children", "daughter", "son", "school", "nursery", "home", "walk", "drive", "drives", "car", "road", "street", "journey", "lives", "live", "garden", "house", "parks"],
    ...withStaff((names) =>
      together(
      [
        "(?:holiday|holidays|photos|pictures|instagram|facebook|tiktok|profile)", "(?:home |phone |mobile |personal )?(?:address|number)", "(?:husband|wife|partner|kids|children|daughter|son)(?:'s)?(?: name| names| school| nursery)?",
        "(?:school|nursery)", "(?:walk|walks|way|journey|drive|drives|route) home", "(?:drives|drive) a", `(?:you|she|he${names.alt}) (?:lives?|lived) (?:in|on|at|near)`, "(?:nice|lovely|quiet) (?:road|street|house|garden|car|kids|family|children)", "where (?:you|she|he) parks?", "which way",
        `(?:gym|school|church|pub|club|pool|surgery|salon|hairdresser'?s?|running club)(?: [a-z]+){0,2}? (?:you|she|he${names.alt}) (?:goes|go|uses|use|attends|attend|trains|train|drinks|drink)`, "(?:is|'s) yours(?:,)? (?:isn'?t|is not) it", `(?:same|the) (?:gym|school|church|pub|club|pool|salon|running club|choir) as (?:you|her|him${names.alt})`,
      ],
      ["you", "your", "you've", "she", "her", "he", "his", ...names.forms, "caseworker", "manager", "chief executive"],
      ["i know", "i've seen", "i have seen", "i saw", "i found", "i've found", "i have found", "i looked", "i've been looking", "i've got", "i have got", "got a (?:mate|friend|cousin|brother)", "doesn't (?:he|she)", "don't you", "isn't (?:it|he|she)", "nice", "lovely", "quiet", "think on", "small world"],
    ),
    ),
    unless: (hit) => /\b(?:my|our) (?:daughter|son|kids|children|husband|wife|partner|mum|dad|family|house|home)\b/.test(own(hit)) || /\b(?:thank|thanks|appreciated|kind|helpful|lovely to meet|congratulations|condolences|sorry to hear|hope you|no rush|of (?:her|his|your) own)\b/.test(own(hit)) || LAWFUL_ROUTE.test(own(hit)) || saidKindly(hit) || ORG_PLACE.test(hit.text.slice(hit.start, hit.end + 40)),
    examples: {
      match: ["I've seen the photos of your holiday in Spain on Instagram, Morgan. Lovely kids you've got.", "Sam Carter lives in Kenilworth, doesn't he. Accidents happen.", "Priya lives in Kenilworth, doesn't she. Small world."],
      notMatch: [
        "I know Casey has young children of her own, so there's no rush to call me back.",
        "Thank you, Sam, I know your school visit went well.",
        // Named, but not staff: an officer the writer reports on.
        "PC Gareth Lewis lives in Kenilworth, doesn't he. Small world.",
      ],
    },
  },
];

// ---------------------------------------------------------------- safeguarding

/** Someone a safeguarding concern is about: a child, an older or disabled adult, someone in a relationship the writer describes. */
const AT_RISK = [
  `(?:my|our|her|his|their|the|a|an|this|that|these|those|two|three|four|next door's|neighbour's|neighbours'|little|young|small) (?:[a-z'-]+ ){0,2}?${CHILD}`, "kids next door", "children next door", "i'?m (?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen)(?! (?:years|months) (?:ago|since))", "(?:1[0-7])\\)", "(?:1[0-7]|[1-9])[- ]?(?:year[- ]old|yr old|yo|years old)", "(?:aged|is|she's|he's|only|just) (?:1[0-7]|[1-9])(?![0-9]| years ago| ?%| ?am| ?pm| minutes| hours| days| weeks| months|[.:]\\d)", "(?:look|looks|looked|looking|about|around|maybe|roughly|barely) (?:about |around |like )?(?:1[0-7]|[4-9])(?:,? (?:or )?1[0-7])?(?![0-9]| years ago| ?%| ?am| ?pm| ?p\\b| minutes| mins| hours| days| weeks| months| miles| mph| times| people| men| women| of| quid| pounds|[.:,]\\d)",
  "(?:[7-9]\\d|1[01]\\d)[- ]?(?:year[- ]old|years old)", "(?:is|aged|she's|he's) (?:[7-9]\\d|1[01]\\d)(?![0-9])", "elderly", "older (?:person|people|lady|man|woman|neighbour)", "pensioner",
  "dementia", "alzheimer'?s", "disabilit(?:y|ies)", "disabled", "learning[- ]disab\\w*", "autis\\w*", "blind", "deaf", "vulnerable", "frail", "housebound", "care home", "nursing home", "carer",
  "schizophreni\\w*", "bipolar", "mental health", "psychosis", "nan", "nana", "gran", "granny", "grandma", "grandad", "grandpa", "grandfather", "grandmother", "(?:mum|mom|dad|nan|gran|grandma|grandad)'s",
  "(?:my|our|her|his) (?:mum|mom|mother|dad|father|uncle|aunt|auntie|sister|brother|friend|daughter|son|nephew|niece|cousin)", "a woman", "a girl", "young (?:women|girls|boys)",
];
/** What is done to them: violence, neglect, control, taking their money, exploitation, sexual harm. */
const HARM = [
  "hits? (?:him|her|them)", "hitting (?:him|her|them)", "beat(?:s|ing|en)? (?:him|her|them)", "beaten", "punch(?:es|ed|ing) (?:him|her|them)", "kick(?:s|ed|ing) (?:him|her|them)", "slap\\w*", "strangl\\w*", "chok(?:ed|es|ing)", "bruis\\w*", "marks on (?:his|her|their)", "burns on", "black eye",
  "shout\\w* at (?:him|her|them)", "scream\\w* at (?:him|her|them)", "lock(?:s|ed)? (?:him|her|them|me) (?:in|up|out)", "locked in", "neglect\\w*", "(?:always |so |really )?hungry", "(?:filthy|dirty|smelly) (?:and|clothes)", "soiled", "no food", "without (?:food|water|heating|care)",
  "left (?:alone|on (?:their|his|her) own|in bed)", "alone for", "not (?:being )?(?:fed|washed|changed)", "pressure sores", "controls? (?:everything|all|her|him|my|what|the money)", "controlling", "won't let (?:her|him|them|me)", "doesn't let (?:her|him|them|me)", "not allowed (?:out|to)", "ask(?:s)? permission",
  "tracks? (?:my|her|his) (?:phone|location)", "checks? (?:my|her|his) phone", "(?:takes?|taken|taking|took) (?:all |away )?(?:his|her|their) (?:money|wages|pension|pension card|benefits|bank card|passport|savings)",
  "hand(?:s|ing)? over (?:his|her|their) (?:pension|savings|money|benefits|card)", "pressur(?:ed|ing|ised|izing|ising)", "forc(?:ed|ing)", "forces (?:him|her|them|me)", "making (?:him|her|them) (?:hand|give|pay|buy|carry|sell|sign)",
  "(?:gave|given|using|uses|used) (?:his|her|their) bank (?:card|details)", "(?:send|sending|sent) (?:him|her|them) (?:all )?(?:his|her|their) (?:savings|money|pension)", "exploit\\w*", "groom\\w*", "messag\\w*(?: [a-z]+){0,2} late at night",
  "(?:giving|gives|gave|buying|buys|bought) (?:him|her|them) (?:presents|gifts|money|phones?|trainers|drugs|alcohol)", "(?:keep (?:it|this) (?:a )?secret|not to tell)", "older (?:men|man|lads|boys)", "grown (?:men|man)",
  "(?:getting|gets|got|get) into cars", "drugs", "dealing(?! with)", "county lines", "traffick\\w*", "kept in (?:the house|a room|her room|his room|the flat)", "(?:taken|took|takes|kept|hidden|hid|has) (?:her|his|their|my) passport",
  "(?:scared|frightened|afraid|terrified) of (?:him|her|them|his|her|my|the|their)", "(?:scared|frightened|afraid|terrified) to (?:go home|leave|tell|say|speak|go back|be at home)", "terrified", "run(?:ning)? away", "ran away", "(?:gone|is|has been|went|reported|goes) missing",
  "sexual\\w*", "touch(?:es|ed|ing) (?:him|her|them)", "(?:photos|pictures) of (?:the )?(?:children|kids|girls|boys)", "taking (?:photos|pictures)", "abus\\w*", "cuckoo\\w*", "moved into (?:his|her|their) (?:flat|house|home)", "taken over (?:his|her|their)",
  "(?:broke|broken|break|breaking) (?:her|his|their) (?:nose|arm|jaw|ribs?|wrist|leg|fingers?|cheekbone)", "(?:won't|will not|wont) get (?:back )?up",
  "(?:has|got|took|taken|holds|keeps|kept|uses|using) (?:her|his|their) (?:bank |debit |pension )?card", "cashpoint", "lost (?:around |about |over |nearly |almost )?£\\d", "paid (?:them|him|her|a man|two men)? ?(?:around |about |over )?£\\d",
  "new (?:trainers|phones?|clothes|jewellery|designer)", "(?:two|three|several|new|second) phones", "won'?t (?:tell|say) (?:me|us) (?:why|where|anything|who)", "(?:gets|got|getting|takes|taking) the train to", "stopped going to school", "(?:missing|skipping|bunking) school",
  "mature for (?:her|his|their) age", "delete (?:the|their|our|her|his) (?:chats|messages|texts)", "messag\\w* (?:her|him|them)(?: on [a-z]+)? (?:at night|late)",
  "(?:bought|buys|buying|given|gave|gives|giving) (?:her|him|them) (?:a |an )?(?:phone|necklace|jewellery|presents|gifts|money|clothes|trainers|drugs|alcohol|vapes?)",
  "(?:threw|thrown|kicked|chucked|put) (?:me|my stuff|my things|her|him|them|her stuff|his stuff) out", "(?:said|told (?:me|her|him)) (?:to )?(?:don'?t|not to|never) come back", "nowhere to (?:go|sleep|stay)", "(?:sleeping|sleep|slept) (?:rough|on the streets|in (?:a|the) (?:car|park|bus station))",
  "(?:drunk|drinking|been drinking)[^]{0,120}? (?:driving|drove|driven (?:off|away)|behind the wheel)", "(?:his|her|their) (?:boyfriend|girlfriend) is (?:1[89]|[2-9]\\d)",
  // Broader forms of the same harms (issue 10 blind sets: a child's words for abuse, a beating promised, a child out alone at night, sleeping rough).
  "hurts? (?:my|his|her|their) (?:bottom|bum|privates?|private parts|willy|down there)", "(?:boyfriend|stepdad|step-dad|stepfather|step-father|uncle|man|lodger|partner|coach|neighbour|friend) (?:comes?|came|keeps coming|coming|gets?|got) (?:in|into) (?:my|her|his|their) (?:room|bed|bedroom)(?! to (?:say|tell|ask|check))",
  "(?:give|giving|gave|gives) (?:his|her|their|the) (?:lad|son|boy|girl|daughter|kid|kids|child) a (?:proper |good )?(?:hiding|beating|thrashing|belting|leathering)", "marks on (?:him|her|them)", "(?:has|had|got|with|there are) (?:marks|bruises|a cut|cuts|burns) (?:on|all over)",
  "grabbed (?:him|her|them) by the (?:throat|neck|hair|arm)", "(?:taking|takes|took|taken|driven|driving|brought|bringing) (?:them|her|him|the girls|girls|the kids) to (?:a |an |the )?(?:hotel|flat|party|parties|house|men|man)",
  "(?:sleeping|sleeps|slept) in (?:a|the) (?:stairwell|doorway|shed|garage|car park|underpass|storeroom|stockroom|back room|van)", "(?:can't|cannot|won't|doesn't want to|daren't) go (?:back )?home (?:because of|cos of|while|with|since) (?:her|his|their|the|my|mum's|mam's)",
  "(?:outside|out|wandering)(?: alone| on (?:his|her|their) own)? at (?:midnight|night|[0-4] ?am)", "in (?:a|just a|only a|his|her) nappy",
  "stopped eating", "not eating", "no heating", "threat\\w* (?:him|her|them)", "threatened to (?:kill|hurt|take|harm) (?:him|her|them)", "at all hours", "being brought to", "in a relationship with", "hurts? (?:him|her|them)", "harm(?:s|ed|ing)? (?:him|her|them)",
];
const safeguardingGuard = (hit: RuleHit) => {
  const sentence = own(hit);
  return TOPIC.test(sentence) || FICTION.test(sentence) || sportInjury(sentence) || pastAndResolved(hit) || notNowAtRisk(hit) || /\b(?:(?:was|were|been) found (?:safe|safely|alive|well)|safe and well|home safe)\b/.test(hit.text.slice(hit.start, hit.end + 160)) || /\b(?:wonderful|lovely|kind|brilliant|great|helps? (?:him|her|them)|thank\w*|appreciate\w*|assembly|awareness|leaflet|talk|training|safeguarding (?:lead|board|team|assembly|training|policy))\b/.test(sentence);
};

/** A partner or ex, as the person harmed by them writes it. */
const PARTNER = ["(?:my|our) (?:husband|wife|partner|boyfriend|girlfriend|ex|ex-partner|ex-husband|ex-wife|fiance|fiancee)", "(?:since |after |when )?i left (?:him|her)"];
/** What an abusive partner does to the writer: violence, control, fear, threats about the children. */
const PARTNER_HARM = [
  "hits? me", "hurts? me", "beats? me", "(?:pushed|shoved|strangled|choked|punched|kicked|slapped) me", "controls? (?:everything|all|our money|the money|my money|what i|who i|where i)", "tracks? my (?:phone|location|car)", "checks? my (?:phone|messages|emails)",
  "won't let me", "doesn't let me", "not allowed (?:out|to)", "(?:scared|frightened|afraid|terrified) of (?:him|her|them)", "(?:scared|frightened|afraid|terrified) (?:to go home|he will|she will|he'll|she'll|for my)",
  "nobody would believe me", "makes? me (?:sleep with|have sex|do things|go with)", "(?:has|took|taken|keeps|kept|hidden|hid) my passport", "deported", "turns? up at my (?:work|house|home|door|flat|job)", "tracker (?:on|under|in) my", "knows where i am", "(?:kill|hurt|stab|batter|strangle|beat) me", "threaten\\w* (?:me|to take|to kill|to hurt)", "threatening (?:messages|texts|calls)", "take (?:the|our|my) (?:kids|children|baby)", "(?:takes|took|keeps) my (?:money|wages|card|bank card|phone|passport|keys)",
];

export const CONCEPT_SAFEGUARDING_RULES: readonly AlertRule[] = [
  {
    id: "safeguarding/partner-abuse",
    kind: "safeguarding",
    policyRef: REVIEW_ALL_CONTACT,
    scope: "sentence",
    cues: ["makes", "make", "passport", "deported", "turns", "turn", "tracker", "knows", "kill", "stab", "batter", "strangle", "beat", "hits", "hit", "hurts", "hurt", "beats", "pushed", "shoved", "strangled", "choked", "punched", "kicked", "slapped", "controls", "control", "tracks", "checks", "let", "allowed", "scared", "frightened", "afraid", "terrified", "believe", "threaten", "threatens", "threatened", "threatening", "take", "takes", "took", "keeps"],
    pattern: together(PARTNER, PARTNER_HARM),
    unless: (hit) => safeguardingGuard(hit) || /\b(?:ha|haha|lol|joking|only joking)\b/.test(own(hit)),
    examples: {
      match: ["I'm scared of my husband. He controls our money, tracks my phone and says nobody would believe me.", "My ex sends me threatening messages and I am scared he will take our children."],
      notMatch: ["My husband won't let me forget our anniversary, ha.", "My partner and I want to thank the officer who helped us."],
    },
  },
  {
    id: "safeguarding/at-risk-harmed",
    kind: "safeguarding",
    policyRef: REVIEW_ALL_CONTACT,
    scope: "sentence",
    cues: [
      "hit", "hits", "hitting", "beat", "beats", "beating", "beaten", "punch", "kick", "slap", "strangle", "choke", "bruise", "bruises", "marks", "burns", "eye", "injury", "injuries", "shout", "shouts", "scream", "screams", "locks", "locked",
      "neglect", "neglected", "hungry", "dirty", "soiled", "food", "water", "heating", "left", "alone", "fed", "washed", "sores", "control", "controls", "controlling", "let", "allowed", "permission", "tracks", "checks", "takes", "taken",
      "taking", "took", "hand", "handing", "pressure", "pressuring", "forced", "forces", "forcing", "making", "bank", "savings", "pension", "exploit", "exploited", "groom", "groomed", "grooming", "messaging", "presents", "gifts", "secret",
      "tell", "older", "grown", "cars", "into", "broke", "broken", "nose", "arm", "jaw", "ribs", "up", "card", "cashpoint", "lost", "paid", "trainers", "phones", "phone", "train", "school", "mature", "delete", "bought", "buys", "given", "gave", "threw", "thrown", "kicked", "chucked", "back", "nowhere", "sleeping", "rough", "driving", "drove", "driven", "drinking", "drunk", "wheel", "boyfriend", "girlfriend", "drugs", "dealing", "lines", "trafficked", "trafficking", "kept", "passport", "terrified", "scared", "frightened", "afraid", "run", "ran", "away", "missing", "sexual", "touches", "touched",
      "touching", "photos", "pictures", "abuse", "abused", "abusing", "abusive", "cuckooed", "cuckooing", "moved", "over", "eating", "bottom", "bum", "privates", "room", "bedroom", "bed", "hiding", "beating", "thrashing", "belting", "cut", "cuts", "grabbed", "hotel", "flat", "party", "stairwell", "doorway", "shed", "garage", "storeroom", "home", "midnight", "night", "nappy", "threat", "threats", "threatening", "threatens", "hours", "brought", "leave", "relationship", "hurt", "hurts", "harm", "coach", "stranger", "strangers",
    ],
    pattern: together(AT_RISK, HARM),
    // An adult relation harmed by a customer or a stranger: a crime, not a person at risk (outsider.ts).
    unless: (hit) => safeguardingGuard(hit) || harmByOutsider(hit.sentence),
    examples: {
      match: [
        "My elderly uncle has dementia and his new lodger is making him hand over his pension every week.",
        "My mother's carer shouts at her and leaves her in soiled clothes all day.",
        "My son's football coach has been messaging him late at night and giving him presents. He told him not to tell us.",
        "My sister is being kept in the house by her husband, he's taken her passport.",
        "There are young girls being brought to the flat below at all hours by different men.",
        "A kid in my son's class says his dad locks him in the cupboard.",
        "One of my mindees, aged 4, keeps saying mummy's friend hurts my bottom.",
        "A girl of about 12 has been sleeping in the stairwell by the back entrance.",
        "I keep getting jobs picking up girls who look about 14, 15, taking them to a hotel by the motorway.",
        "i'm 17 and my mums boyfriend comes in my room when shes at work.",
      ],
      notMatch: [
        "Officers forced entry at the wrong address and terrified my children.",
        "My son is doing a school project on safeguarding and would love to interview someone.",
        "My dad's carer helps him with his shopping and reads him your letters.",
        "My mother is 91 and would like a paper copy of the newsletter.",
        "How much is the Commissioner spending on tackling domestic abuse this year?",
        "My son is 9 and he gets into my bed when there's a storm.",
        "I'm about 15 minutes from the station and my daughter can't go home until the trains run.",
        "My sister works at the pharmacy and a customer threatened her last week.",
        // "Dealing with" someone is handling them, not drug dealing.
        "I refuse to keep dealing with a girl who has only just left school.",
      ],
    },
  },
];

// ---------------------------------------------------------------- crime

/** A crime, as a victim or a witness names it. */
const CRIME_WORD = [
  "steal\\w*", "stole", "stolen", "nick(?:ed|ing)", "pinch(?:ed|ing)", "robb\\w*", "mugg\\w*", "burgl\\w*", "broke into", "broken into", "break[- ]in", "smash(?:ed|ing)", "vandal\\w*", "keyed", "graffiti\\w*", "spray[- ]?paint\\w*",
  "set fire", "setting fire", "set (?:light|alight)", "arson\\w*", "torch(?:ed|ing)", "(?:sell|deal|selling|dealing|sells|deals) drugs", "drug dealers?", "assault\\w*", "attack(?:ed|ing)", "punch(?:ed|ing)", "kick(?:ed|ing) (?:me|him|her|us|my|our|the door)", "headbutt\\w*", "glassed", "stabbed", "spat", "push(?:ed|ing) (?:me|him|her|us) (?:over|down|into|against|to)",
  "death threats?", "threaten(?:ed|ing) (?:me|us|my|to (?:kill|hurt|burn|stab|beat|smash))", "harass(?:ed|ing|ment) (?:me|us|my|by (?:a|my|the|some|him|her|them))", "stalk\\w*", "restraining order", "non-molestation", "injunction", "hack(?:ed|ing)", "scam\\w*", "fraud\\w*", "conned", "defraud\\w*", "clocked", "counterfeit", "fake (?:service|documents|goods|id|receipts)",
  "identity (?:theft|fraud|was stolen|has been stolen)", "(?:loans?|credit cards?|accounts?|phone contracts?|debts?)(?: [a-z]+){0,2}? in my name", "expos(?:ed|ing) (?:himself|herself|themselves)", "flash(?:ed|er)", "indecent\\w*", "sexual(?:ly)? (?:assault\\w*|messages|pictures|images|photos|comments|harass\\w*)", "raped?",
  "upskirt\\w*", "revenge porn", "drug dealing", "dealing drugs", "selling drugs", "cannabis (?:factory|farm)", "hit and run", "drove off", "(?:failed|didn't|did not) stop (?:after|at the scene)", "without stopping", "racial(?:ly)? (?:slur|abuse|abused)", "racist (?:abuse|slur|names|graffiti)",
  "homophobic", "transphobic", "hate crime", "swastikas?", "(?:paid|deposit|£\\d[\\d,]*)(?: [a-z']+){0,8}? never (?:turned up|delivered|arrived|did the work|came back|sent)", "emptied my (?:account|bank|savings)", "shoplift\\w*",
  "(?:entered|came into|got into|let (?:himself|herself|themselves) into|been in) my (?:flat|house|home|room)(?: [a-z']+){0,2}? without", "never recorded", "took £\\d", "unless i (?:drop|dropped|withdraw|withdrew)",
  "(?:sexual|explicit|indecent) (?:messages|pictures|photos|images)", "pictures i never asked for",
  "catalytic converters?", "(?:saw|seen|watched|witnessed)(?: [a-z]+){0,4}? (?:take|took|taking|steal|nick|break into|smash|hit|punch|attack|kick)", "hit (?:her|him|me|them|us) with (?:a|his|her|their) (?:stick|bat|bottle|brick|weapon|knife|hammer|fist|chain|belt)",
  "(?:rode|drove|driving|riding) (?:straight )?at (?:me|us|her|him|my|our)", "dealing going on", "(?:tipping|tipped|tips) (?:off|them off)", "(?:leaking|leaked|selling) (?:information|intelligence|details)",
  "fake (?:instagram|facebook|tiktok|account|profile|page)", "(?:account|profile|instagram|facebook|page) in my name", "posting my (?:address|photos|pictures|details|number)", "refused (?:him|her|me|them|my [a-z]+|[a-z]+) (?:his|her|my|their) (?:medication|meds|insulin|inhaler|epilepsy medication)",
  "(?:paid|handed over|gave)(?: [a-z]+){0,3}? £\\d[\\d,]*(?: [a-z']+){0,6}? (?:did nothing|never came|no work|asking for more)", "(?:sleep|have sex) with (?:his |her |their )?(?:mates|friends|men|people) for money",
  "(?:drunk|drinking|been drinking)[^]{0,120}? (?:driving|drove|driven (?:off|away)|behind the wheel)", "tracker (?:on|under|in) (?:my|her|his) (?:car|bag|phone)", "turn(?:s|ed|ing)? up at my (?:work|house|home|door|flat)", "threw (?:stones|bricks|eggs|rocks|bottles)", "throwing (?:stones|bricks|eggs|rocks|bottles)", "knifepoint", "gunpoint", "at knife ?point", "blackmail\\w*", "extort\\w*", "bribe\\w*",
];
/** A victim, a place or an offender close enough to make it a report, not a topic. */
const CRIME_WHO = [
  "i", "i'm", "i've", "me", "my", "we", "us", "our", "someone", "somebody", "a man", "a woman", "two (?:men|lads|women)", "lads", "youths", "kids", "(?:a|an|the) (?:pc|officer|police officer|sergeant|builder|landlord|driver|neighbour|man|woman|group|gang)",
  "pc", "officer", "he", "she", "they", "(?:two|three|four|some|a couple of|a group of|a gang of) (?:men|lads|blokes|women|youths|kids|people|teenagers)", "a (?:bloke|lad|guy|youth|teenager)", "blokes", "men",
];
/**
 * Reads the hit's own sentence, the sentences its rule read and the whole text, nothing else (the types say so): the same
 * words judged again are answered from memory (last-answer.ts), as a long letter retelling its crime paragraph after
 * paragraph asks.
 */
const crimeGuardOn = lastAnswer((sentence, ruleSentence, text) => {
  const hit: Told = { sentence: ruleSentence, text };
  return (
    TOPIC.test(sentence) || FICTION.test(sentence) || pastAndResolved(hit) || resolvedOrPast(hit) || QUESTION_ABOUT.test(hit.sentence) || notACrimeReported(hit) ||
    // A threat to staff or their things ("your cars will get keyed") is the threat rules' to raise, not a crime reported.
    (/\b(?:i'?ll|i will|i'?m going to|i am going to|will get|going to get|if i (?:don'?t|do not))\b/.test(sentence) && /\b(?:you|your|ur|u)\b/.test(sentence)) ||
    (/\b(?:years ago|decades ago|(?:back )?in (?:19|20)\d\d)\b/.test(sentence) && !/\b(?:again|still|now|this (?:week|month|year)|yesterday|last (?:night|week))\b/.test(sentence)) ||
    /\b(?:how (?:do|does|can|should|would) (?:i|you|we|one|someone|somebody|people)|how to|(?:refers?|referred|referring) to|asking for (?:a|our|my|the) (?:friend|newsletter|leaflet|article|magazine)|how many|how much|whether|(?:has|have|is|are) (?:gone up|going up|risen|rising|fallen|falling|increased|increasing)|(?:can|could) you tell me|do you know|what (?:happens|should i do|is the commissioner)|in case|prevention|leaflets?|talk on|campaign|figures|statistics|rates?|if (?:my|someone|somebody|a)|threatened with (?:legal action|court|eviction|a fine|prosecution|bailiffs)|robbed of|daylight robbery|not threatening|kill(?:ing)? two birds|scam of a|is a scam|total scam|bit of a scam)\b/.test(sentence)
  );
});
const crimeGuard = (hit: RuleHit) => crimeGuardOn(own(hit), hit.sentence, hit.text);

/** The crime words of crime/crime-reported alone, as `crimeOnlyCarried` reads them. */
const CRIME_WORD_ALONE = new RegExp(phrases(CRIME_WORD).source);

/** Someone else's words the writer received or heard: texts, messages, what a neighbour shouts. */
const THEY_SAID = [
  "(?:he|she|they|my (?:ex|ex-partner|neighbour|neighbours|landlord|partner|husband|boyfriend)|the (?:man|woman|neighbour|neighbours|landlord))(?:'s| has| have)?(?: been)? (?:sent|sends|says|said|shouts|shouted|shouting|wrote|writes|texted|texts|messaged|messages|calls|called|screams|screamed|left|told (?:me|us)|telling (?:me|us|people|everyone))",
  "(?:texts|messages|voicemails|notes|letters|emails) (?:he|she|they) (?:sent|left|wrote)", "what (?:he|she|they) (?:says|said|shouts|wrote|writes)",
  // A note left, or strangers shouting: "a note through the door saying …", "two men … shouting that they would …".
  "(?:a |the )?(?:note|letter|card|message)(?: [a-z']+){0,6}? (?:saying|said|reading|that said)",
  "(?:men|man|lads?|youths?|boys?|blokes?|woman|women|someone|somebody|people|neighbours?|brother|family)(?: [a-z0-9']+){0,6}? (?:shouting|shouted|yelling|yelled|saying|said|told (?:me|us|him|her)|telling (?:me|us|people|everyone))",
];
/** What such words were: a threat of violence or harassment aimed at the writer ("you" in their mouth is the writer). */
const THREAT_RECEIVED = [
  "(?:i'll|i will|i'm going to|gonna) (?:kill|burn|hurt|stab|get|make you pay|do you|sort you|smash|break)", "burn (?:your|the) (?:house|flat|home|car) down", "(?:you're|you are|your) (?:dead|going to die|finished)",
  "nobody would miss you", "(?:knows?|know) where (?:you|i) live", "watch your back",
  // Harm promised to the writer or their place, as the threat is passed on ("I'm next", "put me in hospital", "next time it's petrol").
  "(?:i'm|i am|i'd be|you're|you are|we're|we are|we'd be|they're) next(?! (?:in|on|to|for|at|door|week|month|year|time|up|of kin))", "put (?:me|us|you|him|her|my [a-z]+) in (?:hospital|the ground|a box)",
  "(?:come back|be back|next time(?: it's| it will be| it'll be)?)(?: [a-z]+){0,2}? (?:with )?(?:petrol|a knife|a gun|a bat|a brick|fire|the house|the car)",
  "(?:i'd|i would|i'll|i will|you'd|you'll|you will) be sorry", "deserves? a bullet", "slag", "whore", "bitch", "c\\*+", "c\\*\\*t", "cunt", "(?:stupid|fat|old|ugly) (?:cow|bitch|slag|c\\*+)",
];

/** Dealt with since, in the sentence that passes the threat on ("the school and police dealt with it, it's all calmed down"). */
const HANDLED_SINCE = /\b(?:dealt with (?:it|him|her|them|that)|(?:calmed|settled|died) down|(?:was|were|got|been) (?:excluded|expelled|cautioned|arrested|charged))\b/;

export const CONCEPT_CRIME_RULES: readonly AlertRule[] = [
  {
    id: "crime/threats-received",
    kind: "crime",
    policyRef: REVIEW_ALL_CONTACT,
    scope: "sentence",
    cues: ["sent", "sends", "says", "said", "shouts", "shouted", "shouting", "wrote", "writes", "texted", "texts", "messaged", "messages", "calls", "called", "screams", "screamed", "left", "voicemails", "notes", "letters", "emails", "told", "telling", "saying", "yelling", "yelled", "note", "letter", "next", "hospital", "petrol", "sorry", "bullet", "kill", "burn", "hurt", "stab", "pay", "smash", "dead", "miss", "live", "back", "slag", "whore", "bitch", "cow"],
    // Harassment and threats (Warwickshire 7.2 "criminal matters"): the writer quoting what was sent to them is reporting it, not saying it.
    pattern: together(THEY_SAID, THREAT_RECEIVED),
    unless: (hit) => resolvedOrPast(hit) || FICTION.test(own(hit)) || TOPIC.test(own(hit)) || HANDLED_SINCE.test(hit.sentence),
    examples: {
      match: [
        "These are the texts he sent me on Friday: \"I'll burn the flat down with you in it\".",
        "Last night my neighbour shouted \"nobody would miss you\" through the letterbox.",
        "The lad from number 9 told me he would put me in hospital if I ring the council again.",
        "This morning there was a note pushed under the shop door saying 'next time it's petrol'.",
        "Since the hearing his brother has been telling people I'm next.",
      ],
      notMatch: [
        "He said he'll get back to me about the form on Monday.",
        "The man in the film said \"I'll kill you\" and it gave me nightmares.",
        "A boy in her class sent her a message saying she was next, but the school dealt with it and it has all calmed down.",
        "The woman at the counter said I was next in the queue.",
      ],
    },
  },
  {
    id: "crime/crime-reported",
    kind: "crime",
    policyRef: REVIEW_ALL_CONTACT,
    scope: "sentence",
    cues: [
      "steal", "stealing", "steals", "stole", "stolen", "nicked", "pinched", "robbed", "robbery", "robbing", "mugged", "mugging", "burgled", "burglary", "burglar", "broke", "broken", "break", "smashed", "vandalised", "vandalism", "vandals",
      "keyed", "graffiti", "spray", "sprayed", "painted", "fire", "alight", "arson", "assault", "assaulted", "attacked", "attacking", "punched", "kicked", "headbutted", "glassed", "stabbed", "spat", "pushed", "threats", "threat", "threatened", "threatening",
      "harassed", "harassing", "harassment", "stalked", "stalking", "stalker", "restraining", "non-molestation", "injunction", "hacked", "scam", "scammed", "scammer", "fraud", "fraudster", "conned", "defrauded", "clocked", "counterfeit", "fake",
      "identity", "loans", "loan", "cards", "accounts", "contracts", "debts", "exposed", "flashed", "flasher", "indecent", "indecently", "sexual", "sexually", "rape", "raped", "upskirting", "porn", "dealing", "selling", "cannabis", "run", "drove", "stop", "stopping", "racial", "racially", "racist",
      "homophobic", "transphobic", "hate", "swastika", "swastikas", "paid", "deposit", "emptied", "shoplifting", "shoplifter", "entered", "recorded", "took", "unless", "messages", "pictures", "photos", "images",
      "catalytic", "converter", "converters", "saw", "seen", "watched", "witnessed", "rode", "drove", "driving", "riding", "tipping", "tipped", "tips", "leaking", "leaked", "instagram", "facebook", "tiktok", "account", "profile", "page", "posting", "refused", "gave", "handed", "sleep", "sex", "drunk", "drinking", "tracker", "turns", "turned", "turning", "going", "hit", "threw", "throwing", "torched", "torching", "setting", "sell", "sells", "deal", "deals", "dealer", "dealers", "knifepoint", "gunpoint", "point", "blackmail", "blackmailed", "extortion", "extorted", "bribe", "bribes",
    ],
    pattern: together(CRIME_WORD, CRIME_WHO),
    unless: (hit) => crimeOnlyCarried(CRIME_WORD_ALONE, hit) || crimeGuard(hit),
    examples: {
      match: [
        "Somebody has been stealing parcels from my doorstep every week this month.",
        "I've been receiving death threats on Facebook from a man I don't know.",
        "Someone has spray-painted swastikas on the mosque on our road.",
        "A man sold me a car with a clocked mileage and fake service history.",
        "I paid £600 to a builder on the internet who never turned up.",
        "A PC told me he would make my life difficult unless I dropped my complaint.",
        "I saw the story about the stabbing on the news — the same lads threatened my son last night.",
        "I got a scam call pretending to be from my bank and I transferred £2,000 before I realised.",
        "Lots of us in the sheltered housing are nervous about doorstep scams. Someone came round yesterday and conned Mrs Jones out of £300.",
      ],
      notMatch: [
        "How many cars were stolen in Nuneaton last year?",
        "My bike was stolen in 2018 and it was returned, thank you.",
        "The crime drama on TV last night made the police look terrible.",
        "I've been asked to give a talk on fraud prevention to our WI group.",
        "Honestly I feel stabbed in the back by the council over the CCTV cuts.",
        "My complaint is about the closure of my burglary investigation after three days.",
        "The ladies very much enjoyed your talk, even the part about scams.",
        "I reported the scam calls to Action Fraud in the summer; is there a victim support service I could talk to?",
        "Drug dealing on every corner and not a copper in sight, and the Commissioner smiles for the cameras.",
        "My shed was broken into in August and nobody has even rung me back about it.",
        "It is two years today since my brother was stabbed, and I think of him every day.",
        "The police took five hours to attend when my van was broken into, which is a disgrace.",
        "A young man was stabbed in Nuneaton last week according to the paper. I want to know why there are no police on the streets.",
        // A paragraph the news introduced (framing.ts): the story's sentences are the story's.
        "Did you see the news last night? A man was stabbed outside the chip shop on Regent Street. What is the Commissioner doing about knife crime?",
        // Scam contact seen through, nothing lost; crime as a worry or a talk (crime-topics.ts).
        "MY PHONE HAS HAD FIVE SCAM CALLS TODAY, FIVE!!! I HUNG UP ON ALL OF THEM. WHY CAN'T YOU STOP THESE PEOPLE??",
        "I got a text saying my parcel was held and nearly clicked the link. I didn't, I checked with Royal Mail and it was fake.",
        "Lots of us older residents in the sheltered housing are nervous about doorstep scams. Could someone come and give a talk?",
        "Our carers' group had a talk from a PCSO on scams. Could we get a similar talk?",
        // The complaint's subject named, nothing new told (crime.ts HANDLING).
        "Because my complaint involves a sexual assault I would prefer a female caseworker, if possible.",
      ],
    },
  },
];

export const CONCEPT_RULES: readonly AlertRule[] = [...CONCEPT_RISK_RULES, ...CONCEPT_THREAT_RULES, ...CONCEPT_THREAT_SIGNS, ...CONCEPT_SAFEGUARDING_RULES, ...CONCEPT_CRIME_RULES];
