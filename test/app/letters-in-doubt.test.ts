import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { actorFor } from "../../src/app/actor";
import { markSent } from "../../src/app/letters";
import { repairId } from "../../src/app/records/audit-repair";
import { exportPerson } from "../../src/app/records/subject-access";
import { judgeLetters, UNRECORDED_CONTENT, warningLettersFor } from "../../src/app/letter-trust";
import { subjectAccessDocument } from "../../src/app/records/subject-document";
import { verifyRecords } from "../../src/app/records/verify";
import { decide, propose, saveDraft } from "../../src/app/strategy/actions";
import type { LetterRecord } from "../../src/policy/letters/record";
import { warwickshirePack as pack } from "../../src/policy/packs/warwickshire";
import { letterSentEvent } from "../../src/store/letter-sender";
import { createMemoryStore, type MemoryStore } from "../../src/store/memory/store";
import { CASEY_ID, MORGAN_ID, ROSTER } from "../builders/evidence";
import { strategy } from "../builders/strategy";

/**
 * T8 #6: a letter marked sent by someone other than the single point of contact, or written "sent" with no audit event
 * of its marking, or backdated, was read as sent by every reader (`records verify` found no problem). Each reader now
 * says it is in doubt.
 */
const T = (minute: number) => new Date(Date.UTC(2026, 10, 25, 10, minute)).toISOString();
const PAT = "pat.o'brien@example.org";
const SAM = { upn: "sam.carter@opcc.example.gov.uk", displayName: "Sam Carter" };
const casey = actorFor({ emailAddress: CASEY_ID.upn!, displayName: CASEY_ID.displayName }, ROSTER);
const morgan = actorFor({ emailAddress: MORGAN_ID.upn!, displayName: MORGAN_ID.displayName }, ROSTER);
const criteria = pack.criteria.map((c) => c.id);

let store: MemoryStore;
const letter = (over: Partial<LetterRecord> = {}): LetterRecord => ({ id: "R1", kind: "restriction", strategyId: "pat", address: PAT, personName: "Pat O'Brien", subject: "Your contact with our office", medium: "outlookNew", preparedBy: CASEY_ID.upn!, preparedAt: T(20), status: "drafted", packId: pack.id, packVersion: pack.version, elements: [], text: "Dear Pat O'Brien", ...over });
const services = (who: { upn: string; displayName: string }, at = T(21)) => ({ pack, store: store.as(who), user: { displayName: who.displayName, emailAddress: who.upn }, now: () => new Date(at) });
const inDoubt = async () => (await verifyRecords(store, { pack, roster: ROSTER, now: new Date(T(30)) })).breaks.filter((b) => b.kind === "letterInDoubt").map((b) => `${"letterId" in b ? b.letterId : ""} ${"doubt" in b ? b.doubt : ""}: ${b.message}`);

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(T(0)));
  store = createMemoryStore(CASEY_ID);
  // Pat's strategy, in force, Sam Carter the single point of contact.
  const spoc = { singlePointOfContact: SAM, restrictions: [{ kind: "singlePointOfContact" as const, spoc: SAM }, { kind: "singleChannel" as const, channel: "email" as const }] };
  const draft = await saveDraft(store.as(CASEY_ID), strategy({ id: "pat", ...spoc }), undefined, casey, T(0));
  const proposed = await propose(store.as(CASEY_ID), pack, draft, casey, "Abuse continued after the warning.", T(1));
  if (!proposed.ok) throw new Error(proposed.message);
  vi.setSystemTime(new Date(T(10)));
  const approved = await decide(store.as(MORGAN_ID), pack, proposed.strategy, { type: "approve", by: morgan, at: T(10), why: "All five criteria met on the file.", criteriaConfirmed: criteria, reviewDate: "2027-03-31" }, { warningChecked: true, evidenceChecked: true, criteriaNotes: criteria.map((id) => ({ id, note: `Seen on the file for ${id}.` })) });
  if (!approved.ok) throw new Error(approved.message);
  vi.setSystemTime(new Date(T(21)));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("a letter on record as sent is judged where it is read (T8 #6)", () => {
  it("Sam, the single point of contact, marks it sent through the add-in: nothing in doubt", async () => {
    await store.recordLetter(letter());
    await markSent(services(SAM), { id: "R1", kind: "restriction" });
    expect(await inDoubt()).toEqual([]);
  });

  it("Casey writes it to the Letters list as sent, in her name (around the store's refusal): records verify reports it not audited and not sent by the SPOC", async () => {
    await store.recordLetter(letter({ status: "sent", sentAt: T(21), sentBy: CASEY_ID.upn! }));
    expect(await inDoubt()).toEqual([
      expect.stringMatching(/^R1 notAudited: Letter R1 \(Contact strategy letter.*\) is in doubt: No audit event records casey.worker@opcc.example.gov.uk marking it sent/),
      expect.stringMatching(/^R1 notBySpoc: .*marked sent by casey.worker@opcc.example.gov.uk, not by Sam Carter, the single point of contact/),
    ]);
  });

  it("a warning marked sent through the store with a time before it was prepared: reported sent before prepared, and backdated against the marking's own record", async () => {
    await store.recordLetter(letter({ id: "W1", kind: "warning", strategyId: undefined }));
    await store.markLetterSent("W1", T(5), CASEY_ID.upn!);
    expect(await inDoubt()).toEqual([expect.stringMatching(/^W1 misdated: .*before it was prepared/), expect.stringMatching(/^W1 misdated: .*but the marking was recorded on .*: backdated\.$/)]);
  });

  it("the subject access export and its document say which letter is in doubt, and why", async () => {
    await store.recordLetter(letter({ status: "sent", sentAt: T(21), sentBy: CASEY_ID.upn! }));
    await store.recordLetter(letter({ id: "R2" }));
    await markSent(services(SAM), { id: "R2", kind: "restriction" });
    const exported = await exportPerson(store, PAT, { by: MORGAN_ID.upn!, now: T(30), pack, roster: ROSTER });
    expect(Object.keys(exported.letterDoubts ?? {})).toEqual(["R1"]);
    expect(exported.letterDoubts!.R1).toMatch(/^In doubt: No audit event records casey.worker@opcc.example.gov.uk marking it sent.* not by Sam Carter, the single point of contact/);
    expect(subjectAccessDocument(exported)).toContain("<strong>In doubt: No audit event records casey.worker@opcc.example.gov.uk marking it sent");
  });
  it("Casey's own letter to Pat, marked sent by her with its own audit event: the export keeps saying it was not sent by Sam after she edits Pat's item's approval time or SPOC, as records verify does (T9 #6)", async () => {
    const written = letter({ status: "sent", sentAt: T(21), sentBy: CASEY_ID.upn! });
    await store.recordLetter(written);
    await store.as(CASEY_ID).appendAudit(letterSentEvent(written));
    const notBySam = /^In doubt: It was marked sent by casey.worker@opcc.example.gov.uk, not by Sam Carter, the single point of contact/;
    let minute = 30;
    const exported = async () => (await exportPerson(store.as(MORGAN_ID), PAT, { by: MORGAN_ID.upn!, now: T(minute++), pack, roster: ROSTER })).letterDoubts?.R1;
    expect(await exported()).toMatch(notBySam);
    const item = (await store.getStrategy("pat"))!;
    const caseyAsSpoc = { upn: CASEY_ID.upn!, displayName: CASEY_ID.displayName };
    for (const edited of [{ ...item.value, approvedAt: "2099-01-01T00:00:00.000Z" }, { ...item.value, singlePointOfContact: caseyAsSpoc, restrictions: item.value.restrictions.map((r) => (r.kind === "singlePointOfContact" ? { ...r, spoc: caseyAsSpoc } : r)) }]) {
      await store.as(CASEY_ID).saveStrategy(edited, "*");
      expect(await exported()).toMatch(notBySam);
      expect(await inDoubt()).toEqual([expect.stringMatching(/^R1 notBySpoc: .*not by Sam Carter/)]);
    }
  });

  it("Sam marks sent, through the add-in, a letter under Pat's strategy to an address it no longer lists: the export for that address says nothing is in doubt, and holds the marking's event (T9 #7)", async () => {
    const OLD = "pat.old@example.org";
    await store.recordLetter(letter({ id: "R3", address: OLD }));
    await markSent(services(SAM), { id: "R3", kind: "restriction" });
    expect(await inDoubt()).toEqual([]);
    const exported = await exportPerson(store, OLD, { by: MORGAN_ID.upn!, now: T(30), pack, roster: ROSTER });
    expect(exported.letters.map((l) => l.id)).toEqual(["R3"]);
    expect(exported.letterDoubts).toBeUndefined();
    expect(subjectAccessDocument(exported)).not.toContain("In doubt");
    // Of Pat's strategy's trail, only what is about the letter sent to this address.
    expect(exported.audit.map((e) => e.id)).toEqual([`letter:R3:sent:begun:${T(21)}`, "letter:R3:sent"]);
  });

  it("Casey writes a letter as sent by Sam, then one bare event of her own under the id a repaired marking would have (T9 #1): still in doubt, not audited", async () => {
    const written = letter({ status: "sent", sentAt: T(21), sentBy: SAM.upn });
    await store.recordLetter(written);
    await store.as(CASEY_ID).appendAudit({ id: repairId({ event: letterSentEvent(written), kind: "sent" }), target: letterSentEvent(written).target, action: "note", by: CASEY_ID.upn!, at: T(21), detail: "x" });
    expect(await inDoubt()).toEqual([expect.stringMatching(/^R1 notAudited: .*No audit event written by sam.carter@opcc.example.gov.uk records marking it sent; only a later note by someone else says so/)]);
  });

  it("Casey writes a letter as sent by Sam and runs Mark as sent on it herself, so the add-in notes the marking in her name (T9 #1): still in doubt", async () => {
    await store.recordLetter(letter({ status: "sent", sentAt: T(21), sentBy: SAM.upn }));
    await markSent(services({ upn: CASEY_ID.upn!, displayName: CASEY_ID.displayName }), { id: "R1", kind: "restriction" });
    expect(await inDoubt()).toEqual([expect.stringMatching(/^R1 notAudited: .*only a later note by someone else says so/)]);
  });
  it("the proposer's own warning does not count for her proposal when the item is rewritten to name someone else as proposer and her as the single point of contact (T9 #4): the trail's proposal, written by her, says who proposed", async () => {
    await store.recordLetter(letter({ id: "W1", kind: "warning", strategyId: undefined }));
    await markSent(services({ upn: CASEY_ID.upn!, displayName: CASEY_ID.displayName }), { id: "W1", kind: "warning" });
    const item = (await store.getStrategy("pat"))!.value;
    const caseyAsSpoc = { upn: CASEY_ID.upn!, displayName: CASEY_ID.displayName };
    const rewritten = {
      ...item,
      proposedBy: SAM.upn,
      history: item.history.map((h) => (h.type === "propose" ? { ...h, by: SAM.upn } : h)),
      singlePointOfContact: caseyAsSpoc,
      restrictions: item.restrictions.map((r) => (r.kind === "singlePointOfContact" ? { ...r, spoc: caseyAsSpoc } : r)),
    };
    const judged = await warningLettersFor(store, rewritten, { now: new Date(T(30)), isAuthoriser: () => false });
    expect(judged.countedLetters).toEqual([]);
    expect(judged.doubted).toEqual([expect.objectContaining({ why: expect.arrayContaining([expect.stringContaining("who proposed this strategy")]) })]);
  });
});

describe("a letter rewritten after it was marked sent (T9 #10)", () => {
  const MORGAN = { upn: MORGAN_ID.upn!, displayName: MORGAN_ID.displayName };
  const KIM = "kim.test@example.org";
  /** Morgan, an authoriser, marks a warning to Kim sent; Casey then proposes a strategy for Kim on that warning. */
  const warnedKim = async () => {
    await store.recordLetter(letter({ id: "W1", kind: "warning", strategyId: undefined, address: KIM, personName: "Kim Test", preparedBy: MORGAN.upn, text: "Dear Kim Test. You must stop sending abusive messages." }));
    await markSent(services(MORGAN), { id: "W1", kind: "warning" });
    return proposedKim();
  };
  const proposedKim = async () => {
    vi.setSystemTime(new Date(T(25)));
    const draft = await saveDraft(store.as(CASEY_ID), strategy({ id: "kim", person: { displayName: "Kim Test" }, addresses: [KIM], priorWarning: { kind: "given", on: T(21).slice(0, 10) } }), undefined, casey, T(25));
    const proposed = await propose(store.as(CASEY_ID), pack, draft, casey, "Abuse continued after the warning.", T(25));
    if (!proposed.ok) throw new Error(proposed.message);
    return proposed.strategy.value;
  };
  const approval = (kim: Awaited<ReturnType<typeof proposedKim>>) => warningLettersFor(store, kim, { now: new Date(T(30)), isAuthoriser: (upn) => upn === MORGAN.upn });
  const pane = async () => (await judgeLetters(store, await store.lettersFor({ address: KIM }), () => ({ now: new Date(T(30)) })))[0]!;

  it("Casey rewrites its words and the person's name in the Letters list: verify, the subject access export, the approval's warning check and the pane's letters on record say it was changed after it was marked sent", async () => {
    const kim = await warnedKim();
    expect((await approval(kim)).countedLetters.map((l) => l.id)).toEqual(["W1"]);
    store.tamper.editLetter("W1", { text: "Casey rewrote this letter's text after it was marked sent.", personName: "Someone Else", variant: undefined, elements: ["edited"] });
    const changed = /It was changed after it was marked sent: its words, the person's name, its variant or its elements are not what the record of its marking says was sent/;
    expect(await inDoubt()).toEqual([expect.stringMatching(new RegExp(`^W1 altered: Letter W1 .* is in doubt: ${changed.source}`))]);
    expect((await exportPerson(store, KIM, { by: MORGAN.upn, now: T(30), pack, roster: ROSTER })).letterDoubts?.W1).toMatch(changed);
    const judged = await approval(kim);
    expect(judged.countedLetters).toEqual([]);
    expect(judged.doubted).toEqual([expect.objectContaining({ why: [expect.stringMatching(changed)] })]);
    expect((await pane()).doubts.map((d) => d.kind)).toEqual(["altered"]);
  });

  it("a letter whose marking's event was written before events carried a digest still counts, and the pane says it is judged without its words", async () => {
    // Morgan's marking as the add-in recorded it before 5 December: the same event without "What was sent: sha256:…".
    const sent = letter({ id: "W1", kind: "warning", strategyId: undefined, address: KIM, personName: "Kim Test", preparedBy: MORGAN.upn, status: "sent", sentAt: T(21), sentBy: MORGAN.upn });
    await store.as(MORGAN_ID).recordLetter(sent);
    const { sameFact: _, ...event } = letterSentEvent(sent);
    await store.as(MORGAN_ID).appendAudit({ ...event, detail: event.detail.replace(/ What was sent: sha256:[0-9a-f]{64}\.$/, "") });
    const kim = await proposedKim();
    expect((await approval(kim)).countedLetters.map((l) => l.id)).toEqual(["W1"]);
    expect(await pane()).toMatchObject({ doubts: [], judgedOn: UNRECORDED_CONTENT });
    expect(UNRECORDED_CONTENT).toContain("not on its words");
  });

  it("one written in that old form since events carry the digest is no record of the marking (T10 #4): after Casey rewrites the letter, the pane and verify say no event records its marking", async () => {
    // Today, after the digest: Morgan writes the old form himself, so that anyone could rewrite the letter unnoticed.
    const NOW = "2026-12-05T10:00:00.000Z";
    vi.setSystemTime(new Date(NOW));
    const sent = letter({ id: "W1", kind: "warning", strategyId: undefined, address: KIM, personName: "Kim Test", preparedBy: MORGAN.upn, preparedAt: NOW, status: "sent", sentAt: NOW, sentBy: MORGAN.upn });
    await store.as(MORGAN_ID).recordLetter(sent);
    const { sameFact: _, ...event } = letterSentEvent(sent);
    await store.as(MORGAN_ID).appendAudit({ ...event, detail: event.detail.replace(/ What was sent: sha256:[0-9a-f]{64}\.$/, "") });
    store.tamper.editLetter("W1", { text: "Casey's words: you threatened staff and will be prosecuted." });
    const later = new Date("2026-12-05T10:05:00.000Z");
    const [judged] = await judgeLetters(store, await store.lettersFor({ address: KIM }), () => ({ now: later }));
    expect(judged!.doubts.map((d) => d.kind)).toEqual(["notAudited"]);
    const report = await verifyRecords(store, { pack, roster: ROSTER, now: later });
    expect(report.breaks.filter((b) => b.kind === "letterInDoubt").map((b) => ("doubt" in b ? b.doubt : ""))).toEqual(["notAudited"]);
  });
});


describe("a colleague's event squatting the id of the marker's record (T10 #3)", () => {
  const squatted = (over: { target: string; by: string }) => store.as(CASEY_ID).appendAudit({ id: "letter:R1:sent", action: "letter sent (restriction letter, Outlook message)", at: T(21), detail: "Casey was here.", ...over });
  const escape = (s: string) => s.replace(/[.+]/g, "\\$&");

  it("Casey's own event under the id Sam's record of marking R1 sent takes: Sam's marking cannot record it, and records verify names the record and whose event holds it", async () => {
    await store.recordLetter(letter());
    await squatted({ target: "strategy:pat", by: CASEY_ID.upn! });
    await expect(markSent(services(SAM), { id: "R1", kind: "restriction" })).rejects.toMatchObject({ partly: true });
    expect(await inDoubt()).toEqual([
      expect.stringMatching(new RegExp(`^R1 notAudited: .*: the record of its marking \\(“letter:R1:sent”\\) is held by an event ${CASEY_ID.displayName} \\(${escape(CASEY_ID.upn!)}\\) wrote at \\S+ \\(“letter sent \\(restriction letter, Outlook message\\)”\\), so ${escape(SAM.upn)}'s own record cannot be written under it\\.$`)),
    ]);
  });

  it("filed on another record and naming Sam: verify still finds it, and says where it is filed and whom it names", async () => {
    await store.recordLetter(letter());
    await squatted({ target: "letter:elsewhere", by: SAM.upn });
    await expect(markSent(services(SAM), { id: "R1", kind: "restriction" })).rejects.toMatchObject({ partly: true });
    expect(await inDoubt()).toEqual([expect.stringMatching(new RegExp(`\\(“letter:R1:sent”, filed on letter:elsewhere\\) is held by an event ${CASEY_ID.displayName} \\(${escape(CASEY_ID.upn!)}\\) wrote naming ${escape(SAM.upn)} at `))]);
  });
});
