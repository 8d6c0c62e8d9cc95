/**
 * T21b-3 hiding (A2'), from docs/attacks/t21-repro/open-probes.test.ts.txt: Casey (Contribute on ContactLog) PATCHes only the
 * SenderAddress column of Sam's genuine record of Alex's message onto someone else. Since c6bc5c2 the item is filed apart
 * (nobody's) and records verify reports it; the readers that find Alex's records by that column (subject access, the pane's
 * history, the classifier's, a proposal's seed) must still find it — from the add-only AuditTrail, whose decision events
 * name the sender in their indexed About column — and say it is in doubt, never silently lack it.
 *
 * The first probe is the repro file's A2' as written (its setup copied from there); the rest say what each reader shows.
 */
import { describe, expect, it } from "vitest";
import { CASEY, MORGAN, SAM, DEMO_ROSTER } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { alexDemand, ALEX, DEMAND, pack } from "../emulator/alex-demand";
import { exportPerson } from "../../src/app/records/subject-access";
import { readersSee } from "./readers-see";

const demo = demoSiteEachTest();
const { recordAt, recordAs, patchesColumns } = alexDemand(demo);
const REAL_SUBJECT = "Reply within the hour";

/** What a user sees of record `id` when reading about `address` (readers-see.ts's readers), with the seed's and subject access's in-doubt entries. */
async function readersOn(id: string, address: string, subject: string) {
  const { words, letterText, told, other, onIt, seed, exported } = await readersSee(demo, id, address);
  return {
    verify: words.map((w) => w.split(":")[0]),
    verifyNamesCasey: words.some((w) => /Casey Worker/.test(w)),
    letterQuotes: letterText.includes(subject),
    letterTells: told.includes(id),
    letterQuotesUnflagged: letterText.includes(subject) && !told.includes(id),
    inHistory: other.history.contacts.some((c) => c.subject === subject) || Boolean(other.records?.contacts.some((c) => c.internetMessageId === id)),
    paneShowsItAsSams: onIt.recorded !== undefined,
    paneInDoubt: onIt.recordedOutside,
    inSeed: seed.contacts.some((c) => c.internetMessageId === id),
    seedApart: seed.addedOutside.find((o) => o.record.internetMessageId === id),
    exported: exported.contacts.some((c) => c.internetMessageId === id),
    accessDoubt: exported.contactDoubts?.[id],
    exportedAudit: exported.audit.filter((e) => e.target === `contact:${id}`).map((e) => e.action),
  };
}

describe("T21b-3 hiding (A2'): a record whose SenderAddress column was moved off Alex", () => {
  it("A2' SenderAddress column -> elsewhere (hiding): Alex's subject access export still holds Sam's record of Alex's own message", async () => {
    await recordAt(SAM, ["demands"], 0);
    await patchesColumns(DEMAND, { SenderAddress: "nobody@example.invalid" });
    expect((await readersOn(DEMAND, ALEX, REAL_SUBJECT)).exported).toBe(true);
  });

  it("is in Alex's export as his message, with a contactDoubts entry saying its columns were moved and by whom, its trail with it; in doubt in his pane and seed, never counted as Sam's", async () => {
    await recordAt(SAM, ["demands"], 0);
    await patchesColumns(DEMAND, { SenderAddress: "bob.jones@example.com" });
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect(seen.exported).toBe(true);
    expect(seen.accessDoubt).toMatch(/names alex\.morgan@example\.com as its sender/);
    expect(seen.accessDoubt).toMatch(/filed under SenderAddress “bob\.jones@example\.com”: its columns were moved outside the add-in/);
    expect(seen.accessDoubt).toMatch(/SharePoint says Casey Worker .* changed it last/);
    expect(seen.exportedAudit).toEqual(expect.arrayContaining(["intent: record", "recorded (confirmed)"]));
    // The pane on Alex's message: in doubt, naming Casey — not "not recorded", and not Sam's decision.
    expect(seen.paneShowsItAsSams).toBe(false);
    expect(seen.paneInDoubt).toMatchObject({ record: { internetMessageId: DEMAND }, inDoubt: { changedBy: { displayName: "Casey Worker" } } });
    // The classifier's history and the seed do not count it as Sam's decision; the seed lists it apart, as in doubt.
    expect(seen.inHistory).toBe(false);
    expect(seen.inSeed).toBe(false);
    expect(seen.seedApart).toMatchObject({ inDoubt: { changedBy: { displayName: "Casey Worker" } } });
    // And records verify still reports it, naming Casey.
    expect(seen.verifyNamesCasey).toBe(true);
  });

  it("also when its StrategyKey and ReceivedAt columns are moved too (the ReceivedAt column backdated to 2020)", async () => {
    await recordAt(SAM, ["demands"], 0);
    await patchesColumns(DEMAND, { SenderAddress: "nobody@example.invalid", StrategyKey: "demo-pat-obrien", ReceivedAt: "2020-01-01T00:00:00Z" });
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect(seen.exported).toBe(true);
    expect(seen.accessDoubt).toMatch(/SenderAddress “nobody@example\.invalid”, StrategyKey “demo-pat-obrien”, ReceivedAt/);
    expect(seen.paneInDoubt).toBeDefined();
  });

  it("under an apostrophe (Pat O'Brien's address, the OData literal's quote doubled): moved off Pat, still in Pat's export, in doubt", async () => {
    const PAT = "pat.o'brien@example.org";
    await recordAs(SAM, ["demands"], "<pat-1@example.org>", "Pat's words", PAT);
    await patchesColumns("<pat-1@example.org>", { SenderAddress: "nobody@example.invalid" });
    const exported = await exportPerson(demo.storeOf(MORGAN), PAT, { by: MORGAN.upn, now: new Date().toISOString(), pack, roster: DEMO_ROSTER });
    expect(exported.contacts.map((c) => c.internetMessageId)).toContain("<pat-1@example.org>");
    expect(exported.contactDoubts?.["<pat-1@example.org>"]).toMatch(/names pat\.o'brien@example\.org as its sender/);
  });

  it("an event Casey adds naming Alex on Bob's message brings no record of Bob's into Alex's export", async () => {
    await recordAs(SAM, ["demands"], "<bob-1@example.com>", "Bob's own words", "bob.jones@example.com");
    const store = demo.storeOf(CASEY);
    await store.appendAudit({ id: "contact:<bob-1@example.com>:casey-note", target: "contact:<bob-1@example.com>", action: "note", by: CASEY.upn, at: new Date().toISOString(), detail: "About Alex.", about: ALEX });
    const exported = await exportPerson(demo.storeOf(MORGAN), ALEX, { by: MORGAN.upn, now: new Date().toISOString(), pack, roster: DEMO_ROSTER });
    expect(exported.contacts.map((c) => c.internetMessageId)).not.toContain("<bob-1@example.com>");
  });

  it("a record left where it was is exported as before: Sam's, no doubt", async () => {
    await recordAt(SAM, ["demands"], 0);
    const seen = await readersOn(DEMAND, ALEX, REAL_SUBJECT);
    expect(seen).toMatchObject({ exported: true, accessDoubt: undefined, paneShowsItAsSams: true, inSeed: true });
  });
});
