/**
 * A correction whose own audit event was lost (T12 #5) and the behaviour a proposal is judged against (T13 #6), attacked
 * by T13 on the emulator (demo office), each person with their own store: the correction is known by its corrector's
 * intent while SharePoint says she changed the item last, and repaired as a correction; a healthy correction is never
 * taken for one missing its event (T13 #1, #2); a correction that never landed is not someone else's to finish (T13 #3,
 * #4); an event added to the trail by hand does not widen the behaviour judged (T13 #6). From T13's probe
 * (t13-corrections-and-proposals.test.ts), adapted to the fix; its B and B2 (T13 #5) stay open: README says why.
 */
import { expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, SAM } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { alexDemand, losingEvents, checked, criteria, DEMAND, pack } from "../emulator/alex-demand";
import { reconcile } from "../../src/app/records/reconcile";
import { decide, proposeChange } from "../../src/app/strategy/actions";
import { verifyRecords } from "../../src/app/records/verify";
import { proposedTermsOf } from "../../src/policy/proposed-terms";
import { entryDigest } from "../../src/policy/record-digest";
import { decisionOf } from "../../src/store/contact-decision";
import type { ContactRecord } from "../../src/policy/contact";

const demo = demoSiteEachTest();
const { received, recordAs, samsCorrectionThatDidNotLand, pane, guard, approvedOnDemand, contactItem } = alexDemand(demo);
const RESTRICTIONS = [{ kind: "phoneTimeLimit" }, { kind: "singleChannel", channel: "email" }];
const TARGET = `contact:${DEMAND}`;

/** What records verify (as Morgan) says: each break's kind and message. */
const verify = async () => (await verifyRecords(demo.storeOf(MORGAN), { pack, roster: DEMO_ROSTER })).breaks.map((b) => `${b.kind}: ${"message" in b ? b.message : ""}`);
/** Morgan's pane start check: reconcile in her name, ten minutes on (what the pane leaves to settle has settled). */
const morgansReconcile = () => reconcile(demo.storeOf(MORGAN), { by: MORGAN.upn, now: new Date(Date.now() + 10 * 60_000).toISOString() });
/** A no-op Graph PATCH of the record by Casey: her touch, changing nothing. */
async function caseyTouches() {
  const { call, item, json } = await contactItem();
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: JSON.stringify(json) })).status).toBe(200);
}

/** In force on the record as judged, restrictions and all, a doubt naming the change. */
async function expectKeptInForce(naming: RegExp) {
  const view = await pane();
  expect(view).toMatchObject({ inForce: true, refused: [] });
  expect(view.doubts).toEqual([expect.objectContaining({ kind: "evidenceChanged", message: expect.stringMatching(naming) })]);
  const terms = await guard();
  expect(terms).toMatchObject({ restrictions: RESTRICTIONS });
  expect(terms).not.toHaveProperty("recordInDoubt");
}

it("Sam's correction to nothing unacceptable whose own audit event was lost (503 after the PATCH) is known as her correction: not in force, the record in doubt for the compose guard; Morgan's reconcile writes its event as a correction, saying who began it, and verify then finds nothing missing (T12 #5)", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  await expect(recordAs(SAM, [], undefined, undefined, undefined, losingEvents(demo.storeOf(SAM), /^corrected \(/))).rejects.toThrow(/503/);
  const lifted = { inForce: false, refused: [{ reason: "evidenceNotOnRecord", message: expect.stringContaining("recorded in the ContactLog with nothing unacceptable") }] };
  expect(await pane()).toMatchObject(lifted);
  expect(await guard()).toMatchObject({ restrictions: [], recordInDoubt: true });
  expect(await verify()).toContainEqual(expect.stringMatching(/^missing: .*corrected \(confirmed → dismissed\)/));
  const report = await morgansReconcile();
  expect(report.repaired.filter((r) => r.target === TARGET).map((r) => r.message)).toEqual([expect.stringMatching(/^“corrected \(confirmed → dismissed\)” by sam\.carter@\S+ at \S+ had no audit event; one was written\.$/)]);
  const repair = (await demo.storeOf(MORGAN).auditFor(TARGET)).find((e) => e.action.endsWith("(written later)"))!;
  expect(repair).toMatchObject({ action: "corrected (confirmed → dismissed) (written later)", by: MORGAN.upn, detail: expect.stringContaining(`begun by ${SAM.upn}`) });
  expect((await verify()).filter((b) => b.startsWith("missing") || b.startsWith("unfinished"))).toEqual([]);
  const view = await pane();
  expect(view).toMatchObject(lifted);
  expect(JSON.stringify(view)).not.toContain("no correction of it is on record");
  expect(await guard()).toMatchObject({ restrictions: [], recordInDoubt: true });
});

/** Sam's own pane start check: reconcile in her name, ten minutes on. */
const samsReconcile = () => reconcile(demo.storeOf(SAM), { by: SAM.upn, now: new Date(Date.now() + 10 * 60_000).toISOString() });

it("Sam's correction whose own audit event was lost, reconciled by Sam herself while SharePoint says she changed the item last, gets her own event, carrying the record it left: a no-op Graph PATCH by Casey since undoes nothing, and her retry writes nothing more (T12 #5, #4)", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  await expect(recordAs(SAM, [], undefined, undefined, undefined, losingEvents(demo.storeOf(SAM), /^corrected \(/))).rejects.toThrow(/503/);
  const report = await samsReconcile();
  expect(report.repaired.filter((r) => r.target === TARGET).map((r) => r.what)).toEqual(["contactDecision"]);
  const trail = await demo.storeOf(MORGAN).auditFor(TARGET);
  expect(trail.filter((e) => e.action.endsWith("(written later)"))).toEqual([]);
  expect(trail.find((e) => e.action === "corrected (confirmed → dismissed)")).toMatchObject({ by: SAM.upn, author: expect.objectContaining({ upn: SAM.upn }), recordDigest: expect.any(String) });
  // Only the approval the correction took out of force is named (as after any correction to nothing unacceptable).
  expect((await verify()).filter((b) => !b.startsWith("decision"))).toEqual([]);
  await caseyTouches();
  expect(await pane()).toMatchObject({ inForce: false, refused: [{ message: expect.stringMatching(/corrected through the add-in by Sam Carter.*changed again since, by Casey Worker/) }] });
  expect(await guard()).toMatchObject({ restrictions: [], recordInDoubt: true });
  expect(await recordAs(SAM, [])).toMatchObject({ status: "unchanged" });
});

it("Sam's correction that never landed, the record her intent names then written by Casey through Graph: Sam's own reconcile does not vouch for Casey's write (no event in Sam's name), and the approval stays in force with Casey named (T12 #5, T13 #3)", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const intent = await samsCorrectionThatDidNotLand();
  const { call, item, json } = await contactItem();
  const record: ContactRecord = { ...json.record, categories: [], outcome: "dismissed", recordedBy: intent.by, recordedAt: intent.at };
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: JSON.stringify({ ...json, record }) })).status).toBe(200);
  await samsReconcile();
  expect((await demo.storeOf(MORGAN).auditFor(TARGET)).filter((e) => e.action === "corrected (confirmed → dismissed)")).toEqual([]);
  await expectKeptInForce(/by Casey Worker/);
});

it("a Graph rewrite of Sam's record to nothing unacceptable in her name, with an event shaped as reconcile's repair of a correction added by Casey, is no correction: Sam never began one, so the approval stands as judged (T12 #5)", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const at = new Date().toISOString();
  const { call, item, json } = await contactItem();
  const record = { ...json.record, categories: [], outcome: "dismissed" as const, recordedAt: at };
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: JSON.stringify({ ...json, record }) })).status).toBe(200);
  await demo.storeOf(CASEY).appendAudit({ id: `${TARGET}@${at}:decision:repaired`, target: TARGET, action: "corrected (confirmed → dismissed) (written later)", by: CASEY.upn, at, detail: `Categories now: none. — done by ${SAM.upn} at ${at}; its audit event was missing and ${CASEY.upn} wrote this by reconciling the records.` });
  await expectKeptInForce(/by Casey Worker.*no correction of it is on record/);
});

it("T13-A: Sam's correction that never landed (intent written, PATCH failed) is not Casey's to finish: her Graph write of the record Sam's intent names, then Morgan's reconcile, keeps the approval in force with Casey named (T12 #5, T13 #3)", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const intent = await samsCorrectionThatDidNotLand();
  expect(await pane()).toMatchObject({ inForce: true, refused: [], doubts: [] }); // nothing changed
  // Casey, through Graph, writes the record Sam's intent says her correction would have left, and what it replaced (the
  // intent's digest covers both since T21b-5), checked by its digest.
  const { call, item, json } = await contactItem();
  const record: ContactRecord = { ...json.record, categories: [], outcome: "dismissed", recordedBy: intent.by, recordedAt: intent.at };
  const replaced = decisionOf(json.record);
  expect(entryDigest(record, replaced)).toBe(intent.recordDigest);
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: JSON.stringify({ ...json, record, replaced }) })).status).toBe(200);
  await expectKeptInForce(/by Casey Worker/); // no reconcile yet
  await morgansReconcile();
  await expectKeptInForce(/by Casey Worker/);
  expect(JSON.stringify(await pane())).not.toContain("corrected through the add-in by Sam Carter");
});

it("T13-A3: Sam's correction whose PATCH failed is named by records verify as unfinished and closed by reconcile as not done, though the contact exists (T13 #4)", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const intent = await samsCorrectionThatDidNotLand();
  expect(await verify()).toContainEqual(expect.stringMatching(/^unfinished: /));
  const report = await morgansReconcile();
  expect(report.repaired).toContainEqual(expect.objectContaining({ what: "unfinishedWrite", target: TARGET }));
  expect((await demo.storeOf(MORGAN).auditFor(TARGET)).map((e) => e.id)).toContain(`${intent.id}:closed`);
  expect(await pane()).toMatchObject({ inForce: true, refused: [], doubts: [] });
});

it("T13-E: the intent lost instead of the event (503 on 'intent: corrected'): no correction lands, the approval stays in force as judged, no doubt (T12 #5)", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  await expect(recordAs(SAM, [], undefined, undefined, undefined, losingEvents(demo.storeOf(SAM), /^intent: corrected \(/))).rejects.toThrow(/503/);
  expect(await pane()).toMatchObject({ inForce: true, refused: [], doubts: [] });
  expect(await guard()).toMatchObject({ restrictions: RESTRICTIONS });
});

it("T13-G: after an ordinary correction through the add-in (its own event on the trail), records verify finds nothing missing and reconcile repairs nothing (T13 #2)", async () => {
  await recordAs(SAM, ["demands"]);
  expect(await recordAs(SAM, ["demands", "persistent"])).toMatchObject({ status: "corrected" });
  expect((await verify()).filter((b) => b.startsWith("missing") || b.startsWith("unfinished"))).toEqual([]);
  expect((await morgansReconcile()).repaired).toEqual([]);
});

it("T13-B3: after Sam's correction through the add-in to nothing unacceptable and Morgan's pane reconcile, Casey's no-op Graph PATCH does not bring the restrictions back (T12 #4; T13 #1)", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  expect(await recordAs(SAM, [])).toMatchObject({ status: "corrected" });
  expect((await morgansReconcile()).repaired).toEqual([]);
  expect(await guard()).toMatchObject({ restrictions: [], recordInDoubt: true });
  await caseyTouches();
  const view = await pane();
  expect(view.inForce).toBe(false);
  expect(JSON.stringify(view)).not.toContain("no correction of it is on record");
  expect(await guard()).toMatchObject({ restrictions: [], recordInDoubt: true });
});

it("T13-F: a RecordJson rewritten with keys reordered and whitespace after Sam's correction keeping 'demands' is a touch only: in force, Casey named (T12 #4)", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  expect(await recordAs(SAM, ["demands", "persistent"])).toMatchObject({ status: "corrected" });
  const { call, item, json } = await contactItem();
  const reversed = Object.fromEntries(Object.entries(json.record).reverse());
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: JSON.stringify({ ...json, record: reversed }, null, 3) })).status).toBe(200);
  await expectKeptInForce(/changed again since, by Casey Worker/);
});

/** Casey attaches Sam's contact recorded only as "persistent" to Alex's proposal (which names "demands"). */
async function persistentAttached() {
  await recordAs(SAM, ["persistent"]);
  const casey = demo.storeOf(CASEY);
  const current = (await casey.getStrategy("demo-alex-morgan"))!;
  return casey.saveStrategy({ ...current.value, evidence: [{ internetMessageId: DEMAND, receivedAt: received, subject: "Reply within the hour", categories: ["persistent"] }] }, current.etag);
}
const approve = () => ({ type: "approve" as const, by: MORGAN, at: new Date().toISOString(), why: "All five criteria met.", criteriaConfirmed: criteria, reviewDate: "2027-03-31" });

it("T13-C: a 'propose' event Casey adds to the trail by hand naming 'demands' and 'persistent', the item untouched, does not make a contact recorded only as 'persistent' evidence for Alex's 'demands' strategy (T13 #6)", async () => {
  const attached = await persistentAttached();
  const at = new Date().toISOString();
  await demo.storeOf(CASEY).appendAudit({ id: `strategy:demo-alex-morgan:propose:${at}`, target: "strategy:demo-alex-morgan", action: "propose", by: CASEY.upn, at, detail: "Proposed.", terms: { ...proposedTermsOf(attached.value), categories: ["demands", "persistent"] } });
  const result = await decide(demo.storeOf(MORGAN), pack, attached, approve(), checked);
  expect(result).toMatchObject({ ok: false, code: "evidenceUnchecked", message: expect.stringContaining("not behaviour this strategy restricts (“demands”)") });
  expect((await pane()).inForce).toBe(false);
});

it("T13-C2: a 'propose' event Casey adds by hand naming no behaviour, then a plain save adding 'persistent' to the item: decide() still judges against the behaviour proposed (T13 #6, T12 #6)", async () => {
  const attached = await persistentAttached();
  const casey = demo.storeOf(CASEY);
  const { categories: _named, ...noBehaviour } = proposedTermsOf(attached.value);
  const at = new Date().toISOString();
  await casey.appendAudit({ id: `strategy:demo-alex-morgan:propose:${at}`, target: "strategy:demo-alex-morgan", action: "propose", by: CASEY.upn, at, detail: "Proposed.", terms: noBehaviour });
  const edited = await casey.saveStrategy({ ...attached.value, categories: [...attached.value.categories, "persistent"] }, attached.etag);
  const result = await decide(demo.storeOf(MORGAN), pack, edited, approve(), checked);
  expect(result).toMatchObject({ ok: false, code: "evidenceUnchecked", message: expect.stringContaining("not behaviour this strategy restricts (“demands”)") });
  expect((await pane()).inForce).toBe(false);
});

it("T13-D: Morgan's decide() on the proposal she read ('demands'), after Casey's proposeChange adds 'persistent' behind her back, approves nothing: the 'persistent' contact is judged against what both the proposal and the strategy she read name (T12 #6)", async () => {
  const attached = await persistentAttached();
  const proposed = await proposeChange(demo.storeOf(CASEY), pack, attached, { ...attached.value, categories: [...attached.value.categories, "persistent"] }, CASEY, "Persistent as well.", new Date().toISOString());
  expect(proposed).toMatchObject({ ok: true });
  expect(await decide(demo.storeOf(MORGAN), pack, attached, approve(), checked)).toMatchObject({ ok: false, code: "evidenceUnchecked", message: expect.stringContaining("(“demands”)") });
  expect((await pane()).inForce).toBe(false);
});
