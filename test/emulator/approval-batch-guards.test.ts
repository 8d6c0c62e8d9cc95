import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, tokenOf } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { getPack } from "../../src/policy/packs/index";



import { caller } from "./client";

/**
 * T3 probe (found nothing; kept as a guard): the same forbidden writes as trust.test.ts, sent inside a Graph `$batch`,
 * with a step carrying someone else's Authorization header, and an If-Match "*" PATCH of a decision.
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const { storeOf } = demo;

describe("T3 (found nothing): forbidden writes inside $batch, and a backdated decision", () => {
  it("Morgan writes an approval of terms nobody proposed, claiming Created 2026-11-01 (before the legacy cut-off) in the fields: it is judged by the new rule and refused", async () => {
    const alex = (await storeOf(MORGAN).getStrategy("demo-alex-morgan"))!.value;
    const { decisionFields } = await import("../../src/store/sharepoint/mapping");
    const terms = { personName: alex.person.displayName, addresses: [...alex.addresses, "attacker@example.net"], restrictions: alex.restrictions, allowedChannels: alex.allowedChannels, reviewDate: "2027-03-31" };
    const fields = { ...decisionFields({ id: "backdated", strategyId: "demo-alex-morgan", kind: "approve", decidedBy: MORGAN.upn, decidedAt: "2026-11-01T00:00:00.000Z", rationale: "", checklist: [], terms }), Created: "2026-11-01T00:00:00Z", Modified: "2026-11-01T00:00:00Z" };
    const call = caller(() => demo.emulator, tokenOf(MORGAN));
    const posted = await call("POST", `/sites/${demo.siteId}/lists/Decisions/items`, { fields, createdDateTime: "2026-11-01T00:00:00Z" });
    const inForce = (await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER)).inForce.flatMap((e) => e.view.terms.addresses);
    expect({ status: posted.status, injected: inForce.includes("attacker@example.net") }).toMatchObject({ injected: false });
  });

  it("Casey's batch: a forged decision (step claiming Morgan's token), a PATCH and a DELETE of Pat's decision, a DELETE of an audit event: all refused, Pat in force", async () => {
    const call = caller(() => demo.emulator, tokenOf(CASEY));
    const decisions = (await call("GET", `/sites/${demo.siteId}/lists/Decisions/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
    const pat = decisions.find((d) => d.fields.StrategyKey === "demo-pat-obrien")!;
    const events = (await call("GET", `/sites/${demo.siteId}/lists/AuditTrail/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
    const event = events.find((e) => e.fields.Target === "strategy:demo-pat-obrien")!;
    const base = `/sites/${demo.siteId}/lists`;
    const requests = [
      { id: "1", method: "POST", url: `${base}/Decisions/items`, headers: { "Content-Type": "application/json", Authorization: `Bearer ${tokenOf(MORGAN)}` }, body: { fields: { ...pat.fields, DecisionKey: "forged" } } },
      { id: "2", method: "PATCH", url: `${base}/Decisions/items/${pat.id}/fields`, headers: { "Content-Type": "application/json", "If-Match": "*" }, body: { DecisionJson: "{}" } },
      { id: "3", method: "DELETE", url: `${base}/Decisions/items/${pat.id}` },
      { id: "4", method: "DELETE", url: `${base}/AuditTrail/items/${event.id}` },
    ];
    const answer = await call("POST", "/$batch", { requests });
    const statuses = Object.fromEntries((answer.body.responses as Array<{ id: string; status: number }>).map((r) => [r.id, r.status]));
    expect(statuses).toEqual({ "1": 403, "2": 403, "3": 403, "4": 403 });
    expect((await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER)).inForce.flatMap((e) => e.view.terms.addresses)).toContain("pat.o'brien@example.org");
  });
});
