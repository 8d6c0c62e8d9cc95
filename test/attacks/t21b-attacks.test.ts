/**
 * T21b (/work/coord/t21/findings.md): an independent check of f0af4ee (a first recording's own event carries the record's
 * digest; a record SharePoint says someone other than its recorder created or changed last is hers only while it reads as
 * one of her digests says; an item keyed apart from its record's id is nobody's). Each probe asserts what SHOULD happen, so
 * a failing probe is a finding. Casey (any caseworker, Contribute on ContactLog, add-only on AuditTrail) writes through
 * Graph with her own token; SharePoint's createdBy / lastModifiedBy she cannot forge.
 */
import { describe, expect, it } from "vitest";
import { CASEY, MORGAN, ROBIN, SAM, DEMO_ROSTER, STAFF_DOMAIN } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { alexDemand, ALEX, DEMAND, pack } from "../emulator/alex-demand";
import { readersOn as readersOnDemo, verifyOn as verifyOnDemo } from "./readers-see";
import { readItem } from "../fakes/mailbox";
import { NOTHING_FOUND } from "../builders/evidence";
import { recordContact } from "../../src/app/record-contact";
import { exportPerson } from "../../src/app/records/subject-access";
import { recordDigest } from "../../src/policy/evidence-as-judged";
import type { CategoryId } from "../../src/policy/categories";

const demo = demoSiteEachTest();
const { recordAt, recordAs, contactItem, patches, patchesColumns, deletesAndReposts } = alexDemand(demo);
const BOB = "bob.jones@example.com";
const PAT = "pat.o'brien@example.org";
const REAL_SUBJECT = "Reply within the hour";

const verifyOn = (id: string) => verifyOnDemo(demo, id);

const readersOn = (id: string, address: string, subject: string) => readersOnDemo(demo, id, address, subject);

/** Sam records a contact from Alex received `daysAgo` days ago through the add-in (its message id `id`). */
const samRecordsOld = (id: string, daysAgo: number, categories: CategoryId[] = ["demands"]) =>
  recordContact({
    store: demo.storeOf(SAM),
    item: readItem({ internetMessageId: id, subject: "Old demand", from: { displayName: "Alex Morgan", emailAddress: ALEX }, sender: { displayName: "Alex Morgan", emailAddress: ALEX }, receivedAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString() }),
    senderAddress: ALEX,
    classification: NOTHING_FOUND,
    decision: { categories, outcome: "confirmed" },
    recordedBy: SAM.upn,
    now: new Date(),
    staffDomains: [STAFF_DOMAIN],
  });

// ---- (A) the columns readers query by: the digest covers the JSON, the queries read SenderAddress / ReceivedAt / StrategyKey ----

describe("T21b-A: Casey PATCHes only a column readers look records up by; the RecordJson (and so its digest) untouched", () => {
  it("A1 SenderAddress column -> Bob: Bob's warning letter does not quote Alex's message as Sam's decision about Bob, unflagged", async () => {
    await recordAt(SAM, ["demands"], 0);
    await patchesColumns(DEMAND, { SenderAddress: BOB });
    const seen = await readersOn(DEMAND, BOB, REAL_SUBJECT);
    expect({ letterQuotesUnflagged: seen.letterQuotesUnflagged, inHistory: seen.inHistory, inSeed: seen.inSeed }).toEqual({ letterQuotesUnflagged: false, inHistory: false, inSeed: false });
  });

  it("A1' SenderAddress column -> Bob: Bob's subject access export does not hand over Alex's record (a third party's) without a doubt entry", async () => {
    await recordAt(SAM, ["demands"], 0);
    await patchesColumns(DEMAND, { SenderAddress: BOB });
    const seen = await readersOn(DEMAND, BOB, REAL_SUBJECT);
    expect(seen.exported && !seen.accessDoubt).toBe(false);
  });

  it("A2 SenderAddress column -> Bob (hiding): Alex's warning letter still cites Sam's real decision, or says it left a record out", async () => {
    await recordAt(SAM, ["demands"], 0);
    await patchesColumns(DEMAND, { SenderAddress: BOB });
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect(seen.letterQuotes || seen.letterTells).toBe(true);
  });

  it("A2'' SenderAddress column moved: records verify says the item is filed under another sender than its record names, naming Casey", async () => {
    await recordAt(SAM, ["demands"], 0);
    await patchesColumns(DEMAND, { SenderAddress: BOB });
    expect((await verifyOn(DEMAND)).some((w) => /Casey Worker/.test(w))).toBe(true);
  });

  it("A3 ReceivedAt column backdated (hiding): Alex's warning letter still cites Sam's real decision of yesterday, or says it left it out", async () => {
    await recordAt(SAM, ["demands"], 0);
    await patchesColumns(DEMAND, { ReceivedAt: "2020-01-01T00:00:00Z" });
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect(seen.letterQuotes || seen.letterTells).toBe(true);
  });

  it("A4 ReceivedAt column brought forward: a contact of 200 days ago is not cited in a warning letter whose lookback is 90 days", async () => {
    const OLD = "<old-demand-alex@example.com>";
    await samRecordsOld(OLD, 200);
    await patchesColumns(OLD, { ReceivedAt: new Date().toISOString() });
    const seen = await readersOn(OLD, ALEX, "Old demand");
    expect(seen.letterQuotesUnflagged).toBe(false);
  });

  it("A5 StrategyKey column -> Pat O'Brien's strategy: Pat's subject access export does not hand over Alex's record as Pat's data without a doubt entry", async () => {
    await recordAt(SAM, ["demands"], 0);
    await patchesColumns(DEMAND, { StrategyKey: "demo-pat-obrien" });
    const exported = await exportPerson(demo.storeOf(MORGAN), PAT, { by: MORGAN.upn, now: new Date().toISOString(), pack, roster: DEMO_ROSTER });
    expect(exported.contacts.some((c) => c.internetMessageId === DEMAND) && !exported.contactDoubts?.[DEMAND]).toBe(false);
  });
});

// ---- (B) replaying a real digest of Sam's ----

describe("T21b-B: Casey replays a record that reads exactly as one of Sam's digests says", () => {

  it("B4 (holds?) Sam's record deleted and re-POSTed exactly as it reads (nothing changed): still Sam's decision to every reader", async () => {
    await recordAt(SAM, ["demands"], 0);
    const now = { ...(await contactItem(DEMAND, CASEY)).item.fields };
    await deletesAndReposts(DEMAND, now);
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect({ letterQuotes: seen.letterQuotes, paneShowsItAsSams: seen.paneShowsItAsSams, inSeed: seen.inSeed }).toEqual({ letterQuotes: true, paneShowsItAsSams: true, inSeed: true });
  });
});

// ---- (C) the wrapper around the record: RecordJson fields the digest does not cover ----

describe("T21b-C: Casey rewrites RecordJson outside `record` (the digest covers only the record)", () => {

  it("C2 an extra key inside `record` Casey adds (a display name readers might show): changes the digest, so the record is in doubt", async () => {
    await recordAt(SAM, ["demands"], 0);
    await patches(DEMAND, (r) => void ((r as unknown as Record<string, unknown>).senderName = "Bob Jones"));
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect({ letterQuotesUnflagged: seen.letterQuotesUnflagged, verifyNamesCasey: seen.verifyNamesCasey }).toEqual({ letterQuotesUnflagged: false, verifyNamesCasey: true });
  });

  it("C3 categories reordered (same decision, another order): in doubt, Casey named (the digest is order-sensitive; the decision is not)", async () => {
    await recordAt(SAM, ["demands", "abusive"], 0);
    await patches(DEMAND, (r) => void r.categories.reverse());
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect({ letterQuotesUnflagged: seen.letterQuotesUnflagged, verifyNamesCasey: seen.verifyNamesCasey }).toEqual({ letterQuotesUnflagged: false, verifyNamesCasey: true });
  });
});

// ---- (D) events forged in Sam's name, and SharePoint's last writer made the recorder's ----

describe("T21b-D: Casey makes the trail or SharePoint name Sam", () => {
  it("D1 Casey rewrites the subject, then adds an AuditTrail event `by: Sam` (a write-up of the first recording) with her forged record's digest: still in doubt, Casey named", async () => {
    await recordAt(SAM, ["demands"], 0);
    await patches(DEMAND, (r) => void (r.subject = "You will regret this, scum"), { Title: "You will regret this, scum" });
    const forged = (await demo.storeOf(MORGAN).contactsFrom(ALEX, "2000-01-01T00:00:00Z")).find((c) => c.internetMessageId === DEMAND)!;
    const { item: _i, ...record } = forged;
    await demo.storeOf(CASEY).appendAudit({ id: `contact:${DEMAND}:recorded:written-later:1`, target: `contact:${DEMAND}`, action: "recorded (confirmed) (written later)", by: SAM.upn, at: record.recordedAt, detail: "Categories: demands.", recordDigest: recordDigest(record) });
    await demo.storeOf(CASEY).appendAudit({ id: `contact:${DEMAND}:recorded:again`, target: `contact:${DEMAND}`, action: "recorded (confirmed)", by: SAM.upn, at: record.recordedAt, detail: "Categories: demands.", recordDigest: recordDigest(record) });
    const seen = await readersOn(DEMAND, ALEX, "You will regret this, scum");
    expect({ letterQuotesUnflagged: seen.letterQuotesUnflagged, paneShowsItAsSams: seen.paneShowsItAsSams, verifyNamesCasey: seen.verifyNamesCasey }).toEqual({ letterQuotesUnflagged: false, paneShowsItAsSams: false, verifyNamesCasey: true });
  });

  it("D2 Casey cannot PATCH Sam's own recorded event to carry her forged digest (AuditTrail add-only for staff: 403)", async () => {
    await recordAt(SAM, ["demands"], 0);
    const { caller } = await import("../emulator/client");
    const { tokenOf } = await import("../../dev/demo/people");
    const call = caller(() => demo.emulator, tokenOf(CASEY));
    const items = (await call("GET", `/sites/${demo.siteId}/lists/AuditTrail/items?$expand=fields`)).body as { value: Array<{ id: string; fields: Record<string, string> }> };
    const own = items.value.find((i) => JSON.stringify(i.fields).includes(`contact:${DEMAND}:recorded`) && !JSON.stringify(i.fields).includes("intent"))!;
    expect(own).toBeDefined();
    expect((await call("PATCH", `/sites/${demo.siteId}/lists/AuditTrail/items/${own.id}/fields`, { Title: "x" })).status).toBe(403);
  });
});

// ---- (E) genuine records must stay their recorders' (a real decision silently dropped is a failure too) ----

describe("T21b-E: genuine decisions stay counted", () => {
  const counted = { letterQuotes: true, paneShowsItAsSams: true, inSeed: true };

  it("E1 Sam records, Casey saves unchanged, Robin saves unchanged: still Sam's", async () => {
    await recordAt(SAM, ["demands"], 0);
    await patches(DEMAND, () => undefined);
    await patches(DEMAND, () => undefined, {}, ROBIN);
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect({ letterQuotes: seen.letterQuotes, paneShowsItAsSams: seen.paneShowsItAsSams, inSeed: seen.inSeed }).toEqual(counted);
  });

  it("E2 Sam records 'abusive', corrects to 'demands', Casey saves unchanged: still Sam's correction", async () => {
    await recordAt(SAM, ["abusive"], 0);
    expect((await recordAt(SAM, ["demands"], 2000)).status).toBe("corrected");
    await patches(DEMAND, () => undefined);
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect({ letterQuotes: seen.letterQuotes, paneShowsItAsSams: seen.paneShowsItAsSams, inSeed: seen.inSeed }).toEqual(counted);
  });

  it("E3 Sam records nothing, Robin corrects to 'abusive', Sam corrects back to 'demands'; Casey saves unchanged: Sam's correction counted", async () => {
    await recordAt(SAM, [], 0);
    expect((await recordAs(ROBIN, ["abusive"], DEMAND, REAL_SUBJECT, ALEX, demo.storeOf(ROBIN), new Date(Date.now() + 2000))).status).toBe("corrected");
    expect((await recordAt(SAM, ["demands"], 4000)).status).toBe("corrected");
    await patches(DEMAND, () => undefined);
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect({ letterQuotes: seen.letterQuotes, paneShowsItAsSams: seen.paneShowsItAsSams, inSeed: seen.inSeed }).toEqual(counted);
  });

  it("E4 Sam records; Casey only touches a column no reader reads (DecisionNote left equal, Title re-saved): still Sam's", async () => {
    await recordAt(SAM, ["demands"], 0);
    await patchesColumns(DEMAND, { Title: REAL_SUBJECT });
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect({ letterQuotes: seen.letterQuotes, paneShowsItAsSams: seen.paneShowsItAsSams, inSeed: seen.inSeed }).toEqual(counted);
  });

  it("E5 Sam records; Casey PATCHes the RecordJson re-serialised (keys reordered, same values): still Sam's (the digest sorts keys)", async () => {
    await recordAt(SAM, ["demands"], 0);
    await patches(DEMAND, (r, json) => {
      const sorted = Object.fromEntries(Object.entries(r).reverse());
      json.record = sorted;
    });
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect({ letterQuotes: seen.letterQuotes, paneShowsItAsSams: seen.paneShowsItAsSams, inSeed: seen.inSeed }).toEqual(counted);
  });
});
