import type { TextSpan } from "../classifier/types";
import { REVIEW_ALL_CONTACT } from "./refs";
import { ALERT_KINDS, type Alert, type AlertGuidance, type AlertKind } from "./types";

/** The rule a crime beside a safeguarding concern is named by (detect.ts raises it for a rule's own words too). */
export const ABUSE_CRIME_RULE = "crime/abuse-is-a-crime";

/**
 * What another person does to someone at risk that is itself a crime, in the words a worried relative, neighbour or
 * professional uses: violence and its marks, sexual abuse and grooming, exploitation (drugs run or sold, work unpaid,
 * papers kept, money owed, cuckooing, trafficking), threats, confinement and control, theft and fraud (money, cards,
 * a pension, "£14,000 for the roof"), an image shared. Not harm someone does to themselves, going missing or
 * wandering: a self-harming teenager or a missing man with dementia is a safeguarding concern and no crime.
 */
const DONE_BY_ANOTHER = new RegExp(
  `(?:\\b(?:${[
    "hits?", "hitting", "beat(?:s|en|ing)?", "punch\\w*", "kick(?:s|ed|ing)? (?:him|her|them|me)", "strangl\\w*", "chok(?:ed|es|ing)", "slap\\w*", "shook", "shak(?:es|ing) (?:him|her|the baby)",
    "grab(?:s|bed)? (?:him|her|me|them)", "hurt(?:s|ing)? (?:him|her|them|me|the)", "bruis\\w*", "black eye", "stab\\w*", "burnt", "(?:a|the) gun", "knife", "gone for", "bit", "bitten",
    "rap(?:e|ed|es|ing)", "sexual\\w*", "touch(?:es|ed|ing)", "secret games", "comes? in(?:to)? (?:my|her|his) (?:room|bed|bedroom)", "indecent\\w*", "expos(?:ed|ing) (?:him|her)self", "nudes?",
    "(?:photos|pictures|images|videos?) (?:of (?:her|him|them)|for)", "asked (?:her|him|them|boys|girls) for (?:photos|pictures)", "filming", "groom\\w*", "posted (?:the|my|her|his) (?:pictures|photos|videos)", "send them", "unless (?:she|he|i)",
    "exploit\\w*", "traffick\\w*", "modern slavery", "cuckoo\\w*", "county lines", "(?:sell|selling|deal|dealing) (?:drugs|from)", "to (?:sell|deal) from", "sells? to", "carry(?:ing)? (?:packages|parcels|drugs|bags)", "drugs",
    "(?:don'?t|doesn'?t|never) (?:get )?paid", "(?:keeps?|kept|took|taken|has|holds?) (?:their|his|her|my) (?:papers|passports?|documents)", "passports?", "owes?", "what you owe", "lends?", "hand(?:s|ing)? over",
    "makes? (?:her|him|them) ['‘]?(?:work|do|sleep|have sex)", "(?:made|being made|forced) to", "forced", "(?:a man|men|he|they) pays? (?:cash|them|her|him)", "older (?:men|man|lads|boys)", "men in their",
    "(?:boyfriend|partner|fella|man) (?:who is|is|aged) (?:1[89]|[2-9]\\d)", "in his (?:20s|30s|40s|twenties|thirties|forties)",
    "threat\\w*", "(?:i'?ll|he'?ll|she'?ll|they'?ll|will|would|going to) (?:kill|hurt|find|take|come)", "end up like", "knows where", "'?unalive'?", "bullied", "sends? (?:me )?messages", "sending (?:me )?messages",
    "take (?:her|him|them|our (?:son|daughter|kids|children)|the (?:kids|children)) (?:to|abroad|away|where)", "taking (?:her|him|them|our (?:son|daughter)) to",
    "locks? (?:him|her|them|me) (?:in|up|out)", "locked (?:in|up|her|him)", "won'?t let (?:him|her|them|me)", "not allowed", "controls?", "controlling", "checks? (?:my|her|his) (?:phone|messages)", "reads? my (?:emails|messages|texts)",
    "sedat\\w*", "not on (?:his|her) prescription", "strip[- ]search\\w*", "breach\\w*", "bail", "non-molestation", "court order", "turned up at", "won'?t leave", "broke in", "break[- ]in", "attack\\w*", "assault\\w*", "abus\\w*",
    "taking (?:his|her|their) (?:money|card|pension|benefits)", "(?:bank|pension|debit) card", "(?:his|her|their) (?:money|pension|savings|benefits|account)", "cash", "money", "paid", "pays", "demanding", "drawn out", "sign(?:ed)? over",
    "(?:car|house) (?:has been|was) sold", "scam\\w*", "fraud\\w*", "fake", "conned", "lost everything", "thousands", "gift cards?", "loan", "in (?:his|her|my) name", "steal\\w*", "stole\\w*", "theft", "give it back",
    "messag\\w* (?:her|him|them|boys|girls)", "asking (?:her|him) to (?:meet|come)", "offering (?:her|him) (?:vapes|drugs|alcohol|money|a lift)",
    "(?:vapes|alcohol|drink|cigarettes|gifts|presents|a phone|new phones?|trainers|money) (?:from|off) (?:a|an|older|the) (?:man|men)", "running (?:my|her|his|their) (?:number plate|plate|name)", "police computer",
  ].join("|")})\\b|£\\d)`,
  "g",
);

/**
 * A safeguarding concern whose harm another person does is a crime as well (Warwickshire 7.2 "criminal matters or
 * safeguarding issues"; issue 10 crime: "a crime against them or that they witnessed"): a child groomed, a father with
 * dementia whose lodger takes his pension, a girl made to carry packages. The safeguarding alert — a rule's or the
 * learned scorer's — stands; beside it, when no crime alert was raised, a crime alert shows the words that name what was
 * done (at most `most`). `folded` is the text the rules read; `span` maps a range of it back to what was written.
 */
export function crimeBesideSafeguarding(alerts: readonly Alert[], folded: string, span: (start: number, end: number) => TextSpan, guidance: (kind: AlertKind) => AlertGuidance, most = 3): readonly Alert[] {
  if (!alerts.some((a) => a.kind === "safeguarding") || alerts.some((a) => a.kind === "crime")) return alerts;
  DONE_BY_ANOTHER.lastIndex = 0;
  const evidence = [];
  for (let m = DONE_BY_ANOTHER.exec(folded); m && evidence.length < most; m = DONE_BY_ANOTHER.exec(folded)) {
    evidence.push({ span: span(m.index, m.index + m[0].length), rule: ABUSE_CRIME_RULE, policyRef: REVIEW_ALL_CONTACT });
  }
  DONE_BY_ANOTHER.lastIndex = 0;
  if (!evidence.length) return alerts;
  const crime: Alert = { kind: "crime", rules: [ABUSE_CRIME_RULE], evidence, guidance: guidance("crime") };
  return [...alerts, crime].sort((a, b) => ALERT_KINDS.indexOf(a.kind) - ALERT_KINDS.indexOf(b.kind));
}
