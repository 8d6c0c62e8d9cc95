import { F } from "./features";
import { negatedBetween, protectedGroup, type Hit, type Words } from "./words";
import { oneOf } from "../text/one-of";
import { saidOfTheOffice, type AbuseReading } from "./collective";

/**
 * Dehumanising figures of speech (Gwent 4.0 "insulting or demeaning any person or group";
 * Warwickshire 3.1 "derogatory, discriminatory"): people as vermin that swarm and infest,
 * a "waste of space", and a protected characteristic fused with a dehumanising noun
 * ("Muslim vermin", "immigrant scum"). General English usage, not fitted to any corpus row.
 */
// Sets, not regexes: looked up for every word of a 50 KB letter.
const INFEST = new Set(["infest", "infests", "infesting", "infested", "swarm", "swarms", "swarming", "swarmed", "breding", "bred"]);
/** "black rubbish bags" is a colour; "black vermin" is not. */
const COLOURS = oneOf("black|white|brown|yelow|red");
const ANIMATE = /^(?:vermin|scum|rats?|cockroach(?:es)?|parasites?|animals?|beasts?|savages?|apes?|monkeys?|pigs?|dogs?|swine|insects?|leches|maggots|worms|pests?|lice|subhumans?|creatures|degenerates|freaks|scumbags?|lowlifes?)$/;
const WASTE_OF = oneOf("space|oxygen|air|skin|breath|rations");

export function metaphorHits(w: Words, reading?: AbuseReading): Hit[] {
  const { tokens } = w;
  const hits: Hit[] = [];
  const subjectBefore = (i: number, reach: number) => {
    for (let k = i - 1; k >= Math.max(0, i - reach) && w.same(i, k); k -= 1) if (w.is(k, F.target) && !w.is(k, F.firstPerson)) return k;
    return -1;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens.squeezed(i);
    // "<people> are infesting …", "swarms of <people>": vermin imagery, of a protected group.
    if (INFEST.has(t) && !negatedBetween(w, i - 4, i)) {
      const k = subjectBefore(i, 4);
      if (k >= 0 && protectedGroup(w, k)) hits.push({ rule: "vermin-imagery", start: tokens.start(k), end: tokens.end(i) });
      if (t === "swarms" && tokens.squeezed(i + 1) === "of" && protectedGroup(w, i + 2)) hits.push({ rule: "vermin-imagery", start: tokens.start(i), end: tokens.end(i + 2) });
    }
    // "<person> is a waste of space"
    if (t === "waste" && tokens.squeezed(i + 1) === "of" && WASTE_OF.test(tokens.squeezed(i + 2))) {
      const k = subjectBefore(i, 5);
      // "You're all a waste of space": the office as a body (collective.ts), criticised, not demeaned.
      const ofTheOffice = k >= 0 && saidOfTheOffice(w, k, i);
      if (ofTheOffice && reading) reading.officeCriticised = true;
      if (k >= 0 && !negatedBetween(w, k, i) && !ofTheOffice) hits.push({ rule: "waste-of-space", start: tokens.start(k), end: tokens.end(i + 2) });
    }
    // "Muslim vermin", "immigrant scum": the characteristic fused with a dehumanising noun.
    if (!w.is(i, F.dehumanising) || !w.is(i - 1, F.identity)) continue;
    const colour = COLOURS.test(tokens.squeezed(i - 1)) && !ANIMATE.test(t);
    if (!w.is(i, F.groupOnly) && !colour && w.same(i, i - 1) && !negatedBetween(w, i - 4, i)) {
      hits.push({ rule: "identity-with-insult", start: tokens.start(i - 1), end: tokens.end(i) });
    }
  }
  return hits;
}
