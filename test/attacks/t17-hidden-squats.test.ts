/**
 * T17's hidden squats (/work/coord/t17/findings.md T17-6, -7, -8, -9, -11): a caseworker's own AuditTrail item, POSTed
 * through Graph, whose EventKey column (SharePoint's unique key) is an id the add-in will need while its EventJson names a
 * harmless note under another id. Before, every write under that key threw "already holds an event under …", every
 * reconcile ended at that act, and records verify named nobody. Each test says what the caseworker, the manager and the
 * records officer see.
 */
import { expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, ROBIN, SAM, tokenOf } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { alexDemand, losingEvents, DEMAND, pack } from "../emulator/alex-demand";
import { caller } from "../emulator/client";
import { StoreError, type AuditEvent, type CaseStore } from "../../src/store/port";
import { reconcile } from "../../src/app/records/reconcile";
import { verifyRecords } from "../../src/app/records/verify";
import { unfinishedRepairs } from "../../src/app/records/start-check";
import { auditFields } from "../../src/store/sharepoint/mapping";
import { chained, chainHead } from "../../src/store/audit-chain";
import type { Actor } from "../../src/policy/strategy";

const demo = demoSiteEachTest();
const { recordAt, recordAs, pane, approvedOnDemand, contactItem } = alexDemand(demo);
const TARGET = `contact:${DEMAND}`;
const FIVE_MINUTES = 5 * 60_000;

const later = () => new Date(Date.now() + 20 * 60_000).toISOString();
const reconcileAs = (who: Actor, store: CaseStore = demo.storeOf(who)) => reconcile(store, { by: who.upn, now: later() });
const trail = (target = TARGET) => demo.storeOf(MORGAN).auditFor(target);
const intentOnTrail = async () => (await trail()).find((e) => e.action.startsWith("intent: corrected ("))!;
const repairIdOf = (at: string) => `${TARGET}@${new Date(Date.parse(at)).toISOString()}:decision:repaired`;
/** What records verify says of Casey's items, as the records officer reads it. */
const caseyNamed = async () => (await verifyRecords(demo.storeOf(MORGAN), { pack, roster: DEMO_ROSTER })).breaks.filter((b) => b.message.includes("Casey Worker")).map((b) => b.message);
const outcome = (p: Promise<{ status: string }>) => p.then((r) => r.status, (e: unknown) => `threw: ${(e as Error).message}`);

/**
 * Casey's item as she POSTs it through Graph: every column as the add-in would write a note of hers on `filedOn`, then
 * EventKey set to the id the add-in will need. The answer's status: SharePoint refuses a key already held.
 */
async function caseyHiddenSquat(eventKey: string, filedOn = TARGET): Promise<number> {
  const event: AuditEvent = { id: `${filedOn}:casey-note-${Math.random().toString(36).slice(2, 8)}`, target: filedOn, action: "note", by: CASEY.upn, at: new Date().toISOString(), detail: "Checked with Sam." };
  const fields = { ...auditFields(chained(event, chainHead(await trail(filedOn)))), EventKey: eventKey };
  return (await caller(() => demo.emulator, tokenOf(CASEY))("POST", `/sites/${demo.siteId}/lists/AuditTrail/items`, { fields })).status;
}

it("T17-9: Casey holds the first recording's id (and, once Sam has recorded, the write-up's ids) with items naming a note: Sam records, Robin corrects the demand to nothing unacceptable so the approval goes out of force, Morgan's reconcile finishes, and records verify names Casey's items", async () => {
  expect(await caseyHiddenSquat(`${TARGET}:recorded`)).toBe(201);
  expect(await outcome(recordAt(SAM, ["demands"], 0))).toBe("created");
  const at = (await contactItem()).json.record.recordedAt as string;
  // Sam's write-up of her recording holds the repair id now; Casey takes the next one Robin's would use.
  for (const id of [repairIdOf(at), `${repairIdOf(at)}:${ROBIN.upn.toLowerCase()}`]) await caseyHiddenSquat(id);
  await approvedOnDemand();
  expect((await pane()).inForce).toBe(true);

  expect(await outcome(recordAt(ROBIN, [], 0))).toBe("corrected");
  expect((await contactItem()).json.record.categories).toEqual([]);
  expect((await pane()).inForce).toBe(false);
  const morgans = await reconcileAs(MORGAN);
  expect(morgans.failed).toEqual([]);
  // Sam's recording is on the trail in her own name (under the write-up's id, its own being Casey's), and Robin's correction.
  const mine = (await trail()).filter((e) => !e.unreadable && /^(recorded|corrected) \(/.test(e.action)).map((e) => `${e.by}: ${e.action}`);
  expect(mine).toEqual([`${SAM.upn}: recorded (confirmed) (written later)`, `${ROBIN.upn}: corrected (confirmed → dismissed)`]);
  const named = await caseyNamed();
  expect(named).toEqual(expect.arrayContaining([expect.stringMatching(/^Casey Worker \(casey\.worker@.*\) added an item to the audit trail under the id contact:<demand-alex@example\.com>:recorded .*outside the add-in.*a contact's first audit event/)]));
  expect(named.filter((m) => m.includes("outside the add-in"))).toHaveLength(2);
});

it("T17-7: Casey's hidden item on the write-up's id after Sam's correction lost its event: Robin's correction goes through, Morgan's reconcile finishes, Sam's correction is not closed 'not done', and verify names Casey", async () => {
  await recordAt(SAM, ["demands"], 0);
  await approvedOnDemand();
  await expect(recordAt(SAM, [], FIVE_MINUTES, losingEvents(demo.storeOf(SAM)))).rejects.toThrow(/503/);
  const repairId = repairIdOf((await intentOnTrail()).at);
  expect(await caseyHiddenSquat(repairId)).toBe(201);

  expect(await outcome(recordAt(ROBIN, ["demands", "persistent"], 0))).toBe("corrected");
  const morgans = await reconcileAs(MORGAN);
  expect(morgans.failed).toEqual([]);
  expect((await trail()).filter((e) => e.action.startsWith("not done:"))).toEqual([]);
  // Sam's correction is written up by Robin under the next id free.
  expect((await trail()).filter((e) => e.id === `${repairId}:${ROBIN.upn.toLowerCase()}`).map((e) => e.action)).toEqual(["corrected (confirmed → dismissed) (written later)"]);
  expect(await caseyNamed()).toEqual([expect.stringContaining("outside the add-in")]);
});

it("T17-6: Casey's hidden item on the correction's own id: Sam's pane check writes up her correction instead of throwing, the next check finds nothing to do, and verify names Casey", async () => {
  await recordAt(SAM, ["demands"], 0);
  await approvedOnDemand();
  await expect(recordAt(SAM, [], 0, losingEvents(demo.storeOf(SAM)))).rejects.toThrow(/503/);
  const intent = await intentOnTrail();
  expect(await caseyHiddenSquat(`${TARGET}:corrected:${intent.at}`)).toBe(201);

  const first = await reconcileAs(SAM);
  expect(first.failed).toEqual([]);
  expect(first.repaired.map((r) => r.what)).toEqual(["contactDecision"]);
  expect(await reconcileAs(SAM)).toMatchObject({ repaired: [], failed: [] });
  expect((await trail()).filter((e) => e.id === repairIdOf(intent.at)).map((e) => `${e.by}: ${e.action}`)).toEqual([`${SAM.upn}: corrected (confirmed → dismissed) (written later)`]);
  expect(await caseyNamed()).toEqual([expect.stringContaining("a correction's own audit event")]);
});

it("T17-8: Casey's item holding the first recording's id is filed under another message, where no read of this one's trail sees it: Sam's recording still goes through, and verify names Casey", async () => {
  const other = "contact:<other@example.com>";
  expect(await caseyHiddenSquat(`${TARGET}:recorded`, other)).toBe(201);
  expect(await outcome(recordAt(SAM, ["demands"], 0))).toBe("created");
  expect((await trail()).filter((e) => e.action === "recorded (confirmed) (written later)").map((e) => e.by)).toEqual([SAM.upn]);
  expect(await reconcileAs(MORGAN)).toMatchObject({ repaired: [], failed: [] });
  expect(await caseyNamed()).toEqual([expect.stringContaining(`under the id ${TARGET}:recorded (on ${other})`)]);
});

it("T17-10: Casey's visible note under the first recording's id: Sam's recording goes through, and verify names Casey's note as holding the id the add-in keeps for it", async () => {
  await demo.storeOf(CASEY).appendAudit({ id: `${TARGET}:recorded`, target: TARGET, action: "note", by: CASEY.upn, at: new Date().toISOString(), detail: "Seen." });
  expect(await outcome(recordAt(SAM, ["demands"], 0))).toBe("created");
  expect(await caseyNamed()).toEqual([expect.stringContaining(`under ${TARGET}:recorded, the id the add-in keeps for a contact's first audit event`)]);
});

it("T17-11: two pane checks at once after a correction lost its event (no attacker): neither fails, and the correction is written up once", async () => {
  await recordAt(SAM, ["demands"], 0);
  await approvedOnDemand();
  await expect(recordAt(SAM, [], 0, losingEvents(demo.storeOf(SAM)))).rejects.toThrow(/503/);
  const reports = await Promise.all([MORGAN, ROBIN].map((p) => reconcileAs(p)));
  expect(reports.flatMap((r) => r.failed)).toEqual([]);
  expect((await trail()).filter((e) => e.action.endsWith("(written later)"))).toHaveLength(1);
});

it("T17-5: every id a write-up of Sam's landed correction could take held by Casey's notes: Morgan's reconcile writes no false 'not done' in his name, and says why it could not settle the correction", async () => {
  await recordAt(SAM, ["demands"], 0);
  await approvedOnDemand();
  await expect(recordAt(SAM, [], FIVE_MINUTES, losingEvents(demo.storeOf(SAM)))).rejects.toThrow(/503/);
  const repairId = repairIdOf((await intentOnTrail()).at);
  for (const id of [repairId, ...[SAM, ROBIN, MORGAN].map((p) => `${repairId}:${p.upn.toLowerCase()}`)]) {
    await demo.storeOf(CASEY).appendAudit({ id, target: TARGET, action: "note", by: CASEY.upn, at: new Date().toISOString(), detail: "Checked." });
  }
  expect(await outcome(recordAt(ROBIN, ["demands", "persistent"], 0))).toBe("corrected");
  const morgans = await reconcileAs(MORGAN);
  expect((await trail()).filter((e) => e.action.startsWith("not done:"))).toEqual([]);
  expect(morgans.failed).toEqual([{ target: TARGET, message: expect.stringMatching(/^sam\.carter@.* began .*: whether it landed cannot be told, as 4 items added outside the add-in hold the ids its write-up would take/) }]);
  expect(unfinishedRepairs(morgans)).toMatch(/^One record could not be finished: /);
});

it("A reconcile that cannot repair one act repairs the rest and says which it could not (it no longer stops at the first)", async () => {
  // Two messages recorded, both events lost (a 503 on the AuditTrail).
  for (const id of ["<first@example.com>", "<second@example.com>"]) {
    await expect(recordAs(SAM, ["demands"], id, `Message ${id}`, "alex.morgan@example.com", losingEvents(demo.storeOf(SAM), /^recorded \(/))).rejects.toThrow(/503/);
  }
  const real = demo.storeOf(MORGAN);
  const refusing: CaseStore = {
    ...real,
    appendAudit: async (e) => (e.target === "contact:<first@example.com>" ? Promise.reject(new StoreError("forbidden", "You do not have permission to add to AuditTrail.")) : real.appendAudit(e)),
  };
  const report = await reconcileAs(MORGAN, refusing);
  expect(report.repaired.map((r) => r.target)).toEqual(["contact:<second@example.com>"]);
  expect(report.failed).toEqual([{ target: "contact:<first@example.com>", message: expect.stringMatching(/^“recorded \(confirmed\)” by sam\.carter@.* had no audit event: You do not have permission/) }]);
  // The pane says so, and what it did finish.
  expect(unfinishedRepairs(report)).toMatch(/^One record could not be finished: “recorded \(confirmed\)” by .* You do not have permission to add to AuditTrail\. The rest were finished, written in your name: “recorded \(confirmed\)” by .* one was written\.$/);
  expect(await reconcileAs(MORGAN)).toMatchObject({ repaired: [expect.objectContaining({ target: "contact:<first@example.com>" })], failed: [] });
});
