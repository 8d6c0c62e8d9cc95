import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { HistoryMetrics } from "../../../policy/classifier/types";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  cell: { display: "flex", flexDirection: "column", padding: tokens.spacingVerticalXS, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalL },
  figure: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/**
 * How much of the sender's history could be read. "full": the ContactLog and the mailbox (or
 * the ContactLog alone where the mailbox is not the reader's, a shared mailbox, which is by
 * design); "partial": one of them failed, so every figure is a floor; "none": neither could be
 * read, so the figures are unknown — never 0, never only this message.
 */
export type HistoryCoverage = "full" | "partial" | "none";

/** The sender's contact history beside the suggestion: volume, near-duplicates, warnings. */
export function HistoryPanel({
  metrics,
  note,
  coverage = "full",
  warningsKnown = true,
  onRetry,
}: {
  metrics: HistoryMetrics;
  note?: string | undefined;
  coverage?: HistoryCoverage;
  /** False when the letters could not be read: warnings given are then those the strategy records, at least. */
  warningsKnown?: boolean;
  /** Reads the history again; offered while part of it is unknown (Outlook raises nothing when the same message is clicked again). */
  onRetry?: (() => void) | undefined;
}) {
  const styles = useStyles();
  const figure = (n: number) => (coverage === "none" ? "unknown" : coverage === "partial" ? `at least ${n}` : String(n));
  const cells: Array<[string, number]> = [
    ["last 7 days", metrics.last7Days],
    ["last 30 days", metrics.last30Days],
    ["last 90 days", metrics.last90Days],
  ];
  const warnings = warningsKnown ? String(metrics.warningsGiven) : metrics.warningsGiven > 0 ? `at least ${metrics.warningsGiven}` : "unknown";
  return (
    <section aria-labelledby="history-heading" data-testid="history" data-coverage={coverage}>
      <Subtitle2 block as="h2" id="history-heading">
        Contact history
      </Subtitle2>
      <div className={styles.grid}>
        {cells.map(([label, value]) => (
          <div key={label} className={styles.cell} data-testid="history-count">
            <span className={styles.figure}>{figure(value)}</span>
            <Caption1>{label}</Caption1>
          </div>
        ))}
      </div>
      <Caption1 block as="p" data-testid="history-figures">
        Most in one day: {figure(metrics.maxPerDay)}. Near-duplicates of this message: {figure(metrics.nearDuplicates.length)}. Written
        warnings given: {warnings}. Staff contacted: {figure(metrics.distinctStaffContacted)}.
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
      {onRetry && (coverage !== "full" || !warningsKnown) && (
        <Button size="small" onClick={onRetry}>
          Check the history again
        </Button>
      )}
    </section>
  );
}

const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });

function formatDay(at: string): string {
  return DAY_FORMAT.format(new Date(at));
}
