import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { actorFor } from "../../src/app/actor";
import { decide, propose, proposeChange, raiseDispute, saveDraft } from "../../src/app/strategy/actions";
import { decisionFromStep, takeSteps } from "../../src/app/strategy/steps";
import { reconcile } from "../../src/app/records/reconcile";
import { breachesIn, recordBreach } from "../../src/app/strategy/breaches";
import { approvalsQueue, readStrategyDetail } from "../../src/app/strategy/read";
import { reviewsDue } from "../../src/app/strategy/reviews";
import { coversAddress, EVIDENCE_CHECKED_FROM, inForceView, recordInDoubt, termsOf } from "../../src/policy/in-force";
import type { ContactRecord } from "../../src/policy/contact";
import { verifyRecords } from "../../src/app/records/verify";
import type { Decision } from "../../src/policy/decision";
import { warwickshirePack as pack } from "../../src/policy/packs/warwickshire";
import type { Actor, EvidenceContact } from "../../src/policy/strategy";
import { createMemoryStore, type MemoryStore } from "../../src/store/memory/store";
import { StoreError, type Versioned } from "../../src/store/port";
import type { ContactStrategy } from "../../src/policy/strategy";
import { CASEY_ID, DANA_ID, MORGAN_ID, ROSTER } from "../builders/evidence";
import { strategy } from "../builders/strategy";
import { isIntent } from "../../src/app/records/intent";
import { markSent } from "../../src/app/letters";
import { describeLetter, type LetterRecord } from "../../src/policy/letters/record";

const person = (id: typeof CASEY_ID) => ({ emailAddress: id.upn!, displayName: id.displayName });
const casey = actorFor(person(CASEY_ID), ROSTER);
const morgan = actorFor(person(MORGAN_ID), ROSTER);
const dana = actorFor(person(DANA_ID), ROSTER);
const criteria = pack.criteria.map((c) => c.id);
const notes = criteria.map((id) => ({ id, note: `Checked ${id} against the case file.` }));
const T = (minute: number) => new Date(Date.UTC(2026, 10, 25, 10, minute)).toISOString();

let store: MemoryStore;
const as = (actor: Actor) => store.as(actor === casey ? CASEY_ID : actor === morgan ? MORGAN_ID : DANA_ID);
const read = async (id = "pat") => (await store.getStrategy(id))!;
const view = async (id = "pat") => {
  const [found] = await store.readWithEvidence([id]);
  return inForceView(found!.strategy.value, found!.evidence, pack, ROSTER);
};
const approve = (at = T(10), reviewDate = "2027-03-31") => ({ type: "approve" as const, by: morgan, at, why: "All five criteria met.", criteriaConfirmed: criteria, reviewDate });

async function proposed(): Promise<Versioned<ContactStrategy>> {
  const draft = await saveDraft(as(casey), strategy({ id: "pat" }), undefined, casey, T(0));
  const result = await propose(as(casey), pack, draft, casey, "Abuse continued after the warning.", T(1));
  if (!result.ok) throw new Error(result.message);
  return result.strategy;
}

beforeEach(() => {
  store = createMemoryStore(CASEY_ID);
});

describe("propose → decide: transition, save with eTag, decision, audit", () => {
  it("a caseworker proposes, the authoriser approves with the checklist: in force on the snapshot, every step audited", async () => {
    const current = await proposed();
    const result = await decide(as(morgan), pack, current, approve(), { warningChecked: true, evidenceChecked: true, criteriaNotes: notes });
    expect(result).toMatchObject({ ok: true, decision: { kind: "approve", checklist: criteria, criteriaNotes: notes, terms: { reviewDate: "2027-03-31", addresses: ["pat.o'brien@example.org"] } } });
    expect(await view()).toMatchObject({ inForce: true, decision: { author: MORGAN_ID } });
    // Each step's intent is written before it (audit intent first); the steps themselves:
    const audit = (await store.auditFor("strategy:pat")).filter((e) => !isIntent(e));
    expect(audit.map((e) => [e.action, e.author?.upn])).toEqual([
      ["saveDraft", CASEY_ID.upn],
      ["propose", CASEY_ID.upn],
      ["approve", MORGAN_ID.upn],
    ]);
  });

  it("refuses, writing nothing: a caseworker approving, the proposer approving their own, a review date past the pack's maximum, a criterion unconfirmed", async () => {
    const current = await proposed();
    const before = JSON.stringify([await read(), await store.decisionsFor("pat"), await store.auditFor("strategy:pat")]);
    expect(await decide(as(casey), pack, current, { ...approve(), by: casey })).toMatchObject({ ok: false, code: "notAuthoriser" });
    const ownProposal = { ...current, value: { ...current.value, proposedBy: morgan.upn } };
    expect(await decide(as(morgan), pack, ownProposal, approve())).toMatchObject({ ok: false, code: "ownProposal" });
    expect(await decide(as(morgan), pack, current, approve(T(10), "2028-01-31"))).toMatchObject({ ok: false, code: "reviewDateTooFar" });
    expect(await decide(as(morgan), pack, current, { ...approve(), criteriaConfirmed: criteria.slice(1) }, { warningChecked: true, evidenceChecked: true, criteriaNotes: notes })).toMatchObject({ ok: false, code: "criteriaUnconfirmed" });
    // Each criterion confirmed needs its note (Warwickshire 7: the reasons "clearly articulated").
    const oneBare = notes.map((n, i) => (i === 2 ? { ...n, note: "  " } : n));
    expect(await decide(as(morgan), pack, current, approve(), { warningChecked: true, evidenceChecked: true, criteriaNotes: oneBare })).toMatchObject({ ok: false, code: "criterionNoteMissing", message: expect.stringContaining(pack.criteria[2]!.label) });
    expect(await decide(as(morgan), pack, current, approve())).toMatchObject({ ok: false, code: "criterionNoteMissing" });
    expect(JSON.stringify([await read(), await store.decisionsFor("pat"), await store.auditFor("strategy:pat")])).toBe(before);
  });

  it("refuses \u201cok\u201d as every criterion note and as the rationale, and a criterion said back, writing nothing (T5 finding 5)", async () => {
    const current = await proposed();
    const before = JSON.stringify([await read(), await store.decisionsFor("pat"), await store.auditFor("strategy:pat")]);
    const ok = criteria.map((id) => ({ id, note: "ok" }));
    expect(await decide(as(morgan), pack, current, { ...approve(), why: "ok" }, { warningChecked: true, evidenceChecked: true, criteriaNotes: notes })).toMatchObject({ ok: false, code: "reasonMissing", message: expect.stringContaining("rationale for approving in your own words") });
    expect(await decide(as(morgan), pack, current, { ...approve(), why: "Criteria met." }, { warningChecked: true, evidenceChecked: true, criteriaNotes: notes })).toMatchObject({ ok: false, code: "reasonMissing" });
    const refused = await decide(as(morgan), pack, current, approve(), { warningChecked: true, evidenceChecked: true, criteriaNotes: ok });
    expect(refused).toMatchObject({ ok: false, code: "criterionNoteMissing", message: expect.stringContaining("\u201cok\u201d or the criterion said back is not a note") });
    const saidBack = notes.map((n, i) => (i === 0 ? { ...n, note: `Yes, ${pack.criteria[0]!.label.toLowerCase()}.` } : n));
    expect(await decide(as(morgan), pack, current, approve(), { warningChecked: true, evidenceChecked: true, criteriaNotes: saidBack })).toMatchObject({ ok: false, code: "criterionNoteMissing", message: expect.stringContaining(pack.criteria[0]!.label) });
    expect(JSON.stringify([await read(), await store.decisionsFor("pat"), await store.auditFor("strategy:pat")])).toBe(before);
    expect((await decide(as(morgan), pack, current, approve(), { warningChecked: true, evidenceChecked: true, criteriaNotes: notes })).ok).toBe(true);
  });

  it("refuses one note pasted under several criteria, naming them, writing nothing (T7 #3)", async () => {
    const current = await proposed();
    const before = JSON.stringify([await read(), await store.decisionsFor("pat"), await store.auditFor("strategy:pat")]);
    const pasted = criteria.map((id) => ({ id, note: "Reviewed the file and agree." }));
    const refused = await decide(as(morgan), pack, current, approve(), { warningChecked: true, evidenceChecked: true, criteriaNotes: pasted });
    expect(refused).toMatchObject({ ok: false, code: "criterionNoteRepeated", policyRef: expect.stringMatching(/§7$/) });
    expect(refused.ok ? "" : refused.message).toBe(`Each criterion needs its own note, saying what shows that one is met: the same note was given for ${pack.criteria.map((c) => `“${c.label}”`).join(" and ")}.`);
    // Two the same (case and full stop aside), the rest different: those two are named, no other.
    const two = notes.map((n, i) => (i === 3 ? { ...n, note: notes[1]!.note.toUpperCase().replace(/\.$/, "") } : n));
    const named = await decide(as(morgan), pack, current, approve(), { warningChecked: true, evidenceChecked: true, criteriaNotes: two });
    expect(named.ok ? "" : named.message).toMatch(/the same note was given for “[^”]+” and “[^”]+”\.$/);
    expect(named.ok ? "" : named.message).toContain(`“${pack.criteria[1]!.label}” and “${pack.criteria[3]!.label}”`);
    expect(JSON.stringify([await read(), await store.decisionsFor("pat"), await store.auditFor("strategy:pat")])).toBe(before);
  });

  it("refuses one note made to look like several — invisible characters, accents, look-alike letters, a letter added, numbering, a prefix, word order — and takes notes that differ (T8 #4)", async () => {
    const current = await proposed();
    const base = "Reviewed the file and agree with the proposal";
    const disguised: Record<string, (i: number) => string> = {
      "a zero-width space": (i) => base.slice(0, 5 + i) + "\u200b" + base.slice(5 + i),
      "a soft hyphen": (i) => base.slice(0, 3 + i) + "\u00ad" + base.slice(3 + i),
      "a combining accent": (i) => base.slice(0, 2 + i) + "\u0301" + base.slice(2 + i),
      "an accented letter": (i) => base.replace("agree", `${"àáâäã"[i]}gree`),
      "a Cyrillic look-alike": (i) => {
        let n = -1;
        return base.replace(/e/g, (e) => ((n += 1) === i ? "\u0435" : e));
      },
      "a trailing letter": (i) => base + "xyzvw"[i],
      "numbering": (i) => `Checked the whole case file ${i + 1}`,
      "a criterion prefix": (i) => `Criterion ${"ABCDE"[i]}: ${base}`,
      "a list prefix": (i) => `${i + 1}) ${base}.`,
      "word order": (i) => base.split(" ").map((_, k, w) => w[(k + i) % w.length]).join(" "),
    };
    for (const [how, note] of Object.entries(disguised)) {
      const pasted = criteria.map((id, i) => ({ id, note: note(i) }));
      expect(new Set(pasted.map((n) => n.note)).size, how).toBe(criteria.length);
      const refused = await decide(as(morgan), pack, current, approve(), { warningChecked: true, evidenceChecked: true, criteriaNotes: pasted });
      expect(refused, how).toMatchObject({ ok: false, code: "criterionNoteRepeated" });
    }
    expect(await store.decisionsFor("pat")).toEqual([]);
    // Notes that say different things about each criterion are taken, even when they share words or one letter.
    const different = [
      "Her complaint about the planning decision was answered in full on 3 October.",
      "Twelve letters and six calls over four months explained the decision plainly.",
      "She reads large print: every letter went in 16 point, as she asked.",
      "The meeting of 10 September explained the planning decision again, with notes.",
      "Only her calls are limited, to one a week; her letters are still answered.",
    ];
    const taken = await decide(as(morgan), pack, current, approve(), { warningChecked: true, evidenceChecked: true, criteriaNotes: criteria.map((id, i) => ({ id, note: different[i]! })) });
    expect(taken.ok).toBe(true);
  });

  it("a warning date the proposer typed, with no warning letter on record, must be checked by the authoriser: refused until ticked, the tick kept on the decision (T7 #3)", async () => {
    const current = await proposed();
    const refused = await decide(as(morgan), pack, current, approve(), { criteriaNotes: notes });
    expect(refused).toMatchObject({ ok: false, code: "warningUnchecked", message: "The written warning of 1 September 2026 was entered by the proposer and no warning letter sent that day (its date in the UK, as the letters on record show it) is on record. Check the case file for it and tick that you have, or send the proposal back.", policyRef: expect.stringMatching(/§6$/) });
    expect(await store.decisionsFor("pat")).toEqual([]);
    expect(await decide(as(morgan), pack, current, approve(), { criteriaNotes: notes, warningChecked: true, evidenceChecked: true })).toMatchObject({ ok: true, decision: { warningChecked: true, evidenceChecked: true } });
  });

  describe("a warning letter on record counts for the approval only if it is trustworthy as read (T8 #1, Warwickshire 6)", () => {
    // SharePoint's clock (the memory store's recordedAt) and the approval's are the same day as the typed warning.
    const TODAY = "2026-11-25";
    const samAddress = "sam.carter@opcc.example.gov.uk";
    const warned = async () => {
      const draft = await saveDraft(as(casey), strategy({ id: "pat", priorWarning: { kind: "given", on: TODAY } }), undefined, casey, T(0));
      const result = await propose(as(casey), pack, draft, casey, "Abuse continued after the warning.", T(1));
      if (!result.ok) throw new Error(result.message);
      return result.strategy;
    };
    const letter = (over: Partial<LetterRecord> = {}): LetterRecord => ({ id: "W1", kind: "warning", address: "pat.o'brien@example.org", personName: "Pat O'Brien", subject: "A written warning", medium: "outlookNew", preparedBy: casey.upn, preparedAt: T(2), status: "drafted", packId: pack.id, packVersion: pack.version, elements: ["behaviour", "how-to-change"], text: "Dear Pat O'Brien", ...over });
    const letterServices = (who: { upn: string; displayName: string }) => ({ pack, store: store.as({ upn: who.upn, displayName: who.displayName }), user: { displayName: who.displayName, emailAddress: who.upn }, now: () => new Date(T(5)) });
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date(T(5)));
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it("the proposer's own letter written as sent, backdated to the typed date: it does not count, the approval needs the tick and says why; nothing in force", async () => {
      const current = await warned();
      await as(casey).recordLetter(letter({ status: "sent", preparedAt: `${TODAY}T09:00:00.000Z`, sentAt: `${TODAY}T09:30:00.000Z`, sentBy: casey.upn }));
      const refused = await decide(as(morgan), pack, current, approve(), { criteriaNotes: notes, roster: ROSTER });
      expect(refused).toMatchObject({ ok: false, code: "warningUnchecked", message: expect.stringContaining("no warning letter sent that day (its date in the UK, as the letters on record show it) is on record that counts. The warning letter of that day on record does not count.") });
      expect(refused.ok === false && refused.message).toContain(`No audit event records ${casey.upn} marking it sent`);
      expect(refused.ok === false && refused.message).toContain("who proposed this strategy");
      expect(await view()).toMatchObject({ inForce: false });
      expect(await store.decisionsFor("pat")).toEqual([]);
    });

    it("the proposer's draft marked sent through the store with a time before it was prepared: it does not count", async () => {
      const current = await warned();
      await as(casey).recordLetter(letter());
      await as(casey).markLetterSent("W1", `${TODAY}T08:00:00.000Z`, casey.upn);
      const refused = await decide(as(morgan), pack, current, approve(), { criteriaNotes: notes, roster: ROSTER });
      expect(refused).toMatchObject({ ok: false, code: "warningUnchecked", message: expect.stringContaining("before it was prepared") });
      expect(refused.ok === false && refused.message).toContain("backdated");
      expect(await view()).toMatchObject({ inForce: false });
    });

    it("a letter marked sent by someone neither the proposal's single point of contact nor an authoriser does not count; the authoriser's own marking, audited, does: approved without the tick, resting on the letter", async () => {
      const current = await warned();
      await as(casey).recordLetter(letter());
      await markSent(letterServices({ upn: samAddress, displayName: "Sam Carter" }), { id: "W1", kind: "warning" });
      expect(await decide(as(morgan), pack, current, approve(), { criteriaNotes: notes, roster: ROSTER })).toMatchObject({ ok: false, code: "warningUnchecked", message: expect.stringContaining("neither the single point of contact this proposal names nor an authoriser") });
      await as(casey).recordLetter(letter({ id: "W2" }));
      await markSent(letterServices({ upn: morgan.upn, displayName: morgan.displayName }), { id: "W2", kind: "warning" });
      expect(await decide(as(morgan), pack, current, approve(T(6)), { criteriaNotes: notes, roster: ROSTER, evidenceChecked: true })).toMatchObject({ ok: true, decision: { warningLetter: "W2" } });
      expect(await view()).toMatchObject({ inForce: true });
    });
    it("an authoriser's audited warning sent after the proposal was made does not count: the person had no chance to change first (T9 #5, Warwickshire 6)", async () => {
      const current = await warned();
      await as(casey).recordLetter(letter());
      vi.setSystemTime(new Date(T(30)));
      await markSent({ ...letterServices({ upn: morgan.upn, displayName: morgan.displayName }), now: () => new Date(T(30)) }, { id: "W1", kind: "warning" });
      const refused = await decide(as(morgan), pack, current, approve(T(31)), { criteriaNotes: notes, roster: ROSTER });
      expect(refused).toMatchObject({ ok: false, code: "warningUnchecked", message: expect.stringContaining("after this strategy was proposed") });
      expect(await view()).toMatchObject({ inForce: false });
    });

    it("a warning marked sent at 00:30 on 15 June, UK summer time (23:30 on the 14th in UTC), is the warning of 15 June, the day the pane shows: it counts for a proposal typed 15 June, and a doubted one of that night is named in the refusal (T9 #11)", async () => {
      const night = "2026-06-14T23:30:00.000Z";
      const proposeTyped = async (id: string) => {
        vi.setSystemTime(new Date("2026-06-16T09:00:00.000Z"));
        const draft = await saveDraft(as(casey), strategy({ id, priorWarning: { kind: "given", on: "2026-06-15" } }), undefined, casey, "2026-06-16T09:00:00.000Z");
        const result = await propose(as(casey), pack, draft, casey, "Abuse continued after the warning.", "2026-06-16T09:01:00.000Z");
        if (!result.ok) throw new Error(result.message);
        return result.strategy;
      };
      const marked = async (id: string, by: Actor) => {
        vi.setSystemTime(new Date(night));
        await as(casey).recordLetter(letter({ id, preparedAt: "2026-06-14T20:00:00.000Z" }));
        const sent = await markSent({ ...letterServices({ upn: by.upn, displayName: by.displayName }), now: () => new Date(night) }, { id, kind: "warning" });
        expect(describeLetter(sent)).toMatch(/sent by .* on 15 June 2026 at 00:30$/);
      };
      await marked("W1", morgan);
      const current = await proposeTyped("pat");
      expect(await decide(as(morgan), pack, current, approve("2026-06-16T10:00:00.000Z"), { criteriaNotes: notes, evidenceChecked: true, roster: ROSTER })).toMatchObject({ ok: true, decision: { warningLetter: "W1" } });

      store = createMemoryStore(CASEY_ID);
      await marked("W2", casey);
      const refused = await decide(as(morgan), pack, await proposeTyped("pat"), approve("2026-06-16T10:00:00.000Z"), { criteriaNotes: notes, evidenceChecked: true, roster: ROSTER });
      expect(refused).toMatchObject({ ok: false, code: "warningUnchecked", message: expect.stringContaining("no warning letter sent that day (its date in the UK, as the letters on record show it) is on record that counts. The warning letter of that day on record does not count.") });
      expect(refused.ok === false && refused.message).toContain(`It was marked sent by ${casey.upn}, who proposed this strategy`);
    });

    it("a real, audited warning to someone else, filed under this person's address (the Letters list's Address column re-keyed, T9 #2): it does not count", async () => {
      const current = await warned();
      const other = "someone.else@example.org";
      await as(casey).recordLetter(letter({ address: other, personName: "Someone Else" }));
      await markSent(letterServices({ upn: morgan.upn, displayName: morgan.displayName }), { id: "W1", kind: "warning" });
      const morganStore = as(morgan);
      const rekeyed = Object.assign(Object.create(Object.getPrototypeOf(morganStore)), morganStore, { lettersFor: async () => morganStore.lettersFor!({ address: other }) });
      const refused = await decide(rekeyed, pack, current, approve(), { criteriaNotes: notes, roster: ROSTER });
      expect(refused).toMatchObject({ ok: false, code: "warningUnchecked", message: expect.stringContaining("It is a letter to someone.else@example.org, not to Pat O'Brien") });
      expect(await view()).toMatchObject({ inForce: false });
    });
  });

  describe("an approval written straight to the Decisions list is judged by decide()'s checks where it is read (T8 #3)", () => {
    const direct = async (extra: Partial<Decision>) => {
      const current = await proposed();
      await as(morgan).addDecision({ id: "pat:approve:direct", strategyId: "pat", kind: "approve", decidedBy: morgan.upn, decidedAt: T(10), rationale: "Criteria met on the evidence in the file.", checklist: criteria, terms: termsOf(current.value, "2027-03-31"), ...extra });
    };
    const refusedIn = async () => (await verifyRecords(store, { pack, roster: ROSTER })).breaks.filter((b) => b.kind === "decisionRefused").map((b) => ("reason" in b ? `${b.reason}: ${b.message}` : ""));

    it("one note pasted under all five criteria, no warning tick (T8's `notes`): not in force, and records verify reports it", async () => {
      await direct({ criteriaNotes: criteria.map((id) => ({ id, note: "reviewed the file and agree" })) });
      expect(await view()).toMatchObject({ inForce: false, refused: [{ reason: "criteriaNotNoted", message: expect.stringContaining("the same note was given for") }] });
      expect(await refusedIn()).toEqual([expect.stringMatching(/^criteriaNotNoted: “Approved” does not count: Morgan Reid \(morgan.reid@opcc.example.gov.uk\)'s approval was recorded without a note of its own under each criterion.*the same note was given for “The matter raised/)]);
    });

    it("a note of its own under each criterion but the typed warning neither ticked nor resting on a letter: not in force, reported; with the tick it counts", async () => {
      await direct({ criteriaNotes: notes });
      expect(await view()).toMatchObject({ inForce: false, refused: [{ reason: "warningUnchecked", message: expect.stringContaining("written warning of 2026-09-01 unchecked") }] });
      expect(await refusedIn()).toEqual([expect.stringMatching(/^warningUnchecked: .*no tick that the case file shows it and no warning letter it rests on, so it does not count/)]);
      await as(morgan).addDecision({ id: "pat:approve:ticked", strategyId: "pat", kind: "approve", decidedBy: morgan.upn, decidedAt: T(11), rationale: "Criteria met on the evidence in the file.", checklist: criteria, criteriaNotes: notes, warningChecked: true, evidenceChecked: true, terms: termsOf((await read()).value, "2027-03-31") });
      expect(await view()).toMatchObject({ inForce: true, decision: { id: "pat:approve:ticked" } });
      expect(await refusedIn()).toHaveLength(1);
    });
  });

  it("a direct approval without the tick, refused for its unchecked warning, stays refused when a caseworker rewrites the item's warning as the exception or as none (T9 #3)", async () => {
    const current = await proposed();
    await as(morgan).addDecision({ id: "pat:approve:direct", strategyId: "pat", kind: "approve", decidedBy: morgan.upn, decidedAt: T(10), rationale: "Criteria met on the evidence in the file.", checklist: criteria, criteriaNotes: notes, terms: termsOf(current.value, "2027-03-31") });
    expect(await view()).toMatchObject({ inForce: false, refused: [{ reason: "warningUnchecked" }] });
    for (const priorWarning of [{ kind: "exception" as const, reason: "threatsOrViolence" as const, note: "He threatened staff." }, { kind: "none" as const }]) {
      const item = await read();
      await as(casey).saveStrategy({ ...item.value, priorWarning }, item.etag);
      expect((await read()).value.priorWarning).toEqual(priorWarning);
      expect(await view()).toMatchObject({ inForce: false, refused: [{ reason: "warningUnchecked", message: expect.stringContaining("recorded without the written warning it judged") }] });
    }
  });

  it("an approval through the add-in records the warning it judged, so an edit of the item's warning afterwards does not undo it (T9 #3)", async () => {
    const current = await proposed();
    const approved = await decide(as(morgan), pack, current, approve(), { warningChecked: true, evidenceChecked: true, criteriaNotes: notes });
    expect(approved).toMatchObject({ ok: true, decision: { priorWarning: current.value.priorWarning } });
    const item = await read();
    await as(casey).saveStrategy({ ...item.value, priorWarning: { kind: "none" } }, item.etag);
    expect(await view()).toMatchObject({ inForce: true });
  });

  describe("an approval with no recorded contact showing the behaviour it restricts needs the authoriser's check of the case file (T7 #3, Warwickshire 7)", () => {
    const abusive: EvidenceContact = { internetMessageId: "<abuse-1@example.org>", receivedAt: "2026-11-20T09:00:00.000Z", subject: "You are useless", categories: ["abusive"] };
    const neutral: EvidenceContact = { internetMessageId: "<hello@example.org>", receivedAt: "2026-11-24T09:00:00.000Z", subject: "Hello", categories: [] };
    const proposedWith = async (evidence: EvidenceContact[]) => {
      const draft = await saveDraft(as(casey), strategy({ id: "pat", evidence }), undefined, casey, T(0));
      const result = await propose(as(casey), pack, draft, casey, "Abuse continued after the warning.", T(1));
      if (!result.ok) throw new Error(result.message);
      return result.strategy;
    };
    const checked = { criteriaNotes: notes, warningChecked: true as const };
    const PAT = "pat.o'brien@example.org";
    // The contact as the ContactLog records it (what the caseworker confirmed), from whom, with what.
    const logged = (contact: EvidenceContact, over: Partial<ContactRecord> = {}): ContactRecord => ({
      internetMessageId: contact.internetMessageId,
      senderAddress: PAT,
      receivedAt: contact.receivedAt,
      subject: contact.subject,
      categories: contact.categories,
      evidence: [],
      outcome: "confirmed",
      recordedBy: casey.upn,
      recordedAt: contact.receivedAt,
      staffContacted: [],
      ...over,
    });
    const record = (contact: EvidenceContact, over: Partial<ContactRecord> = {}) => as(casey).recordContact(logged(contact, over));
    const refusedIn = async () => (await verifyRecords(store, { pack, roster: ROSTER })).breaks.filter((b) => b.kind === "decisionRefused").map((b) => ("reason" in b ? `${b.reason}: ${b.message}` : ""));
    const direct = (id: string, extra: Partial<Decision> = {}) =>
      read().then((item) => as(morgan).addDecision({ id, strategyId: "pat", kind: "approve", decidedBy: morgan.upn, decidedAt: T(10), rationale: "Criteria met on the evidence in the file.", checklist: criteria, ...checked, terms: termsOf(item.value, "2027-03-31"), ...extra }));
    const editEvidence = async (evidence: EvidenceContact[]) => {
      const item = await read();
      await as(casey).saveStrategy({ ...item.value, evidence }, item.etag);
    };
    afterEach(() => {
      vi.useRealTimers();
    });

    it("none attached, or only contacts with nothing unacceptable recorded: refused until ticked, nothing written; the tick is kept on the decision", async () => {
      const current = await proposedWith([]);
      const refused = await decide(as(morgan), pack, current, approve(), checked);
      expect(refused).toMatchObject({ ok: false, code: "evidenceUnchecked", message: "No recorded contact is attached to this proposal, so nothing on it shows the behaviour it restricts. Check the person's contacts in the case file (calls and letters too) and tick that you have, or send the proposal back.", policyRef: expect.stringMatching(/§7$/) });
      expect(await store.decisionsFor("pat")).toEqual([]);
      expect(await decide(as(morgan), pack, current, approve(), { ...checked, evidenceChecked: true })).toMatchObject({ ok: true, decision: { evidenceChecked: true } });
      expect(await view()).toMatchObject({ inForce: true });
    });

    it("T7's D'Arcy: one neutral message attached is no evidence either", async () => {
      const current = await proposedWith([neutral]);
      expect(await decide(as(morgan), pack, current, approve(), checked)).toMatchObject({ ok: false, code: "evidenceUnchecked", message: expect.stringMatching(/^No recorded contact attached to this proposal has unacceptable behaviour recorded/) });
      expect(await view()).toMatchObject({ inForce: false });
    });

    it("a recorded contact with behaviour recorded: approved without the tick, resting on that contact; editing the item's evidence afterwards does not undo it", async () => {
      await record(neutral);
      await record(abusive);
      const current = await proposedWith([neutral, abusive]);
      const approved = await decide(as(morgan), pack, current, approve(), checked);
      expect(approved).toMatchObject({ ok: true, decision: { evidenceContacts: [abusive.internetMessageId] } });
      expect(approved.ok && approved.decision).not.toHaveProperty("evidenceChecked");
      await editEvidence([]);
      expect(await view()).toMatchObject({ inForce: true, refused: [] });
    });

    it("a contact recorded only as “demands” shows nothing a strategy restricting “abusive” behaviour answers: the tick is needed, saying why; beside an abusive one it is left out of the approval, which records the behaviour judged (T11 #7)", async () => {
      const demand: EvidenceContact = { internetMessageId: "<demand-1@example.org>", receivedAt: "2026-11-22T09:00:00.000Z", subject: "Reply within the hour", categories: ["demands"] };
      await record(demand);
      const refused = await decide(as(morgan), pack, await proposedWith([demand]), approve(), checked);
      expect(refused).toMatchObject({ ok: false, code: "evidenceUnchecked", message: expect.stringContaining(`“Reply within the hour” (${demand.internetMessageId}) is recorded in the ContactLog as “demands”, not behaviour this strategy restricts (“abusive”).`) });
      expect(await store.decisionsFor("pat")).toEqual([]);
      store = createMemoryStore(CASEY_ID);
      await record(demand);
      await record(abusive);
      const approved = await decide(as(morgan), pack, await proposedWith([demand, abusive]), approve(), checked);
      expect(approved).toMatchObject({ ok: true, decision: { evidenceContacts: [abusive.internetMessageId], evidenceBehaviour: ["abusive"] } });
    });

    it("a reader judges the contacts against the behaviour the approval recorded: a direct approval resting on a “demands” contact for “abusive” behaviour is not in force, saying why (T11 #7)", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(Date.parse(EVIDENCE_CHECKED_FROM) + 60_000);
      const demand: EvidenceContact = { internetMessageId: "<demand-1@example.org>", receivedAt: "2026-11-22T09:00:00.000Z", subject: "Reply within the hour", categories: ["demands"] };
      await record(demand);
      await proposedWith([]);
      await direct("pat:approve:demands", { evidenceContacts: [demand.internetMessageId], evidenceBehaviour: ["abusive"] });
      expect(await view()).toMatchObject({ inForce: false, refused: [{ reason: "evidenceNotOnRecord", message: expect.stringContaining("is recorded in the ContactLog as “demands”, not behaviour this strategy restricts (“abusive”).") }] });
    });

    it("a contact it rests on rewritten outside the add-in: in force on the record judged, named; once the strategy is ended, the change is named but puts nobody in doubt (T11 #3)", async () => {
      await record(abusive);
      expect(await decide(as(morgan), pack, await proposedWith([abusive]), approve(), checked)).toMatchObject({ ok: true, decision: { evidenceRecords: [{ id: abusive.internetMessageId, categories: ["abusive"] }] } });
      const [stored] = await store.contactsById([abusive.internetMessageId]);
      await as(casey).correctContact({ value: stored!, etag: "1" }, { categories: [], evidence: [], outcome: "dismissed", recordedBy: casey.upn, recordedAt: new Date().toISOString() });
      expect(await view()).toMatchObject({ inForce: true, doubts: [{ kind: "evidenceChanged", message: expect.stringContaining("outside the add-in (no correction of it is on record): it now reads nothing unacceptable.") }] });
      await as(morgan).addDecision({ id: "pat:end", strategyId: "pat", kind: "end", decidedBy: morgan.upn, decidedAt: new Date().toISOString(), rationale: "Behaviour has improved.", checklist: [] });
      const ended = await view();
      expect(ended).toMatchObject({ inForce: false, why: "ended", doubts: [{ kind: "evidenceChanged", afterLastDecision: false }] });
      expect(recordInDoubt(ended)).toBe(false);
    });

    it("written straight to the Decisions list with neither the tick nor the contacts it rests on: not in force, records verify reports it, and attaching evidence to the item afterwards does not change that", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(Date.parse(EVIDENCE_CHECKED_FROM) + 60_000);
      await proposedWith([]);
      await direct("pat:approve:direct");
      expect(await view()).toMatchObject({ inForce: false, refused: [{ reason: "evidenceUnchecked", message: expect.stringContaining("no recorded contact showing the behaviour it restricts and no tick that the person's contacts in the case file were checked, so it does not count") }] });
      expect(await refusedIn()).toEqual([expect.stringMatching(/^evidenceUnchecked: .*Morgan Reid.*so it does not count \(warwickshire.*§7\)\.$/)]);
      await editEvidence([abusive]);
      expect(await view()).toMatchObject({ inForce: false, refused: [{ reason: "evidenceUnchecked" }] });
      await record(abusive);
      await direct("pat:approve:rests", { evidenceContacts: [abusive.internetMessageId] });
      expect(await view()).toMatchObject({ inForce: true, decision: { id: "pat:approve:rests" } });
    });

    describe("the attached contacts are judged on the ContactLog, not on the proposal's copy of them (T10 #1)", () => {
      const other: EvidenceContact = { internetMessageId: "<sam-1@example.org>", receivedAt: "2026-11-21T09:00:00.000Z", subject: "You lot are useless", categories: ["abusive"] };
      const invented: EvidenceContact = { internetMessageId: "<made-up@example.org>", receivedAt: "2026-11-22T09:00:00.000Z", subject: "Threats", categories: ["abusive"] };
      const tick = "Check the person's contacts in the case file (calls and letters too) and tick that you have, or send the proposal back.";

      it("a neutral contact the proposer typed “abusive” onto, another person's contact, an invented id: each refused until ticked, saying why; nothing written", async () => {
        await record(neutral);
        await record(other, { senderAddress: "sam.other@example.org" });
        const cases: Array<[EvidenceContact, string]> = [
          [{ ...neutral, categories: ["abusive"] }, `“Hello” (${neutral.internetMessageId}) is recorded in the ContactLog with nothing unacceptable.`],
          [other, `“You lot are useless” (${other.internetMessageId}) is recorded in the ContactLog as from sam.other@example.org, not an address this strategy covers.`],
          [invented, `“Threats” (${invented.internetMessageId}) is not on record in the ContactLog.`],
        ];
        for (const [contact, why] of cases) {
          store = createMemoryStore(CASEY_ID);
          await record(neutral);
          await record(other, { senderAddress: "sam.other@example.org" });
          const current = await proposedWith([contact]);
          const refused = await decide(as(morgan), pack, current, approve(), checked);
          expect(refused, why).toMatchObject({
            ok: false,
            code: "evidenceUnchecked",
            message: `No recorded contact attached to this proposal has unacceptable behaviour recorded in the ContactLog from this person's addresses, so nothing on it shows the behaviour it restricts. ${why} ${tick}`,
          });
          expect(await store.decisionsFor("pat")).toEqual([]);
          expect(await decide(as(morgan), pack, current, approve(), { ...checked, evidenceChecked: true })).toMatchObject({ ok: true, decision: { evidenceChecked: true } });
        }
      });

      it("rests only on those the ContactLog bears out: the neutral one typed “abusive” beside a real one is left out of the approval", async () => {
        await record(neutral);
        await record(abusive);
        const approved = await decide(as(morgan), pack, await proposedWith([{ ...neutral, categories: ["abusive"] }, abusive, invented]), approve(), checked);
        expect(approved).toMatchObject({ ok: true, decision: { evidenceContacts: [abusive.internetMessageId] } });
      });

      it("the ContactLog cannot be read: the tick is needed, and the refusal says why", async () => {
        await record(abusive);
        const current = await proposedWith([abusive]);
        const unreadable = { ...as(morgan), contactsById: async () => Promise.reject(new StoreError("unavailable", "SharePoint did not answer")) };
        expect(await decide(unreadable, pack, current, approve(), checked)).toMatchObject({
          ok: false,
          code: "evidenceUnchecked",
          message: `The ContactLog could not be read (SharePoint did not answer), so no contact attached to this proposal can be checked there for the behaviour it restricts. ${tick}`,
        });
        expect(await store.decisionsFor("pat")).toEqual([]);
      });
    });

    describe("a reader judges the contacts an approval rests on against the ContactLog (T10 #2)", () => {
      it("ids not on record, another person's, or recorded with nothing unacceptable: not in force, the record in doubt, and readers and records verify say why", async () => {
        vi.useFakeTimers({ toFake: ["Date"] });
        vi.setSystemTime(Date.parse(EVIDENCE_CHECKED_FROM) + 60_000);
        await record(neutral);
        await record({ ...abusive, internetMessageId: "<sam-2@example.org>" }, { senderAddress: "sam.other@example.org" });
        await proposedWith([]);
        await direct("pat:approve:names", { evidenceContacts: ["<never-recorded@example.org>", neutral.internetMessageId, "<sam-2@example.org>"] });
        const seen = await view();
        expect(seen).toMatchObject({ inForce: false, refused: [{ id: "pat:approve:names", reason: "evidenceNotOnRecord" }] });
        const message = seen.refused[0]!.message;
        expect(message).toContain("none of them is borne out by the ContactLog, so it does not count");
        expect(message).toContain("“(no subject)” (<never-recorded@example.org>) is not on record in the ContactLog.");
        expect(message).toContain(`“Hello” (${neutral.internetMessageId}) is recorded in the ContactLog with nothing unacceptable.`);
        expect(message).toContain("“You are useless” (<sam-2@example.org>) is recorded in the ContactLog as from sam.other@example.org, not an address this strategy covers.");
        expect(recordInDoubt(seen)).toBe(true);
        expect(seen.doubts).toEqual([expect.objectContaining({ kind: "decisionUnsupported", message: expect.stringContaining("none of them is borne out by the ContactLog") })]);
        expect(await refusedIn()).toEqual([expect.stringMatching(/^evidenceNotOnRecord: .*Morgan Reid.*is not on record in the ContactLog\./)]);
      });

      it("a direct approval naming, as judged, a contact nobody recorded (no recording of it on its trail): not in force, as one naming it bare (T10 #2, T11 #3)", async () => {
        vi.useFakeTimers({ toFake: ["Date"] });
        vi.setSystemTime(Date.parse(EVIDENCE_CHECKED_FROM) + 60_000);
        await proposedWith([]);
        const made = { id: "<never-recorded@example.org>", digest: "sha256:00000000000000000000000000000000", subject: "Threats", categories: ["abusive" as const] };
        // Entries not shaped as decide() writes them (a direct write may hold anything) record nothing, and break no reader.
        const malformed = [null, 5, { id: made.id, categories: "abusive" }] as unknown as NonNullable<Decision["evidenceRecords"]>;
        await direct("pat:approve:judged", { evidenceContacts: [made.id], evidenceRecords: [...malformed, made] });
        const seen = await view();
        expect(seen).toMatchObject({ inForce: false, refused: [{ reason: "evidenceNotOnRecord", message: expect.stringContaining("“(no subject)” (<never-recorded@example.org>) is not on record in the ContactLog.") }] });
        expect(recordInDoubt(seen)).toBe(true);
      });

      it("one real contact of this person's with behaviour recorded among them: in force; the ContactLog's record corrected to nothing unacceptable afterwards puts it in doubt, not in force", async () => {
        vi.useFakeTimers({ toFake: ["Date"] });
        vi.setSystemTime(Date.parse(EVIDENCE_CHECKED_FROM) + 60_000);
        await record(abusive);
        await proposedWith([]);
        await direct("pat:approve:real", { evidenceContacts: ["<never-recorded@example.org>", abusive.internetMessageId] });
        expect(await view()).toMatchObject({ inForce: true, refused: [] });
        const [stored] = await store.contactsFrom(PAT, "2026-01-01T00:00:00.000Z");
        await as(casey).correctContact({ value: stored!, etag: "1" }, { categories: [], evidence: [], outcome: "corrected", recordedBy: casey.upn, recordedAt: new Date().toISOString() });
        const seen = await view();
        expect(seen).toMatchObject({ inForce: false, refused: [{ reason: "evidenceNotOnRecord" }] });
        expect(recordInDoubt(seen)).toBe(true);
      });
    });

    it("an approval taken before the check began, its Decisions write failed, recorded by the decider's records reconcile after it: judged as made then, still in force (T10 #10)", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      const began = Date.parse(EVIDENCE_CHECKED_FROM) - 10 * 60_000;
      vi.setSystemTime(began - 60_000);
      const current = await proposedWith([]);
      vi.setSystemTime(began);
      // As the add-in took it before 10:00: no evidence check, so nothing about the evidence saved with the step.
      const failing = { ...as(morgan), addDecision: async () => Promise.reject(new StoreError("unavailable", "dropped")) };
      await expect(takeSteps(failing, pack, current, [approve(new Date(began).toISOString())], checked)).rejects.toMatchObject({ code: "unavailable" });
      expect(await view()).toMatchObject({ inForce: false });
      vi.setSystemTime(Date.parse(EVIDENCE_CHECKED_FROM) + 30 * 60_000);
      const report = await reconcile(as(morgan), { by: morgan.upn, now: new Date().toISOString() });
      expect(report.repaired).toEqual(expect.arrayContaining([expect.objectContaining({ what: "decisionRecorded", target: "strategy:pat" })]));
      const [rebuilt] = await store.decisionsFor("pat");
      expect(rebuilt).toMatchObject({ decidedAt: new Date(began).toISOString() });
      expect(Date.parse(rebuilt!.recordedAt)).toBeGreaterThan(Date.parse(EVIDENCE_CHECKED_FROM));
      expect(await view()).toMatchObject({ inForce: true, refused: [] });
    });

    it("a direct approval written after the check began, its decidedAt backdated and an intent of that time written now beside it: judged as made now, not in force (T10 #10)", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      const backdated = new Date(Date.parse(EVIDENCE_CHECKED_FROM) - 10 * 60_000).toISOString();
      vi.setSystemTime(Date.parse(EVIDENCE_CHECKED_FROM) + 30 * 60_000);
      await proposedWith([]);
      await as(morgan).appendAudit({ id: `strategy:pat:2:approve:intent:${backdated}`, target: "strategy:pat", action: "intent: approve", by: morgan.upn, at: backdated, detail: "About to approve." });
      await direct("pat:approve:backdated", { decidedAt: backdated });
      expect(await view()).toMatchObject({ inForce: false, refused: [{ reason: "evidenceUnchecked" }] });
    });

    it("an authoriser's old intent dates no other approval: one copied onto a bare approval written now, or onto the very approval its failed attempt named after reconcile closed it, is judged as made now (T11 #1)", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      const began = Date.parse(EVIDENCE_CHECKED_FROM) - 10 * 60_000;
      vi.setSystemTime(began - 60_000);
      const current = await proposedWith([]);
      vi.setSystemTime(began);
      // Morgan's attempt before 10:00 fails at the strategy's save: only its intent, naming the decision it was about to record, is on the trail.
      let attempted: ContactStrategy | undefined;
      const failing = { ...as(morgan), saveStrategy: async (s: ContactStrategy) => Promise.reject(new StoreError("unavailable", String((attempted = s).id))) };
      await expect(takeSteps(failing, pack, current, [approve(new Date(began).toISOString())], checked)).rejects.toMatchObject({ code: "unavailable" });
      vi.setSystemTime(began + 5 * 60_000);
      await reconcile(as(morgan), { by: morgan.upn, now: new Date().toISOString() });
      expect((await store.auditFor("strategy:pat")).map((e) => e.action)).toContain("not done: approve");
      vi.setSystemTime(Date.parse(EVIDENCE_CHECKED_FROM) + 30 * 60_000);
      await direct("pat:approve:bare", { decidedAt: new Date(began).toISOString() });
      expect(await view()).toMatchObject({ inForce: false, refused: [{ id: "pat:approve:bare", reason: "evidenceUnchecked" }] });
      await as(morgan).addDecision(decisionFromStep(attempted!, attempted!.history.at(-1)!));
      expect(await view()).toMatchObject({ inForce: false, refused: [{ reason: "evidenceUnchecked" }, { reason: "evidenceUnchecked" }] });
    });

    it("an authoriser's intent for an approval that landed dates that one only: a later approval of harsher terms given its time is judged as made now, and the first stays in force (T11 #1)", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      const began = Date.parse(EVIDENCE_CHECKED_FROM) - 10 * 60_000;
      vi.setSystemTime(began - 60_000);
      const current = await proposedWith([]);
      vi.setSystemTime(began);
      const originalAt = new Date(began).toISOString();
      await takeSteps(as(morgan), pack, current, [approve(originalAt)], checked);
      expect(await view()).toMatchObject({ inForce: true, decision: { id: `pat:approve:${originalAt}` } });
      // After 10:00 Casey saves the item back to draft with one restriction more and proposes it; Morgan writes an approval of it straight into Decisions, dated as her first.
      vi.setSystemTime(Date.parse(EVIDENCE_CHECKED_FROM) + 30 * 60_000);
      const item = await read();
      const harsher = await as(casey).saveStrategy({ ...item.value, status: "draft", restrictions: [...item.value.restrictions, { kind: "noReopeningClosedCase", caseReference: "OPCC/2026/1" }] }, item.etag);
      const again = await propose(as(casey), pack, harsher, casey, "Harsher terms.", new Date().toISOString());
      expect(again.ok).toBe(true);
      vi.setSystemTime(Date.parse(EVIDENCE_CHECKED_FROM) + 35 * 60_000);
      await direct("pat:approve:harsher", { decidedAt: originalAt });
      const seen = await view();
      expect(seen).toMatchObject({ inForce: true, decision: { id: `pat:approve:${originalAt}` }, refused: [{ id: "pat:approve:harsher", reason: "evidenceUnchecked" }] });
      expect(seen.inForce && seen.terms.restrictions.map((r) => r.kind)).not.toContain("noReopeningClosedCase");
    });

    it("one recorded before the check began is judged as then: still in force", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(Date.parse(EVIDENCE_CHECKED_FROM) - 60_000);
      await proposedWith([]);
      await direct("pat:approve:before");
      expect(await view()).toMatchObject({ inForce: true, refused: [] });
    });
  });

  it("two managers at once: the second gets a clear conflict and nothing of theirs is written", async () => {
    const current = await proposed();
    const other = { ...morgan, upn: "deputy@opcc.example.gov.uk", displayName: "Deputy Head" };
    expect((await decide(as(morgan), pack, current, approve(), { warningChecked: true, evidenceChecked: true, criteriaNotes: notes })).ok).toBe(true);
    const second = decide(store.as({ upn: other.upn, displayName: other.displayName }), pack, current, { type: "reject", by: other, at: T(11), why: "Not proportionate." });
    await expect(second).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/Someone else changed Pat O'Brien's strategy .*morgan.reid@opcc.example.gov.uk: approve, now active.*Nothing of yours was saved/) });
    expect((await store.decisionsFor("pat")).map((d) => d.kind)).toEqual(["approve"]);
  });

  it("repeating a decision after the decision write failed finishes it once: no second save, decision or audit event", async () => {
    const current = await proposed();
    const flaky = as(morgan);
    let fail = true;
    const failing = { ...flaky, addDecision: async (d: Parameters<typeof flaky.addDecision>[0]) => (fail ? ((fail = false), Promise.reject(new StoreError("unavailable", "dropped"))) : flaky.addDecision(d)) };
    await expect(decide(failing, pack, current, approve(), { warningChecked: true, evidenceChecked: true, criteriaNotes: notes })).rejects.toMatchObject({ code: "unavailable" });
    // The save landed; the reader sees an item claiming in force with no approval behind it — not in force.
    expect(await view()).toMatchObject({ inForce: false, claimed: "active" });
    expect(await decide(failing, pack, current, approve(), { warningChecked: true, evidenceChecked: true, criteriaNotes: notes })).toMatchObject({ ok: true });
    expect(await decide(failing, pack, await read(), approve(), { warningChecked: true, evidenceChecked: true, criteriaNotes: notes })).toMatchObject({ ok: true });
    expect((await store.decisionsFor("pat")).map((d) => d.kind)).toEqual(["approve"]);
    expect((await read()).value.history.map((e) => e.type)).toEqual(["propose", "approve"]);
    expect((await store.auditFor("strategy:pat")).filter((e) => !isIntent(e)).map((e) => e.action)).toEqual(["saveDraft", "propose", "approve"]);
    expect(await view()).toMatchObject({ inForce: true });
  });

  it("send back returns a proposal to the caseworker as a draft with the reason; reject ends it", async () => {
    const current = await proposed();
    const sent = await decide(as(morgan), pack, current, { type: "sendBack", by: morgan, at: T(10), why: "Say which adjustments were offered." });
    expect(sent).toMatchObject({ ok: true, strategy: { value: { status: "draft" } }, decision: { kind: "sendBack", rationale: "Say which adjustments were offered." } });
    const again = await propose(as(casey), pack, (await read()), casey, "Adjustments added.", T(12));
    expect(again.ok).toBe(true);
    expect(await decide(as(morgan), pack, await read(), { type: "reject", by: morgan, at: T(13), why: "Not proportionate yet." })).toMatchObject({ ok: true, strategy: { value: { status: "rejected" } } });
    // A strategy rejected cannot be changed: a new one is proposed instead.
    const rejected = await read();
    expect(await proposeChange(as(casey), pack, rejected, rejected.value, casey, "More evidence.", T(14))).toMatchObject({ ok: false, code: "wrongStatus" });
    expect(await view()).toMatchObject({ inForce: false, lastDecision: { kind: "reject" } });
  });
});

describe("reviews, changes, disputes and breaches", () => {
  beforeEach(async () => {
    const result = await decide(as(morgan), pack, await proposed(), approve(T(10), "2026-12-10"), { warningChecked: true, evidenceChecked: true, criteriaNotes: notes });
    if (!result.ok) throw new Error(result.message);
  });

  it("a review comes due on the approved date; continue, alter and end are each a new decision with a rationale", async () => {
    expect(await reviewsDue(store, pack, ROSTER, "2026-11-25")).toMatchObject([{ state: "due", reviewDate: "2026-12-10" }]);
    expect(await reviewsDue(store, pack, ROSTER, "2026-11-25", 7)).toEqual([]);
    expect(await reviewsDue(store, pack, ROSTER, "2026-12-11", 0)).toMatchObject([{ state: "overdue" }]);
    const continued = await decide(as(morgan), pack, await read(), { type: "continue", by: morgan, at: "2026-12-11T09:00:00.000Z", why: "Abuse continues.", reviewDate: "2027-06-01" });
    expect(continued).toMatchObject({ ok: true, events: [{ type: "startReview" }, { type: "continue" }], decision: { terms: { reviewDate: "2027-06-01" } } });
    const altered = await decide(as(morgan), pack, await read(), { type: "alter", by: morgan, at: "2027-06-01T09:00:00.000Z", why: "Calls allowed again.", reviewDate: "2027-12-01", restrictions: [{ kind: "phoneTimeLimit", minutes: 10 }], allowedChannels: ["email", "phone"] });
    expect(altered).toMatchObject({ ok: true, decision: { kind: "alter", terms: { restrictions: [{ kind: "phoneTimeLimit", minutes: 10 }], allowedChannels: ["email", "phone"] } } });
    expect(await view()).toMatchObject({ inForce: true, terms: { reviewDate: "2027-12-01" } });
    const ended = await decide(as(morgan), pack, await read(), { type: "end", by: morgan, at: "2027-07-01T09:00:00.000Z", why: "Behaviour has changed." });
    expect(ended).toMatchObject({ ok: true, strategy: { value: { status: "ended" } } });
    expect(await view()).toMatchObject({ inForce: false, why: "ended" });
    expect(await reviewsDue(store, pack, ROSTER, "2028-01-01")).toEqual([]);
  });

  it("'add this address': a caseworker's change brings it to review; the address counts only once the authoriser alters it", async () => {
    const current = await read();
    const changed = { ...current.value, addresses: [...current.value.addresses, "pat.new@example.org"] };
    expect(await proposeChange(as(casey), pack, current, changed, casey, "Pat now writes from pat.new@example.org.", T(20))).toMatchObject({ ok: true, events: [{ type: "startReview" }] });
    const before = await view();
    expect(coversAddress(before, "pat.new@example.org")).toBe(false);
    expect(before).toMatchObject({ inForce: true, claimed: "underReview", changedSinceApproval: ["addresses"] });
    expect((await approvalsQueue(store, pack, ROSTER)).map((e) => e.strategy.value.id)).toEqual(["pat"]);
    const now = (await read()).value;
    await decide(as(morgan), pack, await read(), { type: "alter", by: morgan, at: T(30), why: "Same person, new address.", reviewDate: "2026-12-10", restrictions: now.restrictions, allowedChannels: now.allowedChannels });
    expect(coversAddress(await view(), "pat.new@example.org")).toBe(true);
  });

  it("a dispute: staff record the person's challenge; only the Chief Executive decides it", async () => {
    const raised = await raiseDispute(as(casey), pack, await read(), casey, "Pat writes that the restriction is unfair.", "2026-11-26", T(40));
    expect(raised.ok).toBe(true);
    expect(await decide(as(morgan), pack, await read(), { type: "decideDispute", by: morgan, at: T(41), why: "Upheld.", result: "upheld" })).toMatchObject({ ok: false, code: "notAuthoriser" });
    const decided = await decide(as(dana), pack, await read(), { type: "decideDispute", by: dana, at: T(42), why: "The strategy is proportionate.", result: "upheld" });
    expect(decided).toMatchObject({ ok: true, decision: { kind: "decideDispute", result: "upheld" }, strategy: { value: { disputes: [{ outcome: { result: "upheld", decidedBy: dana.upn } }] } } });
    expect((await view()).refused).toEqual([]);
  });

  it("a breach recorded against the strategy appears on it, once however often it is recorded", async () => {
    const breach = { strategyId: "pat", at: T(50), by: casey.upn, what: "Phoned the office twice after the call limit.", internetMessageId: "<b1@example.org>" };
    expect(await recordBreach(as(casey), pack, breach)).toMatchObject({ ok: true });
    expect(await recordBreach(as(casey), pack, breach)).toMatchObject({ ok: true });
    const detail = await readStrategyDetail(store, pack, ROSTER, "pat");
    expect(detail?.breaches).toEqual([{ id: "strategy:pat:breach:<b1@example.org>", ...breach }]);
    expect(breachesIn(detail!.audit, "other")).toEqual([]);
  });

  it("a breach that says nothing is refused, citing the policy, and nothing is written (T7 #7: “x” was logged)", async () => {
    for (const what of [" ", "x", "breach", "breached it"]) {
      const refused = await recordBreach(as(casey), pack, { strategyId: "pat", at: T(50), by: casey.upn, what, internetMessageId: "<b2@example.org>" });
      expect(refused).toMatchObject({ ok: false, code: "reasonMissing", message: expect.stringMatching(/^Say what the breach was, in your own words \(at least 10 letters\)/), policyRef: expect.stringMatching(/§7$/) });
    }
    expect((await readStrategyDetail(store, pack, ROSTER, "pat"))?.breaches).toEqual([]);
  });

  it("padding is refused as a breach, and a description in words is taken (T8 #5)", async () => {
    for (const what of ["x x x x x x x x x x", "aaaaa aaaaa", "asdf asdf asdf", "blah blah blah", "lorem ipsum", "zz zz zz zz zz", "no no no no no no", "1234567890 1"]) {
      const refused = await recordBreach(as(casey), pack, { strategyId: "pat", at: T(50), by: casey.upn, what, internetMessageId: "<b4@example.org>" });
      expect(refused, what).toMatchObject({ ok: false, code: "reasonMissing" });
    }
    expect((await readStrategyDetail(store, pack, ROSTER, "pat"))?.breaches).toEqual([]);
    expect(await recordBreach(as(casey), pack, { strategyId: "pat", at: T(50), by: casey.upn, what: "Rang twice on Monday.", internetMessageId: "<b4@example.org>" })).toMatchObject({ ok: true });
  });

  it("the same message with its id spaced or in other capitals is the same breach: a different one refused, the same one not written twice, never said logged when it was not (T8 #5)", async () => {
    const first = { strategyId: "pat", at: T(50), by: casey.upn, what: "Phoned the office twice after the call limit.", internetMessageId: "<b5@example.org>" };
    expect(await recordBreach(as(casey), pack, first)).toMatchObject({ ok: true });
    for (const id of [" <b5@example.org>", "<b5@example.org> ", "<B5@EXAMPLE.ORG>"]) {
      const second = await recordBreach(as(casey), pack, { ...first, at: T(51), what: "Wrote to Casey, who is not the single point of contact.", internetMessageId: id });
      expect(second, id).toMatchObject({ ok: false, code: "breachAlreadyLogged" });
      expect(await recordBreach(as(casey), pack, { ...first, at: T(52), internetMessageId: id }), id).toMatchObject({ ok: true, breach: { what: first.what, internetMessageId: "<b5@example.org>" } });
    }
    expect((await readStrategyDetail(store, pack, ROSTER, "pat"))?.breaches.map((b) => b.what)).toEqual([first.what]);
  });

  it("a second, different breach on a message already logged is refused naming the first, never said to be logged while the store keeps the first", async () => {
    const first = { strategyId: "pat", at: T(50), by: casey.upn, what: "Phoned the office twice after the call limit.", internetMessageId: "<b3@example.org>" };
    expect(await recordBreach(as(casey), pack, first)).toMatchObject({ ok: true });
    const second = await recordBreach(as(casey), pack, { ...first, at: T(51), what: "Wrote to Casey, who is not the single point of contact." });
    expect(second).toMatchObject({ ok: false, code: "breachAlreadyLogged", message: expect.stringContaining("A breach is already logged for this message: “Phoned the office twice after the call limit.” (by Casey Worker") });
    expect((await readStrategyDetail(store, pack, ROSTER, "pat"))?.breaches.map((b) => b.what)).toEqual([first.what]);
  });
});
