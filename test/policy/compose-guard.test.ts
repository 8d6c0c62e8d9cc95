import { describe, expect, it } from "vitest";
import { ALERT_MAX, alertMessage, composeBreaches, NOTICE_MAX, recipientsNotice, type GuardedStrategy, type RestrictedRecipient } from "../../src/policy/compose-guard";
import { getPack } from "../../src/policy/packs/index";
import type { PolicyPack } from "../../src/policy/packs/schema";

const warwickshire = getPack("warwickshire");
const gwent = getPack("gwent");
const SAM = { upn: "sam.carter@opcc.example.gov.uk", displayName: "Sam Carter" };
const CASEY = "casey.worker@opcc.example.gov.uk";

function guarded(overrides: Partial<GuardedStrategy> = {}): GuardedStrategy {
  return {
    strategyId: "pat",
    personName: "Pat O'Brien",
    restrictions: [{ kind: "singlePointOfContact", spoc: SAM }, { kind: "singleChannel", channel: "email" }, { kind: "readAndFile" }],
    allowedChannels: ["email"],
    singlePointOfContact: SAM,
    ...overrides,
  };
}
const to = (strategy: GuardedStrategy, address = "pat.o'brien@example.org"): RestrictedRecipient => ({ address, strategy });

describe("composeBreaches: a message to a person under a strategy in force", () => {
  it("stops a writer who is not the single point of contact, naming the SPOC and the paragraph", () => {
    const [breach, ...rest] = composeBreaches(CASEY, [to(guarded())], warwickshire);
    expect(rest).toEqual([]);
    expect(breach).toMatchObject({ rule: "notSinglePointOfContact", personName: "Pat O'Brien", address: "pat.o'brien@example.org", overridable: true });
    expect(breach!.message).toContain("only Sam Carter replies");
    expect(breach!.policyRef).toBe("warwickshire-managing-public-contact-policy.txt §7");
  });

  it("lets the single point of contact write, whatever case or plus-tag their address is written with", () => {
    expect(composeBreaches("Sam.Carter+casework@OPCC.example.gov.uk", [to(guarded())], warwickshire)).toEqual([]);
  });

  it("stops email when the strategy allows only letters, for anyone, the SPOC included, and no pack lets it be overridden", () => {
    const letters = guarded({ restrictions: [{ kind: "singleChannel", channel: "letter" }], allowedChannels: ["letter"], singlePointOfContact: undefined });
    for (const pack of [warwickshire, gwent]) {
      const breaches = composeBreaches(SAM.upn, [to(letters)], pack);
      expect(breaches.map((b) => [b.rule, b.overridable])).toEqual([["channelNotAllowed", false]]);
      expect(breaches[0]!.message).toMatch(/contact is by letter only/);
    }
  });

  it("reads the allowed channels when there is no single-channel restriction", () => {
    const phoneOrLetter = guarded({ restrictions: [], allowedChannels: ["phone", "letter"], singlePointOfContact: undefined });
    expect(composeBreaches(CASEY, [to(phoneOrLetter)], warwickshire)[0]!.message).toContain("by telephone or letter only");
    const emailToo = guarded({ restrictions: [], allowedChannels: ["phone", "email"], singlePointOfContact: undefined });
    expect(composeBreaches(CASEY, [to(emailToo)], warwickshire)).toEqual([]);
  });

  it("stops a message to a blocked address but not to the person's other addresses", () => {
    const blocked = guarded({ restrictions: [{ kind: "blockedAddress", address: "Pat.OBrien@Old.example" }], singlePointOfContact: undefined });
    expect(composeBreaches(CASEY, [to(blocked, "pat.obrien@old.example")], warwickshire).map((b) => b.rule)).toEqual(["blockedAddress"]);
    expect(composeBreaches(CASEY, [to(blocked)], warwickshire)).toEqual([]);
  });

  it("sends the writer to the advocate when contact is only through one", () => {
    const advocate = guarded({ restrictions: [{ kind: "advocateOnly", advocateName: "Jo Advocate" }], singlePointOfContact: undefined });
    const [breach] = composeBreaches(CASEY, [to(advocate)], warwickshire);
    expect(breach!.rule).toBe("advocateOnly");
    expect(breach!.message).toContain("Jo Advocate (advocate)");
  });

  it("names each breach once per person and address, even when the person is in To and Cc", () => {
    const pat = guarded();
    const breaches = composeBreaches(CASEY, [to(pat), to(pat), to(pat, "pat@work.example")], warwickshire);
    expect(breaches.map((b) => b.address)).toEqual(["pat.o'brien@example.org", "pat@work.example"]);
  });

  it("leaves an override to the pack: no composeGuard, no override", () => {
    const { composeGuard: _none, ...rest } = warwickshire;
    const strict: PolicyPack = rest;
    expect(composeBreaches(CASEY, [to(guarded())], strict)[0]!.overridable).toBe(false);
  });
});

describe("composeBreaches and recipientsNotice: a person whose strategy's record is in doubt", () => {
  // Not in force on the decisions that can be read, but a decision on it is unreadable, deleted or changed after it was recorded: it may be in force.
  const doubted = guarded({ restrictions: [], allowedChannels: [], singlePointOfContact: undefined, recordInDoubt: true });

  it("warns on send to them, for anyone (the would-be SPOC included): the record is in doubt, check with the authoriser — no restriction it cannot read, and the writer who has checked may send (recorded)", () => {
    for (const [pack, title] of [[warwickshire, "Head of Business Services and Assurance"], [gwent, gwent.authoriser.title]] as const) {
      for (const writer of [CASEY, SAM.upn]) {
        const breaches = composeBreaches(writer, [to(doubted)], pack);
        expect(breaches.map((b) => [b.rule, b.overridable, b.personName])).toEqual([["recordInDoubt", true, "Pat O'Brien"]]);
        expect(breaches[0]!.message).toBe(`Pat O'Brien's contact strategy record is in doubt (a decision on it is missing, unreadable or was changed after it was recorded): it may be in force. Check with the ${title} before sending to pat.o'brien@example.org.`);
        expect(breaches[0]!.message).not.toMatch(/single point of contact|channel|blocked|advocate/);
      }
    }
    const alert = alertMessage(composeBreaches(CASEY, [to(doubted)], warwickshire), warwickshire, true);
    expect(alert).toContain("record is in doubt");
    expect(alert).toContain("Record override");
  });

  it("the notice while writing says the record is in doubt and to check with the authoriser, and still names anyone in force beside", () => {
    expect(recipientsNotice([to(doubted)])).toBe("Contact strategy record in doubt for Pat O'Brien: check with the authoriser before replying.");
    const jordan = guarded({ strategyId: "jordan", personName: "Jordan Blake" });
    const both = recipientsNotice([to(doubted), to(jordan, "jordan.blake@example.net")])!;
    expect(both).toBe("Contact strategy record in doubt for Pat O'Brien: check with the authoriser before replying. Also in force: Jordan Blake.");
    expect(both.length).toBeLessThanOrEqual(NOTICE_MAX);
    // An in-force strategy alone still reads as before.
    expect(recipientsNotice([to(jordan, "jordan.blake@example.net")])).toMatch(/^Contact strategy in force for Jordan Blake/);
  });
});

describe("recipientsNotice", () => {
  it("names the person, the single point of contact and what is allowed, within 150 characters", () => {
    const text = recipientsNotice([to(guarded())])!;
    expect(text).toBe("Contact strategy in force for Pat O'Brien: replies only from Sam Carter (single point of contact), by email; read and file.");
    expect(text.length).toBeLessThanOrEqual(NOTICE_MAX);
  });

  it("is nothing when no recipient is under a strategy in force", () => {
    expect(recipientsNotice([])).toBeUndefined();
  });

  it("names everyone when several people are under strategies, still within 150 characters", () => {
    const many = Array.from({ length: 8 }, (_, i) => to(guarded({ strategyId: `s${i}`, personName: `Person Number ${i}` }), `p${i}@example.org`));
    for (const count of [2, 3, 8]) {
      const text = recipientsNotice(many.slice(0, count))!;
      expect(text.length).toBeLessThanOrEqual(NOTICE_MAX);
      expect(text).toContain("Person Number 0");
    }
    expect(recipientsNotice(many.slice(0, 2))).toContain("Sam Carter");
  });
});

describe("alertMessage", () => {
  it("names the rule and paragraph, and how to override where the pack allows it", () => {
    const breaches = composeBreaches(CASEY, [to(guarded())], warwickshire);
    const text = alertMessage(breaches, warwickshire, true);
    expect(text).toContain("You are not the single point of contact for Pat O'Brien");
    expect(text).toContain("(warwickshire-managing-public-contact-policy.txt §7)");
    expect(text).toContain("Record override");
    expect(text).toContain("§7.2");
    expect(alertMessage(breaches, warwickshire, false)).not.toContain("Record override");
  });

  it("offers no override when any breach may not be overridden", () => {
    const both = composeBreaches(CASEY, [to(guarded()), to(guarded({ strategyId: "x", personName: "Lee", restrictions: [], allowedChannels: ["letter"], singlePointOfContact: undefined }), "lee@example.org")], warwickshire);
    expect(both.map((b) => b.overridable)).toEqual([true, false]);
    expect(alertMessage(both, warwickshire, true)).not.toContain("Record override");
  });

  it("stays within Outlook's 500 characters however many breaches, saying how many it left out", () => {
    const many = Array.from({ length: 30 }, (_, i) => to(guarded({ strategyId: `s${i}`, personName: `Person ${i}` }), `p${i}@example.org`));
    const text = alertMessage(composeBreaches(CASEY, many, warwickshire), warwickshire, true);
    expect(text.length).toBeLessThanOrEqual(ALERT_MAX);
    expect(text).toMatch(/And \d+ more\./);
  });
});
