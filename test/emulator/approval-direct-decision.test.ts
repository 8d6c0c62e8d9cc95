import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { readStrategyDetail } from "../../src/app/strategy/read";
import { getPack } from "../../src/policy/packs/index";



/**
 * T3 probe: the authoriser may add to Decisions (that is their permission), so they can write a decision with the
 * product's own store without going through `decide` and its lifecycle guards. The readers (inForceView) check who
 * and which terms, but not the rules `decide` enforces: the review date at most `review.maximumMonths` (12) away
 * (Warwickshire 7 "A review date should also be agreed"), and every criterion confirmed with a note.
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const { storeOf } = demo;
const detailOf = async (id: string) => (await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, id))!;

describe("T3: a decision written straight into Decisions skips the lifecycle's guards", () => {
  it("Morgan writes a continuation of Pat's strategy, terms unchanged, review date 2099-12-31: it must not be in force until 2099 unreviewed", async () => {
    const before = await detailOf("demo-pat-obrien");
    if (!before.view.inForce) throw new Error("Pat should be in force");
    const terms = { ...before.view.terms, reviewDate: "2099-12-31" };
    await storeOf(MORGAN).addDecision({ id: "demo-pat-obrien:continue:t3", strategyId: "demo-pat-obrien", kind: "continue", decidedBy: MORGAN.upn, decidedAt: new Date().toISOString(), rationale: "Continue.", checklist: [], terms });
    const view = (await detailOf("demo-pat-obrien")).view;
    const reviewDate = view.inForce ? view.terms.reviewDate : undefined;
    // At most 12 months from the decision (pack.review.maximumMonths), or the decision does not count.
    expect(reviewDate === undefined || reviewDate <= "2027-12-31").toBe(true);
  });

  it("Morgan writes an approval of Casey's proposal for Alex with no criterion confirmed: it must not count", async () => {
    const alex = (await storeOf(MORGAN).getStrategy("demo-alex-morgan"))!.value;
    const terms = { personName: alex.person.displayName, addresses: alex.addresses, restrictions: alex.restrictions, allowedChannels: alex.allowedChannels, reviewDate: "2027-03-31" };
    await new Promise((r) => setTimeout(r, 1100));
    await storeOf(MORGAN).addDecision({ id: "demo-alex-morgan:approve:t3", strategyId: "demo-alex-morgan", kind: "approve", decidedBy: MORGAN.upn, decidedAt: new Date().toISOString(), rationale: "", checklist: [], terms });
    expect((await detailOf("demo-alex-morgan")).view.inForce).toBe(false);
  });
});
