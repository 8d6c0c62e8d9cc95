import { CHILD, RELATION, TOPIC } from "./fragments";
import { relationHarmedByOutsider } from "./outsider";
import { REVIEW_ALL_CONTACT, RISK_TO_LIFE } from "./refs";
import { phrases, together, type AlertRule, type RuleHit } from "./rule";

/** Harm to a child, in any of the words a worried neighbour or parent uses. */
const CHILD_HARM = [
  "starving", "hungry", "neglected", "neglect", "left alone", "left on (?:their|his|her) own", "home alone", "locked (?:in|out|up)", "hits", "hitting", "hit", "beats", "beating", "beaten",
  "bruises", "bruised", "burns", "touches", "touched", "touching", "abused", "abusing", "abuse", "groom(?:ed|ing)?", "exploit(?:ed|ing)?", "trafficked", "drugs in front of", "taking drugs",
  "drunk", "off (?:her|his|their) face", "out in the cold", "in the cold", "no food", "crying", "screaming", "scared", "terrified", "not safe", "unsafe", "in danger", "sexual", "nude", "naked",
  "explicit (?:photos|pictures|images)", "indecent", "inappropriate", "hurt", "hurting", "harm", "harmed", "smacked", "slapped", "thrown", "shaken", "carrying (?:drugs|knives|a knife)",
  "running drugs", "county lines", "missing", "ran away", "run away", "sleeping rough", "older (?:man|men|boys|lads)",
  "asking (?:her|him|them|me)? ?for (?:photos|pictures|pics|images|nudes)", "met online", "messages (?:from|by) (?:a|an|some) (?:man|men|adult|stranger|older)", "sent (?:her|him) (?:photos|pictures|messages|money|gifts)",
  "(?:carry|carrying|hold|holding|sell|selling|deliver|delivering|move|moving) drugs", "dirty", "out on the street", "at midnight", "all night", "locked in",
  "asking for (?:food|bread|something to eat|money for food)", "(?:doesn't|does not|don't|won't|didn't) come (?:back|home)", "comes? back (?:till|until)", "goes out (?:on|for|all|every)",
  "men in their (?:20s|30s|40s|twenties|thirties|forties)", "new phones?", "smelling of (?:drink|alcohol|weed|cannabis)",
  "handing (?:out )?(?:little |small )?(?:bags|packages|packets|drugs)",
  "no (?:coat|lunch|breakfast|shoes|food|heating|clean clothes)", "(?:finger ?)?marks on (?:his|her|their) (?:neck|arms?|face|legs?|back)", "black eye", "burn marks",
  "cutting (?:herself|himself|themselves|(?:her|his|their) (?:arms|wrists|legs))", "self[- ]harm\\w*", "wants? to die", "suicidal",
  "comes? into (?:my|her|his|their) (?:room|bed|bedroom)", "gets? into (?:my|her|his) bed", "touch(?:es|ed)? (?:me|her|him) (?:there|down there|when)",
  "(?:picked up|collected|driven off|taken away)(?: [a-z'’]+){0,10}? by (?:older |different |various |strange |adult |grown )?(?:men|a man|lads|boys|adults)", "(?:older|different|strange|grown) men",
  "men in cars", "given (?:drugs|alcohol|vodka|cannabis)", "(?:gifts|money|phones?) from (?:older )?(?:men|a man|an older)",
];
/** Who the child is, as someone who knows them writes it (not "children" in general). */
const A_CHILD = [
  "(?:my|our|her|his|their|the|a|this|that|next door's|neighbour's|neighbours') (?:little |young |small |tiny |baby |\\d+[- ]year[- ]old |[a-z]+[- ]year[- ]old )?" + CHILD,
  "\\d+[- ]year[- ]old", "(?:i'm|i am) (?:1[0-7]|[a-z]+teen)(?! (?:years|months) (?:ago|since))", "the kids next door", "the children next door", "little (?:boy|girl|one|ones)",
  "teenagers", "(?:look|looks|looking|who look|aged|age) (?:about |around )?1[0-7]", "schoolchildren", "school ?kids", "pupils",
];
/** A vulnerable adult, by what makes them so. */
const VULNERABLE = [
  "dementia", "alzheimer'?s", "elderly", "frail", "housebound", "disabled", "disability", "disabilities", "learning (?:disability|disabilities|difficulties)", "vulnerable", "my carer", "(?:his|her|their) carer",
  "care home", "nursing home", "(?:my|our|her|his) (?:granddad|grandad|grandpa|grandfather|grandma|grandmother|gran|nan|nanna)", "in (?:his|her|their) (?:80s|90s|eighties|nineties)", "old (?:man|woman|lady|gentleman|boy|fella|chap|couple)", "(?:8|9)\\d(?:[- ]year[- ]old)?", "blind", "can'?t (?:read|speak up|walk)", "mental health", "autistic", "autism",
];
/** What is done to a vulnerable adult: taking their money, controlling, neglecting, hurting. */
const ADULT_HARM = [
  "taken (?:thousands|money|£\\d[\\d,]*|(?:his|her|their) (?:money|savings|pension|card|bank card))", "took (?:thousands|money|£\\d[\\d,]*|(?:his|her|their) (?:money|savings|pension|card|bank card))",
  "taking (?:money|thousands|(?:his|her|their) (?:money|savings|pension|card|bank card))", "stealing", "stole", "conned", "scammed", "fleeced", "cheated", "swindled",
  "talked (?:him|her|them) into", "signing over", "won'?t let (?:him|her|them|me)", "doesn'?t (?:give|let)", "don'?t (?:give|let)", "shouts at", "screams at", "hits", "hit", "hurts", "rough with",
  "neglect(?:ed|ing)?", "locked", "left (?:him|her|them|me) (?:alone|in|without)", "without food", "no food", "abus(?:e|ed|ing)", "exploit(?:ed|ing)", "forced", "taken over", "taken advantage",
  "bruises", "cuckoo(?:ed|ing)", "takes? (?:all )?(?:his|her|their) (?:money|benefits|pension|savings|card|bank card|wages)", "left (?:with|without) no (?:heating|food|money)",
  "no heating", "(?:left|leaving) (?:him|her|them) (?:alone|without)",
  "staying (?:there|with (?:him|her|them)) all the time", "coming and going", "new \"?friends\"?", "so-called \"?friends\"?", "stopped answering", "moved in", "wandering", "fix (?:his|her|their) roof",
  "(?:frightened|scared|afraid|terrified) of (?:him|her|them)", "pension card", "(?:taken|took|has) (?:his|her|their) (?:bank |pension )?card",
  "(?:had|has had|got|taken|took|conned|scammed|cheated) (?:him|her|them )?(?:out of )?(?:over |more than |about |nearly |almost )?(?:£\\d[\\d,]*k?|thousands|hundreds|(?:all )?(?:his|her|their) (?:money|savings))(?: (?:off|out of|from) (?:him|her|them))?",
  "romance (?:scam|fraud)", "met online", "keeps sending (?:more|money|them money|her money|him money)",
  "(?:leaving|left|leaves) (?:him|her|them) (?:in bed|in (?:wet|soiled|dirty)|lying in|without (?:food|water|meds|medication|care|washing))", "wet sheets", "soiled", "not (?:feeding|washing|changing) (?:him|her|them)",
  "(?:take|takes|taking|took|taken) (?:all )?(?:his|her|their) (?:benefits|money|pension|cash|wages|savings)",
];
/** Abuse between partners or within a family, as the person suffering it (or a friend) says it. */
const DOMESTIC_PERPETRATOR = [
  `(?:my|her|his|our|their|mum's|mom's|dad's|friend's|sister's|brother's|daughter's|son's|neighbour's|cousin's|aunt's|niece's) (?:new |current |older |ex-|ex )?${RELATION}`, "(?:my|her|his|their) (?:mum's|mom's|dad's) (?:new )?(?:boyfriend|girlfriend|partner)",
];
const DOMESTIC_HARM = [
  "hits", "hit me", "hitting", "beats", "beat me", "beating", "strangled", "strangles", "strangling", "choked", "choking", "chokes", "punched", "kicked", "slapped", "pushed", "shoved", "raped", "rapes",
  "controls (?:all )?(?:my|her|his|their)", "checks (?:my|her|his) (?:phone|messages)", "isn'?t allowed (?:out|to)", "aren'?t allowed (?:out|to)", "not allowed (?:out|to)", "won'?t let (?:me|her|him|them)",
  "threatens (?:me|her|him|to)", "threatened (?:me|her|him|to)", "bruises", "scared of (?:him|her|them)", "afraid of (?:him|her|them)", "frightened of (?:him|her|them)", "terrified of (?:him|her|them)",
  "keeps (?:me|her|him) (?:in|locked|from)", "takes (?:my|her|his) (?:money|card|bank card|phone|benefits|passport)", "hurts (?:me|her|him)", "abusive", "abuses (?:me|her|him)",
  "beaten", "being (?:beaten|hit|hurt|abused|attacked|strangled|choked|controlled)", "screaming", "threatened to (?:kill|hurt|take)", "threatens to (?:kill|hurt|take)", "reads (?:all )?(?:my|her|his) (?:messages|texts|emails)",
  "won'?t let me have", "(?:have|has) no money", "knock(?:s|ing|ed)? (?:her|him|me|them) (?:about|around)", "black eye", "(?:has|have) to ask (?:him|her) for (?:money|permission)",
  "stopped (?:her|him|me) seeing", "(?:she|he)(?:'s| has) stopped seeing (?:any of us|her friends|his friends|us|her family|his family)", "kill me", "keeps turning up", "turned up at", "turning up at", "\\d+ (?:messages|texts|calls)", "non-molestation", "not stalking",
];
/** A sport, or a thing that happens every week. */
const SPORT = /\b(?:rugby|football|boxing|hockey|judo|karate|martial arts|netball|trampolin\w*|as usual)\b/;
/** The marks a game leaves. */
const GAME_MARKS = /\b(?:bruis\w*|marks?|black eye|injur\w*|knock\w*|cuts?|grazes?|sprain\w*|broken|broke|hurt)\b/;
/**
 * Bruises from a match are sport, not harm: a sport named beside the marks a game leaves. A sport named beside something
 * else ("his football coach has been messaging him late at night and giving him presents") is no excuse for it.
 */
export const sportInjury = (sentence: string) => SPORT.test(sentence) && GAME_MARKS.test(sentence);
/** A sentence that names harm in general ("children are being neglected by these cuts") rather than to someone known. */
const inGeneral = (hit: RuleHit) => TOPIC.test(hit.sentence) || notNowAtRisk(hit);

/** Found safe, doing better now, commended or thanked for, long ago: a crisis told as over (issue 10 look-alikes). */
const OVER = /\b(?:found (?:him|her|them) safe|(?:was|were) found safe|(?:doing|is doing|she's doing|he's doing) (?:a lot |much |so )?(?:better|well|brilliantly|fine) now|(?:he|she|they)(?:'s| is| are) (?:1[0-9]|[a-z]+teen) now and|commend|thank you for everything you did|in memory of|passed away|memorial|inquest|(?:was|were) killed by)\b/;
/** A talk, a lesson or a book about it: a subject, not a child at risk. */
const ABOUT_IT = /\b(?:(?:a|an|the) (?:talk|assembly|workshop|session|lesson|presentation|module|lecture|seminar) (?:on|about)|book club|novel|dissertation|essay|reading (?:about|group))\b/;
/** A road danger ("a child nearly got hit", "written off", the 20mph limit), not harm by a person. */
const ROAD = /\b(?:20mph|30mph|speed(?:ing)?|speed (?:limit|check|camera)|traffic|drivers?|lorr(?:y|ies)|written off|near miss|nearly got hit|crossing)\b/;
const HARM_BY_A_PERSON = /\b(?:hits|hitting|beat\w*|abus\w*|groom\w*|touch\w*|neglect\w*|exploit\w*|drugs|sexual|bruis\w*|locked|starving|hungry|slapped|punched|kicked)\b/;
/** Said to be safe now: "my daughter is safe and rebuilding", "they are both safe now" (issue 10 look-alikes: a thank-you). */
const SAFE_NOW = /\b(?:(?:is|are|'s|'re) (?:now )?safe(?: now| and (?:well|rebuilding|settled|happy|doing well|back at school))|(?:is|are) (?:now )?rebuilding)\b/;
/**
 * The writer says outright that nobody is at risk: a general question, a view on policy, support for a plan ("I'm asking
 * generally", "no one is in danger right now", "I'm not reporting anyone, I just want to know the plan").
 */
const ASKING_IN_GENERAL = /\b(?:asking (?:generally|in general|hypothetically)|(?:no one|nobody|no-one) is in (?:any )?danger|not reporting (?:anyone|anybody|anything|a crime)|(?:i'?m|i am) writing in support of|workshops? (?:for|about|on)|(?:what|how) (?:is|has) the commissioner (?:doing|done) (?:about|to))\b/;
/**
 * A complaint that officers frightened a family in the course of their work ("forced entry at the wrong address and
 * terrified my children"): a complaint about the police (crime or conduct), not a child at risk — unless the sentence
 * says they were hurt, touched or abused.
 */
const OFFICERS_FRIGHTENED = /\b(?:officers?|police(?:man|woman|men|women)?|pc|sergeant|constable|the force)\b[^.!?\n]{0,80}?\b(?:terrified|frightened|scared|upset|distressed|shaken|traumatised)\b/;
/** Someone else the family fears is in the sentence: the fright is of them, not of the officers. */
const ANOTHER_FEARED = /\b(?:ex|ex-partner|partner|husband|wife|boyfriend|girlfriend|stepdad|stepfather|neighbour|he will|she will|he'?ll|she'?ll|come back)\b/;
const BODILY_HARM = /\b(?:hit|hits|punch\w*|kick\w*|slap\w*|taser\w*|tased|restrain\w*|pinned|handcuff\w*|strip[- ]search\w*|search\w*|sexual\w*|touch\w*|messag\w*|grab\w*|threw|thrown|push\w*|shov\w*|bruis\w*|injur\w*|hurt|abus\w*|groom\w*|strangl\w*|chok\w*|bleed\w*|force on|used force|arrest\w*)\b/;
const frightByOfficers = (sentence: string) => OFFICERS_FRIGHTENED.test(sentence) && !BODILY_HARM.test(sentence) && !ANOTHER_FEARED.test(sentence);

/**
 * Not a child or an adult at risk now: the crisis told as over (found safe, doing better, a commendation or a memorial),
 * a talk or a book about the subject, or a road danger rather than harm by a person.
 */
export const notNowAtRisk = (hit: RuleHit) => {
  const window = `${hit.previous} ${hit.sentence}`;
  return OVER.test(hit.sentence) || SAFE_NOW.test(hit.sentence) || ABOUT_IT.test(window) || ASKING_IN_GENERAL.test(hit.text) || frightByOfficers(hit.sentence) ||
    (ROAD.test(hit.sentence) && !HARM_BY_A_PERSON.test(hit.sentence));
};

/** What an abuser does, in the present or recent past. */
const ABUSES =
  "(?:hits|hit|beats|beat|has been (?:hitting|beating|hurting|threatening|controlling|abusing|strangling|choking|kicking|punching|raping)|has hit|has beaten|kicks|kicked|punches|punched|strangled|strangles|choked|chokes|slaps|slapped|shoves|shoved|pushed|rapes|raped|threatens|hurts|assaulted|attacks|attacked|abuses|abused|batters|battered)";

export const SAFEGUARDING_RULES: readonly AlertRule[] = [
  {
    id: "safeguarding/child-harm",
    kind: "safeguarding",
    policyRef: RISK_TO_LIFE,
    scope: "sentence",
    cues: [
      "child", "children", "kid", "kids", "boy", "boys", "girl", "girls", "baby", "babies", "toddler", "son", "daughter", "grandson", "granddaughter", "grandchild", "nephew", "niece", "teenager", "teenagers", "lad", "lass",
      "old", "little", "one", "ones", "pupils", "schoolchildren", "bread", "food", "phones", "phone", "smelling", "picked", "men", "bags", "starving", "hungry", "neglected", "alone", "bruises", "groomed", "grooming",
      "coat", "lunch", "breakfast", "shoes", "marks", "eye", "cutting", "harm", "harming", "die", "suicidal", "room", "bed", "bedroom", "touches", "touched", "cars", "given", "gifts",
    ],
    pattern: together(A_CHILD, CHILD_HARM),
    unless: (hit) => inGeneral(hit) || sportInjury(hit.sentence),
    examples: {
      match: [
        "My neighbour's little boy is always outside in the cold until late at night and looks starving.",
        "My ex is taking drugs in front of our baby.",
        "The boy next door told my son his stepdad touches him.",
        "An older man is grooming girls at the bus station, and my daughter is one of them.",
        "I'm 15 and my stepdad comes into my room at night when mum is at work.",
        "A lad in my son's class keeps coming to school with no coat and no lunch, and last week he had finger marks on his neck.",
      ],
      notMatch: [
        // Officers frightening a family at a raid is a complaint about them; a talk or a question in general; a child safe now.
        "Officers forced entry at the wrong address and terrified my children.",
        "I'm a scout leader asking generally: what do I do if a young person tells me they self-harm? No one is in danger.",
        "Thanks to your team my son, who was being groomed, is now safe and back at school.",
        "I'd like to commend PC Bowen who found my son when he went missing in 2023. He's 15 now and doing brilliantly at school.",
        "In 2019 my son was missing for three days and the police found him alive in the woods. He is doing well now. How can I donate to the search volunteers?",
        "My daughter's school had a talk on online grooming last week and it was brilliant.",
        "The speeding on Queens Road is going to kill someone. A child nearly got hit last week.",
        "My son is 10 and doing a school project on what the police do.",
        "How many children were reported missing in Warwickshire last year?",
        "My children's school would love a visit.",
        "My daughter is doing a project on online grooming for her PSHE class.",
        "My son came back from rugby on Saturday covered in bruises as usual.",
      ],
    },
  },
  {
    id: "safeguarding/vulnerable-adult-harm",
    kind: "safeguarding",
    policyRef: RISK_TO_LIFE,
    scope: "sentence",
    cues: [
      "taken", "took", "taking", "stealing", "stole", "conned", "scammed", "fleeced", "pension", "card", "frightened", "scared", "afraid", "advantage", "neglect", "neglected", "staying", "coming", "friends",
      "answering", "moved", "wandering", "roof", "shouts", "hits", "locked", "forced", "bruises", "heating", "food", "online", "romance", "sending", "bed", "sheets", "soiled", "feeding", "benefits", "had",
      "old", "dementia", "alzheimer's", "alzheimers", "elderly", "frail", "housebound", "disabled", "disability", "disabilities", "learning", "vulnerable", "carer", "care", "nursing", "blind", "mental", "autistic", "autism", "80s", "90s", "eighties", "nineties"],
    pattern: together(VULNERABLE, ADULT_HARM),
    unless: inGeneral,
    examples: {
      match: ["My dad has dementia and a man who came to the door has taken thousands off him for roof work.", "My carer shouts at me and doesn't give me my tablets."],
      notMatch: ["My mother is elderly and can't use email, so please write.", "My dad's carer has been wonderful.", "Funding for dementia services is being cut."],
    },
  },
  {
    id: "safeguarding/domestic-harm",
    kind: "safeguarding",
    policyRef: REVIEW_ALL_CONTACT,
    cues: ["husband", "wife", "partner", "boyfriend", "girlfriend", "ex", "fiance", "fiancee", "stepdad", "stepfather", "stepmum", "stepmother", "dad", "father", "mum", "mother", "mom", "brother", "sister", "son", "daughter"],
    pattern: phrases([
      `(?:${DOMESTIC_PERPETRATOR.join("|")})(?: [a-z'’0-9,]+){0,8}? (?:${DOMESTIC_HARM.join("|")})`,
      `(?:beaten|hit|hurt|abused|attacked|strangled|choked|controlled|raped|assaulted|threatened|battered|kicked|punched) by (?:${DOMESTIC_PERPETRATOR.join("|")})`,
    ]),
    // A sister threatened by a customer, a wife pushed by some lads: the relation is the victim of an outsider (outsider.ts).
    unless: (hit) => inGeneral(hit) || sportInjury(hit.sentence) || relationHarmedByOutsider(hit, hit.sentence),
    examples: {
      match: ["I think the lady next door is being beaten by her husband.", "My friend's partner controls all her money and she isn't allowed out without him.", "I'm 16 and my mum's boyfriend hits me.", "My partner strangled me last week.", "My ex keeps turning up at my work and at my mum's.", "I'm sure her boyfriend is knocking her about.", "My sister's new boyfriend won't let her have her own phone.", "My sister was hit by her husband again last night."],
      notMatch: [
        "My husband and I were pleased with the panel's report.",
        "My dad hit the roof when he read your letter, ha.",
        "My son came back from rugby on Saturday covered in bruises as usual.",
        "Domestic abuse victims deserve better funding.",
        "My partner and I were walking home from the Castle in Caerphilly on 1 November when three men shouted at us and one punched my partner.",
        "My sister works at the pharmacy on the high street and a customer threatened her last week, said he'd be back for her.",
        "My wife was pushed over in the car park by some lads on Saturday.",
        "My brother got punched outside the Red Lion on Friday night.",
        "My neighbour's son threatened me on Tuesday and has sent me four threatening messages since.",
      ],
    },
  },
  {
    id: "safeguarding/named-abuse",
    kind: "safeguarding",
    policyRef: REVIEW_ALL_CONTACT,
    cues: ["forced", "marry", "marriage", "fgm", "cut", "trafficked", "trafficking", "slavery", "slave", "honour", "grooming"],
    pattern: phrases([
      "(?:is|are|was|being|been|will be|going to be) (?:forced|made|pressured) (?:to|into) (?:marry|marriage|get married|work)",
      "forced (?:marriage|labour)",
      "(?:fgm|female genital mutilation|to be cut)(?! (?:strategy|training|awareness|statistics))",
      "(?:being|been|was|were) trafficked",
      "(?:is|are|has been|have been|been|was|were|keeps?) grooming (?:a |young |the |local |school ?)?(?:girls?|boys?|children|kids|teenagers?|young people|schoolgirls|schoolboys|my)",
      "modern slavery",
      "honour[- ]based (?:abuse|violence)",
    ]),
    unless: inGeneral,
    examples: {
      match: ["My sister is being forced to marry a man she doesn't know.", "I think the men at the car wash have been trafficked."],
      notMatch: ["What is the Commissioner's strategy on modern slavery?", "Forced marriage awareness training was very useful."],
    },
  },
  {
    id: "safeguarding/domestic-abuse",
    kind: "safeguarding",
    policyRef: REVIEW_ALL_CONTACT,
    cues: ["hits", "hit", "hitting", "beats", "beating", "kicked", "punched", "strangled", "choked", "slaps", "pushed", "raped", "threatens", "hurts", "abuse", "abuses", "abused", "control", "controls", "controlling", "scared", "afraid", "frightened", "terrified", "won't", "leave", "phone", "victim"],
    pattern: phrases([
      `(?:my|our) ${RELATION}(?: [a-z]+){0,3}? ${ABUSES} (?:me|us|my (?:kids|children|son|daughter|mum|mother|baby)|the (?:kids|children|baby)|her|him)`,
      `(?:my|our) ${RELATION} (?:checks|reads|takes|controls|keeps|has taken) my (?:phone|messages|money|bank card|benefits|passport|post|wages|car keys)`,
      "(?:he|she|my [a-z]+) (?:won't|will not|doesn't|does not) let me (?:see (?:my )?(?:friends|family|mum|mother|sister)|leave|go out|have (?:my own )?(?:money|a phone|a bank account))",
      "(?:says|said|threatens|threatened|has threatened) (?:he|she)(?:'ll| will| would|'d) (?:take|keep) (?:the|my|our) (?:kids|children|baby) if i (?:ever )?(?:leave|go|tell)",
      "i(?:'m| am) (?:a |the )?victim of (?:domestic (?:abuse|violence)|coercive control)",
      "i(?:'m| am|'ve been| have been) (?:experiencing|suffering|living with|going through) (?:domestic (?:abuse|violence)|coercive control)",
      `i(?:'m| am) (?:so |really |too )?(?:scared|afraid|frightened|terrified) (?:to go (?:back )?home|to go back(?: to the house)?|of (?:him|her|my ${RELATION}))`,
    ]),
    examples: {
      match: [
        "My husband hits me when he has been drinking.",
        "My partner checks my phone and won't let me see my friends.",
        "He says he will take the kids if I ever leave.",
        "My new partner has been hitting me and I am scared to go back to the house.",
      ],
      notMatch: [
        "I'm a university student writing a dissertation on domestic abuse.",
        "Cutting the refuge budget while domestic abuse is rising is a disgrace.",
        "The new computer system won't let me log in.",
      ],
    },
  },
  {
    id: "safeguarding/child-at-risk",
    kind: "safeguarding",
    policyRef: RISK_TO_LIFE,
    cues: ["alone", "own", "unattended", "neglected", "groomed", "grooming", "exploited", "bruises", "beating", "hitting", "abused", "abusing", "missing", "messages", "messaging", "meet", "starving", "locked"],
    pattern: phrases([
      `(?:left|leaves|leave|leaving) (?:the |two |three |four |their |her |his |my |our |these |those )?(?:little |young |small |tiny )?${CHILD} (?:on (?:their|its|his|her) own|alone|home alone|unattended|locked in)`,
      `${CHILD}(?: [a-z]+){0,3}? (?:have been|has been|are|is|were|was|keep being|are being|is being) (?:left )?(?:on (?:their|its|his|her) own|alone|home alone|unattended|neglected|starving|locked (?:in|out))`,
      "(?:is|are|was|were|has been|have been|being) (?:groomed|sexually (?:abused|exploited)|exploited|trafficked|neglected|abused)(?! by (?:the system|this (?:government|office|commissioner)|your (?:office|policies)))",
      `(?:bruises|injuries|marks|burns|cuts) (?:on|all over) (?:his|her|their|the (?:boy|girl|child|baby|little one)'s)`,
      `(?:heard|hear|hearing|seen|saw|see|seeing|watched|watching) (?:[a-z]+ ){0,4}?(?:beating|hitting|hurting|abusing|kicking|punching) (?:him|her|them|the ${CHILD})`,
      `(?:man|men|adult|older (?:man|men|lads|boys)|someone|somebody|stranger)(?: [a-z]+){0,5}? (?:messaging|sending|texting|contacting|talking to|messages) (?:my|our|a|her|his) (?:\\d+-year-old |[a-z]+-year-old )?(?:${CHILD}|\\d+-year-old|[a-z]+-year-old)`,
      `(?:my|our|her|his) (?:\\d+[- ]year[- ]old )?(?:${CHILD}|${RELATION})(?: [a-z0-9]+){0,4}? (?:is|has been|has gone|went|'s|'s been|was reported|have been|are) missing`,
    ]),
    // Missing and since found ("he was found safe within hours"): a thank-you, not a child or adult at risk now.
    unless: (hit) => notNowAtRisk(hit) || /\b(?:dissertation|essay|research|statistics|figures|strategy|training|course|how many|funding)\b/.test(hit.sentence) || /\b(?:(?:was|were|been) found (?:safe|safely|alive|well)|safe and well|home safe)\b/.test(hit.text.slice(hit.start, hit.end + 160)),
    examples: {
      match: [
        "The two little children next door have been left on their own for three days.",
        "I think she is being groomed.",
        "I keep seeing the boy across the road with bruises on his arms, and last night I heard his dad beating him.",
        "A grown man has been sending my 13-year-old daughter messages on Snapchat.",
        "My daughter is 14 and has been missing since Saturday.",
      ],
      notMatch: ["Thank you for the safeguarding training: the session on child exploitation was very useful.", "My son is 10 and doing a school project on what the police do.", "How many children were reported missing last year?"],
    },
  },
  {
    id: "safeguarding/vulnerable-adult",
    kind: "safeguarding",
    policyRef: RISK_TO_LIFE,
    cues: ["taking", "taken", "stealing", "signing", "flat", "cuckooing", "cuckooed", "slavery", "trafficked", "leave", "advantage", "exploiting", "exploited"],
    pattern: phrases([
      `(?:carer|care worker|son|daughter|neighbour|lodger|friend|nephew|niece|grandson|granddaughter|someone|somebody|they|he|she|people|men|lads)(?: [a-z]+){0,2}? (?:has been|have been|is|are|keeps|keep|was|were) (?:taking|stealing|helping (?:himself|herself|themselves) to) (?:money|cash|(?:her|his|their|my (?:mum|mother|dad|father|gran|nan|neighbour)'s) (?:money|pension|savings|benefits|bank card|purse|wallet))`,
      "(?:talked|pressured|pressurised|forced|tricked|conned|bullied|made) (?:her|him|them|my (?:mum|mother|dad|father|gran|nan|grandmother|grandfather|aunt|uncle|neighbour)) into (?:signing|giving|handing|transferring|changing (?:her|his) will)",
      "(?:taken|taking) over (?:his|her|their|my (?:neighbour|brother|sister|son|daughter|mum|dad)'s) (?:flat|house|home)",
      "cuckoo(?:ing|ed)",
      "(?:won't|will not|don't|do not|wouldn't|would not) let (?:him|her|them) (?:leave|go out|out|go)(?= *(?:[.!,\\n]|$| of))",
      "(?:modern slavery|being trafficked|forced to work for nothing|taking advantage of (?:her|him|them|my (?:mum|mother|dad|father|gran|nan|neighbour)))",
    ]),
    examples: {
      match: [
        "Her carer has been taking money from her purse and has talked her into signing over her savings.",
        "Some lads have taken over his flat to deal drugs from it and they won't let him leave.",
      ],
      notMatch: ["My mother is 89 and can't use email, so please send letters by post.", "My dad's carer has been wonderful and helped him fill in the survey.", "Our book club read a novel about county lines. Cuckooing was new to most of us."],
    },
    // A school project or a talk on modern slavery is a subject, not someone exploited (issue 10 look-alikes).
    unless: (hit) => notNowAtRisk(hit) || TOPIC.test(hit.sentence),
  },
];
