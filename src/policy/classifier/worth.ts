import { F } from "./features";
import { ANIMALS } from "./lexicon";
import { negatedBetween, type Hit, type Words } from "./words";
import { oneOf } from "../text/one-of";

/*
 * Denying people their worth or likening them to animals (Gwent 4.0 "insulting or
 * demeaning any person or group"; Warwickshire 3.1 "derogatory, discriminatory").
 */

// Word patterns are module constants, not literals in the loops (a literal is a new RegExp each time).
const FEELINGS = oneOf("compasion|respect");
const PLACES = oneOf("place|space|rom|aply|rights|live|exist|save");
const ANIMAL_PLACES = /^(?:zo|cages?|gutter|bin|kenels?|sewers?)$/;
const SMARTER = oneOf("smarter|cleverer|beter|wiser");
const WORTH_ANYTHING = oneOf("anything|protecting|saving");
const WORTH_NOTHING = oneOf("nothing|les|litle|zero");
/** Living and existing, which a future negation ("won't live to see …") foresees rather than denies. */
const EXISTING = oneOf("live|exist");
const FUTURE = oneOf("wont|wil|shal|shant|may|might|could|couldnt");
const THING = oneOf("it|that|this|nothing|which");
const DONE_TO = oneOf("this|that|it|any of this|what");
const PARTICIPLE = /(?:ed|en|t)$/;
/** Plain words of quality, which say how someone is or does something as often as what they are worth. */
const QUALITY = oneOf("god|beter|capable");
const SINGULAR = oneOf("he|she|it|hes|shes|him|her");
const DOING = { test: (word: string) => word.length > 4 && word.endsWith("ing") };
/**
 * Positives that are nouns too ("room", "place", "space", "matters"): denied, the noun stands right after its negation ("no
 * place for", "no room for <people>", "lives don't really matter"). With other words between ("he has not left his room",
 * "you cannot look at operational matters") or "of" after ("no place of safety") it is a thing, nobody's worth.
 */
const NOUN_TOO = oneOf("place|space|rom|mater|maters");
const BETWEEN_DENIAL = oneOf("realy|even|ever|actualy|truly|much|any|more|longer|at|al");
const NOT_BETWEEN_DENIAL = { test: (word: string) => !BETWEEN_DENIAL.test(word) };
/**
 * Living and existing denied are demeaning as a verdict ("they should not exist", "they don't deserve to live", "no right to
 * live"); otherwise they say where someone lives ("my son, who doesn't live with me") or how a person feels ("she not want to
 * live", a risk the alerts read, not an insult).
 */
const LIVING = oneOf("live|exist|alive");
const VERDICT = oneOf("should|shouldnt|deserve|deserves|deserved|right|alowed|fit|worthy|ought");

/** "<people> are not our equal", "<people>'s lives do not matter", "I have no compassion for <people>". */
export function deniedWorth(w: Words): Hit[] {
  const { tokens } = w;
  const hits: Hit[] = [];
  for (let j = 0; j < tokens.length; j += 1) {
    if (!w.is(j, F.positive)) continue;
    let n = -1;
    for (let k = j - 1; k >= Math.max(0, j - 5) && w.same(j, k); k -= 1) if (w.is(k, F.negator) && n < 0) n = k;
    if (n < 0) continue;
    // "<people> do not deserve to be tortured" defends them: what is not deserved is harm.
    if (tokens.squeezed(j).startsWith("deserve") && [j + 1, j + 2, j + 3].some((k) => w.same(j, k) && w.is(k, F.violentPassive | F.violent))) continue;
    // "<people> do not deserve to be treated like this", "… deserve this": what is not deserved is what was done to them.
    if (tokens.squeezed(j).startsWith("deserve") && (DONE_TO.test(tokens.squeezed(j + 1)) || (tokens.squeezed(j + 1) === "to" && tokens.squeezed(j + 2) === "be" && PARTICIPLE.test(tokens.squeezed(j + 3))))) continue;
    // "She won't live to see justice" foresees; "they don't deserve to live" denies. Only the second demeans.
    if (EXISTING.test(tokens.squeezed(j)) && (FUTURE.test(tokens.squeezed(n)) || (n > 0 && FUTURE.test(tokens.squeezed(n - 1))))) continue;
    // "it won't matter anyway": said of a thing.
    if (THING.test(tokens.squeezed(n - 1))) continue;
    // "whatever you decide will not matter to me": what matters or not to the writer, nobody's worth.
    if (tokens.squeezed(j).startsWith("mat") && tokens.squeezed(j + 1) === "to" && w.is(j + 2, F.firstPerson)) continue;
    // "she is not good" (unwell), "she was not speaking good Polish": how one person is or does, not a group's worth denied.
    if (QUALITY.test(tokens.squeezed(j)) && (SINGULAR.test(tokens.squeezed(n - 1)) || SINGULAR.test(tokens.squeezed(n - 2)) || tokens.find(n + 1, j, DOING) >= 0)) continue;
    if (NOUN_TOO.test(tokens.squeezed(j)) && (tokens.squeezed(j + 1) === "of" || tokens.find(n + 1, j, NOT_BETWEEN_DENIAL) >= 0)) continue;
    if (LIVING.test(tokens.squeezed(j)) && tokens.find(Math.max(0, n - 3), j, VERDICT) < 0) continue;
    let subject = -1;
    for (let k = Math.max(0, n - 6); k < n; k += 1) if (w.same(j, k) && w.is(k, F.target) && !w.is(k, F.firstPerson)) subject = k;
    // "by the time you read this it will not matter": a thing nearer the verb is what does not matter, not the person.
    if (subject >= 0 && tokens.find(subject + 1, n, THING) >= 0) subject = -1;
    let object = -1;
    const feeling = FEELINGS.test(tokens.squeezed(j));
    if (feeling || PLACES.test(tokens.squeezed(j))) {
      for (let k = n + 1; k < j + 9 && object < 0; k += 1) if (k !== j && w.same(j, k) && w.is(k, F.identity)) object = k;
    }
    // Feelings withheld count only when the writer withholds them ("I have no respect for …").
    const own = !feeling || [n - 1, n - 2, n - 3].some((k) => w.is(k, F.firstPerson));
    if (subject >= 0 || (object >= 0 && own)) {
      hits.push({ rule: "denied-worth", start: tokens.start(subject >= 0 ? subject : n), end: tokens.end(object >= 0 ? object : j) });
    }
  }
  return hits;
}

/** Comparisons that demean: "<people> belong in a zoo", "my dog is smarter than any <person>". */
export function animalComparisons(w: Words): Hit[] {
  const hits: Hit[] = [];
  const { tokens } = w;
  for (let j = 0; j < tokens.length; j += 1) {
    const t = tokens.squeezed(j);
    if (t === "belong" || t === "belongs") {
      const place = tokens.find(j + 1, j + 4, ANIMAL_PLACES);
      let k = -1;
      for (let m = j - 1; m >= Math.max(0, j - 4) && w.same(j, m); m -= 1) if (w.is(m, F.target) && !w.is(m, F.firstPerson)) k = m;
      if (place >= 0 && k >= 0) hits.push({ rule: "animal-comparison", start: tokens.start(k), end: tokens.end(place) });
    }
    if (SMARTER.test(t) || (t === "intelligent" && tokens.squeezed(j - 1) === "more")) {
      let animal = false;
      for (let m = Math.max(0, j - 5); m < j; m += 1) if (ANIMALS.has(tokens.squeezed(m))) animal = true;
      let k = -1;
      for (let m = j + 1; m < j + 7 && k < 0; m += 1) if (w.same(j, m) && w.is(m, F.target) && !w.is(m, F.firstPerson)) k = m;
      if (animal && k >= 0) hits.push({ rule: "animal-comparison", start: tokens.start(j), end: tokens.end(k) });
    }
  }
  return hits;
}

/** "<people>'s lives are worth nothing", "worth less than a dog". */
export function worthNothing(w: Words): Hit[] {
  const { tokens } = w;
  const hits: Hit[] = [];
  for (let j = 0; j < tokens.length; j += 1) {
    if (tokens.squeezed(j) !== "worth") continue;
    const negated = negatedBetween(w, j - 3, j);
    // "worth nothing", and "not worth anything" — but not "not worth any less than anyone else's".
    const next = tokens.find(j + 1, j + 4, negated ? WORTH_ANYTHING : WORTH_NOTHING);
    let k = -1;
    for (let m = j - 1; m >= Math.max(0, j - 4) && w.same(j, m); m -= 1) if (w.is(m, F.target) && !w.is(m, F.firstPerson)) k = m;
    if (next >= 0 && k >= 0) hits.push({ rule: "worth-nothing", start: tokens.start(k), end: tokens.end(next) });
  }
  return hits;
}

