/**
 * T16-2's outcome through four other squats (/work/coord/t17/findings.md T17-1…-4). Sam really corrects Alex's demand to
 * nothing unacceptable (her event lost), Casey adds an item meant to stop Sam's own event being written, Sam's pane check
 * runs, then Casey saves the ContactLog item unchanged (so SharePoint names Casey its last writer). Every reader must still
 * know Sam's correction: the approval resting on the demand goes out of force, and the compose guard holds no restriction of it.
 */
import { expect, it } from "vitest";
import { CASEY, MORGAN, SAM } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { alexDemand, losingEvents, DEMAND } from "../emulator/alex-demand";
import type { AuditEvent } from "../../src/store/port";
import { reconcile } from "../../src/app/records/reconcile";

const demo = demoSiteEachTest();
const { recordAt, pane, guard, approvedOnDemand, contactItem } = alexDemand(demo);
const TARGET = `contact:${DEMAND}`;
const trail = () => demo.storeOf(MORGAN).auditFor(TARGET);
const repairIdOf = (intent: AuditEvent) => `${TARGET}@${new Date(Date.parse(intent.at)).toISOString()}:decision:repaired`;
const caseyAdds = (e: Omit<AuditEvent, "target" | "at"> & { at?: string }) => demo.storeOf(CASEY).appendAudit({ target: TARGET, at: new Date().toISOString(), ...e } as AuditEvent);

/** Casey's item, given Sam's intent to correct; and what Sam's own check then writes in her name. */
const SQUATS: Array<{ finding: string; squat: (intent: AuditEvent) => Promise<unknown>; samWrites: string }> = [
  {
    finding: "T17-1: a well-formed write-up of the correction in Casey's own name under the repair id",
    squat: (intent) => caseyAdds({ id: repairIdOf(intent), action: "corrected (confirmed → dismissed) (written later)", by: CASEY.upn, detail: "Categories: demands → none. — begun by sam at …; written up by casey." }),
    samWrites: "corrected (confirmed → dismissed)",
  },
  {
    finding: "T17-2: a note on the correction's own id",
    squat: (intent) => caseyAdds({ id: `${TARGET}:corrected:${intent.at}`, action: "note", by: CASEY.upn, detail: "Checked." }),
    samWrites: "corrected (confirmed → dismissed) (written later)",
  },
  {
    finding: "T17-3: an event reading as the correction, in Casey's name at Sam's time, under an unrelated id",
    squat: (intent) => caseyAdds({ id: `${TARGET}:casey-note-1`, action: "corrected (confirmed → dismissed)", by: CASEY.upn, at: intent.at, detail: "Seen." }),
    samWrites: "corrected (confirmed → dismissed)",
  },
  {
    finding: "T17-4: an event reading as the correction, in Casey's name, on the correction's own id",
    squat: (intent) => caseyAdds({ id: `${TARGET}:corrected:${intent.at}`, action: "corrected (confirmed → dismissed)", by: CASEY.upn, detail: "Categories: demands → none." }),
    samWrites: "corrected (confirmed → dismissed) (written later)",
  },
];

it.each(SQUATS)("$finding: Sam's pane check writes her own event, and after Casey's unchanged save the approval is out of force", async ({ squat, samWrites }) => {
  await recordAt(SAM, ["demands"], 0);
  await approvedOnDemand();
  await expect(recordAt(SAM, [], 0, losingEvents(demo.storeOf(SAM)))).rejects.toThrow(/503/);
  await squat((await trail()).find((e) => e.action.startsWith("intent: corrected ("))!);

  expect(await reconcile(demo.storeOf(SAM), { by: SAM.upn, now: new Date(Date.now() + 20 * 60_000).toISOString() })).toMatchObject({ failed: [] });
  expect((await trail()).filter((e) => e.author?.upn === SAM.upn && e.action.startsWith("corrected (")).map((e) => e.action)).toEqual([samWrites]);
  const { call, item } = await contactItem();
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: item.fields.RecordJson })).status).toBe(200);

  const view = await pane();
  expect(view.inForce).toBe(false);
  expect(JSON.stringify(view)).not.toContain("no correction of it is on record");
  expect((await guard())?.restrictions).toEqual([]);
});
