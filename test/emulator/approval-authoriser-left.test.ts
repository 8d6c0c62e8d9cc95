import { beforeEach, describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, ROBIN, SAM } from "../../dev/demo/people";
import { demoSiteEachTest, recordsWrittenEarlier } from "../fakes/demo-office";
import { strategiesInForce } from "../../src/app/compose/in-force-source";
import { CATEGORY_NAME, IN_DOUBT_CATEGORY_NAME } from "../../src/app/flag-message";
import { verifyRecords } from "../../src/app/records/verify";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { readStrategyDetail } from "../../src/app/strategy/read";
import { inboxWith } from "../fakes/office-inbox";
import { memoryCheckpoints, sweepAll } from "../../src/flagger/core/run";
import { composeBreaches } from "../../src/policy/compose-guard";
import { recordInDoubt } from "../../src/policy/in-force";
import { getPack } from "../../src/policy/packs/index";

/**
 * T4 hole 5: the office's config names Robin as Head of Business Services in place of Morgan (she has left the role;
 * she is still a caseworker). The roster keeps no record of who held the role when a decision was recorded, so every
 * strategy Morgan approved used to drop silently out of force — Pat's and Jordan's mail unmarked, no warning on send.
 * An approval refused only because its author is not in today's roster as the authoriser now makes the record in
 * doubt (src/policy/record-doubts.ts), and every reader fails closed until a current authoriser decides.
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const { storeOf } = demo;
const PAT = "pat.o'brien@example.org";
const JORDAN = "jordan.blake@example.net";
const ALEX = "alex.morgan@example.com";
const SUCCESSOR = { ...DEMO_ROSTER, headOfBusinessServices: [ROBIN.upn] };

beforeEach(() => recordsWrittenEarlier(demo.emulator));

const sweep = (senders: readonly string[]) => {
  const { mailbox, writes } = inboxWith(senders);
  return sweepAll([{ mailbox, folders: ["inbox"] }], { store: storeOf(MORGAN), checkpoints: memoryCheckpoints(), pack, roster: SUCCESSOR, staffDomains: ["opcc.example.gov.uk"], now: () => new Date(), recorder: "flagger" }).then((summary) => ({ summary, writes }));
};
const viewOf = async (id: string) => (await readStrategyDetail(storeOf(CASEY), pack, SUCCESSOR, id))!.view;

describe("the authoriser leaves and the config names her successor", () => {
  it("the strategies Morgan approved are in doubt, named on the strategy: the flagger marks their mail and the compose guard warns, with no restriction claimed", async () => {
    const view = await viewOf("demo-pat-obrien");
    expect(view).toMatchObject({ inForce: false, refused: [{ kind: "approve", reason: "notAuthoriser" }], doubts: [{ kind: "approverNotListed", afterLastDecision: true }] });
    expect(view.doubts![0]!.message).toMatch(/^Approved by Morgan Reid \(morgan\.reid@opcc\.example\.gov\.uk\) at .*, who is no longer configured as the Head of Business Services and Assurance: .* A current Head of Business Services and Assurance should review it\. It may have put this strategy in force: check with the Head of Business Services and Assurance/);
    expect(recordInDoubt(view)).toBe(true);

    const set = await readInForceSet(storeOf(CASEY), pack, SUCCESSOR);
    expect(set.inForce).toEqual([]);
    expect(set.inDoubt.map((e) => e.strategyId).sort()).toEqual(["demo-jordan-blake", "demo-pat-obrien"]);

    const { summary, writes } = await sweep([PAT, JORDAN, ALEX]);
    expect(summary).toMatchObject({ restricted: 0, inDoubt: 2 });
    expect(writes).toEqual([
      { id: "m0", categories: [IN_DOUBT_CATEGORY_NAME], flag: true },
      { id: "m1", categories: [IN_DOUBT_CATEGORY_NAME], flag: true },
    ]);
    expect(writes.some((w) => w.categories?.includes(CATEGORY_NAME))).toBe(false);

    const guarded = (await strategiesInForce(storeOf(CASEY), pack, SUCCESSOR)).find((e) => e.terms.strategyId === "demo-pat-obrien");
    expect(guarded).toMatchObject({ terms: { recordInDoubt: true, restrictions: [] } });
    const breaches = composeBreaches(SAM.upn, [{ address: PAT, strategy: guarded!.terms }], pack);
    expect(breaches.map((b) => [b.rule, b.overridable])).toEqual([["recordInDoubt", true]]);

    const report = await verifyRecords(storeOf(MORGAN), { pack, roster: SUCCESSOR });
    expect(report.breaks.filter((b) => b.kind === "approverNotListed").map((b) => b.target).sort()).toEqual(["strategy:demo-jordan-blake", "strategy:demo-pat-obrien"]);
  });

  it("with the roster unchanged nothing is in doubt; a caseworker's approval of her own proposal stays simply refused, on either roster", async () => {
    const alex = (await storeOf(CASEY).getStrategy("demo-alex-morgan"))!.value;
    await storeOf(CASEY).appendAudit({ id: "alex:proposed", target: "strategy:demo-alex-morgan", action: "propose", by: CASEY.upn, at: new Date().toISOString(), detail: "Proposed." });
    demo.emulator.setListPermissions("Decisions", null);
    await storeOf(CASEY).addDecision({ id: "demo-alex-morgan:approve:casey", strategyId: "demo-alex-morgan", kind: "approve", decidedBy: CASEY.upn, decidedAt: new Date().toISOString(), rationale: "Approved.", checklist: pack.criteria.map((c) => c.id), terms: { personName: "Alex Morgan", addresses: [ALEX], restrictions: alex.restrictions, allowedChannels: alex.allowedChannels, reviewDate: "2027-03-31" } });
    for (const roster of [DEMO_ROSTER, SUCCESSOR]) {
      const alexView = (await readStrategyDetail(storeOf(CASEY), pack, roster, "demo-alex-morgan"))!.view;
      expect(alexView).toMatchObject({ inForce: false, refused: [{ kind: "approve", reason: "notAuthoriser" }], doubts: [] });
      expect(recordInDoubt(alexView)).toBe(false);
    }
    const pat = (await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, "demo-pat-obrien"))!.view;
    expect(pat).toMatchObject({ inForce: true, doubts: [] });
  });
});
