import { makeStyles, tokens } from "@fluentui/react-components";
import type { MasterCategory } from "./api";
import { chipColour } from "./category-colours";

const useStyles = makeStyles({
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, listStyle: "none", margin: 0, padding: 0 },
  chip: { borderRadius: tokens.borderRadiusMedium, padding: `0 ${tokens.spacingHorizontalS}`, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

/**
 * A message's categories as Outlook draws them: coloured by the master list. `testId`
 * differs between the reading pane ("category-chip") and the list rows, so a test can
 * count the chips on the open message without the list's copies.
 */
export function CategoryChips({ names, master, testId, label }: { names: string[]; master: MasterCategory[]; testId: string; label: string }) {
  const styles = useStyles();
  if (names.length === 0) return null;
  return (
    <ul className={styles.chips} aria-label={label}>
      {names.map((name) => {
        const colour = chipColour(master.find((c) => c.displayName.toLowerCase() === name.toLowerCase())?.color);
        return (
          <li
            key={name}
            className={styles.chip}
            style={{ backgroundColor: colour.background, color: colour.foreground }}
            data-testid={testId}
            data-colour={colour.name}
            title={`${name} (${colour.name})`}
          >
            {name}
          </li>
        );
      })}
    </ul>
  );
}
