import { describe, expect, it } from "vitest";
import { reportCsv, reportRows } from "../../src/app/records/board-report";
import { termsOf } from "../../src/policy/in-force";
import { getPack } from "../../src/policy/packs/index";
import { boardReport, type StrategyForReport } from "../../src/policy/report/board";
import type { ContactStrategy } from "../../src/policy/strategy";
import { CASEY_ID, DANA_ID, MORGAN_ID, ROSTER, proposal, recorded } from "../builders/evidence";
import { strategy } from "../builders/strategy";

const PACK = getPack("warwickshire");
const QUARTER = { from: "2026-10-01", to: "2026-12-31" };
const SAM_ID = { id: "id-sam", upn: "sam.carter@opcc.example.gov.uk", displayName: "Sam Carter" };
const at = (day: string) => `${day}T10:00:00.000Z`;

/** A strategy proposed by Casey, with the decisions given, each recorded (SharePoint's time) on its day. */
function reported(s: ContactStrategy, decisions: Array<[kind: "approve" | "continue" | "alter" | "end" | "decideDispute", day: string, extra?: Record<string, unknown>]>, breaches: string[] = []): StrategyForReport {
  return {
    strategy: s,
    evidence: {
      proposals: [proposal(CASEY_ID, at("2026-01-01"))],
      decisions: decisions.map(([kind, day, extra]) =>
        recorded(kind, (extra?.author as typeof MORGAN_ID) ?? (kind === "decideDispute" ? DANA_ID : MORGAN_ID), s, { id: `${s.id}:${kind}:${day}`, recordedAt: at(day), decidedAt: at(day), ...extra }),
      ),
    },
    breaches: breaches.map((day) => ({ at: at(day) })),
  };
}

describe("the board's quarterly report", () => {
  const continuedOnTime = reported(strategy({ id: "a", categories: ["abusive"] }), [
    ["approve", "2026-08-01", { terms: termsOf(strategy({ id: "a" }), "2026-11-01") }],
    ["continue", "2026-10-20", { terms: termsOf(strategy({ id: "a" }), "2027-02-01") }],
  ]);
  const startedAndEnded = reported(
    strategy({ id: "b", categories: ["persistent"], reasonableAdjustments: { considered: true, notes: "" } }),
    [
      ["approve", "2026-10-10", { terms: termsOf(strategy({ id: "b" }), "2027-01-10") }],
      ["end", "2026-12-01"],
    ],
    ["2026-11-05", "2026-11-06", "2026-09-30"],
  );
  const lateAndDisputed = reported(
    strategy({ id: "c", categories: ["demands", "persistent"], disputes: [{ raisedOn: "2026-10-02", summary: "Says it is unfair.", outcome: { decidedOn: "2026-10-30", decidedBy: DANA_ID.upn!, result: "upheld", rationale: "Criteria still met." } }] }),
    [
      ["approve", "2026-05-01", { terms: termsOf(strategy({ id: "c" }), "2026-09-01") }],
      ["continue", "2026-10-15", { terms: termsOf(strategy({ id: "c" }), "2027-01-15") }],
      ["decideDispute", "2026-10-30", { result: "upheld" }],
    ],
  );
  const caseworkersOwnApproval = reported(strategy({ id: "d" }), [["approve", "2026-11-01", { author: SAM_ID }]]);
  const report = boardReport([continuedOnTime, startedAndEnded, lateAndDisputed, caseworkersOwnApproval], QUARTER, PACK, { ...ROSTER, caseworker: [...ROSTER.caseworker!, SAM_ID.upn] });

  it("counts strategies started, ended and in force from the decisions that count, not the items' claims", () => {
    expect(report).toMatchObject({ inForceAtStart: 2, started: 1, ended: 1, inForceAtEnd: 2, decisionsNotCounted: 1 });
    expect(report.byCategory).toMatchObject({ persistent: { started: 1, inForceAtEnd: 1 }, abusive: { started: 0, inForceAtEnd: 1 }, demands: { started: 0, inForceAtEnd: 1 } });
  });

  it("reviews on time and late, by the review date approved before each, and what they decided (an end before its review date counts as an early review)", () => {
    expect(report.reviews).toEqual({ total: 3, onTime: 2, late: 1, continued: 2, altered: 0, ended: 1 });
    expect(report.overdueAtEnd).toBe(0);
  });

  it("breaches in the period only, disputes raised and their outcomes, reasonable adjustments, median duration", () => {
    expect(report.breaches).toEqual({ total: 2, strategies: 1 });
    expect(report.disputes).toEqual({ raised: 1, decided: 1, upheld: 1, changed: 0, openAtEnd: 0 });
    // b considered adjustments but recorded none: it is not counted as having them.
    expect(report.adjustments).toMatchObject({ recorded: 2, of: 3 });
    expect(report.medianDays.ended).toBe(52);
  });

  it("a note saying none was requested is adjustments considered, not an adjustment made (T5 finding 13)", () => {
    const only = (notes: string) => {
      const s = strategy({ id: "x", reasonableAdjustments: { considered: true, notes } });
      return boardReport([reported(s, [["approve", "2026-10-10", { terms: termsOf(s, "2027-01-10") }]])], QUARTER, PACK, ROSTER).adjustments;
    };
    expect(only("None requested.")).toMatchObject({ recorded: 0, noneNeeded: 1, of: 1 });
    expect(only("No adjustments needed; none requested")).toMatchObject({ recorded: 0, noneNeeded: 1 });
    expect(only("Asked about support needs; none given. Letters offered in large print.")).toMatchObject({ recorded: 1, noneNeeded: 0 });
  });

  it("an overdue review at the quarter's end is counted", () => {
    const overdue = boardReport([reported(strategy({ id: "e" }), [["approve", "2026-07-01", { terms: termsOf(strategy({ id: "e" }), "2026-12-01") }]])], QUARTER, PACK, ROSTER);
    expect(overdue.overdueAtEnd).toBe(1);
  });

  it("CSV for the board paper: a header, one row per figure with the period, quoting what needs it", () => {
    const csv = reportCsv(report);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("period from,period to,section,figure,value");
    expect(lines).toHaveLength(reportRows(report).length + 1);
    expect(lines).toContain("2026-10-01,2026-12-31,Reviews,Late,1");
    expect(lines).toContain('2026-10-01,2026-12-31,Duration (days),"Median, strategies ended",52');
  });
});
