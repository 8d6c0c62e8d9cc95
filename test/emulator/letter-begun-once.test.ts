import { describe, expect, it } from "vitest";
import { DEMO_ROSTER, MORGAN, SAM, tokenOf } from "../../dev/demo/people";
import { finishRecording } from "../../src/app/letters";
import { verifyRecords } from "../../src/app/records/verify";
import type { LetterRecord } from "../../src/policy/letters/record";
import { getPack } from "../../src/policy/packs/index";
import { letterFields } from "../../src/store/sharepoint/letters";
import { demoSiteEachTest, recordsWrittenEarlier } from "../fakes/demo-office";
import { caller } from "./client";

/**
 * T10 #8: the store records the start of a marking ("begun") before it writes the letter sent, so a marking whose event is
 * finished later is dated by its start (T9 #9). A start whose marking failed stayed on the trail, and dated a later one:
 * Sam's marking two days ago failed (the Letters write refused); today she marks it again through her own store giving
 * that time — the store found its start "already there", and every reader dated the letter two days back. Or she writes it
 * "sent" at that time through Graph and uses Finish recording. A start is now written once, and one whose marking did not
 * land is recorded as not done, so it dates nothing later.
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const DAY = 86_400_000;

const warning: LetterRecord = { id: "W-riley", kind: "warning", address: "riley.evans@example.org", personName: "Riley Evans", subject: "Warning", medium: "outlookNew", preparedBy: SAM.upn, preparedAt: new Date(Date.now() - 3 * DAY).toISOString(), status: "drafted", packId: pack.id, packVersion: pack.version, elements: [], text: "Dear Riley Evans" };
const doubts = async () => (await verifyRecords(demo.storeOf(MORGAN), { pack, roster: DEMO_ROSTER })).breaks.flatMap((b) => (b.kind === "letterInDoubt" ? [b.doubt] : []));

/** Two days ago Sam began marking the warning sent, and the Letters write failed (SharePoint unavailable). Its time. */
async function failedTwoDaysAgo(): Promise<string> {
  const sam = demo.storeOf(SAM);
  await sam.recordLetter(warning);
  const then = new Date(Date.now() - 2 * DAY).toISOString();
  demo.emulator.faults.add({ method: "PATCH", path: "/lists/Letters/items/", status: 503, times: 1 });
  await expect(sam.markLetterSent(warning.id, then, SAM.upn)).rejects.toMatchObject({ code: "unavailable" });
  recordsWrittenEarlier(demo.emulator, 2 * DAY);
  expect((await sam.lettersFor({ address: warning.address }))[0]).toMatchObject({ status: "drafted" });
  return then;
}

describe("a marking's start dates only the marking it began (T10 #8)", () => {
  it("today, Sam's own store refuses to mark it sent at the failed marking's time, two days back; marked at today's time, no reader doubts it", async () => {
    const then = await failedTwoDaysAgo();
    const sam = demo.storeOf(SAM);
    await expect(sam.markLetterSent(warning.id, then, SAM.upn)).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("written once") });
    expect((await sam.lettersFor({ address: warning.address }))[0]).toMatchObject({ status: "drafted" });
    expect(await sam.markLetterSent(warning.id, new Date().toISOString(), SAM.upn)).toMatchObject({ status: "sent" });
    expect(await doubts()).toEqual([]);
  });

  it("written 'sent' at that time through Graph today, the letter is not Sam's to finish recording, and reads as in doubt", async () => {
    const then = await failedTwoDaysAgo();
    const call = caller(() => demo.emulator, tokenOf(SAM));
    const [item] = (await call("GET", `/sites/${demo.siteId}/lists/Letters/items?$expand=fields`)).body.value as Array<{ id: string }>;
    const sent: LetterRecord = { ...warning, status: "sent", sentAt: then, sentBy: SAM.upn };
    expect((await call("PATCH", `/sites/${demo.siteId}/lists/Letters/items/${item!.id}/fields`, letterFields(sent))).status).toBe(200);
    const finished = await finishRecording({ store: demo.storeOf(SAM), user: { emailAddress: SAM.upn, displayName: SAM.displayName } }, sent);
    expect(finished).toMatchObject({ ok: false });
    expect(await doubts()).toEqual(["notAudited"]);
  });
});
