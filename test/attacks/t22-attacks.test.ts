/**
 * T22 (docs/attacks/t22-2026-12-06.md): an independent check of E111 (a record counts only while it reads as the message's
 * latest decision event on the trail; decision digests format 2, covering `replaced`) and E112 (decision events name the
 * record's sender in the AuditTrail's indexed About column; subject access, the pane's history and a proposal's seed find a
 * person's records from the trail too). Each probe asserts what SHOULD happen, so a failing probe is a finding.
 *
 * Attacker: Casey, a caseworker with her own Graph token, Contribute on ContactLog (edit and delete any item), add-only on
 * AuditTrail (every event she adds is in her own SharePoint name). Victims: Sam's and Robin's real decisions.
 *
 * E115 mended T22-1 (F1, F1', F2, F3, F1-fmt1 pass; W1, W2 added: a colleague's write-up of a lost event still vouches for
 * nothing but the decider's own word, and Casey's write-up-shaped event does not). The probes still failing — I1 (T22-4),
 * L4 (T22-2), T1 (T22-3) — are in docs/attacks/t22-repro/open-probes.test.ts.txt, not run here.
 */
import { describe, expect, it } from "vitest";
import { CASEY, MORGAN, ROBIN, SAM, DEMO_ROSTER } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { alexDemand, losingEvents, ALEX, DEMAND, pack } from "../emulator/alex-demand";
import { readersSee, verifyOn as verifyOnDemo } from "./readers-see";
import { exportPerson } from "../../src/app/records/subject-access";
import { reconcile } from "../../src/app/records/reconcile";
import type { ContactRecord } from "../../src/policy/contact";
import type { AuditEvent, CaseStore } from "../../src/store/port";

const demo = demoSiteEachTest();
const { recordAt, recordAs, contactItem, pane, guard, approvedOnDemand, patches, deletesAndReposts } = alexDemand(demo);
const REAL_SUBJECT = "Reply within the hour";
const BOB = "bob.jones@example.com";

const verifyOn = (id: string) => verifyOnDemo(demo, id);

/** Casey PATCHes the item of DEMAND back to `recordJson` (an earlier RecordJson, word for word) with its columns saying "abusive". */
const patchesBack = (recordJson: string) =>
  patches(DEMAND, (_r, json) => {
    for (const k of Object.keys(json)) delete json[k];
    Object.assign(json, JSON.parse(recordJson));
  }, { Categories: "abusive", Outcome: "confirmed" });

const trailOf = async (id = DEMAND) => demo.storeOf(MORGAN).auditFor(`contact:${id}`);

/** Casey adds a decision event on `id` in her own name (all she can do on an add-only trail) carrying `digest`. */
async function caseyAddsDecision(digest: string | undefined, opts: { id?: string; action?: string; at?: string; about?: string } = {}): Promise<void> {
  const id = opts.id ?? DEMAND;
  const at = opts.at ?? new Date().toISOString();
  const event: AuditEvent = {
    id: `contact:${id}:corrected:${at}`,
    target: `contact:${id}`,
    action: opts.action ?? "corrected (dismissed → confirmed)",
    by: CASEY.upn,
    at,
    detail: "Categories: none → abusive. Replaces the decision recorded before it.",
    ...(digest ? { recordDigest: digest } : {}),
    ...(opts.about ? { about: opts.about } : {}),
  };
  await demo.storeOf(CASEY).appendAudit(event);
}

/** The digest on Sam's (or `who`'s) event whose action starts with `action`, as any caseworker can read it off the trail. */
async function digestOn(action: RegExp, who = SAM): Promise<string> {
  const e = (await trailOf()).filter((x) => action.test(x.action) && x.by === who.upn && x.recordDigest).at(-1);
  expect(e?.recordDigest).toBeDefined();
  return e!.recordDigest!;
}

/** What a user sees of record `id` when reading about `address` (as t21-open's readersOn). */
async function readersOn(id: string, address: string, subject: string) {
  const { words, letterText, told, other, onIt, seed, exported } = await readersSee(demo, id, address);
  return {
    verify: words.map((w) => w.split(":")[0]),
    verifyWords: words.join(" "),
    verifyNamesCasey: words.some((w) => /Casey Worker/.test(w)),
    letterQuotes: letterText.includes(subject),
    letterTells: told.includes(id),
    letterQuotesUnflagged: letterText.includes(subject) && !told.includes(id),
    inHistory: other.history.contacts.some((c) => c.subject === subject) || Boolean(other.records?.contacts.some((c) => c.internetMessageId === id)),
    paneShowsIt: onIt.recorded !== undefined,
    paneCategories: onIt.recorded ? (onIt.recorded as { categories?: unknown }).categories : undefined,
    paneInDoubt: onIt.recordedOutside,
    inSeed: seed.contacts.some((c) => c.internetMessageId === id),
    exported: exported.contacts.some((c) => c.internetMessageId === id),
    accessDoubt: exported.contactDoubts?.[id],
  };
}

/** The readers that must not count a put-back decision as a person's: all false means none does. */
const counted = (s: Awaited<ReturnType<typeof readersOn>>) => ({ letterQuotesUnflagged: s.letterQuotesUnflagged, paneShowsIt: s.paneShowsIt, inHistory: s.inHistory, inSeed: s.inSeed, verifyNamesCasey: s.verifyNamesCasey });
const NOT_COUNTED = { letterQuotesUnflagged: false, paneShowsIt: false, inHistory: false, inSeed: false, verifyNamesCasey: true };

// ---- E111: a put-back decision made "latest" again by an event Casey adds in her own name ----

describe("E111: Casey re-asserts an undone decision with one event of her own on the add-only trail", () => {
  it("F1 B1 + her event: Sam records 'abusive', corrects it to nothing; Casey DELETEs and re-POSTs the first recording and adds a 'corrected' event in her own name carrying Sam's first digest (copied off the trail): no reader counts 'abusive' as Sam's", async () => {
    await recordAt(SAM, ["abusive"], 0);
    const first = { ...(await contactItem(DEMAND, CASEY)).item.fields };
    const firstDigest = await digestOn(/^recorded \(/);
    expect((await recordAt(SAM, [], 2000)).status).toBe("corrected");
    await deletesAndReposts(DEMAND, first);
    await caseyAddsDecision(firstDigest);
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    if (process.env.T22_DEBUG) console.log("F1", seen.verifyWords, seen.paneCategories, seen.accessDoubt);
    expect(counted(seen)).toEqual(NOT_COUNTED);
  });

  it("F1' the same with her event a 'recorded (confirmed)' one dated before Sam's correction (an earlier At): not Sam's", async () => {
    await recordAt(SAM, ["abusive"], 0);
    const first = { ...(await contactItem(DEMAND, CASEY)).item.fields };
    const firstDigest = await digestOn(/^recorded \(/);
    expect((await recordAt(SAM, [], 2000)).status).toBe("corrected");
    await deletesAndReposts(DEMAND, first);
    await caseyAddsDecision(firstDigest, { action: "recorded (confirmed)", at: new Date(Date.now() - 3_600_000).toISOString() });
    expect(counted(await readersOn(DEMAND, ALEX, REAL_SUBJECT))).toEqual(NOT_COUNTED);
  });

  it("F2 B2 + her event: Sam records 'abusive', corrects to 'demands', then to nothing; Casey PATCHes the 'demands' correction back and adds an event of her own naming it: not Sam's decision", async () => {
    await recordAt(SAM, ["abusive"], 0);
    expect((await recordAt(SAM, ["demands"], 2000)).status).toBe("corrected");
    const middle = (await contactItem(DEMAND, CASEY)).item.fields.RecordJson!;
    const middleDigest = await digestOn(/^corrected \(/);
    expect((await recordAt(SAM, [], 4000)).status).toBe("corrected");
    await patches(DEMAND, (_r, json) => Object.assign(json, JSON.parse(middle)), { Categories: "demands", Outcome: "corrected" });
    await caseyAddsDecision(middleDigest);
    expect(counted(await readersOn(DEMAND, ALEX, REAL_SUBJECT))).toEqual(NOT_COUNTED);
  });

  it("F2' B1 by PATCH + her event (the first recording put back by PATCH, not re-POST): not Sam's", async () => {
    await recordAt(SAM, ["abusive"], 0);
    const firstJson = (await contactItem(DEMAND, CASEY)).item.fields.RecordJson!;
    const firstDigest = await digestOn(/^recorded \(/);
    expect((await recordAt(SAM, [], 2000)).status).toBe("corrected");
    await patchesBack(firstJson);
    await caseyAddsDecision(firstDigest);
    expect(counted(await readersOn(DEMAND, ALEX, REAL_SUBJECT))).toEqual(NOT_COUNTED);
  });

  it("F2'' F2' when Sam corrected from a PC whose clock runs an hour behind (her correction's At before her first recording's time): the PATCHed-back first recording, with Casey's event naming it, is not Sam's", async () => {
    await recordAt(SAM, ["abusive"], 0);
    const firstJson = (await contactItem(DEMAND, CASEY)).item.fields.RecordJson!;
    const firstDigest = await digestOn(/^recorded \(/);
    expect((await recordAt(SAM, [], -3_600_000)).status).toBe("corrected");
    await patchesBack(firstJson);
    await caseyAddsDecision(firstDigest);
    expect(counted(await readersOn(DEMAND, ALEX, REAL_SUBJECT))).toEqual(NOT_COUNTED);
  });

  it("F3 B3 + her event: Robin's correction to 'abusive' re-POSTed by Casey after Sam corrected it back to nothing, with Casey's event naming Robin's digest: not counted as Robin's", async () => {
    await recordAt(SAM, [], 0);
    expect((await recordAs(ROBIN, ["abusive"], DEMAND, REAL_SUBJECT, ALEX, demo.storeOf(ROBIN), new Date(Date.now() + 2000))).status).toBe("corrected");
    const robins = { ...(await contactItem(DEMAND, CASEY)).item.fields };
    const robinsDigest = await digestOn(/^corrected \(/, ROBIN);
    expect((await recordAt(SAM, [], 4000)).status).toBe("corrected");
    await deletesAndReposts(DEMAND, robins);
    await caseyAddsDecision(robinsDigest);
    expect(counted(await readersOn(DEMAND, ALEX, REAL_SUBJECT))).toEqual(NOT_COUNTED);
  });

  it("F1-fmt1 F1 on a trail written before E111 (Sam's events format 1; Casey's event carries the record's format-1 digest): not Sam's", async () => {
    const real = demo.storeOf(SAM);
    const formatOne: CaseStore = { ...real, appendAudit: async (e) => real.appendAudit(e.recordDigest ? { ...e, recordDigest: e.recordDigest.split("+replaced:")[0]! } : e) };
    await recordAt(SAM, ["abusive"], 0, formatOne);
    const first = { ...(await contactItem(DEMAND, CASEY)).item.fields };
    const firstDigest = await digestOn(/^recorded \(/);
    expect((await recordAt(SAM, [], 2000, formatOne)).status).toBe("corrected");
    await deletesAndReposts(DEMAND, first);
    await caseyAddsDecision(firstDigest);
    expect(counted(await readersOn(DEMAND, ALEX, REAL_SUBJECT))).toEqual(NOT_COUNTED);
  });

  it("F5 an approval brought back: Morgan approves Alex's strategy on Sam's 'demands'; Sam corrects it to nothing (the approval is lifted); Casey re-POSTs the first recording and adds her event naming it: the strategy is not back in force, and the compose guard enforces nothing on it", async () => {
    await recordAt(SAM, ["demands"], 0);
    const first = { ...(await contactItem(DEMAND, CASEY)).item.fields };
    const firstDigest = await digestOn(/^recorded \(/);
    await approvedOnDemand();
    expect((await recordAt(SAM, [], 2000)).status).toBe("corrected");
    expect((await pane()).inForce).toBe(false);
    await deletesAndReposts(DEMAND, first);
    await caseyAddsDecision(firstDigest);
    const terms = await guard();
    expect({ inForce: (await pane()).inForce, restrictions: terms?.restrictions.length ?? 0 }).toEqual({ inForce: false, restrictions: 0 });
  });

  it("F5' a new approval on it: after Sam's correction to nothing, Casey re-POSTs Sam's 'demands' and adds her event naming it; Morgan's approval on that record does not go into force", async () => {
    await recordAt(SAM, ["demands"], 0);
    const first = { ...(await contactItem(DEMAND, CASEY)).item.fields };
    const firstDigest = await digestOn(/^recorded \(/);
    expect((await recordAt(SAM, [], 2000)).status).toBe("corrected");
    await deletesAndReposts(DEMAND, first);
    await caseyAddsDecision(firstDigest);
    // approvedOnDemand asserts the approval went into force: it must not.
    const refused = await approvedOnDemand().then(() => undefined, (e: unknown) => String(e));
    if (process.env.T22_DEBUG) console.log("F5p", refused?.slice(0, 900));
    // decide() answers { ok: false, … } (the approval's evidence judged apart: evidence-as-judged's own `later` test).
    expect(refused).toMatch(/expected \{ ok: false/);
  });

  it("F4 format confusion: Casey rewrites `replaced` on Sam's correction (format 2 covers it) and adds an event of her own carrying the FORMAT-1 digest of the record (which says nothing of `replaced`): verify still names Casey's change", async () => {
    await recordAt(SAM, ["abusive"], 0);
    expect((await recordAt(SAM, ["demands"], 2000)).status).toBe("corrected");
    const formatTwo = await digestOn(/^corrected \(/);
    await patches(DEMAND, (_r, json) => void ((json.replaced as Record<string, unknown>).recordedBy = MORGAN.upn));
    await caseyAddsDecision(formatTwo.split("+replaced:")[0]);
    expect((await verifyOn(DEMAND)).some((w) => /Casey Worker/.test(w))).toBe(true);
  });
});

// ---- E111: what Casey's events alone can and cannot do ----

describe("E111: events Casey adds in her own name", () => {
  it("H1 (held in T21) Casey's 'corrected' event with a digest naming nothing after Sam's untouched record: in doubt (safe side) — and Alex's subject access export does not say Sam changed it", async () => {
    await recordAt(SAM, ["demands"], 0);
    await caseyAddsDecision("sha256:00000000000000000000000000000000");
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect(seen.paneShowsIt).toBe(false);
    expect(seen.exported).toBe(true);
    expect(seen.accessDoubt ?? "").not.toMatch(/Sam Carter \(\S+\) changed it/);
  });

  it("H2 Casey's event carrying the digest of a record she then writes (subject rewritten, her event first, then her PATCH): not Sam's, Casey named", async () => {
    await recordAt(SAM, ["demands"], 0);
    const { json } = await contactItem(DEMAND, CASEY);
    const forged = { ...json.record, subject: "You will regret this, scum" } as ContactRecord;
    const { recordDigest } = await import("../../src/policy/record-digest");
    await caseyAddsDecision(recordDigest(forged));
    await patches(DEMAND, (r) => void (r.subject = "You will regret this, scum"), { Title: "You will regret this, scum" });
    const seen = await readersOn(DEMAND, ALEX, "You will regret this, scum");
    expect({ letterQuotesUnflagged: seen.letterQuotesUnflagged, paneShowsIt: seen.paneShowsIt, inSeed: seen.inSeed, verifyNamesCasey: seen.verifyNamesCasey }).toEqual({ letterQuotesUnflagged: false, paneShowsIt: false, inSeed: false, verifyNamesCasey: true });
  });

  it("H3 Casey's event naming Sam's current record (harmless): still Sam's", async () => {
    await recordAt(SAM, ["demands"], 0);
    await caseyAddsDecision(await digestOn(/^recorded \(/));
    expect(await readersOn(DEMAND, ALEX, REAL_SUBJECT)).toMatchObject({ paneShowsIt: true, inSeed: true });
  });
});

// ---- a correction's intent without its event ----

describe("a correction known only by its intent", () => {
  it("W1 (E115, legitimate: a decision event not in the decider's name) I2, then Morgan's reconcile writes Sam's lost correction event up in Morgan's name, with its digest: still Sam's correction to every reader, verify silent", async () => {
    await recordAt(SAM, [], 0);
    await recordAt(SAM, ["abusive"], 2000, losingEvents(demo.storeOf(SAM))).catch(() => undefined);
    await reconcile(demo.storeOf(MORGAN), { by: MORGAN.upn, now: new Date(Date.now() + 20 * 60_000).toISOString() });
    const writeUp = (await trailOf()).find((e) => e.action.endsWith("(written later)"));
    expect(writeUp).toMatchObject({ by: MORGAN.upn, recordDigest: expect.any(String) });
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect(seen).toMatchObject({ paneShowsIt: true, paneCategories: ["abusive"], paneInDoubt: undefined, inSeed: true, inHistory: true, exported: true, accessDoubt: undefined });
    expect(seen.verify).toEqual([]);
  });

  it("W2 (E115) F1 with Casey's event a write-up in form ('corrected (…) (written later)', in her own name, Sam's first digest): not Sam's", async () => {
    await recordAt(SAM, ["abusive"], 0);
    const first = { ...(await contactItem(DEMAND, CASEY)).item.fields };
    const firstDigest = await digestOn(/^recorded \(/);
    expect((await recordAt(SAM, [], 2000)).status).toBe("corrected");
    await deletesAndReposts(DEMAND, first);
    await caseyAddsDecision(firstDigest, { action: "recorded (confirmed) (written later)" });
    expect(counted(await readersOn(DEMAND, ALEX, REAL_SUBJECT))).toEqual(NOT_COUNTED);
  });

  it("I2 Sam's correction to 'abusive' lands with its event lost: still Sam's correction to every reader (T12 #5)", async () => {
    await recordAt(SAM, [], 0);
    await recordAt(SAM, ["abusive"], 2000, losingEvents(demo.storeOf(SAM))).catch(() => undefined);
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect(seen).toMatchObject({ paneShowsIt: true, paneCategories: ["abusive"], inSeed: true, accessDoubt: undefined });
    // verify owes the lost event (reconcile writes it up): "missing", nothing else.
    expect(seen.verify.filter((k) => k !== "missing")).toEqual([]);
  });
});

// ---- legitimate users' flows ----

describe("legitimate flows still read as their makers' decisions", () => {
  it("L1 record, correct, correct back: Sam's final decision is hers to every reader, verify silent", async () => {
    await recordAt(SAM, ["abusive"], 0);
    expect((await recordAt(SAM, [], 2000)).status).toBe("corrected");
    expect((await recordAt(SAM, ["abusive"], 4000)).status).toBe("corrected");
    expect(await readersOn(DEMAND, ALEX, REAL_SUBJECT)).toMatchObject({ verify: [], paneShowsIt: true, paneCategories: ["abusive"], inSeed: true, accessDoubt: undefined });
  });

  it("L2 Robin's correction, Sam's correction back, saved unchanged by Casey: Sam's", async () => {
    await recordAt(SAM, ["demands"], 0);
    expect((await recordAs(ROBIN, ["abusive"], DEMAND, REAL_SUBJECT, ALEX, demo.storeOf(ROBIN), new Date(Date.now() + 2000))).status).toBe("corrected");
    expect((await recordAt(SAM, ["demands"], 4000)).status).toBe("corrected");
    await patches(DEMAND, () => undefined);
    expect(await readersOn(DEMAND, ALEX, REAL_SUBJECT)).toMatchObject({ verify: [], paneShowsIt: true, paneCategories: ["demands"], inSeed: true, accessDoubt: undefined });
  });

  it("L3 Sam presses Record again with the same decision: unchanged, still hers", async () => {
    await recordAt(SAM, ["demands"], 0);
    await recordAt(SAM, ["demands"], 2000);
    expect(await readersOn(DEMAND, ALEX, REAL_SUBJECT)).toMatchObject({ verify: [], paneShowsIt: true, inSeed: true });
  });

  it("L5 a trail that spans the upgrade: Sam's first recording from before E111 (format 1), Robin's correction after it (format 2), saved unchanged by Casey: Robin's correction, verify silent", async () => {
    const real = demo.storeOf(SAM);
    const formatOne: CaseStore = { ...real, appendAudit: async (e) => real.appendAudit(e.recordDigest ? { ...e, recordDigest: e.recordDigest.split("+replaced:")[0]! } : e) };
    await recordAt(SAM, ["demands"], 0, formatOne);
    expect((await recordAs(ROBIN, ["abusive"], DEMAND, REAL_SUBJECT, ALEX, demo.storeOf(ROBIN), new Date(Date.now() + 2000))).status).toBe("corrected");
    await patches(DEMAND, () => undefined);
    expect(await readersOn(DEMAND, ALEX, REAL_SUBJECT)).toMatchObject({ verify: [], paneShowsIt: true, paneCategories: ["abusive"], inSeed: true, accessDoubt: undefined });
  });

  it("L6 Sam saves her own correction unchanged through Graph (a Title-only save, as the list's edit form would): still her correction", async () => {
    await recordAt(SAM, ["demands"], 0);
    expect((await recordAt(SAM, ["abusive"], 2000)).status).toBe("corrected");
    const { call, item } = await contactItem(DEMAND, SAM);
    expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { Title: REAL_SUBJECT })).status).toBe(200);
    expect(await readersOn(DEMAND, ALEX, REAL_SUBJECT)).toMatchObject({ verify: [], paneShowsIt: true, paneCategories: ["abusive"], inSeed: true });
  });

  it("L7 Robin's PC clock an hour behind Sam's: Robin's correction of Sam's record (its time before hers), saved unchanged by Casey, is Robin's", async () => {
    await recordAt(SAM, ["demands"], 0);
    expect((await recordAs(ROBIN, ["abusive"], DEMAND, REAL_SUBJECT, ALEX, demo.storeOf(ROBIN), new Date(Date.now() - 3_600_000))).status).toBe("corrected");
    await patches(DEMAND, () => undefined);
    expect(await readersOn(DEMAND, ALEX, REAL_SUBJECT)).toMatchObject({ verify: [], paneShowsIt: true, paneCategories: ["abusive"], inSeed: true });
  });
});

// ---- E112: the About column ----

const exportOf = async (address: string) => exportPerson(demo.storeOf(MORGAN), address, { by: MORGAN.upn, now: new Date().toISOString(), pack, roster: DEMO_ROSTER });

describe("E112: events naming a person in About", () => {
  it("A1 Casey floods About=Alex with events on Bob's messages and on ids no record has: Alex's export holds only his own record, without doubts, and the pane and seed still work", async () => {
    await recordAt(SAM, ["demands"], 0);
    await recordAs(SAM, ["abusive"], "<bob-1@example.com>", "Bob's own words", BOB);
    const store = demo.storeOf(CASEY);
    const events: AuditEvent[] = [];
    for (let i = 0; i < 40; i++) {
      const target = i % 2 ? "contact:<bob-1@example.com>" : `contact:<ghost-${i}@example.com>`;
      events.push({ id: `${target}:note:${i}`, target, action: i % 4 === 1 ? "recorded (confirmed)" : "note", by: CASEY.upn, at: new Date().toISOString(), detail: "x", about: ALEX });
    }
    await store.appendAudits(events);
    const exported = await exportOf(ALEX);
    expect(exported.contacts.map((c) => c.internetMessageId)).toEqual([DEMAND]);
    expect(exported.contactDoubts ?? {}).toEqual({});
    expect(await readersOn(DEMAND, ALEX, REAL_SUBJECT)).toMatchObject({ paneShowsIt: true, inSeed: true });
  });

  it("A2 Casey's events naming Bob on Alex's messages bring none of Alex's into Bob's export", async () => {
    await recordAt(SAM, ["demands"], 0);
    await caseyAddsDecision(undefined, { action: "note", about: BOB });
    expect((await exportOf(BOB)).contacts.map((c) => c.internetMessageId)).not.toContain(DEMAND);
  });

  it("A3 Casey's event naming Alex on Sam's record of Bob whose JSON sender she also rewrote to Alex: Alex's export does not present Bob's message as Alex's without a doubt entry", async () => {
    await recordAs(SAM, ["abusive"], "<bob-1@example.com>", "Bob's own words", BOB);
    await patches("<bob-1@example.com>", (r) => void (r.senderAddress = ALEX));
    await caseyAddsDecision(undefined, { id: "<bob-1@example.com>", action: "note", about: ALEX });
    const exported = await exportOf(ALEX);
    const has = exported.contacts.some((c) => c.internetMessageId === "<bob-1@example.com>");
    expect(!has || Boolean(exported.contactDoubts?.["<bob-1@example.com>"])).toBe(true);
  });

  it("A4 O'Brien with a typographic apostrophe in Casey's About: nothing of Bob's enters Pat's export; Pat's own moved record is found", async () => {
    const PAT = "pat.o'brien@example.org";
    await recordAs(SAM, ["demands"], "<pat-1@example.org>", "Pat's words", PAT);
    await recordAs(SAM, ["abusive"], "<bob-1@example.com>", "Bob's own words", BOB);
    await caseyAddsDecision(undefined, { id: "<bob-1@example.com>", action: "note", about: "pat.o\u2019brien@example.org" });
    const { call, item } = await contactItem("<pat-1@example.org>", CASEY);
    expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { SenderAddress: "nobody@example.invalid" })).status).toBe(200);
    const ids = (await exportOf(PAT)).contacts.map((c) => c.internetMessageId);
    expect(ids).toContain("<pat-1@example.org>");
    expect(ids).not.toContain("<bob-1@example.com>");
  });
});
