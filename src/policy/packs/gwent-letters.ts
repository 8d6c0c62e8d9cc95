import type { Letters } from "./letter-schema";

const FILE = "gwent-managing-customer-contact-policy.txt";
const at = (section: string, quote: string) => ({ file: FILE, section, quote });

const ACCESS = "Please tell us if you have any access needs. We can also send this letter in large print or another format. We want to make sure you can still reach us.";
const STILL_ANSWERED = "We will still reply if you give us new information or make a new complaint.";
/** 4.0: "we will not accept and will not handle communications that include" threats, harassment, swearing or insults. */
const WHY_ABUSIVE = "We will not accept contact that threatens, harasses, swears at or insults anyone.";
/** 5.0: contact to challenge a decision "already fully advised" and explained is unreasonably persistent. */
const WHY_PERSISTENT = "We have already told you our decision and explained it. Contacting us again and again to challenge it is unreasonable.";
/** 6.0 and 8.0: unreasonable demands take time from the OPCC's "ability to do its work and provide a fair service to others". */
const WHY_DEMANDS = "Demands like this take up time we need to help other people.";
const RECONSIDER = "We may look at this decision again if you show a more acceptable approach.";

/**
 * OPCC Gwent's letters (Managing Customer Contact Policy 7.0–9.0), in plain English. Gwent's
 * policy speaks of limits on contact, not a "strategy", and names no dispute route: a
 * challenge is a request to reconsider (9.0), answered by the Chief Executive who decided.
 */
export const gwentLetters: Letters = {
  letterhead: { lines: ["Office of the Police and Crime Commissioner for Gwent"], website: "https://www.gwent.pcc.police.uk/" },
  salutationWithoutName: "Sir or Madam",
  closing: "Yours sincerely",
  readingEase: { minimum: 60, source: at("1.0", "committed to providing a consistent, fair and accessible service") },
  signposts: [
    {
      id: "force-complaint",
      matter: "complaints about Gwent Police officers or staff",
      where: "Complaints about Gwent Police are dealt with by Gwent Police, not by our office. Please make your complaint to Gwent Police.",
      source: at("6.0", "demands for things we cannot do, whether for practical or legal reasons"),
    },
  ],
  templates: [
    {
      kind: "warning",
      subject: "A warning about how you contact us",
      signedBy: "preparer",
      source: at("7.0", "A customer will be advised in writing that their behaviour is considered to be unacceptable"),
      blocks: [
        { text: "We are writing to you about the way you have been contacting our office. We are concerned about:", needs: ["behaviour"] },
        { text: "{{behaviour}}", carries: ["behaviour-unacceptable"] },
        { text: "The messages we mean are:", needs: ["contacts"] },
        { text: "{{contacts}}" },
        { text: "We think this behaviour is unacceptable. We want to give a fair service to everyone, and this gets in the way.", carries: ["behaviour-unacceptable"] },
        { text: WHY_ABUSIVE, when: { categories: ["abusive"] } },
        { text: WHY_PERSISTENT, when: { categories: ["persistent"] } },
        { text: WHY_DEMANDS, when: { categories: ["demands"] } },
        // 7.0: "the opportunity to adapt their behaviour": one line for each behaviour recorded, from the pack's sub-types.
        { text: "We are giving you the chance to change how you contact us. This is how:", needs: ["advice"] },
        { text: "{{advice}}", carries: ["chance-to-adapt"] },
        { text: "We aim to reply within {{responseDays}}, so please give us that time." },
        { text: "If this goes on, we may take steps to manage how you contact us. For example, we may ask you to use only one way of contacting us.", carries: ["may-manage"] },
        { text: ACCESS, carries: ["access"] },
      ],
    },
    {
      kind: "restriction",
      subject: "Limits on how you contact us",
      signedBy: "authoriser",
      source: at("8.0", "the OPCC will exercise its right to restrict contact"),
      blocks: [
        { text: "We wrote to you on {{warningDate}} about the way you were contacting us." },
        { text: "We are still concerned about:", needs: ["behaviour"] },
        { text: "{{behaviour}}", carries: ["behaviour-unacceptable"] },
        { text: "We think this behaviour is unacceptable. It makes it hard for us to do our work and to give a fair service to others.", carries: ["behaviour-unacceptable"] },
        { text: "So we have decided to limit how you can contact us. This is the reason: {{reasons}}" },
        { text: "From now on:", needs: ["restrictions"] },
        { text: "{{restrictions}}", carries: ["restrictions"] },
        { text: "{{howToContact}}", carries: ["restrictions"] },
        { text: STILL_ANSWERED, carries: ["still-answered"] },
        { text: RECONSIDER, carries: ["reconsideration"] },
        { text: "We will review the limits by {{reviewDate}}." },
        { text: ACCESS, carries: ["access"] },
      ],
    },
    {
      kind: "breach",
      subject: "A reminder about the limits on your contact",
      signedBy: "preparer",
      source: at("8.0", "Where a customer continues to display unacceptable behaviour the OPCC will exercise its right to restrict contact"),
      blocks: [
        { text: "You have contacted us in a way that does not keep to the limits we set on your contact." },
        { text: "This was on {{breachDate}}." },
        { text: "We set these limits on {{startedOn}}. This was the reason: {{reasons}}" },
        { text: "As a reminder:", needs: ["restrictions"] },
        { text: "{{restrictions}}", carries: ["restrictions"] },
        { text: "{{howToContact}}", carries: ["restrictions"] },
        { text: STILL_ANSWERED, carries: ["still-answered"] },
        { text: ACCESS, carries: ["access"] },
      ],
    },
    {
      kind: "reviewOutcome",
      subject: "We have looked again at the limits on your contact",
      signedBy: "authoriser",
      source: at("9.0", "may be reconsidered if the customer demonstrates a more acceptable approach"),
      blocks: [
        { text: "We have looked again at our decision to limit how you contact us." },
        { text: "We have decided to keep the limits as they are. This is the reason: {{outcomeReason}}", carries: ["review-result"], when: { variants: ["continued"] } },
        { text: "We have decided to change the limits. This is the reason: {{outcomeReason}}", carries: ["review-result"], when: { variants: ["altered"] } },
        { text: "We have decided to remove the limits. This is the reason: {{outcomeReason}}", carries: ["review-result"], when: { variants: ["ended"] } },
        { text: "From now on:", needs: ["restrictions"], when: { variants: ["continued", "altered"] } },
        { text: "{{restrictions}}", when: { variants: ["continued", "altered"] } },
        { text: "{{howToContact}}", when: { variants: ["continued", "altered"] } },
        { text: RECONSIDER, carries: ["reconsideration"], when: { variants: ["continued", "altered"] } },
        { text: "We will review the limits again by {{reviewDate}}.", when: { variants: ["continued", "altered"] } },
        { text: "You can now contact us in any of the usual ways.", when: { variants: ["ended"] } },
        { text: ACCESS, carries: ["access"] },
      ],
    },
    {
      kind: "disputeOutcome",
      subject: "Your request to reconsider our decision",
      signedBy: "authoriser",
      source: at("9.0", "A decision to restrict customer contact may be reconsidered"),
      blocks: [
        { text: "You wrote to us on {{disputeRaisedOn}}. You asked us to reconsider our decision to limit how you contact us." },
        { text: "The Chief Executive has looked at your request and decided that the limits still apply. This is the reason: {{outcomeReason}}", carries: ["dispute-result"], when: { variants: ["upheld"] } },
        {
          text: "The Chief Executive has looked at your request and decided to take a different approach. This is the reason: {{outcomeReason}} We will write to you again soon to explain what will change.",
          carries: ["dispute-result"],
          when: { variants: ["changed"] },
        },
        { text: "{{howToContact}}", when: { variants: ["upheld"] } },
        { text: RECONSIDER, carries: ["reconsideration"], when: { variants: ["upheld"] } },
        { text: ACCESS, carries: ["access"] },
      ],
    },
    {
      kind: "signposting",
      subject: "Where to take your concern",
      signedBy: "preparer",
      source: at("6.0", "demands for things we cannot do, whether for practical or legal reasons"),
      blocks: [
        { text: "Thank you for contacting us." },
        { text: "We are not able to deal with {{signpostMatter}}. There are some things we cannot do, for practical or legal reasons.", carries: ["cannot-do"] },
        { text: "{{signpostWhere}}" },
        { text: "You can still contact us about any other matter." },
        { text: ACCESS, carries: ["access"] },
      ],
    },
  ],
};
