import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, SAM, tokenOf } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { decide, proposeChange } from "../../src/app/strategy/actions";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { readStrategyDetail } from "../../src/app/strategy/read";
import { changesSinceApproval, continueOnApprovedTerms, wouldRefuse } from "../../src/app/strategy/review";
import { verifyRecords } from "../../src/app/records/verify";
import { termsOf } from "../../src/policy/in-force";
import { getPack } from "../../src/policy/packs/index";
import type { Actor, ContactStrategy } from "../../src/policy/strategy";
import { strategyFields } from "../../src/store/sharepoint/mapping";
import { caller } from "./client";

/**
 * The independent tester's two holes (3 December), repeated as an attacker would, with the product's own store
 * on the emulator and the office's list permissions: a strategy item's StrategyJson edited straight through
 * Graph — no audit event — then decided on by the authoriser through the product's own use cases.
 * S1: an edit to a pending proposal, then approved. S2: an edit to a strategy in force, then continued at review.
 */
const pack = getPack("warwickshire");
const INJECTED = "attacker@example.net";
const demo = demoSiteEachTest();
const { storeOf } = demo;
const second = () => new Promise((r) => setTimeout(r, 1100)); // SharePoint's clock counts whole seconds: each step in its own

/** Edits a strategy item's StrategyJson directly through Graph, as `actor`: the one write, nothing on the trail. */
async function editThroughGraph(actor: Actor, id: string, change: (s: ContactStrategy) => ContactStrategy): Promise<void> {
  expect((await demo.patchStrategyItem(actor, id, (current) => ({ StrategyJson: strategyFields(change(current)).StrategyJson }))).status).toBe(200);
}
const inForceAddresses = async () => (await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER)).inForce.flatMap((e) => e.strategy.addresses);
const detailOf = async (id: string) => (await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, id))!;
const approveNow = async (actor: Actor, id: string) => {
  const current = (await storeOf(actor).getStrategy(id))!;
  const criteriaConfirmed = pack.criteria.map((c) => c.id);
  const command = { type: "approve" as const, by: actor, at: new Date().toISOString(), why: "Criteria met on the evidence.", criteriaConfirmed, reviewDate: "2027-03-31" };
  return decide(storeOf(actor), pack, current, command, { warningChecked: true, evidenceChecked: true, criteriaNotes: criteriaConfirmed.map((c) => ({ id: c, note: `From the case file, on ${c}.` })) });
};

describe("S1: an approval counts only for what someone else proposed", () => {
  it("the authoriser adds an address to Casey's pending proposal through Graph, then approves it: nothing is in force, the refusal says why, and records verify reports it", async () => {
    await editThroughGraph(MORGAN, "demo-alex-morgan", (s) => ({ ...s, addresses: [...s.addresses, INJECTED] }));
    // The pane says so before the approval is written.
    const detail = await detailOf("demo-alex-morgan");
    const preview = wouldRefuse(detail, pack, DEMO_ROSTER, MORGAN, new Date().toISOString(), "approve", termsOf(detail.strategy.value, "2027-03-31"));
    expect(preview).toMatchObject({ reason: "termsNotProposed", message: expect.stringMatching(/the addresses differ from Casey Worker/) });
    expect(await approveNow(MORGAN, "demo-alex-morgan")).toMatchObject({ ok: true }); // written: the decision is on record
    const view = (await detailOf("demo-alex-morgan")).view;
    expect(view).toMatchObject({ inForce: false, refused: [{ kind: "approve", reason: "termsNotProposed", message: expect.stringMatching(/approved terms nobody else proposed: the addresses differ from Casey Worker/) }] });
    expect(await inForceAddresses()).not.toContain(INJECTED);
    expect(await inForceAddresses()).not.toContain("alex.morgan@example.com");
    const report = await verifyRecords(storeOf(MORGAN), { pack, roster: DEMO_ROSTER });
    expect(report.breaks).toContainEqual(expect.objectContaining({ kind: "decisionRefused", target: "strategy:demo-alex-morgan", message: expect.stringMatching(/nobody else proposed/) }));
  });

  it("a third person (Sam, a caseworker) does the same edit: the authoriser's approval does not count either", async () => {
    await editThroughGraph(SAM, "demo-alex-morgan", (s) => ({ ...s, addresses: [...s.addresses, INJECTED], restrictions: [{ kind: "singleChannel", channel: "letter" }], allowedChannels: ["letter"] }));
    await approveNow(MORGAN, "demo-alex-morgan");
    expect((await detailOf("demo-alex-morgan")).view).toMatchObject({ inForce: false, refused: [{ reason: "termsNotProposed", message: expect.stringMatching(/the addresses, the restrictions, the allowed channels differ/) }] });
    expect(await inForceAddresses()).not.toContain(INJECTED);
  });

  it("the authoriser records the change as their own proposal first: still their own proposal", async () => {
    const morgan = storeOf(MORGAN);
    const alex = (await morgan.getStrategy("demo-alex-morgan"))!;
    const widened = { ...alex.value, addresses: [...alex.value.addresses, INJECTED] };
    expect(await proposeChange(morgan, pack, alex, widened, MORGAN, "Writes from this address too.", new Date().toISOString())).toMatchObject({ ok: true });
    await second();
    await approveNow(MORGAN, "demo-alex-morgan");
    expect((await detailOf("demo-alex-morgan")).view).toMatchObject({ inForce: false, refused: [{ reason: "ownProposal" }] });
  });

  it("the same change proposed by Casey through the product (on the record, with its terms) can be approved", async () => {
    const casey = storeOf(CASEY);
    const alex = (await casey.getStrategy("demo-alex-morgan"))!;
    await second();
    expect(await proposeChange(casey, pack, alex, { ...alex.value, addresses: [...alex.value.addresses, INJECTED] }, CASEY, "Writes from this address too.", new Date().toISOString())).toMatchObject({ ok: true });
    await second();
    const detail = await detailOf("demo-alex-morgan");
    expect(wouldRefuse(detail, pack, DEMO_ROSTER, MORGAN, new Date().toISOString(), "approve", termsOf(detail.strategy.value, "2027-03-31"))).toBeUndefined();
    expect(await approveNow(MORGAN, "demo-alex-morgan")).toMatchObject({ ok: true });
    expect((await detailOf("demo-alex-morgan")).view).toMatchObject({ inForce: true, terms: { addresses: ["alex.morgan@example.com", INJECTED] } });
  });
});

describe("S2: a silent edit to a strategy in force is shown at review and not adopted", () => {
  it("Casey adds an address to Pat's strategy through Graph: the review names it and who changed the item; continuing on the approved terms discards it", async () => {
    await editThroughGraph(CASEY, "demo-pat-obrien", (s) => ({ ...s, addresses: [...s.addresses, INJECTED] }));
    const detail = await detailOf("demo-pat-obrien");
    const shown = changesSinceApproval(detail, pack, DEMO_ROSTER, MORGAN, new Date().toISOString());
    expect(shown).toMatchObject({ changes: [{ term: "addresses", added: [INJECTED], removed: [] }], modified: { by: { upn: CASEY.upn, displayName: "Casey Worker" } }, adoptable: false });
    expect(shown!.notAdoptable).toMatch(/nobody else proposed that change/);
    const pat = (await storeOf(MORGAN).getStrategy("demo-pat-obrien"))!;
    const result = await continueOnApprovedTerms(storeOf(MORGAN), pack, pat, detail.view, { by: MORGAN, at: new Date().toISOString(), why: "Still needed; the added address was nobody's proposal.", reviewDate: "2027-05-31" });
    expect(result).toMatchObject({ ok: true });
    const after = await detailOf("demo-pat-obrien");
    expect(after.view).toMatchObject({ inForce: true, decision: { kind: "continue" }, terms: { reviewDate: "2027-05-31" }, changedSinceApproval: [], refused: [] });
    expect(after.strategy.value.addresses).not.toContain(INJECTED);
    expect(await inForceAddresses()).not.toContain(INJECTED);
  });

  it("a continuation that takes the item as it is (what the review did before) does not adopt the edit: refused, Pat stays on the approved terms", async () => {
    await editThroughGraph(CASEY, "demo-pat-obrien", (s) => ({ ...s, addresses: [...s.addresses, INJECTED] }));
    const pat = (await storeOf(MORGAN).getStrategy("demo-pat-obrien"))!;
    expect(await decide(storeOf(MORGAN), pack, pat, { type: "continue", by: MORGAN, at: new Date().toISOString(), why: "Continue.", reviewDate: "2027-05-31" })).toMatchObject({ ok: true });
    const view = (await detailOf("demo-pat-obrien")).view;
    expect(view).toMatchObject({ inForce: true, decision: { kind: "approve" }, changedSinceApproval: expect.arrayContaining(["addresses"]), refused: [{ kind: "continue", reason: "termsNotProposed" }] });
    expect(await inForceAddresses()).not.toContain(INJECTED);
  });

  it("a change Casey proposes through the product is shown as proposed and can be approved knowingly", async () => {
    const casey = storeOf(CASEY);
    const pat = (await casey.getStrategy("demo-pat-obrien"))!;
    await second();
    expect(await proposeChange(casey, pack, pat, { ...pat.value, addresses: [...pat.value.addresses, "pat.obrien@work.example.org"] }, CASEY, "Pat writes from work now.", new Date().toISOString())).toMatchObject({ ok: true });
    await second();
    const detail = await detailOf("demo-pat-obrien");
    expect(changesSinceApproval(detail, pack, DEMO_ROSTER, MORGAN, new Date().toISOString())).toMatchObject({ changes: [{ term: "addresses", added: ["pat.obrien@work.example.org"] }], adoptable: true, proposedBy: { upn: CASEY.upn } });
    expect(await decide(storeOf(MORGAN), pack, detail.strategy, { type: "continue", by: MORGAN, at: new Date().toISOString(), why: "The work address is Pat's.", reviewDate: "2027-05-31" })).toMatchObject({ ok: true });
    expect(await inForceAddresses()).toContain("pat.obrien@work.example.org");
  });
});

describe("a proposal event written by hand with nonsense for its terms", () => {
  it("proposes nothing, and stops no one's check: Pat stays in force, the approval of Alex on it does not count", async () => {
    const call = caller(() => demo.emulator, tokenOf(SAM));
    for (const [i, terms] of [null, "x", { personName: "Alex Morgan", addresses: [1] }].entries()) {
      const event = { id: `junk-${i}`, target: "strategy:demo-alex-morgan", action: "proposeChange", by: SAM.upn, at: new Date().toISOString(), detail: "", terms };
      const fields = { EventKey: event.id, Target: event.target, At: event.at, Action: event.action, By: SAM.upn, Detail: "", EventJson: JSON.stringify({ format: 1, event }) };
      expect((await call("POST", `/sites/${demo.siteId}/lists/AuditTrail/items`, { fields })).status).toBe(201);
    }
    const detail = await detailOf("demo-alex-morgan");
    expect(detail.proposals.filter((p) => p.kind === "change")).toHaveLength(3);
    expect(detail.proposals.filter((p) => p.kind === "change" && p.terms)).toEqual([]);
    expect(await inForceAddresses()).toContain("pat.o'brien@example.org");
  });
});
