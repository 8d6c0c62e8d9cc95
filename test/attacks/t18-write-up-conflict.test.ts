/**
 * T18-1, T18-1b (/work/coord/t18/findings.md): Sam's correction to nothing unacceptable loses its own event; Casey hides items
 * holding its own id and its repair id (filed on another message, so Sam's read of the trail sees neither) and adds an item
 * that would pass for a record of it. Sam's own pane check must still write her write-up, and after Casey's unchanged save
 * the approval resting on the old "demands" must go out of force.
 */
import { expect, it } from "vitest";
import { CASEY, MORGAN, SAM, tokenOf } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { alexDemand, losingEvents, DEMAND } from "../emulator/alex-demand";
import { caller } from "../emulator/client";
import type { AuditEvent } from "../../src/store/port";
import { reconcile } from "../../src/app/records/reconcile";
import { auditFields } from "../../src/store/sharepoint/mapping";
import { chained, chainHead } from "../../src/store/audit-chain";

const demo = demoSiteEachTest();
const { recordAt, pane, guard, approvedOnDemand, contactItem } = alexDemand(demo);
const TARGET = `contact:${DEMAND}`;
const ELSEWHERE = "contact:<elsewhere@example.com>";
const trail = (target = TARGET) => demo.storeOf(MORGAN).auditFor(target);
const later = () => new Date(Date.now() + 20 * 60_000).toISOString();
const repairIdOf = (at: string) => `${TARGET}@${new Date(Date.parse(at)).toISOString()}:decision:repaired`;

/** Casey's Graph POST: a note of hers filed (Target) on another message, its EventKey set to `eventKey`. */
async function caseyHiddenSquat(eventKey: string): Promise<number> {
  const event: AuditEvent = { id: `${ELSEWHERE}:casey-note-${Math.random().toString(36).slice(2, 8)}`, target: ELSEWHERE, action: "note", by: CASEY.upn, at: new Date().toISOString(), detail: "Checked with Sam." };
  const fields = { ...auditFields(chained(event, chainHead(await trail(ELSEWHERE)))), EventKey: eventKey };
  return (await caller(() => demo.emulator, tokenOf(CASEY))("POST", `/sites/${demo.siteId}/lists/AuditTrail/items`, { fields })).status;
}

/** Sam's correction of Alex's approved demand to nothing unacceptable, its own event lost; both ids it may take hidden by Casey. Its intent. */
async function samsLostCorrectionSquatted(): Promise<AuditEvent> {
  await recordAt(SAM, ["demands"], 0);
  await approvedOnDemand();
  await expect(recordAt(SAM, [], 0, losingEvents(demo.storeOf(SAM)))).rejects.toThrow(/503/);
  const intent = (await trail()).find((e) => e.action.startsWith("intent: corrected ("))!;
  expect(await caseyHiddenSquat(`${TARGET}:corrected:${intent.at}`)).toBe(201);
  expect(await caseyHiddenSquat(repairIdOf(intent.at))).toBe(201);
  return intent;
}

/** Sam's pane check, then Casey's unchanged save of the ContactLog item: what Sam's own events say, the pane and the guard. */
async function samsCheckThenCaseysTouch() {
  expect(await reconcile(demo.storeOf(SAM), { by: SAM.upn, now: later() })).toMatchObject({ failed: [] });
  const sams = (await trail()).filter((e) => e.author?.upn === SAM.upn && e.action.startsWith("corrected (")).map((e) => e.action);
  const { call, item } = await contactItem();
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: item.fields.RecordJson })).status).toBe(200);
  return { sams, inForce: (await pane()).inForce, restrictions: (await guard())?.restrictions };
}

it("T18-1: with a same-time 'corrected (…)' in Casey's name on the trail, Sam's own check writes her write-up, and after Casey's unchanged save the approval is out of force", async () => {
  const intent = await samsLostCorrectionSquatted();
  await demo.storeOf(CASEY).appendAudit({ id: `${TARGET}:casey-note-1`, target: TARGET, action: "corrected (confirmed → dismissed)", by: CASEY.upn, at: intent.at, detail: "Seen." });
  expect(await samsCheckThenCaseysTouch()).toEqual({ sams: ["corrected (confirmed → dismissed) (written later)"], inForce: false, restrictions: [] });
});

it("T18-1b: with a write-up of the correction in Casey's own name under the repair id with her address, Sam's own check writes hers, and the approval goes out of force", async () => {
  const intent = await samsLostCorrectionSquatted();
  await demo.storeOf(CASEY).appendAudit({ id: `${repairIdOf(intent.at)}:${CASEY.upn.toLowerCase()}`, target: TARGET, action: "corrected (confirmed → dismissed) (written later)", by: CASEY.upn, at: new Date().toISOString(), detail: "Categories: demands → none. — begun by sam; written up by casey." });
  expect(await samsCheckThenCaseysTouch()).toEqual({ sams: ["corrected (confirmed → dismissed) (written later)"], inForce: false, restrictions: [] });
});
