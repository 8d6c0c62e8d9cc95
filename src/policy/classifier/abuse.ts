import type { SubTypeId } from "../categories";
import { F, features } from "./features";
import { ANIMALS } from "./lexicon";

const inLexiconAnimals = (squeezed: string) => ANIMALS.has(squeezed);
import { threatHits } from "./threats";
import type { Token } from "./tokens";

/** A rule's hit, in folded-text offsets; classify() maps it back and drops reported speech. */
export interface Hit {
  subType: SubTypeId<"abusive">;
  confidence: number;
  start: number;
  end: number;
}

/** The tokens and what each is; rules ask `is(k, F.target)` instead of re-reading lexicons. */
export interface Words {
  tokens: Token[];
  is: (k: number, flag: number) => boolean;
  same: (a: number, b: number) => boolean;
}

const WINDOW = 7;

export function words(tokens: Token[]): Words {
  const f = features(tokens);
  return {
    tokens,
    is: (k, flag) => k >= 0 && k < tokens.length && (f[k]! & flag) !== 0,
    same: (a, b) => a >= 0 && b >= 0 && a < tokens.length && b < tokens.length && tokens[a]!.sentence === tokens[b]!.sentence,
  };
}

/** A negator among tokens (from, to), except "no better/different than", which is not a denial. */
export function negatedBetween(w: Words, from: number, to: number): boolean {
  for (let k = Math.max(0, from + 1); k < to; k += 1) {
    // "no better than", "nothing but" and "nothing more than" affirm rather than deny.
    // "can't stop themselves from being …" and "can't help being …" do not deny what follows.
    if (w.is(k, F.negator) && !/^(?:beter|diferent|more|but|stop|help)$/.test(w.tokens[k + 1]?.squeezed ?? "")) return true;
  }
  return false;
}

/** A person or group linked to token j ("women are … vermin", "you … idiot", "why are X so stupid"). */
function linkedTarget(w: Words, j: number, needLink: boolean): number {
  let linked = !needLink;
  for (let k = j - 1; k >= Math.max(0, j - WINDOW) && w.same(j, k); k -= 1) {
    if (w.is(k, F.link)) linked = true;
    // "they're", "you're", "he's": pronoun and verb in one word.
    const contracted = /^(?:youre|theyre|hes|shes)$/.test(w.tokens[k]!.squeezed);
    if (w.is(k, F.target) && !w.is(k, F.firstPerson) && (linked || contracted || w.is(k - 1, F.link))) return k;
  }
  return -1;
}

/** "another …", "typical …", "what a …", "bunch of …": a label put on someone. */
function labelled(w: Words, j: number): boolean {
  const before = w.tokens.slice(Math.max(0, j - 3), j).filter((t) => w.same(j, w.tokens.indexOf(t))).map((t) => t.squeezed);
  return before.includes("another") || before.includes("typical") || before.join(" ").endsWith("bunch of") || /what an?$/.test(before.join(" "));
}

/** In-group use of a reclaimed word ("my n—s", "I'm a proud f—"): not abuse (HateCheck slur_reclaimed). */
function inGroup(w: Words, i: number): boolean {
  const before = w.tokens.slice(Math.max(0, i - 3), i).map((t) => t.squeezed);
  return before.includes("my") || before.at(-1) === "proud" || /\b(?:im|i am|were|we are) (?:a |an )?$/.test(before.join(" "));
}

export function abuseHits(tokens: Token[]): Hit[] {
  const w = words(tokens);
  const hits: Hit[] = [];
  const profane: number[] = [];
  for (let j = 0; j < tokens.length; j += 1) {
    const t = tokens[j]!;
    if (w.is(j, F.profane)) profane.push(j);
    if (w.is(j, F.slur) && !inGroup(w, j)) {
      const generalising = /^(?:are|just|cant|always|never|should|wil|al|is)$/.test(tokens[j + 1]?.squeezed ?? "");
      const aimed = linkedTarget(w, j, false) >= 0 || w.is(j + 1, F.target) || w.is(j + 2, F.target) || labelled(w, j) || generalising;
      if (!w.is(j, F.ambiguousSlur) || aimed) hits.push({ subType: "demeaning", confidence: 0.9, start: t.start, end: t.end });
      continue;
    }
    if (!w.is(j, F.dehumanising | F.negative | F.insult) || w.is(j, F.intensifier)) continue;
    // "you idiot": a vocative insult needs no link word; "just another common whore" labels someone.
    const vocative = w.is(j, F.insult) && (["you", "u", "ya"].includes(tokens[j - 1]?.squeezed ?? "") || labelled(w, j));
    const k = vocative ? j - 1 : linkedTarget(w, j, true);
    if (k >= 0 && !negatedBetween(w, k - 2, j)) {
      hits.push({ subType: "demeaning", confidence: w.is(k, F.identity) || vocative ? 0.85 : 0.8, start: tokens[k]!.start, end: t.end });
    }
  }
  hits.push(...emotionHits(w), ...deniedWorth(w), ...worthNothing(w), ...animalComparisons(w), ...threatHits(w), ...profanityHits(w, profane));
  return hits;
}

/**
 * The writer's own contempt for people: "I hate <people>", "I feel nothing but contempt for
 * <people>", "I can't stand <people>", "<people> disgust me", "nothing worse than <a person>".
 * Someone else's contempt, named to condemn it ("your contempt for …"), is left alone.
 */
function emotionHits(w: Words): Hit[] {
  const { tokens } = w;
  const hits: Hit[] = [];
  const targetAfter = (i: number, reach: number) => {
    for (let k = i + 1; k <= i + reach && w.same(i, k); k += 1) if (w.is(k, F.target) && !w.is(k, F.firstPerson)) return k;
    return -1;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    const standing = t.squeezed === "stand" && /^(?:cant|canot)$/.test(tokens[i - 1]?.squeezed ?? "");
    const sickOf = t.squeezed === "sick" && tokens[i + 1]?.squeezed === "of";
    if ((w.is(i, F.emotion) || standing || sickOf) && (standing || !negatedBetween(w, i - 4, i))) {
      // Said by the writer: "I …", or no subject at all ("So sick of …", "Disgusted by …").
      let own = true;
      for (let k = i - 1; k >= Math.max(0, i - 5) && w.same(i, k); k -= 1) if (!w.is(k, F.intensifier | F.firstPerson) && !/^(?:so|realy|fel|am|have|ive|just|sick)$/.test(tokens[k]!.squeezed)) own = false;
      for (let k = i - 1; k >= Math.max(0, i - 5) && w.same(i, k); k -= 1) if (w.is(k, F.firstPerson)) own = true;
      const k = targetAfter(i, 6);
      if (own && k >= 0) hits.push({ subType: "demeaning", confidence: 0.8, start: t.start, end: tokens[k]!.end });
    }
    const feeling = tokens.slice(i + 1, i + 4).some((x) => /^(?:sick|il|angry|furious|mad|rage|vomit|puke|boil|disgusted|hate|hatred|disgust|contempt|cringe)$/.test(x.squeezed));
    const disgusts = /^(?:disgust|disgusts|sickens|sicken|repulse|repulses|revolt|revolts)$/.test(tokens[i - 1]?.squeezed ?? "");
    if (t.squeezed === "me" && (disgusts || (/^(?:make|makes|made|fil|fils|filed)$/.test(tokens[i - 1]?.squeezed ?? "") && feeling))) {
      for (let k = Math.max(0, i - 7); k < i - 1; k += 1) {
        if (w.same(i, k) && w.is(k, F.target) && !w.is(k, F.firstPerson) && !negatedBetween(w, k, i)) {
          hits.push({ subType: "demeaning", confidence: 0.75, start: tokens[k]!.start, end: t.end });
          break;
        }
      }
    }
    // "no one else is as filthy as <people>"
    if (t.squeezed === "as" && w.is(i + 1, F.negative | F.dehumanising) && tokens[i + 2]?.squeezed === "as") {
      const k = targetAfter(i + 2, 4);
      if (k >= 0) hits.push({ subType: "demeaning", confidence: 0.75, start: t.start, end: tokens[k]!.end });
    }
    if (t.squeezed === "worse" && tokens[i + 1]?.squeezed === "than" && tokens[i - 1]?.squeezed === "nothing") {
      const k = targetAfter(i + 1, 4);
      if (k >= 0) hits.push({ subType: "demeaning", confidence: 0.75, start: tokens[i - 1]!.start, end: tokens[k]!.end });
    }
  }
  return hits;
}

/** "<people> are not our equal", "<people>'s lives do not matter", "I have no compassion for <people>". */
function deniedWorth(w: Words): Hit[] {
  const { tokens } = w;
  const hits: Hit[] = [];
  for (let j = 0; j < tokens.length; j += 1) {
    if (!w.is(j, F.positive)) continue;
    let n = -1;
    for (let k = j - 1; k >= Math.max(0, j - 5) && w.same(j, k); k -= 1) if (w.is(k, F.negator) && n < 0) n = k;
    if (n < 0) continue;
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
function animalComparisons(w: Words): Hit[] {
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
function worthNothing(w: Words): Hit[] {
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

/** Swearing aimed at someone, or repeated: one untargeted expletive in an angry letter is forceful, not abusive. */
function profanityHits(w: Words, profane: number[]): Hit[] {
  const hits: Hit[] = [];
  for (const i of profane) {
    let aimed = false;
    for (let k = Math.max(0, i - 7); k <= i + 5 && !aimed; k += 1) if (k !== i && w.same(i, k) && w.is(k, F.target)) aimed = true;
    if (aimed || profane.length >= 2) hits.push({ subType: "offensiveLanguage", confidence: aimed ? 0.85 : 0.6, start: w.tokens[i]!.start, end: w.tokens[i]!.end });
  }
  return hits;
}
