import { F } from "./features";
import { negatedBetween, protectedGroup, type Hit, type Words } from "./words";
import { oneOf } from "../text/one-of";

/**
 * Threats against a person or group (Gwent 4.0 "threats (implicit or explicit) against
 * another person"): someone announcing violence ("I'm going to hurt you"), or wishing or
 * prescribing it ("<people> should be shot", "deserve to die", "better off without them").
 */
/** A word written as a possessive: "son's", "officers'". */
const POSSESSIVE = /['’]s?$/;
/** Words that open a clause of their own (squeezed spellings: doubled letters are single, "untill" is "until"). */
const CLAUSE_START = /^(?:unles|when|whenever|if|after|before|until|til|because|cos|since|while|whilst|where|whereas|although|though)$/;

/** A subject opening the next clause after "… ended it": "he", "she's", "they". */
const NEW_SUBJECT = /^(?:he|hes|she|shes|they|theyre|theyve|i|we|and)$/;
/** Words threatHits starts from besides a violent verb or passive: the phrases of `multiword`, "death to", "better off without". */
const THREAT_STARTS = new Set(["get", "wipe", "put", "make", "death", "without"]);

export function threatHits(w: Words): Hit[] {
  const { tokens } = w;
  const hits: Hit[] = [];
  const victim = (from: number, to: number) => {
    for (let k = from; k < to && k < tokens.length; k += 1) {
      if (thingObject(w, k)) return -1; // "burn the letters you sent me": the letters are burnt, not "you"
      // "kill my brother", "strangle my husband": the writer's own people, the household idiom of exasperation, not a threat to another.
      if (k === from && tokens.squeezed(k) === "my" && !STAFF_WORDS.test(tokens.squeezed(k + 1))) return -1;
      // "since I ended it, he's …", "I'll smash it": the verb's object is "it", a thing or a relationship; the person after it is another clause's.
      if (k === from && tokens.squeezed(k) === "it" && (!w.same(k, k + 1) || NEW_SUBJECT.test(tokens.squeezed(k + 1)))) return -1;
      if (w.same(from - 1, k) && (w.is(k, F.target) || w.is(k, F.slur)) && !w.is(k, F.firstPerson)) return k;
    }
    return -1;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens.squeezed(i);
    // Every construction below starts from one of these: any other word is passed over with one lookup.
    if (!w.is(i, F.violent | F.violentPassive) && !THREAT_STARTS.has(t)) continue;
    const phrase = multiword(tokens, i);
    if ((w.is(i, F.violent) || phrase) && !negatedBetween(w, i - 5, i)) {
      let intent = !w.same(i, i - 1);
      for (let k = i - 1; k >= Math.max(0, i - 5) && w.same(i, k); k -= 1) if (w.is(k, F.intent)) intent = true;
      const k = victim(i + 1, i + 7);
      // "at the end of my tether", "I end up not reading them", "I could have killed him!", "I wanted to strangle my husband":
      // idioms, a past that did not happen, and the writer's own family are no threat.
      // "I could kill him" is exasperation: the conditional of what the writer feels like doing, not what they will do (said to the reader it may be veiled, so kept).
      const exasperated = (tokens.squeezed(i - 1) === "could" || (tokens.squeezed(i - 2) === "could" && w.same(i, i - 2))) && !READER.test(tokens.squeezed(k));
      // "a racist attack", "the stabbing": a violent word after an article, a possessive or an adjective names what happened, it is no verb of intent.
      const named = NOUN_BEFORE.test(tokens.squeezed(i - 1)) && w.same(i, i - 1);
      // "killing time", "killed an hour", "kill a few minutes" (issue 10's own look-alike): time passed, nobody harmed.
      // The spell must end the phrase: "kill the morning staff" names people by their shift and stays a threat.
      const spell = [i + 1, i + 2, i + 3].find((s) => SPELL.test(tokens.squeezed(s)) && (s === i + 1 || DETERMINERS.test(tokens.squeezed(i + 1))) && (s !== i + 3 || tokens.squeezed(i + 2) === "few"));
      const pastime = spell !== undefined && !(w.same(spell, spell + 1) && w.is(spell + 1, F.target));
      const idiom = (t === "end" && (tokens.squeezed(i - 1) === "the" || tokens.squeezed(i + 1) === "up")) || tokens.squeezed(i - 1) === "have" || tokens.squeezed(k - 1) === "my" || exasperated || named || pastime;
      if (intent && k >= 0 && !idiom && !notTheWritersThreat(w, i, k)) hits.push({ rule: "violent-intent", start: tokens.start(i), end: tokens.end(k) });
    }
    // Negation is looked for as far back as the modal is ("should not allow any … to be hurt").
    if (w.is(i, F.violentPassive) && !negatedBetween(w, i - 9, i)) {
      let modal = false;
      let subject = -1;
      for (let k = i - 1; k >= Math.max(0, i - 8) && w.same(i, k); k -= 1) {
        // The wish and its victim stand in the passive's own clause: "you never see an officer unless someone's been stabbed"
        // and "an officer came when my son had been stabbed" report what happened to someone else.
        if (CLAUSE_START.test(tokens.squeezed(k))) break;
        // "were" wishes only after "wish" or "if only" ("I wish they were shot"); "two lads I work with were stabbed" reports.
        // "had" only in "had better": "my son had been stabbed" is a past told, not a wish.
        const wished = (tokens.squeezed(k) !== "were" || tokens.find(Math.max(0, k - 4), k, WISH) >= 0) && (tokens.squeezed(k) !== "had" || tokens.squeezed(k + 1) === "beter");
        if ((w.is(k, F.modal) && wished) || tokens.squeezed(k) === "se") modal = true;
        if ((w.is(k, F.target) || w.is(k, F.slur)) && !w.is(k, F.firstPerson)) subject = k;
      }
      // "should be imprisoned": a lawful sanction asked for someone, unless wished on a protected group.
      const lawful = w.is(i, F.groupOnly) && !protectedGroup(w, subject);
      // "My son's caution must be wiped", "the officer's record should be deleted": the person owns the thing the wish is
      // for; nobody is wished harm ("the officer's family should be shot" still names people).
      const owned = subject >= 0 && POSSESSIVE.test(tokens.word(subject)) && !w.is(subject + 1, F.target);
      if (modal && subject >= 0 && !lawful && !owned) hits.push({ rule: "violence-wished", start: tokens.start(subject), end: tokens.end(i) });
    }
    // "death to <people>"
    if (t === "death" && tokens.squeezed(i + 1) === "to") {
      const k = victim(i + 2, i + 5);
      if (k >= 0) hits.push({ rule: "death-to", start: tokens.start(i), end: tokens.end(k) });
    }
    // "the world would be better off without <people>"
    if (t === "without" && (tokens.squeezed(i - 1) === "beter" || tokens.squeezed(i - 2) === "beter")) {
      const k = victim(i + 1, i + 5);
      if (k >= 0) hits.push({ rule: "better-off-without", start: tokens.start(i), end: tokens.end(k) });
    }
  }
  return hits;
}

/** Subjects other than the writer: "he will kill …", "they're going to …" (squeezed forms). */
const THIRD_SUBJECT = oneOf("he|she|they|hes|shes|theyre|theyl|theyd|theyve|hel|shel|hed|shed");
/**
 * Object pronouns, passed over when looking back for the subject ("I will find them and hurt them"), and anyone unnamed:
 * "someone should torch the office" calls for the harm, it reports no one's intent.
 */
const NOT_A_SUBJECT = oneOf("him|her|them|it|us|me|you|u|ya|ye|someone|somebody|anyone|anybody|everyone|everybody|people|one|whoever|nobody");
/** The writer perceiving what someone else did: "I saw one of them slap him", "I heard his dad beating him". */
const PERCEIVED = oneOf("saw|sen|se|heard|hear|watched|watch|witnesed|noticed|caught");
/** Past forms that read as the verb's own tense ("battered", "killed"), not a participle after "be" or "get". */
const PASSIVE_BEFORE = oneOf("be|get|gets|geting|got|ben|being");
/** Oneself as the object: harm to the writer is the alerts' (risk to life), not a threat to another. */
const ONESELF = oneOf("myself|meself|ourselves|himself|herself|themselves");

/**
 * Whether a violent verb at token i, with its victim at k, is not the writer threatening someone (Gwent 4.0 "threats …
 * against another person" are the writer's own): another person's intent ("my roommate says he will kill the man",
 * "his dad beating him", "my landlord will have a heart attack"), what the writer saw or heard done ("I saw one of them
 * slap him"), what already happened ("we battered them 4-0", "the abuse ended when I left him"), harm to oneself ("I will
 * hang myself"), "self harm", or "I'd kill for a copy". Said to the reader ("somebody will hurt you") it stays a threat:
 * a threat by proxy is a threat to staff.
 */
function notTheWritersThreat(w: Words, i: number, k: number): boolean {
  const { tokens } = w;
  const verb = tokens.squeezed(i);
  if (ONESELF.test(tokens.squeezed(i + 1)) || tokens.squeezed(i - 1) === "self" || tokens.squeezed(i + 1) === "for") return true;
  if (/ed$/.test(verb) && !PASSIVE_BEFORE.test(tokens.squeezed(i - 1))) return true;
  if (READER.test(tokens.squeezed(k))) return false;
  for (let j = i - 1; j >= Math.max(0, i - 6) && w.same(i, j); j -= 1) {
    const word = tokens.squeezed(j);
    if (w.is(j, F.firstPerson)) return false;
    if (PERCEIVED.test(word) || THIRD_SUBJECT.test(word)) return true;
    if (w.is(j, F.target) && !NOT_A_SUBJECT.test(word)) return true;
  }
  return false;
}

/** Module constants, not literals in the loop: a regex literal is a new RegExp each time it is evaluated. */
const MAKE_SUFFER = oneOf("sufer|pay|bled|regret");
const WISH = oneOf("wish|only");
const NOUN_BEFORE = oneOf("a|an|the|this|that|his|her|their|my|our|another|racist|racial|homophobic|violent|vicious|brutal|knife|sexual|physical|unprovoked|serious|nasty|verbal");
const READER = oneOf("you|u|ya|ye|yal");
/** A spell of time ("killing time", "kill an hour"), squeezed as the tokens are. */
const SPELL = oneOf("time|hour|hours|minute|minutes|afternon|evening|morning|day|wekend");
/** Staff the writer may call theirs ("my caseworker"): a threat to them is one to staff. Squeezed forms. */
const STAFF_WORDS = oneOf("caseworker|caseworkers|case|oficer|oficers|contact");

/** "get rid of", "wipe out", "put an end to", "make <them> suffer". */
function multiword(tokens: Words["tokens"], i: number): boolean {
  const a = tokens.squeezed(i);
  const b = tokens.squeezed(i + 1);
  const c = tokens.squeezed(i + 2);
  if (a === "get" && b === "rid" && c === "of") return true;
  if (a === "wipe" && b === "out") return true;
  if (a === "put" && b === "an" && c === "end") return true;
  if (a === "make") return tokens.find(i + 1, i + 5, MAKE_SUFFER) >= 0;
  return false;
}

const DETERMINERS = oneOf("the|a|an|this|that|these|those|some|any");
const PRONOUN = oneOf("you|u|ya|ye|yal|they|them|he|him|she|her|it");

/**
 * Whether a noun phrase opening at k is a thing, so the violent verb before it acts on that
 * thing, and a person after it belongs to another clause ("burn the letters you sent me",
 * "destroy the evidence you gave me"). A determiner whose next two words hold no person noun,
 * and is not "the lot of", "the crap out of", is such a phrase. "the next immigrant", "the
 * people who …" and "all the Muslims" name people, so the search for a victim goes on.
 */
function thingObject(w: Words, k: number): boolean {
  const { tokens } = w;
  if (!DETERMINERS.test(tokens.squeezed(k))) return false;
  for (let j = k + 1; j <= k + 2 && w.same(k, j); j += 1) {
    if ((w.is(j, F.target) || w.is(j, F.slur)) && !PRONOUN.test(tokens.squeezed(j))) return false;
  }
  const after = tokens.squeezed(k + 2);
  return after !== "of" && after !== "out" && w.same(k, k + 1);
}
