import type { Rule } from "./rule";

const persistent = { category: "persistent", matches: "history", notMatches: [] } as const;
const inWords = { category: "persistent" } as const;

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
    subType: "excessiveVolume",
    id: "volume-pressed",
    policy: 'Warwickshire 3.2 "calling a number of times repeatedly on the same day"; "continue to write, email or telephone ... excessively (and without providing new information)"',
    strength: 0.6,
  },
  {
    ...persistent,
    subType: "afterDecision",
    id: "pressed-after-decision",
    policy: 'Gwent 5.0 "they continue to contact us to challenge the decision"; Warwickshire 3.2 "without providing new information ... being told that it\'s been concluded"',
    strength: 0.6,
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
    id: "challenges-decision",
    policy: 'Gwent 5.0 "they continue to contact us to challenge the decision"; Warwickshire 3.2 "Refusing to accept reasonable explanations, including following the conclusion of a complaint"',
    strength: 0.7,
  },
  {
    ...persistent,
    subType: "excessiveVolume",
    id: "resent-before-decision",
    policy: 'Warwickshire 3.2 "Persistently calling, writing or emailing to demand", "without providing new information, despite being assured that their matter is being dealt with"',
    strength: 0.7,
  },
  {
    ...persistent,
    subType: "afterDecision",
    id: "continues-after-decision",
    policy: 'Gwent 5.0 "we have already fully advised the customer of the decision, and they continue to contact us to challenge the decision"; Warwickshire 3.2 "Refusing to accept reasonable explanations, including following the conclusion of a complaint"',
    strength: 0.55,
  },
  {
    ...persistent,
    subType: "afterDecision",
    id: "repeated-after-reply",
    policy: 'Gwent 5.0 "we have already fully advised the customer of the decision, and they continue to contact us to challenge the decision"; Warwickshire 3.2 "Refusing to accept reasonable explanations, including following the conclusion of a complaint"',
    strength: 0.55,
  },
  {
    ...persistent,
    subType: "afterDecision",
    id: "disputed-after-reply",
    policy: 'Warwickshire 3.2 "Refusing to accept reasonable explanations, including following the conclusion of a complaint"; Gwent 5.0 "they continue to contact us to challenge the decision"',
    strength: 0.55,
  },
  {
    ...persistent,
    subType: "excessiveVolume",
    id: "volume-counted",
    policy: 'Warwickshire 3.2 "calling a number of times repeatedly on the same day"; "continue to write, email or telephone ... excessively (and without providing new information)"',
    strength: 0.6,
  },
  { ...persistent, subType: "reframed", id: "reworded-after-decision", policy: 'Warwickshire 3.2 "Re-framing or re-wording of a complaint"', strength: 0.55 },
  { ...persistent, subType: "severalStaff", id: "several-staff", policy: 'Warwickshire 3.2 "Contacting different people in the same organisation"', strength: 0.6 },
  // In the writer's own words, when no decision is on record: what the message says it is doing (decision-talk.ts).
  {
    ...inWords,
    subType: "afterDecision",
    id: "challenge-repeated-in-words",
    policy: 'Gwent 5.0 "they continue to contact us to challenge the decision"; Warwickshire 3.2 "Refusing to accept reasonable explanations, including following the conclusion of a complaint"',
    strength: 0.6,
    matches: ["I know you say it's closed but I have said this before and nobody has listened. Please reopen the complaint.", "This is my sixth challenge to your decision letter. The decision is wrong. Reverse it."],
    notMatches: [
      "I disagree with the outcome. Could you explain how it was reached?",
      "It's been six months since my contact was restricted. I would like to ask if the restriction could be looked at again.",
      "This is the same complaint I sent on 6 and 13 October. I am sending it again.",
      "I think your decision is wrong, and I'll tell you why. The notebook was written up six hours later. I'd like it looked at again by someone more senior.",
    ],
  },
  {
    ...inWords,
    subType: "reframed",
    id: "reframed-in-words",
    policy: 'Warwickshire 3.2 "Re-framing or re-wording of a complaint"',
    strength: 0.6,
    matches: ["I accept that you have closed my complaint about my arrest. This is a DIFFERENT complaint about the same arrest."],
    notMatches: ["I would like to make a new complaint about a burglary last night."],
  },
  {
    ...inWords,
    subType: "severalStaff",
    id: "other-staff-in-words",
    policy: 'Warwickshire 3.2 "Contacting different people in the same organisation"',
    strength: 0.6,
    matches: [
      "Casey has told me my complaint is closed. I am writing to you instead; one of you must be able to see it differently.",
      "Mr Blackwood, I'm going over Ms Phillips's head. Overturn her decision.",
      "I'm writing to you because Ms Hussain isn't listening. Please look at it again.",
    ],
    notMatches: ["Could one of you tell me who is dealing with my complaint?", "I'm writing to you because my neighbour said you could help. Please look at it again."],
  },
  {
    ...inWords,
    subType: "excessiveVolume",
    id: "volume-in-words",
    policy: 'Warwickshire 3.2 "continue to write, email or telephone ... excessively (and without providing new information)"',
    strength: 0.55,
    matches: ["14th email today. Still no reply. I'll keep sending them until someone answers.", "reply to me. this is the 20th tonight. i'll send 100.", "CANCEL IT. thats 3 emails tonight. ill send 30 if i have to"],
    notMatches: [
      "My ex has sent me over 200 messages this week and I am scared.",
      "Sorry for all the messages today.",
      "I'll send 2 photos of the damage tomorrow.",
      "This is the third time this week my car has been broken into.",
    ],
  },
] as const satisfies readonly Rule[];
