import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, tokenOf } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { APPROVAL_CHECKS } from "../builders/evidence";
import { decide, proposeChange } from "../../src/app/strategy/actions";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { readStrategyDetail } from "../../src/app/strategy/read";
import { continueOnApprovedTerms } from "../../src/app/strategy/review";
import { reconcile } from "../../src/app/records/reconcile";
import { getPack } from "../../src/policy/packs/index";
import type { ContactStrategy } from "../../src/policy/strategy";
import { strategyFields } from "../../src/store/sharepoint/mapping";
import { caller } from "./client";

/**
 * T4 (independent attacker), what held: four-eyes on the terms approved (docs/decisions/0008), tried with the office's
 * own store and permissions as the authoriser alone (Morgan) and as a caseworker alone (Casey). Each attack here is
 * withstood; these tests keep it so.
 */
const pack = getPack("warwickshire");
const INJECTED = "attacker@example.net";
const demo = demoSiteEachTest();
const { storeOf } = demo;
const second = () => new Promise((r) => setTimeout(r, 1100)); // SharePoint's clock counts whole seconds
const inForceAddresses = async () => (await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER)).inForce.flatMap((e) => e.strategy.addresses);
const detailOf = async (id: string) => (await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, id))!;
const patTermsInForce = async () => {
  const view = (await detailOf("demo-pat-obrien")).view;
  if (!view.inForce) throw new Error("Pat should be in force");
  return view.terms;
};

describe("T4: the authoriser alone cannot put terms in force that nobody else proposed", () => {
  it("Morgan brings Pat's strategy to review proposing an added address herself, then continues adopting it: refused as her own proposal; the address is not in force", async () => {
    const morgan = storeOf(MORGAN);
    const pat = (await morgan.getStrategy("demo-pat-obrien"))!;
    await second();
    expect(await proposeChange(morgan, pack, pat, { ...pat.value, addresses: [...pat.value.addresses, INJECTED] }, MORGAN, "Pat writes from here too.", new Date().toISOString())).toMatchObject({ ok: true });
    await second();
    const current = (await morgan.getStrategy("demo-pat-obrien"))!;
    expect(current.value.addresses).toContain(INJECTED);
    expect(await decide(morgan, pack, current, { type: "continue", by: MORGAN, at: new Date().toISOString(), why: "Adopt the address.", reviewDate: "2027-05-31" })).toMatchObject({ ok: true });
    const view = (await detailOf("demo-pat-obrien")).view;
    expect(view).toMatchObject({ inForce: true, decision: { kind: "approve" }, refused: [{ kind: "continue", reason: "termsNotProposed" }] });
    expect(await inForceAddresses()).not.toContain(INJECTED);
  });

  it("replaying an approval: Morgan ends Pat's strategy, then writes into Decisions an approval carrying the old approved terms, and a continuation: neither counts (no proposal since the ending; nothing in force) — Pat stays ended", async () => {
    const morgan = storeOf(MORGAN);
    const old = await patTermsInForce();
    const pat = (await morgan.getStrategy("demo-pat-obrien"))!;
    await second();
    expect(await decide(morgan, pack, pat, { type: "end", by: MORGAN, at: new Date().toISOString(), why: "Contact has been reasonable." })).toMatchObject({ ok: true });
    await second();
    const at = new Date().toISOString();
    await morgan.addDecision({ id: `demo-pat-obrien:approve:${at}`, strategyId: "demo-pat-obrien", kind: "approve", decidedBy: MORGAN.upn, decidedAt: at, rationale: "Back on.", checklist: pack.criteria.map((c) => c.id), ...APPROVAL_CHECKS, terms: { ...old, reviewDate: "2027-05-31" } });
    await second();
    const later = new Date().toISOString();
    await morgan.addDecision({ id: `demo-pat-obrien:continue:${later}`, strategyId: "demo-pat-obrien", kind: "continue", decidedBy: MORGAN.upn, decidedAt: later, rationale: "Continue.", checklist: [], terms: { ...old, reviewDate: "2027-05-31" } });
    const view = (await detailOf("demo-pat-obrien")).view;
    expect(view).toMatchObject({ inForce: false, why: "ended" });
    expect(view.refused.map((r) => [r.kind, r.reason])).toEqual([["approve", "noProposal"], ["continue", "nothingInForce"]]);
    expect(await inForceAddresses()).not.toContain("pat.o'brien@example.org");
  });

  it("an answered proposal is not re-used: Casey proposes adding an address to Pat at review, Morgan continues on the approved terms (discarding it), then writes a continuation adopting it into Decisions — refused; the address is not in force", async () => {
    const casey = storeOf(CASEY);
    const pat = (await casey.getStrategy("demo-pat-obrien"))!;
    await second();
    expect(await proposeChange(casey, pack, pat, { ...pat.value, addresses: [...pat.value.addresses, INJECTED] }, CASEY, "Pat writes from here too.", new Date().toISOString())).toMatchObject({ ok: true });
    await second();
    const detail = await detailOf("demo-pat-obrien");
    const current = (await storeOf(MORGAN).getStrategy("demo-pat-obrien"))!;
    expect(await continueOnApprovedTerms(storeOf(MORGAN), pack, current, detail.view, { by: MORGAN, at: new Date().toISOString(), why: "The address is not Pat's.", reviewDate: "2027-05-31" })).toMatchObject({ ok: true });
    await second();
    const terms = await patTermsInForce();
    const at = new Date().toISOString();
    await storeOf(MORGAN).addDecision({ id: `demo-pat-obrien:continue:${at}`, strategyId: "demo-pat-obrien", kind: "continue", decidedBy: MORGAN.upn, decidedAt: at, rationale: "On second thoughts.", checklist: [], terms: { ...terms, addresses: [...terms.addresses, INJECTED] } });
    const view = (await detailOf("demo-pat-obrien")).view;
    expect(view).toMatchObject({ inForce: true, decision: { kind: "continue" }, refused: [{ kind: "continue", reason: "termsNotProposed" }] });
    expect(await inForceAddresses()).not.toContain(INJECTED);
  });

  it("with the AuditTrail's permission step forgotten, Morgan rewrites Casey's proposal event for Alex to carry her wider terms, then approves them: the edited event proposes nothing — not in force", async () => {
    demo.emulator.setListPermissions("AuditTrail", null);
    const call = caller(() => demo.emulator, tokenOf(MORGAN));
    const trail = (await call("GET", `/sites/${demo.siteId}/lists/AuditTrail/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
    const proposal = trail.find((e) => e.fields.Target === "strategy:demo-alex-morgan" && e.fields.Action === "propose")!;
    const stored = JSON.parse(proposal.fields.EventJson!) as { event: { terms: { addresses: string[] } } };
    stored.event.terms.addresses.push(INJECTED);
    expect((await call("PATCH", `/sites/${demo.siteId}/lists/AuditTrail/items/${proposal.id}/fields`, { EventJson: JSON.stringify(stored) })).status).toBe(200);
    expect((await demo.patchStrategyItem(MORGAN, "demo-alex-morgan", (s) => ({ StrategyJson: strategyFields({ ...s, addresses: [...s.addresses, INJECTED] }).StrategyJson }))).status).toBe(200);
    await second();
    const current = (await storeOf(MORGAN).getStrategy("demo-alex-morgan"))!;
    const criteriaConfirmed = pack.criteria.map((c) => c.id);
    await decide(storeOf(MORGAN), pack, current, { type: "approve", by: MORGAN, at: new Date().toISOString(), why: "Criteria met: the abuse went on after the warning.", criteriaConfirmed, reviewDate: "2027-03-31" }, { warningChecked: true, evidenceChecked: true, criteriaNotes: criteriaConfirmed.map((c) => ({ id: c, note: `From the file, on ${c}.` })) });
    // Casey's was the only proposal, and an event changed after it was written proposes nothing: nobody's to approve.
    expect((await detailOf("demo-alex-morgan")).view).toMatchObject({ inForce: false, refused: [{ kind: "approve", reason: "noProposal" }] });
    expect(await inForceAddresses()).not.toContain(INJECTED);
  });

  it("racing two writes on a pending proposal: Casey opens Alex's proposal to add an address; Morgan rewrites the item through Graph meanwhile (her address, and a step in Casey's name at the end of its history); Casey's 'Add this address' is refused as a conflict and records nothing — Morgan's address is nobody's proposal", async () => {
    const opened = (await storeOf(CASEY).getStrategy("demo-alex-morgan"))!;
    await second();
    const at = new Date().toISOString();
    const forged: ContactStrategy = { ...opened.value, addresses: [...opened.value.addresses, INJECTED], history: [...opened.value.history, { type: "propose", from: "draft", to: "proposed", by: CASEY.upn, at, why: "Revised." }] };
    expect((await demo.patchStrategyItem(MORGAN, "demo-alex-morgan", strategyFields(forged))).status).toBe(200);
    await second();
    const trailBefore = (await storeOf(CASEY).auditFor("strategy:demo-alex-morgan")).length;
    await expect(proposeChange(storeOf(CASEY), pack, opened, { ...opened.value, addresses: [...opened.value.addresses, "alex.m@work.example.com"] }, CASEY, "Writes from work too.", new Date().toISOString())).rejects.toMatchObject({ code: "conflict" });
    expect((await storeOf(CASEY).auditFor("strategy:demo-alex-morgan")).length).toBe(trailBefore);
    expect((await detailOf("demo-alex-morgan")).proposals.filter((p) => p.terms?.addresses.includes(INJECTED))).toEqual([]);
  });
});

describe("T4: a caseworker alone cannot have a decision recorded for her", () => {
  it("records reconcile: Casey records a change of Alex's terms on the trail and writes an 'approve' by Morgan into the item's history through Graph; Morgan's records reconcile does not record that decision in her name — Alex stays not in force", async () => {
    const casey = storeOf(CASEY);
    const alex = (await casey.getStrategy("demo-alex-morgan"))!.value;
    const at = new Date().toISOString();
    const addresses = [...alex.addresses, INJECTED];
    await casey.appendAudit({ id: `strategy:${alex.id}:change:${at}`, target: `strategy:${alex.id}`, action: "proposeChange", by: CASEY.upn, at, detail: "Writes from here too.", terms: { personName: alex.person.displayName, addresses, restrictions: alex.restrictions, allowedChannels: alex.allowedChannels } });
    const forged: ContactStrategy = { ...alex, addresses, status: "active", reviewDate: "2027-03-31", criteriaConfirmed: pack.criteria.map((c) => c.id), approvedBy: MORGAN.upn, approvedAt: at, history: [...alex.history, { type: "approve", from: "proposed", to: "active", by: MORGAN.upn, at, why: "Criteria met: the abuse went on after the warning." }] };
    expect((await demo.patchStrategyItem(CASEY, "demo-alex-morgan", strategyFields(forged))).status).toBe(200);
    await second();
    const report = await reconcile(storeOf(MORGAN), { by: MORGAN.upn, now: new Date().toISOString() });
    expect(report.repaired.filter((r) => r.target === "strategy:demo-alex-morgan").map((r) => r.what)).toContain("decisionMissing");
    expect(report.repaired.map((r) => r.what)).not.toContain("decisionRecorded");
    expect((await detailOf("demo-alex-morgan")).view.inForce).toBe(false);
    expect(await inForceAddresses()).not.toContain(INJECTED);
  });

  it("a ContactStrategies item Casey adds through Graph with a key full of OData's own characters blinds no one: Pat and Jordan stay in force for the flagger", async () => {
    const call = caller(() => demo.emulator, tokenOf(CASEY));
    for (const key of ["x' or 1 eq 1 or fields/StrategyKey eq 'y", "a&b#c%d?e", "a\nb", "a)b(", "x\\'"]) {
      expect((await call("POST", `/sites/${demo.siteId}/lists/ContactStrategies/items`, { fields: { Title: "x", StrategyKey: key, Status: "active", StrategyJson: "{}" } })).status).toBe(201);
    }
    expect((await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER)).inForce.map((e) => e.strategy.id).sort()).toEqual(["demo-jordan-blake", "demo-pat-obrien"]);
  });
});
