import { F } from "./features";
import { linkedTarget, negatedBetween, type Hit, type Words } from "./words";

/**
 * Insults that target someone's age or sex (Gwent 4.0 "insulting or demeaning any person
 * or group, including anything that targets race, age, sex, gender …"; Warwickshire 3.1
 * "Abuse, derogatory, discriminatory … remarks"): a belittling word with a word for an age
 * or a sex — "you stupid old woman", "a senile old fool", "silly little girl", "you old
 * fool" — said to the reader or of someone else.
 *
 * A word for an age or a sex alone is no insult ("my old mum is 80", "the woman at the
 * counter was very helpful"), and nor is what the writer says of themselves ("I'm an old
 * fool for trusting them"): the writer is not a target (words.ts linkedTarget).
 */
// Sets, not regexes: looked up for every word of a 50 KB letter. Squeezed, as tokens hold them ("silly" → "sily").
const words = (list: string) => new Set(list.split(" "));
/** Belittling words for someone's age, mind or temper that are not in the lexicon's negative adjectives: "senile", "silly". */
const BELITTLING = words("senile decrepit dodering dodery geriatric sily daft dozy dopey hysterical baty doty dim");
/** Words for an age or a size that put someone down with a belittling word: "stupid old …", "silly little …". */
const AGE = words("old litle young"); // squeezed, as tokens hold them ("little" → "litle")
/** A vocative "you" before the insult: "you stupid old woman". */
const YOU = words("you u ya ye");
const WHAT_A = words("what");
const ARTICLES = words("a an");

export function belittlingHits(w: Words): Hit[] {
  const { tokens } = w;
  const hits: Hit[] = [];
  for (let h = 0; h < tokens.length; h += 1) {
    if (!w.is(h, F.insult | F.ageOrSex)) continue;
    const insult = w.is(h, F.insult) && !w.is(h, F.intensifier);
    const ageOrSex = w.is(h, F.ageOrSex);
    // Back from the head: an age word, then a belittling word ("senile old fool", "stupid woman").
    let k = h - 1;
    const aged = AGE.has(tokens.squeezed(k)) && w.same(h, k);
    if (aged) k -= 1;
    // Conduct words ("a violent man", "a dishonest man") are allegations to hear (Gwent 3.0), not insults by sex.
    const belittled = w.same(h, k) && (BELITTLING.has(tokens.squeezed(k)) || (w.is(k, F.negative) && !w.is(k, F.intensifier | F.groupOnly)));
    if (belittled) k -= 1;
    // An insult by sex needs the belittling word ("stupid woman"); by age, the age word does with an insult ("old fool").
    if (!(belittled && (aged || ageOrSex)) && !(aged && insult)) continue;
    const start = k + 1;
    // Said to the reader ("you stupid old woman"), of someone ("your caseworker is a senile old fool"), or as a label ("what a silly old cow").
    const you = YOU.has(tokens.squeezed(k)) && w.same(h, k);
    const labelled = ARTICLES.has(tokens.squeezed(k)) && WHAT_A.has(tokens.squeezed(k - 1)) && w.same(h, k - 1);
    const target = you || labelled ? -1 : linkedTarget(w, start, true);
    const from = you ? k : labelled ? k - 1 : target;
    if (from >= 0 && !negatedBetween(w, from - 2, h)) hits.push({ rule: "belittled-by-age-or-sex", start: tokens.start(from), end: tokens.end(h) });
  }
  return hits;
}
