/**
 * T19 mended (/work/coord/t19/findings.md): what the probes in t19-forged-readers.test.ts do not show — a touched record
 * whose content changed stays in doubt, not written up in its recorder's name.
 */
import { expect, it } from "vitest";
import { MORGAN, SAM, DEMO_ROSTER } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { alexDemand, losingEvents, DEMAND, pack } from "../emulator/alex-demand";
import { reconcile } from "../../src/app/records/reconcile";
import { verifyRecords } from "../../src/app/records/verify";

const demo = demoSiteEachTest();
const { recordAt, contactItem } = alexDemand(demo);
const later = () => new Date(Date.now() + 20 * 60_000).toISOString();
const verifyWords = async () => (await verifyRecords(demo.storeOf(MORGAN), { pack, roster: DEMO_ROSTER })).breaks.map((b) => `${b.kind}: ${b.message}`);

it("T19-5 (changed, not only touched): Sam's first recording, event lost, then Casey rewrites it through Graph as 'abusive': Sam's own check writes nothing in her name for Casey's reading, and verify puts it in doubt naming Casey, advising no removal", async () => {
  await expect(recordAt(SAM, ["demands"], 0, losingEvents(demo.storeOf(SAM), /^recorded \(/))).rejects.toThrow(/503/);
  const { call, item } = await contactItem();
  const json = JSON.parse(String(item.fields.RecordJson)) as { record: { categories: string[] } };
  json.record.categories = ["abusive"];
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: JSON.stringify(json) })).status).toBe(200);
  await reconcile(demo.storeOf(SAM), { by: SAM.upn, now: later() });
  expect((await demo.storeOf(MORGAN).auditFor(`contact:${DEMAND}`)).filter((e) => /^(recorded|corrected) \(/.test(e.action))).toEqual([]);
  const words = (await verifyWords()).filter((m) => m.includes(DEMAND));
  expect(words).toEqual([expect.stringMatching(/^contactTouchedOutside: Casey Worker \(casey\.worker@[^)]+\) changed a contact record that names sam\.carter@\S+ as its author: .*reading “abusive”.*SharePoint says sam\.carter@\S+ created it.*In doubt/)]);
  expect(words.join("\n")).not.toMatch(/written outside the add-in|remove the item/);
});
