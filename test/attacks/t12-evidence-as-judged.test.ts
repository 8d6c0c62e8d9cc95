/**
 * Approval evidence as judged (T11 #3), attacked by T12 on the emulator (demo office), each person with their own store:
 * an approval taken through decide() stands on the contacts it judged, whatever a caseworker adds to the strategy's trail
 * or edits in its item (#1); a made-up record on a decision written straight into Decisions counts for nothing and names
 * nobody (#2); a correction through the add-in that keeps the behaviour keeps the approval (#3).
 */
import { expect, it } from "vitest";
import { CASEY, MORGAN, SAM } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { alexDemand, checked, criteria, DEMAND, pack } from "../emulator/alex-demand";
import { termsOf } from "../../src/policy/in-force";
import { reconcile } from "../../src/app/records/reconcile";
import { decide, proposeChange } from "../../src/app/strategy/actions";
import type { CategoryId } from "../../src/policy/categories";

const demo = demoSiteEachTest();
const HELLO = "<hello-alex@example.com>";
const { received, recordAs, pane, guard, approvedOnDemand, contactItem } = alexDemand(demo);

async function expectKeptInForce() {
  const view = await pane();
  expect(view).toMatchObject({ inForce: true, refused: [] });
  expect(view.doubts).toEqual([expect.objectContaining({ kind: "evidenceChanged" })]);
  const terms = await guard();
  expect(terms).toMatchObject({ restrictions: [{ kind: "phoneTimeLimit" }, { kind: "singleChannel", channel: "email" }] });
  expect(terms).not.toHaveProperty("recordInDoubt");
}

it("a caseworker who deletes the contact an approval rests on and adds a '<Morgan's intent>:closed' event to the strategy's trail does not lift the restrictions: in force, the deletion named, the compose guard keeps them (T12 #1)", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const casey = demo.storeOf(CASEY);
  const trail = await casey.auditFor("strategy:demo-alex-morgan");
  const intent = trail.find((e) => e.action === "intent: approve" && e.id.includes(":intent:"))!;
  expect(intent).toBeDefined();
  const { call, item } = await contactItem();
  expect((await call("DELETE", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}`)).status).toBe(204);
  await expectKeptInForce(); // control: deletion alone is held
  // Casey, a caseworker, adds one event in her own name through the store (as through Graph: AuditTrail is add-only for staff).
  await casey.appendAudit({ id: `${intent.id}:closed`, target: intent.target, action: "note", by: CASEY.upn, at: new Date().toISOString(), detail: "." });
  await expectKeptInForce();
});

it("a caseworker who moves the approve step in the strategy item by 1 ms through Graph and deletes the contact does not lift the restrictions: reconcile finds Morgan's decision in Decisions and closes nothing as not done (T12 #1)", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const casey = demo.storeOf(CASEY);
  const { call, item } = await contactItem();
  // Through Graph (the store refuses to drop a step): the StrategyJson of Alex's item with the approve step's time moved 1 ms.
  const list = (await call("GET", `/sites/${demo.siteId}/lists/ContactStrategies/items?$expand=fields`)).body as { value: Array<{ id: string; fields: Record<string, string> }> };
  const sItem = list.value.find((i) => i.fields.StrategyKey === "demo-alex-morgan")!;
  const sj = JSON.parse(sItem.fields.StrategyJson!);
  const holder = sj.strategy ?? sj;
  holder.history = holder.history.map((h: { type: string; at: string }) => (h.type === "approve" ? { ...h, at: new Date(Date.parse(h.at) + 1).toISOString() } : h));
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactStrategies/items/${sItem.id}/fields`, { StrategyJson: JSON.stringify(sj) })).status).toBe(200);
  expect((await call("DELETE", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}`)).status).toBe(204);
  await expectKeptInForce(); // control: held so far
  const report = await reconcile(casey, { by: CASEY.upn, now: new Date().toISOString() });
  expect(report.repaired.filter((r) => r.what === "unfinishedWrite" && r.target === "strategy:demo-alex-morgan")).toEqual([]);
  const trail = await casey.auditFor("strategy:demo-alex-morgan");
  const intent = trail.find((e) => e.action === "intent: approve")!;
  expect(trail.map((e) => e.id)).not.toContain(`${intent.id}:closed`);
  await expectKeptInForce();
});

it("an approval written straight into Decisions on Alex's neutral contact with a made-up record of it (any digest) does not count, and its doubt blames no caseworker for a change (T12 #2)", async () => {
  await recordAs(SAM, [], HELLO, "Hello");
  const strategy = (await demo.storeOf(MORGAN).getStrategy("demo-alex-morgan"))!.value;
  const base = { strategyId: strategy.id, kind: "approve" as const, decidedBy: MORGAN.upn, decidedAt: new Date().toISOString(), rationale: "Criteria met.", checklist: criteria, ...checked, terms: termsOf(strategy, "2027-03-31"), evidenceContacts: [HELLO], evidenceBehaviour: ["demands" as CategoryId] };
  // Control: bare (no evidenceRecords): not in force.
  await demo.storeOf(MORGAN).addDecision({ id: "demo-alex-morgan:approve:bare", ...base });
  expect((await pane()).inForce).toBe(false);
  await demo.storeOf(MORGAN).addDecision({ id: "demo-alex-morgan:approve:made-up", ...base, decidedAt: new Date(Date.now() + 1000).toISOString(), evidenceRecords: [{ id: HELLO, digest: "sha256:00000000000000000000000000000000", subject: "I know where you live", categories: ["demands"] }] });
  const view = await pane();
  expect(view).toMatchObject({ inForce: false, refused: [{ reason: "evidenceNotOnRecord" }, { reason: "evidenceNotOnRecord", message: expect.stringContaining("recorded in the ContactLog with nothing unacceptable") }] });
  expect((view.doubts ?? []).map((d) => d.kind)).not.toContain("evidenceChanged");
  expect(JSON.stringify(view)).not.toContain("I know where you live");
});

it("an approval written straight into Decisions on another person's contact (Riley's 'demands') with a made-up record of it does not count: the contact is named as not from Alex (T12 #2)", async () => {
  await recordAs(SAM, ["demands"], "<riley@example.com>", "Riley's demand", "riley.evans@example.net");
  const strategy = (await demo.storeOf(MORGAN).getStrategy("demo-alex-morgan"))!.value;
  await demo.storeOf(MORGAN).addDecision({ id: "demo-alex-morgan:approve:riley", strategyId: strategy.id, kind: "approve", decidedBy: MORGAN.upn, decidedAt: new Date().toISOString(), rationale: "Criteria met.", checklist: criteria, ...checked, terms: termsOf(strategy, "2027-03-31"), evidenceContacts: ["<riley@example.com>"], evidenceBehaviour: ["demands"], evidenceRecords: [{ id: "<riley@example.com>", digest: "sha256:x", subject: "x", categories: ["demands"] }] });
  const view = await pane();
  expect(view).toMatchObject({ inForce: false, refused: [{ reason: "evidenceNotOnRecord", message: expect.stringContaining("as from riley.evans@example.net, not an address this strategy covers") }] });
  expect((view.doubts ?? []).map((d) => d.kind)).not.toContain("evidenceChanged");
});

it("Sam's correction through the add-in after the approval that keeps 'demands' and adds 'persistent' keeps the approval in force, restrictions and all (T12 #3)", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  expect(await recordAs(SAM, ["demands", "persistent"])).toMatchObject({ status: "corrected" });
  expect(await pane()).toMatchObject({ inForce: true, refused: [], doubts: [] });
  expect(await guard()).toMatchObject({ restrictions: [{ kind: "phoneTimeLimit" }, { kind: "singleChannel", channel: "email" }] });
});

it("the proposer's own correction through the add-in of Sam's 'demands' contact, adding 'persistent', keeps the approval in force; one to nothing unacceptable still lifts it (T12 #3, T10 #2)", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  expect(await recordAs(CASEY, ["demands", "persistent"])).toMatchObject({ status: "corrected" });
  expect(await pane()).toMatchObject({ inForce: true, refused: [] });
  expect(await guard()).toMatchObject({ restrictions: [{ kind: "phoneTimeLimit" }, { kind: "singleChannel", channel: "email" }] });
  expect(await recordAs(CASEY, [])).toMatchObject({ status: "corrected" });
  expect(await pane()).toMatchObject({ inForce: false, refused: [{ reason: "evidenceNotOnRecord", message: expect.stringContaining("recorded in the ContactLog with nothing unacceptable") }] });
});

it("after Sam's correction through the add-in to nothing unacceptable, a no-op Graph PATCH of her record by Casey does not bring the approval back: still not in force, the record in doubt for the compose guard, Casey's touch named, no word that no correction is on record (T12 #4)", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  expect(await recordAs(SAM, [])).toMatchObject({ status: "corrected" });
  expect((await pane()).inForce).toBe(false);
  const { call, item, json } = await contactItem();
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: JSON.stringify(json) })).status).toBe(200);
  const view = await pane();
  expect(view).toMatchObject({ inForce: false, refused: [{ reason: "evidenceNotOnRecord", message: expect.stringContaining("recorded in the ContactLog with nothing unacceptable") }] });
  const said = JSON.stringify(view);
  expect(said).not.toContain("no correction of it is on record");
  expect(said).toMatch(/corrected through the add-in by Sam Carter[^"]*changed again since, by Casey Worker/);
  expect(await guard()).toMatchObject({ restrictions: [], recordInDoubt: true });
});

it("a no-op Graph PATCH by Casey after Sam's correction through the add-in that keeps 'demands' keeps the approval in force, naming Casey's touch and the correction it left as it was (T12 #4, #3)", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  expect(await recordAs(SAM, ["demands", "persistent"])).toMatchObject({ status: "corrected" });
  const { call, item, json } = await contactItem();
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: JSON.stringify(json) })).status).toBe(200);
  const view = await pane();
  expect(view).toMatchObject({ inForce: true, refused: [], doubts: [{ kind: "evidenceChanged", message: expect.stringMatching(/corrected through the add-in by Sam Carter.*changed again since, by Casey Worker/) }] });
  expect(JSON.stringify(view)).not.toContain("no correction of it is on record");
  expect(await guard()).toMatchObject({ restrictions: [{ kind: "phoneTimeLimit" }, { kind: "singleChannel", channel: "email" }] });
});

it("Casey's Graph rewrite of Sam's record back to an earlier correction of hers, word for word, is not taken for that correction: Sam corrected it again since, so it stands as judged and Casey's change is named (T12 #4)", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  expect(await recordAs(SAM, [])).toMatchObject({ status: "corrected" });
  const earlier = (await contactItem()).json;
  expect(await recordAs(SAM, ["demands"])).toMatchObject({ status: "corrected" });
  expect((await pane()).inForce).toBe(true);
  const { call, item } = await contactItem();
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: JSON.stringify(earlier) })).status).toBe(200);
  const view = await pane();
  expect(view).toMatchObject({ inForce: true, doubts: [{ kind: "evidenceChanged", message: expect.stringContaining("by Casey Worker") }] });
});

it("Casey's edit of Alex's strategy after the proposal, adding 'persistent' to the behaviour it names, does not let a contact recorded only as 'persistent' spare the evidence tick: decide() judges against the behaviour proposed ('demands'), and nothing comes into force (T12 #6)", async () => {
  await recordAs(SAM, ["persistent"]);
  const casey = demo.storeOf(CASEY);
  const current = (await casey.getStrategy("demo-alex-morgan"))!;
  const attached = await casey.saveStrategy({ ...current.value, evidence: [{ internetMessageId: DEMAND, receivedAt: received, subject: "Reply within the hour", categories: ["persistent"] }] }, current.etag);
  // A plain save of the item, no proposal of it on the trail.
  const edited = await casey.saveStrategy({ ...attached.value, categories: [...attached.value.categories, "persistent"] }, attached.etag);
  const result = await decide(demo.storeOf(MORGAN), pack, edited, { type: "approve", by: MORGAN, at: new Date().toISOString(), why: "All five criteria met.", criteriaConfirmed: criteria, reviewDate: "2027-03-31" }, checked);
  expect(result).toMatchObject({ ok: false, code: "evidenceUnchecked", message: expect.stringContaining("as “persistent”, not behaviour this strategy restricts (“demands”)") });
  expect((await pane()).inForce).toBe(false);
});

it("the same change proposed on the record (Casey's proposeChange adding 'persistent') is the behaviour Morgan's approval judges: the 'persistent' contact spares the tick and the approval records it (T12 #6)", async () => {
  await recordAs(SAM, ["persistent"]);
  const casey = demo.storeOf(CASEY);
  const current = (await casey.getStrategy("demo-alex-morgan"))!;
  const attached = await casey.saveStrategy({ ...current.value, evidence: [{ internetMessageId: DEMAND, receivedAt: received, subject: "Reply within the hour", categories: ["persistent"] }] }, current.etag);
  const proposed = await proposeChange(casey, pack, attached, { ...attached.value, categories: [...attached.value.categories, "persistent"] }, CASEY, "Persistent as well.", new Date().toISOString());
  expect(proposed).toMatchObject({ ok: true });
  if (!proposed.ok) return;
  const result = await decide(demo.storeOf(MORGAN), pack, proposed.strategy, { type: "approve", by: MORGAN, at: new Date().toISOString(), why: "All five criteria met.", criteriaConfirmed: criteria, reviewDate: "2027-03-31" }, checked);
  expect(result).toMatchObject({ ok: true, decision: { evidenceContacts: [DEMAND], evidenceBehaviour: ["demands", "persistent"] } });
  expect(await pane()).toMatchObject({ inForce: true, refused: [] });
});
