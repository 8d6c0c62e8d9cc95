import type { AlertGuard } from "./guard";
import { HARM_TO_A_PERSON } from "./person-harm";
import { REVIEW_ALL_CONTACT } from "./refs";

/**
 * Crime as what others have raised with the writer, or what the writer asked about at a meeting: "eleven residents have
 * contacted me about drug dealing near the shops", "nobody answered a single question about the burglaries on our estate".
 * The writer speaks for a community on a subject; no crime against them, nor one they saw, is told.
 */
const RAISED = new RegExp(
  `\\b(?:${[
    "(?:residents|constituents|people|parents|members|neighbours|locals|traders|shopkeepers|families|businesses|tenants)(?: [a-z]+){0,2}? (?:have |had |has )?(?:contacted|contact|complained|raised|reported|told|written|come to|been in touch|asked|emailed|rung|phoned)(?: (?:me|us|my office|our office|our group))?(?: [a-z]+){0,3}? (?:about|regarding|over|concerning)",
    "(?:a |any |one |single |my |our )?questions? (?:[a-z]+ ){0,2}?(?:about|on|regarding) (?:the )?(?:burglaries|thefts|break-ins|robberies|shoplifting|drug dealing|dealing|vandalism|anti-?social behaviour|car crime|crime)",
  ].join("|")})\\b`,
);
/** Who raises it, or a question: a plain word list tried first, before RAISED's spans are tried at each word. */
const WHO_RAISES = /\b(?:residents|constituents|people|parents|members|neighbours|locals|traders|shopkeepers|families|businesses|tenants|questions?)\b/;
/** The writer or theirs as a victim, or a recent day: then it is their own report. */
const OWN_OR_RECENT = /\b(?:me|us|i was|we were|(?:my|our) (?:house|home|flat|car|van|shop|shed|garage|bike|business|property|garden|door|window|son|daughter|child|children|kids|mum|dad|wife|husband|partner)|yesterday|last night|this (?:morning|afternoon|evening)|today|tonight)\b(?! about)/;

/**
 * Crime as a subject others raised with the writer (a councillor's residents, a group's members) or the writer asked about
 * at a meeting: no crime against the writer or theirs, nor one they saw, is reported to act on (Warwickshire 7.2 reviews
 * contact for criminal matters; issue 10 look-alikes "drug dealing as a topic of a community complaint"). Never for harm
 * to a person (HARM_TO_A_PERSON: safety first), nor when the sentence names the writer or theirs, or a recent day.
 */
export const CRIME_RAISED_WITH_WRITER: AlertGuard = {
  id: "crime/raised-with-writer",
  kinds: ["crime"],
  policyRef: REVIEW_ALL_CONTACT,
  drops: (text, from, to) => {
    const sentence = text.slice(from, to);
    // The victim read with the raising words set aside ("contact me about" is not "me" as a victim).
    return WHO_RAISES.test(sentence) && RAISED.test(sentence) && !HARM_TO_A_PERSON.test(sentence) && !OWN_OR_RECENT.test(sentence.replace(RAISED, " "));
  },
  examples: {
    drop: [
      "Dear Commissioner, as ward councillor I've had eleven residents contact me about drug dealing near the shops. Could we arrange a walkabout?",
      "That meeting was a waste. Three hours and nobody from the police answered a single question about the burglaries on our estate.",
    ],
    keep: [
      ["crime", "Residents have contacted me about drug dealing near the shops, and last night my car was broken into there."],
      ["crime", "Residents have contacted me about a man who punched a pensioner outside the shops on Friday."],
    ],
  },
};
