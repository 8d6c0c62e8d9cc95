import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { HistoryMetrics } from "../../../policy/classifier/types";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  cell: { display: "flex", flexDirection: "column", padding: tokens.spacingVerticalXS, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalL },
  figure: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** The sender's contact history beside the suggestion: volume, near-duplicates, warnings. */
export function HistoryPanel({ metrics, note }: { metrics: HistoryMetrics; note?: string | undefined }) {
  const styles = useStyles();
  const cells: Array<[string, number]> = [
    ["last 7 days", metrics.last7Days],
    ["last 30 days", metrics.last30Days],
    ["last 90 days", metrics.last90Days],
  ];
  return (
    <section aria-labelledby="history-heading" data-testid="history">
      <Subtitle2 block as="h2" id="history-heading">
        Contact history
      </Subtitle2>
      <div className={styles.grid}>
        {cells.map(([label, value]) => (
          <div key={label} className={styles.cell} data-testid="history-count">
            <span className={styles.figure}>{value}</span>
            <Caption1>{label}</Caption1>
          </div>
        ))}
      </div>
      <Caption1 block as="p">
        Most in one day: {metrics.maxPerDay}. Near-duplicates of this message: {metrics.nearDuplicates.length}. Written warnings
        given: {metrics.warningsGiven}. Staff contacted: {metrics.distinctStaffContacted}.
      </Caption1>
      {metrics.nearDuplicates.length > 0 && (
        <ul className={styles.list} data-testid="near-duplicates" aria-label="Near-duplicates of this message">
          {metrics.nearDuplicates.slice(0, 5).map((d) => (
            <li key={`${d.at}-${d.subject ?? ""}`}>
              <Caption1>
                {d.subject ? `“${d.subject}”` : "A message"}, {formatDay(d.at)} — {Math.round(d.similarity * 100)}% the same
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {note && (
        <Caption1 block as="p" italic data-testid="history-note">
          {note}
        </Caption1>
      )}
    </section>
  );
}

const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });

function formatDay(at: string): string {
  return DAY_FORMAT.format(new Date(at));
}
