/**
 * T18-5, T18-5b (/work/coord/t18/findings.md): a caseworker POSTs a ContactLog item through Graph naming a colleague as its
 * recorder ("abusive" on a message the colleague never decided). SharePoint says she created it: no one's pane check
 * writes it up in their own name, records verify names her, and it is no evidence for an approval.
 */
import { expect, it } from "vitest";
import { CASEY, MORGAN, ROBIN, SAM, DEMO_ROSTER } from "../../dev/demo/people";
import type { Actor } from "../../src/policy/strategy";
import { demoSiteEachTest } from "../fakes/demo-office";
import { alexDemand, ALEX, DEMAND, pack } from "../emulator/alex-demand";
import { reconcile } from "../../src/app/records/reconcile";
import { verifyRecords } from "../../src/app/records/verify";
import { judgeEvidence } from "../../src/policy/evidence-contacts";

const demo = demoSiteEachTest();
const { recordAt, contactItem } = alexDemand(demo);
const trail = (target: string) => demo.storeOf(MORGAN).auditFor(target);
const later = () => new Date(Date.now() + 20 * 60_000).toISOString();

/** Casey copies Sam's ContactLog item for Alex's demand to a message `forged`, "abusive", naming `recorder`, and POSTs it through Graph. */
async function caseyForges(forged: string, recorder: Actor): Promise<void> {
  await recordAt(SAM, ["demands"], 0);
  const { call, item } = await contactItem();
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(item.fields)) if (typeof v === "string" && !/^(id|@odata|Created|Modified|Author|Editor|_|ContentType|Attachments|Edit|LinkTitle|ItemChildCount|FolderChildCount|AppAuthor|AppEditor)/.test(k)) fields[k] = v.split(DEMAND).join(forged);
  const json = JSON.parse(fields.RecordJson!) as { record: Record<string, unknown> };
  Object.assign(json.record, { categories: ["abusive"], recordedAt: new Date(Date.now() - 60_000).toISOString(), recordedBy: recorder.upn });
  fields.RecordJson = JSON.stringify(json);
  if ("RecordedBy" in fields) fields.RecordedBy = recorder.upn.toLowerCase();
  expect((await call("POST", `/sites/${demo.siteId}/lists/ContactLog/items`, { fields })).status).toBe(201);
}

const verifyWords = async () => (await verifyRecords(demo.storeOf(MORGAN), { pack, roster: DEMO_ROSTER })).breaks.map((b) => b.message);

it("T18-5: a record Casey wrote naming Sam: records verify names Casey as its writer, not Sam's lost event, and Sam's pane check writes nothing in Sam's name for it", async () => {
  const FORGED = "<forged-alex@example.com>";
  await caseyForges(FORGED, SAM);
  const before = (await verifyWords()).filter((m) => m.includes(FORGED));
  expect(before).toHaveLength(1);
  expect(before[0]).toMatch(new RegExp(`^Casey Worker \\(${CASEY.upn}\\) added a contact record that names ${SAM.upn} as its author`));
  expect(before[0]).toContain("“abusive”");
  expect(before.join()).not.toMatch(/No audit event records/);

  const report = await reconcile(demo.storeOf(SAM), { by: SAM.upn, now: later() });
  expect(report.repaired.filter((r) => r.target === `contact:${FORGED}`)).toEqual([]);
  expect(await trail(`contact:${FORGED}`)).toEqual([]);
  // Still named afterwards: nothing Sam's check did hides it.
  expect((await verifyWords()).filter((m) => m.includes(FORGED) && m.startsWith("Casey Worker"))).toHaveLength(1);
});

it("T18-5b: a record Casey wrote naming Morgan: Sam's pane check does not write it up in Sam's name ('done by morgan'), nor does Morgan's", async () => {
  const FORGED = "<forged-b@example.com>";
  await caseyForges(FORGED, MORGAN);
  await reconcile(demo.storeOf(SAM), { by: SAM.upn, now: later() });
  await reconcile(demo.storeOf(MORGAN), { by: MORGAN.upn, now: later() });
  expect(await trail(`contact:${FORGED}`)).toEqual([]);
  expect((await verifyWords()).filter((m) => m.includes(FORGED))).toEqual([expect.stringMatching(new RegExp(`^Casey Worker .* names ${MORGAN.upn} as its author`))]);
});

it("T18-5b (approval evidence): a record Casey wrote naming Sam does not count as a recorded contact showing the behaviour for a strategy someone else proposed", async () => {
  const FORGED = "<forged-c@example.com>";
  await caseyForges(FORGED, SAM);
  const records = await demo.storeOf(MORGAN).contactsReceived({});
  const judged = judgeEvidence([{ internetMessageId: FORGED }, { internetMessageId: DEMAND }], [ALEX], { records }, [ROBIN], ["abusive", "demands"]);
  expect(judged.counted).toEqual([DEMAND]);
  expect(judged.notCounted).toEqual([{ id: FORGED, why: expect.stringContaining(`was added to the ContactLog by Casey Worker (${CASEY.upn}), but names ${SAM.upn} as its recorder`) }]);
});
