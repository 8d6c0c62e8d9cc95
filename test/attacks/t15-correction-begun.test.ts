/**
 * T15's attacks on a539665 (one test, correctionBegun, for the pane, reconcile and records verify; a correction refused
 * on a 412 stops when a colleague changed the record in between), on the emulator (demo office), each person with their
 * own store. Each test asserts what a user should see (T15's findings). T15-1, -1b, -1c, -2 and -3 failed at a539665,
 * which read a record with a correction intent again by its key for SharePoint's last writer and, finding no item or
 * another, judged the record on its word: reconcile and verify now judge each record by the item it was listed from.
 * T15-4 failed at a539665 too: a real correction, its event lost, then a colleague's no-op save, was called "changed
 * outside the add-in" with a restore advised; it is now named in doubt. T15-12 and -13 failed before and at a539665:
 * recording a contact again wrote a stored correction a colleague wrote through Graph as the recorder's own. T15-5…-9,
 * -11 and -14 are the healthy paths, passing before and after. T15-10 (clock skew) failed until a correction's write-up by
 * a colleague's add-in counted as proof it landed; T15-10b and -10c attack that proof (passing before and after it).
 */
import { expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, ROBIN, SAM, STAFF_DOMAIN } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { alexDemand, colleagueWritesFirst, losingEvents, ALEX, DEMAND, pack } from "../emulator/alex-demand";
import { StoreError, type AuditEvent, type CaseStore } from "../../src/store/port";
import { reconcile } from "../../src/app/records/reconcile";
import { verifyRecords } from "../../src/app/records/verify";
import type { ContactRecord } from "../../src/policy/contact";
import type { Actor } from "../../src/policy/strategy";

const demo = demoSiteEachTest();
const { recordAs, recordAt, samsCorrectionThatDidNotLand, pane, approvedOnDemand, contactItem } = alexDemand(demo);
const TARGET = `contact:${DEMAND}`;

const verifyAs = async (store: CaseStore = demo.storeOf(MORGAN)) => (await verifyRecords(store, { pack, roster: DEMO_ROSTER })).breaks.map((b) => `${b.kind}: ${"message" in b ? b.message : ""}`);
const verify = () => verifyAs();
const later = () => new Date(Date.now() + 20 * 60_000).toISOString();
const FIVE_MINUTES = 5 * 60_000;
const reconcileAs = (who: Actor, store: CaseStore = demo.storeOf(who)) => reconcile(store, { by: who.upn, now: later() });
const trail = () => demo.storeOf(MORGAN).auditFor(TARGET);
const correctionRepairs = (report: Awaited<ReturnType<typeof reconcile>>) => report.repaired.filter((r) => r.target === TARGET && /corrected \(/.test(r.message));

/** Casey PATCHes the ContactLog item's fields through Graph (her own token). */
async function caseyPatches(fields: Record<string, unknown>) {
  const { call, item } = await contactItem();
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, fields)).status).toBe(200);
}
const recordJson = async (record: ContactRecord) => JSON.stringify({ ...(await contactItem()).json, record });

// ---------------------------------------------------------------------------------------------------------------------
// (a)/(c) Whose write a record is: SharePoint's word on the item it was listed from, never a second read by key.

it("T15-1: Casey writes the record Sam's failed correction intended (T14-1b) AND moves the item's InternetMessageId column: Morgan's reconcile does not write it up as Sam's correction, verify does not claim it as hers, Sam's own reconcile does not write it in her name — and once Casey puts the key back the approval is still in force", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const intent = await samsCorrectionThatDidNotLand();
  const { json } = await contactItem();
  const intended: ContactRecord = { ...json.record, categories: [], outcome: "dismissed", recordedBy: intent.by, recordedAt: intent.at };
  await caseyPatches({ RecordJson: await recordJson(intended), InternetMessageId: `${DEMAND}.moved` });
  // verify: not a correction of Sam's that lacks its event.
  expect.soft(await verify()).not.toContainEqual(expect.stringMatching(/^missing: .*corrected \(confirmed → dismissed\)/));
  // Morgan's reconcile: nothing written as Sam's correction.
  expect.soft(correctionRepairs(await reconcileAs(MORGAN))).toEqual([]);
  // Sam's own reconcile (her pane's check at start runs as her): nothing in her name.
  await reconcileAs(SAM);
  expect.soft((await trail()).filter((e) => e.action.startsWith("corrected (") && e.by === SAM.upn)).toEqual([]);
  // Casey puts the key back: the record is Casey's Graph write, and the approval stays in force (T13 #3, T14-1b).
  await caseyPatches({ InternetMessageId: DEMAND });
  expect((await pane()).inForce).toBe(true);
});

it("T15-1c: the same move, and Sam's own pane check (reconcile as Sam) runs before anyone else's: it does not write Casey's Graph write onto the trail as Sam's own correction — and once Casey puts the key back, Morgan's approval is still in force, Casey named", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const intent = await samsCorrectionThatDidNotLand();
  const { json } = await contactItem();
  await caseyPatches({ RecordJson: await recordJson({ ...json.record, categories: [], outcome: "dismissed", recordedBy: intent.by, recordedAt: intent.at }), InternetMessageId: `${DEMAND}.moved` });
  await reconcileAs(SAM);
  expect.soft((await trail()).filter((e) => e.action.startsWith("corrected (") && e.by === SAM.upn)).toEqual([]);
  await caseyPatches({ InternetMessageId: DEMAND });
  const view = await pane();
  expect.soft(view.inForce).toBe(true);
  expect(JSON.stringify(view)).toMatch(/by Casey Worker[^"]*outside the add-in/);
});

it("T15-1b: the same record, and the item deleted between reconcile's listing and its re-read by key (contactsById finds none): Morgan's reconcile does not write a correction of a record SharePoint no longer holds", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const intent = await samsCorrectionThatDidNotLand();
  const { json } = await contactItem();
  await caseyPatches({ RecordJson: await recordJson({ ...json.record, categories: [], outcome: "dismissed", recordedBy: intent.by, recordedAt: intent.at }) });
  const real = demo.storeOf(MORGAN);
  const racing: CaseStore = {
    ...real,
    contactsById: async (ids) => {
      const { call, item } = await contactItem();
      expect((await call("DELETE", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}`)).status).toBeLessThan(300);
      return real.contactsById(ids);
    },
  };
  expect(correctionRepairs(await reconcileAs(MORGAN, racing))).toEqual([]);
});

it("T15-2: reconcile and records verify never read the record again by its key (a read that fails, or finds another item or none, cannot leave the record on its word): with that read failing, verify names Casey from the item the record was listed from, and nobody's reconcile writes the record up as Sam's correction", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const intent = await samsCorrectionThatDidNotLand();
  const { json } = await contactItem();
  await caseyPatches({ RecordJson: await recordJson({ ...json.record, categories: [], outcome: "dismissed", recordedBy: intent.by, recordedAt: intent.at }) });
  const failing = (who: Actor): CaseStore => ({ ...demo.storeOf(who), contactsById: async () => Promise.reject(new StoreError("unavailable", "Reading ContactLog: HTTP 503")) });
  expect(await verifyAs(failing(MORGAN))).toContainEqual(expect.stringMatching(/^contactChangedOutside: .*Casey Worker/));
  expect(correctionRepairs(await reconcileAs(SAM, failing(SAM)))).toEqual([]);
  expect(correctionRepairs(await reconcileAs(MORGAN, failing(MORGAN)))).toEqual([]);
  expect((await trail()).filter((e) => /^corrected \(/.test(e.action))).toEqual([]);
});

it("T15-3: a second ContactLog item (another key) whose record claims Alex's demand, reading as Sam's failed correction intended, at its time: records verify names it (two items claim the contact), not nothing", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const intent = await samsCorrectionThatDidNotLand();
  const { call, json } = await contactItem();
  const record: ContactRecord = { ...json.record, categories: [], outcome: "dismissed", recordedBy: intent.by, recordedAt: intent.at };
  const fields = { Title: record.subject, InternetMessageId: `${DEMAND}.copy`, SenderAddress: ALEX, ReceivedAt: record.receivedAt, Categories: "", Outcome: "dismissed", RecordedBy: SAM.upn, RecordJson: JSON.stringify({ ...json, record }) };
  expect((await call("POST", `/sites/${demo.siteId}/lists/ContactLog/items`, { fields })).status).toBeLessThan(300);
  const found = (await verify()).filter((b) => b.includes(DEMAND));
  expect(found).not.toEqual([]);
  expect(correctionRepairs(await reconcileAs(MORGAN))).toEqual([]);
});

// ---------------------------------------------------------------------------------------------------------------------
// (a) A real correction whose event was lost, then touched.

it("T15-4: Sam's real correction (its event lost to a 503), then Casey's no-op Graph save of the item before anyone reconciles: verify does not say the record 'was changed outside the add-in' nor advise restoring an earlier version (which would undo Sam's correction): it is in doubt, a manager to check the version history", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  await expect(recordAs(SAM, [], undefined, undefined, undefined, losingEvents(demo.storeOf(SAM)))).rejects.toThrow(/503/);
  const { item } = await contactItem();
  await caseyPatches({ RecordJson: item.fields.RecordJson });
  const found = (await verify()).filter((b) => b.includes(DEMAND));
  expect(found).not.toContainEqual(expect.stringMatching(/changed outside the add-in|restore it/));
  expect(found).toContainEqual(expect.stringMatching(/^contactChangedOutside: .*In doubt: ask a manager to check the ContactLog item's version history/));
  // Nothing is written for it, by anyone's reconcile.
  expect(correctionRepairs(await reconcileAs(MORGAN))).toEqual([]);
});

it("T15-5: healthy: Sam's correction loses its event, her own reconcile (her pane's check) writes her event, then Casey's no-op save: verify and Morgan's reconcile find nothing, the approval is not in force", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  await expect(recordAs(SAM, [], undefined, undefined, undefined, losingEvents(demo.storeOf(SAM)))).rejects.toThrow(/503/);
  await reconcileAs(SAM);
  expect((await trail()).filter((e) => e.action.startsWith("corrected (") && e.by === SAM.upn && e.author?.upn?.toLowerCase() === SAM.upn.toLowerCase())).toHaveLength(1);
  const { item } = await contactItem();
  await caseyPatches({ RecordJson: item.fields.RecordJson });
  expect((await verify()).filter((b) => /^(missing|unfinished|contactChangedOutside): /.test(b))).toEqual([]);
  expect((await reconcileAs(MORGAN)).repaired.filter((r) => r.target === TARGET)).toEqual([]);
  expect((await pane()).inForce).toBe(false);
});

it("T15-6: Sam's real correction (event lost), then Casey's Graph write back to 'demands' in Sam's name at Sam's correction time: not Sam's correction for anyone (verify names Casey; nobody's reconcile writes it as Sam's; in force)", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  await expect(recordAs(SAM, [], undefined, undefined, undefined, losingEvents(demo.storeOf(SAM)))).rejects.toThrow(/503/);
  const { json } = await contactItem();
  await caseyPatches({ RecordJson: await recordJson({ ...json.record, categories: ["demands"], outcome: "confirmed" }) });
  expect(await verify()).toContainEqual(expect.stringMatching(/^contactChangedOutside: .*Casey Worker/));
  expect(correctionRepairs(await reconcileAs(SAM))).toEqual([]);
  expect(correctionRepairs(await reconcileAs(MORGAN))).toEqual([]);
  expect((await pane()).inForce).toBe(true);
});

// ---------------------------------------------------------------------------------------------------------------------
// (b) The 412 path.

it("T15-7: healthy 412: Casey's no-op save (RecordJson as it was, Title changed) between Sam's read and her PATCH: Sam's correction is retried once and lands with its event; verify and reconcile find nothing; not in force", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const racing = colleagueWritesFirst(demo.storeOf(SAM), async () => caseyPatches({ RecordJson: (await contactItem()).item.fields.RecordJson, Title: "Renamed in SharePoint" }));
  expect(await recordAs(SAM, [], undefined, undefined, undefined, racing)).toMatchObject({ status: "corrected" });
  expect((await contactItem()).json.record).toMatchObject({ categories: [], outcome: "dismissed", recordedBy: SAM.upn });
  expect((await verify()).filter((b) => /^(missing|unfinished|contactChangedOutside): /.test(b))).toEqual([]);
  expect((await reconcileAs(MORGAN)).repaired.filter((r) => r.target === TARGET)).toEqual([]);
  expect((await pane()).inForce).toBe(false);
});

it("T15-8: a colleague's change of a field other than the subject (staffContacted) between Sam's read and her PATCH: Sam is told (a conflict), nothing of hers is on the record; her stopped intent is then named unfinished and closed 'not done', never taken as landed", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const racing = colleagueWritesFirst(demo.storeOf(SAM), async () => {
    const { json } = await contactItem();
    await caseyPatches({ RecordJson: await recordJson({ ...json.record, staffContacted: [...(json.record.staffContacted ?? []), `robin.${STAFF_DOMAIN}`] }) });
  });
  const error = await recordAs(SAM, [], undefined, undefined, undefined, racing).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: "conflict", message: expect.stringContaining("while you were correcting it") });
  expect((await contactItem()).json.record).toMatchObject({ categories: ["demands"], outcome: "confirmed" });
  expect(await verify()).toContainEqual(expect.stringMatching(/^unfinished: /));
  const report = await reconcileAs(MORGAN);
  expect(report.repaired.filter((r) => r.what === "unfinishedWrite")).toHaveLength(1);
  expect(correctionRepairs(report).filter((r) => r.what === "contactDecision")).toEqual([]);
  expect((await pane()).inForce).toBe(true);
});

it("T15-9: 412, then the re-read fails (503): Sam is told it failed (not a silent success), nothing of hers is on the record, her intent is closed 'not done' by reconcile; her retry then lands", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const real = demo.storeOf(SAM);
  // Casey touches another column (a 412 for Sam's PATCH), and the re-read after it answers 503 (the emulator's fault).
  const failingReread: CaseStore = {
    ...real,
    correctContact: async (existing, decision) => {
      await caseyPatches({ Title: "Touched" });
      demo.emulator.faults.add({ method: "GET", path: "/lists/ContactLog/items/[^/]+$", status: 503, times: 1 });
      return real.correctContact(existing, decision).finally(() => demo.emulator.faults.clear());
    },
  };
  await expect(recordAs(SAM, [], undefined, undefined, undefined, failingReread)).rejects.toThrow(/not answering|503/);
  expect((await contactItem()).json.record).toMatchObject({ categories: ["demands"] });
  const report = await reconcileAs(MORGAN);
  expect(report.repaired.filter((r) => r.what === "unfinishedWrite")).toHaveLength(1);
  expect(await recordAs(SAM, [])).toMatchObject({ status: "corrected" });
  expect((await verify()).filter((b) => /^(missing|unfinished|contactChangedOutside): /.test(b))).toEqual([]);
  expect((await pane()).inForce).toBe(false);
});

// ---------------------------------------------------------------------------------------------------------------------
// (d) Healthy paths: clocks that differ, several correctors, one event lost.

it("T15-10: clocks differ and one event is lost: Sam (clock 5 minutes fast) corrects to nothing unacceptable and her event is lost; Casey (clock right) then corrects through the add-in, which writes Sam's correction up as it finds it on the item: records verify names nothing unfinished and Morgan's reconcile closes nothing 'not done'", async () => {
  await recordAt(SAM, ["demands"], 0);
  await approvedOnDemand();
  await expect(recordAt(SAM, [], FIVE_MINUTES, losingEvents(demo.storeOf(SAM)))).rejects.toThrow(/503/);
  expect(await recordAt(CASEY, ["demands", "persistent"], 0)).toMatchObject({ status: "corrected" });
  // The trail tells it: Sam's correction written up by Casey's add-in, then Casey's replacing it.
  expect((await trail()).map((e) => `${e.by}: ${e.action}`)).toEqual(expect.arrayContaining([`${CASEY.upn}: corrected (confirmed → dismissed) (written later)`, `${CASEY.upn}: corrected (dismissed → confirmed)`]));
  expect.soft(await verify()).not.toContainEqual(expect.stringMatching(/^(unfinished|missing|contactChangedOutside): /));
  const report = await reconcileAs(MORGAN);
  expect.soft(report.repaired.filter((r) => r.target === TARGET)).toEqual([]);
  expect((await trail()).filter((e) => e.action.startsWith("not done:"))).toEqual([]);
});

/** The record Sam's correction `intent` names, as the add-in would write it ('replaced' and all), written by Casey through Graph. */
async function caseyWritesSamsIntended(intent: AuditEvent) {
  const { json } = await contactItem();
  const replaced = { categories: json.record.categories, evidence: json.record.evidence, outcome: json.record.outcome, recordedBy: json.record.recordedBy, recordedAt: json.record.recordedAt };
  await caseyPatches({ RecordJson: JSON.stringify({ ...json, record: { ...json.record, categories: [], outcome: "dismissed", recordedBy: intent.by, recordedAt: intent.at }, replaced }) });
}

it("T15-10b (attack on T15-10's fix): Sam (clock 5 minutes fast) begins a correction whose write fails; Casey writes through Graph the record Sam's intent names, then corrects it through the add-in, so her own event truly says it 'Replaces the decision' Sam 'recorded at' Sam's time: Sam's correction is still named unfinished and closed 'not done', and the approval stays in force", async () => {
  await recordAt(SAM, ["demands"], 0);
  await approvedOnDemand();
  const intent = await samsCorrectionThatDidNotLand(FIVE_MINUTES);
  await caseyWritesSamsIntended(intent);
  expect(await recordAt(CASEY, ["demands", "persistent"], 0)).toMatchObject({ status: "corrected" });
  const caseys = (await trail()).find((e) => e.by === CASEY.upn && e.action.startsWith("corrected ("));
  expect(caseys?.detail).toContain(`Replaces the decision ${SAM.upn} recorded at ${intent.at}.`);
  expect(await verify()).toContainEqual(expect.stringContaining(`unfinished: ${SAM.upn} began corrected (confirmed → dismissed) at ${intent.at}, and it never landed`));
  expect((await reconcileAs(MORGAN)).repaired.filter((r) => r.what === "unfinishedWrite" && r.target === TARGET)).toHaveLength(1);
  expect((await trail()).filter((e) => e.action === "not done: corrected (confirmed → dismissed)")).toHaveLength(1);
  expect((await pane()).inForce).toBe(true);
});

it("T15-10c (attack on T15-10's fix): Sam (clock 5 minutes fast) begins a correction whose write fails; Casey adds to the trail the write-up of it the add-in would have written, in Sam's name: SharePoint names Casey as its writer, so it counts for nothing — Sam's correction is named unfinished and closed 'not done', the approval in force", async () => {
  await recordAt(SAM, ["demands"], 0);
  await approvedOnDemand();
  const intent = await samsCorrectionThatDidNotLand(FIVE_MINUTES);
  const writeUp = { id: `${TARGET}@${intent.at}:decision:repaired`, target: TARGET, action: "corrected (confirmed → dismissed) (written later)", by: SAM.upn, at: later(), detail: "Categories: demands → none." };
  await demo.storeOf(CASEY).appendAudit(writeUp);
  expect(await verify()).toContainEqual(expect.stringContaining(`unfinished: ${SAM.upn} began corrected (confirmed → dismissed) at ${intent.at}, and it never landed`));
  expect((await reconcileAs(MORGAN)).repaired.filter((r) => r.what === "unfinishedWrite" && r.target === TARGET)).toHaveLength(1);
  expect((await pane()).inForce).toBe(true);
});

it("T15-11: healthy: Sam records, Casey corrects (event lost), Robin corrects through the add-in, Sam corrects back, each clock a little different: verify finds nothing but the repair of Casey's event, Morgan's reconcile adds nothing, the pane knows the last correction", async () => {
  await recordAt(SAM, ["demands"], 0);
  await approvedOnDemand();
  await expect(recordAt(CASEY, ["demands", "persistent"], -30_000, losingEvents(demo.storeOf(CASEY)))).rejects.toThrow(/503/);
  expect(await recordAt(ROBIN, [], 2_000)).toMatchObject({ status: "corrected" });
  expect(await recordAt(SAM, ["abusive"], 4_000)).toMatchObject({ status: "corrected" });
  expect((await verify()).filter((b) => /^(missing|unfinished|contactChangedOutside): /.test(b))).toEqual([]);
  expect((await reconcileAs(MORGAN)).repaired.filter((r) => r.target === TARGET)).toEqual([]);
  const view = JSON.stringify(await pane());
  expect(view).not.toMatch(/outside the add-in/);
});

// ---------------------------------------------------------------------------------------------------------------------
// (a) A careless retry: Sam records again the decision a colleague's Graph write already put on the record.

it("T15-12: Casey writes, through Graph, the record Sam's failed correction intended, 'replaced' and all (as the add-in writes it); Sam, seeing it read as she meant, records the same decision again: she is not told 'unchanged' with Casey's write then taken as her correction — her own correction is recorded at her time (T20-7), the pane naming Casey", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const intent = await samsCorrectionThatDidNotLand();
  const { json } = await contactItem();
  const replaced = { categories: json.record.categories, evidence: json.record.evidence, outcome: json.record.outcome, recordedBy: json.record.recordedBy, recordedAt: json.record.recordedAt };
  await caseyPatches({ RecordJson: JSON.stringify({ ...json, record: { ...json.record, categories: [], outcome: "dismissed", recordedBy: intent.by, recordedAt: intent.at }, replaced }) });
  expect((await pane()).inForce).toBe(true);
  // Since T20-7 (t21-intents.test.ts): pressing Record on a record no one's through the add-in records her decision anew, as
  // hers, and says who changed the one there. Casey's write is still not taken as her correction: her own event, at the time
  // she pressed it, not the failed intent's; the approval goes out of force on her correction, as on any real one (T15-14).
  const result = await recordAs(SAM, []);
  expect(result).toMatchObject({ status: "corrected", notHers: { inDoubt: { changedBy: { displayName: "Casey Worker" } } } });
  const hers = (await trail()).filter((e) => e.action.startsWith("corrected (") && e.by === SAM.upn);
  expect(hers.map((e) => e.at)).toEqual([result.record.recordedAt]);
  expect(result.record.recordedAt).not.toBe(intent.at);
  expect((await pane()).inForce).toBe(false);
});

it("T15-13: with no correction of Sam's begun at all, Casey writes through Graph a record naming Sam as its corrector (any time, 'replaced' as the add-in writes it) reading nothing unacceptable; Sam, seeing it, records 'demands' again: the trail does not gain an event in Sam's name saying she corrected it to 'dismissed'", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  const { json } = await contactItem();
  const replaced = { categories: json.record.categories, evidence: json.record.evidence, outcome: json.record.outcome, recordedBy: json.record.recordedBy, recordedAt: json.record.recordedAt };
  const at = new Date(Date.now() - 60_000).toISOString();
  await caseyPatches({ RecordJson: JSON.stringify({ ...json, record: { ...json.record, categories: [], outcome: "dismissed", recordedBy: SAM.upn, recordedAt: at }, replaced }) });
  expect(await recordAs(SAM, ["demands"])).toMatchObject({ status: "corrected" });
  expect((await trail()).filter((e) => e.action.startsWith("corrected (confirmed → dismissed)") && e.by === SAM.upn)).toEqual([]);
});

it("T15-14: healthy: Sam's correction PATCH lands but its answer is lost (the add-in re-reads: applied), then its event is lost to a 503: her pane check writes her event; verify and Morgan's reconcile find nothing; not in force", async () => {
  await recordAs(SAM, ["demands"]);
  await approvedOnDemand();
  demo.emulator.faults.add({ method: "PATCH", path: "/lists/ContactLog/items/[^/]+/fields$", status: "dropAfterWrite", times: 1 });
  try {
    await expect(recordAs(SAM, [], undefined, undefined, undefined, losingEvents(demo.storeOf(SAM)))).rejects.toThrow(/503/);
  } finally {
    demo.emulator.faults.clear();
  }
  expect((await contactItem()).json.record).toMatchObject({ categories: [], outcome: "dismissed", recordedBy: SAM.upn });
  await reconcileAs(SAM);
  expect((await verify()).filter((b) => /^(missing|unfinished|contactChangedOutside): /.test(b))).toEqual([]);
  expect((await reconcileAs(MORGAN)).repaired.filter((r) => r.target === TARGET)).toEqual([]);
  expect((await pane()).inForce).toBe(false);
});
