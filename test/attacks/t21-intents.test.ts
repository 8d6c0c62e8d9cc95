/**
 * T21 (README "Still possible", T20-5…-9, written again: the tester's probe files were lost): the first recording's intent and
 * pressing Record on a record that is not the presser's. Each probe asserts what SHOULD happen, so a failing probe is a
 * finding: Casey (any caseworker) writes ContactLog and AuditTrail items through Graph with her own token; SharePoint's
 * createdBy/modifiedBy and item times she cannot forge.
 */
import { expect, it } from "vitest";
import { CASEY, MORGAN, SAM, DEMO_ROSTER } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { alexDemand, forgedCopy, losingEvents, ALEX, DEMAND, pack } from "../emulator/alex-demand";
import { reconcile } from "../../src/app/records/reconcile";
import { verifyRecords } from "../../src/app/records/verify";
import { loadHistory } from "../../src/app/history";
import { prepareLetter } from "../../src/app/letters";
import { recordedWords } from "../../src/taskpane/review/components/RecordForm";
import type { ContactRecord } from "../../src/policy/contact";
import type { CaseStore } from "../../src/store/port";

const demo = demoSiteEachTest();
const { recordAs, received, contactItem } = alexDemand(demo);
const REAL_SUBJECT = "Reply within the hour";
const FORGED_SUBJECT = "You will regret this, scum";
const trail = (target = `contact:${DEMAND}`) => demo.storeOf(MORGAN).auditFor(target);
const later = () => new Date(Date.now() + 20 * 60_000).toISOString();
const verifyOn = async (id: string) => (await verifyRecords(demo.storeOf(MORGAN), { pack, roster: DEMO_ROSTER })).breaks.filter((b) => b.message.includes(id) || b.target.includes(id)).map((b) => `${b.kind}: ${b.message}`);
/** Sam's store whose ContactLog write fails (503): the record never lands, the intent before it does. */
const contactFails = (real: CaseStore): CaseStore => ({ ...real, recordContact: async () => Promise.reject(new Error("503 Service Unavailable")) });
const at = (seconds: number) => new Date(Date.now() + seconds * 1000);

/** Casey PATCHes the ContactLog item of `id` through Graph: `change` edits its record (RecordJson); `columns` are set alongside. */
async function caseyPatches(id: string, change: (record: ContactRecord) => void, columns: Record<string, string> = {}): Promise<void> {
  const { call, item, json } = await contactItem(id, CASEY);
  change(json.record);
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: JSON.stringify(json), ...columns })).status).toBe(200);
}

const letterTo = async () =>
  prepareLetter({ pack, store: demo.storeOf(MORGAN), user: { displayName: MORGAN.displayName, emailAddress: MORGAN.upn }, now: () => new Date() }, { kind: "warning", person: { name: "Alex Morgan", address: ALEX } });
const letterQuotes = async (subject: string) => {
  const { leftOut: _l, ...rest } = (await letterTo()) as Awaited<ReturnType<typeof letterTo>> & { leftOut?: string };
  return JSON.stringify(rest).includes(subject);
};
/** Alex's contacts as Sam's pane counts them for the next message (history), by id and recorder. */
const alexHistory = async () => {
  const loaded = await loadHistory({ store: demo.storeOf(SAM), staffDomains: ["opcc.example.gov.uk"] }, { addresses: [ALEX] }, undefined, new Date(), { internetMessageId: "<next-alex@example.com>", receivedAt: new Date().toISOString() });
  return (loaded.records?.contacts ?? []).map((c) => `${c.internetMessageId} ${c.recordedBy} ${c.categories.join(",")}`);
};

// ---- T20-8: the first recording's intent id, held by someone else's item ----

it("T21-8 (a note under the intent id): Casey adds a note to AuditTrail under the id the first recording's intent of Alex's demand used to take; Sam records it all the same, and it is hers to every reader", async () => {
  const target = `contact:${DEMAND}`;
  await demo.storeOf(CASEY).appendAudit({ id: `${target}:intent:record`, target, action: "note", by: CASEY.upn, at: new Date().toISOString(), detail: "Looked at this." });
  const result = await recordAs(SAM, ["demands"]).catch((e: unknown) => e);
  expect(result).toMatchObject({ status: "created" });
  expect((await trail()).filter((e) => /^recorded \(/.test(e.action)).map((e) => e.author?.upn ?? e.by)).toEqual([SAM.upn]);
  expect(await alexHistory()).toEqual([`${DEMAND} ${SAM.upn} demands`]);
  expect((await verifyOn(DEMAND)).filter((w) => !w.startsWith("idTaken") && !w.startsWith("notByAuthor"))).toEqual([]);
});

// ---- T20-9: a failed first attempt, then the real one; a colleague's no-op save ----

it("T21-9 (flaky network): Sam's first attempt dies at the ContactLog write, her second lands but its event is lost; Morgan saves the item unchanged through Graph: the record is Sam's, not in doubt, and reconcile writes its event up", async () => {
  await expect(recordAs(SAM, ["demands"], DEMAND, REAL_SUBJECT, ALEX, contactFails(demo.storeOf(SAM)), at(0))).rejects.toThrow(/503/);
  await expect(recordAs(SAM, ["demands"], DEMAND, REAL_SUBJECT, ALEX, losingEvents(demo.storeOf(SAM), /^recorded \(/), at(5))).rejects.toThrow(/503/);
  const { call, item } = await contactItem(DEMAND, MORGAN);
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: item.fields.RecordJson })).status).toBe(200);
  expect((await verifyOn(DEMAND)).map((w) => w.split(":")[0])).not.toContain("contactTouchedOutside");
  expect(await alexHistory()).toEqual([`${DEMAND} ${SAM.upn} demands`]);
  expect(await letterQuotes(REAL_SUBJECT)).toBe(true);
  await reconcile(demo.storeOf(MORGAN), { by: MORGAN.upn, now: later() });
  expect(await verifyOn(DEMAND)).toEqual([]);
});

// ---- T20-5: an abandoned attempt's intent reused by a rewrite ----

it("T21-5 (abandoned attempt reused): Sam's first attempt as 'abusive' dies at the ContactLog write; she records 'demands' instead; Casey rewrites the item to what the abandoned attempt named: Sam's own check writes nothing in her name, verify puts it in doubt naming Casey, and no reader counts 'abusive' as Sam's", async () => {
  const abandoned = at(0);
  await expect(recordAs(SAM, ["abusive"], DEMAND, REAL_SUBJECT, ALEX, contactFails(demo.storeOf(SAM)), abandoned)).rejects.toThrow(/503/);
  expect((await recordAs(SAM, ["demands"], DEMAND, REAL_SUBJECT, ALEX, demo.storeOf(SAM), at(5))).status).toBe("created");
  await caseyPatches(DEMAND, (r) => Object.assign(r, { categories: ["abusive"], recordedAt: abandoned.toISOString() }), { Categories: "abusive" });
  await reconcile(demo.storeOf(SAM), { by: SAM.upn, now: later() });
  expect((await trail()).filter((e) => / \(written later\)$/.test(e.action))).toEqual([]);
  expect((await verifyOn(DEMAND)).map((w) => w.split(":")[0])).toContain("contactTouchedOutside");
  expect(await alexHistory()).toEqual([]);
  expect(await letterQuotes(REAL_SUBJECT)).toBe(false);
});

// ---- T20-7, T20-6: pressing Record on a record Casey added in Sam's name ----

const FORGED = "<forged-t21@example.com>";
const JO = "jo.bloggs@example.com";
/** Sam's real record of Alex's demand; Casey POSTs a copy for FORGED (a message Jo sent) moved onto Alex, naming Sam, with her own subject and date. */
async function caseyForges(categories: string[]) {
  await recordAs(SAM, ["demands"]);
  const { call, item } = await contactItem(DEMAND, CASEY);
  const record = { categories, subject: FORGED_SUBJECT, receivedAt: new Date(Date.now() - 10 * 86_400_000).toISOString(), recordedAt: new Date(Date.now() - 60_000).toISOString(), recordedBy: SAM.upn };
  const fields = forgedCopy(item.fields, DEMAND, FORGED, record, { Title: FORGED_SUBJECT, Categories: categories.join(";") });
  expect((await call("POST", `/sites/${demo.siteId}/lists/ContactLog/items`, { fields })).status).toBe(201);
}

it("T21-7 (same decision on a forged record): Casey adds a 'demands' record naming Sam for Jo's message; Sam opens it and presses Record with 'demands': her decision is recorded, the pane says plainly the one there was added outside the add-in by Casey, and verify keeps naming the forgery", async () => {
  await caseyForges(["demands"]);
  const result = await recordAs(SAM, ["demands"], FORGED, "Hello", JO, demo.storeOf(SAM), at(1));
  expect(result.status).not.toBe("unchanged");
  expect(recordedWords(result, pack, (a) => (a === CASEY.upn ? "Casey Worker" : a === SAM.upn ? "Sam Carter" : a))).toBe("Recorded as your decision: Unreasonable demands or obstructive behaviour. The record there before, naming Sam Carter as its recorder, was added outside the add-in by Casey Worker: it was not Sam Carter's decision. Yours replaces it.");
  expect((await trail(`contact:${FORGED}`)).filter((e) => /^(recorded|corrected) \(/.test(e.action)).map((e) => e.author?.upn)).toEqual([SAM.upn]);
  expect((await verifyOn(FORGED)).map((w) => w.split(":")[0])).toEqual(["contactWrittenOutside"]);
});

it("T21-6 (message fields on correction): Casey's forged 'abusive' record of Jo's message, moved onto Alex with her own subject and date; Sam corrects it to 'demands' reading Jo's message: the record then holds Jo's message's own subject, sender and received date, and Alex's letter does not quote Casey's subject", async () => {
  await caseyForges(["abusive"]);
  expect((await recordAs(SAM, ["demands"], FORGED, "Hello", JO, demo.storeOf(SAM), at(1))).status).toBe("corrected");
  const { item, json } = await contactItem(FORGED, MORGAN);
  expect({ subject: json.record.subject, sender: json.record.senderAddress, received: json.record.receivedAt, title: item.fields.Title, senderColumn: item.fields.SenderAddress }).toEqual({ subject: "Hello", sender: JO, received, title: "Hello", senderColumn: JO });
  expect(await letterQuotes(FORGED_SUBJECT)).toBe(false);
  expect((await verifyOn(FORGED)).map((w) => w.split(":")[0])).toEqual(["contactWrittenOutside"]);
});
