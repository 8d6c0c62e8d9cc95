import { gwentLetters } from "./gwent-letters";
import type { PolicyPack } from "./schema";

const FILE = "gwent-managing-customer-contact-policy.txt";
const at = (section: string, quote: string) => ({ file: FILE, section, quote });
/** A sub-type as a letter names it, and how the person can change it (see SubType.inLetter). */
const say = (says: string, advice: string, source: { file: string; section: string; quote: string }) => ({ says, advice, source });

/**
 * OPCC Gwent, Managing Customer Contact Policy (adopted by decision PCCG-2019-061).
 * Three behaviours (3.0); the Chief Executive authorises (7.0); four criteria (7.0).
 */
export const gwentPack: PolicyPack = {
  id: "gwent",
  version: "2019 (PCCG-2019-061)",
  office: { name: "Office of the Police and Crime Commissioner for Gwent", shortName: "OPCC Gwent", personTerm: "customer" },
  categories: [
    {
      id: "aggressive-abusive",
      canonical: "abusive",
      label: "Aggressive or abusive contact",
      description: "Threats, harassment, persistent swearing or offensive language, insulting or demeaning any person or group.",
      source: at("4.0", "Aggressive or abusive contact"),
      subTypes: [
        { id: "threat", label: "Threats (implicit or explicit) against another person", description: "Including continued threats.", source: at("4.0", "threats (implicit or explicit) against another person"), inLetter: say("threatening another person, openly or by hinting.", "Please do not threaten anyone. Tell us calmly what has gone wrong, and we will look at it.", at("4.0", "threats (implicit or explicit) against another person")) },
        { id: "harassment", label: "Harassment", description: "Harassing staff, including online.", source: at("4.0", "harassment"), inLetter: say("contacting our staff in a way that scares or pressures them.", "Please contact our office only in the usual ways, about your matter. Do not contact our staff at home or online.", at("4.0", "harassment")) },
        { id: "offensiveLanguage", label: "Swearing or other offensive language", description: "Persistent shouting, swearing or offensive language.", source: at("4.0", "persistent shouting, or swearing or other offensive language"), inLetter: say("shouting, swearing or using offensive words.", "Please do not shout or swear. Tell us calmly what is wrong, and we will listen.", at("4.0", "persistent shouting, or swearing or other offensive language")) },
        { id: "demeaning", label: "Insulting or demeaning any person or group", description: "Including anything that targets race, age, sex, gender, religion or belief, sexual orientation, or disability.", source: at("4.0", "insulting or demeaning any person or group"), inLetter: say("insulting or putting down a person or a group of people.", "Please do not make remarks about anyone's race, age, sex, religion, disability or any other part of who they are.", at("4.0", "insulting or demeaning any person or group")) },
      ],
    },
    {
      id: "unreasonably-persistent",
      canonical: "persistent",
      label: "Unreasonably persistent contact",
      description: "Continuing to contact the OPCC to challenge a decision already fully advised and explained.",
      source: at("5.0", "Unreasonably persistent contact"),
      subTypes: [
        { id: "excessiveVolume", label: "Repetitive communications", description: "An unreasonable amount of contact.", source: at("6.0", "inundating the OPCC with information or repetitive communications"), inLetter: say("sending us the same thing many times.", "Please write to us once about each matter, and give us time to reply.", at("6.0", "inundating the OPCC with information or repetitive communications")) },
        { id: "afterDecision", label: "Continuing to challenge a decision", description: "Contact continues after the decision was fully advised and explained.", source: at("5.0", "they continue to contact us to challenge the decision"), inLetter: say("challenging our decision again after we have explained it to you.", "Our decision has been made and explained. Please only write again about it if you have new information.", at("5.0", "already fully advised the customer of the decision")) },
        { id: "reframed", label: "The same challenge made again", description: "A decided matter raised again in other words.", source: at("5.0", "unwilling to accept a decision or action we have taken"), inLetter: say("making the same challenge again in different words.", "Please only write again about this matter if you have new information to give us.", at("5.0", "unwilling to accept a decision or action we have taken")) },
        // 5.0 does not name contacting several staff; its nearest words are continuing "to contact us to challenge the decision".
        { id: "severalStaff", label: "Continuing to contact colleagues to challenge the decision", description: "Going to other members of staff to challenge a decision already explained; unwarranted allegations against colleagues will not be tolerated.", source: at("5.0", "they continue to contact us to challenge the decision"), inLetter: say("contacting other members of our staff to challenge our decision.", "Please write to one address about your matter. Asking other staff will not change our decision.", at("5.0", "they continue to contact us to challenge the decision")) },
      ],
    },
    {
      id: "unreasonable-demands",
      canonical: "demands",
      label: "Unreasonable demands",
      description: "Timescale demands, repeated demands, demands for things the OPCC cannot do, or unreasonable amounts of contact.",
      source: at("6.0", "Unreasonable demands"),
      subTypes: [
        { id: "timescale", label: "Timescale demands", description: "Timescales other than those the OPCC works towards.", source: at("6.0", "timescale demands (other than those we work towards)"), inLetter: say("asking us to reply sooner than we work to.", "Please give us time to reply. Asking for a reply sooner will not make it come sooner.", at("6.0", "timescale demands (other than those we work towards)")) },
        // 6.0 names neither; both are "demands for things we cannot do, whether for practical ... reasons".
        { id: "particularPerson", label: "Demanding a particular person (a demand for things we cannot do)", description: "Insisting on dealing with one named person when that is not practical.", source: at("6.0", "demands for things we cannot do, whether for practical or legal reasons"), inLetter: say("insisting on dealing with one person when we have said this is not possible.", "Please let the person we ask to help you deal with your matter.", at("6.0", "demands for things we cannot do")) },
        { id: "managerAtOutset", label: "Demanding a manager at the outset (a demand for things we cannot do)", description: "Escalation before the matter has been considered.", source: at("6.0", "demands for things we cannot do, whether for practical or legal reasons"), inLetter: say("asking for a manager before we have looked at your matter.", "Please let the member of staff dealing with your matter look at it first.", at("6.0", "demands for things we cannot do")) },
        { id: "cannotDo", label: "Demands for things we cannot do", description: "For practical or legal reasons.", source: at("6.0", "demands for things we cannot do, whether for practical or legal reasons"), inLetter: say("asking us to do things we cannot do, for practical or legal reasons.", "Please do not ask again for something we have told you we cannot do.", at("6.0", "demands for things we cannot do, whether for practical or legal reasons")) },
        { id: "repeated", label: "Repeated demands substantially the same", description: "Repeated or multiple demands which are substantially the same.", source: at("6.0", "repeated or multiple demands which are substantially the same"), inLetter: say("making the same demand again and again.", "Please make each request once. Asking again will not make our reply come sooner.", at("6.0", "repeated or multiple demands which are substantially the same")) },
        { id: "inundating", label: "Inundating the OPCC with information", description: "Material not directly relevant to the OPCC's work.", source: at("6.0", "inundating the OPCC with information"), inLetter: say("sending us a great deal of information.", "Please keep what you send short, and only send us what we need to deal with your matter.", at("6.0", "inundating the OPCC with information")) },
        // 6.0 does not mention copying; copying the OPCC into other bodies' correspondence is its "material which is not directly relevant to our work".
        { id: "copyingStaff", label: "Material not directly relevant to our work", description: "Copying the OPCC into correspondence with other bodies.", source: at("6.0", "material which is not directly relevant to our work"), inLetter: say("copying us into messages that are not about our work.", "Please only send us what is about a matter we can deal with.", at("6.0", "material which is not directly relevant to our work")) },
      ],
    },
  ],
  underlyingCauses: [],
  channels: [
    { channel: "phone", guidance: "Staff may place the caller on hold or end the call, and report it to their manager.", source: at("7.0", "place callers on hold or end the telephone call") },
    { channel: "letter", guidance: "Read and file; respond only to new information or a new complaint where a restriction says so.", source: at("8.0", "Read and file future correspondence") },
    { channel: "email", guidance: "Read and file; respond only to new information or a new complaint where a restriction says so.", source: at("8.0", "Read and file future correspondence") },
  ],
  restrictionOptions: [
    { kind: "phoneTimeLimit", label: "Time limits on telephone calls", staffGuidance: "Keep calls to the agreed length; end the call politely when the time is up.", source: at("8.0", "Place time limits on telephone conversations") },
    { kind: "singleChannel", label: "One method of contact", staffGuidance: "Reply only through the agreed method of contact.", source: at("8.0", "Restrict communication to one method of contact") },
    { kind: "singlePointOfContact", label: "One specific point of contact", staffGuidance: "Pass the contact to the single point of contact.", staffMayNot: "Reply yourself unless you are the single point of contact.", source: at("8.0", "one specific point of contact only") },
    { kind: "readAndFile", label: "Read and file", staffGuidance: "Read it and check for new information or a new complaint; file it without reply unless it raises something new, and then acknowledge or respond to that only.", source: at("8.0", "acknowledge or respond to it only if the customer provides new information") },
    { kind: "noReopeningClosedCase", label: "No re-opening of a closed case", staffGuidance: "Consider a new complaint on its merits.", staffMayNot: "Re-open the closed case on demand.", source: at("8.0", "Refuse to consider demands to re-open a closed case") },
    { kind: "other", label: "Other appropriate action", staffGuidance: "Follow the action recorded in the strategy.", source: at("8.0", "Take other action that it considers appropriate") },
  ],
  authoriser: { role: "chiefExecutive", title: "Chief Executive", source: at("7.0", "can only be authorised by the Chief Executive") },
  criteria: [
    { id: "concern-addressed", label: "The concern is being, or has been, considered and addressed properly", description: "Gwent 7.0 criterion 1.", source: at("7.0", "Whether a concern is being, or has been, considered and addressed properly") },
    { id: "communication-adequate", label: "Communication has been adequate and no significant new information is being provided", description: "Gwent 7.0 criterion 2.", source: at("7.0", "Communication with the customer has been adequate") },
    { id: "misunderstandings-dispelled", label: "All efforts made to dispel misunderstandings and move towards a resolution", description: "Gwent 7.0 criterion 3.", source: at("7.0", "All efforts have been made with the customer to dispel misunderstandings") },
    { id: "access-requirements", label: "Specific access requirements considered, so the customer is not denied access", description: "Gwent 7.0 criterion 4 (reasonable adjustments).", source: at("7.0", "Any specific access requirements and appropriate solutions have been considered") },
  ],
  // The policy sets no review period; 9.0 says a decision "may be reconsidered". Six months
  // by default and at most twelve keep every restriction under regular review.
  review: { defaultMonths: 6, maximumMonths: 12, source: at("9.0", "may be reconsidered if the customer demonstrates a more acceptable approach") },
  // Gwent gives no exception to the warning (ending a call is the only step without authorisation, 7.0).
  priorWarning: { required: true, source: at("8.0", "will advise customers prior to putting any restrictions in place") },
  recordKeeping: { source: at("9.0", "The OPCC will record all decisions to restrict contact with customers") },
  strategyContents: { source: at("8.0", "Where a customer continues to display unacceptable behaviour the OPCC will exercise its right to restrict contact") },
  furtherContact: { source: at("8.0", "the OPCC aims to do this in a way that still allows access to its service") },
  reasonableAdjustments: { source: at("7.0", "Any specific access requirements and appropriate solutions have been considered") },
  // No figure in the policy; 20 working days is the common public-sector response standard.
  responseTimes: { workingDays: 20, source: at("6.0", "other than those we work towards") },
  // 6.0 lists demands "substantially the same" as unreasonable demands; 5.0 makes challenging a decision persistence.
  resends: { category: "demands", source: at("6.0", "making repeated or multiple demands which are substantially the same") },
  letterElements: [
    { id: "behaviour-unacceptable", label: "The behaviour is considered unacceptable", description: "Say which behaviour, with examples.", letters: ["warning", "restriction"], source: at("7.0", "advised in writing that their behaviour is considered to be unacceptable") },
    { id: "may-manage", label: "The OPCC may take steps to manage communication", description: "What may happen if the behaviour continues.", letters: ["warning"], source: at("7.0", "may take steps to manage communication") },
    { id: "chance-to-adapt", label: "An opportunity to adapt their behaviour", description: "How the customer can change their approach.", letters: ["warning"], source: at("7.0", "opportunity to adapt their behaviour or action") },
    { id: "restrictions", label: "The restrictions and how to make contact", description: "What is restricted and the one method or person to use.", letters: ["restriction", "breach"], source: at("8.0", "Restrict communication to one method of contact") },
    { id: "still-answered", label: "What we will still respond to", description: "New information or a new complaint is still acknowledged and answered.", letters: ["restriction", "breach"], source: at("8.0", "only if the customer provides new information or is making a new complaint") },
    { id: "reconsideration", label: "The decision may be reconsidered", description: "If the customer demonstrates a more acceptable approach.", letters: ["restriction", "reviewOutcome", "disputeOutcome"], variants: ["continued", "altered", "upheld"], source: at("9.0", "may be reconsidered") },
    { id: "review-result", label: "The outcome of looking at the decision again", description: "Limits kept, changed or removed, with the reason.", letters: ["reviewOutcome"], source: at("9.0", "A decision to restrict customer contact may be reconsidered") },
    // Gwent names no dispute route (7.3 is Warwickshire's); a challenge is a request to reconsider (9.0).
    { id: "dispute-result", label: "The outcome of the request to reconsider", description: "The limits still apply, or a different approach, with the reason.", letters: ["disputeOutcome"], source: at("9.0", "may be reconsidered if the customer demonstrates a more acceptable approach") },
    { id: "cannot-do", label: "The OPCC cannot deal with the matter", description: "For practical or legal reasons.", letters: ["signposting"], source: at("6.0", "demands for things we cannot do, whether for practical or legal reasons") },
    { id: "access", label: "Access requirements are met", description: "Ask about access needs; large print or another format on request.", letters: ["warning", "restriction", "breach", "reviewOutcome", "disputeOutcome", "signposting"], source: at("7.0", "to ensure that the customer is not being denied access to the OPCC") },
  ],
  // Gwent names no outside body to signpost to; these tell the customer what access remains (8.0, 7.0, 9.0).
  signposting: [
    { text: "We will still acknowledge or respond if you give us new information or make a new complaint.", source: at("8.0", "acknowledge or respond to it only if the customer provides new information or is making a new complaint") },
    { text: "If you have specific access requirements, please tell us so that you are not denied access to the OPCC.", source: at("7.0", "to ensure that the customer is not being denied access to the OPCC") },
    { text: "This decision may be reconsidered if you demonstrate a more acceptable approach.", source: at("9.0", "may be reconsidered if the customer demonstrates a more acceptable approach") },
  ],
  // 8.0: restrictions still allow access to the service, so a reply by someone other than the
  // single point of contact may be sent where that is needed — and is recorded.
  composeGuard: {
    overridable: ["notSinglePointOfContact"],
    when: "the customer needs a reply that the single point of contact cannot give, so they keep access to the service",
    source: at("8.0", "the OPCC aims to do this in a way that still allows access to its service"),
  },
  // Gwent's policy says nothing of safeguarding, risk to life or crimes reported to the office:
  // those kinds use the product's default, shown as such. Its threat guidance adds the police
  // step the policy text does not have, uncited.
  alerts: {
    guidance: [
      {
        kind: "threat-to-staff",
        title: "Threat to a member of staff",
        steps: [
          { text: "Report it to your manager now: threats (implicit or explicit) against another person are not accepted.", source: at("7.0", "report any instances of unacceptable behaviour to their manager") },
          { text: "Report a threat of violence to the police: 999 if the danger is immediate, otherwise 101." },
          { text: "Make sure the person threatened knows, and is offered welfare support." },
        ],
      },
      {
        kind: "new-matter",
        title: "New information or a new complaint under read and file",
        steps: [
          { text: "Acknowledge or respond to the new information or complaint: read and file covers only what is not new.", source: at("8.0", "acknowledge or respond to it only if the customer provides new information or is making a new complaint") },
        ],
      },
    ],
  },
  policyDocument: {
    title: "Managing Customer Contact Policy (OPCC Gwent)",
    url: "https://www.gwent.pcc.police.uk/",
    // The policy's text as published (../shared/policies), shipped so a citation opens its section in the pane.
    copy: { fileName: "Managing Customer Contact Policy (OPCC Gwent).txt", href: "assets/policies/gwent-managing-customer-contact-policy.txt" },
  },
  letters: gwentLetters,
};
