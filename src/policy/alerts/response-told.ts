import type { AlertGuard } from "./guard";
import { RECENT } from "./fragments";
import { HARM_TO_A_PERSON } from "./person-harm";
import { POLICE_COMPLAINTS } from "./refs";

/**
 * The police had it and dealt with it their way when it was reported: they came or visited, took a statement and the
 * writer heard nothing more, or said it was a matter for someone else.
 */
const HANDLED = new RegExp(
  `\\b(?:${[
    "(?:officers?|the police|police|an officer|the officer|a pc|the pc|pcsos?|a pcso) (?:only )?(?:came|came out|came round|attended|visited|turned up)(?! (?:to|and) (?:arrest|take) (?:me|us|him|her|them))",
    "(?:took|taken|take) (?:a|my|our) statement,? (?:and|but) (?:i|we) (?:heard|have heard|'ve heard) (?:nothing|no more)",
    "(?:said|told (?:me|us|her|him|them)|(?:was|were|been|i was|we were) told)(?: [a-z'\"“”‘’]+){0,6}? [\"“”'‘’]?(?:a |was a |it was a |it'?s a |it is a )?(?:matter for|civil matter|not a police matter|not (?:a )?(?:their|our|police) (?:job|problem|matter))",
  ].join("|")})\\b`,
);
/** They never came or caught no one: a crime never looked at may still be the writer's to have acted on, unless long past. */
const NEVER_CAME = /\b(?:never|didn'?t|did not|nobody|no one|no-one) (?:even )?(?:came|come|came out|come out|attended|attend|turned up|turn up|bothered|caught (?:anyone|anybody)|catch (?:anyone|anybody))\b/;
/** Lately, again, going on: the writer's report of a crime now, whatever the police did about the first. */
const NEWS = new RegExp(`\\b(?:${RECENT}|(?:last|this) month|again|another|new|keeps?|every (?:night|day|week)|right now|at the moment|since then|ongoing|(?:is|are) still (?:happening|going on|there|doing|coming)|(?:has|have) been [a-z]+ing)\\b`);
/** Told as past: a year or years ago. Harm to a person is dropped only so (it may go on while the writer complains). */
const PAST = /\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|\d+|many|several|few) (?:years?|decades?) (?:ago|back)|years ago|(?:back )?in (?:19|20)\d\d|last year)\b/;

/**
 * A crime told beside what the police did or failed to do about it when it was reported ("My shed was broken into in 2021
 * and they never even came out"; "He was assaulted at school in 2024, officers visited once and said it was a matter for
 * the school"; "My neighbour was told her stolen car was a matter for the garrison"): the police have had it, and what the
 * writer raises is the response — a complaint about the force's service (Warwickshire 1: the Chief Constable's; issue 10
 * look-alikes "crimes already reported, handled or decided"). Read in the crime's own sentence; not when it tells
 * anything lately, again or going on. That the police never came is dropped only for a crime told as years past ("I want
 * to complain the police did not come when my van was stolen" may be a crime no one has looked at), and so is harm to a
 * person (HARM_TO_A_PERSON), which may go on while the writer complains.
 */
export const CRIME_RESPONSE_TOLD: AlertGuard = {
  id: "crime/police-response-told",
  kinds: ["crime"],
  policyRef: POLICE_COMPLAINTS,
  drops: (text, from, to) => {
    const sentence = text.slice(from, to);
    const handled = HANDLED.test(sentence);
    if ((!handled && !NEVER_CAME.test(sentence)) || NEWS.test(sentence)) return false;
    return PAST.test(sentence) || (handled && !HARM_TO_A_PERSON.test(sentence));
  },
  examples: {
    drop: [
      "The police round here are a joke. My shed was broken into in 2021 and they never even came out. Is there a property marking scheme I can join?",
      "My son was assaulted at school in 2024, officers visited once and said it was a matter for the school. He is fine now, but what has changed?",
      "Your force is clueless about service families. My neighbour was told her stolen car was a matter for the garrison. Is there an agreement between them?",
    ],
    keep: [
      ["crime", "My shed was broken into again last night and the police never even came out."],
      ["crime", "My neighbour punched me in the street and the officers said it was a civil matter."],
      ["crime", "I want to complain the police did not come when my van was stolen in Rugby."],
    ],
  },
};
