import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, tokenOf } from "../../dev/demo/people";
import { verifyRecords } from "../../src/app/records/verify";
import { getPack } from "../../src/policy/packs/index";
import { demoSiteEachTest } from "../fakes/demo-office";
import { caller } from "./client";

/**
 * T9 #8: records verify found letters by a range on the Letters list's PreparedAt column, from 1970. That column is anyone's
 * to edit through Graph (Letters has no list permissions): a caseworker who moved it to 1900, or emptied it, hid her own
 * letter written "sent" outside the add-in from verify, while the pane and the approval, which find letters by address or
 * strategy, still read it. Verify now reads every letter.
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const PAT = "pat.o'brien@example.org";

describe("records verify reads every letter", () => {
  it("Casey writes a letter to Pat as sent by herself, with no audit event, then moves its PreparedAt column to 1900 and then empties it: verify still says it is in doubt", async () => {
    const at = Date.now();
    await demo.storeOf(CASEY).recordLetter({ id: "hid", kind: "breach", strategyId: "demo-pat-obrien", address: PAT, personName: "Pat O'Brien", subject: "Breach", medium: "outlookNew", preparedBy: CASEY.upn, preparedAt: new Date(at - 60_000).toISOString(), status: "sent", sentAt: new Date(at).toISOString(), sentBy: CASEY.upn, packId: pack.id, packVersion: pack.version, elements: [], text: "Dear Pat" });
    const inDoubt = async () => (await verifyRecords(demo.storeOf(MORGAN), { pack, roster: DEMO_ROSTER })).breaks.flatMap((b) => (b.kind === "letterInDoubt" ? [`${b.letterId} ${b.doubt}`] : []));
    expect(await inDoubt()).toEqual(["hid notAudited", "hid notBySpoc"]);
    const call = caller(() => demo.emulator, tokenOf(CASEY));
    const items = (await call("GET", `/sites/${demo.siteId}/lists/Letters/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
    const item = items.find((i) => i.fields.LetterKey === "hid")!;
    for (const preparedAt of ["1900-01-01T00:00:00Z", null]) {
      expect((await call("PATCH", `/sites/${demo.siteId}/lists/Letters/items/${item.id}/fields`, { PreparedAt: preparedAt })).status).toBe(200);
      expect(await inDoubt()).toEqual(["hid notAudited", "hid notBySpoc"]);
    }
  });
});
