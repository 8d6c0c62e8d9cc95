import { beforeEach, describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, SAM, tokenOf } from "../../dev/demo/people";
import { demoSiteEachTest, recordsWrittenEarlier } from "../fakes/demo-office";
import { actOnAlerts, loadAlertActions } from "../../src/app/alert-action";
import { applyRetention } from "../../src/app/records/retention";
import { mayPurgeIn } from "../../src/app/records/retention-items";
import { verifyRecords } from "../../src/app/records/verify";
import { decide } from "../../src/app/strategy/actions";
import { readStrategyDetail } from "../../src/app/strategy/read";
import type { AlertAction } from "../../src/policy/alerts/action";
import { getPack } from "../../src/policy/packs/index";
import type { Actor, ContactStrategy } from "../../src/policy/strategy";
import { strategyFields } from "../../src/store/sharepoint/mapping";
import { caller } from "./client";

/**
 * T4 #8: a "retention" record anyone writes. The AuditTrail is add-only for every member of staff, and a purge records the
 * ids it is about to delete there (`retention:items`) so that its gaps are not reported. A record counts only as the
 * record of a purge that was made: by the holder of the authoriser role (the one given "Retention", Delete Items), naming
 * only items that existed when it was written, all of them gone (src/store/retention-items.ts).
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const { storeOf } = demo;
const second = () => new Promise((r) => setTimeout(r, 1100));
type Item = { id: string; fields: Record<string, string> };

beforeEach(() => recordsWrittenEarlier(demo.emulator));

/** A record as retention writes it, in `actor`'s own name, naming these ids. */
async function retentionRecord(actor: Actor, ids: { auditTrail?: string; alertActions?: string; decisions?: string }) {
  const now = new Date().toISOString();
  const detail = `AuditTrail items ${ids.auditTrail ?? "none"}; AlertActions items ${ids.alertActions ?? "none"}${ids.decisions ? `; Decisions items ${ids.decisions}` : ""}`;
  await storeOf(actor).appendAudit({ id: `retention:items:${now}:1:0`, target: "retention:items", action: "retention removing items", by: actor.upn, at: now, detail });
}

const listItems = async (list: string) => (await caller(() => demo.emulator, tokenOf(MORGAN))("GET", `/sites/${demo.siteId}/lists/${list}/items?$expand=fields&$top=5000`)).body.value as Item[];
const newestId = async (list: string) => Math.max(...(await listItems(list)).map((i) => Number(i.id)));

/** Morgan (Retention: Delete Items) ends Pat, deletes the end decision and its events, and writes Pat's item back: the ids she deleted. */
async function morganUndoesPatsEnding(): Promise<{ decision: number; events: number[] }> {
  const morgan = storeOf(MORGAN);
  const before = (await morgan.getStrategy("demo-pat-obrien"))!;
  const snapshot = JSON.parse(JSON.stringify(before.value)) as ContactStrategy;
  await second();
  expect(await decide(morgan, pack, before, { type: "end", by: MORGAN, at: new Date().toISOString(), why: "Contact has been reasonable." })).toMatchObject({ ok: true });
  await second();
  const call = caller(() => demo.emulator, tokenOf(MORGAN));
  const end = (await listItems("Decisions")).find((d) => d.fields.StrategyKey === "demo-pat-obrien" && String(d.fields.DecisionJson).includes('"kind":"end"'))!;
  expect((await call("DELETE", `/sites/${demo.siteId}/lists/Decisions/items/${end.id}`)).status).toBe(204);
  const tail = (await listItems("AuditTrail")).filter((e) => e.fields.Target === "strategy:demo-pat-obrien" && /:end/.test(String(e.fields.EventKey)));
  for (const e of tail) expect((await call("DELETE", `/sites/${demo.siteId}/lists/AuditTrail/items/${e.id}`)).status).toBe(204);
  expect((await demo.patchStrategyItem(MORGAN, "demo-pat-obrien", strategyFields(snapshot))).status).toBe(200);
  return { decision: Number(end.id), events: tail.map((e) => Number(e.id)) };
}

/** Office life goes on: a decision after the deleted one (Morgan rejects Alex's proposal), so its id is a gap. */
async function aLaterDecision() {
  await second();
  const alex = (await storeOf(MORGAN).getStrategy("demo-alex-morgan"))!;
  expect(await decide(storeOf(MORGAN), pack, alex, { type: "reject", by: MORGAN, at: new Date().toISOString(), why: "Not enough evidence." })).toMatchObject({ ok: true });
}

/** What a caseworker's pane says of Pat's record, and what records verify reports of deletions. */
async function whatShows() {
  const view = (await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, "demo-pat-obrien"))!.view;
  const report = await verifyRecords(storeOf(MORGAN), { pack, roster: DEMO_ROSTER });
  return {
    patInForce: view.inForce,
    patDoubts: (view.doubts ?? []).map((d) => d.kind),
    deletions: report.breaks.filter((b) => b.kind === "itemsDeleted" || b.kind === "decisionsDeleted").map((b) => [b.kind, "list" in b ? b.list : b.target]),
  };
}

const SHOWN = {
  patInForce: true,
  patDoubts: ["decisionsDeleted"],
  deletions: expect.arrayContaining([["decisionsDeleted", "strategy:demo-pat-obrien"], ["itemsDeleted", "AuditTrail"], ["itemsDeleted", "Decisions"]]),
};

describe("a retention record that matches no purge hides no deletion (T4 #8)", () => {
  it("Casey's record written in advance, naming ids 1–100000 of the three lists: Morgan's undoing of Pat's ending is still named on Pat's record and reported", async () => {
    await retentionRecord(CASEY, { auditTrail: "1–100000", alertActions: "1–100000", decisions: "1–100000" });
    await morganUndoesPatsEnding();
    await aLaterDecision();
    expect(await whatShows()).toEqual(SHOWN);
  });

  it("Casey's record written after the deletion, naming exactly the ids Morgan deleted: Casey may not purge, so it counts for nothing", async () => {
    const deleted = await morganUndoesPatsEnding();
    await aLaterDecision();
    await retentionRecord(CASEY, { auditTrail: deleted.events.join(", "), decisions: String(deleted.decision) });
    expect(await whatShows()).toEqual(SHOWN);
  });

  it("Morgan's own record written in advance, naming a Decisions id beyond one recorded after it: a purge records items that exist, so it does not cover it", async () => {
    // Alex's rejection takes the next id after the record; Morgan's ending of Pat the one after, which the record names.
    await retentionRecord(MORGAN, { decisions: String((await newestId("Decisions")) + 2) });
    await aLaterDecision();
    await morganUndoesPatsEnding();
    // And a decision after it, so its id is a gap: Morgan ends Jordan.
    await second();
    const jordan = (await storeOf(MORGAN).getStrategy("demo-jordan-blake"))!;
    expect(await decide(storeOf(MORGAN), pack, jordan, { type: "end", by: MORGAN, at: new Date().toISOString(), why: "Contact has been reasonable." })).toMatchObject({ ok: true });
    expect(await whatShows()).toEqual(SHOWN);
  });

  it("Morgan's record naming the deleted items among items still there: a purge deletes all it records, so it does not cover them", async () => {
    const deleted = await morganUndoesPatsEnding();
    await aLaterDecision();
    await retentionRecord(MORGAN, { auditTrail: `1–${Math.max(...deleted.events)}`, decisions: `1–${deleted.decision}` });
    expect(await whatShows()).toEqual(SHOWN);
  });

  it("AlertActions: with Casey's record of ids 1–100000 written in advance, Morgan's deletion of Sam's action and its event still shows in the pane and in records verify", async () => {
    const MESSAGE = "<tonight@example.net>";
    const samActs = async (id: string) => {
      const action: AlertAction = { id, internetMessageId: MESSAGE, senderAddress: "jordan.blake@example.net", alertKinds: ["risk-to-life"], outcome: { kind: "escalated", to: "Dana Chief" }, by: SAM.upn, at: new Date().toISOString() };
      expect(await actOnAlerts({ store: storeOf(SAM), ...action, now: new Date(action.at) })).toMatchObject({ ok: true });
    };
    await retentionRecord(CASEY, { auditTrail: "1–100000", alertActions: "1–100000", decisions: "1–100000" });
    await samActs("sam-escalated");
    await samActs("sam-again");
    const call = caller(() => demo.emulator, tokenOf(MORGAN));
    const first = (await listItems("AlertActions")).find((i) => i.fields.ActionKey === "sam-escalated")!;
    const event = (await listItems("AuditTrail")).find((i) => i.fields.EventKey === "alert-action:sam-escalated")!;
    expect((await call("DELETE", `/sites/${demo.siteId}/lists/AlertActions/items/${first.id}`)).status).toBe(204);
    expect((await call("DELETE", `/sites/${demo.siteId}/lists/AuditTrail/items/${event.id}`)).status).toBe(204);
    const shown = (await loadAlertActions(storeOf(CASEY), MESSAGE, undefined, mayPurgeIn(pack, DEMO_ROSTER))).map((e) => e.kind);
    expect(shown).toEqual(["deleted", "recorded"]);
    const reported = (await verifyRecords(storeOf(MORGAN), { pack, roster: DEMO_ROSTER })).breaks.filter((b) => b.kind === "itemsDeleted").map((b) => "list" in b && [b.list, b.from]);
    expect(reported).toEqual(expect.arrayContaining([["AlertActions", Number(first.id)], ["AuditTrail", Number(event.id)]]));
  });

  it("a purge Morgan runs still records what it deletes: its gaps are neither reported nor doubted (the record counts)", async () => {
    const morgan = storeOf(MORGAN);
    const jordan = (await morgan.getStrategy("demo-jordan-blake"))!.value;
    const plan = { contactCutoff: "2020-12-01T00:00:00.000Z", strategyCutoff: "2030-12-01T00:00:00.000Z", contacts: [], kept: [], strategies: [{ id: jordan.id, person: jordan.person.displayName, status: jordan.status, lastActivity: "2020-01-01T00:00:00.000Z" }], letters: [], lettersKept: [], skipped: [] };
    expect(await applyRetention(morgan, plan, { by: MORGAN.upn, now: new Date().toISOString() })).toMatchObject({ decisions: 1 });
    await aLaterDecision();
    expect(await whatShows()).toEqual({ patInForce: true, patDoubts: [], deletions: [] });
  });
});
