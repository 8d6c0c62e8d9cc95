import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, tokenOf } from "../../dev/demo/people";
import { planRetention } from "../../src/app/records/retention";
import { getPack } from "../../src/policy/packs/index";
import { demoSiteEachTest, recordsWrittenEarlier } from "../fakes/demo-office";
import { caller } from "./client";

/**
 * Retention found old letters by a range on the Letters list's PreparedAt column — a column anyone may edit through Graph
 * (Letters has no list permissions), as T9 #8 found for records verify. Emptied, a letter past its period was in no range
 * and was kept for ever; moved to 2001, a letter written this week went in the next purge. Retention now judges a
 * letter's age by the letter's own preparedAt, read from every letter on record.
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const RULE = { contactMonths: 24, endedStrategyMonths: 12 };

async function letterTo(address: string, preparedAt: string, id: string) {
  await demo.storeOf(CASEY).recordLetter({ id, kind: "warning", address, personName: "A Writer", subject: "Warning", medium: "outlookNew", preparedBy: CASEY.upn, preparedAt, status: "drafted", packId: pack.id, packVersion: pack.version, elements: [], text: "Dear A Writer" });
}

async function setPreparedAtColumn(id: string, value: string | null) {
  const call = caller(() => demo.emulator, tokenOf(CASEY));
  const items = (await call("GET", `/sites/${demo.siteId}/lists/Letters/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
  const item = items.find((i) => i.fields.LetterKey === id)!;
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/Letters/items/${item.id}/fields`, { PreparedAt: value })).status).toBe(200);
}

const planned = async () => (await planRetention(demo.storeOf(MORGAN), { rule: RULE, now: new Date().toISOString(), pack, roster: DEMO_ROSTER })).letters.map((l) => l.id);

describe("retention judges a letter's age by the letter, not by a column anyone may edit", () => {
  it("a warning prepared three years ago, its PreparedAt column emptied, is still in the purge", async () => {
    await letterTo("old.writer@example.org", new Date(Date.now() - 3 * 365 * 86_400_000).toISOString(), "old-w");
    // And SharePoint recorded it then: retention dates a letter by its item's createdDateTime (T10 #12).
    recordsWrittenEarlier(demo.emulator, 3 * 365 * 86_400_000);
    expect(await planned()).toEqual(["old-w"]);
    await setPreparedAtColumn("old-w", null);
    expect(await planned()).toEqual(["old-w"]);
  });

  it("a warning prepared this week, its PreparedAt column moved to 2001, is not", async () => {
    await letterTo("new.writer@example.org", new Date(Date.now() - 2 * 86_400_000).toISOString(), "new-w");
    await setPreparedAtColumn("new-w", "2001-01-01T00:00:00Z");
    expect(await planned()).toEqual([]);
  });
});
