import { F } from "./features";
import type { Words } from "./words";
import { oneOf } from "../text/one-of";

/*
 * Criticism of the office as a body (test/corpus/office-mail/dev.md: "Criticism of an organisation is not abuse. 'your
 * staff are useless', 'a shambles' … are acceptable"; Gwent 2.0 "forceful or determined"; Warwickshire 1, the PCC is
 * publicly accountable). "You are a bunch of useless, lazy pen-pushers", "Useless, the lot of you", "You people make me
 * sick", "You're all a waste of space": said of everyone there, no one person. Swearing at them (Gwent 4.0 "swearing or
 * other offensive language"), slurs, dehumanising words and anything about who they are stay abuse, each by its own rule.
 */

/** Squeezed forms, as tokens are: "all" is "al", "y'all" "yal". */
const YOU = oneOf("you|u|ya|ye|youre|your|ur|yor");
const ARE = oneOf("are|r");
/** The office's people by what they are there: "your staff", "the office", "this department". */
const OFFICE = oneOf("ofice|staff|department|team|organisation|organization|caseworkers|oficers|force");
const THE_OR_YOUR = oneOf("the|your|ur|this|that|whole|you");
const LOT_OR_PEOPLE = oneOf("lot|people|shower");
const WHOLE_LOT = oneOf("youse|yous|yal|yals");
/** How far either side the sentence is read: a long sentence's far end is another thought. */
const REACH = 20;

/**
 * Whether the words from `from` to `to` are said of the office as a body: their sentence (read up to REACH words either
 * side) says so ("You are a bunch of useless pen-pushers and you make me sick": the second "you" is the bunch).
 */
export function saidOfTheOffice(w: Words, from: number, to: number): boolean {
  const { tokens } = w;
  let you = false;
  let bunch = false;
  for (let k = Math.max(0, from - REACH); k <= to + REACH && k < tokens.length; k += 1) {
    if (!w.same(from, k)) continue;
    const t = tokens.squeezed(k);
    const before = tokens.squeezed(k - 1);
    const after = tokens.squeezed(k + 1);
    const joined = w.same(k, k - 1);
    if (YOU.test(t)) you = true;
    if (t === "bunch" && after === "of") bunch = true;
    if (WHOLE_LOT.test(t)) return true;
    // "you lot", "your lot", "you people", "the lot of you".
    if (LOT_OR_PEOPLE.test(t) && joined && (YOU.test(before) || (t === "lot" && after === "of" && YOU.test(tokens.squeezed(k + 2))))) return true;
    // "your staff", "the office", "this department".
    if (OFFICE.test(t) && joined && THE_OR_YOUR.test(before)) return true;
    // "you're all", "you are all", "all of you", "every one of you".
    if (t === "al" && joined && (YOU.test(before) || (ARE.test(before) && YOU.test(tokens.squeezed(k - 2))))) return true;
    if ((t === "al" || t === "one") && after === "of" && YOU.test(tokens.squeezed(k + 2))) return true;
  }
  // "You are a bunch of useless pen-pushers": a bunch said to the reader is the office.
  return you && bunch;
}

/** Words that are abuse whoever they are said of: swearing, slurs, dehumanising words, identity. */
export const ABUSE_WHOEVER = F.profane | F.slur | F.dehumanising | F.identity;

/** What the abuse rules read besides their hits: whether they set aside criticism of the office as a body. */
export interface AbuseReading {
  officeCriticised: boolean;
}
