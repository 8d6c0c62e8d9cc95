import { belittlingHits } from "./belittling";
import { belongingHits } from "./belonging";
import { bodilyThreatHits } from "./bodily";
import { F, splitRunTogether } from "./features";
import { SEVERE } from "./lexicon";
import { metaphorHits } from "./metaphors";
import { ordering, readerHits } from "./reader";
import { threatHits } from "./threats";
import type { Tokens } from "./tokens";
import { linkedTarget, negatedBetween, protectedGroup, words, type Hit, type Words } from "./words";
import { animalComparisons, deniedWorth, worthNothing } from "./worth";
import { oneOf } from "../text/one-of";
import { ABUSE_WHOEVER, saidOfTheOffice, type AbuseReading } from "./collective";

/*
 * Aggressive or abusive wording (Gwent 4.0; Warwickshire 3.1): slurs, insults and
 * dehumanising words said of a person or group, the writer's contempt, threats, and
 * swearing aimed at someone. Each concern is its own module; this one runs them in turn.
 */

// Word patterns are module constants, not literals in the loops: a regex literal makes a new
// RegExp object each time it is evaluated, and these are evaluated for thousands of words.
const WHAT_A = /what an?$/;
const SELF_DESCRIBED = /\b(?:im|i am|were|we are) (?:a |an )?$/;
const GENERALISING = oneOf("are|just|cant|always|never|should|wil|al|is");
/** "your" only ever reaches here misspelt for "you're" ("your a liar"): see words.ts linkedTarget. */
const READER = oneOf("you|u|ya|youre|your|ur|yor");
const YOU = oneOf("you|u|ya");
const CANT = oneOf("cant|canot");
const OWN_FEELING = oneOf("so|realy|fel|am|have|ive|just|sick");
const I_OR_WE = oneOf("i|we");
const HOLD = oneOf("have|fel|hold|bear");
const CONDUCT_WORDS = oneOf("way|how|what");
const HATRED = oneOf("hate|hatred|contempt");
const FEELINGS = oneOf("sick|il|angry|furious|mad|rage|vomit|puke|boil|disgusted|disgust|cringe");
const DISGUSTS = oneOf("disgust|disgusts|sickens|sicken|repulse|repulses|revolt|revolts");
const MAKES = oneOf("make|makes|made|fil|fils|filed");
/** "treated like a …", "made me feel like a …" (squeezed). */
const TREATED_LIKE = oneOf("like");
const TREATMENT = oneOf("treated|treat|treats|treating|feel|felt|fel|look|looked|spoken|spoke|talked|handled");
/** A letter to the Commissioner, whom "you" then means: "Dear Commissioner", "To the Police and Crime Commissioner", "Open letter to the PCC". */
const TO_COMMISSIONER = /(?:^|\n)\s*(?:dear|to|open letter to)(?: the)?(?: police and crime)? (?:commissioner|pcc)\b|\bopen letter\b/;
/** Words of judgement on what someone did (squeezed). */
/** Words after "sick" that make it illness: "sick with flu", "sick from the mould", "sick after the meal", "sick again". */
const ILLNESS_AFTER = oneOf("with|from|after|during|again|overnight|al|everywhere|twice|ofwork|note|pay|leave|bag|bucket");
const JUDGEMENT = oneOf("disgrace|disgraces|embarasment|shambles|farce|joke");
/** Nouns "hate" names as a kind ("hate crime", "hate speech"), squeezed. */
const HATE_NAMES = oneOf("crime|crimes|incident|incidents|speech|mail|campaign|group|groups|preacher|preachers|ofence|ofences");
/** Organisations and what they do, which an adjective criticises rather than a person (squeezed: "service", "ofice"). */
const ORGANISATION = oneOf("company|companies|organisation|organization|firm|service|services|ofice|ofices|force|department|council|bank|busines|institution|outfit|agency|authority|system|proces|response|reply|decision|handling|atitude|job|way|experience|treatment|investigation|complaint|procedure|culture|management|regime|lot of nonsense|body|bodies|constabulary|institutions|plan|policy|leter|leters");

/** "another …", "typical …", "what a …", "bunch of …": a label put on someone. */
function labelled(w: Words, j: number, generalised = false): boolean {
  // By index, not indexOf: a hostile run of insults must stay linear.
  const before: string[] = [];
  for (let k = Math.max(0, j - 3); k < j; k += 1) if (w.same(j, k)) before.push(w.tokens.squeezed(k));
  // "too many …", "those …": a slur generalised over a group. (Not insults: "these idiots speeding
  // past my house" is a complaint about drivers, Gwent 3.0, however rude.)
  if (generalised && (before.at(-1) === "many" || before.at(-1) === "those" || before.at(-1) === "these")) return true;
  // "You bunch of clowns" labels the reader; "bunch of clowns running a circus" said of a force or an office is criticism of it (Gwent 2.0).
  const bunch = before.join(" ").endsWith("bunch of") && before.some((x) => YOU.test(x));
  return before.includes("another") || before.includes("typical") || bunch || WHAT_A.test(before.join(" "));
}

/** Who was treated so: "treated me like …", "spoke to us like …". */
const TREATED_WHO = oneOf("me|us|him|her|them|people|everyone|my|our|his|their|son|daughter|family|mum|dad|kids|children|to");

/**
 * How someone was treated, not what the writer calls anyone: "she was treated like an idiot", "made me feel like a
 * criminal", "they treated me like an animal, like a piece of dirt", "spoke to us like dirt". Token j is the word after
 * "like" (or "a"/"an" and it, or a few words on: "like a piece of dirt"), in the same sentence as the treating verb.
 */
function treatedLike(w: Words, j: number): boolean {
  const l = likeAt(w, j, j - 1, 4);
  if (l < 0) return false;
  if (treating(w, l)) return true;
  // A second simile of the same treatment: "treated me like an animal, like a piece of dirt".
  const earlier = likeAt(w, j, l - 1, 5);
  return earlier >= 0 && treating(w, earlier);
}

/**
 * The "like" of a simile about token j, from token `from` back at most `reach` words in j's sentence, or -1. Module
 * functions, not closures made per call: treatedLike is asked of every insulting word, and a closure costs its making.
 */
function likeAt(w: Words, j: number, from: number, reach: number): number {
  for (let l = from; l >= Math.max(0, from - reach) && w.same(j, l); l -= 1) {
    if (TREATED_LIKE.test(w.tokens.squeezed(l))) return l;
    // "… like dirt, you vile woman": a person named after the simile is its own sentence's target.
    if (w.is(l, F.target)) return -1;
  }
  return -1;
}

/** The verb just before "like" (token l), or before whom it was done to ("treated me like", "spoke to my son like"). */
function treating(w: Words, l: number): boolean {
  for (let t = l - 1; t >= Math.max(0, l - 4) && w.same(l, t); t -= 1) {
    if (TREATMENT.test(w.tokens.squeezed(t))) return true;
    if (!TREATED_WHO.test(w.tokens.squeezed(t))) return false;
  }
  return false;
}

/** "the way the police …", "what they did …", "how the officers …": the subject is what was done (token k is who did it). */
function conductBefore(w: Words, k: number): boolean {
  for (let c = k - 1; c >= Math.max(0, k - 3) && w.same(k, c); c -= 1) if (CONDUCT_WORDS.test(w.tokens.squeezed(c))) return true;
  return false;
}

/** Words that may stand between "you" and the insult they qualify: "you fat ugly cow", "you sad pathetic losers". */
const DESCRIBING = oneOf("fat|ugly|sad|pathetic|stupid|sily|lying|litle|old|useles|thick|dirty|filthy|blody|fucking|fuckin|absolute|complete|total|uter|jumped|up|jumpedup|bent|corupt|lazy|incompetent|arogant|smug|nasty|horible|vile|dumb|brainles|worthles|spineles|gutles"); // squeezed forms ("useless" → "useles")

/** "you idiot", "you fat ugly cow": the index of the "you" an insult is said to, or -1. At most three words between. */
function vocativeAt(w: Words, j: number): number {
  for (let k = j - 1; k >= Math.max(0, j - 4) && w.same(j, k); k -= 1) {
    if (YOU.test(w.tokens.squeezed(k))) return k;
    if (!(DESCRIBING.test(w.tokens.squeezed(k)) || w.is(k, F.negative | F.intensifier | F.insult))) return -1;
  }
  return -1;
}

/** In-group use of a reclaimed word ("my n—s", "I'm a proud f—"): not abuse (HateCheck slur_reclaimed). */
function inGroup(w: Words, i: number): boolean {
  const before: string[] = [];
  for (let k = Math.max(0, i - 3); k < i; k += 1) before.push(w.tokens.squeezed(k));
  return before.includes("my") || before.at(-1) === "proud" || SELF_DESCRIBED.test(before.join(" "));
}

/**
 * `text` is the folded text the tokens were read from: with it, commas setting off a form of
 * address are seen ("Read it again, idiot"). `shortBody` is where the body starts when it is
 * only a few words (classify.ts SHORT_BODY): swearing that is the whole message is said to its reader.
 */
export function abuseHits(input: Tokens, text?: string, shortBody?: number, reading?: AbuseReading): Hit[] {
  const tokens = splitRunTogether(input);
  const w = words(tokens);
  const toCommissioner = text !== undefined && TO_COMMISSIONER.test(text.slice(0, 400));
  const hits: Hit[] = [];
  const profane: number[] = [];
  for (let j = 0; j < tokens.length; j += 1) {
    if (w.is(j, F.profane)) profane.push(j);
    if (w.is(j, F.slur) && !inGroup(w, j)) {
      const generalising = GENERALISING.test(tokens.squeezed(j + 1));
      const aimed = linkedTarget(w, j, false) >= 0 || w.is(j + 1, F.target) || w.is(j + 2, F.target) || labelled(w, j, true) || generalising;
      if (!w.is(j, F.ambiguousSlur) || aimed) hits.push({ rule: "slur", start: tokens.start(j), end: tokens.end(j) });
      continue;
    }
    if (!w.is(j, F.dehumanising | F.negative | F.insult) || w.is(j, F.intensifier)) continue;
    // "you idiot": a vocative insult needs no link word; "just another common whore" labels someone.
    const addressed = w.is(j, F.insult) ? vocativeAt(w, j) : -1;
    const vocative = addressed >= 0 || (w.is(j, F.insult) && labelled(w, j));
    const k = addressed >= 0 ? addressed : vocative ? j - 1 : linkedTarget(w, j, true);
    // A conduct word ("violent", "liar") said of a person is an allegation to hear, of a protected group a stereotype.
    // Said to the reader ("you are dishonest and lazy") it insults the member of staff (Gwent 4.0).
    const toReader = w.is(j, F.negative) && !w.is(j, F.dehumanising) && READER.test(tokens.squeezed(k));
    const allegation = w.is(j, F.groupOnly) && !protectedGroup(w, k) && !toReader;
    // "a horrible company", "a useless service": criticism of an organisation or of what it did is not abuse (Gwent 3.0).
    const ofOrganisation =
      w.is(j, F.negative) && !w.is(j, F.insult | F.dehumanising) && (ORGANISATION.test(tokens.squeezed(j + 1)) || (ORGANISATION.test(tokens.squeezed(j + 2)) && w.same(j, j + 2))) && w.same(j, j + 1);
    // "Dear Commissioner, you are out of touch and arrogant": the elected Commissioner "is publicly accountable" (Warwickshire 1),
    // and a word on their conduct said to them is political criticism; an insult or a slur still is not.
    const political = toReader && !w.is(j, F.insult) && toCommissioner;
    // "sick of being ignored", "sick and tired": how someone feels, not what they are.
    // "sick with a cough", "was sick in the street": ill, not what someone is ("sick in the head" still is).
    const ill = tokens.squeezed(j) === "sick" && (ILLNESS_AFTER.test(tokens.squeezed(j + 1)) || (tokens.squeezed(j + 1) === "in" && tokens.squeezed(j + 3) !== "head")) && w.same(j, j + 1);
    const feeling = (tokens.squeezed(j) === "sick" && (tokens.squeezed(j + 1) === "of" || tokens.squeezed(j + 1) === "and")) || ill;
    // "the caseworker is a disgrace", "they are an absolute disgrace": a judgement on conduct, criticism (Gwent 2.0) — said of a
    // protected group it demeans, said to the reader's face ("you're a disgrace") it insults them.
    const judgement = JUDGEMENT.test(tokens.squeezed(j)) && !READER.test(tokens.squeezed(k)) && !protectedGroup(w, k);
    // "the way the police treated me was disgusting", "what they did was cruel": a judgement on what was done (Gwent 3.0), not on who did it.
    const onConduct = k >= 0 && w.is(j, F.negative) && !w.is(j, F.insult | F.dehumanising) && conductBefore(w, k);
    // "she was treated like an idiot", "made me feel like a criminal": how someone was treated, not what the writer calls them
    // (asked last, only of a word that would otherwise be a hit).
    // "You are a bunch of useless, lazy pen-pushers", "Useless, the lot of you": said of the office as a body (collective.ts).
    const ofTheOffice = k >= 0 && !w.is(j, ABUSE_WHOEVER) && !protectedGroup(w, k) && saidOfTheOffice(w, Math.min(k, j), Math.max(k, j));
    if (ofTheOffice && reading) reading.officeCriticised = true;
    if (k >= 0 && !allegation && !ofOrganisation && !feeling && !judgement && !political && !onConduct && !ofTheOffice && !negatedBetween(w, k - 2, j) && !treatedLike(w, j)) {
      hits.push({ rule: vocative ? "insult-to-someone" : "insult-said-of", start: tokens.start(k), end: tokens.end(j) });
    }
  }
  // Appended one by one, not spread: a megabyte of insults makes hits by the thousand, too many arguments for a call.
  for (const more of [emotionHits(w, reading), deniedWorth(w), worthNothing(w), animalComparisons(w), threatHits(w), bodilyThreatHits(w), metaphorHits(w, reading), belongingHits(w), belittlingHits(w), profanityHits(w, profane, shortBody), readerHits(w, text)]) {
    for (const hit of more) hits.push(hit);
  }
  return hits;
}

/** Words emotionHits starts from besides a word of emotion: "can't stand", "sick of", "make me sick", "as filthy as", "nothing worse than". */
const EMOTION_STARTS = new Set(["stand", "sick", "me", "as", "worse"]);

/** Feelings that answer what someone did, unlike hate or contempt for who they are. */
const REACTIONS = new Set(["disgusted", "repulsed", "revolted", "sickened", "apalled", "apaled", "apal"]);

/**
 * The writer's own contempt for people: "I hate <people>", "I feel nothing but contempt for
 * <people>", "I can't stand <people>", "<people> disgust me", "nothing worse than <a person>".
 * Someone else's contempt, named to condemn it ("your contempt for …"), is left alone.
 */
function emotionHits(w: Words, reading?: AbuseReading): Hit[] {
  const { tokens } = w;
  const hits: Hit[] = [];
  const targetAfter = (i: number, reach: number) => {
    for (let k = i + 1; k <= i + reach && w.same(i, k); k += 1) if (w.is(k, F.target) && !w.is(k, F.firstPerson)) return k;
    return -1;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens.squeezed(i);
    // Every construction below starts from one of these: any other word is passed over with one lookup.
    if (!w.is(i, F.emotion) && !EMOTION_STARTS.has(t)) continue;
    const standing = t === "stand" && CANT.test(tokens.squeezed(i - 1));
    const sickOf = t === "sick" && tokens.squeezed(i + 1) === "of";
    // "a hate crime", "hate speech", "hate mail": the noun named, not the writer's feeling (the crime is reported, Gwent 4.0 is about the writer's words).
    const named = HATE_NAMES.test(tokens.squeezed(i + 1)) && (t === "hate" || t === "hatred");
    if ((w.is(i, F.emotion) || standing || sickOf) && !named && (standing || !negatedBetween(w, i - 4, i))) {
      // Said by the writer: "I …", or no subject at all ("So sick of …", "Disgusted by …").
      let own = true;
      for (let k = i - 1; k >= Math.max(0, i - 5) && w.same(i, k); k -= 1) if (!w.is(k, F.intensifier | F.firstPerson) && !OWN_FEELING.test(tokens.squeezed(k))) own = false;
      for (let k = i - 1; k >= Math.max(0, i - 5) && w.same(i, k); k -= 1) if (w.is(k, F.firstPerson)) own = true;
      // "the hatred I have for …", "the scorn we feel for …": the writer's own feeling, named as a noun.
      if (I_OR_WE.test(tokens.squeezed(i + 1)) && HOLD.test(tokens.squeezed(i + 2))) own = true;
      const k = targetAfter(i, 6);
      // "disgusted by the way the police …", "I hate how they …": feelings about what was done.
      // "I hate the police for what they did to me": the feeling answers what was done (not said of a protected group).
      const forWhatDone = k >= 0 && tokens.squeezed(k + 1) === "for" && tokens.find(k + 2, k + 4, CONDUCT_WORDS) >= 0 && w.same(k, k + 2) && !protectedGroup(w, k);
      const aboutConduct = k >= 0 && (tokens.find(i + 1, k, CONDUCT_WORDS) >= 0 || forWhatDone);
      // Disgust is a reaction to conduct; said of the police or staff it is a complaint, of a protected group it demeans.
      const reaction = REACTIONS.has(t) && !protectedGroup(w, k);
      if (own && k >= 0 && !aboutConduct && !reaction) hits.push({ rule: "contempt-for-people", start: tokens.start(i), end: tokens.end(k) });
    }
    // "make me sick", "fill me with so much rage"
    if (t === "me") meHits(w, i, hits, reading);
    // "no one else is as filthy as <people>"
    if (t === "as" && w.is(i + 1, F.negative | F.dehumanising) && tokens.squeezed(i + 2) === "as") {
      const k = targetAfter(i + 2, 4);
      if (k >= 0) hits.push({ rule: "contempt-for-people", start: tokens.start(i), end: tokens.end(k) });
    }
    if (t === "worse" && tokens.squeezed(i + 1) === "than" && tokens.squeezed(i - 1) === "nothing") {
      const k = targetAfter(i + 1, 4);
      if (k >= 0) hits.push({ rule: "contempt-for-people", start: tokens.start(i - 1), end: tokens.end(k) });
    }
  }
  return hits;
}

/** "make me sick", "fill me with so much rage", "<people> disgust me": token i is "me". */
function meHits(w: Words, i: number, hits: Hit[], reading?: AbuseReading): void {
  const { tokens } = w;
  const hateful = tokens.find(i + 1, i + 6, HATRED) >= 0;
  const feeling = hateful || tokens.find(i + 1, i + 6, FEELINGS) >= 0;
  const disgusts = DISGUSTS.test(tokens.squeezed(i - 1));
  if (!disgusts && !(MAKES.test(tokens.squeezed(i - 1)) && feeling)) return;
  for (let k = Math.max(0, i - 7); k < i - 1; k += 1) {
    // Anger or sickness at what people did ("the yobs who wrecked my car make me sick") is a
    // complaint; it demeans when aimed at a protected group or said to the reader.
    // "You people make me sick": the office as a body (collective.ts), criticised, not demeaned.
    const ofTheOffice = !hateful && YOU.test(tokens.squeezed(k)) && w.same(i, k) && saidOfTheOffice(w, k, i);
    if (ofTheOffice && reading) reading.officeCriticised = true;
    const aimed = hateful || protectedGroup(w, k) || (YOU.test(tokens.squeezed(k)) && !ofTheOffice);
    if (aimed && w.same(i, k) && w.is(k, F.target) && !w.is(k, F.firstPerson) && !negatedBetween(w, k, i)) {
      hits.push({ rule: "contempt-for-people", start: tokens.start(k), end: tokens.end(i) });
      return;
    }
  }
}

/** The reader's own (what is theirs is aimed at them: "your fucking excuses"), or the reader as object ("yourself"). */
const YOURS = oneOf("your|ur|yer|yours|yourself|yourselves");
/** An order that sends someone away: "fuck off", "piss off", "go fuck yourself" (the base verb, not "pissed off", which is how someone feels). */
const YOURSELF = oneOf("yourself|yourselves");
const SHUT_OR_GET = oneOf("shut|get");
const UP_OR_OUT = oneOf("up|out");
const PAST = /ed$/;

/**
 * Swearing aimed at someone, or repeated: one untargeted expletive in an angry letter is
 * forceful, not abusive (Gwent 3.0). A message that is nothing but the expletive ("Fuck.",
 * "no shit") is no angry letter: the swearing is all it says to the person who reads it
 * (Gwent 4.0 "swearing or other offensive language").
 */
function profanityHits(w: Words, profane: number[], shortBody: number | undefined): Hit[] {
  const hits: Hit[] = [];
  const { tokens } = w;
  for (const i of profane) {
    // "fuck off", "shut the fuck up", "get the fuck out": swearing that orders the reader away is aimed at them.
    // "pissed off with your …" is how the writer feels, not swearing at the reader: past forms are left out.
    const base = !PAST.test(tokens.squeezed(i));
    // An order is one only where a sentence starts ("Just fuck off", "Why don't you shut the fuck up"), not "time to fuck off home".
    const next = tokens.squeezed(i + 1);
    const sentOff = next === "of" && ordering(w, i);
    const shutUp = UP_OR_OUT.test(next) && SHUT_OR_GET.test(tokens.squeezed(i - 2)) && tokens.squeezed(i - 1) === "the" && ordering(w, i - 2);
    let aimed = (base && w.same(i, i + 1) && (sentOff || shutUp || YOURSELF.test(next))) || (shortBody !== undefined && tokens.start(i) >= shortBody);
    // "fuck your …", "your fucking …": right next to the reader's own, not anywhere near "your" ("Dick from your office").
    if (base && ((YOURS.test(tokens.squeezed(i - 1)) && w.same(i, i - 1)) || (YOURS.test(tokens.squeezed(i + 1)) && w.same(i, i + 1)))) aimed = true;
    for (let k = Math.max(0, i - 7); k <= i + 5 && !aimed; k += 1) if (k !== i && w.same(i, k) && w.is(k, F.target)) aimed = true;
    const severe = SEVERE.has(w.tokens.squeezed(i));
    if (aimed || severe || profane.length >= 2) hits.push({ rule: aimed ? "swearing-aimed" : severe ? "swearing-strongest" : "swearing-repeated", start: w.tokens.start(i), end: w.tokens.end(i) });
  }
  return hits;
}
