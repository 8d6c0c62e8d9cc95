import type { AlertGuard } from "./guard";
import { HARM_TO_A_PERSON } from "./person-harm";
import { RECENT } from "./fragments";
import { REVIEW_ALL_CONTACT } from "./refs";
import { previousSentenceStart } from "./rule";

/**
 * The office asked for it: "as requested", "as your officer asked me to", "the bank statements you asked for". What
 * follows is material for a matter the office already has (it asked), not a crime reported for the first time.
 */
const ASKED_FOR = new RegExp(
  `\\b(?:${[
    "as (?:requested|asked|agreed|promised|discussed)",
    "as (?:you|your [a-z]+|the [a-z]+|[a-z]+ on the phone) (?:asked|requested|suggested)",
    "(?:you|your [a-z]+|the office) asked (?:me )?(?:for|to send|me to send)",
    "(?:that|which) you (?:asked|requested)(?: for)?",
    "you asked for",
  ].join("|")})\\b`,
);
/** A crime told as news in its own sentence: then it is reported, whatever the office asked for before. */
const NEWS = new RegExp(`\\b(?:${RECENT}|again|another|just now|right now)\\b`);
/** Material sent: documents, photos, statements, a reference, attached or enclosed. */
const SENT = /\b(?:here (?:again )?(?:are|is)|attached|attaching|i attach|enclosed|i enclose|sending|send|sent|photos?|pictures?|statements?|documents?|screenshots?|footage|receipts?|reference|copies|copy)\b/;

/**
 * A crime named in material the office asked for ("As requested by Kwame on the phone, here again are my bank statements
 * and the crime reference"; "Three more photos of the fly-tipping from today, as your officer asked me to send each new
 * one"): the office has the matter already and is gathering for it, so no crime is reported to it afresh (Warwickshire
 * 7.2 reviews contact for new criminal matters). Read in the crime's sentence, and in the one before when the crime's own
 * tells no news ("As requested, here are the photos. Last night someone smashed my car window" is a crime reported).
 * Never for harm to a person (person-harm.ts).
 */
export const CRIME_SENT_AS_ASKED: AlertGuard = {
  id: "crime/sent-as-asked",
  kinds: ["crime"],
  policyRef: REVIEW_ALL_CONTACT,
  drops: (text, from, to) => {
    const sentence = text.slice(from, to);
    // The ask first: most crime hits tell none, and it is the cheapest to rule out.
    if (ASKED_FOR.test(sentence)) return SENT.test(sentence) && !HARM_TO_A_PERSON.test(sentence);
    // Asked in the sentence before: the crime's own sentence must not tell it as news ("Last night someone smashed …").
    const before = text.slice(previousSentenceStart(text, from), from);
    return ASKED_FOR.test(before) && SENT.test(before + sentence) && !NEWS.test(sentence) && !HARM_TO_A_PERSON.test(before + sentence);
  },
  examples: {
    drop: [
      "As requested by Kwame on the phone, here again are my bank statements and the crime reference. Sorry for sending it twice.",
      "Three more photos of the fly-tipping from today, as your officer asked me to send each new one as it happens.",
    ],
    keep: [
      ["crime", "As requested, here are the photos. Last night someone smashed my car window and took my tools."],
      ["crime", "As you asked, I attach the statement. My ex assaulted me again on Friday."],
    ],
  },
};
