import { F } from "./features";
import { negatedBetween, type Hit, type Words } from "./words";
import { oneOf } from "../text/one-of";

/*
 * Abuse aimed at the reader: the member of staff, or the office, the message is written to
 * (Gwent 4.0 "insulting or demeaning any person", "threats … against another person";
 * Warwickshire 3.1 "Abuse, derogatory … remarks", "behaviour or language that may cause
 * staff to feel distressed or threatened"). General constructions of English, none fitted to
 * a corpus row: an insult used as a form of address ("Idiot, read my letter"), an insult
 * with "you are" after it ("what a disgrace you are"), "you <insulting adjective> <noun>"
 * ("you useless lot"), "you suck", hostile dismissals ("shut up", "drop dead"), and wishing
 * the reader dead ("I hope you die"). Anger at what was done — "I am furious", "your handling
 * has been incompetent" — has none of these shapes and stays a complaint (Gwent 3.0).
 */

// Module constants, never literals in the loops: a regex literal is a new RegExp each time it is evaluated.
// Words are matched squeezed, as tokens hold them (runs of a letter as one: "indeed" → "inded", "off" → "of").
const YOU_WORDS = "you|u|ya|ye";
const YOU = oneOf(YOU_WORDS);
const ARE = oneOf("are|r|re");
/** Words between an insult and a closing "you are": "what a disgrace (that is what) you are". */
const WHAT_YOU_ARE = oneOf("that|thats|is|what|which|s");
/** Words that may open a sentence before a form of address or an order: "Oh, idiot", "Just shut up". */
const OPENERS = oneOf("oh|hey|inded|yes|yeah|no|nah|ok|okay|wel|listen|lok|right|thanks|chers|so|just|now|please|and|then|go|you|u|why|dont|do|ya");
/** Heads of a noun phrase said to the reader after "you <adjective>": "you useless lot", "you stupid thing". */
const ADDRESS_HEADS = oneOf("lot|thing|shower|bunch|load|pair|excuse|piece|heap|sack|machine|computer|bot|system|woman|man|person|creature|individual|so|and");
/**
 * Verdicts on what happened, which a sentence of their own passes on a decision or a service rather than calls anyone by:
 * "Absolute disgrace.", "A complete farce." (dev.md "Criticism of an organisation is not abuse"). Said to someone ("you
 * disgrace") they are still read as address.
 */
const VERDICTS = oneOf("disgrace|disgraces|farce|travesty|shambles|joke|scandal");
const SUCK = oneOf("suck|sucks");
/** What may follow an intransitive "you suck": nothing, or "at …", "so bad", "big time". */
const AFTER_SUCK = oneOf("at|and|so|big|to|realy|badly|much|more|as|bals|arse");
/** Between "you" and "suck": "you really do suck", "you all suck". */
const BETWEEN_YOU_SUCK = oneOf("realy|do|just|al|both|guys|lot|people|truly|so|stil|absolutely|totaly");
/** Wishing the reader dead or harmed: "I hope you die", "hope you rot". */
const WISH = oneOf("hope|wish|if|want|wana|like|pray");
const DEATH = oneOf("die|dies|rot|burn|croak|drop");
/** "die" as an order: "Die.", "die in a fire", "die now". */
const AFTER_DIE = oneOf("in|now|already|slowly|quickly|you|u|die|plz|please|bitch|alone");
const SHUT_PARTS = oneOf("mouth|face|gob|trap|hole|cakehole");
/**
 * Personal remarks that insult only when said to someone's face: "you are so annoying",
 * "your boring" ("your" for "you're"), and remarks on age or sex: "you're senile", "you are
 * hysterical" (Gwent 4.0 "targets … age, sex"). Of neighbours or a service they are a complaint
 * ("my neighbours are annoying", "my husband is senile"), so these are not in the lexicon's negative adjectives.
 */
const TO_YOUR_FACE = oneOf("anoying|boring|irritating|obnoxious|insuferable|creepy|fat|tedious|senile|decrepit|geriatric|hysterical");
const YOU_ARE_MISSPELT_WORDS = "your|ur|yor";
const YOU_ARE_MISSPELT = oneOf(YOU_ARE_MISSPELT_WORDS);
/** The reader's mother or family, insulted or made a sexual joke of: "your mum is a slag", "screwed your mom". */
const FAMILY_WORDS = "mum|mums|mom|moms|mam|mama|mamas|mother|mothers|momma|mummy|family|sister|wife";
const FAMILY = oneOf(FAMILY_WORDS);
const SEX_ACTS = oneOf("screw|screwed|screwing|shag|shaged|shaging|bang|banged|banging|sex|slept");
const LOOKS = oneOf("ugly|fat|fugly|hideous");
const ABBREVIATED_WORDS = "stfu|gtfo";
const ABBREVIATED = oneOf(ABBREVIATED_WORDS);
const POSSESSIVE_YOU = oneOf("your|ur|yer|yo|yor");
/** Words that pick out one person without naming them: "the idiot", "whichever moron". */
const PICKING_OUT = oneOf("the|whichever|whatever|which|some|this|that");
/** What someone at the office does with the writer's case. */
const HANDLING = oneOf("dealing|handling|deals|dealt|handled|runs|running");
const WROTE = oneOf("wrote|signed|sent|writes|drafted");
const PAPERS = oneOf("leter|letters|leters|reply|replies|response|email|emails|decision");
const MY_CASE = oneOf("my|this|the");
/** Dismissals with "off": "sod off", "bugger off" (the profane ones are profanity aimed, in abuse.ts). */
const OFF_VERBS_WORDS = "sod|buger|naf";
const OFF_VERBS = oneOf(OFF_VERBS_WORDS);
/** Orders readerHits reads where a sentence opens: "shut up", "drop dead", "get lost", "go to hell", "die", "kill yourself", "sod off". */
/** What "drop dead" qualifies when it is an adjective ("drop dead gorgeous", "a drop-dead deadline"); squeezed forms. */
const DROP_DEAD_OF = oneOf("gorgeous|deadline|date|funy|briliant|beautiful|handsome|simple|easy|stuning|serious|lovely|amazing|perfect|cool|sexy|fabulous|hilarious|final|cutof|gown|dres|looks|good");
const ORDERS_WORDS = `shut|drop|get|go|die|kil|kils|${OFF_VERBS_WORDS}`;
const ORDERS = oneOf(ORDERS_WORDS);
/**
 * Every word some construction of readerHits starts from (besides an insult or a dehumanising word): "you" and its
 * misspellings, "you're", a family word, an abbreviated order, an order. Any other word starts none, and is passed
 * over with one lookup rather than the dozen the constructions would each ask (issue 13: a 50 KB letter has ~9,000 words).
 */
const STARTS = oneOf([YOU_WORDS, "youre", YOU_ARE_MISSPELT_WORDS, FAMILY_WORDS, ABBREVIATED_WORDS, ORDERS_WORDS].join("|"));

/**
 * Whether token j stands where an order does: first in its sentence, after at most three
 * opening words ("Oh just …", "Why don't you …"). "Time to shut up shop" and "my students
 * can't wait for me to fuck off" are not orders.
 */
export function ordering(w: Words, j: number): boolean {
  let k = j - 1;
  for (; k >= 0 && k >= j - 3 && w.same(j, k); k -= 1) if (!OPENERS.test(w.tokens.squeezed(k))) return false;
  return k < 0 || !w.same(j, k);
}

export function readerHits(w: Words, text: string | undefined): Hit[] {
  const { tokens } = w;
  const hits: Hit[] = [];
  const n = tokens.length;
  const last = (j: number) => j === n - 1 || tokens.sentence(j + 1) !== tokens.sentence(j);
  const opens = (j: number) => ordering(w, j);
  /** A comma (or dash, colon) between two neighbouring tokens, when the text is known. */
  const comma = (a: number, b: number) => {
    if (text === undefined || b >= n || a < 0) return false;
    for (let c = tokens.end(a); c < tokens.start(b); c += 1) {
      const code = text.charCodeAt(c);
      if (code === 44 || code === 58 || code === 8211 || code === 8212) return true;
    }
    return false;
  };
  const push = (rule: Hit["rule"], a: number, b: number) => hits.push({ rule, start: tokens.start(a), end: tokens.end(b) });

  for (let j = 0; j < n; j += 1) {
    const t = tokens.squeezed(j);
    if (!w.is(j, F.insult | F.dehumanising) && !STARTS.test(t)) continue;
    const insult = w.is(j, F.insult) && !w.is(j, F.intensifier);
    if (insult) {
      // An insult as a form of address: the whole sentence ("Idiot!", "Indeed, moron."), or set
      // off by a comma at its start or end ("Idiot, read my letter", "Read it again, idiot").
      // A plural at a sentence's start may be its subject ("Idiots speeding past …"), so only
      // the whole sentence counts for one.
      const plural = t.endsWith("s") && !w.is(j, F.profane);
      // A short sentence that ends on the insult: "Lesbo.", "Professional idiot.", "Utter clown."
      const alone = (opens(j) || (j >= 1 && !w.same(j, j - 2) && !w.is(j - 1, F.firstPerson))) && last(j) && !VERDICTS.test(t);
      const addressStart = !plural && opens(j) && comma(j, j + 1);
      const addressEnd = !plural && last(j) && comma(j - 1, j) && !w.is(j - 1, F.intensifier);
      if ((alone || addressStart || addressEnd) && !negatedBetween(w, j - 4, j)) push("insult-as-address", j, j);
    }
    // "what a disgrace you are", "the idiot you are", "pig you are": the insult before a closing "you are".
    if ((insult || w.is(j, F.dehumanising)) && !w.is(j, F.intensifier)) {
      let k = j + 1;
      while (k < j + 4 && w.same(j, k) && WHAT_YOU_ARE.test(tokens.squeezed(k))) k += 1;
      const youAre = (YOU.test(tokens.squeezed(k)) && ARE.test(tokens.squeezed(k + 1)) && last(k + 1) && w.same(j, k + 1)) || (tokens.squeezed(k) === "youre" && last(k));
      if (youAre && w.same(j, k) && !negatedBetween(w, j - 6, j)) push("insult-you-are", j, ARE.test(tokens.squeezed(k + 1)) ? k + 1 : k);
    }
    if (YOU.test(t)) youHits(w, j, push);
    // "you are so annoying", "your boring": the remark to the reader's face, closing its sentence.
    const youAre = (YOU.test(t) && ARE.test(tokens.squeezed(j + 1))) || t === "youre" || YOU_ARE_MISSPELT.test(t);
    if (youAre) {
      let a = YOU.test(t) ? j + 2 : j + 1;
      while (a < j + 5 && w.is(a, F.intensifier) && w.same(j, a)) a += 1;
      if (TO_YOUR_FACE.test(tokens.squeezed(a)) && w.same(j, a) && last(a) && !negatedBetween(w, j - 3, a)) push("remark-to-your-face", j, a);
    }
    if (FAMILY.test(t) && POSSESSIVE_YOU.test(tokens.squeezed(j - 1)) && w.same(j, j - 1)) {
      for (let k = Math.max(0, j - 5); k < j + 6 && k < n; k += 1) {
        const foul = w.is(k, F.profane | F.insult | F.dehumanising) || SEX_ACTS.test(tokens.squeezed(k)) || LOOKS.test(tokens.squeezed(k));
        if (k !== j && w.same(j, k) && foul && !negatedBetween(w, j - 4, k)) {
          push("family-insult", Math.min(j - 1, k), Math.max(j, k));
          break;
        }
      }
    }
    // Hostile dismissals, as orders: "Shut up.", "Just shut your mouth", "Drop dead", "Get lost", "Sod off".
    // "stfu", "gtfo": abbreviated orders, aimed by what they say.
    if (ABBREVIATED.test(t)) push("abbreviated-dismissal", j, j);
    if (ORDERS.test(t) && opens(j)) {
      const next = tokens.squeezed(j + 1);
      const shutUp = t === "shut" && (next === "up" || (POSSESSIVE_YOU.test(next) && SHUT_PARTS.test(tokens.squeezed(j + 2))));
      // "drop dead gorgeous", "the drop-dead deadline": the idiom as an adjective, no order.
      const dropDead = t === "drop" && next === "dead" && !(DROP_DEAD_OF.test(tokens.squeezed(j + 2)) && w.same(j, j + 2));
      const dismissal = dropDead || (t === "get" && next === "lost") || (OFF_VERBS.test(t) && next === "of");
      const goToHell = t === "go" && next === "to" && tokens.squeezed(j + 2) === "hel" && last(j + 2);
      const die = t === "die" && (last(j) || AFTER_DIE.test(next));
      const killYourself = (t === "kil" || t === "kils") && next.startsWith("yourself");
      if ((shutUp || dismissal || goToHell) && w.same(j, j + 1)) push("hostile-dismissal", j, goToHell ? j + 2 : shutUp && next !== "up" ? j + 2 : j + 1);
      if (die || killYourself) push("death-ordered", j, killYourself ? j + 1 : j);
    }
    if (insult) responsibleHit(w, j, push);
  }
  return hits;
}

/**
 * An insult naming whoever at the office has the writer's case: "Who is the idiot in charge?",
 * "whichever moron is dealing with my complaint", "the clown who wrote this letter". It
 * demeans a member of staff without naming them (Gwent 4.0 "insulting or demeaning any
 * person"). "The idiot who crashed into my car" picks out someone else, and is left alone.
 */
function responsibleHit(w: Words, j: number, push: (rule: Hit["rule"], a: number, b: number) => void): void {
  const { tokens } = w;
  const s = (k: number) => tokens.squeezed(k);
  const picked = picked1(w, j) || (PICKING_OUT.test(s(j - 2)) && w.is(j - 1, F.negative | F.intensifier) && w.same(j, j - 2));
  if (!picked) return;
  let k = j + 1;
  if (s(k) === "who" || s(k) === "that") k += 1;
  if (s(k) === "is" || s(k) === "was") k += 1;
  const inCharge = s(j + 1) === "in" && s(j + 2) === "charge";
  const handling = HANDLING.test(s(k)) && (s(k + 1) === "with" ? MY_CASE.test(s(k + 2)) : MY_CASE.test(s(k + 1)));
  const wrote = WROTE.test(s(k)) && MY_CASE.test(s(k + 1)) && PAPERS.test(s(k + 2));
  const responsible = s(j + 1) === "responsible" && s(j + 2) === "for" && MY_CASE.test(s(j + 3));
  const end = inCharge ? j + 2 : responsible ? j + 3 : handling || wrote ? k + 2 : -1;
  // The evidence is the insult and the word picking the person out: "the idiot" (a span running on into
  // "who wrote …" would end inside words classify.ts reads as reported speech, and be dropped).
  if (end >= 0 && w.same(j, end) && !negatedBetween(w, j - 4, j)) push("insult-for-whoever-handles", picked1(w, j) ? j - 1 : j - 2, j);
}

/** "the idiot": the picking-out word right before the insult (else it is two before, past an adjective: "the useless idiot"). */
function picked1(w: Words, j: number): boolean {
  return PICKING_OUT.test(w.tokens.squeezed(j - 1)) && w.same(j, j - 1);
}

/** Constructions with "you" at token k: "you useless lot", "you suck", "I hope you die". */
function youHits(w: Words, k: number, push: (rule: Hit["rule"], a: number, b: number) => void): void {
  const { tokens } = w;
  // "you useless lot", "you stupid woman", "you dishonest scumbag": an insulting adjective, then who is meant.
  let j = k + 1;
  while (j < k + 3 && w.is(j, F.intensifier) && w.same(k, j)) j += 1;
  if (w.is(j, F.negative) && !w.is(j, F.intensifier) && w.same(k, j + 1)) {
    const head = j + 1;
    const person = w.is(head, F.insult | F.dehumanising | F.target | F.profane) || ADDRESS_HEADS.test(tokens.squeezed(head));
    // "Did you see the dirty needles?": the adjective goes with a thing, after a verb: not "you <adjective> <noun>".
    if (person && !w.is(head, F.link) && !negatedBetween(w, k - 3, k)) push("you-adjective-noun", k, head);
  }
  // "you suck", "you really do suck", "you suck at this".
  let s = k + 1;
  while (s < k + 4 && BETWEEN_YOU_SUCK.test(tokens.squeezed(s)) && w.same(k, s)) s += 1;
  if (SUCK.test(tokens.squeezed(s)) && w.same(k, s) && !negatedBetween(w, k - 3, s)) {
    const after = s + 1 >= tokens.length || !w.same(s, s + 1) || AFTER_SUCK.test(tokens.squeezed(s + 1));
    if (after) push("you-suck", k, s);
  }
  // "I hope you die", "I wish you would rot", "hope you drop dead".
  let d = k + 1;
  while (d < k + 3 && w.is(d, F.modal | F.intensifier) && w.same(k, d)) d += 1;
  if (DEATH.test(tokens.squeezed(d)) && w.same(k, d) && (tokens.squeezed(d) !== "drop" || tokens.squeezed(d + 1) === "dead")) {
    const wish = tokens.find(k - 3, k, WISH);
    if (wish >= 0 && w.same(wish, k) && !negatedBetween(w, wish - 3, d)) push("death-wished", wish, d);
  }
}
