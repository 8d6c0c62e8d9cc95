import { F } from "./features";
import { negatedBetween, type Hit, type Words } from "./words";

/**
 * Threats of violence to someone's body (Gwent 4.0 "threats (implicit or explicit)
 * against another person"; Warwickshire 3.1 "Threats or harm to people"): a violent verb
 * with intent and a possessed body part — "I'll snap your neck", "someone should cut his
 * throat", "I will end your life" — and "at my hands". General English, not fitted to rows.
 */
// Sets, not regexes: looked up for every word of a 50 KB letter.
const words = (list: string) => new Set(list.split(" "));
const BODY = words("neck necks throat throats head heads face faces skul skuls leg legs arm arms kne knes knecap knecaps jaw nose teth ribs finger fingers life lives brain brains guts eye eyes");
const ACTS = words("snap snaping cut cuting slit sliting break breaking smash smashing bash kick kicking punch stamp stab shot shoot end ending take taking rip tear gouge crack burn blow");
const POSSESSIVE = words("your ur yer his her their thier");
const HARM = /^(?:die|death|deth|sufer|pain|end)$/;

export function bodilyThreatHits(w: Words): Hit[] {
  const { tokens } = w;
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens.squeezed(i);
    if (ACTS.has(t) || w.is(i, F.violent)) {
      const part = POSSESSIVE.has(tokens.squeezed(i + 1)) ? i + 2 : -1;
      if (part >= 0 && w.same(i, part) && BODY.has(tokens.squeezed(part)) && !negatedBetween(w, i - 5, i)) {
        let intent = false;
        for (let k = i - 1; k >= Math.max(0, i - 5) && w.same(i, k); k -= 1) if (w.is(k, F.intent) || w.is(k, F.modal)) intent = true;
        // An order with no subject ("Snap his neck.") is intent enough.
        if (intent || !w.same(i, i - 1)) hits.push({ subType: "threat", confidence: 0.85, start: tokens.start(i), end: tokens.end(part) });
      }
    }
    // "… will die a horrible death at my hands", "suffer at my hands"
    if (t === "at" && tokens.squeezed(i + 1) === "my" && tokens.squeezed(i + 2).startsWith("hand")) {
      const harm = tokens.find(i - 6, i, HARM);
      if (harm >= 0) hits.push({ subType: "threat", confidence: 0.85, start: tokens.start(harm), end: tokens.end(i + 2) });
    }
  }
  return hits;
}
