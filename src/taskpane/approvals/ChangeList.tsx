import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { changeLines } from "../../app/strategy/change-words";
import type { Identity } from "../../policy/decision";
import { longDate } from "../../policy/calendar";
import type { TermChange } from "../../policy/term-changes";

const useStyles = makeStyles({ list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL } });

/**
 * Exactly what the strategy item says differently from the terms it is compared with (approved, or proposed),
 * and who last changed the item as SharePoint records it: a change is never adopted unseen.
 */
export function ChangeList({ title, changes, modified, label }: { title: string; changes: readonly TermChange[]; modified?: { by?: Identity; at?: string } | undefined; label?: (category: string) => string }) {
  const styles = useStyles();
  const who = modified?.by ? `${modified.by.displayName}${modified.by.upn ? ` (${modified.by.upn})` : ""}` : undefined;
  return (
    <div data-testid="change-list">
      <Body1 block>
        {title}
        {who ? ` — the strategy was last changed by ${who}${modified?.at ? ` on ${longDate(modified.at.slice(0, 10))}` : ""}` : ""}:
      </Body1>
      <ul className={styles.list} aria-label={title}>
        {changes.flatMap((c) => changeLines(c, label)).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
