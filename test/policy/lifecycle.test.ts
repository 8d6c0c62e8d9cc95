import { describe, expect, it } from "vitest";
import { getPack } from "../../src/policy/packs/index";
import { isInForce, transition } from "../../src/policy/lifecycle/transition";
import type { ContactStrategy, StrategyCommand, TransitionResult } from "../../src/policy/strategy";
import { caseworker, chief, command, head, strategy } from "../builders/strategy";

const warwickshire = getPack("warwickshire");
const gwent = getPack("gwent");
const ALL_W = warwickshire.criteria.map((c) => c.id);
const approve = (overrides: Partial<Extract<StrategyCommand, { type: "approve" }>> = {}) =>
  ({ ...command("approve", head, { criteriaConfirmed: ALL_W, reviewDate: "2027-03-31" }), ...overrides });
const proposed = (overrides: Partial<ContactStrategy> = {}) =>
  strategy({ status: "proposed", proposedBy: caseworker.upn, proposedAt: "2026-11-20T09:00:00.000Z", ...overrides });
const active = (overrides: Partial<ContactStrategy> = {}) => ok(transition(proposed(overrides), approve(), warwickshire));

function ok(result: TransitionResult): ContactStrategy {
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.message}`);
  return result.strategy;
}
function refused(result: TransitionResult) {
  if (result.ok) throw new Error("expected a refusal");
  return result;
}

describe("propose (Warwickshire 7: how contact will take place, restrictions, reason)", () => {
  it("moves a complete draft to proposed and records who proposed it", () => {
    const result = transition(strategy(), command("propose", caseworker, {}), warwickshire);
    const next = ok(result);
    expect(next.status).toBe("proposed");
    expect(next.proposedBy).toBe(caseworker.upn);
    expect(next.history).toEqual([expect.objectContaining({ type: "propose", from: "draft", to: "proposed", by: caseworker.upn })]);
  });

  it("refuses a draft with no restriction", () => {
    expect(refused(transition(strategy({ restrictions: [] }), command("propose", caseworker, {}), warwickshire)).code).toBe("nothingToPropose");
  });

  it("refuses a strategy that leaves the person no way to make contact (7.2)", () => {
    const r = refused(transition(strategy({ allowedChannels: [] }), command("propose", caseworker, {}), warwickshire));
    expect(r.code).toBe("noAllowedChannel");
  });

  it("refuses a step with no recorded reason (Gwent 9.0: record all decisions)", () => {
    const r = refused(transition(strategy(), command("propose", caseworker, { why: "  " }), warwickshire));
    expect(r.code).toBe("reasonMissing");
  });
});

describe("approve: every guard, accepted and refused", () => {
  it("activates when every condition is met, recording approver, criteria and review date", () => {
    const next = active();
    expect(next).toMatchObject({ status: "active", approvedBy: head.upn, reviewDate: "2027-03-31", criteriaConfirmed: ALL_W });
    expect(isInForce(next)).toBe(true);
  });

  it("refuses an approver without the pack's authoriser role (Warwickshire 7: Head of Business Services and Assurance)", () => {
    const r = refused(transition(proposed(), approve({ by: { ...caseworker, upn: "other@opcc.example.gov.uk" } }), warwickshire));
    expect(r.code).toBe("notAuthoriser");
    expect(r.message).toContain("Head of Business Services and Assurance");
    expect(r.policyRef).toBe("warwickshire-managing-public-contact-policy.txt §7");
  });

  it("Gwent: only the Chief Executive may approve (Gwent 7.0)", () => {
    const gwentDraft = proposed({ packId: "gwent" });
    const all = gwent.criteria.map((c) => c.id);
    expect(refused(transition(gwentDraft, approve({ criteriaConfirmed: all }), gwent)).code).toBe("notAuthoriser");
    expect(ok(transition(gwentDraft, approve({ by: chief, criteriaConfirmed: all }), gwent)).status).toBe("active");
  });

  it("four eyes: refuses the proposer approving their own proposal", () => {
    const r = refused(transition(proposed({ proposedBy: head.upn }), approve(), warwickshire));
    expect(r.code).toBe("ownProposal");
  });

  it("refuses until every criterion is confirmed, naming the missing one", () => {
    const r = refused(transition(proposed(), approve({ criteriaConfirmed: ALL_W.slice(0, 4) }), warwickshire));
    expect(r.code).toBe("criteriaUnconfirmed");
    expect(r.message).toContain("fair, reasonable and proportionate");
  });

  it.each([
    ["missing", "", "reviewDateInvalid"],
    ["not a date", "2027-02-30", "reviewDateInvalid"],
    ["today", "2026-11-25", "reviewDatePast"],
    ["past the pack's maximum (12 months)", "2027-11-26", "reviewDateTooFar"],
  ])("refuses a review date that is %s", (_label, reviewDate, code) => {
    expect(refused(transition(proposed(), approve({ reviewDate }), warwickshire)).code).toBe(code);
  });

  it("accepts a review date exactly at the pack's maximum", () => {
    expect(ok(transition(proposed(), approve({ reviewDate: "2027-11-25" }), warwickshire)).reviewDate).toBe("2027-11-25");
  });

  it("refuses when reasonable adjustments were not considered (Equality Act 2010; Warwickshire 5)", () => {
    const r = refused(transition(proposed({ reasonableAdjustments: { considered: false, notes: "" } }), approve(), warwickshire));
    expect(r.code).toBe("adjustmentsNotConsidered");
  });

  it("refuses when no written warning was given first (Warwickshire 6)", () => {
    const r = refused(transition(proposed({ priorWarning: { kind: "none" } }), approve(), warwickshire));
    expect(r.code).toBe("noPriorWarning");
  });

  it("accepts the threats-or-violence exception where the pack allows it (Warwickshire 6/7)", () => {
    const exception = { kind: "exception", reason: "threatsOrViolence", note: "Threatened to come to a caseworker's home." } as const;
    expect(ok(transition(proposed({ priorWarning: exception }), approve(), warwickshire)).status).toBe("active");
  });

  it("refuses the exception where the pack has none (Gwent 7.0)", () => {
    const exception = { kind: "exception", reason: "threatsOrViolence", note: "Threat." } as const;
    const all = gwent.criteria.map((c) => c.id);
    const r = refused(transition(proposed({ packId: "gwent", priorWarning: exception }), approve({ by: chief, criteriaConfirmed: all }), gwent));
    expect(r.code).toBe("exceptionNotAllowed");
  });

  it("refuses approving anything but a proposal, naming the states it is allowed from", () => {
    const r = refused(transition(strategy(), approve(), warwickshire));
    expect(r.code).toBe("wrongStatus");
    expect(r.message).toContain("allowed from: proposed");
  });
});

describe("reject, review, continue, alter, end", () => {
  it("an authoriser rejects a proposal; a caseworker cannot", () => {
    expect(ok(transition(proposed(), command("reject", head, {}), warwickshire)).status).toBe("rejected");
    expect(refused(transition(proposed(), command("reject", caseworker, {}), warwickshire)).code).toBe("notAuthoriser");
  });

  it("a review continues with a new review date (Warwickshire 7: continued, altered or ended)", () => {
    const review = ok(transition(active(), command("startReview", caseworker, {}), warwickshire));
    expect(review.status).toBe("underReview");
    expect(isInForce(review)).toBe(true);
    const continued = ok(transition(review, command("continue", head, { reviewDate: "2027-05-31" }), warwickshire));
    expect(continued).toMatchObject({ status: "active", reviewDate: "2027-05-31" });
    expect(refused(transition(review, command("continue", head, { reviewDate: "2028-06-01" }), warwickshire)).code).toBe("reviewDateTooFar");
  });

  it("an alteration replaces restrictions and channels, and may not remove every channel", () => {
    const review = ok(transition(active(), command("startReview", caseworker, {}), warwickshire));
    const altered = ok(
      transition(review, command("alter", head, { reviewDate: "2027-05-31", restrictions: [{ kind: "phoneTimeLimit", minutes: 10 }], allowedChannels: ["phone", "email"] }), warwickshire),
    );
    expect(altered.restrictions).toEqual([{ kind: "phoneTimeLimit", minutes: 10 }]);
    expect(altered.allowedChannels).toEqual(["phone", "email"]);
    const r = refused(transition(review, command("alter", head, { reviewDate: "2027-05-31", restrictions: [{ kind: "readAndFile" }], allowedChannels: [] }), warwickshire));
    expect(r.code).toBe("noAllowedChannel");
  });

  it("ends a strategy; an ended strategy no longer binds and cannot be reviewed", () => {
    const ended = ok(transition(active(), command("end", head, {}), warwickshire));
    expect(ended.status).toBe("ended");
    expect(isInForce(ended)).toBe(false);
    expect(refused(transition(ended, command("startReview", caseworker, {}), warwickshire)).code).toBe("wrongStatus");
  });
});

describe("disputes (Warwickshire 7.3: writing to the Chief Executive)", () => {
  it("records a dispute and its outcome without losing history", () => {
    const disputed = ok(transition(active(), command("raiseDispute", caseworker, { raisedOn: "2026-11-24" }), warwickshire));
    expect(disputed.disputes).toHaveLength(1);
    expect(refused(transition(disputed, command("raiseDispute", caseworker, { raisedOn: "2026-11-25" }), warwickshire)).code).toBe("disputePending");
    expect(refused(transition(disputed, command("decideDispute", head, { result: "upheld" }), warwickshire)).code).toBe("notAuthoriser");
    const decided = ok(transition(disputed, command("decideDispute", chief, { result: "upheld" }), warwickshire));
    expect(decided.status).toBe("active");
    expect(decided.disputes[0]?.outcome).toMatchObject({ result: "upheld", decidedBy: chief.upn });
    expect(decided.history.map((e) => e.type)).toEqual(["approve", "raiseDispute", "decideDispute"]);
  });

  it("a changed outcome sends the strategy back to review", () => {
    const disputed = ok(transition(active(), command("raiseDispute", caseworker, { raisedOn: "2026-11-24" }), warwickshire));
    expect(ok(transition(disputed, command("decideDispute", chief, { result: "changed" }), warwickshire)).status).toBe("underReview");
  });

  it("Gwent's policy has no dispute route, so none can be recorded", () => {
    const all = gwent.criteria.map((c) => c.id);
    const gwentActive = ok(transition(proposed({ packId: "gwent" }), approve({ by: chief, criteriaConfirmed: all }), gwent));
    expect(refused(transition(gwentActive, command("raiseDispute", caseworker, { raisedOn: "2026-11-24" }), gwent)).code).toBe("noDisputeProcess");
  });

  it("deciding with no open dispute is refused", () => {
    expect(refused(transition(active(), command("decideDispute", chief, { result: "upheld" }), warwickshire)).code).toBe("noDisputePending");
  });
});

describe("history is append-only", () => {
  it("never rewrites earlier events and never changes the input strategy", () => {
    const start = proposed();
    const frozen = JSON.stringify(start);
    const first = ok(transition(start, approve(), warwickshire));
    const second = ok(transition(first, command("startReview", caseworker, {}), warwickshire));
    expect(JSON.stringify(start)).toBe(frozen);
    expect(second.history.slice(0, first.history.length)).toEqual(first.history);
    expect(second.history.at(-1)).toMatchObject({ type: "startReview", from: "active", to: "underReview" });
  });
});
