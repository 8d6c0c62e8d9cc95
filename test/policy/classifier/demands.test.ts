import { describe, expect, it } from "vitest";
import { history, run, subTypes } from "./fixtures";

describe("unreasonable demands (Gwent 6.0; Warwickshire 3.2)", () => {
  it("flags a deadline sooner than the office's response time, and says what was asked", () => {
    const result = run({ body: "I demand a full response by Friday or else." });
    expect(subTypes(result)).toContain("demands/timescale");
  });

  it("does not flag a deadline the office can meet", () => {
    expect(subTypes(run({ body: "Please could you respond within 30 working days." }))).not.toContain("demands/timescale");
  });

  it("flags insisting on one person, and a manager at the outset of a first contact only", () => {
    expect(subTypes(run({ body: "I will only speak to the Commissioner about this." }))).toContain("demands/particularPerson");
    const body = "I want to speak to your manager now.";
    expect(subTypes(run({ body }))).toContain("demands/managerAtOutset");
    expect(subTypes(run({ body }, history([[10, "Earlier letter about my case."]])))).not.toContain("demands/managerAtOutset");
  });

  it("flags demands outside the Commissioner's powers", () => {
    expect(subTypes(run({ body: "I demand that you arrest the officer who stopped me." }))).toContain("demands/cannotDo");
  });

  it("flags repeated demands substantially the same, from history", () => {
    const text = "I want my complaint about PC Smith reopened and a written apology from the Chief Constable this month.";
    const past = history([[3, text], [2, text], [1, `${text} Thanks.`]]);
    const result = run({ body: text }, past);
    expect(subTypes(result)).toContain("demands/repeated");
    expect(result.metrics.nearDuplicates.length).toBeGreaterThanOrEqual(2);
  });

  it("flags repeatedly copying staff into mail to another body", () => {
    const past = history([[5, "To the council, cc OPCC", ["sam.carter@opcc.example.gov.uk"]]]);
    const result = run({ to: ["complaints@council.example.gov.uk"], cc: ["sam.carter@opcc.example.gov.uk"], body: "Council, please act." }, past);
    expect(subTypes(result)).toContain("demands/copyingStaff");
  });
});
