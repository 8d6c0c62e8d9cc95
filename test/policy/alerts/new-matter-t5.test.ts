import { describe, expect, it } from "vitest";
import { classify } from "../../../src/policy/classifier/classify";
import { classifierOptions } from "../../../src/policy/classifier/options";
import { EMPTY_HISTORY } from "../../../src/policy/contact";
import { getPack } from "../../../src/policy/packs/index";
import { EXAMPLE_STAFF } from "../../../src/policy/alerts/rule";
import { THREAT_FIRST_STEP } from "../../../src/policy/alerts/threat-first";
import type { StrategyContext } from "../../../src/policy/alerts/types";

/**
 * New-matter alerts that told staff the opposite of what the message says (tester T5, finding 4): Pat writing from a new
 * address about the same complaint; a threat to Sam Carter answered with "respond to it"; a message from before the
 * strategy came into force raised as a new matter under it.
 */
const NOW = "2026-12-04T12:00:00.000Z";
const READ_AND_FILE: StrategyContext = { restrictions: ["readAndFile"], closedMatter: "complaint 2025/0933 about how the burglary report was handled", inForceFrom: "2026-12-04T09:00:00.000Z" };
const alertsOn = (subject: string, body: string, receivedAt = NOW, strategy: StrategyContext = READ_AND_FILE) =>
  classify(
    { from: "pat.o'brien@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject, body, receivedAt },
    classifierOptions(getPack("warwickshire"), { staffDomains: ["opcc.example.gov.uk"], staffNames: EXAMPLE_STAFF, history: EMPTY_HISTORY, now: NOW, strategy }),
  ).alerts;
const kinds = (subject: string, body: string, receivedAt?: string) => alertsOn(subject, body, receivedAt).map((a) => a.kind);

describe("a change of the writer's own address or contact details is not a new matter", () => {
  it.each([
    ["Writing from a new address", "You blocked my old address so I am writing from this one. Same complaint as before, and I still want the name of the officer's manager. Reply to my usual email."],
    ["New number", "Please note my new phone number is 07700 900123."],
    ["Moved", "I have moved to 14 Orchard Way, please update your records."],
    ["Change of address", "Change of address: 3 Mill Lane, Rugby. Same complaint as before."],
    ["Moved", "Last week I moved house, please use my new address from now on."],
    ["Email", "I've changed my email address, please use this one."],
  ])("must not: %s — %s", (subject, body) => {
    expect(kinds(subject, body)).not.toContain("new-matter");
  });

  it.each([
    ["Hearing", "Please note I have moved to 14 Orchard Way and I have now lost most of my hearing."],
    ["Drive", "Yesterday an officer parked across my drive for two hours."],
    ["New complaint", "This is a new complaint and nothing to do with my van."],
    ["Neighbour", "My new neighbour threatened me with a knife last night."],
    ["Complain", "I want to complain about how a sergeant spoke to me at Rugby police station."],
  ])("must still: %s — %s", (subject, body) => {
    expect(kinds(subject, body)).toContain("new-matter");
  });
});

describe("a threat to staff comes before a new matter", () => {
  it("Pat's 'Friday' threat to Sam Carter raises the threat, and no new matter on the threat's own words", () => {
    const found = kinds("Friday", "Tell Sam Carter he had better watch his back when he leaves the office on Friday. I know what car he drives.");
    expect(found).toContain("threat-to-staff");
    expect(found).not.toContain("new-matter");
  });

  it("a new matter raised beside a threat is kept, but its steps say to act on the threat first and not to reply", () => {
    const alerts = alertsOn("Two things", "Yesterday an officer parked across my drive for two hours. I know where you live, Casey.");
    expect(alerts.map((a) => a.kind)).toEqual(expect.arrayContaining(["threat-to-staff", "new-matter"]));
    const steps = alerts.find((a) => a.kind === "new-matter")!.guidance.steps.map((s) => s.text);
    expect(steps[0]).toBe(THREAT_FIRST_STEP);
    expect(steps.join(" ")).not.toMatch(/respond to it|acknowledge or respond/i);
  });

  it("without a threat, the new matter's steps still say to respond", () => {
    const steps = alertsOn("Drive", "Yesterday an officer parked across my drive for two hours.").find((a) => a.kind === "new-matter")!.guidance.steps.map((s) => s.text);
    expect(steps.join(" ")).toMatch(/respond to it/);
  });
});

describe("only a message received after the strategy came into force can be a new matter under it", () => {
  const BREAK_IN = "My house was broken into last night and my neighbour threatened me with a knife when I went round to ask about it. The police have not been out yet. What should I do?";
  it("Jordan's break-in of 5 November, under a strategy approved on 4 December: the crime alert, no new matter", () => {
    const found = kinds("Break-in last night", BREAK_IN, "2026-11-05T08:00:00.000Z");
    expect(found).toContain("crime");
    expect(found).not.toContain("new-matter");
  });
  it("the same message received after the approval is a new matter under it", () => {
    expect(kinds("Break-in last night", BREAK_IN, "2026-12-04T10:00:00.000Z")).toEqual(["crime", "new-matter"]);
  });
});
