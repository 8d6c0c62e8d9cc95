import { REVIEW_ALL_CONTACT } from "./refs";
import { together, type AlertRule } from "./rule";
import { notNowAtRisk } from "./safeguarding";

/**
 * An abuser let out and coming back (issue #10 safeguarding, "domestic abuse"): "my ex has been released from prison and
 * he's coming back to the area", "the man who stabbed me is being released on Friday and he'll be living two streets
 * away". Release is a known point of danger in domestic-abuse risk assessment (DASH: separation, escalation, an abuser's
 * return); the writer names no new act, so the abuse rules found nothing. Warwickshire 7.2: all contact reviewed for
 * safeguarding issues irrespective of any contact strategy. Each part is a class: who (a partner or ex, an abuser, the one
 * who hurt the writer), let out (released, out on licence, gets out), and near or feared (coming back, round the corner,
 * coming for me, scared).
 */

const ABUSER = [
  "(?:my|her|his|our) (?:violent |abusive )?(?:ex|ex-partner|ex partner|ex-husband|ex husband|ex-boyfriend|ex boyfriend|ex-wife|ex-girlfriend|abuser|stalker|attacker|rapist)",
  "the (?:man|woman|person|lad|guy|bloke) who (?:attacked|stabbed|raped|beat|abused|hurt|assaulted|stalked|strangled|battered) (?:me|her|him|my [a-z]+)",
];
const LET_OUT = [
  "(?:been |being |was |is |gets |got |getting |to be )?(?:released|let out|freed)", "(?:gets|got|getting|get|is|'s|he's|she's|comes|coming) out(?: of (?:prison|jail|custody))?(?: (?:next|this|on|in|last|today|tomorrow))",
  "out (?:of (?:prison|jail)|on (?:licence|license|parole|bail))", "(?:coming|came) out of (?:prison|jail)",
];
const NEAR_OR_FEARED = [
  "coming (?:back|home|for me|after me|round)", "come (?:back|for me|after me|round)", "back (?:in|to) (?:the area|town|the village|the estate|the street)", "mov(?:ed|ing|es) back", "living (?:near|nearby|close|round the corner|two streets|next door|down the road|in the same)",
  "round the corner", "streets? away", "down the road", "find me", "knows where (?:i|we) live", "turn(?:ed|s)? up", "(?:scared|terrified|frightened|afraid|petrified)", "told (?:people|everyone|his mates|her mates) (?:he's|she's|he is|she is)",
];

const ELSEWHERE = /\b(?:hospital|contract|ward|rehab|clinic|army|duties|job|work|furlough|the (?:club|team|band|label))\b/;
const CUSTODY = /\b(?:prison|jail|gaol|custody|licence|license|parole|bail|hmp|sentence|inside)\b/;

export const ABUSER_RELEASED_RULES: readonly AlertRule[] = [
  {
    id: "safeguarding/abuser-released",
    kind: "safeguarding",
    policyRef: REVIEW_ALL_CONTACT,
    scope: "sentence",
    cues: ["released", "freed", "out", "let"],
    pattern: together(ABUSER, LET_OUT, NEAR_OR_FEARED),
    // Released from a hospital, a contract or the army: not let out of custody.
    unless: (hit) => notNowAtRisk(hit) || (ELSEWHERE.test(hit.sentence) && !CUSTODY.test(hit.sentence)),
    examples: {
      match: [
        "My ex has been released from prison and he's coming back to the area. He broke my jaw last time.",
        "My ex gets out of prison next week and he's told people he's coming for me.",
        "The man who stabbed me is being released on Friday and he'll be living two streets away.",
        "My ex-partner was let out last month and has moved back in with his mum round the corner from me.",
      ],
      notMatch: [
        "My ex has been released from his contract and is moving back to Leeds for work, so the child arrangements will change.",
        "My ex was released from hospital yesterday and is coming home to his mum's; I'm glad he's on the mend.",
      ],
    },
  },
];
