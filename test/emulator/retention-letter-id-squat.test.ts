import { expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, SAM, tokenOf } from "../../dev/demo/people";
import { applyRetention, planRetention } from "../../src/app/records/retention";
import type { LetterRecord } from "../../src/policy/letters/record";
import { demoSiteEachTest, recordsWrittenEarlier } from "../fakes/demo-office";
import { caller } from "./client";
import { PAT, RULE, YEAR, draftedLetter, pack } from "./retention-letters";

/**
 * T11 #6: retention's plan judged each letter by its LetterJson (its id included), the purge deleted by the LetterKey
 * column. Casey rewrote only an old item's LetterJson to carry the id of Sam's letter of today: the plan listed that id as
 * old and the purge deleted Sam's letter, while the old item stayed. The purge now deletes the item the plan read, and an
 * item whose text names another id than its key column is kept and named as in doubt.
 */
const demo = demoSiteEachTest();
const letter = draftedLetter;

it("an old item whose LetterJson Casey made name Sam's letter of today is kept and named, and Sam's letter survives the purge", async () => {
  const sam = demo.storeOf(SAM);
  await sam.recordLetter(letter("W-old", { preparedAt: new Date(Date.now() - 3 * YEAR).toISOString() }));
  recordsWrittenEarlier(demo.emulator, 3 * YEAR);
  await sam.recordLetter(letter("L-pat", { kind: "restriction", strategyId: "demo-pat-obrien", address: PAT, personName: "Pat O'Brien", text: "Dear Pat" }));
  await sam.markLetterSent("L-pat", new Date().toISOString(), SAM.upn);

  // Casey: only the old item's LetterJson, so its LetterKey column (unique) still says "W-old".
  const call = caller(() => demo.emulator, tokenOf(CASEY));
  const items = (await call("GET", `/sites/${demo.siteId}/lists/Letters/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
  const old = items.find((i) => i.fields.LetterKey === "W-old")!;
  const current = (JSON.parse(old.fields.LetterJson!) as { letter: LetterRecord }).letter;
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/Letters/items/${old.id}/fields`, { LetterJson: JSON.stringify({ format: 1, letter: { ...current, id: "L-pat" } }) })).status).toBe(200);

  const planned = await planRetention(demo.storeOf(MORGAN), { rule: RULE, now: new Date().toISOString(), pack, roster: DEMO_ROSTER });
  expect(planned.letters).toEqual([]);
  expect(planned.lettersKept.map((l) => [l.id, l.why])).toEqual([["L-pat", expect.stringContaining("its item's LetterKey column says W-old")]]);
  expect((await applyRetention(demo.storeOf(MORGAN), planned, { by: MORGAN.upn, now: new Date().toISOString() })).letters).toBe(0);
  expect((await sam.lettersFor({ address: PAT })).map((l) => l.id), "Sam's letter of today").toEqual(["L-pat"]);
  expect((await sam.auditFor("strategy:demo-pat-obrien")).filter((e) => e.action.includes("letter")).length, "its trail").toBeGreaterThan(0);
});
