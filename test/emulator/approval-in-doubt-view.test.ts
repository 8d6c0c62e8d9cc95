import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, SAM, tokenOf } from "../../dev/demo/people";
import { decide } from "../../src/app/strategy/actions";
import { demoSiteEachTest } from "../fakes/demo-office";
import { inboxWith } from "../fakes/office-inbox";
import { strategiesInForce } from "../../src/app/compose/in-force-source";
import { IN_DOUBT_CATEGORY_NAME } from "../../src/app/flag-message";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { memoryCheckpoints, sweepAll } from "../../src/flagger/core/run";
import { composeBreaches } from "../../src/policy/compose-guard";
import { getPack } from "../../src/policy/packs/index";
import type { Actor } from "../../src/policy/strategy";
import { caller } from "./client";

/**
 * T4 hole 4: a record in doubt must stay in the flagger's and the compose guard's view whatever else is deleted or
 * rewritten. With the Decisions permission step forgotten Casey makes Pat's approval unreadable (the record in doubt, as
 * 0f8f91f intends), then deletes Pat's strategy item and index rows, or rewrites the item's addresses, or deletes only the
 * rows. The flagger used to judge only item keys and approved snapshots, the compose guard only index rows, and both
 * took an in-doubt record's addresses from its item alone: Pat's mail went unmarked, no warning on send. Now every
 * strategy a Decisions item is filed under is judged, by both, and an in-doubt record's addresses come from every
 * source (the item, its rows, every decision's terms, every proposal's on its trail: `addressesInDoubt`).
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const { storeOf } = demo;
const PAT = "pat.o'brien@example.org";
const call = (actor: Actor) => caller(() => demo.emulator, tokenOf(actor));
type Item = { id: string; fields: Record<string, string> };
const items = async (actor: Actor, list: string) => (await call(actor)("GET", `/sites/${demo.siteId}/lists/${list}/items?$expand=fields`)).body.value as Item[];
const del = async (actor: Actor, list: string, id: string) => (await call(actor)("DELETE", `/sites/${demo.siteId}/lists/${list}/items/${id}`)).status;

/** What the office sees of Pat: in doubt, her next message's marks, the compose guard's warning on send to her. */
async function patAsSeen() {
  const { mailbox, writes } = inboxWith([PAT]);
  const summary = await sweepAll([{ mailbox, folders: ["inbox"] }], { store: storeOf(MORGAN), checkpoints: memoryCheckpoints(), pack, roster: DEMO_ROSTER, staffDomains: ["opcc.example.gov.uk"], now: () => new Date(), recorder: "flagger" });
  const set = await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER);
  const guarded = (await strategiesInForce(storeOf(CASEY), pack, DEMO_ROSTER)).find((e) => e.addresses.includes(PAT));
  return {
    inDoubt: set.inDoubt.map((e) => e.strategyId),
    marked: writes.filter((w) => w.id === "m0").map((w) => w.categories),
    recordsInDoubt: summary.recordsInDoubt?.map((r) => r.strategyId) ?? [],
    onSend: guarded ? composeBreaches(SAM.upn, [{ address: PAT, strategy: guarded.terms }], pack).map((b) => [b.rule, b.overridable]) : [],
  };
}
const IN_DOUBT = { inDoubt: ["demo-pat-obrien"], marked: [[IN_DOUBT_CATEGORY_NAME]], recordsInDoubt: ["demo-pat-obrien"], onSend: [["recordInDoubt", true]] };

/** Casey, with the Decisions permission step forgotten, makes Pat's approval unreadable: the record is in doubt. */
async function corruptPatsApproval() {
  demo.emulator.setListPermissions("Decisions", null);
  const approval = (await items(CASEY, "Decisions")).find((d) => d.fields.StrategyKey === "demo-pat-obrien")!;
  expect((await call(CASEY)("PATCH", `/sites/${demo.siteId}/lists/Decisions/items/${approval.id}/fields`, { DecisionJson: JSON.stringify({ format: 1, note: "gone" }) })).status).toBe(200);
  expect(await patAsSeen()).toMatchObject(IN_DOUBT);
}
async function deletePatsRows(actor: Actor) {
  for (const row of (await items(actor, "StrategyAddresses")).filter((r) => r.fields.StrategyKey === "demo-pat-obrien")) expect(await del(actor, "StrategyAddresses", row.id)).toBe(204);
}

describe("a record in doubt stays in view", () => {
  it("Casey also deletes Pat's strategy item and index rows: Pat is still judged (her Decisions item's key), in doubt, her mail marked and the compose guard warns — at the address Casey's proposal on the trail gives", async () => {
    await corruptPatsApproval();
    await deletePatsRows(CASEY);
    const item = (await items(CASEY, "ContactStrategies")).find((i) => i.fields.StrategyKey === "demo-pat-obrien")!;
    expect(await del(CASEY, "ContactStrategies", item.id)).toBe(204);
    expect(await patAsSeen()).toEqual(IN_DOUBT);
  });

  it("Casey rewrites the item's addresses to nobody@example.invalid: Pat's own address is still marked and warned on, from the proposal on her trail", async () => {
    await corruptPatsApproval();
    expect((await demo.patchStrategyItem(CASEY, "demo-pat-obrien", (s) => ({ StrategyJson: JSON.stringify({ format: 1, strategy: { ...s, addresses: ["nobody@example.invalid"] } }) }))).status).toBe(200);
    expect(await patAsSeen()).toEqual(IN_DOUBT);
  });

  it("Casey deletes only Pat's StrategyAddresses rows (the index, 'never evidence'): the compose guard judges every strategy item, as the flagger does, and still warns on send to Pat", async () => {
    await corruptPatsApproval();
    await deletePatsRows(CASEY);
    expect(await patAsSeen()).toEqual(IN_DOUBT);
  });

  it("the attacker goes further: rewrites the item's addresses and deletes the rows — the proposal on Pat's trail still gives her address", async () => {
    await corruptPatsApproval();
    await deletePatsRows(CASEY);
    expect((await demo.patchStrategyItem(CASEY, "demo-pat-obrien", (s) => ({ StrategyJson: JSON.stringify({ format: 1, strategy: { ...s, addresses: ["nobody@example.invalid"] } }) }))).status).toBe(200);
    expect(await patAsSeen()).toEqual(IN_DOUBT);
  });

  it("the authoriser alone, with the office's permissions: Morgan deletes Pat's approval (Retention), Pat's item and its index rows, then rejects Alex — Pat's proposal on the trail still names her: in doubt (a decision deleted after her last on record), marked and warned on", async () => {
    const approval = (await items(MORGAN, "Decisions")).find((d) => d.fields.StrategyKey === "demo-pat-obrien")!;
    expect(await del(MORGAN, "Decisions", approval.id)).toBe(204);
    await deletePatsRows(MORGAN);
    const item = (await items(MORGAN, "ContactStrategies")).find((i) => i.fields.StrategyKey === "demo-pat-obrien")!;
    expect(await del(MORGAN, "ContactStrategies", item.id)).toBe(204);
    await new Promise((r) => setTimeout(r, 1100));
    const morgan = storeOf(MORGAN);
    expect(await decide(morgan, pack, (await morgan.getStrategy("demo-alex-morgan"))!, { type: "reject", by: MORGAN, at: new Date().toISOString(), why: "Not enough evidence." })).toMatchObject({ ok: true });
    expect(await patAsSeen()).toEqual(IN_DOUBT);
  });

  it("with the Decisions permission step forgotten, Casey refiles Pat's approval under Alex's key (its StrategyKey column): Pat's record still reads it (its JSON names her), changed after it was recorded — Pat is in doubt, marked and warned on", async () => {
    demo.emulator.setListPermissions("Decisions", null);
    const approval = (await items(CASEY, "Decisions")).find((d) => d.fields.StrategyKey === "demo-pat-obrien")!;
    expect((await call(CASEY)("PATCH", `/sites/${demo.siteId}/lists/Decisions/items/${approval.id}/fields`, { StrategyKey: "demo-alex-morgan" })).status).toBe(200);
    // Alex too: a decision by the authoriser filed under his key, changed afterwards, may have been his.
    expect(await patAsSeen()).toEqual({ ...IN_DOUBT, inDoubt: ["demo-pat-obrien", "demo-alex-morgan"], recordsInDoubt: ["demo-pat-obrien", "demo-alex-morgan"] });
  });
});
