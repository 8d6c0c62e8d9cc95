import { HARM_TO_A_PERSON } from "./person-harm";
import { POLICE_COMPLAINTS } from "./refs";
import type { AlertGuard } from "./guard";
import { lastAnswer } from "./last-answer";
import { previousSentenceStart, sentenceAround } from "./rule";

/**
 * The writer chasing: writing again, or for the third time. Not "the third time" alone: "third time my car's been broken
 * into" is the crime repeated, news to act on.
 */
const WRITING_AGAIN = "(?:writing|written|emailed|emailing|write) (?:to you |to your office )?(?:again|for the (?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)) time)";

/** The police told of it, or the office chased about it: reported, attended, a statement, a crime number, a chase. */
const POLICE_HAVE_IT = new RegExp(
  `\\b(?:${[
    "reported", "reporting it", "rang (?:101|999|the police)", "(?:officers?|police|pcs?|a pc|the pc|an officer|the officer) (?:came|attended|visited|called round|took)",
    "(?:took|taken|take) (?:a|my|our|his|her) statement", "crime (?:number|reference|ref)", "(?:call|ring|phone|get|got|come)(?:ed|s)? (?:me|us) back", "(?:any|an|no) (?:update|updates|progress|news)",
    "heard (?:nothing|anything|no more)", "(?:nobody|no one|no-one) (?:from [a-z ]{1,30} )?(?:has |had |have )?(?:bothered|been in touch|contacted|called|rung|phoned|come back)",
    "the investigation", WRITING_AGAIN,
  ].join("|")})\\b`,
);

/** Time gone by since it was reported, or still nothing heard: the wait itself. */
const COUNT = "(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|many)";
const WAITED = new RegExp(
  `\\b(?:${[
    // The unit first, its count looked behind: a pattern opening on "a" or a number tried at every word.
    `(?:days?|weeks?|months?|years?)(?<=\\b${COUNT} [a-z]+)(?= (?:on|later|ago|since|now|and (?:still|nothing|no))\\b)`,
    `(?:weeks|months|years)(?<=\\b(?:in|for|after|over|nearly|almost) ${COUNT} [a-z]+)`,
    WRITING_AGAIN,
    "still (?:no|not|nothing|haven'?t|hasn'?t|have (?:had|heard) (?:no|nothing))", "i still have had no", "heard nothing", "(?:no|any) (?:update|updates|progress|news)",
  ].join("|")})\\b`,
);

/** Told as news: a crime this recent, repeated ("the third time my car's been broken into"), or going on is the writer's report to act on, whatever the wait. */
const NEWS =
  /\b(?:yesterday|last night|this (?:morning|afternoon|evening|week|weekend)|today|tonight|earlier today|(?:last|this) month|the other (?:day|night)|a few days ago|(?:two|three) days ago|right now|at the moment|again|another|(?:a )?new (?:one|incident|crime|break-in)|keeps?|every (?:night|day|week)|since then|(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) time)\b/;
/** The writer's own repeated asking, which is the wait, not the crime repeated: set aside before NEWS is read. */
const ASKING_AGAIN = new RegExp(`\\b(?:${WRITING_AGAIN}|(?:asking|ask|chasing|contacting|raising|rang|ringing|phoned|phoning) (?:you |your office )?again)\\b`, "g");

/**
 * A property crime the police already have, told while the writer waits on them ("On 2 August my car was stolen. Three
 * months on, I still have had no update."; "I am writing for the third time about my stolen van"; "I reported a hit and
 * run … and was told 3 months later it was filed"): the criminal matter is reported and known, and what the writer raises
 * is the wait — a complaint about the service (dev.md "only the background of a decided matter"; Warwickshire 1: the
 * force's handling is the Chief Constable's). crime.ts's HANDLING and SERVICE_ABOUT read this in the crime's own sentence;
 * writers tell the crime in one sentence and the wait in the next, so this reads the crime's sentence with the one
 * before and the one after.
 *
 * Only crimes against property: harm to a person (violence, sexual offences, threats, stalking, harassment, hate, abuse)
 * may go on while the writer waits, so it is never dropped for a wait (Warwickshire 7.2: safety first). And not when the
 * sentences tell it as news (last night, this month, again, a new one).
 */
/** The crime's sentences read for the wait: these words alone, so the same sentences judged again are answered from memory (last-answer.ts). */
const waitedOn = lastAnswer((read) =>
  // The wait first: most crime hits tell none, and it is the cheapest to rule out.
  WAITED.test(read) && POLICE_HAVE_IT.test(read) && !NEWS.test(read.replace(ASKING_AGAIN, " ")) && !HARM_TO_A_PERSON.test(read),
);

export const PROPERTY_CRIME_WAITED_ON: AlertGuard = {
  id: "crime/property-crime-waited-on",
  kinds: ["crime"],
  policyRef: POLICE_COMPLAINTS,
  drops: (text, from, to) => {
    const start = previousSentenceStart(text, from);
    const end = to + 2 < text.length ? sentenceAround(text, to + 1, to + 2).to : to;
    return waitedOn(text.slice(start, end), "", "");
  },
  examples: {
    drop: [
      "On 2 August my car was stolen from outside my house. Three months on, I still have had no update from the police.",
      "I AM WRITING FOR THE THIRD TIME ABOUT MY STOLEN VAN. IT WAS TAKEN FROM OUTSIDE MY HOUSE ON THE 2ND OF OCTOBER WITH ALL MY TOOLS IN IT.",
      "No one from the police has bothered to call me back in six weeks about my van being broken into.",
    ],
    keep: [
      ["crime", "My car was broken into last night. I reported it six weeks ago too and nobody has called me back."],
      ["crime", "Third time my car's been broken into outside my flat and nobody bats an eyelid. I reported the first one six weeks ago and heard nothing."],
      ["crime", "My neighbour assaulted me on 2 August. Three months on, I still have had no update from the police."],
    ],
  },
};
