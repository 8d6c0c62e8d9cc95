/**
 * What the retention attack tests share (T10 #12, T11 #5, #6): the retention rule they purge under, a drafted letter to
 * Riley Evans, and Casey rewriting a Letters item straight through Graph, outside the product.
 */
import { expect } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, SAM, tokenOf } from "../../dev/demo/people";
import { planRetention } from "../../src/app/records/retention";
import type { LetterRecord } from "../../src/policy/letters/record";
import { getPack } from "../../src/policy/packs/index";
import { letterFields } from "../../src/store/sharepoint/letters";
import type { demoSiteEachTest } from "../fakes/demo-office";
import { caller } from "./client";

export const pack = getPack("warwickshire");
export const RULE = { contactMonths: 24, endedStrategyMonths: 72 };
export const YEAR = 365 * 86_400_000;
export const PAT = "pat.o'brien@example.org";

/** A warning Sam drafted to Riley Evans, prepared at `preparedAt` (now unless given), with `change` over it. */
export function draftedLetter(id: string, change: Partial<LetterRecord> = {}, preparedAt = new Date()): LetterRecord {
  return { id, kind: "warning", address: "riley.evans@example.org", personName: "Riley Evans", subject: "Warning", medium: "outlookNew", preparedBy: SAM.upn, preparedAt: preparedAt.toISOString(), status: "drafted", packId: pack.id, packVersion: pack.version, elements: [], text: "Dear Riley Evans", ...change };
}

/** Casey's Graph rewrite of the Letters item keyed `id` (every column the product writes, from `change`), and the plan Morgan's store makes now. */
export function retentionAttack(demo: ReturnType<typeof demoSiteEachTest>) {
  async function caseyRewrites(id: string, change: (current: LetterRecord) => LetterRecord): Promise<void> {
    const call = caller(() => demo.emulator, tokenOf(CASEY));
    const items = (await call("GET", `/sites/${demo.siteId}/lists/Letters/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
    const item = items.find((i) => i.fields.LetterKey === id)!;
    const current = (JSON.parse(item.fields.LetterJson!) as { letter: LetterRecord }).letter;
    expect((await call("PATCH", `/sites/${demo.siteId}/lists/Letters/items/${item.id}/fields`, letterFields(change(current)))).status).toBe(200);
  }
  const plan = () => planRetention(demo.storeOf(MORGAN), { rule: RULE, now: new Date().toISOString(), pack, roster: DEMO_ROSTER });
  return { caseyRewrites, plan };
}
