import { beforeEach, describe, expect, it, vi } from "vitest";
import { proposedTermsOf } from "../../src/policy/proposed-terms";
import { recordContact } from "../../src/app/record-contact";
import { decide, propose, saveDraft } from "../../src/app/strategy/actions";
import { DecisionNotRecorded } from "../../src/app/strategy/steps";
import { inForceView } from "../../src/policy/in-force";
import { breachEvent } from "../../src/app/strategy/breaches";
import { reconcile } from "../../src/app/records/reconcile";
import { checkOnStart } from "../../src/app/records/start-check";
import { applyRetention, planRetention } from "../../src/app/records/retention";
import { exportPerson, exportPersonAs } from "../../src/app/records/subject-access";
import { verifyRecords } from "../../src/app/records/verify";
import { actOnAlerts, loadAlertActions } from "../../src/app/alert-action";
import type { AlertOutcome } from "../../src/policy/alerts/action";
import { normaliseAddress } from "../../src/policy/address";
import { termsOf } from "../../src/policy/in-force";
import { getPack } from "../../src/policy/packs/index";
import type { ContactStrategy } from "../../src/policy/strategy";
import { PROPOSAL_ACTION, StoreError, type AuditEvent, type CaseStore } from "../../src/store/port";
import { createSenderIndex } from "../../src/store/sender-index";
import { ALL_CRITERIA, APPROVAL_CHECKS, ROSTER, NOTHING_FOUND } from "../builders/evidence";
import { readItem } from "../fakes/mailbox";
import { strategy } from "../builders/strategy";
import { alertAction, contactRecord, letterRecord } from "./contract";

/**
 * Records you can trust (issue 12), as a contract both store adapters keep: the in-memory one
 * and SharePoint on the Graph emulator. Each fixture acts as several members of staff (each with
 * their own sign-in, so SharePoint's createdBy is theirs), can tamper with the audit trail as
 * someone with full control of the site could, and can make the next writes to a list fail.
 */
export interface RecordsFixture {
  /** The records, acted on by Casey Worker (a caseworker). */
  store: CaseStore;
  /** The same records, acted on by another member of staff, signed in as themselves. */
  as(upn: string): CaseStore;
  /** Someone with full control of the site changes an audit event's detail behind the product's back. */
  editAuditDetail(id: string, detail: string): Promise<void>;
  deleteAudit(id: string): Promise<void>;
  /** Every write to the AuditTrail fails (503) until `heal`. */
  failAuditWrites(): Promise<void>;
  /** Every write to Decisions fails (503) until `heal`, whoever makes it. */
  failDecisionWrites(): Promise<void>;
  /** Every write of StrategyAddresses rows fails (503) until `heal`; the strategy item itself is still saved. */
  failAddressWrites(): Promise<void>;
  /** After `after` more writes to the list succeed, every further write to it fails (503) until `heal`: a fault at one step of a use case. */
  failWritesAfter(list: "AuditTrail" | "ContactLog" | "ContactStrategies", after: number): Promise<void>;
  heal(): Promise<void>;
  /** The letter's address key is the address as written, as rows recorded before commit 52f9d2b are. */
  keyLetterAsWritten(id: string): Promise<void>;
  /** Someone deletes a strategy's StrategyAddresses rows (anyone on the site may). */
  dropAddressRows(strategyId: string): Promise<void>;
  /** Someone who may edit AlertActions (its permission step forgotten, or a site owner) rewrites an action's outcome, its columns and its JSON. */
  editAlertAction(id: string, outcome: AlertOutcome): Promise<void>;
  /** The same, deleting the action. */
  deleteAlertAction(id: string): Promise<void>;
}

export const CASEY = "casey.worker@opcc.example.gov.uk";
export const MORGAN = "morgan.reid@opcc.example.gov.uk";
export const SAM = "sam.carter@opcc.example.gov.uk";
const PAT = "pat.o'brien@example.org";
const PAT_PHONE = (() => {
  const phone = normaliseAddress("07700 900123");
  if (!phone.ok) throw new Error(phone.reason);
  return phone.address;
})();
const PACK = getPack("warwickshire");
const NOW = "2026-11-25T10:00:00.000Z";
const monthsAgo = (months: number) => new Date(Date.parse(NOW) - months * 30.5 * 86_400_000).toISOString();

const event = (overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  id: "strategy:pat:2:approve",
  target: "strategy:pat",
  action: "approve (proposed → active)",
  by: MORGAN,
  at: "2026-11-25T10:00:00.000Z",
  detail: "Criteria met.",
  ...overrides,
});

/** `s` saved by Casey, proposed by Casey (audited), approved by Morgan (a decision with its terms): in force by the trust model. */
async function approve(fixture: RecordsFixture, s: ContactStrategy): Promise<void> {
  const reviewDate = s.reviewDate ?? "2027-03-31";
  await fixture.store.saveStrategy({ ...s, reviewDate });
  await fixture.store.appendAudit({ id: `${s.id}:proposed`, target: `strategy:${s.id}`, action: PROPOSAL_ACTION, by: CASEY, at: "2026-11-20T10:00:00.000Z", detail: "Proposed.", terms: proposedTermsOf(s) });
  await fixture.as(MORGAN).addDecision({ id: `${s.id}:approve`, strategyId: s.id, kind: "approve", decidedBy: MORGAN, decidedAt: "2026-11-21T10:00:00.000Z", rationale: "Criteria met.", checklist: [...ALL_CRITERIA], ...APPROVAL_CHECKS, terms: termsOf({ ...s, reviewDate }, reviewDate) });
}

const classification = NOTHING_FOUND;

export function recordsContract(name: string, makeFixture: () => Promise<RecordsFixture>): void {
  describe(`Records you can trust: ${name}`, () => {
    let fixture: RecordsFixture;
    let store: CaseStore;
    beforeEach(async () => {
      fixture = await makeFixture();
      store = fixture.store;
    });

    describe("the audit trail", () => {
      it("reads an event's author and time from the store (SharePoint's createdBy and created), never from the event; verify flags a 'by' naming someone else", async () => {
        await store.appendAudit(event({ id: "e-casey", by: CASEY, action: "note" }));
        await store.appendAudit(event({ id: "e-claims-morgan", by: MORGAN, action: "note" }));
        const [mine, claimed] = await store.auditFor("strategy:pat").then((events) => ["e-casey", "e-claims-morgan"].map((id) => events.find((e) => e.id === id)!));
        expect(mine!.author?.upn?.toLowerCase()).toBe(CASEY);
        expect(Date.parse(mine!.recordedAt ?? "")).not.toBeNaN();
        expect(claimed!.author?.upn?.toLowerCase()).toBe(CASEY);
        const report = await verifyRecords(store);
        expect(report.breaks.filter((b) => b.kind === "notByAuthor").map((b) => "eventId" in b && b.eventId)).toEqual(["e-claims-morgan"]);
        expect(report.breaks.find((b) => b.kind === "notByAuthor")!.message).toContain(MORGAN);
      });

      it("the forged audit: a caseworker's event under the key a later decision will use, naming the manager, makes the real append a conflict — never 'done' — and verify names who really wrote it", async () => {
        const real = event();
        await fixture.as(SAM).appendAudit({ ...real, detail: "Approved without reading it." });
        const error = await fixture.as(MORGAN).appendAudit(real).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(StoreError);
        expect(error).toMatchObject({ code: "conflict" });
        // Even a forgery copying the real event word for word is not taken for it: SharePoint says Sam wrote it.
        await fixture.as(SAM).appendAudit({ ...real, id: "strategy:pat:3:continue" });
        await expect(fixture.as(MORGAN).appendAudit({ ...real, id: "strategy:pat:3:continue" })).rejects.toMatchObject({ code: "conflict" });
        const breaks = (await verifyRecords(store)).breaks.filter((b) => b.kind === "notByAuthor");
        expect(breaks.map((b) => "eventId" in b && b.eventId).sort()).toEqual(["strategy:pat:2:approve", "strategy:pat:3:continue"]);
        expect(breaks[0]!.message).toMatch(/Sam Carter|sam\.carter/i);
      });

      it("the same event again (a retry) is stored once; an existing key holding other content is a conflict", async () => {
        await store.appendAudit(event({ by: CASEY }));
        await store.appendAudit(event({ by: CASEY }));
        expect((await store.auditFor("strategy:pat")).map((e) => e.id)).toEqual(["strategy:pat:2:approve"]);
        await expect(store.appendAudit(event({ by: CASEY, detail: "Something else." }))).rejects.toMatchObject({ code: "conflict" });
        expect((await store.auditFor("strategy:pat")).map((e) => e.detail)).toEqual(["Criteria met."]);
      });

      it("a breach on a message is one fact whoever records it (the pane, the flagger): a second recorder is done, a forgery squatting its key is still a conflict", async () => {
        const breach = (by: string, what: string, internetMessageId: string) => breachEvent({ strategyId: "pat", by, at: NOW, what, internetMessageId });
        await store.appendAudit(breach(CASEY, "Wrote to Sam directly.", "<b1>"));
        await fixture.as(MORGAN).appendAudit(breach(MORGAN, "Emailed a member of staff.", "<b1>"));
        expect((await store.auditFor("strategy:pat")).map((e) => [e.id, e.by])).toEqual([["strategy:pat:breach:<b1>", CASEY]]);
        await fixture.as(SAM).appendAudit(breach(MORGAN, "A breach Morgan never recorded.", "<b2>"));
        await expect(fixture.as(MORGAN).appendAudit(breach(MORGAN, "Emailed a member of staff.", "<b2>"))).rejects.toMatchObject({ code: "conflict" });
      });

      it("each record's events are a hash chain: verify finds an event deleted from the middle and one changed afterwards; an intact trail has no break", async () => {
        for (const [i, action] of ["propose", "approve", "breach"].entries()) {
          await store.appendAudit(event({ id: `e${i}`, by: CASEY, action, at: `2026-11-2${i}T10:00:00.000Z` }));
        }
        await store.appendAudit(event({ id: "other", target: "strategy:riley", by: CASEY }));
        expect((await verifyRecords(store)).breaks).toEqual([]);
        await fixture.deleteAudit("e1");
        const afterDelete = await verifyRecords(store);
        // The broken link, and the gap its item left in SharePoint's ids (never reused): both say an event was deleted.
        expect(afterDelete.breaks).toEqual([expect.objectContaining({ kind: "linkBroken", target: "strategy:pat", eventId: "e2" }), expect.objectContaining({ kind: "itemsDeleted", list: "AuditTrail" })]);
        await fixture.editAuditDetail("other", "Quietly rewritten.");
        const afterEdit = (await verifyRecords(store)).breaks.filter((b) => b.target === "strategy:riley");
        expect(afterEdit).toEqual([expect.objectContaining({ kind: "changed", eventId: "other" })]);
      });
    });

    describe("what was done about an alert (AlertActions)", () => {
      const MESSAGE = "<threat@example.net>";
      // The times below are read as minutes after now: SharePoint records each action now, and one dated days apart is doubted (misdated).
      const base = Date.now();
      const shifted = (at: string) => new Date(base + Date.parse(at) - Date.parse("2026-11-25T10:05:00.000Z"));
      const act = (as: CaseStore, id: string, outcome: AlertOutcome, by: string, at: string) =>
        actOnAlerts({ store: as, id, internetMessageId: MESSAGE, senderAddress: PAT, alertKinds: ["threat-to-staff"], outcome, by, now: shifted(at) });
      const alertBreaks = async () => (await verifyRecords(store)).breaks.filter((b) => b.kind.startsWith("alertAction")).map((b) => [b.kind, "actionId" in b && b.actionId]);
      const escalated: AlertOutcome = { kind: "escalated", to: "Dana Chief" };
      const reported: AlertOutcome = { kind: "reportedToPolice", reference: "WK-2611-0042" };

      it("shows who SharePoint says recorded each action; one a caseworker writes in a colleague's name is shown as the caseworker's and verify reports it", async () => {
        await act(fixture.as(SAM), "a-sam", escalated, SAM, "2026-11-25T10:05:00.000Z");
        // Casey records an escalation as if Sam had made it ("no action" after an escalation is refused outright).
        await act(store, "a-forged", { kind: "escalated", to: "the duty manager, by Sam" }, SAM, "2026-11-25T10:06:00.000Z");
        const entries = await loadAlertActions(store, MESSAGE);
        expect(entries.map((e) => e.kind === "recorded" && [e.action.id, e.action.author?.upn?.toLowerCase(), e.doubts.map((d) => d.kind)])).toEqual([
          ["a-sam", SAM, []],
          ["a-forged", CASEY, ["notByAuthor"]],
        ]);
        expect(entries[1]).toMatchObject({ doubts: [{ kind: "notByAuthor", claimed: SAM }] });
        expect(await alertBreaks()).toEqual([["alertActionNotByAuthor", "a-forged"]]);
      });

      it("an action rewritten after it was recorded is shown as changed, one deleted as removed (its audit event outlives it), and verify reports both", async () => {
        await act(fixture.as(SAM), "a-1", reported, SAM, "2026-11-25T10:05:00.000Z");
        await act(fixture.as(SAM), "a-2", escalated, SAM, "2026-11-25T10:06:00.000Z");
        expect(await alertBreaks()).toEqual([]);
        expect((await loadAlertActions(store, MESSAGE)).map((e) => e.kind === "recorded" && e.doubts)).toEqual([[], []]);
        await fixture.editAlertAction("a-1", { kind: "noActionNeeded", reason: "Nothing in it, read with the manager." });
        await fixture.deleteAlertAction("a-2");
        const entries = await loadAlertActions(store, MESSAGE);
        expect(entries).toEqual([
          { kind: "recorded", action: expect.objectContaining({ id: "a-1", outcome: { kind: "noActionNeeded", reason: "Nothing in it, read with the manager." } }), doubts: [expect.objectContaining({ kind: "changed" })] },
          // The newest action deleted: its item is past the newest left, which cannot yet be told from one that never existed.
          { kind: "removed", actionId: "a-2", item: expect.any(Number), pastNewest: true, event: expect.objectContaining({ by: SAM, detail: expect.stringMatching(/^Escalated to Dana Chief \(alerts: threat-to-staff; AlertActions item \d+\)$/) }) },
        ]);
        expect(await alertBreaks()).toEqual([
          ["alertActionChanged", "a-1"],
          ["alertActionRemoved", "a-2"],
        ]);
      });

      it("deleted and written again under its key by its own author with another outcome: not its audit event's, so shown as changed", async () => {
        const sam = fixture.as(SAM);
        await act(sam, "a-1", reported, SAM, "2026-11-25T10:05:00.000Z");
        await fixture.deleteAlertAction("a-1");
        await sam.recordAlertAction({ id: "a-1", internetMessageId: MESSAGE, senderAddress: PAT, alertKinds: ["threat-to-staff"], outcome: { kind: "noActionNeeded", reason: "Nothing in it, read with the manager." }, by: SAM, at: shifted("2026-11-25T10:05:00.000Z").toISOString() });
        // …and on another item than the one its audit event names: the first was deleted, this one put in its place.
        expect((await loadAlertActions(store, MESSAGE)).map((e) => e.kind === "recorded" && e.doubts.map((d) => d.kind))).toEqual([["changed", "replaced"]]);
        expect(await alertBreaks()).toEqual([
          ["alertActionChanged", "a-1"],
          ["alertActionReplaced", "a-1"],
        ]);
      });

      it("one whose audit write failed is 'not on the audit trail' until the retry, a minute later, completes it at its first time", async () => {
        await fixture.failAuditWrites();
        await expect(act(store, "a-1", reported, CASEY, "2026-11-25T10:05:00.000Z")).rejects.toBeInstanceOf(StoreError);
        await fixture.heal();
        expect((await loadAlertActions(store, MESSAGE)).map((e) => e.kind === "recorded" && e.doubts.map((d) => d.kind))).toEqual([["notAudited"]]);
        expect(await alertBreaks()).toEqual([["alertActionNotAudited", "a-1"]]);
        expect(await act(store, "a-1", reported, CASEY, "2026-11-25T10:06:00.000Z")).toMatchObject({ ok: true, action: { at: shifted("2026-11-25T10:05:00.000Z").toISOString() } });
        expect((await loadAlertActions(store, MESSAGE)).map((e) => e.kind === "recorded" && e.doubts)).toEqual([[]]);
        expect(await alertBreaks()).toEqual([]);
      });
    });

    describe("subject access", () => {
      it("by phone (tel:) finds the person's strategy, every address on it, a message recognised by its Reply-To but recorded under its From, decisions, letters and alert actions — and lists the addresses searched, and is itself audited", async () => {
        const pat = strategy({ id: "pat", addresses: [PAT, PAT_PHONE] });
        await approve(fixture, pat);
        await store.recordContact(contactRecord({ internetMessageId: "<direct>" }));
        // Sent From a friend's account, Reply-To Pat: recognised as Pat's by the Reply-To, recorded under the From.
        await store.recordContact(contactRecord({ internetMessageId: "<reply-to>", senderAddress: "friend.of.pat@example.net", strategyId: "pat", subject: "Sent for Pat" }));
        await store.recordContact(contactRecord({ internetMessageId: "<riley>", senderAddress: "riley.evans@example.org", subject: "Someone else" }));
        await store.recordAlertAction(alertAction({ id: "act-reply-to", internetMessageId: "<reply-to>", senderAddress: "friend.of.pat@example.net" }));
        await store.recordLetter(letterRecord({ id: "L-strategy", strategyId: "pat", address: PAT }));
        await store.appendAudit({ id: "contact:<reply-to>:recorded", target: "contact:<reply-to>", action: "recorded (confirmed)", by: CASEY, at: NOW, detail: "" });

        const exported = await exportPerson(store, PAT_PHONE, { by: CASEY, now: NOW, pack: PACK, roster: ROSTER });
        expect(exported.addressesSearched.sort()).toEqual([PAT, PAT_PHONE].sort());
        expect(exported.strategies.map((s) => s.id)).toEqual(["pat"]);
        expect(exported.contacts.map((c) => c.internetMessageId).sort()).toEqual(["<direct>", "<reply-to>"]);
        expect(exported.decisions.map((d) => d.id)).toEqual(["pat:approve"]);
        expect(exported.letters.map((l) => l.id)).toEqual(["L-strategy"]);
        expect(exported.alertActions.map((a) => a.id)).toEqual(["act-reply-to"]);
        expect(exported.audit.map((e) => e.id)).toEqual(expect.arrayContaining(["pat:proposed", "contact:<reply-to>:recorded"]));
        const recordedExport = await store.auditFor(`person:${PAT_PHONE}`);
        expect(recordedExport).toHaveLength(1);
        expect(recordedExport[0]!.detail).toContain(PAT);
        expect(recordedExport[0]!.author?.upn?.toLowerCase()).toBe(CASEY);
      });
    });

    describe("who may export", () => {
      it("is the pane's and the use case's rule, not a security boundary: a caseworker's own store reads all the export reads; the export it makes is audited under SharePoint's createdBy, and one claiming another's name is flagged", async () => {
        await approve(fixture, strategy({ id: "pat", addresses: [PAT] }));
        await store.recordContact(contactRecord({ internetMessageId: "<direct>" }));
        const casey = { upn: CASEY, displayName: "Casey Worker", roles: ["caseworker"] };
        expect(await exportPersonAs(store, PACK, ROSTER, casey, PAT, NOW)).toMatchObject({ ok: false, message: expect.stringMatching(/^Only the Head of Business Services/) });
        expect(await store.auditFor(`person:${PAT}`)).toEqual([]);
        // The same reads with Casey's sign-in, naming Morgan as the exporter: nothing in the store refuses them.
        const made = await exportPerson(store, PAT, { by: MORGAN, now: NOW, pack: PACK, roster: ROSTER });
        expect(made.contacts.map((c) => c.internetMessageId)).toEqual(["<direct>"]);
        expect(made.decisions.map((d) => d.id)).toEqual(["pat:approve"]);
        expect((await store.auditFor(`person:${PAT}`)).map((e) => [e.by, e.author?.upn?.toLowerCase()])).toEqual([[MORGAN, CASEY]]);
        expect((await verifyRecords(store)).breaks.filter((b) => b.kind === "notByAuthor").map((b) => b.target)).toEqual([`person:${PAT}`]);
      });
    });

    describe("retention", () => {
      it("keeps old contacts of a strategy in force (whichever address they came from), deletes others with their audit events and alert actions, deletes a long-ended strategy with what describes it, and audits the purge", async () => {
        const endedLongAgo = "2019-01-10T10:00:00.000Z";
        // Retention goes by the decisions, not the item: the ending is an authoriser's decision, recorded (SharePoint's clock) long ago.
        vi.useFakeTimers({ toFake: ["Date"] });
        vi.setSystemTime(new Date(endedLongAgo));
        try {
          await fixture.as(MORGAN).addDecision({ id: "ended:end", strategyId: "ended", kind: "end", decidedBy: MORGAN, decidedAt: endedLongAgo, rationale: "Behaviour changed.", checklist: [] });
          // Old warnings about no strategy, recorded (SharePoint's clock, by which retention dates a letter: T10 #12) 30
          // months ago: one to Pat as a message wrote the address (kept: Pat's strategy in force lists it, normalised), one
          // to Riley (goes with Riley's old contacts).
          vi.setSystemTime(new Date(monthsAgo(30)));
          await store.recordLetter(letterRecord({ id: "W-pat-written", address: `"Pat O'Brien" <Pat.O'Brien+opcc@Example.org>`, preparedAt: monthsAgo(30) }));
          await store.recordLetter(letterRecord({ id: "W-riley", address: "riley.evans@example.org", personName: "Riley Evans", preparedAt: monthsAgo(30) }));
        } finally {
          vi.useRealTimers();
        }
        await approve(fixture, strategy({ id: "pat", addresses: [PAT] }));
        await store.saveStrategy(
          strategy({ id: "ended", person: { displayName: "Jo Ended" }, addresses: ["jo@example.org"], status: "ended", endedAt: endedLongAgo, history: [{ type: "end", from: "active", to: "ended", by: MORGAN, at: endedLongAgo, why: "Behaviour changed." }] }),
        );
        await store.appendAudit({ id: "ended:1", target: "strategy:ended", action: "end", by: CASEY, at: endedLongAgo, detail: "Ended." });
        await store.recordContact(contactRecord({ internetMessageId: "<pat-old>", receivedAt: monthsAgo(30) }));
        await store.recordContact(contactRecord({ internetMessageId: "<pat-reply-to-old>", senderAddress: "friend.of.pat@example.net", strategyId: "pat", receivedAt: monthsAgo(30) }));
        await store.recordContact(contactRecord({ internetMessageId: "<riley-old>", senderAddress: "riley.evans@example.org", receivedAt: monthsAgo(30) }));
        await store.recordContact(contactRecord({ internetMessageId: "<riley-new>", senderAddress: "riley.evans@example.org", receivedAt: monthsAgo(1) }));
        await store.appendAudit({ id: "contact:<riley-old>:recorded", target: "contact:<riley-old>", action: "recorded (confirmed)", by: CASEY, at: monthsAgo(30), detail: "Message <riley-old>." });
        await store.recordAlertAction(alertAction({ id: "act-riley", internetMessageId: "<riley-old>", senderAddress: "riley.evans@example.org" }));

        const plan = await planRetention(store, { rule: { contactMonths: 24, endedStrategyMonths: 72 }, now: NOW, pack: PACK, roster: ROSTER });
        expect(plan.letters.map((l) => l.id)).toEqual(["W-riley"]);
        expect(plan.contacts.map((c) => c.id)).toEqual(["<riley-old>"]);
        expect(plan.kept.map((k) => k.id).sort()).toEqual(["<pat-old>", "<pat-reply-to-old>"]);
        expect(plan.kept[0]!.why).toBe("its strategy is in force");
        expect(plan.strategies.map((s) => s.id)).toEqual(["ended"]);

        const done = await applyRetention(store, plan, { by: CASEY, now: NOW });
        expect(done).toMatchObject({ contacts: 1, strategies: 1, alertActions: 1, letters: 1 });
        expect((await store.lettersFor({ address: PAT })).map((l) => l.id)).toEqual(["W-pat-written"]);
        expect(await store.auditFor("contact:<riley-old>")).toEqual([]);
        expect(await store.auditFor("strategy:ended")).toEqual([]);
        expect(await store.getStrategy("ended")).toBeUndefined();
        expect(await store.alertActionsFor("<riley-old>")).toEqual([]);
        const left = (await store.contactsReceived({})).map((c) => c.internetMessageId).sort();
        expect(left).toEqual(["<pat-old>", "<pat-reply-to-old>", "<riley-new>"]);
        const audited = await store.auditFor("retention:2026-11");
        expect(audited.map((e) => e.action)).toEqual(["retention purge started", "retention purge"]);
        expect(audited[1]!.detail).toMatch(/1 contacts.*1 strategies/);
        // Repeated (a purge cut short and run again): nothing more goes, nothing fails.
        expect(await store.purge({ contacts: ["<riley-old>"], strategies: ["ended"] })).toMatchObject({ contacts: 0, strategies: 0, auditEvents: 0 });
      });
    });

    describe("letters keyed before addresses were normalised", () => {
      it("reconcile re-keys a letter row holding the address as written: the dry run lists it and writes nothing; then subject access finds it, the re-key audited once; a second run finds nothing", async () => {
        const written = `"Pat O'Brien" <Pat.O'Brien+opcc@Example.org>`;
        await store.saveStrategy(strategy({ id: "pat", addresses: [PAT] }));
        await store.recordLetter(letterRecord({ id: "W-old", address: written, subject: "A warning" }));
        await fixture.keyLetterAsWritten("W-old");
        expect(await store.lettersFor({ address: PAT })).toEqual([]);
        expect((await exportPerson(store, PAT, { by: CASEY, now: NOW, pack: PACK, roster: ROSTER })).letters).toEqual([]);
        const letterKeys = (report: { repaired: Array<{ what: string }> }) => report.repaired.filter((r) => r.what === "letterKey");

        const dry = await reconcile(store, { by: CASEY, now: NOW, dryRun: true });
        expect(letterKeys(dry)).toEqual([{ what: "letterKey", target: "letter:W-old", message: expect.stringMatching(/“A warning” \(W-old\) is keyed under “"Pat O'Brien" <Pat\.O'Brien\+opcc@Example\.org>”, not the normalised “pat\.o'brien@example\.org”: it would be re-keyed/) }]);
        expect(await store.auditFor("letter:W-old")).toEqual([]);
        expect(await store.lettersFor({ address: PAT })).toEqual([]);

        expect(letterKeys(await reconcile(store, { by: CASEY, now: NOW }))).toEqual([expect.objectContaining({ target: "letter:W-old", message: expect.stringContaining("it was re-keyed") })]);
        const found = await store.lettersFor({ address: PAT });
        expect(found.map((l) => [l.id, l.address])).toEqual([["W-old", written]]);
        expect((await exportPerson(store, PAT, { by: CASEY, now: "2026-11-25T10:05:00.000Z", pack: PACK, roster: ROSTER })).letters.map((l) => l.id)).toEqual(["W-old"]);
        expect((await store.auditFor("letter:W-old")).map((e) => [e.action, e.author?.upn?.toLowerCase()])).toEqual([["address key normalised", CASEY]]);
        expect(letterKeys(await reconcile(store, { by: CASEY, now: NOW }))).toEqual([]);
      });
    });

    describe("a typographic apostrophe in a stored address key (tester B2)", () => {
      const CURLY = "pat.o\u2019brien@example.org";

      it("finds a letter keyed under o’brien@… (as rows were before apostrophes were folded) by either form, and subject access finds it", async () => {
        await store.recordLetter(letterRecord({ id: "W-curly", address: CURLY, subject: "A warning" }));
        await fixture.keyLetterAsWritten("W-curly");
        expect((await store.lettersFor({ address: PAT })).map((l) => l.id)).toEqual(["W-curly"]);
        expect((await store.lettersFor({ address: CURLY })).map((l) => l.id)).toEqual(["W-curly"]);
        expect((await exportPerson(store, PAT, { by: CASEY, now: NOW, pack: PACK, roster: ROSTER })).letters.map((l) => l.id)).toEqual(["W-curly"]);
      });

      it("finds a contact and an alert action keyed under o’brien@… by the ASCII form, and nobody else's", async () => {
        await store.recordContact(contactRecord({ internetMessageId: "<curly@example.org>", senderAddress: CURLY }));
        await store.recordContact(contactRecord({ internetMessageId: "<other@example.org>", senderAddress: "pat.obrien@example.org" }));
        await store.recordAlertAction(alertAction({ id: "act-curly", internetMessageId: "<curly@example.org>", senderAddress: CURLY }));
        expect((await store.contactsFrom(PAT, "2000-01-01T00:00:00.000Z")).map((c) => c.internetMessageId)).toEqual(["<curly@example.org>"]);
        expect((await store.alertActionsFrom(PAT)).map((a) => a.id)).toEqual(["act-curly"]);
      });
    });

    describe("reconciliation", () => {
      // Audit intent first (src/app/records/intent.ts): recording a message is three writes — the
      // intent, the ContactLog item, its audit event. A fault at each leaves nothing reconcile cannot settle.
      const MESSAGE = "<m-503@example.org>";
      const TARGET = `contact:${MESSAGE}`;
      const recordIt = () =>
        recordContact({
          store,
          item: readItem({ internetMessageId: MESSAGE }),
          senderAddress: PAT,
          classification,
          decision: { categories: [], outcome: "dismissed" },
          recordedBy: CASEY,
          now: new Date(NOW),
          staffDomains: ["opcc.example.gov.uk"],
        }).catch((e: unknown) => e);
      const trail = async () => (await store.auditFor(TARGET)).map((e) => [e.action, e.author?.upn ?? e.by]);
      /** Records the message with a fault armed, then heals: the caseworker is told (a StoreError). */
      const recordWith = async (fault: () => Promise<void>) => {
        await fault();
        expect(await recordIt()).toBeInstanceOf(StoreError);
        await fixture.heal();
      };

      it("a fault at the intent (the first write): nothing is written, the caseworker is told, reconcile finds nothing to do", async () => {
        await recordWith(() => fixture.failWritesAfter("AuditTrail", 0));
        expect(await store.contactsReceived({})).toEqual([]);
        expect(await trail()).toEqual([]);
        expect((await reconcile(fixture.as(MORGAN), { by: MORGAN, now: NOW })).repaired).toEqual([]);
      });

      it("a fault at the contact, after its intent: the intent is the evidence; reconcile closes it as not done, once; a repeat then records it", async () => {
        await recordWith(() => fixture.failWritesAfter("ContactLog", 0));
        expect(await store.contactsReceived({})).toEqual([]);
        expect(await trail()).toEqual([["intent: record", CASEY]]);
        expect((await verifyRecords(store)).breaks).toEqual([expect.objectContaining({ kind: "unfinished", target: TARGET })]);
        const first = await reconcile(fixture.as(MORGAN), { by: MORGAN, now: NOW });
        expect(first.repaired).toEqual([{ what: "unfinishedWrite", target: TARGET, message: `${CASEY} began recording the message at ${NOW}; it did not land, and the trail now says so.` }]);
        expect(await trail()).toEqual([["intent: record", CASEY], ["not done: record", MORGAN]]);
        expect((await reconcile(fixture.as(MORGAN), { by: MORGAN, now: NOW })).repaired).toEqual([]);
        expect((await verifyRecords(store)).breaks).toEqual([]);
        // Recorded again: this attempt's own intent (one per attempt: T20-9), then the contact and its event.
        expect(await recordIt()).toMatchObject({ status: "created" });
        expect(await trail()).toEqual([["intent: record", CASEY], ["not done: record", MORGAN], ["intent: record", CASEY], ["recorded (dismissed)", CASEY]]);
        expect((await reconcile(fixture.as(MORGAN), { by: MORGAN, now: NOW })).repaired).toEqual([]);
      });

      it("the pane's check at start finds the intent of a message never stored, as the whole reconcile does, and closes it once; one of the last minutes it leaves alone", async () => {
        await recordWith(() => fixture.failWritesAfter("ContactLog", 0));
        const at = (minutes: number) => new Date(Date.parse(NOW) + minutes * 60_000);
        expect((await checkOnStart(fixture.as(MORGAN), MORGAN, at(1))).repaired).toEqual([]);
        expect((await checkOnStart(fixture.as(MORGAN), MORGAN, at(10))).repaired).toEqual([{ what: "unfinishedWrite", target: TARGET, message: expect.stringContaining(`${CASEY} began recording the message`) }]);
        expect((await checkOnStart(fixture.as(MORGAN), MORGAN, at(10))).repaired).toEqual([]);
        expect(await trail()).toEqual([["intent: record", CASEY], ["not done: record", MORGAN]]);
        expect((await verifyRecords(store)).breaks).toEqual([]);
      });

      it("a fault at the audit event, after the contact: verify reports it, reconcile repairs it once (the intent settled by the contact); verify is then clean", async () => {
        await recordWith(() => fixture.failWritesAfter("AuditTrail", 1));
        expect((await store.contactsReceived({})).map((c) => c.internetMessageId)).toEqual([MESSAGE]);
        expect(await trail()).toEqual([["intent: record", CASEY]]);
        expect((await verifyRecords(store)).breaks).toEqual([expect.objectContaining({ kind: "missing", target: TARGET })]);

        const first = await reconcile(fixture.as(MORGAN), { by: MORGAN, now: NOW });
        expect(first.repaired).toEqual([expect.objectContaining({ what: "contactDecision", target: TARGET })]);
        expect((await reconcile(fixture.as(MORGAN), { by: MORGAN, now: NOW })).repaired).toEqual([]);
        const events = (await store.auditFor(TARGET)).filter((e) => !e.action.startsWith("intent: "));
        expect(events).toHaveLength(1);
        expect(events[0]!.detail).toContain(`done by ${CASEY}`);
        expect((await verifyRecords(store)).breaks).toEqual([]);
      });

      // A step on a strategy (here, proposing it) is its intent, the saved item, its address rows, then its event.
      describe("a fault at each step of proposing a strategy", () => {
        const casey = { upn: CASEY, displayName: "Casey Worker", roles: ["caseworker"] };
        const PROPOSED_AT = "2026-11-25T11:00:00.000Z";
        const draft = async () => saveDraft(store, strategy({ id: "pat", addresses: [PAT, PAT_PHONE], reviewDate: "2027-01-31" }), undefined, casey, NOW);
        const proposeIt = async () => propose(store, PACK, (await store.getStrategy("pat"))!, casey, "Abuse after a warning.", PROPOSED_AT).catch((e: unknown) => e);
        // In order of action (the trail's own order is by time, and a closing event carries the time it was written).
        const steps = async () => (await store.auditFor("strategy:pat")).filter((e) => e.action !== "saveDraft").map((e) => [e.action, e.author?.upn ?? e.by]).sort((a, b) => a[0]!.localeCompare(b[0]!));
        /** Proposes with a fault armed, then heals: the caseworker is told (a StoreError), and the strategy is left `status`. */
        const proposeWith = async (fault: () => Promise<void>, status: ContactStrategy["status"]) => {
          await draft();
          await fault();
          expect(await proposeIt()).toBeInstanceOf(StoreError);
          await fixture.heal();
          expect((await store.getStrategy("pat"))!.value.status).toBe(status);
        };
        const settle = async () => {
          const first = await reconcile(fixture.as(MORGAN), { by: MORGAN, now: NOW });
          expect((await reconcile(fixture.as(MORGAN), { by: MORGAN, now: NOW })).repaired).toEqual([]);
          expect((await verifyRecords(store)).breaks).toEqual([]);
          return first.repaired.map((r) => r.what).sort();
        };

        it("at the intent: nothing changes, nothing to settle", async () => {
          await proposeWith(() => fixture.failWritesAfter("AuditTrail", 0), "draft");
          expect(await steps()).toEqual([]);
          expect(await settle()).toEqual([]);
        });

        it("at the save, after the intent: the intent is the evidence, closed as not done", async () => {
          await proposeWith(() => fixture.failWritesAfter("ContactStrategies", 0), "draft");
          expect(await steps()).toEqual([["intent: propose", CASEY]]);
          expect((await verifyRecords(store)).breaks.map((b) => b.kind)).toEqual(["unfinished"]);
          expect(await settle()).toEqual(["unfinishedWrite"]);
          expect(await steps()).toEqual([["intent: propose", CASEY], ["not done: propose", MORGAN]]);
        });

        it("at the address rows, after the save: the rows are written again and the step's event written", async () => {
          await proposeWith(() => fixture.failAddressWrites(), "proposed");
          expect(await settle()).toEqual(["addressRows", "strategyStep"]);
          expect((await store.addressRows()).filter((r) => r.strategyId === "pat").map((r) => r.status)).toEqual(["proposed", "proposed"]);
        });

        it("at the step's event, after the save: the event is written later, the intent settled by the saved step", async () => {
          await proposeWith(() => fixture.failWritesAfter("AuditTrail", 1), "proposed");
          expect(await steps()).toEqual([["intent: propose", CASEY]]);
          expect(await settle()).toEqual(["strategyStep"]);
          expect((await steps()).map(([action]) => action)).toEqual(["intent: propose", "propose (written later)"]);
        });
      });

      // A decision is the intent, the strategy saved with its step (the lock), the Decisions item, then the step's event.
      // The save settles the intent, so a fault at the Decisions item is found by looking for the decision itself.
      describe("a fault at the decision, after the strategy was saved with its step", () => {
        const casey = { upn: CASEY, displayName: "Casey Worker", roles: ["caseworker"] };
        const morgan = { upn: MORGAN, displayName: "Morgan Reid", roles: ["headOfBusinessServices", "caseworker"] };
        const criteria = PACK.criteria.map((c) => c.id);
        const notes = criteria.map((id) => ({ id, note: `Checked ${id} against the case file.` }));
        const approveAt = (at: string) => ({ type: "approve" as const, by: morgan, at, why: "All five criteria met.", criteriaConfirmed: criteria, reviewDate: "2027-01-31" });
        const APPROVED_AT = "2026-11-25T12:00:00.000Z";
        const approveFails = async () => {
          const draft = await saveDraft(store, strategy({ id: "pat", addresses: [PAT], reviewDate: "2027-01-31" }), undefined, casey, NOW);
          const proposed = await propose(store, PACK, draft, casey, "Abuse after a warning.", "2026-11-25T11:00:00.000Z");
          if (!proposed.ok) throw new Error(proposed.message);
          await fixture.failDecisionWrites();
          const error = await decide(fixture.as(MORGAN), PACK, proposed.strategy, approveAt(APPROVED_AT), { warningChecked: true, evidenceChecked: true, criteriaNotes: notes }).catch((e: unknown) => e);
          await fixture.heal();
          return { error, proposed: proposed.strategy };
        };
        const inForce = async () => {
          const [read] = await store.readWithEvidence(["pat"]);
          return inForceView(read!.strategy.value, read!.evidence, PACK, ROSTER).inForce;
        };

        it("the decider is told it was saved but does not count; verify finds it; a colleague's reconcile says so on the trail, once; the decider's reconcile records it in their name", async () => {
          const { error } = await approveFails();
          expect(error).toBeInstanceOf(DecisionNotRecorded);
          expect((error as Error).message).toMatch(/Your “approve” was saved on Pat O'Brien's strategy, but the decision itself was not recorded, so it does not count yet/);
          expect((await store.getStrategy("pat"))!.value.status).toBe("active");
          expect(await store.decisionsFor("pat")).toEqual([]);
          expect(await inForce()).toBe(false);
          expect((await verifyRecords(store)).breaks).toEqual([expect.objectContaining({ kind: "decisionMissing", target: "strategy:pat", message: expect.stringContaining(`${MORGAN} decided at ${APPROVED_AT} (“Approved”)`) })]);

          // Casey's reconcile cannot write Morgan's decision: the trail says it is not done and who finishes it.
          const byCasey = await reconcile(store, { by: CASEY, now: NOW });
          expect(byCasey.repaired).toEqual([expect.objectContaining({ what: "decisionMissing", target: "strategy:pat", message: expect.stringContaining(`${MORGAN} finishes it`) })]);
          expect((await reconcile(store, { by: CASEY, now: NOW })).repaired).toEqual([]);
          expect((await verifyRecords(store)).breaks).toEqual([]);
          expect(await store.decisionsFor("pat")).toEqual([]);
          const closed = (await store.auditFor("strategy:pat")).filter((e) => e.action === "not done: approve");
          expect(closed.map((e) => e.author?.upn?.toLowerCase())).toEqual([CASEY]);

          // Morgan's own reconcile records it, in Morgan's name (SharePoint's createdBy), from the saved step: in force.
          const byMorgan = await reconcile(fixture.as(MORGAN), { by: MORGAN, now: NOW });
          expect(byMorgan.repaired).toEqual([expect.objectContaining({ what: "decisionRecorded", target: "strategy:pat" })]);
          const decisions = await store.decisionsFor("pat");
          expect(decisions.map((d) => [d.kind, d.decidedAt, d.author.upn?.toLowerCase()])).toEqual([["approve", APPROVED_AT, MORGAN]]);
          expect(decisions[0]!.terms?.reviewDate).toBe("2027-01-31");
          expect(await inForce()).toBe(true);
          expect((await reconcile(fixture.as(MORGAN), { by: MORGAN, now: NOW })).repaired).toEqual([]);
          expect((await verifyRecords(store)).breaks).toEqual([]);
        });

        it("never turns a strategy item into a decision: a step claiming the decider's approval that a caseworker wrote, or a saved one changed since, is closed as not done, even by the decider's reconcile", async () => {
          // Casey writes Pat's item as approved by Morgan (any member of staff may write a strategy item).
          await store.saveStrategy(
            strategy({ id: "forged", addresses: [PAT], status: "active", reviewDate: "2027-01-31", criteriaConfirmed: criteria, history: [{ type: "approve", from: "proposed", to: "active", by: MORGAN, at: APPROVED_AT, why: "Approved." }] }),
          );
          // Morgan's real approval, saved but not recorded; then Casey changes the item's restrictions.
          await approveFails();
          const saved = (await store.getStrategy("pat"))!;
          await store.saveStrategy({ ...saved.value, restrictions: [{ kind: "readAndFile" }] }, saved.etag);

          const byMorgan = await reconcile(fixture.as(MORGAN), { by: MORGAN, now: NOW });
          expect(byMorgan.repaired.filter((r) => r.what.startsWith("decision")).map((r) => [r.what, r.target]).sort()).toEqual([
            ["decisionMissing", "strategy:forged"],
            ["decisionMissing", "strategy:pat"],
          ]);
          expect(await store.decisionsFor("forged")).toEqual([]);
          expect(await store.decisionsFor("pat")).toEqual([]);
          expect(await inForce()).toBe(false);
        });

        it("the decider doing it again from the same page (a new time, the version read before) finishes the saved one: one decision, at the saved time", async () => {
          const { proposed } = await approveFails();
          const again = await decide(fixture.as(MORGAN), PACK, proposed, approveAt("2026-11-25T12:05:00.000Z"), { warningChecked: true, evidenceChecked: true, criteriaNotes: notes });
          expect(again).toMatchObject({ ok: true, decision: { decidedAt: APPROVED_AT, criteriaNotes: notes } });
          expect((await store.decisionsFor("pat")).map((d) => d.decidedAt)).toEqual([APPROVED_AT]);
          expect((await store.getStrategy("pat"))!.value.history.map((h) => h.type)).toEqual(["propose", "approve"]);
          expect(await inForce()).toBe(true);
          // The second attempt's own intent never landed as itself: reconcile says so; nothing else is missing.
          expect((await reconcile(store, { by: CASEY, now: NOW })).repaired.map((r) => r.what)).toEqual(["unfinishedWrite"]);
          expect((await verifyRecords(store)).breaks).toEqual([]);
        });
      });

      it("a strategy saved but whose address rows failed (503 on the $batch) is not found by the banner until reconcile re-indexes it", async () => {
        const pat = strategy({ id: "pat", addresses: [PAT, PAT_PHONE] });
        await store.saveStrategy(pat);
        await fixture.failAddressWrites();
        const saved = (await store.getStrategy("pat"))!;
        await expect(store.saveStrategy({ ...saved.value, addresses: [...pat.addresses, "pat.new@example.org"] }, saved.etag)).rejects.toBeInstanceOf(StoreError);
        await fixture.heal();
        const before = createSenderIndex(store);
        await before.refresh();
        expect(before.candidates("pat.new@example.org")).toEqual([]);

        const report = await reconcile(store, { by: MORGAN, now: NOW });
        expect(report.repaired.filter((r) => r.what === "addressRows")).toEqual([expect.objectContaining({ target: "strategy:pat" })]);
        const after = createSenderIndex(store);
        await after.refresh();
        expect(after.candidates("pat.new@example.org").map((s) => s.strategyId)).toEqual(["pat"]);
        expect((await reconcile(store, { by: MORGAN, now: NOW })).repaired.filter((r) => r.what === "addressRows")).toEqual([]);
      });

      it("a strategy in force whose address rows are gone (the banner still finds it from its approval) has its rows written again", async () => {
        await approve(fixture, strategy({ id: "pat", addresses: [PAT, PAT_PHONE] }));
        await fixture.dropAddressRows("pat");
        expect((await store.addressRows()).filter((r) => r.strategyId === "pat")).toEqual([]);
        const report = await reconcile(store, { by: MORGAN, now: NOW });
        expect(report.repaired.filter((r) => r.what === "addressRows")).toEqual([expect.objectContaining({ target: "strategy:pat", message: expect.stringContaining("2 rows written") })]);
        expect((await store.addressRows()).filter((r) => r.strategyId === "pat").map((r) => r.address).sort()).toEqual([PAT, PAT_PHONE].sort());
      });
    });
  });
}
