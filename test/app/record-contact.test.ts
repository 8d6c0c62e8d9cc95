import { beforeEach, describe, expect, it } from "vitest";
import { recordContact, type CaseworkerDecision } from "../../src/app/record-contact";
import type { Classification } from "../../src/policy/classifier/types";
import { createMemoryStore } from "../../src/store/memory/store";
import { StoreError, type CaseStore } from "../../src/store/port";
import { isIntent } from "../../src/app/records/intent";
import { readItem } from "../fakes/mailbox";

const ID = "<m1@example.org>";
const TARGET = `contact:${ID}`;
const CASEY = "casey.worker@opcc.example.gov.uk";
const MORGAN = "morgan.reid@opcc.example.gov.uk";
const T0 = "2026-11-25T10:00:00.000Z";
const T1 = "2026-11-25T10:05:00.000Z";
const T2 = "2026-11-25T10:09:00.000Z";
const T3 = "2026-11-25T10:12:00.000Z";

const classification: Classification = {
  categories: ["abusive"],
  findings: [
    {
      category: "abusive",
      subType: "offensiveLanguage",
      wording: { category: "Abusive", subType: "Offensive language", policyRef: "3.1" },
      confidence: 0.9,
      rules: ["swearing-aimed"],
      evidence: [{ kind: "text", span: { field: "body", start: 0, end: 15, text: "f***ing useless" }, rule: "swearing-aimed" }],
    },
  ],
  alerts: [],
  metrics: { last7Days: 0, last30Days: 0, last90Days: 0, maxPerDay: 0, nearDuplicates: [], contactsSinceLastDecision: 0, warningsGiven: 0, distinctStaffContacted: 0 },
  fingerprint: "oph1:00",
};

const CONFIRM: CaseworkerDecision = { categories: ["abusive"], outcome: "confirmed" };
const DISMISS: CaseworkerDecision = { categories: [], outcome: "dismissed" };

let store: CaseStore;
/** The decision events on the message, without the intents written before each change (audit intent first). */
const decisionEvents = async () => (await store.auditFor(TARGET)).filter((e) => !isIntent(e));
beforeEach(() => {
  store = createMemoryStore();
});

const record = (decision: CaseworkerDecision, at: string, by = CASEY, onto: Pick<CaseStore, "recordContact" | "correctContact" | "appendAudit" | "auditFor"> = store) =>
  recordContact({ store: onto, item: readItem(), senderAddress: "pat.o'brien@example.org", classification, decision, recordedBy: by, now: new Date(at), staffDomains: ["opcc.example.gov.uk"] });

describe("recording a caseworker's decision on a message", () => {
  it("created: records the contact and its 'recorded' audit event", async () => {
    const result = await record(CONFIRM, T0);
    expect(result).toMatchObject({ status: "created", created: true, record: { categories: ["abusive"], outcome: "confirmed", recordedAt: T0 } });
    // Audit intent first: what Casey was about to do, then the event that completes it.
    expect(await store.auditFor(TARGET)).toMatchObject([
      // One intent per attempt: its id holds its time and a random part (T20-8, T20-9).
      { id: expect.stringContaining(`${TARGET}:intent:record:${T0}:`), target: TARGET, action: "intent: record", by: CASEY, at: T0 },
      { id: `${TARGET}:recorded`, target: TARGET, action: "recorded (confirmed)", by: CASEY, at: T0, detail: "Categories: abusive" },
    ]);
  });

  // Warwickshire 3.2: what "copying staff into emails sent to other public bodies" needs later, and no more.
  it("records which staff the message reached and that it was addressed to another body, not that body's address", async () => {
    const item = readItem({
      to: [{ displayName: "Council complaints", emailAddress: "complaints@council.example.gov.uk" }],
      cc: [{ displayName: "Sam Carter", emailAddress: "Sam.Carter@OPCC.example.gov.uk" }, { displayName: "Sam again", emailAddress: "sam.carter+x@opcc.example.gov.uk" }],
    });
    const result = await recordContact({ store, item, senderAddress: "pat.o'brien@example.org", classification, decision: CONFIRM, recordedBy: CASEY, now: new Date(T0), staffDomains: ["opcc.example.gov.uk"] });
    expect(result.record).toMatchObject({ staffContacted: ["sam.carter@opcc.example.gov.uk"], addressedToOthers: true });
    expect(JSON.stringify(result.record)).not.toContain("council");
    const toOffice = await recordContact({ store, item: readItem({ internetMessageId: "<m2@example.org>" }), senderAddress: "pat.o'brien@example.org", classification, decision: CONFIRM, recordedBy: CASEY, now: new Date(T1), staffDomains: ["opcc.example.gov.uk"] });
    expect(toOffice.record).toMatchObject({ staffContacted: ["enquiries@opcc.example.gov.uk"] });
    expect(toOffice.record.addressedToOthers).toBeUndefined();
  });

  it("records the sub-types the caseworker chose (only under a confirmed category, each once) and their note, trimmed; both in the audit event", async () => {
    const result = await record(
      {
        categories: ["abusive"],
        outcome: "confirmed",
        subTypes: [{ category: "abusive", subType: "threat" }, { category: "abusive", subType: "threat" }, { category: "demands", subType: "timescale" }],
        note: "  Threatened to wait outside.  ",
      },
      T0,
    );
    expect(result.record).toMatchObject({ subTypes: [{ category: "abusive", subType: "threat" }], note: "Threatened to wait outside." });
    expect((await store.auditFor(TARGET)).find((e) => e.id === `${TARGET}:recorded`)?.detail).toBe("Categories: abusive. Sub-types: abusive/threat. With a note.");
    // A blank note is no note.
    const blank = await recordContact({ store, item: readItem({ internetMessageId: "<m3@example.org>" }), senderAddress: "pat.o'brien@example.org", classification, decision: { ...CONFIRM, note: "   " }, recordedBy: CASEY, now: new Date(T1), staffDomains: [] });
    expect(blank.record.note).toBeUndefined();
  });

  it("a different sub-type or note is a correction, the same again a retry", async () => {
    await record({ ...CONFIRM, subTypes: [{ category: "abusive", subType: "threat" }] }, T0);
    expect((await record({ ...CONFIRM, subTypes: [{ category: "abusive", subType: "threat" }] }, T1)).status).toBe("unchanged");
    const other = await record({ ...CONFIRM, subTypes: [{ category: "abusive", subType: "offensiveLanguage" }] }, T2);
    expect(other).toMatchObject({ status: "corrected", previous: { subTypes: [{ category: "abusive", subType: "threat" }] } });
    expect((await record({ ...CONFIRM, subTypes: [{ category: "abusive", subType: "offensiveLanguage" }], note: "On reflection." }, T3)).status).toBe("corrected");
  });

  it("records the day the person was told the decision on their matter; a different day is a correction; a day to come, or not a date, is refused", async () => {
    const told = await record({ ...CONFIRM, matterDecidedOn: "2026-10-29" }, T0);
    expect(told.record.matterDecidedOn).toBe("2026-10-29");
    expect((await store.auditFor(TARGET)).find((e) => e.id === `${TARGET}:recorded`)?.detail).toBe("Categories: abusive. Decision on their matter given on 2026-10-29.");
    expect((await record({ ...CONFIRM, matterDecidedOn: "2026-10-29" }, T1)).status).toBe("unchanged");
    expect(await record({ ...CONFIRM, matterDecidedOn: "2026-10-28" }, T2)).toMatchObject({ status: "corrected", previous: { matterDecidedOn: "2026-10-29" } });
    const later = await record({ ...CONFIRM, matterDecidedOn: "2099-01-01" }, T3).catch((e: unknown) => e);
    expect(later).toMatchObject({ code: "invalid", message: expect.stringMatching(/dated 1 January 2099, which has not come yet.*Check the date\./) });
    const garbled = await record({ ...CONFIRM, matterDecidedOn: "29/10/2026" }, T3).catch((e: unknown) => e);
    expect(garbled).toMatchObject({ code: "invalid", message: expect.stringContaining("is not a date") });
    expect((await store.contactsFrom("pat.o'brien@example.org", "2000-01-01T00:00:00.000Z"))[0]?.matterDecidedOn).toBe("2026-10-28");
  });

  it("refuses a note over 1,000 characters with a clear error, writing nothing", async () => {
    const error = await record({ ...CONFIRM, note: "x".repeat(1001) }, T0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: "invalid", message: expect.stringContaining("at most 1000") });
    expect(await store.contactsFrom("pat.o'brien@example.org", "2000-01-01T00:00:00.000Z")).toEqual([]);
  });

  it("unchanged: the same decision again (Try again after a write that landed) writes nothing new", async () => {
    const first = await record(CONFIRM, T0);
    const again = await record({ categories: ["abusive"], outcome: "confirmed" }, T1);
    expect(again).toEqual({ status: "unchanged", created: false, record: first.record });
    expect(await decisionEvents()).toHaveLength(1);
    expect(await store.contactsFrom("pat.o'brien@example.org", "2000-01-01T00:00:00.000Z")).toEqual([first.record]);
  });

  it("corrected: a different decision replaces the record and adds its own audit event naming old → new", async () => {
    await record(CONFIRM, T0);
    const result = await record(DISMISS, T1, MORGAN);
    expect(result).toMatchObject({
      status: "corrected",
      created: false,
      record: { categories: [], evidence: [], outcome: "dismissed", recordedBy: MORGAN, recordedAt: T1 },
      previous: { categories: ["abusive"], outcome: "confirmed", recordedBy: CASEY, recordedAt: T0 },
    });
    expect(await store.contactsFrom("pat.o'brien@example.org", "2000-01-01T00:00:00.000Z")).toEqual([result.record]);
    const events = await decisionEvents();
    expect(events.map((e) => e.id)).toEqual([`${TARGET}:recorded`, `${TARGET}:corrected:${T1}`]);
    expect(events[1]).toMatchObject({
      id: `${TARGET}:corrected:${T1}`,
      target: TARGET,
      action: "corrected (confirmed → dismissed)",
      by: MORGAN,
      at: T1,
      detail: `Categories: abusive → none. Replaces the decision ${CASEY} recorded at ${T0}.`,
    });
  });

  it("retrying the same correction is idempotent; each distinct correction, even back to an earlier one, is logged", async () => {
    await record(CONFIRM, T0);
    await record(DISMISS, T1);
    expect(await record(DISMISS, T2)).toMatchObject({ status: "unchanged" });
    expect(await record(CONFIRM, T2)).toMatchObject({ status: "corrected", previous: { outcome: "dismissed" } });
    expect(await record(DISMISS, T3)).toMatchObject({ status: "corrected", previous: { outcome: "confirmed", recordedAt: T2 } });
    const events = await decisionEvents();
    expect(events.map((e) => e.id)).toEqual([`${TARGET}:recorded`, `${TARGET}:corrected:${T1}`, `${TARGET}:corrected:${T2}`, `${TARGET}:corrected:${T3}`]);
    expect(events.map((e) => e.detail.split(".")[0])).toEqual(["Categories: abusive", "Categories: abusive → none", "Categories: none → abusive", "Categories: abusive → none"]);
  });

  it("a correction that landed but lost its audit event gets it on Try again, with the correction's own time", async () => {
    await record(CONFIRM, T0);
    // The connection drops as the correction's audit event is sent; the correction itself landed.
    const dropsCorrectionEvents: typeof store = {
      ...store,
      appendAudit: (event) => (event.id.includes(":corrected:") && !isIntent(event) ? Promise.reject(new StoreError("unavailable", "Adding to AuditTrail: the connection failed.")) : store.appendAudit(event)),
    };
    await expect(record(DISMISS, T1, CASEY, dropsCorrectionEvents)).rejects.toMatchObject({ code: "unavailable" });
    expect((await decisionEvents()).map((e) => e.id)).toEqual([`${TARGET}:recorded`]);
    // Try again, a minute later: the record already says "dismissed", so nothing is corrected twice.
    expect(await record(DISMISS, T2)).toMatchObject({ status: "unchanged" });
    expect((await decisionEvents()).map((e) => e.id)).toEqual([`${TARGET}:recorded`, `${TARGET}:corrected:${T1}`]);
  });

  it("a colleague's correction between reading and writing is not overwritten: the caseworker is told", async () => {
    await record(CONFIRM, T0);
    const racing: typeof store = {
      ...store,
      async correctContact(expected, decision) {
        await store.correctContact(expected, { ...decision, categories: ["abusive", "demands"], outcome: "corrected", recordedBy: MORGAN });
        return store.correctContact(expected, decision);
      },
    };
    await expect(record(DISMISS, T1, CASEY, racing)).rejects.toMatchObject({ code: "conflict" });
    const [stored] = await store.contactsFrom("pat.o'brien@example.org", "2000-01-01T00:00:00.000Z");
    expect(stored).toMatchObject({ categories: ["abusive", "demands"], recordedBy: MORGAN });
  });
});
