import type { RuleHit } from "./rule";
import { staffNamedIn } from "../text/staff-names";

/**
 * What makes words that look like a threat to staff something else (issue 10 look-alikes; Warwickshire 3.1, Gwent 4.0
 * "threats (implicit or explicit)"): staff mentioned kindly, a place in the organisation, an invitation to a public
 * event, exasperation with the writer's own family, a hazard someone is asked to make safe, a process watched, a lawful
 * route named in the sentence before. Each reads a small window around the hit, never the whole message.
 */

/** Kind words: praise, thanks, good wishes. "Thanks for nothing" and "cheers for nothing" are no kindness. */
const KIND = /\b(?:in my good books|thank(?:s| you)(?! (?:for nothing|a lot))|grateful|brilliant|well done|congratulations|condolences|lovely to meet|pass on (?:our|my) (?:thanks|gratitude)|kindness|so helpful|really helpful)\b/;

/** Staff mentioned kindly in the same sentence ("I know where Casey lives - in my good books!"); a sign-off "Thanks" after a threat is no kindness. */
export const saidKindly = (hit: RuleHit) => KIND.test(hit.sentence);

/** Where someone sits in the organisation, not where they live: "I finally know where you live in the org chart, ha!" */
export const ORG_PLACE = /\b(?:live|lives|sit|sits) \(?in (?:the|your|our) (?:org(?:anis|aniz)?(?:ation)? chart|org chart|structure|team|department|directory|system|hierarchy)\b/;

/** An open event the writer is invited to or will attend: a drop-in, a surgery, a public meeting, walking over together. */
export const INVITED = /\b(?:drop-in|drop in session|open day|public meeting|community meeting|walk over together|walk (?:there|over|down) together|(?:if|whether) [a-z]+ (?:wants?|would like) to (?:walk|come|join))\b/;

/** The writer's own relative, whom an exasperated "I'll kill him" is about ("If my husband forgets to post this again I'll kill him"). */
const KIN_HIM = /\bmy (?:husband|son|dad|father|brother|boyfriend|partner|grandson|nephew|uncle|grandad|other half|fella|hubby|ex)\b/;
const KIN_HER = /\bmy (?:wife|daughter|mum|mother|sister|girlfriend|partner|granddaughter|niece|aunt|nan|gran|other half|missus|ex)\b/;
/** Staff named by role or as the reader: then "him" or "her" may be them. */
const STAFF_WORDS = /\b(?:you|your|caseworker|case worker|commissioner|staff|officer|manager|chief executive)\b/;

/**
 * A threat whose object is "him" or "her" and whose only antecedent nearby is the writer's own relative of that gender,
 * with no member of staff named in the same words: a domestic idiom, not a threat to staff.
 */
export const aboutOwnFamily = (hit: RuleHit) => {
  const said = hit.text.slice(hit.start, hit.end);
  const near = hit.text.slice(Math.max(0, hit.start - 160), hit.end + 160);
  if (STAFF_WORDS.test(said) || staffNamedIn(hit.staff).test(near)) return false;
  if (/\bhim\b/.test(said)) return KIN_HIM.test(near) && !STAFF_WORDS.test(hit.sentence.replace(said, ""));
  if (/\bher\b/.test(said)) return KIN_HER.test(near) && !STAFF_WORDS.test(hit.sentence.replace(said, ""));
  return false;
};

/** A hazard someone is asked to make safe "before someone gets hurt": a warning about a place, not a threat. */
export const HAZARD = /\b(?:secure|make (?:it )?safe|fix|repair|mend|board up|fence off|barrier|fence|derelict|hazard|unsafe|dangerous|broken|hoardings?|scaffolding|loose|collapse|flooding|icy|ice)\b/;

/** Watching a process, a website or a decision, not a person: "I'll be keeping an eye on the website for the minutes". */
export const WATCHING_A_PROCESS = /\b(?:keep(?:ing)? an eye on|watch(?:ing)? (?:closely|carefully)?)\b[^.!?\n]{0,60}?\b(?:website|minutes|review|progress|consultation|meeting|plan|budget|figures|report|outcome|decision|how (?:the|this|it|your))\b/;

/**
 * A lawful or democratic route in the hit's sentence, or in the one before when the hit's is a bare tag ("… when the
 * ombudsman sees the paperwork. Mark my words.", or a subject line before the body that names it): "I will be taking this to my MP. And if I ever meet the caseworker I
 * will break his jaw" is still a threat.
 */
export const LAWFUL_NEARBY = /\b(?:ombudsman|iopc|court|courts|tribunal|judicial review|solicitor|lawyer|legal action|my mp|councillor|the press|newspaper|journalist|vote|votes|voters|election|ballot|ballot box|polls|the panel|police and crime panel)\b/;
export const lawfulNearby = (hit: RuleHit) =>
  LAWFUL_NEARBY.test(hit.sentence) || (AMBIGUOUS_TAG.test(hit.sentence.trim()) && (LAWFUL_NEARBY.test(hit.previous) || LAWFUL_NEARBY.test(hit.text.slice(hit.end, hit.end + 150))));
/** A tag that is menace or a lawful warning by what is around it ("Mark my words", "You'll be sorry"); "Watch your back" is menace alone. */
export const AMBIGUOUS_TAG = /^(?:mark my words|you(?:'ll| will) (?:be sorry|regret (?:it|this))|you(?:'ve| have) been warned|think on|just (?:saying|so you know))[.!]*$/;

/**
 * Said in jest, by its own marks: "only joking", a pub quiz, "kill him with kindness", a team to be beaten on Saturday
 * (issue 10 look-alikes: "we'll murder you!" at a charity quiz). "I'm not joking" is no jest; "banter" is not a mark here
 * ("it's only banter but the lads will sort her out" is a threat passed on).
 */
const JEST =
  /(?<!\b(?:not|no|n't) )\b(?:(?:only|just) joking|jk|(?:i'?m|im|i am) (?:only |just )?kidding|ha(?:ha)+|lol|pub quiz|quiz (?:team|night)|charity (?:quiz|match|game)|loser buys|with kindness|(?:murder|thrash|hammer|batter|slaughter|destroy) (?:[a-z]+ )?(?:villa|city|united|rovers|wanderers|albion|county|athletic|the opposition|the other team))\b/;
/** A lawful or democratic route, wider than LAWFUL_NEARBY: an information request, a campaign, a petition. */
const LAWFUL_ROUTE = new RegExp(`${LAWFUL_NEARBY.source}|\\b(?:freedom of information|foi|subject access|campaign\\w*|petition|doorsteps?|hustings|referendum|inspection|hmicfrs|inquiry|public inquiry|audit|every (?:councillor|mp))\\b`);
/** What a lawful route cannot excuse: violence named, or their private life (home, family, car, route). */
const HARM_OR_PRIVATE =
  /\b(?:kill\w*|hurt|stab\w*|burn\w*|smash\w*|beat\w*|punch\w*|blood|shoot|shot|knife|gun|petrol|fire|jaw|face|brick|acid|live|lives|home|house|address|kids|children|son|daughter|wife|husband|family|car|school|follow\w*|watch\w*|outside|wait\w*)\b/;
/** A jest taken back: "unless??", "or else", "but seriously". */
const UNDERCUT = /\b(?:unless|or else|but (?:seriously|i mean it|i'?m serious)|not really joking|half joking)\b/;
/** Their life outside the office, named. */
const PRIVATE_LIFE = /\b(?:live|lives|home|house|address|kids|children|school|car|road|street|wife|husband|family)\b/;
/** A lawful route refused: "You will answer for it. Not in a court." */
export const NOT_IN_COURT = /\bnot (?:in|through|at) (?:a |the )?courts?\b/g;
/** Knowing the office from inside: "I know where you work, because I used to work there too!" */
const ONE_OF_THEM = /\b(?:used to work (?:there|here|with (?:you|her|him))|(?:i )?worked (?:there|here|with (?:you|her|him)) (?:for|too|myself)|(?:a |your )?former colleague|ex-colleague)\b/;
/** "It's only a matter of time before somebody gets hurt": a safety worry about what may happen, not a threat. */
const SAFETY_WORRY = /\b(?:(?:only )?a matter of time before|waiting to happen|sitting ducks|before (?:somebody|someone|anyone|a child) (?:gets|is) (?:hurt|killed|injured))\b/;

/**
 * Whether words that read as a threat to staff are a look-alike by what surrounds them: said in jest (in the sentence or
 * the sentences either side), a safety worry, or a lawful route in the sentence or either beside it with no violence or private life named
 * ("I'm coming for you — with a Freedom of Information request!", "You'll regret it when the election comes round").
 */
export function threatLookAlike(sentence: string, next: string, previous = ""): boolean {
  if (SAFETY_WORRY.test(sentence) || ONE_OF_THEM.test(sentence) || ONE_OF_THEM.test(next)) return true;
  // A jest taken back ("lol jokes. unless??") or beside their private life ("I know where you live. Not in a weird way lol") is none.
  if ((JEST.test(sentence) || JEST.test(next) || JEST.test(previous)) && !UNDERCUT.test(`${sentence} ${next}`) && !PRIVATE_LIFE.test(sentence)) return true;
  // The sentence before counts only for a short tag ("You won't know what's hit you."): "I'm going to the IOPC. And if that
  // doesn't work I'll sort him out myself" is a threat after a lawful route.
  const tag = sentence.trim().split(/\s+/).length <= 6;
  const lawful = (text: string) => LAWFUL_ROUTE.test(text.replace(NOT_IN_COURT, " "));
  return (lawful(sentence) || lawful(next) || (tag && lawful(previous))) && !HARM_OR_PRIVATE.test(sentence);
}
