import { negatedBetween, protectedGroup, type Hit, type Words } from "./words";
import { F } from "./features";
import { oneOf } from "../text/one-of";

/**
 * Denying a protected group its place or its existence (Gwent 4.0 "insulting or demeaning
 * any person or group"; Warwickshire 3.1 "derogatory, discriminatory"): "<group> have no
 * right to exist", "<group> do not belong in this country". Said of a named person it is
 * an opinion about a job or a neighbourhood, so only a group counts.
 */
const EXIST = oneOf("exist|live|breathe|be|here|vote|work|marry");
const PLACES = oneOf("here|country|earth|planet|society|world|britain|england|wales|uk|town|city");

export function belongingHits(w: Words): Hit[] {
  const { tokens } = w;
  const hits: Hit[] = [];
  const groupBefore = (i: number) => {
    for (let k = i - 1; k >= Math.max(0, i - 6) && w.same(i, k); k -= 1) if (w.is(k, F.target) && protectedGroup(w, k)) return k;
    return -1;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens.squeezed(i);
    // "<group> have no right to exist / to be alive"
    if (t === "right" && tokens.squeezed(i - 1) === "no" && tokens.squeezed(i + 1) === "to" && EXIST.test(tokens.squeezed(i + 2))) {
      const k = groupBefore(i);
      if (k >= 0) hits.push({ rule: "denied-existence", start: tokens.start(k), end: tokens.end(i + 2) });
    }
    // "<group> do not belong here / in this country / on this earth"
    if ((t === "belong" || t === "belongs") && negatedBetween(w, i - 4, i)) {
      const k = groupBefore(i);
      const where = tokens.find(i + 1, i + 5, PLACES);
      if (k >= 0 && where >= 0) hits.push({ rule: "denied-belonging", start: tokens.start(k), end: tokens.end(where) });
    }
  }
  return hits;
}
