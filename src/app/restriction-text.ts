import { CHANNEL_WORDS } from "../policy/categories";
import type { Restriction } from "../policy/restrictions";
import type { ContactStrategy } from "../policy/strategy";

/** One restriction in a few words, for banners and notifications. */
export function describeRestriction(restriction: Restriction): string {
  switch (restriction.kind) {
    case "phoneTimeLimit":
      return `calls limited to ${restriction.minutes} minutes`;
    case "singleChannel":
      return `${CHANNEL_WORDS[restriction.channel]} only`;
    case "dedicatedAddress":
      return `mail diverted to ${restriction.divertToFolder}`;
    case "blockedAddress":
      return `${restriction.address} blocked`;
    case "advocateOnly":
      return restriction.advocateName ? `through ${restriction.advocateName} (advocate) only` : "through an advocate only";
    case "singlePointOfContact":
      return `contact through ${restriction.spoc.displayName} only`;
    case "readAndFile":
      return "read and file";
    case "noReopeningClosedCase":
      return restriction.caseReference ? `case ${restriction.caseReference} stays closed` : "closed case not re-opened";
    case "other":
      return restriction.description;
  }
}

export function restrictionSummary(strategy: Pick<ContactStrategy, "restrictions">): string {
  return strategy.restrictions.map(describeRestriction).join("; ");
}
