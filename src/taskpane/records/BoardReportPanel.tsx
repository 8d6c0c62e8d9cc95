import { Button, Field, Input, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { readBoardReport, reportCsv, reportRows } from "../../app/records/board-report";
import type { BoardReport } from "../../policy/report/board";
import { describeStoreError } from "../errors";
import { useServices } from "../services";
import { download } from "../shared/download";
import { Notice } from "../shared/Notice";
import { useLoad } from "../shared/useLoad";
import { BoardChart, type BoardBar } from "./BoardChart";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  period: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  chart: { margin: 0, maxWidth: "100%", overflowX: "auto" },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold },
});

/** The quarter a day falls in, from its first day to that day (the board's quarter so far). */
export function quarterSoFar(today: string): { from: string; to: string } {
  const month = Number(today.slice(5, 7));
  const first = String(month - ((month - 1) % 3)).padStart(2, "0");
  return { from: `${today.slice(0, 4)}-${first}-01`, to: today };
}

/** The figures a board looks at first, as bars: what started and ended, how reviews went, breaches and disputes. */
export function chartData(report: BoardReport): BoardBar[] {
  return [
    { label: "Started", value: report.started },
    { label: "Ended", value: report.ended },
    { label: "Reviews on time", value: report.reviews.onTime },
    { label: "Reviews late", value: report.reviews.late },
    { label: "Breaches", value: report.breaches.total },
    { label: "Disputes", value: report.disputes.raised },
  ];
}

/**
 * The manager's board view (ombudsman guidance: report to the board quarterly): the same figures
 * as `npm run records -- report` (src/app/records/board-report.ts), the main ones as a small bar
 * chart (BoardChart: each bar, a zero too, reached by Tab and read out) and every one in a table a screen
 * reader follows, and the CSV for the board paper.
 */
export function BoardReportPanel() {
  const styles = useStyles();
  const { store, pack, roster, now } = useServices();
  const [asked, setAsked] = useState(() => quarterSoFar(now().toISOString().slice(0, 10)));
  const [period, setPeriod] = useState(asked);
  const [loaded, reload] = useLoad(() => readBoardReport(store, pack, roster, period), [store, pack, roster, period.from, period.to]);
  const wrongWay = asked.from > asked.to;

  return (
    <section aria-labelledby="board-heading" className={styles.section} data-testid="board-report">
      <Subtitle2 as="h2" id="board-heading">
        Board report
      </Subtitle2>
      <form
        className={styles.period}
        onSubmit={(e) => {
          e.preventDefault();
          if (!wrongWay) setPeriod(asked);
        }}
      >
        <Field label="From">
          <Input type="date" value={asked.from} onChange={(_, d) => setAsked((a) => ({ ...a, from: d.value }))} required />
        </Field>
        <Field label="To" validationMessage={wrongWay ? "The end comes before the start." : undefined}>
          <Input type="date" value={asked.to} onChange={(_, d) => setAsked((a) => ({ ...a, to: d.value }))} required />
        </Field>
        <Button type="submit" disabled={wrongWay}>
          Show the report
        </Button>
      </form>
      {loaded.state === "loading" && <span role="status">Reading the strategies…</span>}
      {loaded.state === "failed" && (
        <Notice intent="error" title="The report could not be read" onRetry={reload}>
          {describeStoreError(loaded.error)}
        </Notice>
      )}
      {loaded.state === "done" && (
        <>
          <figure className={styles.chart} data-testid="board-chart">
            <BoardChart title={`Strategies, reviews, breaches and disputes, ${loaded.value.from} to ${loaded.value.to}`} bars={chartData(loaded.value)} />
            <figcaption>The same figures, and the rest, are in the table below.</figcaption>
          </figure>
          <Table size="small" aria-labelledby="board-caption" data-testid="board-table">
            <caption id="board-caption" className={styles.caption}>
              Figures for {loaded.value.from} to {loaded.value.to}
            </caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Section</TableHeaderCell>
                <TableHeaderCell scope="col">Figure</TableHeaderCell>
                <TableHeaderCell scope="col">Value</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {reportRows(loaded.value).map(([section, figure, value]) => (
                <TableRow key={`${section}/${figure}`}>
                  <TableCell>{section}</TableCell>
                  <TableCell>{figure}</TableCell>
                  <TableCell>{value}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <div>
            <Button onClick={() => download(reportCsv(loaded.value), `board report ${loaded.value.from} to ${loaded.value.to}.csv`, "text/csv;charset=utf-8")}>Download CSV for the board paper</Button>
          </div>
        </>
      )}
    </section>
  );
}
