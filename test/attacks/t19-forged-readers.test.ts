/**
 * T19 (/work/coord/t19/findings.md): a598049 makes a ContactLog item Casey POSTed through Graph naming Sam as recorder
 * "written outside the add-in" for reconcile, records verify and approval evidence. Each probe asserts what SHOULD happen
 * for the other readers of the ContactLog, for colleagues' real records, and for variants of the forgery.
 */
import { expect, it } from "vitest";
import { CASEY, MORGAN, ROBIN, SAM, DEMO_ROSTER, STAFF_DOMAIN } from "../../dev/demo/people";
import type { Actor } from "../../src/policy/strategy";
import { demoSiteEachTest } from "../fakes/demo-office";
import { alexDemand, forgedCopy, losingEvents, ALEX, DEMAND, pack } from "../emulator/alex-demand";
import { reconcile } from "../../src/app/records/reconcile";
import { verifyRecords } from "../../src/app/records/verify";
import { judgeEvidence } from "../../src/policy/evidence-contacts";
import { loadHistory } from "../../src/app/history";
import { prepareLetter } from "../../src/app/letters";
import { addedOutsideNote, proposalSeed } from "../../src/app/strategy/proposal";
import { exportPerson } from "../../src/app/records/subject-access";
import type { AuditEvent } from "../../src/store/port";
import { caller } from "../emulator/client";
import { tokenOf } from "../../dev/demo/people";
import { auditFields } from "../../src/store/sharepoint/mapping";
import { chained, chainHead } from "../../src/store/audit-chain";

const demo = demoSiteEachTest();
const { recordAt, recordAs, contactItem } = alexDemand(demo);
const FORGED_SUBJECT = "You will regret this, scum";
const trail = (target: string) => demo.storeOf(MORGAN).auditFor(target);
const later = () => new Date(Date.now() + 20 * 60_000).toISOString();
const verifyWords = async () => (await verifyRecords(demo.storeOf(MORGAN), { pack, roster: DEMO_ROSTER })).breaks.map((b) => b.message);

/** Casey copies Sam's ContactLog item for Alex's demand to `forged`, "abusive", naming `recorder` (as given), and POSTs it through Graph. */
async function caseyForges(forged: string, recordedBy: string, as: Actor = CASEY, extra: Record<string, unknown> = {}): Promise<void> {
  await recordAt(SAM, ["demands"], 0);
  const { call, item } = await contactItem(DEMAND, as);
  const record = { categories: ["abusive"], subject: FORGED_SUBJECT, recordedAt: new Date(Date.now() - 60_000).toISOString(), recordedBy, ...extra };
  const fields = forgedCopy(item.fields, DEMAND, forged, record, { RecordedBy: recordedBy.toLowerCase(), Subject: FORGED_SUBJECT });
  expect((await call("POST", `/sites/${demo.siteId}/lists/ContactLog/items`, { fields })).status).toBe(201);
}

// ---- (1) the other readers of the ContactLog ----

it("T19-1a (pane history / classifier): a record Casey POSTed naming Sam is not in Alex's history as a recorded 'abusive' contact, and the pane on that message does not show it as Sam's decision", async () => {
  const FORGED = "<forged-h@example.com>";
  await caseyForges(FORGED, SAM.upn);
  const sources = { store: demo.storeOf(SAM), staffDomains: [STAFF_DOMAIN] };
  const other = await loadHistory(sources, { addresses: [ALEX] }, undefined, new Date(), { internetMessageId: "<next-alex@example.com>", receivedAt: new Date().toISOString() });
  const onIt = await loadHistory(sources, { addresses: [ALEX] }, undefined, new Date(), { internetMessageId: FORGED, receivedAt: new Date().toISOString() });
  // The pane reads `recorded` as the decision already on record for this message, by its recorder.
  expect({
    history: other.history.contacts.filter((c) => c.subject === FORGED_SUBJECT || c.categories?.includes("abusive")).map((c) => c.categories),
    timeline: other.records?.contacts.filter((c) => c.internetMessageId === FORGED).map((c) => c.recordedBy),
    recordedOnIt: onIt.recorded && `${onIt.recorded.categories.join()} by ${onIt.recorded.recordedBy}`,
  }).toEqual({ history: [], timeline: [], recordedOnIt: undefined });
});

it("T19-1e (classifier history): a forged record naming Sam with categories 'persistent' and a 'matter decided on' day gives the classifier a decision communicated and a persistent contact Alex's record never had", async () => {
  const FORGED = "<forged-d@example.com>";
  await caseyForges(FORGED, SAM.upn, CASEY, { categories: ["persistent"], matterDecidedOn: "2026-11-01" });
  const loaded = await loadHistory({ store: demo.storeOf(SAM), staffDomains: [STAFF_DOMAIN] }, { addresses: [ALEX] }, undefined, new Date(), { internetMessageId: "<next-alex@example.com>", receivedAt: new Date().toISOString() });
  expect({ decided: loaded.history.decisionsCommunicated, persistent: loaded.history.contacts.filter((c) => c.categories?.includes("persistent")).length }).toEqual({ decided: [], persistent: 0 });
});

it("T19-1b (warning letter): a warning letter to Alex does not cite the 'abusive' contact Casey POSTed in Sam's name", async () => {
  const FORGED = "<forged-l@example.com>";
  await caseyForges(FORGED, SAM.upn);
  const result = await prepareLetter({ pack, store: demo.storeOf(MORGAN), user: { displayName: MORGAN.displayName, emailAddress: MORGAN.upn }, now: () => new Date() }, { kind: "warning", person: { name: "Alex Morgan", address: ALEX } });
  expect(JSON.stringify(result)).not.toContain(FORGED_SUBJECT);
});

it("T19-1c (proposal seed): a new proposal for Alex is not seeded with the forged 'abusive' contact or the category", async () => {
  const FORGED = "<forged-p@example.com>";
  await caseyForges(FORGED, SAM.upn);
  const seed = await proposalSeed(demo.storeOf(SAM), { personName: "Alex Morgan", addresses: [ALEX], now: new Date() });
  expect(seed.contacts.map((c) => c.internetMessageId)).not.toContain(FORGED);
  expect(seed.categories).not.toContain("abusive");
});

it("T19-1d (subject access): the export names the forged contact as written outside the add-in, not as Sam's record without a word", async () => {
  const FORGED = "<forged-s@example.com>";
  await caseyForges(FORGED, SAM.upn);
  const exported = await exportPerson(demo.storeOf(MORGAN), ALEX, { by: MORGAN.upn, now: new Date().toISOString(), pack, roster: DEMO_ROSTER });
  const forged = exported.contacts.find((c) => c.internetMessageId === FORGED);
  expect(forged).toBeDefined(); // held about Alex: exported
  const { contacts: _c, ...rest } = exported;
  expect(JSON.stringify(rest)).toMatch(new RegExp(`${FORGED.replace(/[<>.]/g, ".")}[^"]*outside the add-in|outside the add-in[^"]*${FORGED.replace(/[<>.]/g, ".")}`));
});

// ---- (2) colleagues' real records ----

it("T19-2a: Sam's real first recording whose event was lost, then saved unchanged by Casey: Sam's own pane check still writes her event, and verify does not call it written outside the add-in", async () => {
  await expect(recordAt(SAM, ["demands"], 0, losingEvents(demo.storeOf(SAM), /^recorded \(/))).rejects.toThrow(/503/);
  const { call, item } = await contactItem();
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: item.fields.RecordJson })).status).toBe(200);
  await reconcile(demo.storeOf(SAM), { by: SAM.upn, now: later() });
  const recorded = (await trail(`contact:${DEMAND}`)).filter((e) => e.action.startsWith("recorded (confirmed)"));
  expect(recorded.map((e) => e.by)).toEqual([SAM.upn]);
});

it("T19-2a': the same, read by records verify: Sam's own intent to record is on the trail in her SharePoint name, so verify does not tell the records officer it was written outside the add-in, to ask Sam whether she made it and to remove the item", async () => {
  await expect(recordAt(SAM, ["demands"], 0, losingEvents(demo.storeOf(SAM), /^recorded \(/))).rejects.toThrow(/503/);
  const { call, item } = await contactItem();
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: item.fields.RecordJson })).status).toBe(200);
  const words = (await verifyWords()).filter((m) => m.includes(DEMAND));
  expect(words.join("\n")).not.toMatch(/written outside the add-in|remove the item/);
});

it("T19-2f: Sam's real recording, event lost, REPAIRED by her own pane check (her write-up in her own SharePoint name), then saved unchanged by Casey: verify does not call it written outside the add-in nor tell anyone to remove it", async () => {
  await expect(recordAt(SAM, ["demands"], 0, losingEvents(demo.storeOf(SAM), /^recorded \(/))).rejects.toThrow(/503/);
  await reconcile(demo.storeOf(SAM), { by: SAM.upn, now: later() });
  const own = (await trail(`contact:${DEMAND}`)).filter((e) => e.action.startsWith("recorded (confirmed)"));
  expect(own.map((e) => `${e.action} by ${e.by}`)).toEqual([`recorded (confirmed) (written later) by ${SAM.upn}`]);
  expect((await verifyWords()).filter((m) => m.includes(DEMAND))).toEqual([]);
  const { call, item } = await contactItem();
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: item.fields.RecordJson })).status).toBe(200);
  expect((await verifyWords()).filter((m) => m.includes(DEMAND)).join("\n")).not.toMatch(/written outside the add-in|remove the item/);
});

it("T19-2g: as T19-2f but repaired by Morgan's reconcile (a write-up in Morgan's name, 'done by sam'), then Casey's unchanged save: not called written outside", async () => {
  await expect(recordAt(SAM, ["demands"], 0, losingEvents(demo.storeOf(SAM), /^recorded \(/))).rejects.toThrow(/503/);
  await reconcile(demo.storeOf(MORGAN), { by: MORGAN.upn, now: later() });
  expect((await verifyWords()).filter((m) => m.includes(DEMAND))).toEqual([]);
  const { call, item } = await contactItem();
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: item.fields.RecordJson })).status).toBe(200);
  expect((await verifyWords()).filter((m) => m.includes(DEMAND)).join("\n")).not.toMatch(/written outside the add-in|remove the item/);
});

it("T19-2b: Sam's real first recording (event on the trail) saved unchanged by Casey: still Sam's, nothing 'written outside'", async () => {
  await recordAt(SAM, ["demands"], 0);
  const { call, item } = await contactItem();
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: item.fields.RecordJson })).status).toBe(200);
  expect((await verifyWords()).filter((m) => m.includes(DEMAND))).toEqual([]);
});

it("T19-2c: Robin's real correction of Sam's record through the add-in (intent, item, event): not written outside, nothing flagged", async () => {
  await recordAt(SAM, ["demands"], 0);
  await recordAs(ROBIN, [], DEMAND, "Reply within the hour", ALEX, demo.storeOf(ROBIN), new Date(Date.now() + 1000));
  expect((await verifyWords()).filter((m) => m.includes(DEMAND))).toEqual([]);
});

it("T19-2d: Robin's real correction of Sam's record whose own event was lost: Robin's own pane check writes it, nothing 'written outside'", async () => {
  await recordAt(SAM, ["demands"], 0);
  await expect(recordAs(ROBIN, [], DEMAND, "Reply within the hour", ALEX, losingEvents(demo.storeOf(ROBIN)), new Date(Date.now() + 1000))).rejects.toThrow(/503/);
  expect((await verifyWords()).filter((m) => m.includes(DEMAND)).join("\n")).not.toMatch(/written outside the add-in/);
  await reconcile(demo.storeOf(ROBIN), { by: ROBIN.upn, now: later() });
  expect((await trail(`contact:${DEMAND}`)).filter((e) => e.action.startsWith("corrected (")).map((e) => e.by)).toEqual([ROBIN.upn]);
});

it("T19-2e: Sam records with her address in another case (Sam.Carter@…): her own record, nothing 'written outside'", async () => {
  const upper: Actor = { ...SAM, upn: SAM.upn.replace(/^s/, "S").replace(".c", ".C") };
  await recordAs(upper, ["demands"], DEMAND, "Reply within the hour", ALEX, demo.storeOf(SAM));
  expect((await verifyWords()).filter((m) => m.includes(DEMAND))).toEqual([]);
  const records = await demo.storeOf(MORGAN).contactsReceived({});
  expect(judgeEvidence([{ internetMessageId: DEMAND }], [ALEX], { records }, [CASEY], ["demands"]).counted).toEqual([DEMAND]);
});

// ---- (3) variants of the forgery ----

it("T19-3a: forged naming the proposer's approver (Morgan) with the address in upper case: not evidence, verify names Casey", async () => {
  const FORGED = "<forged-u@example.com>";
  await caseyForges(FORGED, MORGAN.upn.toUpperCase());
  const records = await demo.storeOf(MORGAN).contactsReceived({});
  const judged = judgeEvidence([{ internetMessageId: FORGED }], [ALEX], { records }, [SAM], ["abusive", "demands"]);
  expect(judged.counted).toEqual([]);
  expect((await verifyWords()).filter((m) => m.includes(FORGED))).toEqual([expect.stringMatching(/^Casey Worker/)]);
  await reconcile(demo.storeOf(MORGAN), { by: MORGAN.upn, now: later() });
  expect(await trail(`contact:${FORGED}`)).toEqual([]);
});

it("T19-3b: forged by the proposer herself naming a colleague: not evidence", async () => {
  const FORGED = "<forged-pp@example.com>";
  await caseyForges(FORGED, SAM.upn);
  const records = await demo.storeOf(MORGAN).contactsReceived({});
  expect(judgeEvidence([{ internetMessageId: FORGED }], [ALEX], { records }, [CASEY], ["abusive"]).counted).toEqual([]);
});

it("T19-3c: forged naming the recorder with trailing spaces or a mailto: prefix: not evidence, not written up by anyone", async () => {
  for (const [i, recordedBy] of [` ${SAM.upn} `, `mailto:${SAM.upn}`, `Sam Carter <${SAM.upn}>`].entries()) {
    const FORGED = `<forged-v${i}@example.com>`;
    await caseyForges(FORGED, recordedBy);
    const records = await demo.storeOf(MORGAN).contactsReceived({});
    expect(judgeEvidence([{ internetMessageId: FORGED }], [ALEX], { records }, [ROBIN], ["abusive"]).counted).toEqual([]);
    await reconcile(demo.storeOf(SAM), { by: SAM.upn, now: later() });
    expect((await trail(`contact:${FORGED}`)).filter((e) => !e.action.startsWith("intent"))).toEqual([]);
  }
});

it("T19-3d: Casey's forged record naming Sam, then Sam opens the message and records the same decision (she believes the pane): nothing is written in Sam's name vouching for it", async () => {
  const FORGED = "<forged-r@example.com>";
  await caseyForges(FORGED, SAM.upn);
  await recordAs(SAM, ["abusive"], FORGED, FORGED_SUBJECT, ALEX, demo.storeOf(SAM));
  const events = (await trail(`contact:${FORGED}`)).filter((e) => !e.action.startsWith("intent"));
  // Since T20-7 (t21-intents.test.ts) her pressing Record records her own decision, replacing the forgery: her correction, which
  // names it as added outside the add-in by Casey — never an event recording Casey's item as Sam's.
  expect(events.map((e) => `${e.action} by ${e.by}`)).toEqual([`corrected (confirmed → confirmed) by ${SAM.upn}`]);
  expect(events[0]!.detail).toContain("Replaces a record added outside the add-in by Casey Worker");
});

/** T17-9's hidden squat: Casey's note filed on `filedOn`, its EventKey the id the add-in will need. */
async function caseyHiddenSquat(eventKey: string, filedOn: string): Promise<number> {
  const event: AuditEvent = { id: `${filedOn}:casey-note-${Math.random().toString(36).slice(2, 8)}`, target: filedOn, action: "note", by: CASEY.upn, at: new Date().toISOString(), detail: "Checked with Sam." };
  const fields = { ...auditFields(chained(event, chainHead(await trail(filedOn)))), EventKey: eventKey };
  return (await caller(() => demo.emulator, tokenOf(CASEY))("POST", `/sites/${demo.siteId}/lists/AuditTrail/items`, { fields })).status;
}

it("T19-2h (deliberate): Casey hides the id of Sam's next first recording (filed on another message), Sam records through the add-in (her event goes under the write-up id, in her name), then Casey saves the item unchanged: Sam's real record is not called written outside the add-in, nor its removal advised", async () => {
  expect(await caseyHiddenSquat(`contact:${DEMAND}:recorded`, "contact:<elsewhere@example.com>")).toBe(201);
  await recordAt(SAM, ["demands"], 0);
  const own = (await trail(`contact:${DEMAND}`)).filter((e) => e.action.startsWith("recorded (confirmed)"));
  expect(own.map((e) => `${e.action} by ${e.by}`)).toEqual([`recorded (confirmed) (written later) by ${SAM.upn}`]);
  const { call, item } = await contactItem();
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: item.fields.RecordJson })).status).toBe(200);
  expect((await verifyWords()).filter((m) => m.includes(DEMAND) && !m.includes("casey-note")).join("\n")).not.toMatch(/written outside the add-in|remove the item/);
});

it("T19-3e (laundering): Casey forges 'abusive' naming Sam, then corrects it through the add-in in her own name: records verify still says Sam never recorded 'abusive' (the record Casey's correction replaced was written outside the add-in)", async () => {
  const FORGED = "<forged-w@example.com>";
  await caseyForges(FORGED, SAM.upn);
  expect((await verifyWords()).filter((m) => m.includes(FORGED))).toEqual([expect.stringMatching(/^Casey Worker .* added a contact record that names sam/)]);
  const r = await recordAs(CASEY, ["abusive", "demands"], FORGED, FORGED_SUBJECT, ALEX, demo.storeOf(CASEY), new Date(Date.now() + 1000));
  expect(r.status).toBe("corrected");
  const events = (await trail(`contact:${FORGED}`)).filter((e) => !e.action.startsWith("intent"));
  const words = (await verifyWords()).filter((m) => m.includes(FORGED));
  if (process.env.T19_DEBUG) console.log(JSON.stringify({ events: events.map((e) => `${e.action} by ${e.by}: ${e.detail}`), words }, null, 1));
  expect(words).toEqual([expect.stringMatching(/outside the add-in/)]);
});

it("T19-2i: Robin's real correction of Sam's record, its event lost and written up by Robin's own pane check, then saved unchanged by Casey: verify does not call it written outside the add-in nor advise removing it", async () => {
  await recordAt(SAM, ["demands"], 0);
  await expect(recordAs(ROBIN, [], DEMAND, "Reply within the hour", ALEX, losingEvents(demo.storeOf(ROBIN)), new Date(Date.now() + 1000))).rejects.toThrow(/503/);
  await reconcile(demo.storeOf(ROBIN), { by: ROBIN.upn, now: later() });
  expect((await trail(`contact:${DEMAND}`)).filter((e) => e.action.startsWith("corrected (")).map((e) => e.by)).toEqual([ROBIN.upn]);
  const { call, item } = await contactItem();
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: item.fields.RecordJson })).status).toBe(200);
  expect((await verifyWords()).filter((m) => m.includes(DEMAND)).join("\n")).not.toMatch(/written outside the add-in|remove the item/);
});

// ---- (4) what the forms say of what they left out (E103, mending T19-1, T19-3) ----

it("T19-1b (letter form): the warning prepared says the record written outside the add-in was left out, naming who wrote it", async () => {
  const FORGED = "<forged-lf@example.com>";
  await caseyForges(FORGED, SAM.upn);
  const result = await prepareLetter({ pack, store: demo.storeOf(MORGAN), user: { displayName: MORGAN.displayName, emailAddress: MORGAN.upn }, now: () => new Date() }, { kind: "warning", person: { name: "Alex Morgan", address: ALEX } });
  expect(result.ok).toBe(true);
  expect(result.leftOut).toMatch(new RegExp(`^1 record in the contact log written outside the add-in \\(by Casey Worker\\) was left out of this letter: the message ${FORGED} of `));
});

it("T19-3 (proposal form): the seed lists the forged record apart, naming who wrote it and whom it names", async () => {
  const FORGED = "<forged-pf@example.com>";
  await caseyForges(FORGED, SAM.upn);
  const seed = await proposalSeed(demo.storeOf(SAM), { personName: "Alex Morgan", addresses: [ALEX], now: new Date() });
  expect(addedOutsideNote(seed)).toMatch(new RegExp(`^Not listed: 1 record written outside the add-in by Casey Worker \\(.* — ${FORGED_SUBJECT}, naming ${SAM.upn}\\)\\. It is not the decision of the caseworker named, so not evidence\\.`));
});

it("T19-7 (its event lost): Casey's correction of her forged record naming Sam, its event lost, finished by her recording again: the trail never says it replaces a decision Sam recorded", async () => {
  const FORGED = "<forged-wl@example.com>";
  await caseyForges(FORGED, SAM.upn);
  const at = new Date(Date.now() + 1000);
  await expect(recordAs(CASEY, ["abusive", "demands"], FORGED, FORGED_SUBJECT, ALEX, losingEvents(demo.storeOf(CASEY)), at)).rejects.toThrow(/503/);
  await recordAs(CASEY, ["abusive", "demands"], FORGED, FORGED_SUBJECT, ALEX, demo.storeOf(CASEY), new Date(at.getTime() + 1000));
  const corrections = (await trail(`contact:${FORGED}`)).filter((e) => e.action.startsWith("corrected ("));
  expect(corrections.map((e) => e.detail)).toEqual([expect.stringMatching(/Replaces a record added outside the add-in by Casey Worker \(casey\.worker@\S+\), naming sam\.carter@\S+ as its recorder/)]);
  expect((await verifyWords()).filter((m) => m.includes(FORGED))).toEqual([expect.stringMatching(/replacing a record written outside the add-in: SharePoint said Casey Worker/)]);
});
