import type { AlertGuard } from "./guard";
import { HARM_TO_A_PERSON } from "./person-harm";
import { POLICE_COMPLAINTS } from "./refs";
import { sentenceAround } from "./rule";

/**
 * The police, or another body, already have the crime: investigating it, a crime number given, the case closed, or the
 * reader told of it before ("as you know"). Not "the officer who dealt with it": that officer is often the one complained of
 * ("An officer who dealt with my burglary has been messaging me asking me out" is misconduct to alert on).
 */
const KNOWN = new RegExp(
  `\\b(?:${[
    "(?:police|officers?|detectives?|action fraud|the cps|cid|they|the force) (?:are|is|were|was|have been|has been) (?:investigating|looking into|dealing with)",
    "(?:being|been|is|was|are|were) (?:investigated|looked into)", "under investigation",
    "(?:the|my|his|her|their|our) (?:case|investigation|file|report) (?:is|was|has been|had been) (?:now )?(?:closed|ongoing|open|filed|with (?:the )?(?:police|cps|courts?))",
    "as you (?:know|are aware|will know|will be aware)",
    "(?:gave|given|giving|got|have|had|was given) (?:me |us |him |her )?(?:a |the )?crime (?:number|reference|ref)",
  ].join("|")})\\b`,
);
/** A word of each KNOWN phrase. */
const CUES = ["investigat", "looking into", "looked into", "dealing with", "crime", "closed", "ongoing", "open", "filed", "with", "as you"];
/** News in the sentences read: a crime this recent, repeated or going on is the writer's to report whoever has the first one. */
const NEWS =
  /\b(?:yesterday|last night|this (?:morning|afternoon|evening|week|weekend)|today|tonight|earlier today|the other (?:day|night)|a few days ago|(?:two|three) days ago|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|right now|at the moment|again|another|new|keeps?|still (?:happening|going on|doing|coming|sending|texting|ringing|calling|threatening|following)|every (?:night|day|week)|since then|now (?:he|she|they)|won'?t stop)\b/;
/** An officer in the crime's own sentence: the crime may be their misconduct, which the investigation of the first does not cover. */
const AN_OFFICER = /\b(?:officers?|pcs?|pcsos?|detectives?|policem[ae]n|policewom[ae]n|sergeants?|inspectors?|constables?|copp?ers?)\b/;
/** Told as past: harm to a person is dropped only when it is over. */
const PAST = /\b(?:(?:a|one|two|three|four|five|six|\d+|many|several|few) (?:years?|months?) (?:ago|back)|last (?:year|summer|winter|spring|autumn)|in (?:19|20)\d\d|in (?:january|february|march|april|may|june|july|august|september|october|november|december)(?! \d))\b/;
/** The case over, for harm to a person: closed, dealt with, at court. */
const OVER = /\b(?:closed|dealt with|charged|convicted|sentenced|court)\b/;

/**
 * A crime the police already have, named where the writer raises something else — how the investigation was handled, an
 * officer's manner, a fund, thanks ("I was burgled in March. The police came and gave me a crime number. My complaint is
 * that nobody updated me"; "I am the victim of a fraud that Action Fraud are investigating. Does the Commissioner fund
 * victim support?"): the criminal matter is known, and what the
 * writer raises is the service (issue 10 look-alikes "crimes already reported"; Warwickshire 1: handling is the Chief
 * Constable's). Read in the crime's sentence and the next. Not when either tells news (a recent day, again, still going
 * on); harm to a person only when told as past and over ("my son was assaulted last year; the case is now closed").
 */
export const CRIME_KNOWN_TO_POLICE: AlertGuard = {
  id: "crime/known-to-police",
  kinds: ["crime"],
  policyRef: POLICE_COMPLAINTS,
  drops: (text, from, to) => {
    const end = to + 2 < text.length ? sentenceAround(text, to + 1, to + 2).to : to;
    const read = text.slice(from, end);
    // Words every KNOWN phrase holds, looked for first: most crime sentences hold none, and KNOWN tries each word.
    if (!CUES.some((cue) => read.includes(cue)) || !KNOWN.test(read) || NEWS.test(read) || AN_OFFICER.test(text.slice(from, to))) return false;
    return !HARM_TO_A_PERSON.test(read) || (PAST.test(read) && OVER.test(read));
  },
  examples: {
    drop: [
      "I was burgled in March. The police came, took prints and gave me a crime number. My complaint is that nobody updated me for six months.",
      "I am the victim of a fraud that Action Fraud are investigating. I'm writing to ask whether the Commissioner funds victim support.",
      "My bike was stolen from the station in May and I was given a crime number. The officer I spoke to was very rude and I want to complain about his manner.",
      "As you know, my son was assaulted outside the club last year; the case is now closed. I'd like to ask about the victims' fund.",
    ],
    keep: [
      ["crime", "My shed was broken into again last night. The police are investigating the first break-in but nobody has come about this one."],
      ["crime", "My ex assaulted me in March. The police are investigating and he keeps texting me."],
      ["crime", "My neighbour has been harassing me for months. The police are looking into it."],
      ["crime", "An officer who dealt with my burglary has been messaging me asking me out. The case is under investigation and I feel uncomfortable."],
    ],
  },
};
