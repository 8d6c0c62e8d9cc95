import { DEATH_IDIOM, FICTION, own, pastAndResolved, recovered, retracted } from "./concepts";
import { TOPIC } from "./fragments";
import { RISK_TO_LIFE } from "./refs";
import { phrases, type AlertRule, type RuleHit } from "./rule";

/**
 * Risk to life in plain or second-language words, and told of someone else (issue 10, risk-to-life recall): "I not want
 * to live more", "better for everybody if I am not here", "he says he wishes he was dead", "she'd rather be dead than have
 * her dad see them" — no act named, none of the usual phrases, each a wish to be dead said outright (Warwickshire 7.1 "a
 * risk to life"; 7.2 "irrespective of any contact strategy"). A story, a topic, a past told as over, or a remark taken
 * back keeps them clear.
 */
const notNow = (hit: RuleHit) => FICTION.test(hit.sentence) || TOPIC.test(own(hit)) || pastAndResolved(hit) || recovered(hit) || retracted(hit);
/** "I'd rather die than phone you again": a chore or the office, not a shame or a loss the person cannot face. */
const RATHER_THAN_A_CHORE = /\brather (?:be dead|die) than (?:go|phone|ring|call|write|wait|sit|pay|fill|deal|speak|talk|read|queue|wear|eat|vote|work|move|live (?:in|next|with))\b/;

export const HOPELESS_RULES: readonly AlertRule[] = [
  {
    id: "risk-to-life/wish-to-be-dead-plainly",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["live", "here", "world", "dead", "die"],
    pattern: phrases([
      // Second-language: "I not want live more", "I no want to live anymore".
      "i (?:not|no) want (?:to )?live (?:more|any ?more|no more|any longer)(?! than)",
      // "I think is better for everybody if I am not here", "better I am not here anymore in this world".
      "better (?:for (?:everybody|everyone|every one|all|my family|them|you all|the world) )?(?:if |when |that )?i (?:am|'m|will be|was|were) not (?:here|alive|in this world|living)(?! (?:on|at|for|during|when|while|until|in|to|as|because|with|till))",
      "(?:not|no more|no longer) (?:here|alive) (?:any ?more |no more )?in this world",
      // Told of someone else: "he says he wishes he was dead", "she'd rather be dead than have her dad see them".
      "(?:says|said|keeps saying|told (?:me|us|her|him)|texted|wrote)(?: that)? (?:he|she|they) (?:wishes|wished|wish) (?:he|she|they) (?:was|were) dead",
      "(?:says|said|keeps saying|told (?:me|us|her|him)|texted|wrote)(?: that)? (?:he|she|they)(?:'d| would) (?:rather|sooner) (?:be dead|die)",
    ]),
    unless: (hit) => notNow(hit) || RATHER_THAN_A_CHORE.test(own(hit)) || (DEATH_IDIOM.test(own(hit)) && !/\b(?:he|she|they)(?:'d| would) rather\b/.test(own(hit))),
    examples: {
      match: [
        "I not want to live more in this situation, I have the pills from doctor collect for many weeks.",
        "I stand at the train line now. I think is better for everybody if I am not here. Sorry.",
        "My son is 16 and has been blackmailed online. He says he wishes he was dead.",
        "My nephew is 14 and says he'd rather be dead than have it get out.",
      ],
      notMatch: [
        "I no want to live more than ten minutes from my mother, so please keep the hearing in Leamington.",
        "My husband says he'd rather die than phone your office again, so I am writing for him.",
        "It would be better for everyone if I am not here on the day of the panel, so please send the papers.",
        "In the novel the boy says he wishes he was dead, and the book club found it hard going.",
      ],
    },
  },
  {
    id: "risk-to-life/no-future-said",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    cues: ["nobody", "no", "christmas", "birthday", "anyone", "anybody", "everything", "miss"],
    pattern: phrases([
      // Nobody left to read a reply, no Christmas to see, a last letter to anyone, missed by nobody.
      "(?:there'?ll|there will) be (?:nobody|no one|no-one) (?:here |left |home )?to (?:read|open|answer) (?:it|this|them|your (?:reply|letter|answer|email))",
      "(?:don'?t|do not|dont|can'?t|cannot|cant) see (?:me|myself) (?:seeing|making it to|getting to|reaching) (?:christmas|the new year|new year|my birthday|spring|next (?:week|month|year))",
      "(?:last|final) (?:letter|email|message|thing) i (?:shall|will|'ll) (?:ever )?(?:write|send) to (?:anyone|anybody)",
      "last word on (?:the|this) matter,? and on everything",
      "(?:nobody|no one|no-one) (?:will|would|'ll|is going to) miss me(?! (?:if|at|when|for|in|on|while))",
    ]),
    // Away, moving or in hospital for a while: an absence with an end, not a life ending.
    unless: (hit) => notNow(hit) || /\b(?:away|holiday|abroad|until|till|before then|on leave|in hospital|moving|moved|new address)\b/.test(hit.sentence),
    examples: {
      match: [
        "I have written the notes for everyone tonight. Please don't reply, there'll be nobody to read it.",
        "mate ill be honest i dont see me seeing christmas. not after this.",
        "I am 78 years old. I have put the house in order. This is the last letter I shall write to anyone.",
        "I've nothing left, no job, no family talking to me. So consider this my last word on the matter, and on everything else as well.",
        "Nobody will miss me. Tell the council they can have the flat back.",
      ],
      notMatch: [
        "I'm away until February, so there'll be nobody to read your reply before then; please phone my daughter.",
        "Nobody will miss me at the AGM, so I'll send my apologies.",
        "I don't see myself making it to the new year meeting, the buses don't run that late.",
      ],
    },
  },
];
