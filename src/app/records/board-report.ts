import { CATEGORY_IDS, type CategoryId } from "../../policy/categories";
import type { PolicyPack } from "../../policy/packs/schema";
import { boardReport, type BoardReport } from "../../policy/report/board";
import type { StaffRoster } from "../../policy/roster";
import type { IsoDate } from "../../policy/strategy";
import type { CaseStore } from "../../store/port";
import { authoriserOf, setAsideFigures } from "../set-aside";
import { breachesIn } from "../strategy/breaches";
import { SET_ASIDE_WAIT_WORKING_DAYS } from "../../policy/alerts/set-aside";

/**
 * The board's quarterly report from the records: every strategy (one per person under one — a
 * short list) with its decisions and proposals, and its breaches from the audit trail, read in
 * batches, then counted by src/policy/report/board.ts; and the alerts set aside, judged as the pane judges them
 * (src/app/set-aside.ts). Read-only: a report changes nothing.
 */
export async function readBoardReport(
  store: Pick<CaseStore, "listStrategies" | "readWithEvidence" | "auditForTargets" | "allAlertActions" | "alertActionsFor" | "auditFor" | "alertActionItems">,
  pack: PolicyPack,
  roster: StaffRoster,
  period: { from: IsoDate; to: IsoDate },
): Promise<BoardReport> {
  const listed = await store.listStrategies();
  // An item that cannot be read is counted from its decisions (as every reader judges it) and named, never left out.
  const unreadableItems = (listed.unreadable ?? []).filter((u) => u.key);
  const ids = [...new Set([...listed.map((s) => s.value.id), ...unreadableItems.map((u) => u.key)])];
  const [read, audit] = await Promise.all([store.readWithEvidence(ids), store.auditForTargets(ids.map((id) => `strategy:${id}`))]);
  const breaches = new Map(ids.map((id, i) => [id, breachesIn(audit[i]!, id)]));
  const report = boardReport(
    read.map(({ strategy, evidence }) => ({ strategy: strategy.value, evidence, breaches: breaches.get(strategy.value.id) ?? [] })),
    period,
    pack,
    roster,
  );
  const unreadable: NonNullable<BoardReport["unreadable"]> = [
    ...(listed.unreadable ?? []).map((u) => ({ list: "ContactStrategies" as const, item: u.item, strategyId: u.key, why: u.why })),
    ...read.flatMap(({ strategy, evidence }) => (evidence.unreadableDecisions ?? []).map((d) => ({ list: "Decisions" as const, item: d.item, strategyId: strategy.value.id, why: d.why }))),
  ];
  return { ...report, unreadable, setAsides: await setAsideFigures(store, authoriserOf(pack, roster), period) };
}

const CATEGORY_WORDS: Record<CategoryId, string> = { abusive: "aggressive or abusive", persistent: "unreasonably persistent", demands: "unreasonable demands" };

/** The report's figures as rows a board paper (and the pane's table and chart) shows: label and value. */
export function reportRows(report: BoardReport): Array<[string, string, number | string]> {
  const median = (days: number | null) => (days === null ? "none" : days);
  return [
    ["Strategies", "In force at the start", report.inForceAtStart],
    ["Strategies", "Started (approved)", report.started],
    ["Strategies", "Ended", report.ended],
    ["Strategies", "In force at the end", report.inForceAtEnd],
    ["Reviews", "Decided", report.reviews.total],
    ["Reviews", "On time", report.reviews.onTime],
    ["Reviews", "Late", report.reviews.late],
    ["Reviews", "Continued", report.reviews.continued],
    ["Reviews", "Altered", report.reviews.altered],
    ["Reviews", "Ended at review", report.reviews.ended],
    ["Reviews", "Overdue at the end", report.overdueAtEnd],
    ...CATEGORY_IDS.flatMap((c): Array<[string, string, number]> => [
      ["By category", `Started: ${CATEGORY_WORDS[c]}`, report.byCategory[c].started],
      ["By category", `In force at the end: ${CATEGORY_WORDS[c]}`, report.byCategory[c].inForceAtEnd],
    ]),
    ["Breaches", "Recorded", report.breaches.total],
    ["Breaches", "Strategies breached", report.breaches.strategies],
    ["Disputes", "Raised", report.disputes.raised],
    ["Disputes", "Decided", report.disputes.decided],
    ["Disputes", "Upheld (restrictions still apply)", report.disputes.upheld],
    ["Disputes", "Changed", report.disputes.changed],
    ["Disputes", "Open at the end", report.disputes.openAtEnd],
    ["Reasonable adjustments", "Strategies with an adjustment made or offered", report.adjustments.recorded],
    ["Reasonable adjustments", "Considered, none requested or needed", report.adjustments.noneNeeded],
    ["Reasonable adjustments", "Strategies in force in the period", report.adjustments.of],
    ["Duration (days)", "Median, strategies ended", median(report.medianDays.ended)],
    ["Duration (days)", "Median, strategies in force at the end", median(report.medianDays.inForceAtEnd)],
    ...(report.setAsides
      ? ([
          ["Alerts set aside", "Set aside (risk to life, threat to staff, safeguarding)", report.setAsides.made],
          ["Alerts set aside", "Of those, confirmed by the authoriser", report.setAsides.confirmed],
          ["Alerts set aside", "Of those, overturned (the alert reopened)", report.setAsides.overturned],
          ["Alerts set aside", "Awaiting the authoriser at the end", report.setAsides.awaitingAtEnd],
          ["Alerts set aside", `Of those, waiting more than ${SET_ASIDE_WAIT_WORKING_DAYS} working days`, report.setAsides.awaitingLong],
        ] as Array<[string, string, number]>)
      : []),
    ["Records", "Decisions not counted (see the strategies)", report.decisionsNotCounted],
    ...(report.unreadable?.length ? [["Records", "Records that could not be read (edited outside the add-in)", report.unreadable.length] as [string, string, number]] : []),
    ...(report.unreadable ?? []).map((u): [string, string, string] => [
      "Records",
      `Could not be read: ${u.list} item ${u.item}`,
      // By item, not by strategy: a board paper names no one (the item is found in the list by its id).
      `${u.why}; ${u.list === "ContactStrategies" ? "counted from its decisions" : "a decision that counts for nothing"}`,
    ]),
  ];
}

/**
 * CSV for the board paper: one row per figure, with the period on each. RFC 4180 quoting is written
 * out here: csv-stringify's browser build brings an 80 KB Buffer polyfill to the pane for it.
 */
export function reportCsv(report: BoardReport): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const rows = [["period from", "period to", "section", "figure", "value"], ...reportRows(report).map(([section, figure, value]) => [report.from, report.to, section, figure, String(value)])];
  return rows.map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}
