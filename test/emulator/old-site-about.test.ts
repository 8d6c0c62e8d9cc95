/**
 * A site provisioned before the AuditTrail's About column (decision 0011): Graph refuses an item naming a column the list
 * lacks (400 "Field 'About' is not recognized"), and so does the emulator. Before E114 every caseworker's "Record" there
 * failed with "The record was refused: Adding to AuditTrail: the request was refused (Field 'About' is not recognized)."
 * (nothing written: the intent is the first write, and it was refused). Now recording works there, written as events
 * were before About, nothing half written and nothing twice, and the records check and the pane say what the site lacks.
 */
import { describe, expect, it } from "vitest";
import { DEMO_ROSTER, MORGAN, SAM, STAFF_DOMAIN } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { alexDemand, ALEX, DEMAND, pack } from "./alex-demand";
import { loadHistory } from "../../src/app/history";
import { verifyRecords } from "../../src/app/records/verify";
import { checkOnStart, siteGapWords } from "../../src/app/records/start-check";
import { createGraphClient } from "../../src/graph/client";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { provision } from "../../src/store/sharepoint/provision";
import { ABOUT_MISSING } from "../../src/store/sharepoint/store";
import { exportPerson } from "../../src/app/records/subject-access";

const demo = demoSiteEachTest();
const { recordAs } = alexDemand(demo);

const trailList = () => demo.emulator.world.sites.flatMap((s) => s.lists).find((l) => l.displayName === "AuditTrail")!;

/** The AuditTrail as a site provisioned before About has it: no such column (and so no event naming one). */
function withoutAbout(): void {
  const trail = trailList();
  trail.columns = trail.columns.filter((c) => c.name !== "About");
  for (const item of trail.items) delete item.fields.About;
}

/** The trail's items of a contact as SharePoint holds them: each one's action and About column. */
const itemsOf = (id: string) =>
  trailList()
    .items.filter((i) => i.fields.Target === `contact:${id}`)
    .map((i) => ({ action: String(i.fields.Action).replace(/ \(.*$/, ""), about: i.fields.About, key: i.fields.EventKey }));
const contactItems = (id: string) => demo.emulator.world.sites.flatMap((s) => s.lists).find((l) => l.displayName === "ContactLog")!.items.filter((i) => i.fields.InternetMessageId === id);

const paneOn = (id: string) =>
  loadHistory({ store: demo.storeOf(SAM), staffDomains: [STAFF_DOMAIN] }, { addresses: [ALEX] }, undefined, new Date(), { internetMessageId: id, receivedAt: new Date().toISOString() });

const provisionAgain = async () => {
  // The administrator's run (app-only, as README's setup step 3: the lists' own permissions stop a caseworker's token).
  const graph = createGraphClient({ graphBaseUrl: demo.emulator.baseUrl, tokens: devTokenProvider("dev-admin-app-token") });
  return (await provision(graph, demo.siteId)).changes;
};

describe("recording on a site whose AuditTrail lacks About (provisioned before it)", () => {
  it("records: the pane reads it as Sam's decision, one ContactLog item, its intent and event written without About", async () => {
    withoutAbout();
    const result = await recordAs(SAM, ["demands"]);
    expect(result.status).toBe("created");
    expect(contactItems(DEMAND)).toHaveLength(1);
    expect(itemsOf(DEMAND).map(({ action, about }) => ({ action, about }))).toEqual([
      { action: "intent: record", about: undefined },
      { action: "recorded", about: undefined },
    ]);
    const pane = await paneOn(DEMAND);
    expect(pane.recorded).toMatchObject({ recordedBy: SAM.upn, categories: ["demands"] });
    expect(pane.recordedOutside).toBeUndefined();
    // Nothing in doubt on the records check: the events are as events were before About.
    const report = await verifyRecords(demo.storeOf(MORGAN), { pack, roster: DEMO_ROSTER });
    expect(report.breaks.filter((b) => b.target.includes(DEMAND))).toEqual([]);
  });

  it("writes nothing twice: the same decision again is unchanged, a correction and another message each write their own", async () => {
    withoutAbout();
    const store = demo.storeOf(SAM);
    await recordAs(SAM, ["demands"], DEMAND, "Reply within the hour", ALEX, store);
    expect((await recordAs(SAM, ["demands"], DEMAND, "Reply within the hour", ALEX, store)).status).toBe("unchanged");
    expect((await recordAs(SAM, ["abusive"], DEMAND, "Reply within the hour", ALEX, store)).status).toBe("corrected");
    // A new session (a pane opened again) learns it afresh from the refusal, and writes once.
    expect((await recordAs(SAM, ["demands"], "<second@example.com>", "Again", ALEX, demo.storeOf(SAM))).status).toBe("created");
    for (const id of [DEMAND, "<second@example.com>"]) {
      const keys = itemsOf(id).map((i) => i.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(contactItems(id)).toHaveLength(1);
    }
    // Each attempt's own intent (as on any site), one decision event each: recorded once, corrected once.
    expect(itemsOf(DEMAND).map((i) => i.action)).toEqual(["intent: record", "recorded", "intent: record", "intent: record", "intent: corrected", "corrected"]);
    expect(itemsOf("<second@example.com>").map((i) => i.action)).toEqual(["intent: record", "recorded"]);
  });

  it("records verify and the pane's start check name the missing column and the command", async () => {
    withoutAbout();
    await recordAs(SAM, ["demands"]);
    const report = await verifyRecords(demo.storeOf(MORGAN), { pack, roster: DEMO_ROSTER });
    expect(report.siteGaps).toEqual([ABOUT_MISSING]);
    expect(ABOUT_MISSING).toBe("AuditTrail lacks the About column: run npm run provision; until then a record whose columns are moved off a person is missing from their subject access export.");
    const start = await checkOnStart(demo.storeOf(SAM), SAM.upn, new Date());
    expect(siteGapWords(start)).toBe(`Tell whoever looks after the add-in's SharePoint site: ${ABOUT_MISSING}`);
    // Subject access still hands over the record (found by its columns, as before About).
    const exported = await exportPerson(demo.storeOf(MORGAN), ALEX, { by: MORGAN.upn, now: new Date().toISOString(), pack, roster: DEMO_ROSTER });
    expect(exported.contacts.some((c) => c.internetMessageId === DEMAND)).toBe(true);
  });

  it("after npm run provision, About is written again and nothing is said", async () => {
    withoutAbout();
    await recordAs(SAM, ["demands"]);
    expect(await provisionAgain()).toEqual(["added column AuditTrail.About"]);
    await recordAs(SAM, ["demands"], "<after@example.com>", "After", ALEX, demo.storeOf(SAM));
    expect(itemsOf("<after@example.com>").map((i) => i.about)).toEqual([ALEX, ALEX]);
    expect((await verifyRecords(demo.storeOf(MORGAN), { pack, roster: DEMO_ROSTER })).siteGaps).toEqual([]);
    expect(siteGapWords(await checkOnStart(demo.storeOf(SAM), SAM.upn, new Date()))).toBeUndefined();
  });

  it("several events at once (the batch path) are written once each, without About, and again with it after provisioning", async () => {
    withoutAbout();
    const store = demo.storeOf(SAM);
    const events = Array.from({ length: 3 }, (_, i) => ({ id: `contact:<b${i}@example.com>:note`, target: `contact:<b${i}@example.com>`, action: "note", by: SAM.upn, at: new Date().toISOString(), detail: `Note ${i}.`, about: ALEX }));
    await store.appendAudits(events);
    await store.appendAudits(events);
    for (let i = 0; i < 3; i += 1) expect(itemsOf(`<b${i}@example.com>`)).toEqual([{ action: "note", about: undefined, key: events[i]!.id }]);
    await provisionAgain();
    const later = events.map((e) => ({ ...e, id: `${e.id}:2`, detail: "Later." }));
    await demo.storeOf(SAM).appendAudits(later);
    for (let i = 0; i < 3; i += 1) expect(itemsOf(`<b${i}@example.com>`).map((e) => e.about)).toEqual([undefined, ALEX]);
  });

  it("on a provisioned site nothing is said and About is written", async () => {
    await recordAs(SAM, ["demands"]);
    expect(itemsOf(DEMAND).map((i) => i.about)).toEqual([ALEX, ALEX]);
    expect((await verifyRecords(demo.storeOf(MORGAN), { pack, roster: DEMO_ROSTER })).siteGaps).toEqual([]);
  });
});
