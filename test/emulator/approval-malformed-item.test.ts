import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { getPack } from "../../src/policy/packs/index";




/**
 * T3 probe: a caseworker writes StrategyJson that parses and has the right format number but is not a strategy
 * (its addresses a number, its restrictions missing). The reader only guards against JSON that does not parse
 * (then it judges from the decisions, a stand-in): a parseable but wrong-shaped item goes straight into the policy core.
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const { storeOf } = demo;

describe("T3: a strategy item with well-formed JSON of the wrong shape", () => {
  it("Casey writes {format:1, strategy:{id, addresses: 5}} into Pat's item: Pat and Jordan must both stay in force, and the read must not fail", async () => {
    const StrategyJson = JSON.stringify({ format: 1, strategy: { id: "demo-pat-obrien", status: "active", addresses: 5 } });
    expect((await demo.patchStrategyItem(CASEY, "demo-pat-obrien", { StrategyJson })).status).toBe(200);
    const read = await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER).then(
      (set) => ({ ok: true as const, addresses: set.inForce.flatMap((e) => e.view.terms.addresses) }),
      (error: unknown) => ({ ok: false as const, error: String(error) }),
    );
    expect(read).toMatchObject({ ok: true, addresses: expect.arrayContaining(["pat.o'brien@example.org", "jordan.blake@example.net"]) });
  });
});
