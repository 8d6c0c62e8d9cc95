import { describe, expect, it } from "vitest";
import { DEMO_ROSTER, MORGAN, SAM } from "../../dev/demo/people";
import { verifyRecords } from "../../src/app/records/verify";
import type { LetterRecord } from "../../src/policy/letters/record";
import { getPack } from "../../src/policy/packs/index";
import { demoSiteEachTest } from "../fakes/demo-office";

/**
 * T10 #9: the store marks a letter sent only in the signed-in person's name (Graph /me, T9 #12), but it took "sam+x@…" and
 * "Sam Carter <sam@…>" as Sam's — they reach her mailbox — while every reader compares the name on the record with the
 * person SharePoint says wrote it, exactly, and said the marking was not hers: a letter Sam sent read as in doubt, in her
 * own pane and in records verify. The store now refuses what the readers would flag (one comparison, signInKey).
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const AT = () => new Date().toISOString();

const warning: LetterRecord = { id: "W-riley", kind: "warning", address: "riley.evans@example.org", personName: "Riley Evans", subject: "Warning", medium: "outlookNew", preparedBy: SAM.upn, preparedAt: new Date(Date.now() - 3600_000).toISOString(), status: "drafted", packId: pack.id, packVersion: pack.version, elements: [], text: "Dear Riley Evans" };
const inDoubt = async () => (await verifyRecords(demo.storeOf(MORGAN), { pack, roster: DEMO_ROSTER })).breaks.filter((b) => b.kind === "letterInDoubt" || b.kind === "notByAuthor").map((b) => b.kind);

describe("a letter is marked sent only in the form of the signed-in person's name that readers take for her (T10 #9)", () => {
  it.each([
    ["a +tag", SAM.upn.replace("@", "+x@")],
    ["a display name", `Sam Carter <${SAM.upn}>`],
  ])("Sam's own store refuses her name written with %s, and marks nothing; in her sign-in as written, the letter is sent and no reader doubts it", async (_, form) => {
    const sam = demo.storeOf(SAM);
    await sam.recordLetter(warning);
    await expect(sam.markLetterSent(warning.id, AT(), form)).rejects.toMatchObject({ code: "forbidden", message: expect.stringContaining("without a name or a +tag") });
    expect((await sam.lettersFor({ address: warning.address }))[0]).toMatchObject({ status: "drafted" });
    expect(await inDoubt()).toEqual([]);
    expect(await sam.markLetterSent(warning.id, AT(), SAM.upn.toUpperCase())).toMatchObject({ status: "sent" });
    expect(await inDoubt()).toEqual([]);
  });
});
