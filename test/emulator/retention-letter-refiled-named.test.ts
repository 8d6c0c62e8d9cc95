/**
 * T11 #5: retention decides whether a letter is due at all from its LetterJson strategyId/address — which any
 * caseworker may rewrite through Graph — before it looks at SharePoint's createdDateTime. A letter refiled under a live
 * strategy, under an id no strategy has, or readdressed to a person a live strategy lists, is never "due": not deleted,
 * and not listed among the letters kept either (lettersKept names only due letters), so the dry run and the purge's
 * audit record are silent about it.
 */
import { describe, expect, it } from "vitest";
import { SAM } from "../../dev/demo/people";
import type { LetterRecord } from "../../src/policy/letters/record";
import { demoSiteEachTest, recordsWrittenEarlier } from "../fakes/demo-office";
import { YEAR, draftedLetter, retentionAttack } from "./retention-letters";

const demo = demoSiteEachTest();
const { caseyRewrites, plan } = retentionAttack(demo);
/** Sam's drafted letter, prepared three years (and two hours) ago. */
const letter = (id: string, change: Partial<LetterRecord> = {}) => draftedLetter(id, change, new Date(Date.now() - 3 * YEAR - 2 * 3600_000));

describe("a three-year-old letter about nobody, refiled by Casey, is kept and named with why (T11 #5)", () => {
  for (const [label, change] of [
    ["refiled under an id no strategy has", (l: LetterRecord) => ({ ...l, strategyId: "no-such-strategy" })],
    ["refiled under Pat's live strategy", (l: LetterRecord) => ({ ...l, strategyId: "demo-pat-obrien" })],
    ["readdressed to Pat (a live strategy lists her)", (l: LetterRecord) => ({ ...l, address: "pat.o'brien@example.org" })],
  ] as const) {
    for (const sent of [false, true]) {
      it(`${sent ? "sent" : "draft"} letter ${label}`, async () => {
        const sam = demo.storeOf(SAM);
        await sam.recordLetter(letter("W-old"));
        if (sent) await sam.markLetterSent("W-old", new Date(Date.now() - 3 * YEAR - 60_000).toISOString(), SAM.upn);
        recordsWrittenEarlier(demo.emulator, 3 * YEAR);
        const control = await plan();
        expect(control.letters.map((l) => l.id), "control: due before the rewrite").toEqual(["W-old"]);
        await caseyRewrites("W-old", change);
        const planned = await plan();
        expect(planned.letters).toEqual([]);
        expect(planned.lettersKept.map((l) => [l.id, l.why]), "named as kept, with why").toEqual([["W-old", expect.stringContaining("past its period, but it says")]]);
      });
    }
  }
});
