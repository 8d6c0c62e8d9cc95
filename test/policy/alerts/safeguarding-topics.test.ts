import { describe, expect, it } from "vitest";
import { alertKinds as kinds } from "./kinds";

/**
 * Issue 10 look-alikes: safeguarding words as a subject — a school project on modern slavery, police forces' policy on
 * mental health calls — are no person at risk (src/policy/alerts/safeguarding.ts vulnerable-adult, concepts.ts HARM:
 * "forces" is the police, not someone forcing a person). Someone exploited, or forced to hand over a pension, still alerts.
 */
describe("safeguarding words as a subject", () => {
  it.each([
    ["a school project on modern slavery", "My daughter is in Year 10 and is doing a project on modern slavery for her citizenship class. Do you have any leaflets?"],
    ["police forces' policy on mental health calls", "I've read that some forces no longer send officers to most mental health calls. My brother has bipolar disorder and in the past it was the police who found him. Has Warwickshire done the same?"],
  ])("%s: no safeguarding alert", (_why, body) => {
    expect(kinds(body)).not.toContain("safeguarding");
  });

  it.each([
    ["men kept at a car wash unpaid", "I think the men at the car wash are victims of modern slavery, they sleep there and never get paid."],
    ["a grandson forcing his grandmother to hand over her pension", "My neighbour is 84 and her grandson forces her to hand over her pension every week."],
  ])("%s: a safeguarding alert", (_why, body) => {
    expect(kinds(body)).toContain("safeguarding");
  });
});
