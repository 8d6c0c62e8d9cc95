/**
 * T16's attacks on e29cff4 that E99's fix closes (T16-1, -1b, -2, -7; copied from /work/coord/t16/t16-probes.test.ts, with
 * what records verify must name added). T16-3, -5 and -6 stay open (README, "Still possible").
 * Originally: T16's attacks on e29cff4 (a correction whose event was lost counts as landed when the add-in wrote it up: its
 * "(written later)" event under its repair id, in its writer's own SharePoint name, added after the intent), on the
 * emulator (demo office), each person with their own store. Each test asserts what a user should see; a failing test is a
 * finding (/work/coord/t16/findings.md). Copy into test/attacks/ of a worktree to run.
 * On main at e29cff4: T16-1, -1b, -2, -3, -5, -6, -7 fail (findings). T16-1 also fails on c9dab9f (T15-10 unfixed there);
 * T16-2 and -3 fail on c9dab9f too (pre-existing mechanisms).
 */
import { expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, ROBIN, SAM } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { alexDemand, losingEvents, DEMAND, pack } from "../emulator/alex-demand";
import type { AuditEvent, CaseStore } from "../../src/store/port";
import { reconcile } from "../../src/app/records/reconcile";
import { verifyRecords } from "../../src/app/records/verify";
import type { Actor } from "../../src/policy/strategy";

const demo = demoSiteEachTest();
const { recordAt, pane, guard, approvedOnDemand, contactItem } = alexDemand(demo);
const TARGET = `contact:${DEMAND}`;
const FIVE_MINUTES = 5 * 60_000;

const verifyAs = async (store: CaseStore = demo.storeOf(MORGAN)) => (await verifyRecords(store, { pack, roster: DEMO_ROSTER })).breaks.map((b) => `${b.kind}: ${"message" in b ? b.message : ""}`);
const verify = () => verifyAs();
const later = () => new Date(Date.now() + 20 * 60_000).toISOString();
const reconcileAs = (who: Actor, store: CaseStore = demo.storeOf(who)) => reconcile(store, { by: who.upn, now: later() });
const trail = () => demo.storeOf(MORGAN).auditFor(TARGET);
const intentOnTrail = async () => (await trail()).find((e) => e.action.startsWith("intent: corrected ("))!;
const repairIdOf = (intent: AuditEvent) => `${TARGET}@${new Date(Date.parse(intent.at)).toISOString()}:decision:repaired`;
const troubles = (breaks: string[]) => breaks.filter((b) => /^(missing|unfinished|contactChangedOutside): /.test(b));

async function caseyPatches(fields: Record<string, unknown>) {
  const { call, item } = await contactItem();
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, fields)).status).toBe(200);
}

/** Casey, reading Sam's intent on the trail, adds one event of her own under the id the add-in's write-up of it would take: a harmless-looking note, in her own name. */
async function caseySquatsTheRepairId(intent: AuditEvent, action = "note") {
  await demo.storeOf(CASEY).appendAudit({ id: repairIdOf(intent), target: TARGET, action, by: CASEY.upn, at: new Date().toISOString(), detail: "Checked with Sam." });
}

// ---------------------------------------------------------------------------------------------------------------------
// The write-up as proof: squatting its id, or the correction's own.

it("T16-1: Sam (clock 5 minutes fast) really corrects to nothing unacceptable and her event is lost; Casey adds one note of her own under the id its write-up would take; Robin (clock right) then corrects through the add-in: verify does not say Sam's correction never landed, and Morgan's reconcile does not close it 'not done'", async () => {
  await recordAt(SAM, ["demands"], 0);
  await approvedOnDemand();
  await expect(recordAt(SAM, [], FIVE_MINUTES, losingEvents(demo.storeOf(SAM)))).rejects.toThrow(/503/);
  expect((await contactItem()).json.record).toMatchObject({ categories: [], outcome: "dismissed", recordedBy: SAM.upn });
  await caseySquatsTheRepairId(await intentOnTrail());
  expect(await recordAt(ROBIN, ["demands", "persistent"], 0)).toMatchObject({ status: "corrected" });
  const found = await verify();
  console.log("T16-1 verify:", troubles(found), found.filter((b) => b.includes("Casey")));
  console.log("T16-1 trail:", (await trail()).map((e) => `${e.item} ${e.by}: ${e.action}`));
  expect.soft(found).not.toContainEqual(expect.stringMatching(/^unfinished: .*never landed/));
  // Casey's note is named for what it is: someone else's item under the add-in's id.
  expect.soft(found).toContainEqual(expect.stringMatching(/^idTaken: Casey Worker .*added “note”.*:decision:repaired, the id the add-in keeps for its write-up/));
  await reconcileAs(MORGAN);
  expect((await trail()).filter((e) => e.action.startsWith("not done:"))).toEqual([]);
});

it("T16-1b: the same squat written in Sam's name (T15-10c's forged write-up, SharePoint naming Casey), before Robin's correction: Sam's real correction is still not called 'never landed' nor closed 'not done'", async () => {
  await recordAt(SAM, ["demands"], 0);
  await approvedOnDemand();
  await expect(recordAt(SAM, [], FIVE_MINUTES, losingEvents(demo.storeOf(SAM)))).rejects.toThrow(/503/);
  const intent = await intentOnTrail();
  await demo.storeOf(CASEY).appendAudit({ id: repairIdOf(intent), target: TARGET, action: "corrected (confirmed → dismissed) (written later)", by: SAM.upn, at: later(), detail: "Categories: demands → none." });
  expect(await recordAt(ROBIN, ["demands", "persistent"], 0)).toMatchObject({ status: "corrected" });
  const found = await verify();
  console.log("T16-1b verify:", troubles(found), found.filter((b) => b.includes("Casey")));
  expect.soft(found).not.toContainEqual(expect.stringMatching(/^unfinished: .*never landed/));
  expect.soft(found).toContainEqual(expect.stringMatching(/^idTaken: Casey Worker .*naming sam\.carter@.*:decision:repaired/));
  await reconcileAs(MORGAN);
  expect((await trail()).filter((e) => e.action.startsWith("not done:"))).toEqual([]);
});

it("T16-2: Sam really corrects to nothing unacceptable (event lost, clocks right); Casey squats the write-up's id with a note of her own; Sam's pane check then runs; Casey saves the item unchanged: Sam's correction is on the trail in her name and the approval is not in force (as T15-5 without the squat)", async () => {
  await recordAt(SAM, ["demands"], 0);
  await approvedOnDemand();
  await expect(recordAt(SAM, [], 0, losingEvents(demo.storeOf(SAM)))).rejects.toThrow(/503/);
  await caseySquatsTheRepairId(await intentOnTrail());
  await reconcileAs(SAM);
  const { item } = await contactItem();
  await caseyPatches({ RecordJson: item.fields.RecordJson });
  const view = await pane();
  console.log("T16-2 pane:", JSON.stringify(view).match(/[^"]*outside the add-in[^"]*/g));
  console.log("T16-2 verify:", troubles(await verify()));
  console.log("T16-2 guard:", JSON.stringify(await guard()));
  expect.soft((await trail()).filter((e) => e.action.startsWith("corrected (") && e.by === SAM.upn)).toHaveLength(1);
  expect(view.inForce).toBe(false);
});

it("T16-7: Sam's real correction (event lost); Casey adds an event of her own under the id of the correction's OWN event (contact:…:corrected:<time>): Sam's pane check (reconcile as Sam) still runs to the end — other records' repairs are not stopped — and her correction keeps an event", async () => {
  await recordAt(SAM, ["demands"], 0);
  await approvedOnDemand();
  await expect(recordAt(SAM, [], 0, losingEvents(demo.storeOf(SAM)))).rejects.toThrow(/503/);
  const intent = await intentOnTrail();
  await demo.storeOf(CASEY).appendAudit({ id: `${TARGET}:corrected:${intent.at}`, target: TARGET, action: "note", by: CASEY.upn, at: new Date().toISOString(), detail: "Checked." });
  const sams = await reconcileAs(SAM).then((r) => r.repaired.map((x) => `${x.what}: ${x.message}`).join(" | "), (e: unknown) => `threw: ${(e as Error).message}`);
  console.log("T16-7 Sam's reconcile:", sams);
  console.log("T16-7 verify:", troubles(await verify()));
  expect(sams).not.toMatch(/^threw/);
  expect((await trail()).filter((e) => e.action === "corrected (confirmed → dismissed) (written later)" && e.by === SAM.upn)).toHaveLength(1);
  expect(await verify()).toContainEqual(expect.stringMatching(/^idTaken: Casey Worker .*added “note”.*:corrected:.*the id the add-in keeps for a correction's own audit event/));
  expect(troubles(await verify())).toEqual([]);
});

it("T16-7b (E99): Casey squats both ids a write-up of Sam's correction can take (its repair id, and that id with Sam's address after it); Sam's pane check runs to the end without a conflict, and verify names both of Casey's items", async () => {
  await recordAt(SAM, ["demands"], 0);
  await approvedOnDemand();
  await expect(recordAt(SAM, [], 0, losingEvents(demo.storeOf(SAM)))).rejects.toThrow(/503/);
  const intent = await intentOnTrail();
  const casey = demo.storeOf(CASEY);
  for (const id of [`${TARGET}:corrected:${intent.at}`, repairIdOf(intent), `${repairIdOf(intent)}:${SAM.upn}`]) {
    await casey.appendAudit({ id, target: TARGET, action: "note", by: CASEY.upn, at: new Date().toISOString(), detail: "Checked." });
  }
  await expect(reconcileAs(SAM)).resolves.toBeDefined();
  await expect(reconcileAs(SAM)).resolves.toBeDefined();
  const found = await verify();
  expect(found.filter((b) => /^idTaken: Casey Worker/.test(b))).toHaveLength(3);
  // Nothing could be written for Sam's correction in her own add-in: verify still says its event is missing.
  expect(troubles(found)).toContainEqual(expect.stringMatching(/^missing: No audit event records .*by sam\.carter@/));
});
