/**
 * The T21b probes that were open at 4c60281 (docs/attacks/t21-repro/open-probes.test.ts.txt, copied here as they were, but
 * for A2' — T21b-3's hiding from subject access, another engineer's — and reading what users see through readers-see.ts):
 * T21b-1 (B1, B1'), T21b-2 (B2, B2', B3), T21b-5 (C1, C1'), T21b-6 (D3), T21b-7 = T20-6 (D4, mended in f807cc4).
 *
 * T21b (docs/attacks/t21-2026-12-06.md): an independent check of f0af4ee (a first recording's own event carries the record's
 * digest; a record SharePoint says someone other than its recorder created or changed last is hers only while it reads as
 * one of her digests says; an item keyed apart from its record's id is nobody's). Each probe asserts what SHOULD happen, so
 * a failing probe is a finding. Casey (any caseworker, Contribute on ContactLog, add-only on AuditTrail) writes through
 * Graph with her own token; SharePoint's createdBy / lastModifiedBy she cannot forge.
 *
 * Mended (E111): a record counts as a person's decision only while it reads as the message's latest decision event on the
 * audit trail names it (src/app/records/latest-decision.ts), whoever SharePoint names as its creator or last writer; and a
 * decision's event names what its RecordJson says it replaced too (src/policy/record-digest.ts, format 2). The last block
 * checks that a trail written before that (format 1: the record alone) reads as it did.
 */
import { describe, expect, it } from "vitest";
import { CASEY, MORGAN, ROBIN, SAM } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { alexDemand, ALEX, DEMAND } from "../emulator/alex-demand";
import { readersOn as readersOnDemo, verifyOn as verifyOnDemo } from "./readers-see";
import type { CaseStore } from "../../src/store/port";

const demo = demoSiteEachTest();
const { recordAt, recordAs, contactItem, patches, patchesColumns, deletesAndReposts } = alexDemand(demo);
const REAL_SUBJECT = "Reply within the hour";

const verifyOn = (id: string) => verifyOnDemo(demo, id);

const readersOn = (id: string, address: string, subject: string) => readersOnDemo(demo, id, address, subject);

describe("T21b probes open at 4c60281, mended in E111 (T21b-1, -2, -5, -6; D4 = T21b-7 since f807cc4)", () => {
  it("B1 delete and re-POST Sam's first recording after her correction: Sam records 'abusive', corrects it to nothing; Casey deletes the item and POSTs the first recording's columns exactly: no reader counts 'abusive' as Sam's", async () => {
    await recordAt(SAM, ["abusive"], 0);
    const first = { ...(await contactItem(DEMAND, CASEY)).item.fields };
    expect((await recordAt(SAM, [], 2000)).status).toBe("corrected");
    await deletesAndReposts(DEMAND, first);
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect({ letterQuotesUnflagged: seen.letterQuotesUnflagged, paneShowsItAsSams: seen.paneShowsItAsSams, inHistory: seen.inHistory, inSeed: seen.inSeed, verifyNamesCasey: seen.verifyNamesCasey }).toEqual({
      letterQuotesUnflagged: false,
      paneShowsItAsSams: false,
      inHistory: false,
      inSeed: false,
      verifyNamesCasey: true,
    });
  });

  it("B1' the same after Robin's correction to nothing: Sam's undone 'abusive', re-POSTed by Casey, is not cited in Alex's warning letter unflagged", async () => {
    await recordAt(SAM, ["abusive"], 0);
    const first = { ...(await contactItem(DEMAND, CASEY)).item.fields };
    expect((await recordAs(ROBIN, [], DEMAND, REAL_SUBJECT, ALEX, demo.storeOf(ROBIN), new Date(Date.now() + 2000))).status).toBe("corrected");
    await deletesAndReposts(DEMAND, first);
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect({ letterQuotesUnflagged: seen.letterQuotesUnflagged, verifyNamesIt: seen.verify.length > 0 }).toEqual({ letterQuotesUnflagged: false, verifyNamesIt: true });
  });

  it("B2 a correction put back by PATCH: Sam records 'abusive', corrects to 'demands', then to nothing; Casey PATCHes back the 'demands' correction: not Sam's decision now", async () => {
    await recordAt(SAM, ["abusive"], 0);
    expect((await recordAt(SAM, ["demands"], 2000)).status).toBe("corrected");
    const middle = (await contactItem(DEMAND, CASEY)).item.fields.RecordJson!;
    expect((await recordAt(SAM, [], 4000)).status).toBe("corrected");
    await patches(DEMAND, (_r, json) => Object.assign(json, JSON.parse(middle)), { Categories: "demands", Outcome: "corrected" });
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect({ letterQuotesUnflagged: seen.letterQuotesUnflagged, paneShowsItAsSams: seen.paneShowsItAsSams, inSeed: seen.inSeed, verifyNamesCasey: seen.verifyNamesCasey }).toEqual({
      letterQuotesUnflagged: false,
      paneShowsItAsSams: false,
      inSeed: false,
      verifyNamesCasey: true,
    });
  });

  it("B2' Robin's correction put back by PATCH after Sam's later one: Sam records nothing, Robin corrects to 'abusive', Sam corrects back to nothing; Casey PATCHes Robin's back: not counted unflagged", async () => {
    await recordAt(SAM, [], 0);
    expect((await recordAs(ROBIN, ["abusive"], DEMAND, REAL_SUBJECT, ALEX, demo.storeOf(ROBIN), new Date(Date.now() + 2000))).status).toBe("corrected");
    const robins = (await contactItem(DEMAND, CASEY)).item.fields.RecordJson!;
    expect((await recordAt(SAM, [], 4000)).status).toBe("corrected");
    await patches(DEMAND, (_r, json) => Object.assign(json, JSON.parse(robins)), { Categories: "abusive", Outcome: "corrected" });
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect({ letterQuotesUnflagged: seen.letterQuotesUnflagged, verifyNamesIt: seen.verify.length > 0 }).toEqual({ letterQuotesUnflagged: false, verifyNamesIt: true });
  });

  it("B3 a correction put back by delete and re-POST: Sam records 'abusive', corrects to 'demands', then to nothing; Casey re-POSTs the 'demands' item: not counted unflagged", async () => {
    await recordAt(SAM, ["abusive"], 0);
    expect((await recordAt(SAM, ["demands"], 2000)).status).toBe("corrected");
    const middle = { ...(await contactItem(DEMAND, CASEY)).item.fields };
    expect((await recordAt(SAM, [], 4000)).status).toBe("corrected");
    await deletesAndReposts(DEMAND, middle);
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect({ letterQuotesUnflagged: seen.letterQuotesUnflagged, verifyNamesIt: seen.verify.length > 0 }).toEqual({ letterQuotesUnflagged: false, verifyNamesIt: true });
  });

  it("C1 `replaced` rewritten on Sam's correction (Sam records 'abusive', corrects it to 'demands'; Casey makes `replaced` say Morgan recorded 'abusive' a year ago): verify names Casey's change", async () => {
    await recordAt(SAM, ["abusive"], 0);
    expect((await recordAt(SAM, ["demands"], 2000)).status).toBe("corrected");
    await patches(DEMAND, (_r, json) => void ((json.replaced as Record<string, unknown>).recordedBy = MORGAN.upn), {});
    expect((await verifyOn(DEMAND)).some((w) => /Casey Worker/.test(w))).toBe(true);
  });

  it("C1' `replaced` planted on Sam's first recording (naming Morgan as an earlier recorder), then Robin corrects it through the add-in: neither Robin's event nor verify says Sam added a record outside the add-in", async () => {
    await recordAt(SAM, ["abusive"], 0);
    await patches(DEMAND, (r, json) => void (json.replaced = { categories: [], outcome: "dismissed", recordedBy: MORGAN.upn, recordedAt: new Date(Date.now() - 86_400_000).toISOString() }));
    expect((await recordAs(ROBIN, ["demands"], DEMAND, REAL_SUBJECT, ALEX, demo.storeOf(ROBIN), new Date(Date.now() + 2000))).status).toBe("corrected");
    const trail = await demo.storeOf(MORGAN).auditFor(`contact:${DEMAND}`);
    const accuses = trail.some((e) => /added outside the add-in by Sam/.test(e.detail)) || (await verifyOn(DEMAND)).some((w) => /said Sam Carter .*added it/.test(w));
    expect(accuses).toBe(false);
  });

  it("D3 Casey rewrites the subject; Sam then saves the item unchanged through Graph (her own harmless save): the rewritten subject is not read as Sam's decision unflagged", async () => {
    await recordAt(SAM, ["demands"], 0);
    await patches(DEMAND, (r) => void (r.subject = "You will regret this, scum"), { Title: "You will regret this, scum" });
    await patchesColumns(DEMAND, { Title: "You will regret this, scum" }, SAM);
    const seen = await readersOn(DEMAND, ALEX, "You will regret this, scum");
    expect(seen.letterQuotesUnflagged).toBe(false);
  });

  it("D4 (known T20-6 shape) Casey rewrites the subject; Sam then corrects the record through the add-in (to 'abusive'): Casey's subject is not quoted as Sam's correction unflagged", async () => {
    await recordAt(SAM, ["demands"], 0);
    await patches(DEMAND, (r) => void (r.subject = "You will regret this, scum"), { Title: "You will regret this, scum" });
    expect((await recordAt(SAM, ["abusive"], 2000)).status).toBe("corrected");
    const seen = await readersOn(DEMAND, ALEX, "You will regret this, scum");
    expect(seen.letterQuotesUnflagged).toBe(false);
  });
});

it("D3, then Sam presses Record with the same decision: not \"Already recorded\" on Casey's subject — her decision is recorded anew, the pane told the record there was in doubt", async () => {
  await recordAt(SAM, ["demands"], 0);
  await patches(DEMAND, (r) => void (r.subject = "You will regret this, scum"), { Title: "You will regret this, scum" });
  await patchesColumns(DEMAND, { Title: "You will regret this, scum" }, SAM);
  const again = await recordAt(SAM, ["demands"], 2000);
  expect({ status: again.status, inDoubt: again.status === "corrected" && again.notHers !== undefined && "inDoubt" in again.notHers }).toEqual({ status: "corrected", inDoubt: true });
  expect((await readersOn(DEMAND, ALEX, REAL_SUBJECT)).paneShowsItAsSams).toBe(true);
});

// ---- what the latest-decision rule leaves (README: still possible, safe side) ----

it("Casey adds a 'corrected' event in her own name (a correction never made) after Sam's untouched record: in doubt (safe side), and verify says SharePoint names Sam as its only writer and whose name the later event is in, accusing nobody of changing it", async () => {
  await recordAt(SAM, ["demands"], 0);
  await demo.storeOf(CASEY).appendAudit({ id: `contact:${DEMAND}:corrected:${new Date().toISOString()}`, target: `contact:${DEMAND}`, action: "corrected (confirmed → dismissed)", by: CASEY.upn, at: new Date().toISOString(), detail: "Categories: demands → none.", recordDigest: "sha256:00000000000000000000000000000000" });
  const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
  expect({ letterQuotesUnflagged: seen.letterQuotesUnflagged, paneShowsItAsSams: seen.paneShowsItAsSams, inSeed: seen.inSeed }).toEqual({ letterQuotesUnflagged: false, paneShowsItAsSams: false, inSeed: false });
  const words = (await verifyOn(DEMAND)).join(" ");
  expect(words).toMatch(/SharePoint says Sam Carter .*added the ContactLog item of .* and nobody has changed it since\. It reads as a decision a later correction on the audit trail \(.*, in Casey Worker .*'s name\) replaced, .* unless that correction was never made and its event was added outside the add-in/);
  expect(words).not.toMatch(/Sam Carter \(\S+\) changed/);
});

// ---- a trail written before E111 (format 1: every digest the record's alone, nothing of what a correction replaced) ----

/** `real` as the add-in wrote before E111: each intent's and event's digest the record's alone (format 1). */
const formatOne = (real: CaseStore): CaseStore => ({
  ...real,
  appendAudit: async (e) => real.appendAudit(e.recordDigest ? { ...e, recordDigest: e.recordDigest.split("+replaced:")[0]! } : e),
});
const formatOneAs = (who: typeof SAM) => formatOne(demo.storeOf(who));
const digestsOnTrail = async () => (await demo.storeOf(MORGAN).auditFor(`contact:${DEMAND}`)).flatMap((e) => (e.recordDigest ? [e.recordDigest] : []));

describe("a format-1 trail (events written before E111) reads as it did", () => {
  it("untouched since: every reader counts Sam's record as hers, and verify says nothing", async () => {
    await recordAt(SAM, ["demands"], 0, formatOneAs(SAM));
    const digests = await digestsOnTrail();
    expect(digests.length).toBeGreaterThan(0);
    expect(digests.every((d) => /^sha256:[0-9a-f]{32}$/.test(d))).toBe(true);
    expect(await readersOn(DEMAND, ALEX, REAL_SUBJECT)).toMatchObject({ verify: [], letterQuotesUnflagged: true, inHistory: true, paneShowsItAsSams: true, inSeed: true, accessDoubt: false });
  });

  it("saved unchanged by Casey: still Sam's (her format-1 event names the record as it reads)", async () => {
    await recordAt(SAM, ["demands"], 0, formatOneAs(SAM));
    await patches(DEMAND, () => undefined);
    expect(await readersOn(DEMAND, ALEX, REAL_SUBJECT)).toMatchObject({ verify: [], paneShowsItAsSams: true, inSeed: true, accessDoubt: false });
  });

  it("its subject rewritten by Casey: in doubt to every reader, Casey named", async () => {
    await recordAt(SAM, ["demands"], 0, formatOneAs(SAM));
    await patches(DEMAND, (r) => void (r.subject = "You will regret this, scum"), { Title: "You will regret this, scum" });
    expect(await readersOn(DEMAND, ALEX, "You will regret this, scum")).toMatchObject({ verify: ["contactTouchedOutside"], verifyNamesCasey: true, letterQuotesUnflagged: false, paneShowsItAsSams: false, inSeed: false, accessDoubt: true });
  });

  it("Robin's format-1 correction, saved unchanged by Casey: still Robin's correction", async () => {
    await recordAt(SAM, ["demands"], 0, formatOneAs(SAM));
    expect((await recordAs(ROBIN, ["abusive"], DEMAND, REAL_SUBJECT, ALEX, formatOneAs(ROBIN), new Date(Date.now() + 2000))).status).toBe("corrected");
    await patches(DEMAND, () => undefined);
    expect(await readersOn(DEMAND, ALEX, REAL_SUBJECT)).toMatchObject({ verify: [], paneShowsItAsSams: true, paneCategories: ["abusive"], inSeed: true });
  });

  it("B1 on a format-1 trail: Sam's first recording re-POSTed after her correction is in doubt, Casey named", async () => {
    await recordAt(SAM, ["abusive"], 0, formatOneAs(SAM));
    const first = { ...(await contactItem(DEMAND, CASEY)).item.fields };
    expect((await recordAt(SAM, [], 2000, formatOneAs(SAM))).status).toBe("corrected");
    await deletesAndReposts(DEMAND, first);
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect({ letterQuotesUnflagged: seen.letterQuotesUnflagged, paneShowsItAsSams: seen.paneShowsItAsSams, inSeed: seen.inSeed, verifyNamesCasey: seen.verifyNamesCasey }).toEqual({ letterQuotesUnflagged: false, paneShowsItAsSams: false, inSeed: false, verifyNamesCasey: true });
  });

  it("C1' on a format-1 trail: a `replaced` planted on Sam's first recording (which format 1 does not cover) does not make Robin's correction's event say Sam added it outside the add-in", async () => {
    await recordAt(SAM, ["abusive"], 0, formatOneAs(SAM));
    await patches(DEMAND, (_r, json) => void (json.replaced = { categories: [], outcome: "dismissed", recordedBy: MORGAN.upn, recordedAt: new Date(Date.now() - 86_400_000).toISOString() }));
    expect((await recordAs(ROBIN, ["demands"], DEMAND, REAL_SUBJECT, ALEX, formatOneAs(ROBIN), new Date(Date.now() + 2000))).status).toBe("corrected");
    const trail = await demo.storeOf(MORGAN).auditFor(`contact:${DEMAND}`);
    expect(trail.some((e) => /added outside the add-in/.test(e.detail))).toBe(false);
    expect((await verifyOn(DEMAND)).some((w) => /added it/.test(w))).toBe(false);
  });
  it("C1 on a format-1 trail: Robin's correction with its `replaced` rewritten to name Morgan (which format 1 does not cover), then Sam's correction through the add-in: her event does not say Robin's decision was added outside the add-in", async () => {
    await recordAt(SAM, ["abusive"], 0, formatOneAs(SAM));
    expect((await recordAs(ROBIN, ["demands"], DEMAND, REAL_SUBJECT, ALEX, formatOneAs(ROBIN), new Date(Date.now() + 2000))).status).toBe("corrected");
    await patches(DEMAND, (_r, json) => void ((json.replaced as Record<string, unknown>).recordedBy = MORGAN.upn));
    expect((await recordAt(SAM, [], 4000, formatOneAs(SAM))).status).toBe("corrected");
    const trail = await demo.storeOf(MORGAN).auditFor(`contact:${DEMAND}`);
    expect(trail.some((e) => /added outside the add-in/.test(e.detail))).toBe(false);
    expect((await verifyOn(DEMAND)).some((w) => /added it/.test(w))).toBe(false);
  });
});
