import { type AlertGuard, sentenceOf } from "./guard";
import { restsOnlyOn } from "./known-crime";
import { POLICE_COMPLAINTS } from "./refs";
import { previousSentenceStart } from "./rule";

/**
 * The police taking the writer's things in the course of their work: a car seized for no insurance, a phone taken as
 * evidence ("Police took my car because no insurance", "The police took my phone when they came about my neighbour"). The
 * taker named as the police, the thing a possession; "they" alone is not enough (thieves are "they" too).
 */
const THINGS = [
  "car", "van", "vehicle", "motorbike", "bike", "scooter", "phones?", "mobile", "laptop", "computer", "tablet", "ipad", "devices?", "keys", "passport", "licence", "dog", "property",
].join("|");
const TAKER = "(?:the )?(?:police|officers?|pcs?|the officer|an officer|bailiffs)";
const SEIZED = new RegExp(
  `\\b(?:${TAKER} (?:have |had |has )?(?:took|taken|take|seized|impounded|confiscated|removed|kept) (?:my|his|her|our|their|the|a) (?:[a-z']+ )?(?:${THINGS})` +
    // Told the other way round: "My husband's car was taken by police".
    `|(?:my|his|her|our|their|the) (?:[a-z']+ )?(?:${THINGS}) (?:was|were|has been|have been|got|had been) (?:taken|seized|impounded|confiscated|removed|kept) by ${TAKER})\\b`,
  "g",
);
/** A word of each SEIZED phrase's taker. */
const CUES = ["police", "officer", "pc", "bailiff"];
/** Theft by the taker, said in the sentence: then it is misconduct or a crime to alert on, not a seizure. */
const TAKEN_WRONGLY = /\b(?:stole|stolen|steal\w*|nicked|pocketed|kept (?:the )?(?:money|cash)|never (?:logged|recorded|booked)|sold|smashed|broke|deleted|wiped)\b/;

/**
 * A possession the police took from the writer or theirs, complained of ("Police took his car and say he has no
 * insurance, but he has insurance"; "they haven't given it back"): a police action to review, not a crime against the
 * writer (Warwickshire 1: the force's handling is the Chief Constable's; issue 10 look-alikes). With those words
 * blanked, the rule must no longer match in the sentence and the one before it — a crime told beside the seizure still
 * alerts — and nothing in the two says the taking was itself theft or damage.
 */
export const SEIZED_BY_POLICE: AlertGuard = {
  id: "crime/seized-by-police",
  kinds: ["crime"],
  policyRef: POLICE_COMPLAINTS,
  drops: (text, from, to, pattern) => {
    // With the sentence before, as a sentence rule reads it ("I write for my son. Police took his car …").
    const sentence = sentenceOf(text, previousSentenceStart(text, from), to);
    // A word every SEIZED phrase holds, looked for first: most crime sentences name no police taking anything.
    if (!pattern || !CUES.some((cue) => sentence.includes(cue)) || TAKEN_WRONGLY.test(sentence)) return false;
    return restsOnlyOn(pattern, sentence, SEIZED);
  },
  examples: {
    drop: [
      "My husband's van was taken by the police and I want it back. He has insurance and the papers to prove it.",
      "Police took my car and say I have no insurance, but I do have insurance and I sent the paper. Who can I speak to?",
      "The police took my son's motorbike and say it had no insurance. It was insured and we have the certificate.",
    ],
    keep: [
      ["crime", "The police took my phone as evidence and the officer deleted the videos I took of the arrest."],
      ["crime", "Two men took my car from outside my house last night. The police took my statement."],
    ],
  },
};
