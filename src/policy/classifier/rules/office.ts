import type { Rule } from "./rule";

const DEMEANING = 'Gwent 4.0 "insulting or demeaning any person or group, including anything that targets race, age, sex, gender, religion or belief, sexual orientation, or disability"; Warwickshire 3.1 "derogatory, discriminatory"';
const THREATS = 'Gwent 4.0 "threats (implicit or explicit) against another person"; Warwickshire 3.1 "Threats or harm to people or property"';
const STALKING = 'Warwickshire 3.1 "Stalking (in person or online)", "Harassment, intimidation or threats"; Gwent 4.0 "harassment"';

/** Abuse of a member of staff as a person, in office mail's own words (staff.ts). */
export const OFFICE_RULES = [
  {
    id: "english-questioned",
    category: "abusive",
    subType: "demeaning",
    policy: DEMEANING,
    strength: 0.8,
    matches: ["Your caseworker can't even speak proper English.", "Get me someone who actually speaks English.", "Learn to speak English before you answer the public."],
    notMatches: ["My father can't speak English, so please could you arrange an interpreter?", "I am learning English, sorry for my mistakes.", "My neighbour doesn't speak English and is frightened."],
  },
  {
    id: "right-to-be-here-questioned",
    category: "abusive",
    subType: "demeaning",
    policy: DEMEANING,
    strength: 0.85,
    matches: ["Go back to where you came from.", "Is she even British?", "People like her should not be allowed to work in a British office.", "I don't want some foreigner dealing with my case."],
    notMatches: ["I went back to where I came from after the burglary, to stay with my mother.", "Is the decision final?"],
  },
  {
    id: "veiled-threat-to-staff",
    category: "abusive",
    subType: "threat",
    policy: THREATS,
    strength: 0.75,
    matches: ["Nice car you've got. Be careful on your way home tonight.", "It would be a shame if your kids found out what you do.", "I know what you look like now.", "Tyres get slashed round here, you know."],
    notMatches: ["My tyres were slashed last night and I want it investigated.", "I hope your children are well after the holiday, thank you for your help.", "Take care on your way home, the roads are icy."],
  },
  {
    id: "knows-private-life",
    category: "abusive",
    subType: "harassment",
    policy: STALKING,
    strength: 0.8,
    matches: ["I've seen your holiday photos on Facebook.", "I drove past your house on Sunday.", "I know your husband."],
    notMatches: ["I posted my holiday photos on Facebook and a stranger commented.", "The officers drove past my house twice and did nothing."],
  },
  {
    id: "bombarding-staff",
    category: "abusive",
    subType: "harassment",
    policy: STALKING,
    strength: 0.7,
    matches: ["I will ring every number in your office until someone answers.", "I'll keep calling every hour until you give in."],
    notMatches: ["I will keep calling the helpline until my MP has an answer.", "I tried every number on the website and none worked."],
  },
] as const satisfies readonly Rule[];
