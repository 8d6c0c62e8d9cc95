import type { Letters } from "./letter-schema";

const FILE = "warwickshire-managing-public-contact-policy.txt";
const at = (section: string, quote: string) => ({ file: FILE, section, quote });

const RESPECT = "Everyone who contacts us has the right to be heard and treated with respect. Our staff have the same right.";
const ACCESSIBLE = "Please tell us if you need help to contact us. We can also send this letter in large print or another format.";
/** Warwickshire 3.1: "may cause staff to feel distressed or threatened". */
const WHY_UNACCEPTABLE = "This is unacceptable behaviour. It can harm our staff, or make them feel upset or unsafe. We will not accept it, even if your concern is a fair one.";
/** Warwickshire 3.2: "taking up a disproportionately excessive amount of staff time ... to the disadvantage of other members of the public". */
const WHY_UNREASONABLE = "This is unreasonable behaviour. It takes up a lot of our staff's time. That leaves less time to help other people.";

/**
 * OPCC Warwickshire's letters (Managing Public Contact Policy, 6–7.3 and 1), in plain English:
 * each paragraph that carries a mandatory element says which (`carries`), and the pack check
 * refuses a template that leaves one out.
 */
export const warwickshireLetters: Letters = {
  letterhead: { lines: ["Office of the Police and Crime Commissioner for Warwickshire"], website: "https://www.warwickshire-pcc.gov.uk/" },
  salutationWithoutName: "Sir or Madam",
  closing: "Yours sincerely",
  readingEase: { minimum: 60, source: at("5", "members of the public have a clear understanding of the information communicated to them") },
  signposts: [
    {
      id: "force-complaint",
      matter: "complaints about Warwickshire Police",
      where: "Complaints about Warwickshire Police are dealt with by the Chief Constable, not by our office. Please make your complaint to Warwickshire Police.",
      source: at("1", "complaints against the police force are required to be dealt with by the Chief Constable"),
    },
    {
      id: "operational-policing",
      matter: "decisions about day-to-day policing",
      where: "The Chief Constable makes all decisions about day-to-day policing. Please contact Warwickshire Police about this.",
      source: { file: "warwickshire-decision-2025.txt", section: "1", quote: "who is also responsible for all decisions related to operational policing" },
    },
  ],
  templates: [
    {
      kind: "warning",
      subject: "A written warning about how you contact us",
      signedBy: "preparer",
      source: at("6", "the author will be given a written warning that this is unacceptable"),
      blocks: [
        { text: "We are writing to you about the way you have been contacting our office. We are concerned about:", needs: ["behaviour"] },
        { text: "{{behaviour}}", carries: ["behaviour"] },
        { text: "The messages we mean are:", needs: ["contacts"] },
        { text: "{{contacts}}" },
        { text: RESPECT, carries: ["behaviour"] },
        { text: WHY_UNACCEPTABLE, when: { categories: ["abusive"] } },
        { text: WHY_UNREASONABLE, when: { categories: ["persistent", "demands"] } },
        // 6: "advised how they can adjust their behaviour": one line for each behaviour recorded, from the pack's sub-types.
        { text: "This is how you can change the way you contact us:", needs: ["advice"] },
        { text: "{{advice}}", carries: ["how-to-change"] },
        { text: "We aim to reply within {{responseDays}}, so please give us that time." },
        { text: "If this goes on, we may limit how you can contact us. This is called a contact strategy. We may also read what you send without replying to it.", carries: ["if-continues"] },
        { text: "We may report threats or violence to the police.", when: { categories: ["abusive"] } },
        { text: "You can still contact us about any matter." },
        { text: ACCESSIBLE, carries: ["accessible-format"] },
      ],
    },
    {
      kind: "restriction",
      subject: "How we will manage your contact with us",
      signedBy: "authoriser",
      source: at("7", "We will then advise a member of the public in writing"),
      blocks: [
        { text: "We wrote to you on {{warningDate}} about the way you were contacting us." },
        { text: "We have looked carefully at how you have been contacting us. We are concerned about:", needs: ["behaviour"] },
        { text: "{{behaviour}}", carries: ["behaviour"] },
        { text: RESPECT, carries: ["behaviour"] },
        { text: WHY_UNACCEPTABLE, when: { categories: ["abusive"] } },
        { text: WHY_UNREASONABLE, when: { categories: ["persistent", "demands"] } },
        { text: "So we have decided to put a contact strategy in place. This is our reason: {{reasons}}", carries: ["reasons"] },
        {
          text: "The strategy is there so that we can deal with your concerns quickly and correctly. If you do not follow it, it could get in the way of how we deal with your matter.",
          carries: ["purpose"],
        },
        { text: "From now on:", needs: ["restrictions"] },
        { text: "{{restrictions}}", carries: ["action"] },
        { text: "{{howToContact}}", carries: ["how-to-contact"] },
        { text: "You can still contact us about any other matter. The strategy does not stop you doing so.", carries: ["other-matters"] },
        {
          text: "The strategy is only about contact with our office. You can still ask the police for help. Call 999 in an emergency, or 101 if it is not an emergency.",
          carries: ["only-our-office"],
        },
        { text: "We will review the strategy by {{reviewDate}}. We may then keep it, change it or end it.", carries: ["review-date"] },
        { text: "If you do not agree with our decision, please write to the {{disputeTo}}. Tell them why. We will write back to tell you the outcome.", carries: ["dispute"] },
        { text: "The strategy does not affect your right to ask for information we hold, and that includes information about you.", carries: ["information-rights"] },
        { text: "We have sent you a copy of our {{policyTitle}} with this letter. It explains how we manage contact.", carries: ["policy-copy"] },
        { text: ACCESSIBLE, carries: ["accessible-format"] },
      ],
    },
    {
      kind: "breach",
      subject: "A reminder about your contact strategy",
      signedBy: "preparer",
      source: at("7.1", "A clear reminder should be communicated to the member of the public"),
      blocks: [
        { text: "You have contacted us in a way that does not follow your contact strategy." },
        { text: "This was on {{breachDate}}." },
        { text: "We put the strategy in place on {{startedOn}}. This was our reason: {{reasons}}", carries: ["breach-reasons"] },
        { text: "The strategy says:", needs: ["restrictions"] },
        { text: "{{restrictions}}" },
        { text: "{{howToContact}}", carries: ["how-to-contact"] },
        {
          text: "When the strategy is not followed, our staff do not have to reply to you or stay on a call. It could also get in the way of how we deal with your matter.",
          carries: ["breach-consequences"],
        },
        { text: "We will review the strategy by {{reviewDate}}." },
        { text: ACCESSIBLE, carries: ["accessible-format"] },
      ],
    },
    {
      kind: "reviewOutcome",
      subject: "The review of your contact strategy",
      signedBy: "authoriser",
      source: at("7", "A review date should also be agreed, when the restrictions may be continued, altered or ended"),
      blocks: [
        { text: "We have looked again at your contact strategy, as we said we would." },
        { text: "We have decided to keep the strategy as it is. This is our reason: {{outcomeReason}}", carries: ["review-result"], when: { variants: ["continued"] } },
        { text: "We have decided to change the strategy. This is our reason: {{outcomeReason}}", carries: ["review-result"], when: { variants: ["altered"] } },
        { text: "We have decided to end the strategy. This is our reason: {{outcomeReason}}", carries: ["review-result"], when: { variants: ["ended"] } },
        { text: "From now on:", needs: ["restrictions"], when: { variants: ["altered"] } },
        { text: "{{restrictions}}", carries: ["changes"], when: { variants: ["altered"] } },
        { text: "As a reminder, the strategy says:", needs: ["restrictions"], when: { variants: ["continued"] } },
        { text: "{{restrictions}}", when: { variants: ["continued"] } },
        { text: "{{howToContact}}", carries: ["how-to-contact"], when: { variants: ["continued", "altered"] } },
        { text: "You can now contact us in any of the usual ways. Our staff still have the right to be treated with respect.", when: { variants: ["ended"] } },
        { text: "We will review the strategy again by {{reviewDate}}.", carries: ["review-date"], when: { variants: ["continued", "altered"] } },
        { text: "If you do not agree with our decision, please write to the {{disputeTo}}.", when: { variants: ["continued", "altered"] } },
        { text: ACCESSIBLE, carries: ["accessible-format"] },
      ],
    },
    {
      kind: "disputeOutcome",
      subject: "The outcome of your challenge to our decision",
      signedBy: "disputeTo",
      source: at("7.3", "After such concerns have been considered, the member of the public will be informed in writing"),
      blocks: [
        { text: "You wrote to us on {{disputeRaisedOn}}. You did not agree with our decision to limit how you contact us." },
        { text: "The {{disputeTo}} has looked carefully at what you said.", carries: ["dispute"] },
        { text: "The {{disputeTo}} has decided that your contact strategy still applies. This is the reason: {{outcomeReason}}", carries: ["dispute-result"], when: { variants: ["upheld"] } },
        {
          text: "The {{disputeTo}} has decided that we should do something different. This is the reason: {{outcomeReason}} We will write to you again soon to explain what will change.",
          carries: ["dispute-result"],
          when: { variants: ["changed"] },
        },
        { text: "{{howToContact}}", carries: ["how-to-contact"], when: { variants: ["upheld"] } },
        { text: ACCESSIBLE, carries: ["accessible-format"] },
      ],
    },
    {
      kind: "signposting",
      subject: "Where to take your concern",
      signedBy: "preparer",
      source: at("1", "will provide signposting information where appropriate"),
      blocks: [
        { text: "Thank you for contacting us." },
        { text: "We are not able to deal with {{signpostMatter}}. The Police and Crime Commissioner can only act within the powers the law gives them.", carries: ["not-for-us"] },
        { text: "{{signpostWhere}}", carries: ["signpost"] },
        { text: "You can still contact us about any other matter. If you need the police, call 999 in an emergency, or 101 if it is not an emergency." },
        { text: ACCESSIBLE, carries: ["accessible-format"] },
      ],
    },
  ],
};
