import { describe, expect, it } from "vitest";
import { CASEY_ID, MORGAN_ID, ROSTER, proposal } from "../builders/evidence";
import { strategy } from "../builders/strategy";
import { inForceView, termsOf } from "../../src/policy/in-force";
import { getPack } from "../../src/policy/packs/index";
import { decisionFields, decisionFrom } from "../../src/store/sharepoint/mapping";

/**
 * T3 probe: an audit event changed after it was written is "edited" whoever changed it (the time is compared), but a
 * decision is "edited" only when someone OTHER than its author changed it (src/store/sharepoint/mapping.ts decisionFrom).
 * So an authoriser who can edit Decisions (a site owner, or an office that skipped the permission step — the roster is
 * the stated back-stop for that) rewrites their own approval after the fact. A legacy approval (recorded before
 * 2026-12-03) is judged on the proposer's identity only, so its rewritten terms — an address nobody proposed — are in force.
 */
const pack = getPack("warwickshire");
const INJECTED = "attacker@example.net";

describe("T3: an authoriser rewrites their own recorded approval", () => {
  it("Morgan's approval of Casey's proposal (recorded 1 December) is changed by Morgan on 4 December to add an address: the changed decision must not count", () => {
    const s = strategy({ id: "s-1", status: "active" });
    const original = { id: "s-1:approve", strategyId: "s-1", kind: "approve" as const, decidedBy: MORGAN_ID.upn!, decidedAt: "2026-12-01T10:00:00.000Z", rationale: "Criteria met.", checklist: [], terms: termsOf(s, "2027-03-31") };
    const rewritten = { ...original, terms: { ...original.terms, addresses: [...original.terms.addresses, INJECTED] } };
    const item = {
      id: "7",
      etag: '"2"',
      fields: decisionFields(rewritten),
      createdBy: MORGAN_ID,
      createdAt: "2026-12-01T10:00:00Z",
      lastModifiedBy: MORGAN_ID,
      lastModifiedAt: "2026-12-04T02:00:00Z",
    };
    const decision = decisionFrom(item);
    const view = inForceView(s, { decisions: [decision], proposals: [proposal(CASEY_ID, "2026-11-30T10:00:00.000Z", s)] }, pack, ROSTER);
    expect(view.inForce && view.terms.addresses.includes(INJECTED)).toBe(false);
  });
});
