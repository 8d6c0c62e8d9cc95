import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { getPack } from "../../src/policy/packs/index";

/**
 * A retention record is anyone's to add (the AuditTrail is add-only for staff), and every in-force read reads them all
 * (the Decisions gaps it explains). One naming 20 ranges of a million ids each used to be expanded id by id into one
 * set — seconds per million, then a throw past 2^24 values — so Casey alone could stop the flagger's sweep and the
 * compose guard for the whole office. The ids are now merged as runs and read to a bound.
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();

describe("a retention record naming millions of ids", () => {
  it("Casey adds one naming 20 ranges of a million Decisions ids: the office still reads who is in force", async () => {
    const ranges = Array.from({ length: 20 }, (_, k) => `${k * 1_000_000 + 1}–${k * 1_000_000 + 999_999}`).join(", ");
    const at = new Date().toISOString();
    await demo.storeOf(CASEY).appendAudit({ id: `retention:items:${at}`, target: "retention:items", action: "retention removing items", by: CASEY.upn, at, detail: `AuditTrail items none; AlertActions items none; Decisions items ${ranges}` });
    const set = await readInForceSet(demo.storeOf(CASEY), pack, DEMO_ROSTER);
    expect(set.inForce.map((e) => e.strategy.id).sort()).toEqual(["demo-jordan-blake", "demo-pat-obrien"]);
  }, 120_000);
});
