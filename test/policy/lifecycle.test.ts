import { describe, expect, it } from "vitest";
import { getPack } from "../../src/policy/packs/index";
import { isInForce, transition } from "../../src/policy/lifecycle/transition";
import type { RefusalCode } from "../../src/policy/lifecycle/refusal";
import type { ContactStrategy, StrategyCommand, TransitionResult } from "../../src/policy/strategy";
import { caseworker, chief, command, head, strategy } from "../builders/strategy";

const warwickshire = getPack("warwickshire");
const gwent = getPack("gwent");
const ALL_W = warwickshire.criteria.map((c) => c.id);
const ALL_G = gwent.criteria.map((c) => c.id);
const approve = (overrides: Partial<Extract<StrategyCommand, { type: "approve" }>> = {}) =>
  ({ ...command("approve", head, { criteriaConfirmed: ALL_W, reviewDate: "2027-03-31" }), ...overrides });
const approveGwent = (overrides: Partial<Extract<StrategyCommand, { type: "approve" }>> = {}) =>
  approve({ by: chief, criteriaConfirmed: ALL_G, ...overrides });
const proposed = (overrides: Partial<ContactStrategy> = {}) =>
  strategy({ status: "proposed", proposedBy: caseworker.upn, proposedAt: "2026-11-20T09:00:00.000Z", ...overrides });
const active = (overrides: Partial<ContactStrategy> = {}) => ok(transition(proposed(overrides), approve(), warwickshire));
type Behaviour = Pick<ContactStrategy, "categories" | "subTypes">;
const underReview = () => ok(transition(active(), command("startReview", caseworker, {}), warwickshire));

/** The paragraphs each refusal must cite (see the policies in ../shared/policies). */
const W = (section: string) => `warwickshire-managing-public-contact-policy.txt §${section}`;
const G = (section: string) => `gwent-managing-customer-contact-policy.txt §${section}`;

function ok(result: TransitionResult): ContactStrategy {
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.message}`);
  return result.strategy;
}
/** A refusal with this code, citing this paragraph. */
function refused(result: TransitionResult, code: RefusalCode, policyRef: string) {
  if (result.ok) throw new Error(`expected a refusal (${code}), but it was accepted`);
  expect({ code: result.code, policyRef: result.policyRef }).toEqual({ code, policyRef });
  expect(result.message.length).toBeGreaterThan(10);
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

  it("refuses to submit a proposal with no written warning and no exception: it stays a draft (Warwickshire 6; T5 finding 5)", () => {
    const r = refused(transition(strategy({ priorWarning: { kind: "none" } }), command("propose", caseworker, {}), warwickshire), "noPriorWarning", W("6"));
    expect(r.message).toContain("Until then, save this as a draft.");
    expect(transition(strategy({ priorWarning: { kind: "given", on: "2026-09-01" } }), command("propose", caseworker, {}), warwickshire).ok).toBe(true);
  });

  it("lists every problem with a proposal at once, in the form's order (T5 finding 5)", async () => {
    const { proposalProblems } = await import("../../src/policy/lifecycle/guards");
    const problems = proposalProblems(strategy({ categories: [], restrictions: [{ kind: "singlePointOfContact", spoc: { upn: "", displayName: "" } }], allowedChannels: [], priorWarning: { kind: "none" } }), warwickshire);
    expect(problems.map((p) => p.code)).toEqual(["nothingToPropose", "noPriorWarning", "restrictionIncomplete", "noAllowedChannel"]);
    expect(problems[0]!.message).toBe("Tick the behaviour categories the strategy answers.");
  });

  it("refuses a draft with no restriction (Warwickshire 7: sets out any restrictions; Gwent 8.0)", () => {
    refused(transition(strategy({ restrictions: [] }), command("propose", caseworker, {}), warwickshire), "nothingToPropose", W("7"));
    refused(transition(strategy({ packId: "gwent", restrictions: [] }), command("propose", caseworker, {}), gwent), "nothingToPropose", G("8.0"));
  });

  it("refuses a strategy that leaves the person no way to make contact (Warwickshire 7.2: never left unsure; Gwent 8.0)", () => {
    const r = refused(transition(strategy({ allowedChannels: [] }), command("propose", caseworker, {}), warwickshire), "noAllowedChannel", W("7.2"));
    expect(r.message).toContain("at least one channel");
    refused(transition(strategy({ packId: "gwent", allowedChannels: [] }), command("propose", caseworker, {}), gwent), "noAllowedChannel", G("8.0"));
  });

  it("refuses a step with no recorded reason (Warwickshire 7: reasons clearly articulated; Gwent 9.0: record all decisions)", () => {
    refused(transition(strategy(), command("propose", caseworker, { why: "  " }), warwickshire), "reasonMissing", W("7"));
    refused(transition(strategy({ packId: "gwent" }), command("propose", caseworker, { why: "" }), gwent), "reasonMissing", G("9.0"));
  });

  it("refuses proposing a strategy that is already proposed (Warwickshire 7)", () => {
    const r = refused(transition(proposed(), command("propose", caseworker, {}), warwickshire), "wrongStatus", W("7"));
    expect(r.message).toContain("allowed from: draft");
  });
});

describe("approve: every guard, accepted and refused", () => {
  it("activates when every condition is met, recording approver, criteria and review date", () => {
    const next = active();
    expect(next).toMatchObject({ status: "active", approvedBy: head.upn, reviewDate: "2027-03-31", criteriaConfirmed: ALL_W });
    expect(isInForce(next)).toBe(true);
  });

  it("refuses an approver without the pack's authoriser role (Warwickshire 7: Head of Business Services and Assurance)", () => {
    const r = refused(transition(proposed(), approve({ by: { ...caseworker, upn: "other@opcc.example.gov.uk" } }), warwickshire), "notAuthoriser", W("7"));
    expect(r.message).toContain("Head of Business Services and Assurance");
  });

  it("Gwent: only the Chief Executive may approve (Gwent 7.0)", () => {
    const gwentDraft = proposed({ packId: "gwent" });
    const r = refused(transition(gwentDraft, approveGwent({ by: head }), gwent), "notAuthoriser", G("7.0"));
    expect(r.message).toContain("Chief Executive");
    expect(ok(transition(gwentDraft, approveGwent(), gwent)).status).toBe("active");
  });

  it("four eyes: refuses the proposer approving their own proposal (Warwickshire 7: careful consideration by the authoriser)", () => {
    refused(transition(proposed({ proposedBy: head.upn }), approve(), warwickshire), "ownProposal", W("7"));
  });

  it("refuses until every criterion is confirmed, naming the missing one (Warwickshire 7: five criteria)", () => {
    const r = refused(transition(proposed(), approve({ criteriaConfirmed: ALL_W.slice(0, 4) }), warwickshire), "criteriaUnconfirmed", W("7"));
    expect(r.message).toContain("fair, reasonable and proportionate");
  });

  it("Gwent: refuses until its four criteria are confirmed (Gwent 7.0)", () => {
    const r = refused(transition(proposed({ packId: "gwent" }), approveGwent({ criteriaConfirmed: ALL_G.slice(1) }), gwent), "criteriaUnconfirmed", G("7.0"));
    expect(r.message).toContain("considered and addressed properly");
  });

  it.each([
    ["missing", "", "reviewDateInvalid"],
    ["not a date", "2027-02-30", "reviewDateInvalid"],
    ["today", "2026-11-25", "reviewDatePast"],
    ["in the past", "2026-10-01", "reviewDatePast"],
    ["past the pack's maximum (12 months)", "2027-11-26", "reviewDateTooFar"],
  ] as const)("refuses a review date that is %s (Warwickshire 7: a review date agreed)", (_label, reviewDate, code) => {
    refused(transition(proposed(), approve({ reviewDate }), warwickshire), code, W("7"));
  });

  it("accepts a review date exactly at the pack's maximum (Warwickshire 7)", () => {
    expect(ok(transition(proposed(), approve({ reviewDate: "2027-11-25" }), warwickshire)).reviewDate).toBe("2027-11-25");
  });

  it("Gwent: a review date past its maximum cites its own paragraph (Gwent 9.0)", () => {
    refused(transition(proposed({ packId: "gwent" }), approveGwent({ reviewDate: "2027-11-26" }), gwent), "reviewDateTooFar", G("9.0"));
  });

  it("refuses when reasonable adjustments were not considered (Equality Act 2010; Warwickshire 5; Gwent 7.0)", () => {
    const notConsidered = { reasonableAdjustments: { considered: false, notes: "" } };
    refused(transition(proposed(notConsidered), approve(), warwickshire), "adjustmentsNotConsidered", W("5"));
    refused(transition(proposed({ packId: "gwent", ...notConsidered }), approveGwent(), gwent), "adjustmentsNotConsidered", G("7.0"));
  });

  it.each([
    ["an empty", ""],
    ["a whitespace-only", "  \n\t "],
  ])("refuses adjustments ticked as considered with %s note (Warwickshire 5)", (_label, notes) => {
    const r = refused(transition(proposed({ reasonableAdjustments: { considered: true, notes } }), approve(), warwickshire), "adjustmentsNoteMissing", W("5"));
    expect(r.message).toContain("reasonable adjustments");
  });

  it("accepts adjustments recorded as considered with a note saying what (Warwickshire 5)", () => {
    const adjustments = { considered: true, notes: "Asked about support; none needed. Large print offered." };
    expect(ok(transition(proposed({ reasonableAdjustments: adjustments }), approve(), warwickshire)).reasonableAdjustments).toEqual(adjustments);
  });

  it("refuses when no written warning was given first (Warwickshire 6)", () => {
    const r = refused(transition(proposed({ priorWarning: { kind: "none" } }), approve(), warwickshire), "noPriorWarning", W("6"));
    expect(r.message).toContain("violence");
  });

  it("Gwent: refuses when no written warning was given first (Gwent 8.0)", () => {
    refused(transition(proposed({ packId: "gwent", priorWarning: { kind: "none" } }), approveGwent(), gwent), "noPriorWarning", G("8.0"));
  });

  it("refuses approving anything but a proposal, naming the states it is allowed from (Warwickshire 7)", () => {
    const r = refused(transition(strategy(), approve(), warwickshire), "wrongStatus", W("7"));
    expect(r.message).toContain("allowed from: proposed");
  });
});

describe("the written warning's exception (Warwickshire 6/7: violence used or threatened)", () => {
  const exception = (note: string) => ({ kind: "exception", reason: "threatsOrViolence", note }) as const;
  const threatened: Behaviour = { categories: ["abusive"], subTypes: ["threat"] };

  it("accepts the exception when the strategy records a threat and a note explains it (Warwickshire 6)", () => {
    const next = ok(transition(proposed({ ...threatened, priorWarning: exception("Threatened to come to a caseworker's home.") }), approve(), warwickshire));
    expect(next.status).toBe("active");
  });

  it("accepts the exception alongside other recorded behaviour, as long as a threat is among it (Warwickshire 6)", () => {
    const mixed: Behaviour = { categories: ["persistent", "abusive"], subTypes: ["excessiveVolume", "threat"] };
    expect(ok(transition(proposed({ ...mixed, priorWarning: exception("Threat in the 40th email of the week.") }), approve(), warwickshire)).status).toBe("active");
  });

  it("refuses the exception on a strategy whose only behaviour is persistence (Warwickshire 6)", () => {
    const persistent: Behaviour = { categories: ["persistent"], subTypes: ["afterDecision"] };
    const r = refused(transition(proposed({ ...persistent, priorWarning: exception("") }), approve(), warwickshire), "exceptionNotEvidenced", W("6"));
    expect(r.message).toContain("Threats or harm to people or property");
    refused(transition(proposed({ categories: ["persistent"], priorWarning: exception("They were rude.") }), approve(), warwickshire), "exceptionNotEvidenced", W("6"));
  });

  it("refuses the exception for abuse that is not a threat (Warwickshire 6: violence used or threatened)", () => {
    const swearing: Behaviour = { categories: ["abusive"], subTypes: ["offensiveLanguage"] };
    refused(transition(proposed({ ...swearing, priorWarning: exception("Swore at staff.") }), approve(), warwickshire), "exceptionNotEvidenced", W("6"));
    // The abusive category alone, with no recorded sub-type, is not evidence of a threat.
    refused(transition(proposed({ categories: ["abusive"], priorWarning: exception("Abusive.") }), approve(), warwickshire), "exceptionNotEvidenced", W("6"));
  });

  it("refuses a threat sub-type recorded without its category (Warwickshire 6)", () => {
    const inconsistent: Behaviour = { categories: ["persistent"], subTypes: ["threat"] };
    refused(transition(proposed({ ...inconsistent, priorWarning: exception("Threat.") }), approve(), warwickshire), "exceptionNotEvidenced", W("6"));
  });

  it.each([
    ["an empty", ""],
    ["a whitespace-only", "   "],
  ])("refuses the exception with %s note, even for a recorded threat (Warwickshire 6)", (_label, note) => {
    const r = refused(transition(proposed({ ...threatened, priorWarning: exception(note) }), approve(), warwickshire), "exceptionNoteMissing", W("6"));
    expect(r.message).toContain("Explain why");
  });

  it("refuses the exception where the pack has none (Gwent 8.0: advise customers prior to any restriction)", () => {
    refused(transition(proposed({ packId: "gwent", ...threatened, priorWarning: exception("Threat.") }), approveGwent(), gwent), "exceptionNotAllowed", G("8.0"));
  });
});

describe("reject (Warwickshire 7: only the authoriser decides)", () => {
  it("an authoriser rejects a proposal; a caseworker cannot", () => {
    expect(ok(transition(proposed(), command("reject", head, {}), warwickshire)).status).toBe("rejected");
    refused(transition(proposed(), command("reject", caseworker, {}), warwickshire), "notAuthoriser", W("7"));
  });
});

describe("review (Warwickshire 7: a review date, when the restrictions may be continued, altered or ended)", () => {
  it("any member of staff brings an active strategy to review (Warwickshire 7.1: reviewed regularly)", () => {
    const review = underReview();
    expect(review.status).toBe("underReview");
    expect(isInForce(review)).toBe(true);
  });

  it("refuses reviewing a strategy that is not active (Warwickshire 7)", () => {
    refused(transition(proposed(), command("startReview", caseworker, {}), warwickshire), "wrongStatus", W("7"));
  });
});

describe("continue (Warwickshire 7: continued, with a new review date)", () => {
  it("the authoriser continues a strategy under review with a new review date (Warwickshire 7)", () => {
    const continued = ok(transition(underReview(), command("continue", head, { reviewDate: "2027-05-31" }), warwickshire));
    expect(continued).toMatchObject({ status: "active", reviewDate: "2027-05-31" });
    expect(continued.history.at(-1)).toMatchObject({ type: "continue", from: "underReview", to: "active", by: head.upn });
  });

  it("refuses a caseworker continuing a strategy (Warwickshire 7: only the Head of Business Services and Assurance)", () => {
    const r = refused(transition(underReview(), command("continue", caseworker, { reviewDate: "2027-05-31" }), warwickshire), "notAuthoriser", W("7"));
    expect(r.message).toContain("continue a strategy");
  });

  it("Gwent: refuses anyone but the Chief Executive continuing a strategy (Gwent 7.0)", () => {
    const gwentActive = ok(transition(proposed({ packId: "gwent" }), approveGwent(), gwent));
    const review = ok(transition(gwentActive, command("startReview", caseworker, {}), gwent));
    refused(transition(review, command("continue", head, { reviewDate: "2027-05-31" }), gwent), "notAuthoriser", G("7.0"));
    expect(ok(transition(review, command("continue", chief, { reviewDate: "2027-05-31" }), gwent)).status).toBe("active");
  });

  it.each([
    ["beyond the maximum", "2028-06-01", "reviewDateTooFar"],
    ["in the past", "2026-11-01", "reviewDatePast"],
  ] as const)("refuses continuing with a review date %s (Warwickshire 7)", (_label, reviewDate, code) => {
    refused(transition(underReview(), command("continue", head, { reviewDate }), warwickshire), code, W("7"));
  });

  it("refuses continuing a strategy that is not under review (Warwickshire 7)", () => {
    const r = refused(transition(active(), command("continue", head, { reviewDate: "2027-05-31" }), warwickshire), "wrongStatus", W("7"));
    expect(r.message).toContain("allowed from: underReview");
  });
});

describe("alter (Warwickshire 7: altered at review)", () => {
  const alteration = (overrides: Partial<Extract<StrategyCommand, { type: "alter" }>> = {}) =>
    command("alter", head, {
      reviewDate: "2027-05-31",
      restrictions: [{ kind: "phoneTimeLimit", minutes: 10 }],
      allowedChannels: ["phone", "email"],
      ...overrides,
    });

  it("the authoriser replaces restrictions and channels, with a new review date (Warwickshire 7)", () => {
    const altered = ok(transition(underReview(), alteration(), warwickshire));
    expect(altered).toMatchObject({ status: "active", reviewDate: "2027-05-31" });
    expect(altered.restrictions).toEqual([{ kind: "phoneTimeLimit", minutes: 10 }]);
    expect(altered.allowedChannels).toEqual(["phone", "email"]);
  });

  it("refuses a caseworker altering a strategy (Warwickshire 7: only the Head of Business Services and Assurance)", () => {
    const r = refused(transition(underReview(), alteration({ by: caseworker }), warwickshire), "notAuthoriser", W("7"));
    expect(r.message).toContain("alter a strategy");
  });

  it("refuses an alteration that removes every channel (Warwickshire 7.2: never left unsure)", () => {
    refused(transition(underReview(), alteration({ restrictions: [{ kind: "readAndFile" }], allowedChannels: [] }), warwickshire), "noAllowedChannel", W("7.2"));
  });

  it("refuses an alteration with no restrictions: end the strategy instead (Warwickshire 7: continued, altered or ended)", () => {
    const r = refused(transition(underReview(), alteration({ restrictions: [] }), warwickshire), "nothingToPropose", W("7"));
    expect(r.message).toContain("end it instead");
  });

  it.each([
    ["beyond the maximum (12 months)", "2027-11-26", "reviewDateTooFar"],
    ["in the past", "2026-11-24", "reviewDatePast"],
    ["not a date", "31/05/2027", "reviewDateInvalid"],
  ] as const)("refuses an alteration with a review date %s (Warwickshire 7)", (_label, reviewDate, code) => {
    refused(transition(underReview(), alteration({ reviewDate }), warwickshire), code, W("7"));
  });

  it("refuses altering an active strategy that is not under review (Warwickshire 7)", () => {
    refused(transition(active(), alteration(), warwickshire), "wrongStatus", W("7"));
  });
});

describe("end (Warwickshire 7: ended)", () => {
  it("the authoriser ends an active strategy; it no longer binds and cannot be reviewed (Warwickshire 7)", () => {
    const ended = ok(transition(active(), command("end", head, {}), warwickshire));
    expect(ended).toMatchObject({ status: "ended", endedAt: "2026-11-25T10:00:00.000Z" });
    expect(isInForce(ended)).toBe(false);
    refused(transition(ended, command("startReview", caseworker, {}), warwickshire), "wrongStatus", W("7"));
  });

  it("the authoriser ends a strategy that is under review (Warwickshire 7: ended at review)", () => {
    const ended = ok(transition(underReview(), command("end", head, { why: "Behaviour has improved since the review began." }), warwickshire));
    expect(ended.status).toBe("ended");
    expect(ended.history.map((e) => `${e.type}:${e.from}→${e.to}`)).toEqual(["approve:proposed→active", "startReview:active→underReview", "end:underReview→ended"]);
  });

  it("refuses a caseworker ending a strategy, active or under review (Warwickshire 7: only the Head of Business Services and Assurance)", () => {
    refused(transition(active(), command("end", caseworker, {}), warwickshire), "notAuthoriser", W("7"));
    const r = refused(transition(underReview(), command("end", caseworker, {}), warwickshire), "notAuthoriser", W("7"));
    expect(r.message).toContain("end a strategy");
  });

  it("refuses ending a strategy that was never approved (Warwickshire 7)", () => {
    const r = refused(transition(proposed(), command("end", head, {}), warwickshire), "wrongStatus", W("7"));
    expect(r.message).toContain("allowed from: active, underReview");
  });
});

describe("disputes (Warwickshire 7.3: writing to the Chief Executive)", () => {
  it("records a dispute and its outcome without losing history (Warwickshire 7.3)", () => {
    const disputed = ok(transition(active(), command("raiseDispute", caseworker, { raisedOn: "2026-11-24" }), warwickshire));
    expect(disputed.disputes).toHaveLength(1);
    refused(transition(disputed, command("raiseDispute", caseworker, { raisedOn: "2026-11-25" }), warwickshire), "disputePending", W("7.3"));
    refused(transition(disputed, command("decideDispute", head, { result: "upheld" }), warwickshire), "notAuthoriser", W("7.3"));
    const decided = ok(transition(disputed, command("decideDispute", chief, { result: "upheld" }), warwickshire));
    expect(decided.status).toBe("active");
    expect(decided.disputes[0]?.outcome).toMatchObject({ result: "upheld", decidedBy: chief.upn });
    expect(decided.history.map((e) => e.type)).toEqual(["approve", "raiseDispute", "decideDispute"]);
  });

  it("a changed outcome sends the strategy back to review (Warwickshire 7.3)", () => {
    const disputed = ok(transition(active(), command("raiseDispute", caseworker, { raisedOn: "2026-11-24" }), warwickshire));
    expect(ok(transition(disputed, command("decideDispute", chief, { result: "changed" }), warwickshire)).status).toBe("underReview");
  });

  it("Gwent's policy has no dispute route, so none can be recorded (Gwent 9.0: reconsidered instead)", () => {
    const gwentActive = ok(transition(proposed({ packId: "gwent" }), approveGwent(), gwent));
    refused(transition(gwentActive, command("raiseDispute", caseworker, { raisedOn: "2026-11-24" }), gwent), "noDisputeProcess", G("9.0"));
  });

  it("deciding with no open dispute is refused (Warwickshire 7.3)", () => {
    refused(transition(active(), command("decideDispute", chief, { result: "upheld" }), warwickshire), "noDisputePending", W("7.3"));
  });

  it("a dispute on a strategy not in force is refused (Warwickshire 7.3)", () => {
    refused(transition(proposed(), command("raiseDispute", caseworker, { raisedOn: "2026-11-24" }), warwickshire), "wrongStatus", W("7.3"));
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

describe("restrictions staff can follow, and a note for each criterion", () => {
  it("refuses a proposal or an alteration whose restriction lacks what it needs, naming it", async () => {
    const { restrictionProblem } = await import("../../src/policy/restrictions");
    expect(restrictionProblem({ kind: "phoneTimeLimit", minutes: 0 })).toMatch(/whole minutes/);
    expect(restrictionProblem({ kind: "phoneTimeLimit", minutes: 10.5 })).toMatch(/whole minutes/);
    expect(restrictionProblem({ kind: "blockedAddress", address: "not an address" })).toMatch(/address to block/);
    expect(restrictionProblem({ kind: "blockedAddress", address: "07700 900417" })).toBeUndefined();
    expect(restrictionProblem({ kind: "singlePointOfContact", spoc: { upn: "", displayName: "Sam" } })).toMatch(/sign-in address/);
    expect(restrictionProblem({ kind: "dedicatedAddress", address: "pat@example.org", divertToFolder: " " })).toMatch(/folder/);
    expect(restrictionProblem({ kind: "other", description: "" })).toMatch(/Say what/);
    const draft = strategy({ restrictions: [{ kind: "singlePointOfContact", spoc: { upn: "sam@", displayName: "Sam" } }] });
    expect(transition(draft, command("propose", caseworker, {}), warwickshire)).toMatchObject({ ok: false, code: "restrictionIncomplete", message: expect.stringMatching(/^Single point of contact \(SPOC\): /), policyRef: expect.stringContaining("§7") });
    const review = strategy({ status: "underReview" });
    const alter = command("alter", head, { reviewDate: "2027-03-01", restrictions: [{ kind: "phoneTimeLimit", minutes: -5 }], allowedChannels: ["email"] });
    expect(transition(review, alter, warwickshire)).toMatchObject({ ok: false, code: "restrictionIncomplete" });
  });

  it("a criterion confirmed without a note is refused, citing the record-keeping paragraph", async () => {
    const { mustNoteEachCriterion } = await import("../../src/policy/lifecycle/guards");
    const ids = warwickshire.criteria.map((c) => c.id);
    expect(mustNoteEachCriterion(ids, ids.map((id) => ({ id, note: "Seen in the case file." })), warwickshire)).toBeUndefined();
    expect(mustNoteEachCriterion(ids, ids.slice(1).map((id) => ({ id, note: "Seen in the case file." })), warwickshire)).toMatchObject({ code: "criterionNoteMissing", policyRef: expect.stringContaining("§7") });
  });
});
