import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { HistoryMetrics } from "../../policy/classifier/types";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  cell: { display: "flex", flexDirection: "column", padding: tokens.spacingVerticalXS, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
  figure: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** The sender's contact history beside the suggestion: volume, near-duplicates, warnings. */
export function HistoryPanel({ metrics }: { metrics: HistoryMetrics }) {
  const styles = useStyles();
  const cells: Array<[string, number]> = [
    ["last 7 days", metrics.last7Days],
    ["last 30 days", metrics.last30Days],
    ["last 90 days", metrics.last90Days],
  ];
  return (
    <section aria-labelledby="history-heading" data-testid="history">
      <Subtitle2 as="h2" id="history-heading">
        Contact history
      </Subtitle2>
      <div className={styles.grid}>
        {cells.map(([label, value]) => (
          <div key={label} className={styles.cell}>
            <span className={styles.figure}>{value}</span>
            <Caption1>{label}</Caption1>
          </div>
        ))}
      </div>
      <Caption1 as="p">
        Most in one day: {metrics.maxPerDay}. Near-duplicates of this message: {metrics.nearDuplicates.length}. Written warnings
        given: {metrics.warningsGiven}. Staff contacted: {metrics.distinctStaffContacted}.
      </Caption1>
    </section>
  );
}
