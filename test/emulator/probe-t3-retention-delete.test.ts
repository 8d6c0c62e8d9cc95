import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, tokenOf } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { decide } from "../../src/app/strategy/actions";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { readStrategyDetail } from "../../src/app/strategy/read";
import { verifyRecords } from "../../src/app/records/verify";
import { getPack } from "../../src/policy/packs/index";
import type { ContactStrategy } from "../../src/policy/strategy";
import { strategyFields } from "../../src/store/sharepoint/mapping";
import { caller } from "./client";

/**
 * T3 probe: the authoriser holds "Retention" (Delete Items) on Decisions, as the office's permissions give them.
 * Morgan ends Pat's strategy, then wants it back without anyone proposing it again (which four-eyes requires):
 * deletes their own "end" decision and the ending's two audit events (the tail of Pat's trail) through Graph, and puts the item back as it was before the ending.
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const { storeOf } = demo;
const second = () => new Promise((r) => setTimeout(r, 1100));
const inForceAddresses = async () => (await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER)).inForce.flatMap((e) => e.strategy.addresses);

describe("T3: an ending undone by deleting it", () => {
  // Still possible (README "Who may do what"): records verify reports the AuditTrail ids missing (src/store/item-gaps.ts)
  // but not against Pat's strategy, and the reader does not see the deleted decision. `it.fails` until that is closed.
  it.fails("Morgan ends Pat's strategy, deletes the end decision and its audit events (Retention) and writes the item back: Pat is in force again with no new proposal, and records verify says nothing", async () => {
    const morgan = storeOf(MORGAN);
    const before = (await morgan.getStrategy("demo-pat-obrien"))!;
    const snapshot: ContactStrategy = JSON.parse(JSON.stringify(before.value)) as ContactStrategy;
    await second();
    expect(await decide(morgan, pack, before, { type: "end", by: MORGAN, at: new Date().toISOString(), why: "Contact has been reasonable." })).toMatchObject({ ok: true });
    expect(await inForceAddresses()).not.toContain("pat.o'brien@example.org");
    await second();
    const call = caller(() => demo.emulator, tokenOf(MORGAN));
    const decisions = (await call("GET", `/sites/${demo.siteId}/lists/Decisions/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
    const end = decisions.find((d) => d.fields.StrategyKey === "demo-pat-obrien" && String(d.fields.DecisionJson).includes('"kind":"end"'))!;
    const deleted = (await call("DELETE", `/sites/${demo.siteId}/lists/Decisions/items/${end.id}`)).status;
    // And the two events the ending put at the end of Pat's trail (its intent and its completion): the chain's tail, which no record expects any more.
    const trail = (await call("GET", `/sites/${demo.siteId}/lists/AuditTrail/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
    const tail = trail.filter((e) => e.fields.Target === "strategy:demo-pat-obrien" && /:end/.test(String(e.fields.EventKey)));
    expect(tail.length).toBeGreaterThan(0);
    for (const e of tail) expect((await call("DELETE", `/sites/${demo.siteId}/lists/AuditTrail/items/${e.id}`)).status).toBe(204);
    await demo.patchStrategyItem(MORGAN, "demo-pat-obrien", strategyFields(snapshot));
    const view = (await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, "demo-pat-obrien"))!.view;
    const report = await verifyRecords(storeOf(MORGAN), { pack, roster: DEMO_ROSTER });
    const patBreaks = report.breaks.filter((b) => b.target === "strategy:demo-pat-obrien");
    // Either the delete is refused, or Pat is not back in force on Morgan's word alone, or at least verify reports it.
    const reinstatedSilently = deleted === 204 && view.inForce && patBreaks.length === 0;
    expect({ deleted, inForce: view.inForce, patBreaks, reinstatedSilently }).toMatchObject({ reinstatedSilently: false });
  });
});
