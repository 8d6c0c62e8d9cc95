import { negatedBetween, protectedGroup, type Hit, type Words } from "./words";
import { F } from "./features";

/**
 * Denying a protected group its place or its existence (Gwent 4.0 "insulting or demeaning
 * any person or group"; Warwickshire 3.1 "derogatory, discriminatory"): "<group> have no
 * right to exist", "<group> do not belong in this country". Said of a named person it is
 * an opinion about a job or a neighbourhood, so only a group counts.
 */
const EXIST = /^(?:exist|live|breathe|be|here|vote|work|marry)$/;

export function belongingHits(w: Words): Hit[] {
  const { tokens } = w;
  const hits: Hit[] = [];
  const groupBefore = (i: number) => {
    for (let k = i - 1; k >= Math.max(0, i - 6) && w.same(i, k); k -= 1) if (w.is(k, F.target) && protectedGroup(w, k)) return k;
    return -1;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!.squeezed;
    // "<group> have no right to exist / to be alive"
    if (t === "right" && tokens[i - 1]?.squeezed === "no" && tokens[i + 1]?.squeezed === "to" && EXIST.test(tokens[i + 2]?.squeezed ?? "")) {
      const k = groupBefore(i);
      if (k >= 0) hits.push({ subType: "demeaning", confidence: 0.8, start: tokens[k]!.start, end: tokens[i + 2]!.end });
    }
    // "<group> do not belong here / in this country / on this earth"
    if ((t === "belong" || t === "belongs") && negatedBetween(w, i - 4, i)) {
      const k = groupBefore(i);
      const where = tokens.slice(i + 1, i + 5).find((x) => /^(?:here|country|earth|planet|society|world|britain|england|wales|uk|town|city)$/.test(x.squeezed));
      if (k >= 0 && where) hits.push({ subType: "demeaning", confidence: 0.8, start: tokens[k]!.start, end: where.end });
    }
  }
  return hits;
}
