import { referenceFor, sameAddress, spocOf, type GuardedStrategy } from "../compose-guard";
import type { PolicyPack } from "../packs/schema";

/**
 * Why this member of staff may not send a letter to a person whose strategy names a single point of
 * contact, or undefined: "Mark as sent" says they sent it, which the compose guard stops anyone else
 * doing (Warwickshire 7 "only one specific point of contact (SPOC)"; Gwent 8.0; Warwickshire 7.1 "staff
 * also adhere to the contact strategy"). The guard's override is for a message about a different
 * matter; a letter about this person's contact is not one, so there is none here (T7 #16).
 */
export function letterSenderProblem(writer: string, strategy: GuardedStrategy, pack: PolicyPack): { message: string; policyRef: string } | undefined {
  const spoc = spocOf(strategy);
  if (!spoc || sameAddress(writer, spoc.upn)) return undefined;
  return {
    message: `You are not the single point of contact for ${strategy.personName}: only ${spoc.displayName} writes to them, and the compose guard would stop your message too. Pass the letter to ${spoc.displayName}, who sends it and marks it as sent.`,
    policyRef: referenceFor(pack, "singlePointOfContact"),
  };
}
