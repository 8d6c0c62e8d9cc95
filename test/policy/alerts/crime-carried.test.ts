import { describe, expect, it } from "vitest";
import { alertKinds as kinds } from "./kinds";

/**
 * Issue 10 look-alikes: a crime rule that reads a sentence with the two before it must not carry a crime told as past or
 * as already handled from an earlier sentence into one that tells no crime of its own, where that sentence's "now" or
 * "again" are the writer's ("I'm sleeping again"), not news of the crime (src/policy/alerts/crime.ts crimeOnlyCarried).
 * A crime told in the cued sentence, or told as recent or going on, still alerts.
 */
describe("a crime carried from a sentence before", () => {
  it("recovered since a burglary last year, Victim Support thanked: no crime alert", () => {
    expect(kinds("I had a rough few months after the burglary last year and had counselling through Victim Support. I'm doing much better now, sleeping again. Just wanted to give the service 10/10.")).not.toContain("crime");
  });

  it.each([
    ["a break-in again last night", "My shed was broken into again last night. I am at my wits' end now."],
    ["a theft told in the sentence itself", "Someone broke into the van last night and took all my tools. I need a crime number for the insurance."],
  ])("%s: a crime alert", (_why, body) => {
    expect(kinds(body)).toContain("crime");
  });
});
