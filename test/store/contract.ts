import { beforeEach, describe, expect, it } from "vitest";
import type { AlertAction } from "../../src/policy/alerts/action";
import type { ContactRecord } from "../../src/policy/contact";
import type { LetterRecord } from "../../src/policy/letters/record";
import { StoreError, type CaseStore, type ContactDecision, type StoredContact } from "../../src/store/port";
import { termsOf } from "../../src/policy/in-force";
import { createSenderIndex } from "../../src/store/sender-index";
import { strategy } from "../builders/strategy";
import { exportPerson } from "../../src/app/records/subject-access";
import { getPack } from "../../src/policy/packs/index";
import { ROSTER } from "../builders/evidence";

/** Records as recorded: SharePoint's item data, read beside each (who wrote it), is the adapter's, not the record's. */
export const asRecorded = <T extends { item?: unknown }>(read: readonly T[]) => read.map(({ item: _item, ...record }) => record);

const EXPORTED = { by: "casey.worker@opcc.example.gov.uk", now: "2026-11-25T10:00:00.000Z", pack: getPack("warwickshire"), roster: ROSTER };

/**
 * The CaseStore contract. Runs against the in-memory adapter and against the SharePoint
 * adapter on the Graph emulator: both must behave the same way for a caller.
 */
export function contactRecord(overrides: Partial<ContactRecord> = {}): ContactRecord {
  return {
    internetMessageId: "<m1@example.org>",
    senderAddress: "pat.o'brien@example.org",
    receivedAt: "2026-11-20T09:00:00.000Z",
    subject: "My complaint",
    categories: ["abusive"],
    evidence: [{ category: "abusive", subType: "offensiveLanguage", quote: "f***ing useless" }],
    outcome: "confirmed",
    recordedBy: "casey.worker@opcc.example.gov.uk",
    recordedAt: "2026-11-20T10:00:00.000Z",
    staffContacted: [],
    ...overrides,
  };
}

/** A letter as recorded when drafted: by default, a warning to Pat by email. */
export function letterRecord(overrides: Partial<LetterRecord> = {}): LetterRecord {
  return {
    id: "L1",
    kind: "warning",
    address: "pat.o'brien@example.org",
    personName: "Pat O'Brien",
    subject: "A written warning about how you contact us",
    medium: "outlookReply",
    preparedBy: "casey.worker@opcc.example.gov.uk",
    preparedAt: "2026-11-20T10:00:00.000Z",
    status: "drafted",
    packId: "warwickshire",
    packVersion: "2025 (WPCC4-0060)",
    elements: ["behaviour", "how-to-change"],
    text: "Dear Pat O'Brien\n\nWe are writing to you about the way you have been contacting our office.",
    ...overrides,
  };
}

/** What a caseworker did about the alerts on `contactRecord()`'s message: by default, no action, with a reason. */
export function alertAction(overrides: Partial<AlertAction> = {}): AlertAction {
  return {
    id: "act-1",
    internetMessageId: "<m1@example.org>",
    senderAddress: "pat.o'brien@example.org",
    alertKinds: ["threat-to-staff"],
    outcome: { kind: "noActionNeeded", reason: "A line quoted from a film, read with the manager." },
    by: "casey.worker@opcc.example.gov.uk",
    at: "2026-11-25T10:05:00.000Z",
    ...overrides,
  };
}

/** A caseworker's corrected decision on `contactRecord()`: by default, the suggestions dismissed. */
export function correction(overrides: Partial<ContactDecision> = {}): ContactDecision {
  return { categories: [], evidence: [], outcome: "dismissed", recordedBy: "morgan.reid@opcc.example.gov.uk", recordedAt: "2026-11-21T09:30:00.000Z", ...overrides };
}

/** Records `record` and returns it as stored, the way a caller recording it again sees it. */
export async function recorded(store: CaseStore, record: ContactRecord = contactRecord()): Promise<StoredContact> {
  await store.recordContact(record);
  const again = await store.recordContact(record);
  if (again.created) throw new Error(`${record.internetMessageId} was stored twice`);
  return again.existing;
}

/** Retention's store calls: read what was received before `before`, then purge exactly those. */
export async function purgeBefore(store: CaseStore, before: string): Promise<number> {
  const old = await store.contactsReceived({ before });
  return (await store.purge({ contacts: old.map((c) => c.internetMessageId) })).contacts;
}

/** `as`: the same records, acted on by another person signed in (their own token, as each member of staff's is). */
export function caseStoreContract(name: string, makeStore: () => Promise<CaseStore>, as: (store: CaseStore, upn: string) => Promise<CaseStore>): void {
  describe(`CaseStore contract: ${name}`, () => {
    let store: CaseStore;
    beforeEach(async () => {
      store = await makeStore();
    });

    it("saves a new strategy, reads it back, and assigns an id when none is given", async () => {
      const saved = await store.saveStrategy(strategy({ id: "" }));
      expect(saved.value.id).not.toBe("");
      const read = await store.getStrategy(saved.value.id);
      expect(read?.value).toEqual(saved.value);
      expect(await store.getStrategy("no-such-strategy")).toBeUndefined();
    });

    it("saving the same new strategy twice (a retry) stores it once", async () => {
      await store.saveStrategy(strategy({ id: "s-retry" }));
      await store.saveStrategy(strategy({ id: "s-retry" }));
      expect((await store.listStrategies()).filter((s) => s.value.id === "s-retry")).toHaveLength(1);
    });

    it("refuses an update from someone holding a stale version (two managers at once)", async () => {
      const first = await store.saveStrategy(strategy({ id: "s-etag" }));
      const mine = await store.saveStrategy({ ...first.value, reasons: "Updated by Morgan." }, first.etag);
      expect(mine.etag).not.toBe(first.etag);
      await expect(store.saveStrategy({ ...first.value, reasons: "Updated by Dana." }, first.etag)).rejects.toMatchObject({ code: "conflict" });
      expect((await store.getStrategy("s-etag"))?.value.reasons).toBe("Updated by Morgan.");
    });

    it("history is append-only: a save that drops or rewrites a recorded event is refused, one that appends is taken", async () => {
      const proposed = { type: "propose" as const, from: "draft" as const, to: "proposed" as const, by: "casey.worker@opcc.example.gov.uk", at: "2026-11-20T10:00:00.000Z", why: "Abusive emails after a warning." };
      const approved = { type: "approve" as const, from: "proposed" as const, to: "active" as const, by: "morgan.reid@opcc.example.gov.uk", at: "2026-11-25T10:00:00.000Z", why: "Criteria met." };
      const first = await store.saveStrategy(strategy({ id: "s-history", status: "proposed", history: [proposed] }));
      for (const history of [[], [{ ...proposed, why: "Rewritten afterwards." }], [approved], [{ ...proposed, by: "dana.chief@opcc.example.gov.uk" }, approved]]) {
        const error = await store.saveStrategy({ ...first.value, history }, first.etag).catch((e: unknown) => e);
        expect(error, JSON.stringify(history)).toBeInstanceOf(StoreError);
        expect((error as StoreError).code).toBe("invalid");
        expect((error as StoreError).message).toMatch(/history is append-only/);
      }
      expect(await store.getStrategy("s-history")).toEqual(first);
      // The same events with their keys in another order are the same history.
      const reordered = Object.fromEntries(Object.entries(proposed).reverse()) as typeof proposed;
      const second = await store.saveStrategy({ ...first.value, status: "active", history: [reordered, approved] }, first.etag);
      expect(second.value.history).toHaveLength(2);
      // Saving what is stored again (no new event) is not a rewrite.
      const third = await store.saveStrategy({ ...second.value, reasons: "Clarified." }, second.etag);
      expect(third.value.history).toEqual(second.value.history);
      // A caller on a stale version that would also drop events is told someone else changed it first.
      await expect(store.saveStrategy({ ...first.value, history: [] }, first.etag)).rejects.toMatchObject({ code: "conflict" });
    });

    it("lists by status and by review date due", async () => {
      await store.saveStrategy(strategy({ id: "a", status: "active", reviewDate: "2027-01-31" }));
      await store.saveStrategy(strategy({ id: "b", status: "proposed", addresses: ["b@example.org"] }));
      await store.saveStrategy(strategy({ id: "c", status: "active", reviewDate: "2027-06-30", addresses: ["c@example.org"] }));
      expect((await store.listStrategies({ statuses: ["active"] })).map((s) => s.value.id).sort()).toEqual(["a", "c"]);
      expect((await store.listStrategies({ reviewDueBy: "2027-02-01" })).map((s) => s.value.id)).toEqual(["a"]);
    });

    it("the sender index finds a person by any of their addresses, an apostrophe included", async () => {
      await store.saveStrategy(strategy({ id: "pat", status: "active", addresses: ["pat.o'brien@example.org", "tel:+447700900123"] }));
      await store.saveStrategy(strategy({ id: "old", status: "ended", addresses: ["pat.o'brien@example.org"] }));
      const index = createSenderIndex(store);
      await index.refresh();
      // Every strategy listing the address is a candidate, the most binding (by the index's own copy) first.
      expect(index.candidates("pat.o'brien@example.org")).toEqual([
        { strategyId: "pat", status: "active", personName: "Pat O'Brien" },
        { strategyId: "old", status: "ended", personName: "Pat O'Brien" },
      ]);
      expect(index.candidates("tel:+447700900123").map((c) => c.strategyId)).toEqual(["pat"]);
      expect(index.candidates("riley.evans@example.org")).toEqual([]);
    });

    it("a removed address no longer matches after the strategy is saved again", async () => {
      const saved = await store.saveStrategy(strategy({ id: "pat", status: "active", addresses: ["old@example.org", "new@example.org"] }));
      await store.saveStrategy({ ...saved.value, addresses: ["new@example.org"] }, saved.etag);
      const index = createSenderIndex(store);
      await index.refresh();
      expect(index.candidates("old@example.org")).toEqual([]);
      expect(index.candidates("new@example.org").map((c) => c.strategyId)).toEqual(["pat"]);
    });

    it("records a contact once, however often it is recorded (idempotent on internetMessageId)", async () => {
      expect(await store.recordContact(contactRecord())).toEqual({ created: true });
      const again = await store.recordContact(contactRecord({ outcome: "dismissed" }));
      expect(again).toMatchObject({ created: false, existing: { value: contactRecord() } });
      const contacts = await store.contactsFrom("pat.o'brien@example.org", "2026-01-01T00:00:00.000Z");
      expect(contacts).toHaveLength(1);
      expect(contacts[0]?.outcome).toBe("confirmed");
    });

    it("corrects a recorded contact's decision, keeping what it replaced", async () => {
      const existing = await recorded(store);
      expect(existing.replaced).toBeUndefined();
      const corrected = await store.correctContact(existing, correction());
      expect(corrected.value).toEqual({ ...contactRecord(), ...correction() });
      expect(corrected.replaced).toEqual({
        categories: ["abusive"],
        evidence: contactRecord().evidence,
        outcome: "confirmed",
        recordedBy: "casey.worker@opcc.example.gov.uk",
        recordedAt: "2026-11-20T10:00:00.000Z",
      });
      expect(corrected.etag).not.toBe(existing.etag);
      const contacts = asRecorded(await store.contactsFrom("pat.o'brien@example.org", "2026-01-01T00:00:00.000Z"));
      expect(contacts).toEqual([corrected.value]);
      // Recording the message again now finds the corrected record, with what it replaced.
      expect(await store.recordContact(contactRecord())).toEqual({ created: false, existing: corrected });
    });

    it("keeps the caseworker's sub-types and note, and a correction without them takes them away", async () => {
      const withKinds = contactRecord({ internetMessageId: "<kinds@example.org>", subTypes: [{ category: "abusive", subType: "threat" }], note: "Said they would wait outside the office — told Sam." });
      const existing = await recorded(store, withKinds);
      expect(existing.value).toEqual(withKinds);
      const kinds = correction({ categories: ["abusive", "demands"], outcome: "corrected", subTypes: [{ category: "abusive", subType: "offensiveLanguage" }, { category: "demands", subType: "timescale" }], note: "Not a threat on reading it again." });
      const corrected = await store.correctContact(existing, kinds);
      expect(corrected.value).toMatchObject({ subTypes: kinds.subTypes, note: kinds.note });
      expect(corrected.replaced).toMatchObject({ subTypes: withKinds.subTypes, note: withKinds.note });
      const plain = await store.correctContact(corrected, correction({ recordedAt: "2026-11-22T09:30:00.000Z" }));
      expect(plain.value.subTypes).toBeUndefined();
      expect(plain.value.note).toBeUndefined();
      expect(asRecorded(await store.contactsFrom("pat.o'brien@example.org", "2026-01-01T00:00:00.000Z")).find((c) => c.internetMessageId === "<kinds@example.org>")).toEqual(plain.value);
    });

    it("keeps the day the person was told the decision on their matter, and a correction can change or remove it", async () => {
      const told = contactRecord({ internetMessageId: "<told@example.org>", matterDecidedOn: "2026-10-29" });
      const existing = await recorded(store, told);
      expect(existing.value).toEqual(told);
      const moved = await store.correctContact(existing, correction({ matterDecidedOn: "2026-10-30" }));
      expect(moved.value.matterDecidedOn).toBe("2026-10-30");
      expect(moved.replaced?.matterDecidedOn).toBe("2026-10-29");
      const removed = await store.correctContact(moved, correction({ recordedAt: "2026-11-22T09:30:00.000Z" }));
      expect(removed.value.matterDecidedOn).toBeUndefined();
      expect(asRecorded(await store.contactsFrom("pat.o'brien@example.org", "2026-01-01T00:00:00.000Z")).find((c) => c.internetMessageId === "<told@example.org>")).toEqual(removed.value);
    });

    it("a retried correction whose first write landed changes nothing and is not a conflict", async () => {
      const existing = await recorded(store);
      const first = await store.correctContact(existing, correction());
      const retried = await store.correctContact(existing, correction());
      expect(retried).toEqual(first);
      expect(asRecorded(await store.contactsFrom("pat.o'brien@example.org", "2026-01-01T00:00:00.000Z"))).toEqual([first.value]);
    });

    it("refuses a correction made on a version someone else has since corrected (412), keeping theirs", async () => {
      const seenByBoth = await recorded(store);
      const morgans = await store.correctContact(seenByBoth, correction({ categories: ["abusive", "demands"], outcome: "corrected" }));
      const error = await store.correctContact(seenByBoth, correction({ recordedBy: "dana.chief@opcc.example.gov.uk" })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe("conflict");
      expect(asRecorded(await store.contactsFrom("pat.o'brien@example.org", "2026-01-01T00:00:00.000Z"))).toEqual([morgans.value]);
      // Told, Dana corrects what is there now: that works, and replaces Morgan's decision.
      const danas = await store.correctContact(morgans, correction({ recordedBy: "dana.chief@opcc.example.gov.uk" }));
      expect(danas.replaced).toMatchObject({ categories: ["abusive", "demands"], recordedBy: "morgan.reid@opcc.example.gov.uk" });
    });

    it("correcting a record retention has deleted says it is gone", async () => {
      const existing = await recorded(store);
      await store.purge({ contacts: [existing.value.internetMessageId] });
      await expect(store.correctContact(existing, correction())).rejects.toMatchObject({ code: "notFound" });
    });

    it("returns a sender's contacts since a date, newest first", async () => {
      await store.recordContact(contactRecord({ internetMessageId: "<a>", receivedAt: "2026-10-01T09:00:00.000Z" }));
      await store.recordContact(contactRecord({ internetMessageId: "<b>", receivedAt: "2026-11-01T09:00:00.000Z" }));
      await store.recordContact(contactRecord({ internetMessageId: "<c>", receivedAt: "2026-11-10T09:00:00.000Z" }));
      await store.recordContact(contactRecord({ internetMessageId: "<d>", senderAddress: "other@example.org" }));
      const since = await store.contactsFrom("pat.o'brien@example.org", "2026-10-15T00:00:00.000Z");
      expect(since.map((c) => c.internetMessageId)).toEqual(["<c>", "<b>"]);
    });

    it("names the messages the trail's events are about an address, under any apostrophe form, from a day before the date asked (T21b-3)", async () => {
      const event = (id: string, about: string, at: string) => ({ id: `contact:${id}:recorded`, target: `contact:${id}`, action: "recorded (confirmed)", by: "casey.worker@opcc.example.gov.uk", at, detail: "Categories: abusive", about });
      await store.appendAudit(event("<p1>", "pat.o'brien@example.org", "2026-11-10T10:00:00.000Z"));
      // Written before addresses were folded: the curly apostrophe, as a row keyed then holds it.
      await store.appendAudit(event("<p2>", "pat.o\u2019brien@example.org", "2026-11-01T10:00:00.000Z"));
      await store.appendAudit(event("<p3>", "pat.o'brien@example.org", "2026-10-01T10:00:00.000Z"));
      await store.appendAudit(event("<o1>", "other@example.org", "2026-11-10T10:00:00.000Z"));
      // An event written before About existed names no one.
      const { about: _none, ...older } = event("<n1>", "pat.o'brien@example.org", "2026-11-10T10:00:00.000Z");
      await store.appendAudit({ ...older, id: "contact:<n1>:older" });
      expect((await store.contactIdsAbout!("pat.o'brien@example.org", "1970-01-01T00:00:00.000Z")).sort()).toEqual(["<p1>", "<p2>", "<p3>"]);
      // From a day before the date asked (a recorder's clock may run behind): 1 November 10:00 is in for 2 November 00:00.
      expect((await store.contactIdsAbout!("pat.o'brien@example.org", "2026-11-02T00:00:00.000Z")).sort()).toEqual(["<p1>", "<p2>"]);
      expect(await store.contactIdsAbout!("pat.o'brien@example.org", "2026-11-03T00:00:00.000Z")).toEqual(["<p1>"]);
    });

    it("keeps decisions and audit events once each, in time order", async () => {
      const decision = { id: "d1", strategyId: "pat", kind: "approve" as const, decidedBy: "morgan.reid@opcc.example.gov.uk", decidedAt: "2026-11-25T10:00:00.000Z", rationale: "Criteria met.", checklist: ["x"] };
      await store.addDecision(decision);
      await store.addDecision(decision);
      expect(await store.decisionsFor("pat")).toMatchObject([decision]);
      const e1 = { id: "e1", target: "strategy:pat", action: "propose", by: "casey.worker@opcc.example.gov.uk", at: "2026-11-20T10:00:00.000Z", detail: "Proposed." };
      const e2 = { ...e1, id: "e2", action: "approve", at: "2026-11-25T10:00:00.000Z", detail: "Approved." };
      await store.appendAudit(e2);
      await store.appendAudit(e1);
      await store.appendAudit(e1);
      expect(await store.auditFor("strategy:pat")).toMatchObject([e1, e2]);
    });

    it("appends many audit events at once, each once: a repeat of the batch, or of one event in it, adds nothing", async () => {
      const events = Array.from({ length: 23 }, (_, i) => ({ id: `strategy:pat:breach:<m${i}@example.org>`, target: "strategy:pat", action: "breach", by: "casey.worker@opcc.example.gov.uk", at: `2026-11-25T10:${String(i).padStart(2, "0")}:00.000Z`, detail: `Breach ${i}.` }));
      await store.appendAudit(events[3]!);
      await store.appendAudits(events);
      await store.appendAudits([...events.slice(20), events[0]!, events[0]!]);
      const held = await store.auditFor("strategy:pat");
      expect(held.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
      expect(held.find((e) => e.id === events[7]!.id)).toMatchObject({ detail: "Breach 7.", action: "breach" });
    });

    it("records who added a decision from the signed-in user, never from the record (a claimed author is ignored)", async () => {
      const forged = { id: "d-forged", strategyId: "pat", kind: "approve" as const, decidedBy: "morgan.reid@opcc.example.gov.uk", decidedAt: "2026-11-25T10:00:00.000Z", rationale: "x", checklist: [], author: { upn: "morgan.reid@opcc.example.gov.uk", displayName: "Morgan Reid" }, recordedAt: "2020-01-01T00:00:00.000Z" };
      await store.addDecision(forged);
      const [read] = await store.decisionsFor("pat");
      // The store acts as Casey (the dev token / the memory store's default): that is who SharePoint says wrote it.
      expect(read!.author).toMatchObject({ upn: "casey.worker@opcc.example.gov.uk", displayName: "Casey Worker" });
      expect(read!.recordedAt > "2020-01-01T00:00:00.000Z").toBe(true);
      expect(read!.decidedBy).toBe("morgan.reid@opcc.example.gov.uk"); // the claim is kept, to show, not to trust
      expect((await store.auditFor("strategy:none"))).toEqual([]);
    });

    it("reads strategies with their decisions and proposals together; an unknown id is left out", async () => {
      await store.saveStrategy(strategy({ id: "pat", status: "proposed" }));
      await store.appendAudit({ id: "p1", target: "strategy:pat", action: "propose", by: "sam.carter@opcc.example.gov.uk", at: "2026-11-20T10:00:00.000Z", detail: "Proposed." });
      await store.appendAudit({ id: "n1", target: "strategy:pat", action: "note", by: "x", at: "2026-11-21T10:00:00.000Z", detail: "Not a proposal." });
      await store.addDecision({ id: "d1", strategyId: "pat", kind: "reject", decidedBy: "x", decidedAt: "2026-11-22T10:00:00.000Z", rationale: "No.", checklist: [] });
      const read = await store.readWithEvidence(["pat", "nobody", "pat"]);
      expect(read.map((r) => r.strategy.value.id)).toEqual(["pat"]);
      const { evidence } = read[0]!;
      expect(evidence.proposals).toHaveLength(1);
      expect(evidence.proposals[0]!.author).toMatchObject({ upn: "casey.worker@opcc.example.gov.uk" }); // who added it, not who it names
      expect(evidence.decisions.map((d) => [d.id, d.kind])).toEqual([["d1", "reject"]]);
    });

    it("reads with an approval the ContactLog's records of the contacts it rests on, by id wherever they came from, and the decision steps begun on the trail, each with the decision it names and whether reconcile closed it (T10 #2, #10, T11 #1)", async () => {
      const FINGERPRINT = "sha256:0123456789abcdef0123456789abcdef";
      await store.saveStrategy(strategy({ id: "pat", status: "proposed" }));
      await store.recordContact(contactRecord({ internetMessageId: "<pat-1@example.org>" }));
      await store.recordContact(contactRecord({ internetMessageId: "<sam-1@example.org>", senderAddress: "sam.other@example.org" }));
      await store.recordContact(contactRecord({ internetMessageId: "<unrelated@example.org>" }));
      await store.appendAudit({ id: "strategy:pat:2:approve:intent:2026-11-22T10:00:00.000Z", target: "strategy:pat", action: "intent: approve", by: "morgan.reid@opcc.example.gov.uk", at: "2026-11-22T10:00:00.000Z", detail: `About to approve (decision ${FINGERPRINT}).` });
      // One reconcile closed as not done: it dates no decision (T11 #1).
      await store.appendAudit({ id: "strategy:pat:2:approve:intent:2026-11-22T10:00:00.000Z:closed", target: "strategy:pat", action: "not done: approve", by: "morgan.reid@opcc.example.gov.uk", at: "2026-11-22T11:00:00.000Z", detail: "It did not land." });
      await store.addDecision({ id: "d1", strategyId: "pat", kind: "approve", decidedBy: "x", decidedAt: "2026-11-22T10:00:00.000Z", rationale: "Met.", checklist: [], evidenceContacts: ["<pat-1@example.org>", "<sam-1@example.org>", "<never@example.org>"] });
      const [read] = await store.readWithEvidence(["pat"]);
      expect(read!.evidence.contactLog).toEqual({ records: expect.arrayContaining([expect.objectContaining(contactRecord({ internetMessageId: "<pat-1@example.org>" })), expect.objectContaining(contactRecord({ internetMessageId: "<sam-1@example.org>", senderAddress: "sam.other@example.org" }))]) });
      expect(read!.evidence.contactLog && "records" in read!.evidence.contactLog ? read!.evidence.contactLog.records : []).toHaveLength(2);
      expect(read!.evidence.decisionIntents).toEqual([{ id: "strategy:pat:2:approve:intent:2026-11-22T10:00:00.000Z", kind: "approve", decision: FINGERPRINT, closed: true, closedAt: expect.any(String), at: "2026-11-22T10:00:00.000Z", author: expect.objectContaining({ upn: "casey.worker@opcc.example.gov.uk" }), recordedAt: expect.any(String) }]);
      // A strategy no decision of which rests on contacts reads none.
      await store.saveStrategy(strategy({ id: "other", status: "proposed" }));
      const [other] = await store.readWithEvidence(["other"]);
      expect(other!.evidence.contactLog).toBeUndefined();
    });

    it("a strategy whose item is gone but has an approval comes on a stand-in from the approved snapshot, and its address stays a candidate", async () => {
      const pat = strategy({ id: "gone", status: "active", reviewDate: "2027-03-31" });
      await store.addDecision({ id: "d-gone", strategyId: "gone", kind: "approve", decidedBy: "x", decidedAt: "2026-11-22T10:00:00.000Z", rationale: "Criteria met.", checklist: [], terms: termsOf(pat, "2027-03-31") });
      const [read] = await store.readWithEvidence(["gone"]);
      expect(read!.evidence).toMatchObject({ recordMissing: true, decisions: [{ id: "d-gone" }] });
      expect(read!.strategy.value).toMatchObject({ id: "gone", status: "ended", addresses: pat.addresses, restrictions: pat.restrictions, reviewDate: "2027-03-31" });
      const index = createSenderIndex(store);
      await index.refresh();
      expect(index.candidates("pat.o'brien@example.org").map((c) => c.strategyId)).toEqual(["gone"]);
    });

    it("records what was done about a message's alerts once however often it is sent, and reads them back oldest first", async () => {
      const escalated = alertAction({ id: "act-1", outcome: { kind: "escalated", to: "Dana Chief" } });
      const reported = alertAction({ id: "act-2", at: "2026-11-25T10:20:00.000Z", outcome: { kind: "reportedToPolice", reference: "WK-2611-0042" } });
      await store.recordAlertAction(reported);
      // With its item id (SharePoint's, in order of adding), which its audit event names.
      const first = await store.recordAlertAction(escalated);
      expect(first).toEqual({ ...escalated, item: expect.any(Number) });
      // A retry a minute later is the same action: stored once, at its first time, on the same item.
      expect(await store.recordAlertAction({ ...escalated, at: "2026-11-25T10:06:00.000Z" })).toEqual(first);
      await store.recordAlertAction(alertAction({ id: "act-3", internetMessageId: "<other@example.org>" }));
      const read = await store.alertActionsFor("<m1@example.org>");
      expect(read).toEqual([expect.objectContaining(escalated), expect.objectContaining(reported)]);
      // Who recorded it is the store's (SharePoint's createdBy), not a field the client wrote.
      expect(read.map((a) => a.author?.upn?.toLowerCase())).toEqual(["casey.worker@opcc.example.gov.uk", "casey.worker@opcc.example.gov.uk"]);
      expect(read.every((a) => !a.edited && !Number.isNaN(Date.parse(a.recordedAt ?? "")))).toBe(true);
      // Another action under a key already taken is not taken for it.
      await expect(store.recordAlertAction({ ...escalated, outcome: { kind: "noActionNeeded", reason: "Nothing to do here at all." } })).rejects.toMatchObject({ code: "conflict" });
      expect(await store.alertActionsFor("<never@example.org>")).toEqual([]);
    });

    it("keeps a new matter dealt with as one, with its reference, and reads it back as recorded (T7 #16)", async () => {
      const taken = alertAction({ id: "act-new", alertKinds: ["crime", "new-matter"], outcome: { kind: "dealtWithAsNewMatter", reference: "OPCC/2026/0533" } });
      await store.recordAlertAction(taken);
      const [read] = await store.alertActionsFor(taken.internetMessageId);
      expect(read).toMatchObject({ outcome: { kind: "dealtWithAsNewMatter", reference: "OPCC/2026/0533" }, alertKinds: ["crime", "new-matter"] });
      expect(read!.malformed).toBeUndefined();
    });

    it("exports everything held about one person (subject access) and nothing about others", async () => {
      await store.saveStrategy(strategy({ id: "pat", status: "active" }));
      await store.saveStrategy(strategy({ id: "riley", person: { displayName: "Riley Evans" }, addresses: ["riley.evans@example.org"] }));
      await store.recordContact(contactRecord());
      await store.recordContact(contactRecord({ internetMessageId: "<r>", senderAddress: "riley.evans@example.org" }));
      await store.appendAudit({ id: "a1", target: "strategy:pat", action: "propose", by: "x", at: "2026-11-20T10:00:00.000Z", detail: "" });
      await store.recordAlertAction(alertAction());
      await store.recordAlertAction(alertAction({ id: "riley-act", internetMessageId: "<r>", senderAddress: "riley.evans@example.org" }));
      const sar = await exportPerson(store, "pat.o'brien@example.org", EXPORTED);
      expect(sar.alertActions.map((a) => a.id)).toEqual(["act-1"]);
      expect(sar.strategies.map((s) => s.id)).toEqual(["pat"]);
      expect(sar.contacts.map((c) => c.internetMessageId)).toEqual(["<m1@example.org>"]);
      expect(sar.audit.map((a) => a.id).filter((id) => !id.startsWith("person:"))).toEqual(["a1"]);
    });

    it("records a letter once however often it is recorded, and finds it by strategy and by address, oldest first", async () => {
      const first = letterRecord({ id: "L1", strategyId: "pat", preparedAt: "2026-11-20T10:00:00.000Z" });
      const second = letterRecord({ id: "L2", kind: "breach", strategyId: "pat", preparedAt: "2026-11-22T10:00:00.000Z" });
      expect(await store.recordLetter(second)).toEqual({ created: true, letter: second });
      expect(await store.recordLetter(first)).toEqual({ created: true, letter: first });
      // A retry with anything else in it still finds the record as first stored.
      expect(await store.recordLetter({ ...first, subject: "Changed on retry" })).toEqual({ created: false, letter: first });
      expect(await store.lettersFor({ strategyId: "pat" })).toEqual([first, second]);
      expect(await store.lettersFor({ address: "pat.o'brien@example.org" })).toEqual([first, second]);
      expect(await store.lettersFor({ strategyId: "riley" })).toEqual([]);
    });

    it("a letter to an address as the message wrote it (display name, capitals, +tag) is found by the person's normalised address, and keeps the address as written", async () => {
      const written = `"Pat O'Brien" <Pat.O'Brien+opcc@Example.org>`;
      const letter = letterRecord({ id: "W-written", address: written });
      await store.recordLetter(letter);
      expect(await store.lettersFor({ address: "pat.o'brien@example.org" })).toEqual([letter]);
      expect(await store.lettersFor({ address: written })).toEqual([letter]);
      expect(await store.lettersFor({ address: "pat.obrien@example.org" })).toEqual([]);
    });

    it("a warning to a person without a strategy is found by their address", async () => {
      const warning = letterRecord({ id: "W1", address: "sam.new@example.org", personName: "Sam New" });
      await store.recordLetter(warning);
      expect(await store.lettersFor({ address: "sam.new@example.org" })).toEqual([warning]);
      expect(warning.strategyId).toBeUndefined();
    });

    it("marks a letter sent once: a second mark keeps the first time and person; an unknown letter is notFound", async () => {
      await store.recordLetter(letterRecord({ id: "L3" }));
      const sent = await store.markLetterSent("L3", "2026-11-21T09:00:00.000Z", "casey.worker@opcc.example.gov.uk");
      expect(sent).toMatchObject({ id: "L3", status: "sent", sentAt: "2026-11-21T09:00:00.000Z", sentBy: "casey.worker@opcc.example.gov.uk" });
      expect(await (await as(store, "morgan.reid@opcc.example.gov.uk")).markLetterSent("L3", "2026-11-22T09:00:00.000Z", "morgan.reid@opcc.example.gov.uk")).toEqual(sent);
      expect((await store.lettersFor({ address: "pat.o'brien@example.org" }))[0]).toEqual(sent);
      await expect(store.markLetterSent("no-such-letter", "2026-11-22T09:00:00.000Z", "casey.worker@opcc.example.gov.uk")).rejects.toMatchObject({ code: "notFound" });
    });

    it("marking a letter sent in someone else's name is refused, saying whose sign-in it is, and nothing is written (T9 #12)", async () => {
      await store.recordLetter(letterRecord({ id: "L-forge" }));
      await expect(store.markLetterSent("L-forge", "2026-11-21T09:00:00.000Z", "morgan.reid@opcc.example.gov.uk")).rejects.toMatchObject({
        code: "forbidden",
        message: "Letter L-forge may be marked sent only in the name of the person signed in (casey.worker@opcc.example.gov.uk), not morgan.reid@opcc.example.gov.uk.",
      });
      expect((await store.lettersFor({ address: "pat.o'brien@example.org" })).find((l) => l.id === "L-forge")).toMatchObject({ status: "drafted" });
      expect(await store.auditFor("letter:L-forge")).toEqual([]);
      // Morgan, signed in as himself, can still mark it sent: the letter's own event is his.
      const morgan = await as(store, "morgan.reid@opcc.example.gov.uk");
      expect(await morgan.markLetterSent("L-forge", "2026-11-21T09:05:00.000Z", "Morgan.Reid@opcc.example.gov.uk")).toMatchObject({ status: "sent", sentBy: "Morgan.Reid@opcc.example.gov.uk" });
      expect((await store.auditFor("letter:L-forge")).map((e) => [e.id, e.by])).toEqual([
        ["letter:L-forge:sent:begun:2026-11-21T09:05:00.000Z", "Morgan.Reid@opcc.example.gov.uk"],
        ["letter:L-forge:sent", "Morgan.Reid@opcc.example.gov.uk"],
      ]);
    });

    it("marking a letter sent writes its audit event with the change, once: a retry leaves one event (T8 #6: none was written through the store)", async () => {
      await store.recordLetter(letterRecord({ id: "L-aud" }));
      await store.markLetterSent("L-aud", "2026-11-21T09:00:00.000Z", "casey.worker@opcc.example.gov.uk");
      await store.markLetterSent("L-aud", "2026-11-21T09:05:00.000Z", "casey.worker@opcc.example.gov.uk");
      const events = (await store.auditFor("letter:L-aud")).filter((e) => e.id === "letter:L-aud:sent");
      expect(events).toMatchObject([{ action: "letter sent (written warning, Outlook reply)", by: "casey.worker@opcc.example.gov.uk", at: "2026-11-21T09:00:00.000Z" }]);
    });

    it("a letter under an active strategy with a SPOC is marked sent by the SPOC only: anyone else is refused and the letter stays a draft (T8 #6)", async () => {
      const sam = { upn: "sam.carter@opcc.example.gov.uk", displayName: "Sam Carter" };
      await store.saveStrategy(strategy({ id: "s-spoc", status: "active", singlePointOfContact: sam }));
      await store.recordLetter(letterRecord({ id: "L-spoc", kind: "restriction", strategyId: "s-spoc" }));
      await expect(store.markLetterSent("L-spoc", "2026-11-21T09:00:00.000Z", "casey.worker@opcc.example.gov.uk")).rejects.toMatchObject({ code: "forbidden" });
      expect((await store.lettersFor({ strategyId: "s-spoc" }))[0]).toMatchObject({ status: "drafted" });
      expect(await (await as(store, "sam.carter@opcc.example.gov.uk")).markLetterSent("L-spoc", "2026-11-21T09:00:00.000Z", "Sam.Carter@opcc.example.gov.uk")).toMatchObject({ status: "sent", sentBy: "Sam.Carter@opcc.example.gov.uk" });
    });

    it("the subject access export holds the person's letters: to their address, and about their strategy at another address", async () => {
      await store.saveStrategy(strategy({ id: "pat", status: "active", addresses: ["pat.o'brien@example.org", "pat@example.net"] }));
      await store.recordLetter(letterRecord({ id: "L-w", kind: "warning" }));
      await store.recordLetter(letterRecord({ id: "L-s", kind: "restriction", strategyId: "pat", address: "pat@example.net", preparedAt: "2026-11-24T10:00:00.000Z" }));
      await store.recordLetter(letterRecord({ id: "L-r", address: "riley.evans@example.org", personName: "Riley Evans" }));
      await store.appendAudit({ id: "letter:L-w:drafted", target: "letter:L-w", action: "letter drafted", by: "x", at: "2026-11-20T10:00:00.000Z", detail: "" });
      await store.appendAudit({ id: "letter:L-r:drafted", target: "letter:L-r", action: "letter drafted", by: "x", at: "2026-11-20T10:00:00.000Z", detail: "" });
      const sar = await exportPerson(store, "pat.o'brien@example.org", EXPORTED);
      expect(sar.letters.map((l) => l.id)).toEqual(["L-w", "L-s"]);
      expect(sar.letters[0]!.text).toContain("Dear Pat");
      expect(sar.audit.map((a) => a.id).filter((id) => !id.startsWith("person:"))).toEqual(["letter:L-w:drafted"]);
    });

    it("reads contacts by when they were received, and purges the ones named, and only those", async () => {
      await store.recordContact(contactRecord({ internetMessageId: "<old>", receivedAt: "2024-01-01T00:00:00.000Z" }));
      await store.recordContact(contactRecord({ internetMessageId: "<new>", receivedAt: "2026-11-01T00:00:00.000Z" }));
      const old = await store.contactsReceived({ before: "2025-01-01T00:00:00.000Z" });
      expect(old.map((c) => c.internetMessageId)).toEqual(["<old>"]);
      expect((await store.contactsReceived({ from: "2025-01-01T00:00:00.000Z" })).map((c) => c.internetMessageId)).toEqual(["<new>"]);
      expect(await store.purge({ contacts: ["<old>"] })).toMatchObject({ contacts: 1 });
      expect(await store.purge({ contacts: ["<old>"] })).toMatchObject({ contacts: 0 });
      const left = await store.contactsFrom("pat.o'brien@example.org", "2000-01-01T00:00:00.000Z");
      expect(left.map((c) => c.internetMessageId)).toEqual(["<new>"]);
    });

    it("errors are StoreErrors with a code the UI can explain", async () => {
      const gone = strategy({ id: "never-saved" });
      const error = await store.saveStrategy(gone, '"stale,1"').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe("notFound");
    });
  });
}
