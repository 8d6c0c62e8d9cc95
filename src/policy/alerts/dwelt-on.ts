import { FICTION, own, pastAndResolved, PROFESSIONAL, recovered } from "./concepts";
import { TOPIC } from "./fragments";
import { RISK_TO_LIFE } from "./refs";
import { together, type AlertRule, type RuleHit } from "./rule";

/**
 * A means of dying, and the writer (or someone they tell of) dwelling on it: sat looking at the gun cabinet "more than a man
 * should", the rope in the garage looked at all week, the bridge kept looking at on the sat nav, a knife held to the wrist
 * at night (issue 10, risk-to-life recall: training mail from farmers, drivers and the bereaved said it this way, in dialect
 * and plain English, and named no act). Public guidance on suicide warning signs (Samaritans, NHS, Zero Suicide Alliance)
 * names preoccupation with a means as a sign of a plan. Warwickshire 7.1 "a risk to life"; 7.2 "irrespective of any contact
 * strategy". A means alone is a sign (combine.ts); the looking, dwelt on, makes it a plan being rehearsed.
 */

/** The means, as writers name them: a gun, a ligature, tablets, a blade, a height or a line. */
const MEANS = [
  "gun", "guns", "shotgun", "rifle", "gun cabinet", "rope", "noose", "belt", "cord", "ligature", "hose", "hosepipe",
  "pills", "tablets", "meds", "painkillers", "paracetamol", "morphine", "knife", "blade", "blades", "razor", "stanley knife",
  "bridge", "viaduct", "footbridge", "railway line", "tracks", "level crossing", "cliff", "cliffs", "quarry", "multi[- ]?storey",
];
/** Where a gaze stops: the end of the clause, or how long and how often, not a noun the object qualifies ("the bridge plans"). */
const STOP = "(?= *(?:[.!?,;\\n]|$| (?:more|for|every|each|all|at|again|on|in|from|till|until|while|and|most|some|these|this|last|near|half|an|a|every)\\b))";
/** The looked-at thing: "it", "them" (and their dialect forms), or a means or the water below it, by name. */
const OBJECT = `(?:it|them|dem|em|'em|the (?:water|drop|edge|line|trains|${MEANS.join("|")}))${STOP}`;
/** Dwelling on it: sat or stood looking, kept looking, more than one should, a long time, held against oneself. */
const DWELT = [
  `(?:sat|sit|sits|sitting|sittin|stood|stand|standing|been|keep|keeps|kept|spent|spend|spending|spendin|find myself|found myself)(?: [a-z']+){0,8}? (?:looking|lookin|staring|starin|gazing|looked|stared) at ${OBJECT}`,
  `(?:looking|lookin|staring|starin|looked|stared) at ${OBJECT}(?: [a-z']+){0,4}? more than (?:i|a man|a woman|anyone|anybody|a person|somebody|someone|he|she)(?: [a-z']+)? (?:should|ought|would|'d|like)`,
  "(?:with|had|has|got) (?:it|the gun|the shotgun|the rifle|the knife|my gun) (?:across|on) (?:my|his|her) (?:knees|lap)",
  "(?:keep|keeps|kept|been|started|start) (?:holding|pressing|putting) (?:it|the knife|the blade|the razor|the knife's edge) (?:against|to|on) (?:my|his|her) (?:wrist|wrists|throat|neck|arm|arms|head|temple|chest)",
];
/** Looking at things for a purpose, or for pleasure: a dose checked, a view, a job, a safety worry. */
const EVERYDAY =
  /\b(?:chemist|pharmac\w*|prescri\w*|dose|dosage|dosette|gp|doctor|which (?:one|ones)|label|instructions|view|lovely|beautiful|sunset|fireworks|boats?|ducks|swans|birds|trains? (?:go|going|pass|passing)|the kids|with the dog|plans|planning application|consultation|survey|repair\w*|fix\w*|mend\w*|safety|dangerous|hazard|rust\w*|crumbling|graffiti|licen[cs]e (?:renewal|application|form)|to buy|for sale|price|catalogue|website|online shop|clean\w*|shooting (?:club|season|range)|clay)\b/;

/** A story, a professional's caseload, a topic, a past recovered from, or everyday looking: no life at risk now. */
const notDwelling = (hit: RuleHit) => FICTION.test(hit.sentence) || PROFESSIONAL.test(hit.sentence) || TOPIC.test(own(hit)) || EVERYDAY.test(hit.sentence) || pastAndResolved(hit) || recovered(hit);

export const DWELT_ON_RULES: readonly AlertRule[] = [
  {
    id: "risk-to-life/means-dwelt-on",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    scope: "sentence",
    writersOwn: true,
    cues: ["looking", "lookin", "staring", "starin", "gazing", "looked", "stared", "knees", "lap", "holding", "pressing", "putting"],
    pattern: together(MEANS, DWELT),
    unless: notDwelling,
    examples: {
      match: [
        "The gun cabinet is in the back kitchen and I've been looking at it more than I should these nights.",
        "There's a rope in the garage and I've spent more time looking at it this week than I'd like to admit.",
        "Theres a bridge a mile up the road and I keep looking at it on the map.",
        "Da pills is on da table in front o me an I'm jöst sittin lookin at dem.",
        "Since the funeral I go down to the viaduct at night. Last night I stood there near on an hour looking at the drop.",
        "They gave me back his knife. I keep holding it against my wrist at night.",
        // Paraphrases no row says: told of someone else, and in plain words.
        "My dad has had his shotgun out of the cabinet and sits up every night with it across his knees.",
        "I have a bottle of my mum's old morphine and I've found myself staring at it most nights.",
      ],
      notMatch: [
        "I sat looking at the tablets for ages trying to work out which ones the chemist had changed.",
        "We stood on the bridge for an hour looking at the fireworks over the river.",
        "I keep looking at the bridge plans for the bypass and I still can't see where the cycle lane goes.",
        "The rope swing over the canal is frayed and I keep looking at it every time I pass; it's dangerous.",
        "In the film he sits looking at the gun on the table all night.",
        "Years ago I used to sit looking at my tablets every night, but with help I'm in a much better place now.",
        "I'd top myself if Town get relegated, I've been staring at the league table all week.",
      ],
    },
  },
];
