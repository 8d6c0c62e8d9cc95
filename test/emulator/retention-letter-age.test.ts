import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, SAM, tokenOf } from "../../dev/demo/people";
import { applyRetention } from "../../src/app/records/retention";
import { verifyRecords } from "../../src/app/records/verify";
import { letterDraftedEvent } from "../../src/app/letters";
import { decide } from "../../src/app/strategy/actions";
import type { LetterRecord } from "../../src/policy/letters/record";
import { strategyFields } from "../../src/store/sharepoint/mapping";
import { demoSiteEachTest, recordsWrittenEarlier } from "../fakes/demo-office";
import { caller } from "./client";
import { PAT, YEAR, draftedLetter, pack, retentionAttack } from "./retention-letters";

/**
 * T10 #12: retention dated a letter by its own preparedAt and filed it by its own strategyId — both in LetterJson, which
 * any caseworker may rewrite through Graph (Letters has no list permissions). Casey could have Sam's letter written this
 * week deleted at the next purge: by backdating it, or by refiling it under a long-ended strategy, whose letters went with
 * it (found by the StrategyKey column, anyone's to edit too). Retention now dates a letter by SharePoint's own
 * createdDateTime of its item, deletes only the letters its plan judged, and keeps a letter `records verify` doubts.
 */
const demo = demoSiteEachTest();
const { caseyRewrites, plan } = retentionAttack(demo);
const letter = draftedLetter;
const lettersTo = async (address: string) => (await demo.storeOf(SAM).lettersFor({ address })).map((l) => l.id);

describe("retention dates a letter by SharePoint's record of it, not by what the letter says (T10 #12)", () => {
  it("SharePoint's Created of a letter is refused to a caseworker's write, and stays as SharePoint set it", async () => {
    await demo.storeOf(SAM).recordLetter(letter("W-sam"));
    const call = caller(() => demo.emulator, tokenOf(CASEY));
    const [item] = (await call("GET", `/sites/${demo.siteId}/lists/Letters/items?$expand=fields`)).body.value as Array<{ id: string; createdDateTime: string }>;
    const refused = await call("PATCH", `/sites/${demo.siteId}/lists/Letters/items/${item!.id}/fields`, { Created: "2001-01-01T00:00:00Z" });
    expect(refused.status).toBe(400);
    expect((await call("GET", `/sites/${demo.siteId}/lists/Letters/items/${item!.id}`)).body.createdDateTime).toBe(item!.createdDateTime);
  });

  it("Sam's warning of this week, backdated three years in its record by Casey, is not deleted: the plan keeps it and says its record was rewritten", async () => {
    await demo.storeOf(SAM).recordLetter(letter("W-sam"));
    await caseyRewrites("W-sam", (l) => ({ ...l, preparedAt: new Date(Date.now() - 3 * YEAR).toISOString() }));
    const planned = await plan();
    expect(planned.letters.map((l) => l.id)).toEqual([]);
    expect(planned.lettersKept.map((l) => [l.id, l.why])).toEqual([["W-sam", expect.stringMatching(/^it says it was prepared on .*, but SharePoint recorded it on .*, within its period: its record was rewritten$/)]]);
  });

  it("Sam's letter to Pat, refiled by Casey under Jordan's strategy ended eight years ago, outlives the purge that deletes Jordan's", async () => {
    const morgan = demo.storeOf(MORGAN);
    const jordan = (await morgan.getStrategy("demo-jordan-blake"))!;
    expect(await decide(morgan, pack, jordan, { type: "end", by: MORGAN, at: new Date().toISOString(), why: "Contact has stopped." })).toMatchObject({ ok: true });
    // Jordan's record as an office's is eight years on: every date it gives, and SharePoint's own, that far back.
    const back = (at: string | undefined) => at && new Date(Date.parse(at) - 8 * YEAR).toISOString();
    await demo.patchStrategyItem(MORGAN, "demo-jordan-blake", (s) => strategyFields({ ...s, proposedAt: back(s.proposedAt), approvedAt: back(s.approvedAt), endedAt: back(s.endedAt), history: s.history.map((h) => ({ ...h, at: back(h.at)! })) }));
    recordsWrittenEarlier(demo.emulator, 8 * YEAR);
    await demo.storeOf(SAM).recordLetter(letter("L-pat", { kind: "restriction", strategyId: "demo-pat-obrien", address: PAT, personName: "Pat O'Brien" }));
    await caseyRewrites("L-pat", (l) => ({ ...l, strategyId: "demo-jordan-blake", preparedAt: new Date(Date.now() - 8 * YEAR).toISOString() }));
    const planned = await plan();
    expect(planned.strategies.map((s) => s.id)).toEqual(["demo-jordan-blake"]);
    expect(planned.letters).toEqual([]);
    expect(await applyRetention(morgan, planned, { by: MORGAN.upn, now: new Date().toISOString() })).toMatchObject({ strategies: 1, letters: 0 });
    expect(await lettersTo(PAT)).toEqual(["L-pat"]);
  });

  it("a letter to Pat sent three years ago, rewritten by Casey to be about no strategy and to someone else, is kept: records verify doubts it, and the plan says so", async () => {
    const sent = new Date(Date.now() - 3 * YEAR).toISOString();
    const sam = demo.storeOf(SAM);
    await sam.recordLetter(letter("L-old", { kind: "restriction", strategyId: "demo-pat-obrien", address: PAT, personName: "Pat O'Brien", preparedAt: new Date(Date.parse(sent) - 3600_000).toISOString() }));
    await sam.markLetterSent("L-old", sent, SAM.upn);
    recordsWrittenEarlier(demo.emulator, 3 * YEAR);
    const doubted = async () => (await verifyRecords(demo.storeOf(MORGAN), { pack, roster: DEMO_ROSTER })).breaks.filter((b) => b.kind === "letterInDoubt").map((b) => b.kind === "letterInDoubt" && b.letterId);
    expect(await doubted()).toEqual([]);
    await caseyRewrites("L-old", (l) => {
      const { strategyId: _, ...rest } = l;
      return { ...rest, address: "someone.else@example.org", personName: "Someone Else" };
    });
    expect(await doubted()).toEqual(["L-old"]);
    const planned = await plan();
    expect(planned.letters).toEqual([]);
    expect(planned.lettersKept.map((l) => [l.id, l.why])).toEqual([["L-old", expect.stringMatching(/^records verify doubts it \(No audit event records .*\), so it is not deleted on what it says$/)]]);
    await applyRetention(demo.storeOf(MORGAN), planned, { by: MORGAN.upn, now: new Date().toISOString() });
    expect(await lettersTo("someone.else@example.org")).toEqual(["L-old"]);
  });

  it.each([
    ["refiled from Pat's strategy in force to none, and to another address", "demo-pat-obrien", (l: LetterRecord) => ({ ...withoutStrategy(l), address: "p.obrien.old@example.org" }), /^its record of drafting, by sam\.carter@\S+, is filed on strategy:demo-pat-obrien, but it now says letter:L-draft: it was refiled since/],
    ["readdressed, about no strategy, from Pat's address (which Pat's strategy keeps) to another", undefined, (l: LetterRecord) => ({ ...l, address: "p.obrien.old@example.org" }), /^its record of drafting, by sam\.carter@\S+, gives another address than p\.obrien\.old@example\.org: it was refiled since/],
  ])("Sam's letter to Pat drafted three years ago, never sent, %s by Casey, is kept: it no longer says what Sam's record of drafting it says", async (_, about, rewrite, why) => {
    const sam = demo.storeOf(SAM);
    const drafted = letter("L-draft", { kind: "restriction", address: PAT, personName: "Pat O'Brien", preparedAt: new Date(Date.now() - 3 * YEAR).toISOString(), ...(about ? { strategyId: about } : {}) });
    await sam.recordLetter(drafted);
    await sam.appendAudit(letterDraftedEvent(drafted));
    recordsWrittenEarlier(demo.emulator, 3 * YEAR);
    await caseyRewrites("L-draft", rewrite);
    const planned = await plan();
    expect(planned.letters).toEqual([]);
    expect(planned.lettersKept.map((l) => [l.id, l.why])).toEqual([["L-draft", expect.stringMatching(why)]]);
  });
});

function withoutStrategy(l: LetterRecord): LetterRecord {
  const { strategyId: _, ...rest } = l;
  return rest;
}
