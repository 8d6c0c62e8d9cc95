import { CHANNEL_WORDS, type Channel } from "../categories";
import type { Restriction } from "../restrictions";
import type { ContactStrategy } from "../strategy";

/**
 * A strategy's arrangements in the words a letter uses to the person: second person, short
 * sentences (plain English, Warwickshire 5 "a clear understanding of the information
 * communicated to them"). Staff-facing words are in src/app/restriction-text.
 */
export function restrictionSentence(restriction: Restriction): string {
  switch (restriction.kind) {
    case "phoneTimeLimit":
      return `Telephone calls with us will last no more than ${restriction.minutes} minutes.`;
    case "singleChannel":
      return `Please contact us by ${CHANNEL_WORDS[restriction.channel]} only.`;
    case "dedicatedAddress":
      return `Please send emails only to ${restriction.address}. Emails sent to other addresses will be moved there.`;
    case "blockedAddress":
      return `We will not read messages sent from ${restriction.address}.`;
    case "advocateOnly":
      return restriction.advocateName ? `Please contact us through your advocate, ${restriction.advocateName}.` : "Please contact us through an advocate.";
    case "singlePointOfContact":
      return `Please contact ${restriction.spoc.displayName} only. They are your single point of contact.`;
    case "readAndFile":
      return "We will read everything you send us. We will only reply if it gives new information or raises a new complaint.";
    case "noReopeningClosedCase":
      return restriction.caseReference ? `We will not reopen your closed case ${restriction.caseReference}.` : "We will not reopen your closed case.";
    case "other":
      return restriction.description;
  }
}

function joinOr(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

/** Where post reaches the office, when its pack or config gives a postal address: one line, the office's name first. */
export interface ContactRoute {
  postal?: string;
}

/**
 * How the person may still make contact, never left unsure (Warwickshire 7 "how and when further
 * contact … will take place", 7.2; Gwent 8.0 "still allows access"): the channels allowed and,
 * where there is one, the person to write to and how to reach them — their email address when
 * email is allowed (the strategy's dedicated address instead, where it has one), and the office's
 * postal address when letters are. A letter saying "contact Sam Carter only" with no route to Sam
 * leaves a person who cannot comply.
 */
export function howToContact(strategy: Pick<ContactStrategy, "allowedChannels" | "singlePointOfContact" | "restrictions">, route: ContactRoute = {}): string | undefined {
  if (strategy.allowedChannels.length === 0) return undefined;
  const channels = joinOr(strategy.allowedChannels.map((c: Channel) => CHANNEL_WORDS[c]));
  const sentences = [`You can contact us by ${channels}.`];
  const spoc = strategy.singlePointOfContact ?? strategy.restrictions.find((r) => r.kind === "singlePointOfContact")?.spoc;
  const dedicated = strategy.restrictions.find((r) => r.kind === "dedicatedAddress");
  const byEmail = strategy.allowedChannels.includes("email");
  const byLetter = strategy.allowedChannels.includes("letter");
  if (spoc) {
    sentences.push(`Please write to ${spoc.displayName}, your single point of contact.`);
    if (byEmail && !dedicated && spoc.upn.includes("@")) sentences.push(`Their email address is ${spoc.upn}.`);
    if (byLetter && route.postal) sentences.push(`By post, write to ${spoc.displayName}, ${route.postal}.`);
  } else if (byLetter && route.postal) {
    sentences.push(`Our postal address is ${route.postal}.`);
  }
  if (dedicated) sentences.push(`Our email address for you is ${dedicated.address}.`);
  return sentences.join(" ");
}
