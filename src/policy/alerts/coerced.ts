import { CHILD, TOPIC } from "./fragments";
import { FICTION, own } from "./concepts";
import { notNowAtRisk } from "./safeguarding";
import { REVIEW_ALL_CONTACT } from "./refs";
import { together, type AlertRule, type RuleHit } from "./rule";

/**
 * Someone at risk held to something by another person (issue 10, safeguarding recall on mail nobody had read): an older
 * or confused person parted from their savings by a caller, a trader or a "friend"; a young person's images held over
 * them for money or more images; children about to be taken where the other parent will not find them. Each is a
 * safeguarding concern the writer rarely names as one (Warwickshire 7.2: every contact reviewed for safeguarding issues
 * "irrespective of any contact strategy"; 7.1 safeguarding concerns shared with partner agencies).
 */

/** An older or confused adult, as a relative or a neighbour describes them. */
const OLDER_OR_CONFUSED = [
  "(?:is|she's|he's|shes|hes|aged|age|\\() ?(?:7[5-9]|8\\d|9\\d)", "(?:7[5-9]|8\\d|9\\d)[- ]year[- ]old", "in (?:his|her|their) (?:late seventies|eighties|nineties|80s|90s)",
  "(?:my|our|her|his) (?:elderly )?(?:mum|mother|dad|father|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|aunt|auntie|uncle)",
  "elderly", "pensioner", "muddled", "gets? confused", "confused", "forgetful", "dementia", "alzheimer'?s", "memory (?:problems|loss|is going)", "learning (?:disability|disabilities|difficulties)",
];
/** Money handed over: paid, sent, given, transferred — a sum, or savings. */
const MONEY_HANDED = [
  "(?:paid|pays|paying|gave|given|giving|sent|sending|handed(?: over)?|transferred|withdrawn|withdrew|lent|lending)(?: [a-z'’]+){0,4}? (?:over |more than |about |nearly |almost |another |a further )?(?:£ ?\\d[\\d,]*k?|thousands|(?:all )?(?:her|his|their) (?:savings|pension|life savings))",
  "(?:£ ?\\d[\\d,]*k?|thousands) (?:in|on) (?:gift cards|vouchers|itunes|bitcoin|crypto)",
];
/** Who the money goes to: a stranger at the door or on the phone, a new "friend", someone posing as an official. */
const TAKER = [
  "(?:a|the|this|that|same) (?:man|woman|lad|young man|caller|trader|builder|workman|roofer|stranger|lodger|gardener)", "(?:new |online |internet |so-called )['‘\"“]?(?:friend|boyfriend|girlfriend)",
  "scam\\w*", "fraudsters?", "con ?m[ae]n", "posing as", "pretending to be", "claiming to be", "says? (?:he|she|they)(?:'s| is| are|'re) from", "(?:from|at) (?:her|his|their|the) bank", "dating (?:site|app)",
  "safe account", "fix(?:ing)? (?:the|her|his) roof", "for work (?:nobody|no one|that|which)", "(?:hasn'?t|has not|never) been done",
];

/** A child or a young person, as someone who knows them writes it. */
const YOUNG = [
  `(?:my|our|her|his|their|a|the) (?:\\d+[- ]year[- ]old |teenage |young )?${CHILD}`, "(?:he|she|they)(?:'s| is| are|'re) 1[0-7]", "(?:i'm|im|i am) 1[0-7]", "(?:aged|age) 1[0-7]", "\\d+[- ]year[- ]old", "best friend", "my friend",
];
/** Intimate images of them. */
const IMAGES = ["(?:intimate |private |naked |nude |explicit |sexual )?(?:pictures|photos|pics|images|videos|nudes)"];
/** Held over them: a demand, a threat to share. */
const HELD_OVER = [
  "unless (?:he|she|they|i)", "or (?:he|she|they)(?:'ll| will| would)? (?:send|share|post|put)", "demanding", "blackmail\\w*", "sextort\\w*", "(?:threaten\\w*|says?|said) (?:he|she|they)?(?:'ll| will| would)? ?(?:to )?(?:send|share|post|put) (?:them|it|those)",
  "send (?:them|it) to (?:his|her|their|my) (?:school|college|friends|family|parents|mum|dad|followers)",
];

/** Children taken away by a parent where the other will never find them, or out of the country. */
const CHILDREN = ["(?:the|our|my|her|his) (?:kids|children|son|daughter|boy|girl|baby|youngest|eldest)", "(?:him|her|them)"];
const TAKEN_AWAY = [
  "(?:take|taking|took|taken) (?:the|our|my|her|his) (?:kids|children|son|daughter|boy|girl|baby|youngest|eldest) (?:to (?:[a-z]+ )?(?:abroad|out of the country|pakistan|somalia|nigeria|bangladesh|india|iraq|iran|syria|afghanistan|eritrea|sudan|turkey|romania|poland|albania)|abroad|out of the country|away for good|(?:and|where) (?:i|you|she|he)(?:'ll| will)? never)",
  "(?:somewhere|where) (?:you|i|she|he|nanny|mummy|daddy|nobody|no one)(?:'ll| will)? never (?:find|see) (?:them|him|her|us)",
];

/** A talk, a story, a scam warning in general, a matter over: not this person at risk now. */
const notNow = (hit: RuleHit) => TOPIC.test(own(hit)) || FICTION.test(own(hit)) || notNowAtRisk(hit) || /\b(?:got (?:it|the money|them) back|refunded|reimbursed|warn(?:ing)? (?:people|others|residents)|(?:was|were) (?:convicted|jailed|sentenced))\b/.test(own(hit));

export const COERCED_RULES: readonly AlertRule[] = [
  {
    id: "safeguarding/older-person-parted-from-money",
    kind: "safeguarding",
    policyRef: REVIEW_ALL_CONTACT,
    scope: "sentence",
    cues: ["paid", "pays", "paying", "gave", "given", "giving", "sent", "sending", "handed", "transferred", "withdrawn", "withdrew", "lent", "lending", "gift", "vouchers", "itunes", "bitcoin", "crypto"],
    pattern: together(OLDER_OR_CONFUSED, MONEY_HANDED, TAKER),
    // Work done and liked: a builder paid for a kitchen someone is pleased with.
    unless: (hit) => notNow(hit) || /\b(?:lovely|pleased|happy with|delighted|great job|good job|recommend\w*|beautiful)\b/.test(own(hit)),
    examples: {
      match: [
        "My gran is 83 and gets confused; a man at the door has been paid £4,500 to fix her roof and nothing has been done.",
        "Dad has early dementia and has sent £12,000 to a new online girlfriend he has never met.",
        "My aunt, 88, handed over her savings to a caller claiming to be from her bank.",
      ],
      notMatch: [
        "My mum is 84 and paid £60 for the parking fine, which we think was unfair.",
        "My grandad is 90 and paid £8,000 to a builder for his new kitchen, which is lovely.",
        "Can the Commissioner's office warn people about scams? My nan is 86 and nearly sent £2,000 but got the money back.",
      ],
    },
  },
  {
    id: "safeguarding/images-held-over-young-person",
    kind: "safeguarding",
    policyRef: REVIEW_ALL_CONTACT,
    scope: "sentence",
    cues: ["pictures", "photos", "pics", "images", "videos", "nudes"],
    pattern: together(YOUNG, IMAGES, HELD_OVER),
    // School photographs sold to parents, not images held over a child.
    unless: (hit) => notNow(hit) || /\b(?:sports day|school photo\w*|photographer|for a copy|copies|prints|yearbook)\b/.test(own(hit)),
    examples: {
      match: [
        "My daughter is 15 and someone online has her photos and says he'll send them to her school unless she pays.",
        "My best friend sent pictures to a boy who is now demanding more or he will post them.",
      ],
      notMatch: [
        "My son is doing an assembly on sextortion and wants pictures for his slides.",
        "My daughter's school took photos at sports day and is demanding £5 for a copy.",
      ],
    },
  },
  {
    id: "safeguarding/children-taken-away",
    kind: "safeguarding",
    policyRef: REVIEW_ALL_CONTACT,
    scope: "sentence",
    cues: ["take", "taking", "took", "taken", "never"],
    pattern: together(CHILDREN, TAKEN_AWAY),
    unless: (hit) => notNow(hit) || /\b(?:holiday|half[- ]term|trip|visit(?:ing)? (?:family|grandparents|relatives)|with my (?:consent|permission)|agreed)\b/.test(own(hit)),
    examples: {
      match: [
        "My ex says he is taking our daughter to Pakistan and I will never see her again.",
        "He told my son he would take him where mummy will never find him.",
      ],
      notMatch: [
        "My ex is taking the kids to Spain for half-term, which we agreed.",
        "We are taking our son abroad on holiday and need a letter about his passport.",
      ],
    },
  },
];
