import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { planRetention } from "../../src/app/records/retention";
import { readBoardReport, reportCsv, reportRows } from "../../src/app/records/board-report";
import { counts, exportPerson } from "../../src/app/records/subject-access";
import { subjectAccessDocument } from "../../src/app/records/subject-document";
import { verifyRecords } from "../../src/app/records/verify";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { approvalsQueue } from "../../src/app/strategy/read";
import { getPack } from "../../src/policy/packs/index";
import type { ContactStrategy } from "../../src/policy/strategy";
import { strategyFields } from "../../src/store/sharepoint/mapping";

/**
 * T3: a caseworker (who may edit ContactStrategies items: she proposes strategies) PATCHes Pat's item so that it cannot
 * be read — its JSON naming another id, or not JSON at all. Listing strategies used to throw, naming the item: the
 * authoriser's Approvals queue, `records verify` and retention planning stopped for everyone. One bad record must never
 * blind the office: the listing returns it apart, named, with who last changed it.
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const { storeOf } = demo;

/** Casey's PATCH of Pat's item, as SharePoint lets her make it; the item's id. */
async function caseyPatchesPat(fields: (s: ContactStrategy) => Record<string, unknown>): Promise<string> {
  const { itemId, status } = await demo.patchStrategyItem(CASEY, "demo-pat-obrien", fields);
  expect(status).toBe(200);
  return itemId;
}

describe("T3: a caseworker makes Pat's strategy item unreadable", () => {
  const attacks: Array<[string, (s: ContactStrategy) => Record<string, unknown>, RegExp]> = [
    ["changes the id inside StrategyJson", (s) => ({ StrategyJson: strategyFields({ ...s, id: "demo-pat-obrien-x" }).StrategyJson }), /names strategy demo-pat-obrien-x/],
    ["writes StrategyJson that does not parse", () => ({ StrategyJson: "{not json" }), /does not parse/],
  ];
  for (const [what, fields, why] of attacks) {
    it(`Casey ${what}: the authoriser's queue, records verify and retention keep working and name the item; Pat stays in force`, async () => {
      const item = await caseyPatchesPat(fields);
      const morgan = storeOf(MORGAN);

      // The Approvals pane's reads: Alex's proposal still waits, every other strategy is listed, Pat's item is named apart.
      expect((await approvalsQueue(morgan, pack, DEMO_ROSTER)).map((e) => e.strategy.value.id)).toEqual(["demo-alex-morgan"]);
      const listed = await morgan.listStrategies();
      expect(listed.map((s) => s.value.id).sort()).toEqual(["demo-alex-morgan", "demo-jordan-blake"]);
      expect(listed.unreadable).toHaveLength(1);
      expect(listed.unreadable![0]).toMatchObject({ key: "demo-pat-obrien", item, modified: { by: { upn: CASEY.upn } } });
      expect(listed.unreadable![0]!.why).toMatch(why);

      // records verify reports it as tampered with, by item and by who last changed it.
      const report = await verifyRecords(morgan, { pack, roster: DEMO_ROSTER });
      const found = report.breaks.filter((b) => b.kind === "strategyUnreadable");
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ target: "strategy:demo-pat-obrien", item });
      expect(found[0]!.message).toContain(`ContactStrategies item ${item} (strategy demo-pat-obrien)`);
      expect(found[0]!.message).toContain(CASEY.upn);

      // Retention plans nothing for it, and says it skipped it.
      const plan = await planRetention(morgan, { rule: { contactMonths: 0, endedStrategyMonths: 0 }, now: "2030-01-01T00:00:00.000Z", pack, roster: DEMO_ROSTER });
      expect(plan.strategies.map((s) => s.id)).not.toContain("demo-pat-obrien");
      expect(plan.skipped).toMatchObject([{ id: "demo-pat-obrien", item }]);

      // Pat stays in force for the flagger and the compose guard.
      expect((await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER)).inForce.flatMap((e) => e.view.terms.addresses)).toContain("pat.o'brien@example.org");
    });
  }

  it("the subject access export for Pat and the board report name the unreadable item and why, and still hold what its decisions show", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const period = { from: `${today.slice(0, 4)}-01-01`, to: today };
    const boardBefore = await readBoardReport(storeOf(MORGAN), pack, DEMO_ROSTER, period);
    const item = await caseyPatchesPat(() => ({ StrategyJson: "{not json" }));
    const morgan = storeOf(MORGAN);

    // Pat's export: the item named as theirs (its approval lists Pat's address), with the approval and Pat's trail.
    const exported = await exportPerson(morgan, "pat.o'brien@example.org", { by: MORGAN.upn, now: new Date().toISOString(), pack, roster: DEMO_ROSTER });
    expect(exported.unreadable).toEqual([{ list: "ContactStrategies", item, why: "its JSON does not parse", strategyId: "demo-pat-obrien", whose: "theirs" }]);
    expect(exported.decisions.map((d) => [d.strategyId, d.kind])).toEqual([["demo-pat-obrien", "approve"]]);
    expect(exported.audit.some((e) => e.target === "strategy:demo-pat-obrien")).toBe(true);
    const page = subjectAccessDocument(exported);
    expect(page).toContain("<h2>Records that could not be read</h2>");
    expect(page).toContain(`ContactStrategies item ${item} (strategy demo-pat-obrien): its JSON does not parse`);
    expect(counts(exported)).toMatch(/1 record that could not be read/);
    // Someone else's export does not name Pat's item: its approval lists only Pat's addresses.
    expect((await exportPerson(morgan, "jordan.blake@example.net", { by: MORGAN.upn, now: new Date().toISOString(), pack, roster: DEMO_ROSTER })).unreadable).toEqual([]);

    // The board report: Pat still counted (from the approval), and the item named by id with why, in the table and the CSV.
    const board = await readBoardReport(morgan, pack, DEMO_ROSTER, period);
    expect(board.inForceAtEnd).toBe(boardBefore.inForceAtEnd);
    expect(reportRows(board)).toEqual(expect.arrayContaining([["Records", "Records that could not be read (edited outside the add-in)", 1], ["Records", `Could not be read: ContactStrategies item ${item}`, "its JSON does not parse; counted from its decisions"]]));
    expect(reportCsv(board)).toContain(`Could not be read: ContactStrategies item ${item}`);
  });
});
