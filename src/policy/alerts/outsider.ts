import { CHILD, RELATION } from "./fragments";
import type { RuleHit } from "./rule";

/**
 * Harm to an adult the writer is close to, done by someone outside the home: "my sister works at the pharmacy and a
 * customer threatened her", "my wife was pushed over in the car park by some lads". Domestic abuse is harm between people
 * personally connected (Domestic Abuse Act 2021 s.1–2: partners, ex-partners, relatives); a stranger's threat or blow to a
 * sister is a crime to report, not domestic abuse (Warwickshire 7.2 reviews contact for criminal matters and
 * safeguarding issues, and names each). The relation word ("my sister") named the victim, and the safeguarding rules read
 * it as the abuser or as a person at risk by nature.
 */

/** Someone outside the family, by what they are to the writer: a customer, some lads, a stranger, an officer. */
export const OUTSIDER =
  "(?:(?:a|an|some|two|three|four|five|\\d+|several|another|one|this|that|these|those|the same|the other|a couple of|a group of|a gang of) (?:[a-z'’-]+ ){0,2}?(?:customers?|man|men|woman|women|strangers?|lad|lads|boy|boys|girl|girls|guy|guys|bloke|blokes|fella|person|people|gang|youths?|teenagers?|drivers?|passengers?|patients?|clients?|punters?|shoppers?|group|kids|members? of the public|neighbours?|officers?|security guards?|bouncers?|thug|thugs|yobs?|shoplifters?|drunk|drunks)|someone|somebody|a stranger|strangers)";
/** A blow, a push or a threat: the harm a stranger does (not grooming or exploitation, which are safeguarding whoever does them). */
export const VIOLENCE =
  "(?:threaten\\w*|hit|hits|punch(?:ed|es)?|push(?:ed|es)?|shov(?:ed|es)|kick(?:ed|s)?|slap(?:ped|s)?|attack(?:ed|s)?|assault(?:ed|s)?|beat|beats|beaten|spat|shouted|swore|grabbed|headbutt(?:ed|s)?|glassed|stabbed|mugged|robbed|knocked|pulled a knife|abused|verbally abused)";
/** The outsider doing it ("a customer threatened her"), or it done by them ("was pushed by some lads"). */
const OUTSIDER_DOES = new RegExp(`\\b${OUTSIDER}(?: [a-z'’]+){0,4}? ${VIOLENCE}\\b|\\b${VIOLENCE}(?: [a-z'’]+){0,3}? by ${OUTSIDER}\\b`);
/** Someone at risk by their nature, whoever harms them: a child, an older or disabled adult. */
const AT_RISK_BY_NATURE = new RegExp(
  `\\b(?:${CHILD}|\\d+[- ]?(?:year[- ]old|yr old|years old)|elderly|pensioner|dementia|alzheimer'?s|disab\\w+|vulnerable|frail|housebound|autis\\w*|learning difficult\\w*|care home|nursing home|(?:in (?:his|her|their) )?(?:80s|90s|eighties|nineties)|(?:is|aged|she's|he's|now) (?:[7-9]\\d|1[01]\\d))\\b`,
);

/**
 * Whether the sentence tells harm done by an outsider to an adult (no child or adult at risk by nature named in it):
 * a crime told, not a safeguarding concern.
 */
export function harmByOutsider(sentence: string): boolean {
  return OUTSIDER_DOES.test(sentence) && !AT_RISK_BY_NATURE.test(sentence);
}

/** The relation named as the one harmed ("my wife was pushed", "my brother got hit"), not as the one who harms. */
const RELATION_HARMED = new RegExp(`\\b${RELATION}(?: [a-z'’]+){0,2}? (?:was|were|got) (?:[a-z]+ )?${VIOLENCE}\\b`);
/** Unless the abuser is named after it ("was hit by her husband"). */
const BY_A_RELATION = new RegExp(`\\bby (?:my|her|his|their|our|[a-z]+'s) (?:new |ex-|ex )?${RELATION}\\b`);

/**
 * Someone else's relation harming the writer ("my neighbour's son threatened me", "her husband swore at me in the shop"):
 * not the writer's household. A parent's partner is ("my mum's boyfriend hits me"), so only those outside it count.
 */
const OTHERS_RELATION_HARMS_WRITER = new RegExp(
  `^(?:(?:neighbour|neighbor|neighbours|friend|friends|cousin|colleague|boss)'s|her|his|their) (?:new |ex-|ex )?${RELATION}(?: [a-z'’,]+){0,8}? ${VIOLENCE} (?:me|us)\\b`,
);

/**
 * A domestic-harm hit whose relation is the victim of an outsider ("my sister works at the pharmacy and a customer
 * threatened her", "my wife was pushed over at the match"), not the abuser: judged on the hit and its sentence.
 */
export function relationHarmedByOutsider(hit: RuleHit, sentence: string): boolean {
  const matched = hit.text.slice(hit.start, hit.end);
  if (BY_A_RELATION.test(hit.text.slice(hit.start, hit.end + 80))) return false;
  return OUTSIDER_DOES.test(matched) || OTHERS_RELATION_HARMS_WRITER.test(matched) || (RELATION_HARMED.test(matched) && !AT_RISK_BY_NATURE.test(sentence.replace(/\b(?:son|daughter|sons|daughters)\b/g, " ")));
}
