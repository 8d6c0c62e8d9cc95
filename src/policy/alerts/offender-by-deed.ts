import { type AlertGuard, sentenceOf } from "./guard";
import { RECENT } from "./fragments";
import { restsOnlyOn } from "./known-crime";
import { POLICE_COMPLAINTS } from "./refs";

/** Who did it, as a victim names the one the reader already knows of: "the man", "the lads", "the driver", "whoever". */
const WHO =
  "(?:(?:the|that|those|these) (?:[a-z'-]+ ){0,2}?(?:man|men|woman|women|lad|lads|boy|boys|girl|girls|driver|drivers|youths?|person|people|guy|guys|bloke|blokes|officer|officers|pc|pcso|neighbour|neighbours|gang|kids|thief|thieves|landlord|builders?|traders?|suspect|offender|culprits?),? who|whoever|(?:find|found|look at|looked at|know|knew|identify|identified|find out) who)";
/** What they did to the writer or theirs. */
const DEED =
  "(?:stole|broke into|smashed|damaged|vandalised|keyed|assaulted|attacked|punched|hit|kicked|mugged|robbed|threatened|stabbed|burgled|took|raped|abused|harassed|scammed|conned|defrauded|glassed|headbutted|pushed|spat at)";
/**
 * The crime told only inside the name of its doer — "the man who attacked my grandson", "the lads who smashed my window in
 * June", "the driver who damaged my wall": the crime is presupposed, as one the reader has heard of, and the sentence tells
 * something else about that person (a verdict, a release, a decision not to prosecute, the evidence sent).
 */
const OFFENDER_BY_DEED = new RegExp(
  `\\b${WHO}(?:'d| had| has)? ${DEED}(?: [a-z0-9£',-]+){0,6}? (?:me|us|him|her|them|(?:my|our|his|her|their) [a-z'-]+(?: [a-z'-]+)?)(?: (?:in|back in|from) (?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\\d\\d))?\\b`,
  "g",
);
/**
 * What the justice process, the force or the office did or decided about that person — the matter the sentence raises:
 * a verdict, a release, a decision (not) to prosecute or charge, the evidence given, a wait for someone to look at it.
 * Not a complaint "about the lads who attacked me" alone: that may be the first the office hears of the crime.
 */
const DONE_ABOUT_IT =
  /\b(?:released|acquitted|found (?:not )?guilty|verdict|jury|trial|court|prosecut\w*|charg\w*|convicted|sentenc\w*|decision|decided|investigat\w*|evidence|cctv|footage|statement|walk (?:away|free)|walked (?:away|free)|on the beat|disciplin\w*|suspended|impartial|look at|looked at|identif\w*|arrest\w*|nobody told|no one told|(?:why|who) did(?:n'?t| not)? (?:nobody|no one|anyone|you|they)? ?tell|waited|waiting)\b/;
/**
 * That person back in the writer's life, or anything new: at the door, seen near, in touch, again, lately. Then the
 * writer's report stands, whatever else the sentence tells about the first crime.
 */
const BACK_OR_NEW = new RegExp(
  `\\b(?:${RECENT}|again|another|new|keeps?|kept|every (?:night|day|week)|right now|at the moment|since then|came back|come back|(?:has|have|had) been (?:seen|coming|hanging|turning|texting|messaging|ringing|calling|following|watching|sending|living)|turn(?:ed|s|ing)? up|outside|near (?:my|our|the)|round (?:my|our|the)|next door|streets? away|living|moved (?:back|in|onto|into|next)|(?:is|are) still (?:on|in|at|near|around|living|the same)|threaten\\w* (?:me|us|him|her|them) (?:again|now)|contact(?:ed|ing)? (?:me|us|him|her)|out on bail|on bail|kill|knife|weapon)\\b`,
);

/** The process's own day ("found not guilty at Warwick Crown Court on 3 March"): the court's diary, not news of the crime. */
const PROCESS_DAY = /\b(?:(?:acquitted|found (?:not )?guilty|convicted|sentenced|charged|cleared)|(?:at|in|by) (?:[a-z']+ ){0,3}?(?:court|hearing|trial))(?: (?:at|in|by) (?:[a-z']+ ){0,3}?(?:court|hearing|trial))? on \d{1,2}(?:st|nd|rd|th)? [a-z]+/g;

/**
 * A crime told only in the name of the one who did it ("the man who attacked my grandson was found not guilty", "the
 * force's decision not to prosecute the driver who damaged my wall", "the officer who assaulted my son is still on the beat
 * while the complaint is ongoing", "I sent the CCTV of the lads who smashed my window in June"), in a sentence about what
 * the courts, the force or the office did or decided about that person: the crime is one the police already have, and the
 * writer raises its handling (Warwickshire 1: complaints about the force are the Chief Constable's; issue 10 look-alikes
 * "crimes already reported, handled or decided"). Dropped only when the rule matched on those words alone (blanked, it no
 * longer matches in the sentence) and nothing says the person is back in the writer's life or that anything happened lately:
 * "the man who assaulted me has been released and was outside my house last night" still alerts.
 */
export const CRIME_OFFENDER_BY_DEED: AlertGuard = {
  id: "crime/offender-named-by-deed",
  kinds: ["crime"],
  policyRef: POLICE_COMPLAINTS,
  readsCarried: true,
  drops: (text, from, to, pattern) => {
    const sentence = sentenceOf(text, from, to);
    // " who " first: most crime sentences name no doer so, and the phrase is tried at each word.
    if (!pattern || !sentence.includes(" who") || !DONE_ABOUT_IT.test(sentence) || BACK_OR_NEW.test(sentence.replace(PROCESS_DAY, " "))) return false;
    return restsOnlyOn(pattern, sentence, OFFENDER_BY_DEED);
  },
  examples: {
    drop: [
      "The force has decided not to prosecute the driver who damaged my wall, and I want to know why.",
      "I have written to four of your staff about the force's decision not to prosecute the driver who damaged my wall. I would like each of them to answer.",
      "I posted the CCTV of the lads who smashed my window in June to your office, signed for, and now a letter says no evidence was provided.",
      // Carried: the last sentence names no crime of its own; the rule read it from the one before (detect.ts readsCarried).
      "Your office are a bunch of clowns. I sent the CCTV of the lads who smashed my window in June on a USB by recorded delivery, signed for, and now I get a letter saying no evidence was provided. Where has it gone?",
    ],
    keep: [
      ["crime", "The man who assaulted me has been released and he was outside my house last night."],
      ["crime", "The lads who smashed my window in June were never charged, and now they have broken into my shed."],
      ["crime", "I want to report the man who stole my bike. He is riding it round the estate."],
    ],
  },
};
