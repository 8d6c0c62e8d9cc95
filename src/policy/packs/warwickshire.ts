import type { PolicyPack } from "./schema";
import { warwickshireLetters } from "./warwickshire-letters";

const FILE = "warwickshire-managing-public-contact-policy.txt";
const at = (section: string, quote: string) => ({ file: FILE, section, quote });
/** A sub-type as a letter names it, and how the person can change it (see SubType.inLetter). */
const say = (says: string, advice: string, source: { file: string; section: string; quote: string }) => ({ says, advice, source });
const UNACCEPTABLE = "Unacceptable behaviour";
const UNREASONABLE = "Unreasonable behaviour";

/**
 * OPCC Warwickshire, Managing Public Contact Policy (2025 version, decision WPCC4-0060).
 * "Unacceptable" (3.1) vs "unreasonable" (3.2) behaviour; Head of Business Services and
 * Assurance authorises after five criteria (7); dispute to the Chief Executive (7.3).
 */
export const warwickshirePack: PolicyPack = {
  id: "warwickshire",
  version: "2025 (WPCC4-0060)",
  office: { name: "Office of the Police and Crime Commissioner for Warwickshire", shortName: "OPCC Warwickshire", personTerm: "member of the public" },
  categories: [
    {
      id: "unacceptable",
      canonical: "abusive",
      group: UNACCEPTABLE,
      label: "Unacceptable behaviour",
      description: "Behaviour or language that may cause harm or cause staff to feel distressed or threatened.",
      source: at("3.1", "Unacceptable behaviour is considered to be any behaviour that has the potential to cause harm"),
      subTypes: [
        { id: "threat", label: "Threats or harm to people or property", description: "Including intimidation.", source: at("3.1", "Threats or harm to people or property"), inLetter: say("threatening to harm people or property.", "Please do not threaten anyone. Tell us what has gone wrong, and we will look at it.", at("6", "Reinforcing that violent, threatening or abusive behaviour will not be tolerated")) },
        { id: "harassment", label: "Harassment, intimidation or stalking (in person or online)", description: "Including finding staff online or at home.", source: at("3.1", "Stalking (in person or online)"), inLetter: say("contacting our staff in a way that scares or pressures them, in person or online.", "Please contact our office only in the usual ways, about your matter. Do not contact our staff at home, or look for them online.", at("6", "Providing information on where to send correspondence")) },
        { id: "offensiveLanguage", label: "Abuse", description: "Abusive or offensive language.", source: at("3.1", "Abuse, derogatory, discriminatory or defamatory remarks"), inLetter: say("using rude, abusive or offensive words.", "Please do not swear at or insult anyone. Tell us calmly what is wrong, and we will listen.", at("6", "Reinforcing that violent, threatening or abusive behaviour will not be tolerated")) },
        { id: "demeaning", label: "Derogatory or discriminatory remarks", description: "Remarks demeaning a person or a group.", source: at("3.1", "Abuse, derogatory, discriminatory or defamatory remarks"), inLetter: say("making remarks that put down a person or a group of people.", "Please do not make remarks about anyone's race, religion, sex, disability or any other part of who they are. Write about your matter, not about people.", at("3.1", "Abuse, derogatory, discriminatory or defamatory remarks")) },
      ],
    },
    {
      id: "unreasonable-persistence",
      canonical: "persistent",
      group: UNREASONABLE,
      label: "Unreasonable persistence",
      description: "Continuing to contact excessively without new information after being told the matter is dealt with or concluded.",
      source: at("3.2", "Unreasonable persistence"),
      subTypes: [
        { id: "excessiveVolume", label: "Volume or duration of contact", description: "Including calling a number of times on the same day.", source: at("3.2", "The volume or duration of contact impacting on the ability of our staff"), inLetter: say("contacting us a great many times, or for a very long time, about the same thing.", "Please write to us once, with all you want us to know. Then give us time to reply.", at("6", "Providing guidance on the structure their correspondence should follow")) },
        { id: "afterDecision", label: "Refusing to accept reasonable explanations", description: "After the conclusion of a complaint.", source: at("3.2", "Refusing to accept reasonable explanations following the conclusion of a public complaint"), inLetter: say("not accepting our decision after we have explained it.", "Our decision on this matter has been made. If you think it is wrong, please use the review or appeal route we told you about, and do not write to us about it again.", at("3.2", "failing to follow appropriate appeal")) },
        { id: "reframed", label: "Re-framing or re-wording a complaint", description: "A complaint already dealt with, in other words.", source: at("3.2", "Re-framing or re-wording of a complaint"), inLetter: say("sending us the same complaint again in different words.", "Please only write again about this complaint if you have new information to give us.", at("3.2", "without providing new information")) },
        { id: "severalStaff", label: "Contacting different people in the organisation", description: "To try to secure a different outcome.", source: at("3.2", "Contacting different people in the same organisation"), inLetter: say("writing to different people in our office to try to get a different answer.", "Please write to one address, so that one person can deal with your matter. Writing to others will not change our answer.", at("6", "Providing information on where to send correspondence")) },
      ],
    },
    {
      id: "unreasonable-demands",
      canonical: "demands",
      group: UNREASONABLE,
      label: "Unreasonable demands or obstructive behaviour",
      description: "Demands whose impact on the time and resources of the office is unreasonable.",
      source: at("3.2", "Unreasonable demands or obstructive behaviour"),
      subTypes: [
        { id: "timescale", label: "Demanding responses within an unreasonable timescale", description: "Sooner than the office works to.", source: at("3.2", "Repeatedly demanding responses within an unreasonable timescale"), inLetter: say("asking us to reply sooner than we can.", "Please give us time to reply. Asking for a reply sooner will not make it come sooner.", at("3.2", "Repeatedly demanding responses within an unreasonable timescale")) },
        { id: "particularPerson", label: "Insisting on a particular member of staff", description: "Despite being told it is not possible or appropriate.", source: at("3.2", "insisting on speaking to a particular member of staff"), inLetter: say("insisting on speaking to one member of staff when we have said this is not possible.", "Please let the person we ask to help you deal with your matter.", at("3.2", "insisting on speaking to a particular member of staff")) },
        { id: "managerAtOutset", label: "Demanding a manager at the outset", description: "Before the matter has been considered.", source: at("3.2", "Demands to speak to managers at the outset"), inLetter: say("asking for a manager before we have looked at your matter.", "Please let the member of staff dealing with your matter look at it first. If you are not happy with their answer, you can then ask for it to be looked at again.", at("3.2", "Demands to speak to managers at the outset")) },
        { id: "cannotDo", label: "Demands outside the Commissioner's powers", description: "The PCC can only act within powers granted under legislation.", source: at("1", "the PCC can only act within powers granted under legislation"), inLetter: say("asking us to do things the Police and Crime Commissioner has no power to do.", "Please take this matter to the place we told you about. We cannot do what the law does not let us do.", at("1", "the PCC can only act within powers granted under legislation")) },
        { id: "repeated", label: "Persistently demanding", description: "The same demand made again and again.", source: at("3.2", "Persistently calling, writing or emailing to demand"), inLetter: say("making the same demand again and again.", "Please make each request once. We will reply to it, and asking again will not make the reply come sooner.", at("3.2", "Persistently calling, writing or emailing to demand")) },
        // 3.2 has no "inundating" bullet; its closing paragraph covers contact that takes up excessive staff time.
        { id: "inundating", label: "Taking up a disproportionately excessive amount of staff time", description: "Volumes of material or demands, to the disadvantage of other members of the public.", source: at("3.2", "taking up a disproportionately excessive amount of staff time and resources"), inLetter: say("sending us so much that it takes up a great deal of our staff's time.", "Please keep what you send short, and only send us what is about your matter.", at("6", "Providing guidance on the structure their correspondence should follow")) },
        { id: "copyingStaff", label: "Repeatedly copying OPCC staff into emails to other bodies", description: "Without a demonstrable reason.", source: at("3.2", "Repeatedly copying OPCC staff into emails sent to other public bodies"), inLetter: say("copying our staff into emails you send to other bodies.", "Please only copy us in when you need us to do something. Write to us directly about anything you want us to deal with.", at("3.2", "Repeatedly copying OPCC staff into emails sent to other public bodies")) },
      ],
    },
  ],
  underlyingCauses: [
    { id: "explained", label: "Have we explained processes and checked they understand it?", description: "Warwickshire 4.", source: at("4", "Have we explained processes and checked they understand it?") },
    { id: "proportionate", label: "Have we handled the matter in a reasonable and proportionate manner?", description: "Warwickshire 4.", source: at("4", "Have we handled the matter raised in a reasonable and proportionate manner?") },
    { id: "communicated", label: "Have we communicated regularly and effectively?", description: "Warwickshire 4.", source: at("4", "Have we communicated regularly and effectively?") },
    { id: "support", label: "Have we asked if they would benefit from additional support, and provided it?", description: "Warwickshire 4; Equality Act 2010 (5).", source: at("4", "Have we asked if they would benefit from additional support?") },
    { id: "rationale", label: "If an outcome was reached, was a clear rationale given in a way they can understand?", description: "Warwickshire 4.", source: at("4", "has a clear rationale for the decision been provided") },
  ],
  channels: [
    { channel: "phone", guidance: "Warn the caller the behaviour is falling short; if it continues, say you will end the call, then put them on hold or hang up.", source: at("6", "the staff member can disengage from the call") },
    { channel: "letter", guidance: "Give a written warning and ask them to desist; if it continues, read the correspondence but take no action, subject to any legal duty.", source: at("6", "the author will be given a written warning that this is unacceptable") },
    { channel: "email", guidance: "Give a written warning and ask them to desist; if it continues, read the correspondence but take no action, subject to any legal duty.", source: at("6", "their correspondence will be read, but no action will be taken") },
    // 6 also asks staff to record what they did on the case management system, hence "keep a record".
    { channel: "socialMedia", guidance: "Delete abusive posts, keeping a record; further abuse leads to blocking.", source: at("6", "Further abuse will lead to the person being blocked") },
  ],
  restrictionOptions: [
    { kind: "phoneTimeLimit", label: "Limited duration of phone calls", staffGuidance: "Keep calls to the agreed length.", source: at("7", "Limiting duration of phone calls") },
    { kind: "singleChannel", label: "One method of contact", staffGuidance: "Reply only through the agreed method of contact.", source: at("7", "Restricting contact to one method of contact") },
    { kind: "dedicatedAddress", label: "Dedicated email address with auto-divert", staffGuidance: "Mail from this person is diverted to the dedicated folder; handle it there.", source: at("7", "Using a dedicated email address and auto-diverting emails") },
    { kind: "blockedAddress", label: "Blocked address or channel", staffMayNot: "Reply to the blocked address.", source: at("7", "Blocking email addresses or other communication channels") },
    { kind: "advocateOnly", label: "Contact through an advocate", staffGuidance: "Correspond with the advocate.", staffMayNot: "Correspond with the person directly.", source: at("7", "Requiring the member of the public to use an advocate") },
    { kind: "singlePointOfContact", label: "Single point of contact (SPOC)", staffGuidance: "Pass the contact to the single point of contact.", staffMayNot: "Reply yourself unless you are the single point of contact.", source: at("7", "one specific point of contact (SPOC)") },
    { kind: "readAndFile", label: "Read, but no action taken", staffGuidance: "Read it and check for new information, complaints, criminal matters or safeguarding issues; file it without reply unless it raises something new.", source: at("7.2", "all contact must be reviewed to identify matters including any new information") },
  ],
  // 7 also allows "another senior member of staff nominated by the Chief Executive": give that
  // person the headOfBusinessServices role rather than a second authoriser here.
  authoriser: { role: "headOfBusinessServices", title: "Head of Business Services and Assurance", source: at("7", "can only be authorised by the Head of Business Services and Assurance") },
  disputeTo: { role: "chiefExecutive", title: "Chief Executive", source: at("7.3", "by writing to the Chief Executive") },
  criteria: [
    { id: "matter-addressed", label: "The matter raised is being, or has been, considered and addressed properly", description: "Warwickshire 7, first criterion.", source: at("7", "The matter raised is being, or has been, considered and addressed properly") },
    { id: "communication-adequate", label: "Communication has been adequate and no significant new information is being provided", description: "Warwickshire 7, second criterion.", source: at("7", "Communication with the member of the public has been adequate") },
    { id: "access-requirements", label: "Specific access requirements considered, so the person is not denied access", description: "Warwickshire 7, third criterion.", source: at("7", "Any specific access requirements and appropriate solutions have been considered") },
    { id: "misunderstandings-dispelled", label: "All efforts made to dispel misunderstandings and move towards a resolution", description: "Warwickshire 7, fourth criterion.", source: at("7", "All efforts have been made with the member of the public to dispel any misunderstandings") },
    { id: "fair-proportionate", label: "The approach is fair, reasonable and proportionate, with reasonable adjustments considered", description: "Warwickshire 7, fifth criterion.", source: at("7", "whether this approach is fair, reasonable and proportionate") },
  ],
  // 7: "A review date should also be agreed" — the figure is ours: six months by default, never more than twelve.
  review: { defaultMonths: 6, maximumMonths: 12, source: at("7", "A review date should also be agreed") },
  priorWarning: {
    required: true,
    // 6 "we may not give the individual prior warning" where violence is used or threatened; 7 adds
    // criminal offences and threats to staff safety. Only a recorded threat opens the exception here:
    // an office that reads 7 more widely (e.g. stalking) adds "harassment" to subTypes.
    exception: {
      when: "physical violence used or threatened, or behaviour threatening staff safety",
      subTypes: ["threat"],
      source: at("6", "We will always do this if physical violence is used or threatened and in such cases we may not give the individual prior warning"),
    },
    source: at("6", "we will advise the individual prior to putting any restrictions in place"),
  },
  recordKeeping: { source: at("7", "The decision to restrict contact must be recorded in the case file, with the reasons for doing so clearly articulated") },
  strategyContents: { source: at("7", "This will set out how and when further contact with the member of the public will take place, any restrictions on communication") },
  furtherContact: { source: at("7.2", "should not be deterred nor prevented from contacting the OPCC in relation to other matters, or be left unsure") },
  reasonableAdjustments: { source: at("5", "in particular the obligation to make reasonable adjustments") },
  // No figure in the policy; 20 working days is the office's published standard for correspondence.
  responseTimes: { workingDays: 20, deadlines: "repeated", source: at("3.2", "Repeatedly demanding responses within an unreasonable timescale") },
  // 3.2 lists writing again and again without new information under unreasonable persistence.
  resends: { category: "persistent", source: at("3.2", "Persistently calling, writing or emailing to demand") },
  letterElements: [
    { id: "behaviour", label: "Why the behaviour is unacceptable or unreasonable", description: "The issues with their behaviour.", letters: ["warning", "restriction"], source: at("6", "informed about the issues with their behaviour and why it is considered unacceptable or unreasonable") },
    { id: "how-to-change", label: "How they can adjust their behaviour", description: "What change is asked for.", letters: ["warning"], source: at("6", "should be advised how they can adjust their behaviour") },
    { id: "if-continues", label: "What happens if the behaviour continues", description: "A contact strategy may follow; correspondence may be read without action.", letters: ["warning"], source: at("7", "A contact strategy may be implemented if unacceptable or unreasonable behaviour continues") },
    { id: "action", label: "What action is being taken to manage future contact", description: "The restrictions, in plain words.", letters: ["restriction"], source: at("7", "what action is being taking to manage the restricted future contact") },
    // 7.2: never "left unsure": every letter about a strategy still in force says how to make contact.
    { id: "how-to-contact", label: "How and when further contact will take place", description: "The channel and person to use; never left unsure.", letters: ["restriction", "breach", "reviewOutcome", "disputeOutcome"], variants: ["continued", "altered", "upheld"], source: at("7", "how and when further contact with the member of the public will take place") },
    { id: "reasons", label: "The reason for introducing the strategy", description: "Clearly articulated.", letters: ["restriction"], source: at("7", "the reason for introducing the strategy") },
    { id: "purpose", label: "The strategy is there so their concerns are dealt with promptly and correctly", description: "And failing to comply could frustrate that.", letters: ["restriction"], source: at("7", "their concerns are being dealt with promptly and correctly") },
    { id: "review-date", label: "The review date", description: "When the restrictions may be continued, altered or ended.", letters: ["restriction", "reviewOutcome"], variants: ["continued", "altered"], source: at("7", "A review date should also be agreed") },
    { id: "other-matters", label: "They may still contact the office about other matters", description: "They are not deterred or prevented.", letters: ["restriction"], source: at("7.2", "should not be deterred nor prevented from contacting the OPCC in relation to other matters") },
    { id: "dispute", label: "How to dispute the decision", description: "By writing to the Chief Executive.", letters: ["restriction", "disputeOutcome"], source: at("7.3", "by writing to the Chief Executive") },
    { id: "only-our-office", label: "The strategy covers contact with this office only", description: "Police assistance can still be requested through emergency (999) or non-emergency (101) routes.", letters: ["restriction"], source: at("7", "police assistance can still be requested through emergency or non-emergency routes") },
    { id: "policy-copy", label: "A copy of this policy", description: "Enclosed to give further explanation.", letters: ["restriction"], encloses: "policy", source: at("7", "A copy of this policy will be provided to give further explanation") },
    { id: "information-rights", label: "Their information rights are unaffected", description: "Freedom of Information and subject access.", letters: ["restriction"], source: at("9", "will not inhibit an ability to exercise these rights") },
    { id: "breach-consequences", label: "The consequences of breaching the strategy", description: "Staff may not engage or respond.", letters: ["breach"], source: at("7.1", "A clear reminder should be communicated to the member of the public about the consequences of breaching the strategy") },
    { id: "breach-reasons", label: "The reasons the strategy was introduced", description: "A reminder, with the breach.", letters: ["breach"], source: at("7.1", "They should also be reminded about the reasons for the strategy being introduced") },
    { id: "review-result", label: "Whether the strategy is continued, altered or ended", description: "The outcome of the review, with its reason.", letters: ["reviewOutcome"], source: at("7", "when the restrictions may be continued, altered or ended") },
    { id: "changes", label: "What has changed in the strategy", description: "Told about any changes.", letters: ["reviewOutcome"], variants: ["altered"], source: at("7.1", "The member of the public should be told about any changes to the contact strategy") },
    { id: "dispute-result", label: "Whether the arrangements still apply or a different course was decided", description: "The outcome of the dispute, in writing.", letters: ["disputeOutcome"], source: at("7.3", "either the restricted contact arrangements still apply or a different course of action has been determined") },
    { id: "not-for-us", label: "The office cannot deal with the matter", description: "The PCC acts only within its powers.", letters: ["signposting"], source: at("1", "In cases where the PCC is unable to deal with a matter the OPCC will notify the member of the public") },
    { id: "signpost", label: "Where to take the matter instead", description: "Signposting information.", letters: ["signposting"], source: at("1", "will provide signposting information where appropriate") },
    { id: "accessible-format", label: "Available in an alternative accessible format", description: "Large print or another format on request.", letters: ["warning", "restriction", "breach", "reviewOutcome", "disputeOutcome", "signposting"], source: at("7", "or an alternative accessible format") },
  ],
  signposting: [
    { text: "If you need help to communicate with us, or would like this letter in another format, please tell us.", source: at("5", "Members of the public should be asked at the outset if they require additional assistance") },
    { text: "Complaints against the police force are dealt with by the Chief Constable, not this office.", source: at("1", "complaints against the police force are required to be dealt with by the Chief Constable") },
    { text: "This arrangement covers contact with our office only: you can still ask the police for help on 999 in an emergency or 101 otherwise.", source: at("7", "police assistance can still be requested through emergency or non-emergency routes") },
  ],
  // 7.2: the person may still contact the office about other matters, so a reply about a different
  // matter by someone other than the SPOC may be sent — and is recorded. Channel, blocked address
  // and advocate are the strategy's own terms: no override.
  composeGuard: {
    overridable: ["notSinglePointOfContact"],
    when: "your message is about a different matter, which the member of the public may still raise with the office",
    source: at("7.2", "should not be deterred nor prevented from contacting the OPCC in relation to other matters"),
  },
  alerts: {
    strategyNote: {
      text: "The contact strategy does not change this: every contact is reviewed for new matters, criminal matters and safeguarding issues, whatever the strategy says.",
      source: at("7.2", "Irrespective of any contact strategy employed, all contact must be reviewed"),
    },
    guidance: [
      {
        kind: "risk-to-life",
        title: "Possible risk to life",
        steps: [
          { text: "If anyone may be in immediate danger, call 999 now: police help is requested through the emergency route.", source: at("7", "police assistance can still be requested through emergency or non-emergency routes") },
          { text: "Tell your manager straight away and seek guidance on next steps.", source: at("6", "they should inform their manager, seek guidance on next steps") },
          { text: "A risk to life is a legitimate reason to share details with the police, NHS or social services; consult a senior manager first if there is time.", source: at("7.1", "such as safeguarding concerns or a risk to life") },
        ],
      },
      {
        kind: "threat-to-staff",
        title: "Threat to a member of staff",
        steps: [
          { text: "Tell your manager now and seek guidance on next steps.", source: at("6", "they should inform their manager, seek guidance on next steps") },
          { text: "Report the threat to the police: the office always does when violence is threatened, and need not warn the writer first.", source: at("6", "We will always do this if physical violence is used or threatened") },
          { text: "Make sure the person threatened knows, and that support is in place for them (Health and Safety and Dignity at Work policies).", source: at("8", "In situations where a member of OPCC staff feels unsafe") },
        ],
      },
      {
        kind: "safeguarding",
        title: "Possible safeguarding concern",
        steps: [
          { text: "If a child or adult is in immediate danger, call 999.", source: at("7", "police assistance can still be requested through emergency or non-emergency routes") },
          { text: "Tell your manager today; a safeguarding concern is a legitimate reason to share details with partner agencies, after consulting a senior manager.", source: at("7.1", "should consult a senior manager before sharing details with another agency") },
        ],
      },
      {
        kind: "crime",
        title: "A crime or police misconduct reported",
        steps: [
          { text: "Tell your manager; the office may refer the communication to the police, and the writer can report a crime on 999 in an emergency or 101.", source: at("7", "refer any communication to the police") },
          { text: "A complaint about an officer's conduct is dealt with by the Chief Constable, not this office: signpost it.", source: at("1", "complaints against the police force are required to be dealt with by the Chief Constable") },
        ],
      },
      {
        kind: "new-matter",
        title: "A new matter under the contact strategy",
        steps: [
          { text: "Treat it as new: the restriction covers the closed matter only, and the writer must not be deterred from raising other matters.", source: at("7.2", "should not be deterred nor prevented from contacting the OPCC in relation to other matters") },
          { text: "Consider the new information or complaint on its merits and respond to it.", source: at("7.2", "all contact must be reviewed to identify matters including any new information or complaints") },
        ],
      },
    ],
  },
  policyDocument: {
    title: "Managing Public Contact Policy (OPCC Warwickshire)",
    url: "https://www.warwickshire-pcc.gov.uk/",
    // The policy's text as published (../shared/policies), shipped with the add-in to enclose with letters.
    copy: { fileName: "Managing Public Contact Policy (OPCC Warwickshire).txt", href: "assets/policies/warwickshire-managing-public-contact-policy.txt" },
  },
  letters: warwickshireLetters,
};
