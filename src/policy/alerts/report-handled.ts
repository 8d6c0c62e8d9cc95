import { type AlertGuard, sentenceOf } from "./guard";
import { RECENT } from "./fragments";
import { CRIME_NOUN, restsOnlyOn } from "./known-crime";
import { HARM_TO_A_PERSON } from "./person-harm";
import { POLICE_COMPLAINTS } from "./refs";

/** What a victim says was done to their things, as they report it ("my car being keyed", "the damage to my car"). */
const DONE = "(?:keyed|stolen|vandali[sz]ed|damaged|broken into|burgled|smashed|taken|nicked|set on fire|scratched|graffitied)";
/** The police's part in it, as the complaint names it: the handling, the investigation, the response, not attending. */
const HANDLING = "(?:handling of|handled|investigation (?:of|into)|response to|dealing with|dealt with|not attending|did not attend|didn'?t attend|failure to (?:investigate|attend|respond to)|failing to (?:investigate|attend|respond to)|not investigating)";
/**
 * The crime named as the report the writer already made, whose handling is their complaint: "how my report of a sexual
 * assault was handled", "when reporting my car being keyed", "the police not attending my car being keyed", "the officers'
 * failure to investigate the damage to my car", "the force's handling of my assault report". Each names one crime as a
 * thing the police already have.
 */
const REPORT_NAMED = new RegExp(
  `\\b(?:${[
    // "my report of a sexual assault", "her report of the burglary": not "a report of" (making a report is news).
    `(?:my|our|his|her|their|the) reports? of (?:a |an |the )?(?:[a-z0-9'-]+ ){0,2}?(?:${CRIME_NOUN})`,
    // "reporting my car being keyed", "when I reported the theft of my bike".
    `(?:when|after) (?:i was |i |we |we were )?report(?:ing|ed) (?:my|our|his|her|their|the|a|an) (?:[a-z0-9'-]+ ){0,3}?(?:(?:being|been|getting|got|that was|was) )?(?:${DONE}|${CRIME_NOUN})`,
    // "the officers' failure to investigate the damage to my car", "the police not attending my car being keyed".
    `${HANDLING} (?:my|our|his|her|their|the|a|an) (?:[a-z0-9'-]+ ){0,4}?(?:(?:being|been|getting|got|that was|was) )?(?:${DONE}|${CRIME_NOUN}|damage)(?: (?:to|of) (?:my|our|his|her|their|the) [a-z]+)?`,
    // "the force's handling of my assault report from 2020".
    `(?:my|our|his|her|their|the) (?:[a-z0-9'-]+ ){0,2}?(?:${CRIME_NOUN}) (?:report|complaint|investigation|case)`,
  ].join("|")})\\b`,
  "g",
);
/**
 * The complaint is the handling: a complaint or review named, or how it was dealt with. A crime told in a sentence that
 * says none of this is the writer's report, not the background to one.
 */
const ABOUT_HANDLING = /\b(?:complain\w*|review|unhappy|not happy|dissatisfied|handl\w+|dealt with|how (?:officers|the police|they|it was)|wasting police time|not attending|did not attend|didn'?t attend|failure to|failing to|outcome)\b/;
/** Something new beside it: it happened again, lately, or goes on. */
const NEWS = new RegExp(`\\b(?:${RECENT}|new|another|again|still (?:happening|going on|doing|coming|sending|texting|ringing|calling|threatening|following)|right now|at the moment|since then|keeps|every (?:night|day|week)|ongoing|(?:has|have) been [a-z]+ing)\\b`);

/** The writer's own report named, whose handling they complain of: "my report of a sexual assault", "her report of rape". */
const OWN_REPORT = /\b(?:my|our|his|her|their) reports? of\b/;

/**
 * A crime the writer already reported, named as the report whose handling they complain of ("I'm making a complaint
 * about how my report of a sexual assault was handled"; "It doesn't address the main point, which is that I was told to
 * 'stop wasting police time' when reporting my car being keyed"): the criminal matter is with the police, and what the
 * writer raises is the service (Warwickshire 1: handling is the Chief Constable's; issue 10 look-alikes "crimes already
 * reported"). Read as `onlyKnownCrimeNamed` reads a crime named as known: with those words blanked, the rule must no
 * longer match in the crime's sentence — another crime told beside the report ("… and he attacked me again") still
 * alerts — and nothing new is told. Harm to a person only when named as the writer's own report ("how my report of a sexual
 * assault was handled", asking for a female caseworker): the police have that crime, and the complaint is how they dealt
 * with it; told any other way ("when reporting that he punched me") it still alerts, as CRIME_KNOWN_TO_POLICE keeps it
 * unless told as past and over (E104: writers from train-30 on label the named report no alert, as Warwickshire 1 reads it).
 */
export const CRIME_REPORT_HANDLED: AlertGuard = {
  id: "crime/report-handled",
  kinds: ["crime"],
  policyRef: POLICE_COMPLAINTS,
  readsCarried: true,
  drops: (text, from, to, pattern) => {
    const sentence = sentenceOf(text, from, to);
    // Harm to a person stays unless the writer names it as their own report whose handling is the complaint ("how my report
    // of a sexual assault was handled"): told otherwise, the writer may still be at risk (safety first).
    if (!pattern || !ABOUT_HANDLING.test(sentence) || NEWS.test(sentence) || (HARM_TO_A_PERSON.test(sentence) && !OWN_REPORT.test(sentence))) return false;
    return restsOnlyOn(pattern, sentence, REPORT_NAMED);
  },
  examples: {
    drop: [
      "I want to complain about how my report of a burglary was handled.",
      "I'm unhappy with the response to my 101 complaint. It doesn't address the main point, which is that I was told to \"stop wasting police time\" when reporting my car being keyed.",
      "I'm unhappy with the review. I was told to stop wasting police time when reporting my bike being stolen from the station.",
      "I'm writing about the way my report of sexual assault was handled. Could a female member of staff deal with my complaint?",
    ],
    keep: [
      ["crime", "I want to complain about how my report of a burglary was handled, and last night they broke into my shed again."],
      ["crime", "I'm complaining about how my report of harassment was handled. He punched me in the street and the officers did nothing."],
      ["crime", "I want to report a burglary. My house was broken into while I was at work."],
      ["crime", "I'm unhappy with how officers handled things when I was reporting that my neighbour punched me."],
    ],
  },
};
