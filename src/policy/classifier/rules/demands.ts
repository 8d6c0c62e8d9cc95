import type { Rule } from "./rule";

const demands = { category: "demands" } as const;

/** Unreasonable demands (Gwent 6.0; Warwickshire 3.2), from the words and from the envelope and history. */
export const DEMAND_RULES = [
  {
    ...demands,
    subType: "timescale",
    id: "deadline-sooner-than-office",
    policy: 'Gwent 6.0 "timescale demands (other than those we work towards)"; Warwickshire 3.2 "demanding responses within an unreasonable timescale"',
    strength: 0.75,
    matches: ["I demand a full response by Friday or else.", "You must reply within 48 hours.", "I expect a reply by close of business tomorrow."],
    notMatches: ["Could you please reply by Friday, as I have a meeting with my MP on Monday?", "Please respond by 31 December.", "The burglary happened on Friday and I reported it today."],
  },
  {
    ...demands,
    subType: "particularPerson",
    id: "only-this-person",
    policy: 'Warwickshire 3.2 "insisting on speaking to a particular member of staff"',
    strength: 0.7,
    matches: ["I will only speak to the Commissioner about this."],
    notMatches: ["Thank you for passing my letter to the Commissioner."],
  },
  {
    ...demands,
    subType: "managerAtOutset",
    id: "manager-at-outset",
    policy: 'Warwickshire 3.2 "Demands to speak to managers at the outset"',
    strength: 0.6,
    matches: ["I want to speak to your manager now."],
    notMatches: ["My manager at work has written a letter in support."],
  },
  ...(["court", "operational", "staffing"] as const).map((kind) => ({
    ...demands,
    subType: "cannotDo",
    id: `beyond-powers-${kind}` as const,
    policy: 'Gwent 6.0 "demands for things we cannot do"; Warwickshire 1 "the PCC can only act within powers granted under legislation"',
    strength: 0.65,
    matches: { court: ["I insist you overturn my conviction."], operational: ["I demand that you arrest the officer who stopped me."], staffing: ["The officer was rude to me and I want him disciplined."] }[kind],
    notMatches: { court: ["The court gave him a suspended sentence. I want to know why."], operational: ["Please could the Commissioner ask the Chief Constable why my report was not investigated?"], staffing: ["I want you to review the decision on my complaint."] }[kind],
  })),
  {
    ...demands,
    subType: "repeated",
    id: "substantially-the-same",
    policy: 'Gwent 6.0 "making repeated or multiple demands which are substantially the same"',
    strength: 0.75,
    matches: "history",
    notMatches: [],
  },
  {
    ...demands,
    subType: "inundating",
    id: "inundating",
    policy: 'Gwent 6.0 "inundating the OPCC with information"; Warwickshire 3.2 "a disproportionately excessive amount of staff time"',
    strength: 0.6,
    matches: "history",
    notMatches: [],
  },
  {
    ...demands,
    subType: "copyingStaff",
    id: "copying-staff",
    policy: 'Warwickshire 3.2 "Repeatedly copying OPCC staff into emails sent to other public bodies"',
    strength: 0.6,
    matches: "history",
    notMatches: [],
  },
] as const satisfies readonly Rule[];
