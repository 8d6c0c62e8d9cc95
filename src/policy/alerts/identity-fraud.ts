import { FICTION } from "./concepts";
import { notACrimeReported, QUESTION_ABOUT, resolvedOrPast } from "./crime";
import { TOPIC } from "./fragments";
import { REVIEW_ALL_CONTACT } from "./refs";
import { phrases, together, type AlertRule, type RuleHit } from "./rule";

/**
 * The writer's identity misused, told without the words "identity theft" (issue 10 `crime`: a crime against the writer;
 * Warwickshire 7.2 "criminal matters"): credit, accounts or benefits taken out in their name, their details used to do
 * it, someone passing themselves off as them. A question about how to report it, a topic, the news, or a case long put
 * right are not a report. (crime/crime-reported reads "identity theft" and "loans in my name" as written.)
 */
/** Not the writer's own doing: "I took out a loan in my name" is not a crime. */
const NOT_I = "(?<!\\bi )(?<!\\bwe )(?<!\\bi've )(?<!\\bi have )(?<!\\bi had )(?<!\\bwe've )(?<!\\bwe have )(?<!\\bi just )";
/** Credit, accounts or a contract, as taken out in someone's name. */
const TAKEN = "(?:mortgage|benefits|universal credit|finance|catalogues?|overdrafts?|credit|loans?|a phone|phones|phone contracts?|contracts?|bank accounts?|accounts?|credit cards?|store cards?|a tenancy|a company|debts?)";

const MISUSED = [
  // Found, not asked for: "three phone contracts in my name that I never took out".
  `${TAKEN}(?: [a-z]+){0,3}? (?:in|under|using) my (?:name|details|identity)(?: [a-z']+){0,6}? (?:i (?:never|didn'?t|did not|don'?t|have never)|without my|(?:that )?(?:aren'?t|isn'?t|are not|is not|not) mine|i know nothing about)`,
  `${NOT_I}(?:applied|applying|signed up|registered|taken out|took out|opened|set up|ordered|bought|run up|ran up|obtained)(?: [a-z]+){0,4}? (?:in|under|using|with) my (?:name|details|identity|personal details|date of birth|national insurance(?: number)?)`,
  `${NOT_I}(?:using|used|uses|stolen|stole|got hold of|cloned|copied|nicked) my (?:identity|personal details|details|date of birth|national insurance(?: number)?|passport|driving licen[cs]e|bank details|card details)(?: [a-z]+){0,4}? (?:to|for|and)`,
  "(?:pretending|pretends|pretended) to be me", "impersonat(?:ing|ed|es|e) me", "posing as me", "(?:my )?identity (?:theft|fraud|has been stolen|was stolen|got stolen|stolen)",
];

/** Someone passing themselves off as an official or a firm, to the writer or theirs: "saying he was from the tax office". */
const POSED_AS = [
  "(?:claiming|claimed|saying|said|pretending|pretended|posing|posed|making out|made out)(?: that)? (?:to be|he was|she was|they were|he's|she's|they're|it was|as)? ?(?:from )?(?:the |a |an |her |his |their |my )?(?:police|officer|detective|bank|building society|tax office|hmrc|inland revenue|council|dvla|tv licen[cs]ing|post office|royal mail|courier|energy company|gas board|water board|microsoft|amazon|bt|commissioner'?s office)",
];
/** Money, cards or vouchers handed over: then it is a fraud done, not an attempt seen through. */
const HANDED_OVER = [
  "(?:bought|buy|buying|paid|pay|paying|sent|send|transferred|handed|handed over|gave|give|given|withdrew|withdrawn)(?: [a-z]+){0,3}? (?:£\\d[\\d,]*|\\d+ (?:pounds|quid)|(?:her|his|their|my|our) (?:bank |debit |credit )?(?:cards?|pin|savings|money|cash)|(?:gift|google play|itunes|amazon|steam) (?:cards|vouchers)|vouchers|gift cards)",
];

/** Asked about, a topic or the news, long put right, or the background of a decided complaint. */
const notReported = (hit: RuleHit) =>
  TOPIC.test(hit.sentence) || FICTION.test(hit.sentence) || QUESTION_ABOUT.test(hit.sentence) || resolvedOrPast(hit) || notACrimeReported(hit) ||
  /\b(?:(?:years|months) ago|back in (?:19|20)\d\d)\b[^.!?\n]*\b(?:sorted|refunded|resolved|fine now|put right|cleared)\b|\b(?:in case|to protect|protect (?:your|my)|what (?:should|do) i do if|if (?:someone|somebody|anyone))\b/.test(hit.sentence) ||
  // Someone acting for the writer with their consent: an accountant, a solicitor, an attorney.
  /\b(?:(?:gave|given|give|with) (?:my |them |him |her )?(?:permission|consent)|authori[sz]ed|on my behalf|accountant|solicitor|power of attorney|appointee|agent)\b/.test(hit.sentence);

export const IDENTITY_FRAUD_RULES: readonly AlertRule[] = [
  {
    id: "crime/identity-misused",
    kind: "crime",
    policyRef: REVIEW_ALL_CONTACT,
    cues: ["name", "details", "identity", "birth", "insurance", "passport", "licence", "license", "pretending", "pretends", "pretended", "impersonating", "impersonated", "impersonates", "impersonate", "posing"],
    pattern: phrases(MISUSED),
    unless: notReported,
    examples: {
      match: [
        "Somebody's been using my details to take out loans.",
        "Somebody applied for a mortgage using my name and date of birth.",
        "Someone is pretending to be me online and asking my friends for money.",
        "there are 3 phone contracts in my name that i never took out",
        "A woman at my old work has been impersonating me to claim universal credit.",
        "I have found out someone opened a bank account under my name last month.",
      ],
      notMatch: [
        "Years ago I was the victim of identity theft, the bank sorted it and I'm fine.",
        "How do I report identity fraud?",
        "Please put the account in my name rather than my husband's.",
        "I used my details from the old form to fill in the new one.",
        "Your webinar on identity fraud was excellent.",
        "My accountant is using my details to file the tax return, I gave permission.",
      ],
    },
  },
  {
    id: "crime/impersonation-fraud",
    kind: "crime",
    policyRef: REVIEW_ALL_CONTACT,
    scope: "sentence",
    // Fraud by someone posing as the police, a bank, the council or a courier, with money, cards or vouchers handed over
    // (Warwickshire 7.2 "criminal matters"): a crime done to the writer or someone of theirs. Seen through, nothing lost:
    // crime-topics.ts's scam contact, not this.
    cues: ["claiming", "claimed", "saying", "said", "pretending", "pretended", "posing", "posed", "making", "made"],
    pattern: together(POSED_AS, HANDED_OVER),
    // "Google Play cards" are vouchers, not a play (FICTION).
    unless: (hit) => notReported({ ...hit, sentence: hit.sentence.replace(/\bgoogle play\b/g, "google") }),
    examples: {
      match: [
        "A man rang my dad saying he was from the tax office and my dad bought £600 of Google Play cards for him.",
        "Someone claiming to be the police rang my gran and she handed her bank card to a courier.",
      ],
      notMatch: [
        "A man rang saying he was from the bank and asked for my card details, so I hung up and never paid anything.",
        "How do I know if someone claiming to be from the council is real before I pay them?",
      ],
    },
  },
];
