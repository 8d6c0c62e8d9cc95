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
    matches: ["I demand a full response by Friday or else.", "You must reply within 48 hours.", "I expect a reply by close of business tomorrow.", "I expect a reply within 24 hours, as I've said in each of my last six emails."],
    notMatches: [
      "Could you please reply by Friday, as I have a meeting with my MP on Monday?",
      "Please respond by 31 December.",
      "The burglary happened on Friday and I reported it today.",
      "My insurers want the crime reference by Friday. Is there any way you could help?",
      "My tribunal is on Monday and I'd be really grateful if your letter could reach me by Friday.",
    ],
  },
  {
    ...demands,
    subType: "particularPerson",
    id: "only-this-person",
    policy: 'Warwickshire 3.2 "insisting on speaking to a particular member of staff"',
    strength: 0.7,
    matches: [
      "I will only speak to the Commissioner about this.",
      "I've been told twice that she is not my caseworker. I want to speak to Morgan Reid personally.",
      // A member of staff by the office's own names (staffNames), everyone else refused.
      "You've told me Priya has moved teams. I will speak to Priya and nobody else.",
      "Third time of asking: Priya Shah herself is to phone me before 10am tomorrow. Not an assistant. Her.",
    ],
    notMatches: [
      "Thank you for passing my letter to the Commissioner.",
      "The police did nothing and I am angry. I want to speak with the Commissioner.",
      "Nobody else has been as kind to me as Priya. I want to speak to Priya to thank her.",
      // Someone the office does not employ: the writer's own solicitor.
      "I will speak to Gareth and nobody else: he is my solicitor.",
    ],
  },
  {
    ...demands,
    subType: "managerAtOutset",
    id: "manager-at-outset",
    policy: 'Warwickshire 3.2 "Demands to speak to managers at the outset"',
    strength: 0.6,
    matches: ["I want to speak to your manager now, not a caseworker.", "Who's your boss? I want to talk to your boss. I'm not wasting my time with a caseworker."],
    notMatches: [
      "My manager at work has written a letter in support.",
      "I want to speak with the Commissioner about the police in my town.",
      "I don't know if this is something the Commissioner looks at. I just don't want it to happen to anyone else.",
    ],
  },
  ...(["court", "operational", "staffing", "otherBody"] as const).map((kind) => ({
    ...demands,
    subType: "cannotDo",
    id: `beyond-powers-${kind}` as const,
    policy: 'Gwent 6.0 "demands for things we cannot do"; Warwickshire 1 "the PCC can only act within powers granted under legislation"',
    strength: 0.65,
    matches: {
      court: ["I insist you overturn my conviction.", "The IOPC already reviewed my complaint. I want the Commissioner to overrule the IOPC and reopen it."],
      operational: ["I demand that you arrest the officer who stopped me.", "I want the Commissioner to delete my 2003 conviction from the police national computer.", "I want the Commissioner to cancel my speeding ticket and the points.", "Remove my caution from the police national computer and confirm it in writing."],
      staffing: ["The officer was rude to me and I want him disciplined.", "I want the officer who dealt with my burglary in March sacked.", "I want the full names and home addresses of the two officers who came to my house.", "Discipline PC Morris and send me his record."],
      otherBody: ["I want the Commissioner to have them evicted.", "I expect the Commissioner to pay this into my account within 14 days."],
    }[kind],
    notMatches: {
      court: ["The court gave him a suspended sentence. I want to know why."],
      operational: ["Please could the Commissioner ask the Chief Constable why my report was not investigated?", "My caution was removed from my record last year, thank you."],
      staffing: ["I want you to review the decision on my complaint.", "Sack the Chief Constable!", "I understand you can't give me the officers' names. Would collar numbers do?", "The names of the officers were in the letter you sent, thank you."],
      otherBody: ["The council paid me compensation last year for the damp.", "My landlord is trying to have us evicted and I am frightened."],
    }[kind],
  })),
  {
    ...demands,
    subType: "inundating",
    id: "inundating-in-words",
    policy: 'Gwent 6.0 "inundating the OPCC with information"; Warwickshire 3.2 "a disproportionately excessive amount of staff time"',
    strength: 0.6,
    matches: ["I attach 46 documents, which must be read in full before you reply.", "Your staff are to read every page of the attached."],
    notMatches: [
      "Please find attached my letter and the crime report.",
      "I read the report in full last night.",
      "You asked for my evidence so I've attached the 12 documents on the list you gave me.",
      "As requested in your letter, attached are the outcome letter and the photographs. That's 10 attachments.",
      "Understood, one email a week from now on.\n\n-----Original Message-----\nWe have received 46 emails from you in the last fortnight.",
      "Sam, the crime stats for Rugby this quarter are murder to read: the PDF is 80 pages with no summary. Any chance of a one-page version?",
    ],
  },
  {
    ...demands,
    subType: "repeated",
    id: "resent-in-words",
    policy: 'Gwent 6.0 "making repeated or multiple demands which are substantially the same"; Warwickshire 3.2 "Persistently calling, writing or emailing to demand"',
    strength: 0.7,
    matches: ["This is the same complaint I sent on 3 May, 10 May, 17 May and 24 May.", "This is the fifth time I have written about this."],
    notMatches: [
      "This is my first complaint and I sent it on 3 May.",
      "I sent the same photos to the police on 3 May.",
      "This is the third time I have written. Your office has failed to respond within your own published timescale of 20 working days.",
    ],
  },
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
