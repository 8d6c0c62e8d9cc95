import { FICTION } from "./concepts";
import { notACrimeReported, QUESTION_ABOUT, resolvedOrPast } from "./crime";
import { TOPIC } from "./fragments";
import { POLICE_COMPLAINTS } from "./refs";
import { together, type AlertRule, type RuleHit } from "./rule";

/**
 * Corruption by an officer (issue 10 `crime`: "misconduct by an officer"; Warwickshire 1, complaints about the force;
 * 7.2 "criminal matters"): an officer asking for or taking money or a favour to do or not do their job — a charge
 * dropped, paperwork lost, an arrest not made — being paid by criminals, or on the take. The word "bribe" alone is read by
 * crime/crime-reported; this rule reads the exchange however it is put. News, a question, a topic, a decided matter: none.
 */

/** An officer, by rank, role or slang. */
const OFFICER = [
  "officers?", "pcs?", "pcsos?", "constables?", "sergeants?", "sarge", "sgt", "inspectors?", "detectives?", "dc", "ds", "di", "cops?", "coppers?", "policem[ae]n", "policewom[ae]n",
  "(?:the )?police", "custody", "bobby",
];

/** Money offered or asked. */
const MONEY = "£\\d[\\d,]*|\\d+ (?:quid|pounds)|(?:hundred|grand|thousand) (?:quid|pounds)|quid|grand|money|cash|paid|pay|paying|gave (?:him|her|them)|give (?:him|her|them)|bung";
/** The job undone: a charge dropped, a file lost. */
const UNDONE =
  "(?:charges?|case|ticket|fine|paperwork|evidence|report|arrest|caution|statement|file|complaint|points|(?:whole )?thing|it all|everything|matter|problem)(?: [a-z]+){0,3}? (?:would|could|will|might|can) (?:go away|disappear|get lost|be lost|be dropped|vanish|be forgotten|go missing)";

/** Money or a favour asked. */
const ASK =
  "(?:asked|wanted|demanded|asking|wants|demanding|demands|expects?|expected|expecting|said (?:he|she|they) (?:wanted|needed|would need|would want))(?: [a-z]+){0,3}? (?:for )?(?:money|cash|£\\d[\\d,]*|\\d+ (?:quid|pounds)|a payment|payment|paying|to be paid|a fee|a cut|a favour|sex|sexual favours)";

/** Money or a favour for doing, or not doing, the job. */
const EXCHANGE = [
  "bribes?", "bribed", "bribing", "bribery", "backhanders?", "kickbacks?", "bungs?", "on the take", "on the payroll", "paid off", "being paid by", "in (?:the )?pay of", "in (?:their|the) pockets?",
  // Asked by the officer, or asked for the job undone ("he wanted £300 to lose the paperwork"): not a lawful charge asked at a counter.
  `(?:${OFFICER.join("|")})(?: [a-z']+){0,5}? ${ASK}`,
  `${ASK}(?: [a-z']+){0,4}? (?:to|and|or|so|in exchange|in return) (?:drop|make|lose|let|forget|ignore|get rid|sort|not|look the other way|turn a blind eye|release|give (?:me|him|her|it) back)`,
  "if (?:i|we|my [a-z]+) (?:paid|pay|gave|give|handed over|bung|bunged|slipped)(?: [a-z]+){0,3}? (?:£\\d[\\d,]*|\\d+ (?:quid|pounds)|money|cash|something)",
  "(?:in exchange|in return) for (?:not|dropping|letting|making|losing|ignoring|forgetting|money|cash|£\\d)",
  // The job undone for money, in either order: "for £200 the file might go missing", "the charges would disappear if I paid".
  `(?:${MONEY})[^.!?\\n]{0,60}? ${UNDONE}`,
  `${UNDONE}[^.!?\\n]{0,60}?(?:${MONEY})`,
  "(?:taking|takes|took|taken|accepting|accepted) (?:money|cash|payments?|envelopes?)(?: [a-z]+){0,3}? (?:from|off) (?:the |a |some )?(?:dealers?|gangs?|landlord|club|pub|owner|criminals?|them|him|her)",
  "(?:tipping|tipped|tips) (?:them|him|her|the [a-z]+) off (?:for|about raids|before)",
];

/** Prejudice in an officer's words: a people lumped together, a person called "it", "your lot are all …". */
const PREJUDICED_SAYING = [
  "(?:said|says|saying|told (?:me|us|him|her|them)|called (?:me|us|him|her|them|my [a-z]+)|kept calling (?:me|us|him|her|them|my [a-z]+)|calling (?:me|us|him|her|them|my [a-z]+))[,:]? (?:['\"‘“]?(?:you people|your lot|your sort|your kind|you lot are all|they(?:'re| are) all the same|go back (?:to (?:your|where)|where)|they all (?:drive|do|live|carry|sell)|breed like)|['\"‘“]it['\"’”])",
];
/** An officer's posts about a people or a group. */
const PREJUDICED_POSTS = [
  "(?:(?:has|have|had|is|was|keeps|kept|been) (?:posting|sharing|putting up)|(?:he|she|they) (?:posted|posts|shared|shares|put up))(?: [a-z]+){0,2}? (?:jokes|memes|comments|videos|things|stuff|rubbish|posts)? ?about (?:muslims|jews|black people|asians|disabled people|gay people|trans people|immigrants|refugees|travellers|gypsies|women|people like (?:me|us))",
];

/** Corruption as a subject, a story or a question, or a matter told as dealt with. */
const notReported = (hit: RuleHit) =>
  TOPIC.test(hit.sentence) || FICTION.test(hit.sentence) || QUESTION_ABOUT.test(hit.sentence) || resolvedOrPast(hit) || notACrimeReported(hit) ||
  /\b(?:bribe (?:them|him|her|the (?:kids|children|dog)) with|brib(?:e|ed|ing)(?: [a-z]+){1,3} with (?:sweets|biscuits|cake|chocolate|a biscuit|promises|treats|pizza|ice cream)|in the pocket of (?:the )?(?:government|big business|developers|the council)|in (?:my|our|your) pocket)\b/.test(hit.sentence);

export const OFFICER_CORRUPTION_RULES: readonly AlertRule[] = [
  {
    id: "crime/officer-corruption",
    kind: "crime",
    policyRef: POLICE_COMPLAINTS,
    scope: "sentence",
    cues: ["bribe", "bribes", "bribed", "bribing", "bribery", "backhander", "backhanders", "kickback", "kickbacks", "bung", "bungs", "take", "payroll", "paid", "pay", "pocket", "pockets", "asked", "wanted", "demanded", "asking", "wants", "demanding", "demands", "expects", "expected", "expecting", "gave", "give", "exchange", "return", "disappear", "vanish", "lost", "dropped", "forgotten", "missing", "taking", "takes", "took", "taken", "accepting", "accepted", "tipping", "tipped", "tips"],
    pattern: together(OFFICER, EXCHANGE),
    unless: notReported,
    examples: {
      match: [
        "A police sergeant asked me for a bribe to make my case go away.",
        "The sergeant said if I gave him £500 the charges would disappear.",
        "The PC told me the paperwork could get lost if I paid him.",
        "An officer wanted cash to drop the speeding ticket.",
        "I believe a local inspector is being paid off by the gang who run the nightclub.",
        "the copper who nicked my son said for 200 quid the file might go missing",
        "When he searched the car the officer said for a couple of hundred quid the whole thing could disappear.",
        "One of the detectives on my case has been taking envelopes from the dealers on our estate.",
      ],
      notMatch: [
        "The article about officers taking bribes in London was shocking.",
        "How many officers were dismissed for corruption last year?",
        "The officer asked me for a statement and a copy of the receipt.",
        "The PC said the case would be dropped because there was not enough evidence.",
        "We bribed the kids with biscuits to sit through the police open day.",
        "In 2015 a sergeant took a bribe from my neighbour; he was convicted and jailed, thank you.",
      ],
    },
  },
  {
    id: "crime/officer-prejudice",
    kind: "crime",
    policyRef: POLICE_COMPLAINTS,
    scope: "sentence",
    // An officer's words or posts against a people, a faith, a disability or a sex (issue 10 `crime`: "misconduct by an
    // officer"; Warwickshire 1, 7.2): what was said is the allegation, quoted or not.
    cues: ["said", "says", "saying", "told", "called", "calling", "referred", "posting", "posted", "posts", "shared", "sharing", "jokes", "memes", "comments"],
    pattern: together(OFFICER, [...PREJUDICED_SAYING, ...PREJUDICED_POSTS]),
    unless: notReported,
    examples: {
      match: [
        "When he searched my car the officer said 'you people always have something to hide'.",
        "The custody officer kept calling my wife 'it' and laughing with his colleague.",
        "One of your PCSOs has been posting jokes about disabled people on his public Instagram.",
        "I found the officer who arrested me on Twitter and he has been posting about people like me.",
      ],
      notMatch: [
        "The officer said people like you are exactly who the victims' service is for, and gave me the number.",
        "Our community group would like an officer to talk about posting jokes about disabled people online.",
        "Is it true that officers were disciplined for posting jokes about Muslims?",
      ],
    },
  },
];
