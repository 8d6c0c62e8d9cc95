import { inLawfulSentence } from "./lawful";
import type { Hit } from "./words";

/**
 * Threats and harassment that are carried by a phrase rather than a violent verb:
 * Gwent 4.0 "threats (implicit or explicit)"; Warwickshire 3.1 "Stalking (in person or
 * online)", "Harassment, intimidation or threats". Bounded alternations: linear in the text.
 */
const IMPLICIT_THREATS = new RegExp(
  [
    "i know where (?:you|u|your family|your kids|your children|he|she) (?:live|lives|work|works|go|goes)",
    "watch your back",
    "(?:you|u)(?:'ll| will| are going to|'re going to| gonna) (?:regret|be sorry|pay for|pay)",
    "i(?:'ll| will| am going to|'m going to| am gonna|'m gonna) make (?:you|u|them|him|her) (?:pay|suffer|regret|sorry)",
    "your days are numbered",
    "something (?:bad|nasty|terrible) (?:will|might|could|is going to) happen",
    "you won'?t know what hit",
    "(?:i|we)(?:'ll| will) (?:be waiting|come for you|come round|come down there|find you|get you|get even)",
    "see (?:you|u) outside",
    "(?:keep|better keep) looking over your shoulder",
    "(?:your|ur) (?:family|kids|children|wife|husband|house|car|home) (?:won'?t|will not|might not|isn'?t|aren'?t) (?:be )?safe",
    "accidents happen",
  ].join("|"),
  "g",
);

const STALKING = new RegExp(
  [
    "(?:found|find|seen|saw|looked at|looked up|tracked down) (?:your|ur) (?:facebook|instagram|twitter|tiktok|linkedin|profile|address|home|house|kids|children|family|car|number)",
    "(?:found|tracked) (?:you|u) (?:on|online|through) ",
    "(?:i|we)(?:'ve| have)? (?:been )?(?:watching|following|followed) (?:you|u|your)",
    "i (?:saw|seen) (?:you|u) (?:at|in|leaving|outside|with|walking|going)",
    "outside (?:your|ur) (?:house|home|office|work|kids'? school)",
    "(?:post|publish|share|put) (?:your|ur) (?:address|details|photo|picture|number|home address) (?:online|on facebook|on social media|everywhere)",
    "where (?:your|ur) (?:kids|children) go to school",
  ].join("|"),
  "g",
);

/** Implicit threats that a lawful route can explain ("you will pay", "you'll regret", "you'll be sorry"); "I know where you live" never is. */
const LAWFUL_ANSWERABLE = /regret|sorry|pay/;

export function phraseHits(folded: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of folded.matchAll(IMPLICIT_THREATS)) {
    // "You'll regret this when it's in the papers", "you will pay for this in court": a lawful route, not a threat.
    if (!LAWFUL_ANSWERABLE.test(m[0]) || !inLawfulSentence(folded, m.index, m.index + m[0].length)) {
      hits.push({ subType: "threat", confidence: 0.75, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of folded.matchAll(STALKING)) hits.push({ subType: "harassment", confidence: 0.8, start: m.index, end: m.index + m[0].length });
  return hits;
}
