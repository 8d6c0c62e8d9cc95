import type { Rule } from "./rule";

const persistent = { category: "persistent", matches: "history", notMatches: [] } as const;

/** Unreasonable persistence (Gwent 5.0; Warwickshire 3.2), judged on the history the caller supplies. */
export const PERSISTENCE_RULES = [
  {
    ...persistent,
    subType: "excessiveVolume",
    id: "volume",
    policy: 'Warwickshire 3.2 "continue to write, email or telephone ... excessively (and without providing new information)"; "calling a number of times repeatedly on the same day"',
    strength: 0.7,
  },
  {
    ...persistent,
    subType: "afterDecision",
    id: "resent-after-decision",
    policy: 'Gwent 5.0 "they continue to contact us to challenge the decision"; Warwickshire 3.2 "being told that it\'s been concluded"',
    strength: 0.75,
  },
  {
    ...persistent,
    subType: "afterDecision",
    id: "many-after-decision",
    policy: 'Gwent 5.0 "they continue to contact us to challenge the decision"; Warwickshire 3.2 "Refusing to accept reasonable explanations"',
    strength: 0.6,
  },
  {
    ...persistent,
    subType: "excessiveVolume",
    id: "resent-before-decision",
    policy: 'Warwickshire 3.2 "Persistently calling, writing or emailing to demand", "without providing new information, despite being assured that their matter is being dealt with"',
    strength: 0.7,
  },
  { ...persistent, subType: "reframed", id: "reworded-after-decision", policy: 'Warwickshire 3.2 "Re-framing or re-wording of a complaint"', strength: 0.55 },
  { ...persistent, subType: "severalStaff", id: "several-staff", policy: 'Warwickshire 3.2 "Contacting different people in the same organisation"', strength: 0.6 },
] as const satisfies readonly Rule[];
