import { CHANNEL_WORDS } from "./categories";
import { emailAllowed, referenceFor, sameAddress, spocOf, type GuardedStrategy } from "./compose-guard";
import type { PolicyPack } from "./packs/schema";
import type { RestrictionKind } from "./restrictions";

/**
 * When mail from a person under a strategy in force breaks its conditions (Warwickshire 7.1: "If
 * a restriction has been put in place and a member of the public breaks its conditions … Any
 * breach of the strategy by the member of the public must be dealt with swiftly"). The same
 * terms the compose guard holds staff to (src/policy/compose-guard: the single point of contact,
 * the channel, blocked addresses, the advocate), read from the other side: what the person sent.
 * The flagger records each breach on the strategy, once per message, for the single point of contact.
 */
export const INCOMING_RULES = ["channelNotAllowed", "blockedAddress", "advocateOnly", "notSinglePointOfContact", "notDedicatedAddress"] as const;
export type IncomingRule = (typeof INCOMING_RULES)[number];

export interface IncomingBreach {
  rule: IncomingRule;
  /** What the person did, in words a single point of contact can act on. */
  message: string;
  /** The pack's paragraph for the restriction broken ("… .txt §7"). */
  policyRef: string;
}

/** What the rules read of one received message: who sent it (as matched), and where it went. */
export interface IncomingMail {
  /** The normalised address the strategy matched, and the header it came from. */
  matchedAddress: string;
  matchedBy: "from" | "sender" | "replyTo";
  /** To and Cc as written, and the mailbox it was delivered to (a Bcc to a mailbox still reached it). */
  recipients: readonly string[];
}

const restrictionOf = <K extends RestrictionKind>(strategy: GuardedStrategy, kind: K) => strategy.restrictions.filter((r): r is Extract<GuardedStrategy["restrictions"][number], { kind: K }> => r.kind === kind);

/**
 * Every way this message breaks the strategy's terms in force. Careful not to accuse: a message
 * that reached the single point of contact (or the dedicated address) is not sent to the wrong
 * person because others were copied in (copying staff is the classifier's matter, Warwickshire
 * 3.2), and a Reply-To that names the person does not make a third party's message theirs for
 * the advocate rule. Read-and-file and a closed case are not breaches by mail arriving.
 */
export function incomingBreaches(mail: IncomingMail, strategy: GuardedStrategy, pack: PolicyPack): IncomingBreach[] {
  const breaches: IncomingBreach[] = [];
  const person = strategy.personName;
  const add = (rule: IncomingRule, kind: RestrictionKind, message: string) => breaches.push({ rule, message, policyRef: referenceFor(pack, kind) });
  const wroteThemselves = mail.matchedBy !== "replyTo";
  const reached = (address: string) => mail.recipients.some((r) => sameAddress(r, address));

  // Gwent 8.0 "Restrict communication to one method of contact"; Warwickshire 7 "one method of contact".
  if (!emailAllowed(strategy)) {
    const single = restrictionOf(strategy, "singleChannel")[0];
    const allowed = single ? CHANNEL_WORDS[single.channel] : strategy.allowedChannels.map((c) => CHANNEL_WORDS[c]).join(" or ") || "no channel agreed";
    add("channelNotAllowed", "singleChannel", `${person} wrote by email, which the strategy does not allow (contact is by ${allowed} only).`);
  }
  // Warwickshire 7 "Blocking email addresses or other communication channels".
  for (const blocked of restrictionOf(strategy, "blockedAddress")) {
    if (sameAddress(blocked.address, mail.matchedAddress)) add("blockedAddress", "blockedAddress", `${person} wrote from ${blocked.address}, which is blocked under the strategy.`);
  }
  // Warwickshire 7 "Requiring the member of the public to use an advocate for any contact with us".
  const advocate = restrictionOf(strategy, "advocateOnly")[0];
  if (advocate && wroteThemselves) {
    add("advocateOnly", "advocateOnly", `${person} wrote directly; contact is only through ${advocate.advocateName ? `${advocate.advocateName} (advocate)` : "their advocate"}.`);
  }
  const dedicated = restrictionOf(strategy, "dedicatedAddress")[0];
  const spoc = spocOf(strategy);
  const spocHasIt = spoc && (reached(spoc.upn) || (dedicated !== undefined && reached(dedicated.address)));
  // Gwent 8.0 "communicate with one specific point of contact only"; Warwickshire 7 "only one specific point of contact (SPOC)".
  if (spoc && !spocHasIt) {
    add("notSinglePointOfContact", "singlePointOfContact", `${person} wrote to ${mail.recipients.join(", ") || "someone else"}, not to ${spoc.displayName}, the single point of contact.`);
  }
  // Warwickshire 7 "Using a dedicated email address and auto-diverting emails".
  if (dedicated && !reached(dedicated.address) && !(spoc && reached(spoc.upn))) {
    add("notDedicatedAddress", "dedicatedAddress", `${person} wrote to ${mail.recipients.join(", ") || "another address"}, not to ${dedicated.address}, the address the strategy gives them.`);
  }
  return breaches;
}

/** The breach as the strategy's record says it: every rule broken, each with its paragraph. */
export function breachText(breaches: readonly IncomingBreach[]): string {
  return breaches.map((b) => `${b.message} (${b.policyRef})`).join(" ");
}
