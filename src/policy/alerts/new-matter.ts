import { RECENT } from "./fragments";
import { NEW_INFORMATION, REVIEW_ALL_CONTACT } from "./refs";
import { phrases, type AlertRule, type RuleHit } from "./rule";
import { negatedAt } from "./concepts";

/** Something happened: a verb in the past ("parked", "hung up", "was clamped"), not only a date. */
const HAPPENED = /\b(?:was|were|had|did|got|went|came|came round|said|told|took|made|left|hung up|broke|rang|saw|found|sent|[a-z]{3,}ed)\b/;
/**
 * The writer's own correspondence about the matter ("I wrote to you on Monday", "your letter of 3 November", "the
 * Professional Standards letter of 4 August") is not a new event: the date is a letter's, whoever sent it.
 */
const CORRESPONDENCE = /\b(?:(?:your|the|a|my|his|her|their) (?:[a-z'’-]+ ){0,3}?(?:letter|email|reply|response|decision|report|outcome) (?:of|dated|sent on|from)|your (?:letter|email|reply|response|decision)|i (?:wrote|emailed|sent|phoned|rang|called|chased|asked you)|you (?:wrote|replied|sent|said|told|refused|ignored)|my (?:last |previous )?(?:letter|email|message))\b/;

/**
 * The writer's own address or contact details changing ("I have moved", "writing from a new address", "my new number is …",
 * "please use this email from now on"): how to reach them, not a new matter (T5 finding 4: "Writing from a new address …
 * Same complaint as before" was raised as a new matter on "new address").
 */
const CONTACT_CHANGE = new RegExp(
  [
    "(?:i have|i've|we have|we've|i|we) (?:now |just |recently )?(?:moved|relocated)(?: house| home| flats?| address)?",
    "(?:i have|i've|i|we have|we've|we) (?:now |just )?(?:changed|updated|got|have) (?:my|our|a) (?:new )?(?:home |postal |email |e-mail |mobile |phone |telephone )?(?:address|number|email|e-mail|phone|mobile|contact details)",
    "(?:my|our|a|the|this) (?:new|old|usual|other|previous|current|blocked) (?:home |postal |email |e-mail |mobile |phone |telephone )?(?:address|number|email|e-mail|phone|mobile|account|contact details)",
    "(?:change|changes) (?:of|to) (?:my |our )?(?:home |postal |email |e-mail )?(?:address|number|contact details)",
    "(?:writing|emailing|sending this|contacting you) from (?:a |my |this |another |a different )?(?:new |other |different )?(?:address|email|e-mail|account|one)",
    "(?:please )?(?:use|note|update) (?:this|my|the) (?:new )?(?:address|number|email|e-mail|contact details)(?: from now on)?",
  ].join("|"),
  "g",
);
/** The sentence without what it says about the writer's own contact details. */
const withoutContactChange = (sentence: string) => sentence.replace(CONTACT_CHANGE, " ");

const notAnEvent = (hit: RuleHit) => {
  const sentence = withoutContactChange(hit.sentence);
  return !HAPPENED.test(sentence) || CORRESPONDENCE.test(sentence);
};

/**
 * Something that is not the closed matter, raised under a read-and-file or no-reopening
 * restriction (Gwent 8.0 "acknowledge or respond to it only if the customer provides new
 * information or is making a new complaint"; Warwickshire 7.2 "not … deterred nor prevented
 * from contacting the OPCC in relation to other matters"). These rules run only under such a
 * restriction, and a hit in a sentence about the closed matter itself is dropped (detect.ts).
 */
export const NEW_MATTER_RULES: readonly AlertRule[] = [
  {
    id: "new-matter/said-to-be-new",
    kind: "new-matter",
    policyRef: NEW_INFORMATION,
    cues: ["new", "separate", "different", "fresh", "further", "second", "unrelated", "another", "nothing", "freedom", "foi", "access", "protection", "else", "information", "evidence", "isn't", "not", "about"],
    pattern: phrases([
      "(?:a|an|this is a|this is an|that is a|that's a|another|one more|i have a|i've got a|making a|make a|raise a|raising a|with a|about a) (?:new|separate|different|fresh|further|second|unrelated|another) (?:complaint|matter|issue|incident|problem|concern|request|question|subject)",
      "(?:nothing to do with|not about|unrelated to|separate from|different from|not connected (?:to|with)) (?:my|the) (?:old |previous |earlier |closed |original |other |last )?(?:complaint|case|matter|issue|[a-z]+ complaint)",
      "(?:this|it|my email|this email|this one|this message|this letter)(?: is|'s)? (?:not|isn't|is not|'s not|has nothing to do with|nothing to do with) (?:about |with )?(?:my|the|that) (?:old |previous |earlier |closed |original |other |last |usual )?(?!money|principle|point|same|way|case of)[a-z]+",
      "(?:something|this) (?:else|new|different) (?:has )?happened",
      "(?:i have|i've got|here is|there is|i now have) new (?:information|evidence)",
    ]),
    examples: {
      match: [
        "This is a new complaint and nothing to do with my van.",
        "I am writing about a separate matter.",
        "This isn't about the van. A traffic warden gave me a ticket.",
        "Not about the old matter. I would like to apply to sit on your Independent Custody Visitor scheme.",
      ],
      notMatch: [
        "Now there is a new Chief Constable I want him to look again at my case.",
        "Reopen my complaint.",
        "This is not about the money, it is about the principle.",
        "This is not a new complaint, it's the same one, but it was wrongly decided.",
        "I have NEW information about my 2024 complaint. Please reopen it.",
        "This is a different complaint. The officers mishandled the investigation of my stolen van and nobody will admit it.",
      ],
    },
    // "This is not a new complaint"; "new information about my 2024 complaint" is the closed matter again (Gwent 8.0).
    // A "new" complaint whose next sentence re-argues the closed matter is dropped in detect.ts (SAID_NEW_RULE).
    unless: (hit) => negatedAt(hit.text, hit.start) || /(?<!\b(?:not|isn't|nothing) )\babout (?:my|the|our) (?:(?:19|20)\d\d|old|previous|earlier|original|closed|last|first) (?:complaint|case|matter)\b/.test(hit.sentence),
  },
  {
    id: "new-matter/information-request",
    kind: "new-matter",
    policyRef: NEW_INFORMATION,
    // A request with its own legal route and deadline (FOI, subject access): new whatever it asks about, even the closed matter.
    evenOnClosedMatter: true,
    cues: ["freedom", "foi", "access", "protection", "sar", "request"],
    pattern: phrases([
      "(?:a|as a|under (?:the|a)|this is a|make a|making a) (?:freedom of information|foi|subject access|data protection|sar) request",
      "under (?:the )?(?:freedom of information|foi|data protection)(?: act)?",
    ]),
    examples: {
      match: ["Please treat this as a freedom of information request.", "I'd like to know under freedom of information how many vans were stolen in the investigation year."],
      notMatch: ["Your FOI officer was very helpful last year.", "What is the freedom of information policy's review date?"],
    },
  },
  {
    id: "new-matter/recent-event",
    kind: "new-matter",
    policyRef: REVIEW_ALL_CONTACT,
    cues: ["yesterday", "night", "morning", "afternoon", "evening", "today", "tonight", "week", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ago", "other"],
    pattern: phrases([RECENT]),
    unless: notAnEvent,
    examples: {
      match: ["Yesterday an officer parked across my drive for two hours.", "Last Friday my mobility scooter was clamped.", "On 20 November the call handler hung up on me."],
      notMatch: [
        "The officer at the noise dispute in May 2025 was rude.", "I want an answer today.", "I wrote to you again on Monday and you ignored me.",
        "The Professional Standards letter of 4 August says my concerns were handled reasonably. I do not accept that.",
      ],
    },
  },
  {
    id: "new-matter/new-complaint-or-request",
    kind: "new-matter",
    policyRef: NEW_INFORMATION,
    // A change in the writer's health or needs is new information (reasonable adjustments); a change of their address or
    // contact details is not a new matter (CONTACT_CHANGE): the strategy still covers them at the new one.
    cues: ["complain", "report", "raise", "lost", "diagnosed", "stroke", "disabled", "deaf", "blind"],
    pattern: phrases([
      "i (?:want|wish|would like|'d like|need|am writing|'m writing) to (?:complain|make a complaint|raise a concern|report)(?: about| that)?",
      "(?:i have|i've|i have now|i've now|we have|we've) (?:now )?(?:lost (?:most of |all of |the use of )?my|been diagnosed|had a stroke|become (?:disabled|deaf|blind|ill))",
    ]),
    examples: {
      match: ["I want to complain about how a sergeant spoke to me at Rugby police station.", "Please note I have moved to 14 Orchard Way and I have now lost most of my hearing."],
      notMatch: [
        "I want a senior manager to look at my complaint again.",
        "You still haven't replied to my emails.",
        "Writing from a new address. You blocked my old address so I am writing from this one.",
        "Please note my new phone number is 07700 900123.",
        "I have moved to 14 Orchard Way, please update your records.",
        "Change of address: 3 Mill Lane, Rugby.",
      ],
    },
  },
];
