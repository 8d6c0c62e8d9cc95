import { DEATH_IDIOM, FICTION, own, pastAndResolved, PROFESSIONAL, recovered } from "./concepts";
import { RISK_TO_LIFE } from "./refs";
import { phrases, type AlertRule, type RuleHit } from "./rule";

/**
 * A means of dying named with what it is for, rather than the act itself (issue 10, risk-to-life recall on mail nobody
 * had read): the rope that "isn't for the car", the belt someone has been "practising" with, tablets counted over and
 * over. Public guidance on suicide warning signs (Samaritans, NHS, Zero Suicide Alliance) names getting the means and
 * rehearsing its use as signs of a plan. Warwickshire 7.1 "a risk to life"; 7.2 "irrespective of any contact strategy".
 */

/** Things people end their lives with, as a writer names them. */
const MEANS =
  "(?:rope|ropes|belt|cord|cable|flex|ligature|noose|hose|hosepipe|shotgun|gun|rifle|pills|tablets|paracetamol|painkillers|petrol|blade|blades|razor|knife)";
/** The everyday job such a thing is otherwise for. */
const EVERYDAY_USE = "(?:the|my|a|his|her) (?:car|van|garden|shed|washing|boat|dog|caravan|job|work|kitchen|trousers|headache|back|pain|mower|lawn|farm|rabbits|foxes|vermin)";

/** A film, a professional's caseload, an idiom, a crisis long over: not a life at risk now. */
const notNow = (hit: RuleHit) => FICTION.test(own(hit)) || PROFESSIONAL.test(own(hit)) || DEATH_IDIOM.test(own(hit)) || pastAndResolved(hit) || recovered(hit);

export const MEANS_MEANT_RULES: readonly AlertRule[] = [
  {
    id: "risk-to-life/means-not-for-its-use",
    kind: "risk-to-life",
    policyRef: RISK_TO_LIFE,
    writersOwn: false,
    cues: ["rope", "ropes", "belt", "cord", "cable", "flex", "ligature", "noose", "hose", "hosepipe", "shotgun", "gun", "rifle", "pills", "tablets", "paracetamol", "painkillers", "petrol", "blade", "blades", "razor", "knife", "practising", "practicing", "practised", "practiced", "counting"],
    pattern: phrases([
      // The means, then its everyday use denied: "a rope in the garage and it's not for the car".
      `${MEANS}(?: [a-z']+){0,8}? (?:and )?(?:it|they|that)?(?:'s| is| are|'re|s)? ?(?:not|isn't|isnt|aren't|arent|ain't) (?:for|meant for) ${EVERYDAY_USE}`,
      // Rehearsal with a ligature: "practising with a belt on the banister".
      "(?:practis|practic)(?:ing|ed|es|e) (?:with )?(?:a|the|my|his|her|their) (?:belt|rope|cord|cable|flex|scarf|ligature|noose|dressing gown cord)(?![ -]?(?:sander|saw|grinder|drive|buckle|knot|course|class|lesson))",
      // Counting tablets over and over, one's own or someone's at home: "I keep counting them", "sat counting mum's tablets".
      "(?:keep|keeps|kept|been|sat|sit|sitting|am|i'm|im|is|was)(?: [a-z]+){0,3}? counting (?:them|(?:the|my|her|his|their|mum's|mums|dad's|dads|[a-z]+'s) (?:[a-z]+ )?(?:pills|tablets|paracetamol|painkillers))",
    ]),
    // A dosette box filled, a carer's round, a job with a gun licence: the everyday counting and keeping of things.
    unless: (hit) => notNow(hit) || /\b(?:dosette|blister pack|pharmac\w*|chemist|carer'?s? (?:round|visit)|stock ?take|inventory|licen[cs]e|shoot(?:ing)? (?:club|season)|for work)\b/.test(own(hit)),
    examples: {
      match: [
        "There is a length of rope in the loft now and it is not for the washing.",
        "My son showed me he has been practising with a belt on the banister.",
        "I sit up every night counting the tablets in the bathroom cabinet.",
        "He's got his shotgun out of the cabinet and it isn't for the foxes, he says.",
      ],
      notMatch: [
        "The rope in the shed is for the boat, so please don't report it as abandoned.",
        "I'm counting the tablets into mum's dosette box for the week as the pharmacist showed me.",
        "He has been practising with a belt sander for his carpentry course.",
        "The film opens with a man practising with a rope for a stunt.",
      ],
    },
  },
];
