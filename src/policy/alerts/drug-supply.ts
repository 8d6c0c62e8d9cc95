import { FICTION } from "./concepts";
import { notACrimeReported, QUESTION_ABOUT, resolvedOrPast } from "./crime";
import { TOPIC } from "./fragments";
import { REVIEW_ALL_CONTACT } from "./refs";
import { together, type AlertRule, type RuleHit } from "./rule";

/**
 * Drugs supplied from a place the writer can point to (issue 10 `crime`: a crime the writer reports or witnessed;
 * Warwickshire 7.2 "criminal matters"): a neighbour's house or flat, a number on their street, the flat above —
 * dealing, selling, a cannabis farm, a crack house, callers at all hours. Drugs as a topic of the town ("dealing on
 * every corner"), a question, the news or a story are not a report.
 */

/** A place near the writer, or the people in it. */
const NEARBY = [
  "next door", "next-door", "neighbours?", "neighbors?", "number \\d+", "no\\.? ?\\d+", "(?:flat|house|unit) \\d+[a-z]?",
  "(?:the )?(?:house|flat|property|address|people|family|man|woman|lads?|couple|tenants?|bloke|guy) (?:next door|opposite|across the (?:road|street|landing|hall|way)|over the road|upstairs|downstairs|below|above|behind (?:me|us))",
  "(?:the )?(?:flat|house|property) (?:above|below|opposite|next to|beside) (?:me|mine|us|ours|my|ours)", "(?:on|in) (?:my|our) (?:street|road|close|estate|landing|block|building|cul-de-sac|avenue|lane)",
  "across the road", "over the road", "upstairs", "downstairs", "opposite (?:me|us|my|our)",
];

/** Supplying drugs, or the signs of it. */
const SUPPLY = [
  "dealing(?! with)", "deals? (?:drugs|weed|cannabis|crack|coke|cocaine|heroin|spice|pills|gear|ket|from)", "drug deals?",
  "(?:selling|sell|sells|sold|supplying|supply|supplies) (?:drugs|weed|cannabis|skunk|crack|coke|cocaine|heroin|smack|spice|pills|gear|ket|ketamine|mdma|nitrous|balloons)",
  "(?:crack|drug|drugs|trap) (?:den|house|flat|dealers?)", "dealers?", "cannabis (?:farm|factory)", "grow(?:ing)? (?:cannabis|weed|skunk|plants in the loft)", "cuckoo\\w*", "county lines",
  "(?:people|cars|kids|lads|taxis|bikes)(?: [a-z]+){0,2}? (?:coming and going|in and out|pulling up|turning up|calling round|knocking)(?: [a-z]+){0,3}? (?:all hours|all night|all day|day and night|every few minutes|for (?:a few|two|five) minutes)",
  "(?:handing|passing|dropping off) (?:over )?(?:little |small )?(?:bags|packages|packets|wraps)",
];

/** Drugs as a subject, the news, a question, something long dealt with, or a town-wide complaint. */
const notReported = (hit: RuleHit) =>
  TOPIC.test(hit.sentence) || FICTION.test(hit.sentence) || QUESTION_ABOUT.test(hit.sentence) || resolvedOrPast(hit) || notACrimeReported(hit) ||
  /\b(?:card dealers?|car dealers?|antiques? dealers?|dealership|dealing with|dealt with|a good deal|great deal|big deal|deal of|the deal|plan (?:for|on|to)|crackdown|operation|initiative|scheme|is working)\b/.test(hit.sentence);

export const DRUG_SUPPLY_RULES: readonly AlertRule[] = [
  {
    id: "crime/drug-supply-nearby",
    kind: "crime",
    policyRef: REVIEW_ALL_CONTACT,
    scope: "sentence",
    cues: ["dealing", "deal", "deals", "selling", "sell", "sells", "sold", "supplying", "supply", "supplies", "den", "dealer", "dealers", "cannabis", "growing", "grow", "cuckooed", "cuckooing", "county", "coming", "pulling", "turning", "calling", "knocking", "handing", "passing", "dropping"],
    pattern: together(NEARBY, SUPPLY),
    unless: notReported,
    examples: {
      match: [
        "The house next door is dealing drugs, there are people coming and going all night.",
        "My neighbours are selling cannabis from their flat, cars pull up at all hours.",
        "The flat above me is a crack den.",
        "There's dealing going on from number 14, kids on bikes dropping off packages.",
        "The people opposite are selling weed and coke out of their back door.",
        "Next door are growing cannabis in the loft, the smell is unbearable.",
      ],
      notMatch: [
        "Drug dealing on every corner and not a copper in sight.",
        "My neighbour is a car dealer and parks his stock on the street.",
        "I'm dealing with my neighbour's noise complaint through the council.",
        "How do I report drug dealing in my street anonymously?",
        "Years ago the flat upstairs was a drug den, but they were evicted and convicted and it's been quiet since, thank you.",
        "My neighbour says the Commissioner's plan for county lines is working.",
      ],
    },
  },
];
