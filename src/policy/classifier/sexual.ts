import type { Hit } from "./words";

/**
 * Sexual remarks and propositions aimed at the reader: harassment of staff (Warwickshire
 * 3.1 "Harassment, intimidation"; Gwent 4.0 "harassment"). Only words addressed to "you"
 * count, so a person reporting a sexual offence against them ("he sent me naked photos")
 * is never flagged. Bounded alternations over the folded text: linear.
 */
const SEXUAL_REMARKS = new RegExp(
  [
    "\\b(?:are|r) (?:you|u) (?:horny|naked|a virgin|single and horny)\\b",
    "\\b(?:you|u)(?:'re| are| r|re) (?:so |very |really )?(?:sexy|horny|fit as fuck)\\b",
    "\\b(?:sleep|have sex|hook up) with me\\b",
    "\\b(?:show|send) (?:me )?(?:your|ur) (?:tits|boobs|breasts|body|nudes|naked|dick|cock|pussy|arse|ass)\\b",
    "\\bsend (?:me )?nudes\\b",
    "\\b(?:your|ur) (?:tits|boobs|arse|ass) (?:are|is|look)\\b",
    "\\b(?:your|ur) sex life\\b",
    "\\b(?:suck|lick) my (?:dick|cock|balls)\\b",
    "\\bsit on my (?:face|dick|cock|lap)\\b",
  ].join("|"),
  "g",
);

export function sexualHits(folded: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of folded.matchAll(SEXUAL_REMARKS)) hits.push({ subType: "harassment", confidence: 0.75, start: m.index, end: m.index + m[0].length });
  return hits;
}
