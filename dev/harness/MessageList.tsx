import { Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import type { GraphMessage, MasterCategory } from "./api";
import { CategoryChips } from "./CategoryChips";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected, borderLeft: `3px solid ${tokens.colorBrandStroke1}` },
});

const STEP: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * The message list as a listbox with one tab stop (roving tabindex): arrow keys, Home and
 * End move, and selection follows focus as in Outlook; Enter or a click opens the row.
 * Fluent's List would do the roving through tabster, whose hidden focus guards axe reports
 * as a serious violation (aria-hidden-focus) in the browser tests' accessibility check.
 */
export function MessageList(props: { messages: GraphMessage[]; selectedId: string | null; master: MasterCategory[]; onSelect: (id: string) => void }) {
  const styles = useStyles();
  const { messages, selectedId, onSelect } = props;
  const tabStop = Math.max(0, messages.findIndex((m) => m.id === selectedId));
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      return onSelect(messages[index]!.id);
    }
    const step = STEP[event.key];
    if (!step) return;
    event.preventDefault();
    const next = step(index, messages.length);
    const row = event.currentTarget.parentElement?.children[next] as HTMLElement | undefined;
    row?.focus();
    onSelect(messages[next]!.id);
  };
  return (
    <ul className={styles.list} role="listbox" aria-label="Messages" data-testid="message-list">
      {messages.map((m, index) => {
        const received = m.receivedDateTime ? new Date(m.receivedDateTime).toLocaleString("en-GB", { dateStyle: "short", timeStyle: "short" }) : "not known";
        const selected = m.id === selectedId;
        return (
          <li
            key={m.id}
            role="option"
            aria-selected={selected}
            tabIndex={index === tabStop ? 0 : -1}
            className={mergeClasses(styles.row, selected && styles.selected)}
            aria-label={`${m.from.emailAddress.name}, ${m.subject}, received ${received}${m.categories.length ? `, categories ${m.categories.join(", ")}` : ""}`}
            data-testid="message-row"
            data-from={m.from.emailAddress.address}
            data-message-id={m.id}
            onClick={() => onSelect(m.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            <Text weight="semibold" data-testid="row-sender">
              {m.from.emailAddress.name}
            </Text>
            <Text truncate wrap={false} data-testid="row-subject">
              {m.subject}
            </Text>
            <Caption1 data-testid="row-received">{received}</Caption1>
            <CategoryChips names={m.categories} master={props.master} testId="row-category-chip" label="Categories" />
          </li>
        );
      })}
    </ul>
  );
}
