import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { readStrategyDetail } from "../../src/app/strategy/read";
import { strategiesInForce } from "../../src/app/compose/in-force-source";
import { verifyRecords } from "../../src/app/records/verify";
import { recordInDoubt } from "../../src/policy/in-force";
import { getPack } from "../../src/policy/packs/index";

/**
 * A Decisions item that can be read as JSON, in the add-in's format, with an id, a kind and a strategy, but whose terms
 * are not terms (T4 #6). The authoriser may add to Decisions, so Morgan alone can add one, on a strategy not in force.
 * It used to make the office-wide in-force read throw ("terms.addresses.map is not a function"): every flagger sweep and
 * the compose guard's refresh failed for everyone. Now it is unreadable like any other: named on its strategy, counting
 * for nothing, and that strategy's record in doubt.
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const { storeOf } = demo;
const ALEX = "demo-alex-morgan";
const alexTerms = { personName: "Alex Morgan", addresses: ["alex.morgan@example.com"], restrictions: [{ kind: "readAndFile" }], allowedChannels: ["email"], reviewDate: "2027-03-01" };

const SHAPES: Array<[string, Record<string, unknown>]> = [
  ["addresses not a list", { terms: { ...alexTerms, addresses: 5 } }],
  ["terms a string", { terms: "x" }],
  ["restrictions missing", { terms: { ...alexTerms, restrictions: undefined } }],
  ["a single point of contact with no one named", { terms: { ...alexTerms, restrictions: [{ kind: "singlePointOfContact" }] } }],
  ["checklist not a list", { checklist: 5 }],
];

describe("a Decisions item whose terms are not terms", () => {
  for (const [name, malformed] of SHAPES) {
    it(`Morgan adds an approval of Alex (not in force) with ${name}: the office still reads who is in force, and Alex's record is named in doubt on his strategy`, async () => {
      const at = new Date().toISOString();
      const decision = { id: `${ALEX}:approve:${at}`, strategyId: ALEX, kind: "approve" as const, decidedBy: MORGAN.upn, decidedAt: at, rationale: "Criteria met.", checklist: pack.criteria.map((c) => c.id), terms: alexTerms, ...malformed };
      await storeOf(MORGAN).addDecision(decision as never);

      const set = await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER);
      expect(set.inForce.map((e) => e.strategy.id).sort()).toEqual(["demo-jordan-blake", "demo-pat-obrien"]);
      expect(set.inDoubt.map((e) => e.strategyId)).toEqual([ALEX]);
      const guard = await strategiesInForce(storeOf(CASEY), pack, DEMO_ROSTER);
      expect(guard.map((e) => [e.terms.strategyId, Boolean(e.terms.recordInDoubt)]).sort()).toEqual([[ALEX, true], ["demo-jordan-blake", false], ["demo-pat-obrien", false]]);
      expect((await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, "demo-pat-obrien"))!.view.inForce).toBe(true);

      const { view } = (await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, ALEX))!;
      expect(view.inForce).toBe(false);
      expect(recordInDoubt(view)).toBe(true);
      expect(view.counted).toEqual([]);
      expect(view.doubts?.map((d) => d.message)).toEqual([expect.stringMatching(/^Decisions item \d+ \(its Kind column says “approve”\), recorded by Morgan Reid .* cannot be read: its JSON is not the add-in's \(.* not as the add-in writes it\)\. It counts for nothing/)]);
      const report = await verifyRecords(storeOf(MORGAN), { pack, roster: DEMO_ROSTER });
      expect(report.breaks.filter((b) => b.kind === "decisionUnreadable").map((b) => b.target)).toEqual([`strategy:${ALEX}`]);
    });
  }
});
