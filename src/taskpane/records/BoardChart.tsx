import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  bars: {
    display: "flex",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    listStyleType: "none",
    margin: 0,
    padding: `${tokens.spacingVerticalS} 0 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    minHeight: "160px",
  },
  bar: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    justifyContent: "flex-end",
    flex: "1 1 0",
    minWidth: "36px",
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: tokens.strokeWidthThin },
  },
  fill: { width: "100%", backgroundColor: tokens.colorBrandBackground, borderRadius: `${tokens.borderRadiusSmall} ${tokens.borderRadiusSmall} 0 0` },
  // A zero is drawn as a hairline at the base, so the bar is there to see and to reach.
  zero: { width: "100%", height: tokens.strokeWidthThick, backgroundColor: tokens.colorNeutralStroke1 },
  value: { fontWeight: tokens.fontWeightSemibold },
  labels: { display: "flex", gap: tokens.spacingHorizontalS, listStyleType: "none", margin: 0, padding: 0 },
  label: { flex: "1 1 0", minWidth: "36px", textAlign: "center", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

export interface BoardBar {
  label: string;
  value: number;
}

/** Tallest bar, in pixels. */
const HEIGHT = 140;

/**
 * The board's main figures as bars: every bar drawn, a zero too, and each one a stop for Tab that a
 * screen reader reads as "Started, 4" (T7 #16: the charting library left zero bars out of the page and
 * reached the others by arrow keys only). Plain markup, no chart library: six bars need none.
 */
export function BoardChart({ title, bars }: { title: string; bars: readonly BoardBar[] }) {
  const styles = useStyles();
  const top = Math.max(1, ...bars.map((b) => b.value));
  return (
    <div>
      <ul className={styles.bars} aria-label={title} data-testid="board-bars">
        {bars.map((bar) => (
          <li key={bar.label} className={styles.bar} tabIndex={0} aria-label={`${bar.label}, ${bar.value}`} data-testid="board-bar">
            <span className={styles.value} aria-hidden="true">
              {bar.value}
            </span>
            {bar.value > 0 ? <span className={styles.fill} style={{ height: `${Math.max(4, Math.round((bar.value / top) * HEIGHT))}px` }} /> : <span className={styles.zero} />}
          </li>
        ))}
      </ul>
      <ul className={styles.labels} aria-hidden="true">
        {bars.map((bar) => (
          <li key={bar.label} className={styles.label}>
            {bar.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
