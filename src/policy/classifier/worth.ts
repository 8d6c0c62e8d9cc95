import { F } from "./features";
import { ANIMALS } from "./lexicon";
import { negatedBetween, type Hit, type Words } from "./words";

/*
 * Denying people their worth or likening them to animals (Gwent 4.0 "insulting or
 * demeaning any person or group"; Warwickshire 3.1 "derogatory, discriminatory").
 */
const inLexiconAnimals = (squeezed: string) => ANIMALS.has(squeezed);

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
    if (w.tokens[j]!.squeezed.startsWith("deserve") && [j + 1, j + 2, j + 3].some((k) => w.same(j, k) && w.is(k, F.violentPassive | F.violent))) continue;
    let subject = -1;
    for (let k = Math.max(0, n - 6); k < n; k += 1) if (w.same(j, k) && w.is(k, F.target) && !w.is(k, F.firstPerson)) subject = k;
    let object = -1;
    const feeling = /^(?:compasion|respect)$/.test(tokens[j]!.squeezed);
    if (feeling || /^(?:place|space|rom|aply|rights|live|exist|save)$/.test(tokens[j]!.squeezed)) {
      for (let k = n + 1; k < j + 9 && object < 0; k += 1) if (k !== j && w.same(j, k) && w.is(k, F.identity)) object = k;
    }
    // Feelings withheld count only when the writer withholds them ("I have no respect for …").
    const own = !feeling || [n - 1, n - 2, n - 3].some((k) => w.is(k, F.firstPerson));
    if (subject >= 0 || (object >= 0 && own)) {
      hits.push({ subType: "demeaning", confidence: 0.7, start: tokens[subject >= 0 ? subject : n]!.start, end: tokens[object >= 0 ? object : j]!.end });
    }
  }
  return hits;
}

/** Comparisons that demean: "<people> belong in a zoo", "my dog is smarter than any <person>". */
export function animalComparisons(w: Words): Hit[] {
  const hits: Hit[] = [];
  const { tokens } = w;
  for (let j = 0; j < tokens.length; j += 1) {
    const t = tokens[j]!;
    if (t.squeezed === "belong" || t.squeezed === "belongs") {
      const place = tokens.slice(j + 1, j + 4).find((x) => /^(?:zo|cages?|gutter|bin|kenels?|sewers?)$/.test(x.squeezed));
      let k = -1;
      for (let m = j - 1; m >= Math.max(0, j - 4) && w.same(j, m); m -= 1) if (w.is(m, F.target) && !w.is(m, F.firstPerson)) k = m;
      if (place && k >= 0) hits.push({ subType: "demeaning", confidence: 0.75, start: tokens[k]!.start, end: place.end });
    }
    if (/^(?:smarter|cleverer|beter|wiser)$/.test(t.squeezed) || (t.squeezed === "intelligent" && tokens[j - 1]?.squeezed === "more")) {
      const animal = tokens.slice(Math.max(0, j - 5), j).some((x) => inLexiconAnimals(x.squeezed));
      let k = -1;
      for (let m = j + 1; m < j + 7 && k < 0; m += 1) if (w.same(j, m) && w.is(m, F.target) && !w.is(m, F.firstPerson)) k = m;
      if (animal && k >= 0) hits.push({ subType: "demeaning", confidence: 0.7, start: t.start, end: tokens[k]!.end });
    }
  }
  return hits;
}

/** "<people>'s lives are worth nothing", "worth less than a dog". */
export function worthNothing(w: Words): Hit[] {
  const hits: Hit[] = [];
  for (let j = 0; j < w.tokens.length; j += 1) {
    if (w.tokens[j]!.squeezed !== "worth") continue;
    const negated = negatedBetween(w, j - 3, j);
    // "worth nothing", and "not worth anything" — but not "not worth any less than anyone else's".
    const next = w.tokens.slice(j + 1, j + 4).find((x) => (negated ? /^(?:anything|protecting|saving)$/ : /^(?:nothing|les|litle|zero)$/).test(x.squeezed));
    let k = -1;
    for (let m = j - 1; m >= Math.max(0, j - 4) && w.same(j, m); m -= 1) if (w.is(m, F.target) && !w.is(m, F.firstPerson)) k = m;
    if (next && k >= 0) hits.push({ subType: "demeaning", confidence: 0.75, start: w.tokens[k]!.start, end: next.end });
  }
  return hits;
}

