import { beforeEach, describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, tokenOf } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { decide } from "../../src/app/strategy/actions";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { readStrategyDetail } from "../../src/app/strategy/read";
import { applyRetention } from "../../src/app/records/retention";
import { verifyRecords } from "../../src/app/records/verify";
import { getPack } from "../../src/policy/packs/index";
import type { ContactStrategy } from "../../src/policy/strategy";
import { strategyFields } from "../../src/store/sharepoint/mapping";
import { caller } from "./client";

/**
 * T3 probe: the authoriser holds "Retention" (Delete Items) on Decisions, as the office's permissions give them — and
 * SharePoint allows it: Delete Items is its own permission, needing View Items, not Edit Items. Morgan ends Pat's
 * strategy, then wants it back without anyone proposing it again (which four-eyes requires): deletes their own "end"
 * decision and the ending's two audit events (the tail of Pat's trail) through Graph, and puts the item back as it was
 * before the ending. SharePoint never reuses an item id, so the deleted decision leaves a gap in Decisions' ids once
 * another decision is recorded; every reader names it on each strategy it may have been about (src/policy/record-gaps.ts).
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const { storeOf } = demo;
const second = () => new Promise((r) => setTimeout(r, 1100));
const inForceAddresses = async () => (await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER)).inForce.flatMap((e) => e.strategy.addresses);

/** The demo office's records as an office's are: written earlier (two hours back, as SharePoint's own times say). */
function recordsWrittenEarlier(ms: number) {
  const back = (at: string) => new Date(Date.parse(at) - ms).toISOString().replace(/\.\d{3}Z$/, "Z");
  for (const site of demo.emulator.world.sites) {
    for (const list of site.lists) {
      for (const item of list.items) Object.assign(item, { createdDateTime: back(item.createdDateTime), lastModifiedDateTime: back(item.lastModifiedDateTime) });
    }
  }
}

beforeEach(() => recordsWrittenEarlier(2 * 3600_000));

describe("T3: an ending undone by deleting it", () => {
  /** Morgan's attack, as SharePoint lets the holder of Retention (Delete Items, Add Items) make it; the end decision's item id. */
  async function morganUndoesTheEnding(): Promise<string> {
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
    // SharePoint lets her: Delete Items needs no Edit Items, and the Retention level grants it on Decisions (README).
    expect((await call("DELETE", `/sites/${demo.siteId}/lists/Decisions/items/${end.id}`)).status).toBe(204);
    // And the two events the ending put at the end of Pat's trail (its intent and its completion): the chain's tail, which no record expects any more.
    const trail = (await call("GET", `/sites/${demo.siteId}/lists/AuditTrail/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
    const tail = trail.filter((e) => e.fields.Target === "strategy:demo-pat-obrien" && /:end/.test(String(e.fields.EventKey)));
    expect(tail.length).toBeGreaterThan(0);
    for (const e of tail) expect((await call("DELETE", `/sites/${demo.siteId}/lists/AuditTrail/items/${e.id}`)).status).toBe(204);
    expect((await demo.patchStrategyItem(MORGAN, "demo-pat-obrien", strategyFields(snapshot))).status).toBe(200);
    return end.id;
  }

  it("Morgan deletes her own end decision and its audit events and writes Pat's item back: once any decision is recorded after it, Pat's banner and records verify say a decision that may have been Pat's was deleted (Pat's restrictions still shown); the other strategies are not doubted", async () => {
    const endItem = await morganUndoesTheEnding();
    // Office life goes on: Morgan rejects Alex's proposal, the next item of the Decisions list.
    const morgan = storeOf(MORGAN);
    const alex = (await morgan.getStrategy("demo-alex-morgan"))!;
    expect(await decide(morgan, pack, alex, { type: "reject", by: MORGAN, at: new Date().toISOString(), why: "Not enough evidence." })).toMatchObject({ ok: true });

    const detail = (await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, "demo-pat-obrien"))!;
    // Safety first: Pat stays in force on what is on record, restrictions and all — and the record is said to be in doubt.
    expect(detail.view.inForce).toBe(true);
    expect(detail.view.doubts).toHaveLength(1);
    expect(detail.view.doubts![0]!.message).toMatch(new RegExp(`^Decisions item ${endItem} \\(added after .* and before .*\\) was deleted, and no retention purge recorded it, after this strategy's last decision on record: it may have been about this strategy`));
    // Jordan's item was not changed after the deleted decision: not Jordan's, so not doubted; Alex's rejection came after it.
    for (const id of ["demo-jordan-blake", "demo-alex-morgan"]) {
      expect((await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, id))!.view.doubts ?? []).toEqual([]);
    }

    const report = await verifyRecords(storeOf(MORGAN), { pack, roster: DEMO_ROSTER });
    // Both the decision and the tail of Pat's trail (Alex's rejection added AuditTrail events after them too).
    expect(report.breaks.filter((b) => b.target === "strategy:demo-pat-obrien").map((b) => b.kind).sort()).toEqual(["decisionsDeleted", "trailTailDeleted"]);
    expect(report.breaks.filter((b) => b.kind === "trailTailDeleted").map((b) => b.target)).toEqual(["strategy:demo-pat-obrien"]);
    expect(report.breaks.find((b) => b.kind === "itemsDeleted" && b.list === "Decisions")?.message).toMatch(new RegExp(`^Decisions item ${endItem} .*was deleted, and no retention purge recorded it: a decision was removed\\.$`));
    expect(report.breaks.filter((b) => b.kind === "decisionsDeleted").map((b) => b.target)).toEqual(["strategy:demo-pat-obrien"]);
  });

  it("a retention purge records the Decisions items it deletes before it deletes them: its gap is neither reported nor doubted, a hand deletion after it is", async () => {
    const morgan = storeOf(MORGAN);
    const jordan = (await morgan.getStrategy("demo-jordan-blake"))!.value;
    const plan = { contactCutoff: "2020-12-01T00:00:00.000Z", strategyCutoff: "2030-12-01T00:00:00.000Z", contacts: [], kept: [], strategies: [{ id: jordan.id, person: jordan.person.displayName, status: jordan.status, lastActivity: "2020-01-01T00:00:00.000Z" }], letters: [], lettersKept: [], skipped: [] };
    expect(await applyRetention(morgan, plan, { by: MORGAN.upn, now: new Date().toISOString() })).toMatchObject({ decisions: 1 });
    const alex = (await morgan.getStrategy("demo-alex-morgan"))!;
    expect(await decide(morgan, pack, alex, { type: "reject", by: MORGAN, at: new Date().toISOString(), why: "Not enough evidence." })).toMatchObject({ ok: true });
    const deletions = async () => (await verifyRecords(storeOf(MORGAN), { pack, roster: DEMO_ROSTER })).breaks.filter((b) => b.kind === "itemsDeleted" && b.list === "Decisions" || b.kind === "decisionsDeleted");
    expect(await deletions()).toEqual([]);
    expect((await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, "demo-pat-obrien"))!.view.doubts).toEqual([]);
    // Morgan then deletes Alex's rejection by hand, and a later decision shows the gap: retention's record does not cover it.
    const call = caller(() => demo.emulator, tokenOf(MORGAN));
    const decisions = (await call("GET", `/sites/${demo.siteId}/lists/Decisions/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
    const rejection = decisions.find((d) => d.fields.StrategyKey === "demo-alex-morgan")!;
    expect((await call("DELETE", `/sites/${demo.siteId}/lists/Decisions/items/${rejection.id}`)).status).toBe(204);
    await second();
    const pat = (await morgan.getStrategy("demo-pat-obrien"))!;
    expect(await decide(morgan, pack, pat, { type: "end", by: MORGAN, at: new Date().toISOString(), why: "Contact has been reasonable." })).toMatchObject({ ok: true });
    // Reported, and on Alex's strategy (its item was saved for the rejection): not on Pat's, whose ending came after it.
    expect((await deletions()).map((b) => [b.kind, b.target])).toEqual([["decisionsDeleted", "strategy:demo-alex-morgan"], ["itemsDeleted", "Decisions"]]);
  });

  it("until anything is added to Decisions after it, the pane cannot see the deletion (Graph does not show a list's next id): Pat reads as in force, with no doubt — the limit README states; records verify sees the trail's tail gone once any audit event follows", async () => {
    await morganUndoesTheEnding();
    const view = (await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, "demo-pat-obrien"))!.view;
    expect({ inForce: view.inForce, doubts: view.doubts }).toEqual({ inForce: true, doubts: [] });
    const patBreaks = async () => (await verifyRecords(storeOf(MORGAN), { pack, roster: DEMO_ROSTER })).breaks.filter((b) => b.target === "strategy:demo-pat-obrien");
    expect(await patBreaks()).toEqual([]);
    // Any audit event after it — here Casey's, on a contact — shows the AuditTrail gap, and Pat's item changed after Pat's last event.
    const now = new Date().toISOString();
    await storeOf(CASEY).appendAudit({ id: `contact:<later@example.net>:recorded:${now}`, target: "contact:<later@example.net>", action: "recorded", by: CASEY.upn, at: now, detail: "Recorded." });
    const found = await patBreaks();
    expect(found.map((b) => b.kind)).toEqual(["trailTailDeleted"]);
    expect(found[0]!.message).toMatch(/^AuditTrail items \d+–\d+ \(added after .*\) were deleted after the last event on this strategy's trail, and its item was changed by Morgan Reid/);
  });
});
