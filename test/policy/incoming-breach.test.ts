import { describe, expect, it } from "vitest";
import type { GuardedStrategy } from "../../src/policy/compose-guard";
import { breachText, incomingBreaches, type IncomingMail } from "../../src/policy/incoming-breach";
import { getPack } from "../../src/policy/packs/index";
import type { Restriction } from "../../src/policy/restrictions";

const pack = getPack("warwickshire");
const SAM = { upn: "sam.carter@opcc.example.gov.uk", displayName: "Sam Carter" };
const PAT = "pat.o'brien@example.org";
const OFFICE = "enquiries@opcc.example.gov.uk";
const terms = (restrictions: Restriction[], extra: Partial<GuardedStrategy> = {}): GuardedStrategy => ({ strategyId: "pat", personName: "Pat O'Brien", restrictions, allowedChannels: ["email"], ...extra });
const mail = (recipients: string[], extra: Partial<IncomingMail> = {}): IncomingMail => ({ matchedAddress: PAT, matchedBy: "from", recipients, ...extra });
const rules = (m: IncomingMail, s: GuardedStrategy) => incomingBreaches(m, s, pack).map((b) => b.rule);

/** What arriving mail breaks (Warwickshire 7, 7.1), and — as much — what it must not be accused of. */
describe("breaches by mail received from a person under a strategy in force", () => {
  it.each([
    ["email when only the telephone is agreed", terms([{ kind: "singleChannel", channel: "phone" }], { allowedChannels: ["phone"] }), mail([OFFICE]), ["channelNotAllowed"]],
    ["from an address the strategy blocks", terms([{ kind: "blockedAddress", address: PAT }]), mail([OFFICE]), ["blockedAddress"]],
    ["written directly when contact is only through an advocate", terms([{ kind: "advocateOnly", advocateName: "Jo Bell" }]), mail([OFFICE]), ["advocateOnly"]],
    ["to the office rather than the single point of contact", terms([{ kind: "singlePointOfContact", spoc: SAM }], { singlePointOfContact: SAM }), mail([OFFICE]), ["notSinglePointOfContact"]],
    ["to an address other than the dedicated one", terms([{ kind: "dedicatedAddress", address: "pat.case@opcc.example.gov.uk", divertToFolder: "Pat" }]), mail([OFFICE]), ["notDedicatedAddress"]],
  ])("%s is a breach", (_, strategy, message, expected) => {
    expect(rules(message, strategy)).toEqual(expected);
  });

  it.each([
    ["to the single point of contact with others copied in", terms([{ kind: "singlePointOfContact", spoc: SAM }], { singlePointOfContact: SAM }), mail([SAM.upn, OFFICE, "casey.worker@opcc.example.gov.uk"])],
    ["to the dedicated address", terms([{ kind: "dedicatedAddress", address: "pat.case@opcc.example.gov.uk", divertToFolder: "Pat" }]), mail(["Pat.Case@opcc.example.gov.uk"])],
    ["a third party's message that only asks for replies at Pat's address, under advocate-only", terms([{ kind: "advocateOnly" }]), mail([OFFICE], { matchedBy: "replyTo" })],
    ["under read-and-file and a closed case: mail arriving is not itself a breach", terms([{ kind: "readAndFile" }, { kind: "noReopeningClosedCase", caseReference: "OPCC/2025/0933" }]), mail([OFFICE])],
    ["by email when email is the agreed channel", terms([{ kind: "singleChannel", channel: "email" }]), mail([OFFICE])],
    ["from an address other than the blocked one", terms([{ kind: "blockedAddress", address: "old.pat@example.org" }]), mail([OFFICE])],
  ])("%s is not a breach", (_, strategy, message) => {
    expect(rules(message, strategy)).toEqual([]);
  });

  it("says every rule broken with its policy paragraph, in words the single point of contact can act on", () => {
    const breaches = incomingBreaches(mail([OFFICE]), terms([{ kind: "singlePointOfContact", spoc: SAM }, { kind: "blockedAddress", address: PAT }], { singlePointOfContact: SAM }), pack);
    const text = breachText(breaches);
    expect(text).toContain("wrote from pat.o'brien@example.org, which is blocked under the strategy");
    expect(text).toContain("not to Sam Carter, the single point of contact");
    for (const b of breaches) expect(text).toContain(`(${b.policyRef})`);
    expect(breaches.map((b) => b.policyRef)).toEqual(["warwickshire-managing-public-contact-policy.txt §7", "warwickshire-managing-public-contact-policy.txt §7"]);
  });
});
