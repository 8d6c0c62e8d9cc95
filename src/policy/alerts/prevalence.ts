import type { AlertGuard } from "./guard";
import { HARM_TO_A_PERSON } from "./person-harm";
import { REVIEW_ALL_CONTACT } from "./refs";

const COUNT = "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|several|dozens of|hundreds of|lots of|loads of|a lot of|so many|countless|numerous|a spate of|a string of|a wave of|a series of|endless)";
/** Crimes against property, counted as a kind: burglaries, thefts, break-ins. */
const CRIMES = "(?:burglaries|break-ins|thefts|robberies|car thefts|shopliftings|crimes|offences|incidents|cars? broken into|vans? broken into)";
/** Things stolen or targeted, counted across a place ("three quad bikes stolen from farms"). */
const THINGS = "(?:cars|vans|bikes|quad bikes|quads|tractors|trailers|catalytic converters|sheds|garages|shops|houses|homes|farms|businesses|caravans|motorbikes|scooters)";
/** Crime as a kind that goes on in a place. */
const KIND = "(?:shoplifting|burglar(?:y|ies)|car crime|rural crime|theft|thefts|vandalism|anti-?social behaviour|fly-?tipping|break-ins)";

/**
 * Crime told as how common it is where the writer lives, not as one crime they suffered or saw: a count of crimes or of
 * things stolen ("Three burglaries on our street and not one arrest"; "Three quad bikes stolen from farms around
 * Shipston in a month"), or a kind said to be rife or long-standing ("Shoplifting is rife"; "We've had shoplifting for
 * years"). Such sentences back a complaint, a campaign or a request for patrols or CCTV; no criminal matter is reported to
 * act on (Warwickshire 7.2 reviews contact for criminal matters; issue 10: general, not a report).
 */
// Each alternative opens on its noun and looks its count behind: one opening on a count ("a lot of", a number) is tried
// at every word of every crime sentence (0.38× a tokenising pass on the dev and training messages, against 0.07× so).
const PREVALENCE = new RegExp(
  `\\b(?:${[
    `${CRIMES}(?<=\\b${COUNT} (?:[a-z-]+ ){0,2}?${CRIMES})`,
    `${THINGS}(?<=\\b${COUNT} (?:[a-z-]+ ){0,2}?${THINGS}) (?:have been |had been |were |got )?(?:stolen|taken|nicked|broken into|burgled|targeted|done)`,
    `${KIND} (?:is|are|has been|have been|'s) (?:rife|rampant|out of control|everywhere|endemic|getting worse|on the rise|through the roof)`,
    `${KIND}(?<=\\b(?:had|been) (?:[a-z]+ )?${KIND}) for (?:years|months|ages|a long time|decades)`,
  ].join("|")})\\b`,
);
/**
 * The writer or theirs as a victim, or a recent day: then it is their own report ("three burglaries this week, mine
 * last night"). "Our street", "our village" are the place, not a victim.
 */
const OWN_OR_RECENT =
  /\b(?:me|mine|ours|us|i was|i've been|we were|we've been (?:burgled|robbed|broken into|targeted|hit)|(?:my|our) (?:house|home|flat|car|van|shop|shed|garage|bike|business|property|garden|door|window|farm|caravan|tools|quad|tractor|trailer)|yesterday|last night|this (?:morning|afternoon|evening)|today|tonight)\b/;

export const CRIME_AS_PREVALENCE: AlertGuard = {
  id: "crime/prevalence",
  kinds: ["crime"],
  policyRef: REVIEW_ALL_CONTACT,
  drops: (text, from, to) => {
    const sentence = text.slice(from, to);
    // The writer as a victim first: most crime sentences name one early ("my", "me"), and a match found early is cheap,
    // where PREVALENCE, matching almost none, reads every word.
    return !OWN_OR_RECENT.test(sentence) && PREVALENCE.test(sentence) && !HARM_TO_A_PERSON.test(sentence);
  },
  examples: {
    drop: [
      "The police round here are a joke. Three burglaries on our street and not one arrest. The Commissioner should be ashamed.",
      "To suggest that rural crime is under control shows how out of touch she is. Three quad bikes stolen from farms around Shipston in a month.",
      "We, the traders of the market, are furious that patrols have stopped on Saturdays. Shoplifting is rife. We want a meeting.",
    ],
    keep: [
      ["crime", "Three burglaries on our street this month, and my house was broken into last night."],
      ["crime", "Someone has broken into my shed and taken two bikes. That's three sheds stolen from on our road this year."],
      ["crime", "Three lads on our street were stabbed in a month and now they have attacked my son."],
    ],
  },
};
