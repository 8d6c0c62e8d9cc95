/**
 * T21: the record's digest on a first recording's own event (T20-2, T20-10; README, records). A first recording's event
 * named only its decision (categories, outcome, sub-types, a note's presence), so Casey (any caseworker) could PATCH through
 * Graph any other field of Sam's fully audited record — its subject, sender, received time, evidence, sub-types, note or
 * strategy — and every reader still counted it as Sam's decision (T20-2); and a copy of Sam's record, moved onto another
 * sender and keyed apart in the ContactLog, passed the creator test on Sam's real event for the original (T20-10). Each
 * probe asserts what a user would notice: the warning letter, the pane, subject access, records verify, a proposal's seed.
 */
import { describe, expect, it } from "vitest";
import { CASEY, MORGAN, ROBIN, SAM, STAFF_DOMAIN } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { alexDemand, forgedCopy, ALEX, DEMAND } from "../emulator/alex-demand";
import { readersSee, verifyOn as verifyOnDemo } from "./readers-see";
import { loadHistory } from "../../src/app/history";
import type { ContactRecord } from "../../src/policy/contact";
import type { CaseStore } from "../../src/store/port";

const demo = demoSiteEachTest();
const { recordAt, recordAs, contactItem } = alexDemand(demo);
/** A third party: the person a record moved onto another sender is then about. */
const BOB = "bob.jones@example.com";
const REAL_SUBJECT = "Reply within the hour";

const verifyOn = (id: string) => verifyOnDemo(demo, id);

/** Casey (or `who`) PATCHes Sam's ContactLog item of `id` through Graph: `change` edits its record (RecordJson); `columns` are set alongside. */
async function caseyPatches(id: string, change: (record: ContactRecord) => void, columns: Record<string, string> = {}, who = CASEY): Promise<void> {
  const { call, item } = await contactItem(id, who);
  const json = JSON.parse(String(item.fields.RecordJson)) as { record: ContactRecord };
  change(json.record);
  expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: JSON.stringify(json), ...columns })).status).toBe(200);
}

/**
 * What a user sees of the record `id` among `address`'s contacts: records verify's kinds on it (and whether they name
 * Casey), whether the warning letter to `address` quotes `subject` without its form naming the record, whether the pane's
 * history and the classifier's count it, what the pane on that message says, the proposal's seed, and subject access.
 */
async function readersOn(id: string, address: string, subject: string) {
  const { words, letterText, told, other, onIt, seed, exported } = await readersSee(demo, id, address);
  return {
    verify: words.map((w) => w.split(":")[0]),
    verifyNamesCasey: words.some((w) => /Casey Worker/.test(w)),
    letterQuotesUnflagged: letterText.includes(subject) && !told.includes(id),
    inHistory: other.history.contacts.some((c) => c.subject === subject) || Boolean(other.records?.contacts.some((c) => c.internetMessageId === id)),
    paneShowsItAsSams: onIt.recorded !== undefined,
    inSeed: seed.contacts.some((c) => c.internetMessageId === id),
    accessDoubt: /Casey/.test(exported.contactDoubts?.[id] ?? ""),
  };
}

const inDoubt = { verify: ["contactTouchedOutside"], verifyNamesCasey: true, letterQuotesUnflagged: false, inHistory: false, paneShowsItAsSams: false, inSeed: false, accessDoubt: true };

// ---- T20-2: a field the first recording's event did not cover, PATCHed by Casey on Sam's fully audited record ----

const fields: Array<[string, (r: ContactRecord) => void, Record<string, string>, string?]> = [
  ["subject", (r) => void (r.subject = "You will regret this, scum"), { Title: "You will regret this, scum" }, "You will regret this, scum"],
  ["receivedAt", (r) => void (r.receivedAt = new Date(Date.now() - 3 * 86_400_000).toISOString()), {}],
  ["evidence", (r) => void (r.evidence = [{ category: "demands", subType: "timescale", quote: "I know where you live" }]), {}],
  ["sub-types", (r) => void (r.subTypes = [{ category: "demands", subType: "cannotDo" }]), {}],
  ["note", (r) => void (r.note = "Threatened staff by phone as well."), { DecisionNote: "Threatened staff by phone as well." }],
  ["strategyId", (r) => void (r.strategyId = "demo-alex-morgan"), { StrategyKey: "demo-alex-morgan" }],
];

describe("T21-2 (T20-2): Sam records Alex's demand fully through the add-in; Casey PATCHes one field the event did not cover", () => {
  for (const [field, change, columns, subject] of fields) {
    it(`${field}: verify names Casey's change, and no reader counts the record as Sam's decision`, async () => {
      await recordAt(SAM, ["demands"], 0);
      await caseyPatches(DEMAND, change, columns);
      expect(await readersOn(DEMAND, ALEX, subject ?? REAL_SUBJECT)).toEqual(inDoubt);
    });
  }

  it("senderAddress (moved onto a third party): Bob's letter, history, seed and subject access do not take it as Sam's decision about Bob; verify names it", async () => {
    await recordAt(SAM, ["demands"], 0);
    await caseyPatches(DEMAND, (r) => void (r.senderAddress = BOB), { SenderAddress: BOB });
    expect(await readersOn(DEMAND, BOB, REAL_SUBJECT)).toEqual(inDoubt);
  });

  it("senderAddress of a correction (Sam records 'abusive', corrects it to 'demands'; Casey moves it onto Bob): not Sam's correction about Bob", async () => {
    await recordAt(SAM, ["abusive"], 0);
    expect((await recordAt(SAM, ["demands"], 2000)).status).toBe("corrected");
    await caseyPatches(DEMAND, (r) => void (r.senderAddress = BOB), { SenderAddress: BOB });
    expect(await readersOn(DEMAND, BOB, REAL_SUBJECT)).toEqual({ ...inDoubt, verify: ["contactChangedOutside"] });
  });
});

// ---- T20-10: a copy of Sam's record, moved onto Bob, keyed apart in the ContactLog ----

/** Casey POSTs a copy of Sam's ContactLog item of Alex's demand, moved onto Bob; `json`: the id its record carries, `column`: its InternetMessageId column. */
async function caseyCopies(json: string, column: string): Promise<void> {
  await recordAt(SAM, ["demands"], 0);
  const { call, item } = await contactItem(DEMAND, CASEY);
  const fields = forgedCopy(item.fields, ALEX, BOB, { internetMessageId: json }, { InternetMessageId: column });
  expect((await call("POST", `/sites/${demo.siteId}/lists/ContactLog/items`, { fields })).status).toBe(201);
}

const addedOutside = { ...inDoubt, verify: ["contactWrittenOutside"] };
const keyings: Array<[string, string]> = [
  ["a space before it", ` ${DEMAND}`],
  ["a space after it", `${DEMAND} `],
  ["no angle brackets", DEMAND.slice(1, -1)],
  ["a suffix", `${DEMAND}#copy`],
];

describe("T21-10 (T20-10): Casey copies Sam's record onto Bob, its ContactLog key apart from Sam's", () => {
  for (const [how, key] of keyings) {
    it(`its record carrying Sam's message id exactly, its InternetMessageId column keyed with ${how}: not Sam's decision about Bob, and verify names Casey`, async () => {
      await caseyCopies(DEMAND, key);
      expect(await readersOn(DEMAND, BOB, REAL_SUBJECT)).toEqual(addedOutside);
    });
    it(`its record and its column both carrying the id keyed with ${how}: not Sam's decision about Bob, and verify names Casey`, async () => {
      await caseyCopies(key, key);
      expect(await readersOn(key, BOB, REAL_SUBJECT)).toEqual(addedOutside);
    });
  }

  it("keyed in another case: SharePoint refuses the copy (its unique column ignores case, as the emulator's does)", async () => {
    await recordAt(SAM, ["demands"], 0);
    const { call, item } = await contactItem(DEMAND, CASEY);
    const fields = forgedCopy(item.fields, ALEX, BOB, {}, { InternetMessageId: DEMAND.toUpperCase() });
    expect((await call("POST", `/sites/${demo.siteId}/lists/ContactLog/items`, { fields })).status).toBe(500);
  });

  it("an exact copy (still Alex's), its column keyed apart: verify names it as added outside by Casey, and Sam's own record stays hers", async () => {
    await recordAt(SAM, ["demands"], 0);
    const { call, item } = await contactItem(DEMAND, CASEY);
    const fields = forgedCopy(item.fields, "\u0000", "\u0000", {}, { InternetMessageId: `${DEMAND} ` });
    expect((await call("POST", `/sites/${demo.siteId}/lists/ContactLog/items`, { fields })).status).toBe(201);
    expect((await verifyOn(DEMAND)).map((w) => w.split(":")[0])).toEqual(["contactWrittenOutside"]);
    const other = await loadHistory({ store: demo.storeOf(SAM), staffDomains: [STAFF_DOMAIN] }, { addresses: [ALEX] }, undefined, new Date(), { internetMessageId: "<next@example.com>", receivedAt: new Date().toISOString() });
    expect(other.history.contacts.filter((c) => c.subject === REAL_SUBJECT)).toHaveLength(1);
  });
});

// ---- regressions: what the add-in itself does stays its recorder's ----

describe("T21-R: records made and corrected through the add-in stay their recorders' whoever saves them unchanged", () => {
  const hers = { verify: [], verifyNamesCasey: false, letterQuotesUnflagged: true, inHistory: true, paneShowsItAsSams: true, inSeed: true, accessDoubt: false };

  it("Sam's record, untouched: every reader counts it", async () => {
    await recordAt(SAM, ["demands"], 0);
    expect(await readersOn(DEMAND, ALEX, REAL_SUBJECT)).toEqual(hers);
  });

  it("Sam's record, saved unchanged by Casey through Graph: still Sam's (her event's digest names it as it reads)", async () => {
    await recordAt(SAM, ["demands"], 0);
    await caseyPatches(DEMAND, () => undefined);
    expect(await readersOn(DEMAND, ALEX, REAL_SUBJECT)).toEqual(hers);
  });

  it("Robin's correction of Sam's record, saved unchanged by Casey: still Robin's", async () => {
    await recordAt(SAM, ["abusive"], 0);
    expect((await recordAs(ROBIN, ["demands"], DEMAND, REAL_SUBJECT, ALEX, demo.storeOf(ROBIN), new Date(Date.now() + 2000))).status).toBe("corrected");
    await caseyPatches(DEMAND, () => undefined);
    expect(await readersOn(DEMAND, ALEX, REAL_SUBJECT)).toEqual({ ...hers, paneShowsItAsSams: true });
  });
});

// ---- by design: a first recording whose event names no record (written before events carried the digest) ----

/** Sam's store as an add-in before intents and digests wrote: no `intent: record`, and her event without the record's digest. */
const olderAddIn = (real: CaseStore): CaseStore => ({
  ...real,
  appendAudit: async (e) => (e.action === "intent: record" ? undefined : real.appendAudit({ ...e, recordDigest: undefined })),
});

describe("T21-D: an older first recording (its event without the record's digest, no intent)", () => {
  it("untouched since: every reader counts it as Sam's", async () => {
    await recordAt(SAM, ["demands"], 0, olderAddIn(demo.storeOf(SAM)));
    expect((await demo.storeOf(MORGAN).auditFor(`contact:${DEMAND}`)).map((e) => [e.action, e.recordDigest])).toEqual([["recorded (confirmed)", undefined]]);
    expect(await readersOn(DEMAND, ALEX, REAL_SUBJECT)).toMatchObject({ verify: [], inHistory: true, paneShowsItAsSams: true, inSeed: true, accessDoubt: false });
  });

  it("saved unchanged by Casey: in doubt to every reader (its event cannot say it reads as recorded), verify saying why", async () => {
    await recordAt(SAM, ["demands"], 0, olderAddIn(demo.storeOf(SAM)));
    await caseyPatches(DEMAND, () => undefined);
    expect(await readersOn(DEMAND, ALEX, REAL_SUBJECT)).toEqual(inDoubt);
    expect((await verifyOn(DEMAND)).join(" ")).toMatch(/written before events named the record/);
  });

  it("its subject rewritten by Casey: in doubt to every reader", async () => {
    await recordAt(SAM, ["demands"], 0, olderAddIn(demo.storeOf(SAM)));
    await caseyPatches(DEMAND, (r) => void (r.subject = "You will regret this, scum"), { Title: "You will regret this, scum" });
    expect(await readersOn(DEMAND, ALEX, "You will regret this, scum")).toEqual(inDoubt);
  });
});

// ---- the recorder's own Graph write (open by design until T21b-6; its meaning changed with E111) ----

it("T21-S (changed by T21b-6): Sam PATCHes her own record's subject through Graph: it no longer reads as the latest decision on its trail, so no reader counts it as hers, and verify names it in doubt", async () => {
  // Before E111 SharePoint's naming her as last writer short-circuited the digest test, so this read as hers and verify said
  // nothing (by design: her write). That short-circuit also let her harmless save launder Casey's change (T21b-6, D3), and
  // SharePoint cannot tell the two apart, so a record that does not read as its latest decision event says is in doubt.
  await recordAt(SAM, ["demands"], 0);
  await caseyPatches(DEMAND, (r) => void (r.subject = "Reply within the hour or else"), { Title: "Reply within the hour or else" }, SAM);
  const seen = await readersOn(DEMAND, ALEX, "Reply within the hour or else");
  expect(seen).toMatchObject({ verify: ["contactTouchedOutside"], letterQuotesUnflagged: false, inHistory: false, paneShowsItAsSams: false, inSeed: false });
  expect((await verifyOn(DEMAND)).join(" ")).toMatch(/^contactTouchedOutside: Sam Carter .*changed .* It does not read as the latest decision on its audit trail/);
});
