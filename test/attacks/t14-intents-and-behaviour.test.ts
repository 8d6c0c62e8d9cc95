/**
 * T14's attacks on efb68ce (a correction known by its corrector's intent; the behaviour judged is what both the proposal
 * and the strategy name), on the emulator (demo office), each person with their own store. Each test asserts what a
 * user should see; a failing test is a finding (/work/coord/t14/findings.md). All ten pass since the fixes of T14 #1, #3
 * (2bdd8db) and #2, #4; T14-9 is adapted to the fix of #4 (the correction stops on a colleague's change, T14 #4).
 */
import { expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, ROBIN, SAM } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { alexDemand, colleagueWritesFirst, losingEvents, checked, criteria, DEMAND, pack } from "../emulator/alex-demand";
import { reconcile } from "../../src/app/records/reconcile";
import { decide } from "../../src/app/strategy/actions";
import { verifyRecords } from "../../src/app/records/verify";
import { proposedTermsOf } from "../../src/policy/proposed-terms";
import type { ContactRecord } from "../../src/policy/contact";

const demo = demoSiteEachTest();
const { received, recordAs, recordAt, samsCorrectionThatDidNotLand, pane, guard, approvedOnDemand, contactItem } = alexDemand(demo);
const TARGET = `contact:${DEMAND}`;

const verify = async () => (await verifyRecords(demo.storeOf(MORGAN), { pack, roster: DEMO_ROSTER })).breaks.map((b) => `${b.kind}: ${"message" in b ? b.message : ""}`);
const morgansReconcile = () => reconcile(demo.storeOf(MORGAN), { by: MORGAN.upn, now: new Date(Date.now() + 20 * 60_000).toISOString() });
const trail = () => demo.storeOf(MORGAN).auditFor(TARGET);

/** Casey writes the record through Graph (her own token). */
async function caseyWrites(record: ContactRecord) {
  const { call, item, json } = await contactItem();
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: JSON.stringify({ ...json, record }) })).status).toBe(200);
}

const correctionRepairs = (report: Awaited<ReturnType<typeof reconcile>>) => report.repaired.filter((r) => r.target === TARGET && /corrected \(/.test(r.message));

// ---------------------------------------------------------------------------------------------------------------------
// 2. The intent path: reconcile and verify apply the reader's test (the intent's digest, SharePoint's last writer).

it("T14-1: a record Casey writes through Graph in Sam's name at the time of Sam's failed correction, still reading 'demands' (not what Sam's intent names), is not written up by Morgan's reconcile as Sam's correction 'confirmed → dismissed'", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const intent = await samsCorrectionThatDidNotLand();
  const { json } = await contactItem();
  // Not what the intent names: Casey keeps "demands" and adds "abusive", confirmed, at the intent's time, in Sam's name.
  await caseyWrites({ ...json.record, categories: ["demands", "abusive"], outcome: "confirmed", recordedBy: intent.by, recordedAt: intent.at });
  // The reader: Casey's change, in force.
  expect((await pane()).inForce).toBe(true);
  // Verify and reconcile: they do not claim Sam corrected it to "dismissed"; verify names the change outside the add-in, and who SharePoint says made it.
  const found = await verify();
  expect(found).not.toContainEqual(expect.stringMatching(/^missing: .*corrected \(confirmed → dismissed\)/));
  expect(found).toContainEqual(expect.stringMatching(/^contactChangedOutside: .*Casey Worker.*outside the add-in/));
  const report = await morgansReconcile();
  expect(correctionRepairs(report)).toEqual([]);
  // Nor as anyone's act: nothing is written for a change outside the add-in.
  expect(report.repaired.filter((r) => r.target === TARGET)).toEqual([]);
  expect((await trail()).filter((e) => e.by === MORGAN.upn)).toEqual([]);
});

it("T14-1b: the record Sam's failed correction intended, written by Casey through Graph (T13-A), is Casey's change for every reader — and Morgan's reconcile does not write it onto the trail as Sam's correction", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const intent = await samsCorrectionThatDidNotLand();
  const { json } = await contactItem();
  await caseyWrites({ ...json.record, categories: [], outcome: "dismissed", recordedBy: intent.by, recordedAt: intent.at });
  const report = await morgansReconcile();
  expect((await pane()).inForce).toBe(true); // Casey's change
  expect(correctionRepairs(report)).toEqual([]);
  expect(await verify()).toContainEqual(expect.stringMatching(/^contactChangedOutside: .*Casey Worker/));
});

// ---------------------------------------------------------------------------------------------------------------------
// 4. A colleague's change between a corrector's read and her write (a 412) is not carried into her correction.

it("T14-9: Casey's Graph touch of only the subject between Sam's read and her correction's PATCH (412): Sam is told the record changed under her and nothing of hers is written; the pane names Casey, not Sam; Sam's correction again then goes through", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const racing = colleagueWritesFirst(losingEvents(demo.storeOf(SAM)), async () => caseyWrites({ ...(await contactItem()).json.record, subject: "Reply within the hour!" }));
  await expect(recordAs(SAM, [], undefined, undefined, undefined, racing)).rejects.toThrow(/changed the contact record .* while you were correcting it/);
  // Casey's subject stays, Sam's correction is not on it.
  expect((await contactItem()).json.record).toMatchObject({ categories: ["demands"], recordedBy: SAM.upn, subject: "Reply within the hour!" });
  const view = JSON.stringify(await pane());
  expect(view).not.toMatch(/by Sam Carter[^"]*outside the add-in/);
  expect(view).toMatch(/by Casey Worker[^"]*outside the add-in[^"]*its subject now reads “Reply within the hour!”/);
  // She reloads and corrects again: her correction, through the add-in, with its event.
  expect(await recordAs(SAM, [])).toMatchObject({ status: "corrected" });
  expect((await trail()).filter((e) => e.action.startsWith("corrected (") && e.by === SAM.upn)).toHaveLength(1);
  expect((await verify()).filter((b) => /^(missing|unfinished|contactChangedOutside): /.test(b))).toEqual([]);
  expect((await morgansReconcile()).repaired.filter((r) => r.target === TARGET)).toEqual([]);
});

// ---------------------------------------------------------------------------------------------------------------------
// intent.ts landed(): "a correction intent whose record is older than it did not land".

it("T14-2: after Sam's correction through the add-in landed (its event on the trail), Casey's Graph rewrite of the record back to the original does not make verify call Sam's correction unfinished, nor reconcile close it as 'not done'", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const original = (await contactItem()).json.record;
  expect(await recordAs(SAM, [])).toMatchObject({ status: "corrected" });
  expect((await trail()).some((e) => e.action.startsWith("corrected (") && e.by === SAM.upn)).toBe(true);
  await caseyWrites(original);
  expect(await verify()).not.toContainEqual(expect.stringMatching(/^unfinished: /));
  const report = await morgansReconcile();
  expect(report.repaired.filter((r) => r.what === "unfinishedWrite")).toEqual([]);
  expect((await trail()).filter((e) => e.action.startsWith("not done: corrected"))).toEqual([]);
});

it("T14-3: clocks differ (Sam's five minutes fast): Sam's correction lands with its event, then Casey corrects it again through the add-in — verify names nothing unfinished and reconcile closes nothing 'not done' (healthy path)", async () => {
  await recordAt(SAM, ["demands"], 0);
  expect(await recordAt(SAM, [], 5 * 60_000)).toMatchObject({ status: "corrected" });
  expect(await recordAt(CASEY, ["demands", "persistent"], 1_000)).toMatchObject({ status: "corrected" });
  const broken = (await verify()).filter((b) => b.startsWith("missing") || b.startsWith("unfinished"));
  expect(broken).toEqual([]);
  const report = await morgansReconcile();
  expect(report.repaired.filter((r) => r.target === TARGET)).toEqual([]);
  expect((await trail()).filter((e) => e.action.startsWith("not done:"))).toEqual([]);
});

// ---------------------------------------------------------------------------------------------------------------------
// 1. Healthy paths.

it("T14-4: several corrections in a row by different people (Sam records, Casey corrects, Sam corrects back, Robin corrects), then verify and Morgan's reconcile: nothing missing, nothing unfinished, nothing repaired", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  expect(await recordAs(CASEY, ["demands", "persistent"])).toMatchObject({ status: "corrected" });
  expect(await recordAs(SAM, ["demands"])).toMatchObject({ status: "corrected" });
  expect(await recordAs(ROBIN, [])).toMatchObject({ status: "corrected" });
  expect((await verify()).filter((b) => b.startsWith("missing") || b.startsWith("unfinished"))).toEqual([]);
  expect((await morgansReconcile()).repaired.filter((r) => r.target === TARGET)).toEqual([]);
  expect((await pane()).inForce).toBe(false);
  expect(await guard()).toMatchObject({ restrictions: [], recordInDoubt: true });
});

it("T14-5: Sam's correction whose own event was lost, then Sam records the same decision again (her retry): her event is written in her name, verify and reconcile find nothing, and the pane knows her correction", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const failing = losingEvents(demo.storeOf(SAM));
  await expect(recordAs(SAM, [], undefined, undefined, undefined, failing)).rejects.toThrow(/503/);
  expect(await recordAs(SAM, [])).toMatchObject({ status: "unchanged" });
  expect((await trail()).filter((e) => e.action.startsWith("corrected (") && e.by === SAM.upn)).toHaveLength(1);
  expect((await verify()).filter((b) => b.startsWith("missing") || b.startsWith("unfinished"))).toEqual([]);
  expect((await morgansReconcile()).repaired.filter((r) => r.target === TARGET)).toEqual([]);
  expect((await pane()).inForce).toBe(false);
});

// ---------------------------------------------------------------------------------------------------------------------
// 3. behaviourJudged: a caseworker may still narrow the behaviour judged with one event added by hand.

const approve = () => ({ type: "approve" as const, by: MORGAN, at: new Date().toISOString(), why: "All five criteria met.", criteriaConfirmed: criteria, reviewDate: "2027-03-31" });

/** Sam's contact recorded only as "persistent", attached by Casey to Alex's proposal (which names "demands"). */
async function persistentAttached() {
  await recordAs(SAM, ["persistent"]);
  const casey = demo.storeOf(CASEY);
  const current = (await casey.getStrategy("demo-alex-morgan"))!;
  return casey.saveStrategy({ ...current.value, evidence: [{ internetMessageId: DEMAND, receivedAt: received, subject: "Reply within the hour", categories: ["persistent"] }] }, current.etag);
}
const refusedAsNotDemands = { ok: false, code: "evidenceUnchecked", message: expect.stringContaining("not behaviour this strategy restricts (“demands”)") };

it("T14-6: a 'propose' event Casey adds to the trail by hand naming behaviour the strategy does not name ('abusive'), the item untouched, does not make a contact recorded only as 'persistent' evidence for Alex's 'demands' strategy (behaviourJudged's empty intersection)", async () => {
  const attached = await persistentAttached();
  const at = new Date().toISOString();
  await demo.storeOf(CASEY).appendAudit({ id: `strategy:demo-alex-morgan:propose:${at}`, target: "strategy:demo-alex-morgan", action: "propose", by: CASEY.upn, at, detail: "Proposed.", terms: { ...proposedTermsOf(attached.value), categories: ["abusive"] } });
  expect(await decide(demo.storeOf(MORGAN), pack, attached, approve(), checked)).toMatchObject(refusedAsNotDemands);
  expect((await pane()).inForce).toBe(false);
});

it("T14-7: a 'proposeChange' event Casey adds by hand naming no behaviour (categories []) does the same: refused, and no approval recording 'any behaviour' is made", async () => {
  const attached = await persistentAttached();
  const at = new Date().toISOString();
  await demo.storeOf(CASEY).appendAudit({ id: `strategy:demo-alex-morgan:change:${at}`, target: "strategy:demo-alex-morgan", action: "proposeChange", by: CASEY.upn, at, detail: "Tidying.", terms: { ...proposedTermsOf(attached.value), categories: [] } });
  const result = await decide(demo.storeOf(MORGAN), pack, attached, approve(), checked);
  expect(result).toMatchObject(refusedAsNotDemands);
  expect((await pane()).inForce).toBe(false);
});

it("T14-8: Casey's plain save of the strategy item replacing 'demands' with 'persistent' (no proposal of it: T12 #6's one write) does not make a contact recorded only as 'persistent' spare the tick", async () => {
  const attached = await persistentAttached();
  const edited = await demo.storeOf(CASEY).saveStrategy({ ...attached.value, categories: ["persistent"] }, attached.etag);
  const result = await decide(demo.storeOf(MORGAN), pack, edited, approve(), checked);
  expect(result).toMatchObject({ ok: false, code: "evidenceUnchecked" });
  expect((await pane()).inForce).toBe(false);
});
