import { Badge, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import type { GraphMessage } from "./api";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  row: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    width: "100%",
    textAlign: "start",
    padding: tokens.spacingVerticalS,
    border: 0,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

/** The message list: click, or arrow keys and Enter, as in Outlook. */
export function MessageList({ messages, selected, onSelect }: { messages: GraphMessage[]; selected: string | null; onSelect: (id: string) => void }) {
  const styles = useStyles();
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const next = event.key === "ArrowDown" ? index + 1 : event.key === "ArrowUp" ? index - 1 : -1;
    if (next < 0 || next >= messages.length) return;
    event.preventDefault();
    const row = event.currentTarget.closest("ul")?.querySelectorAll("button")[next];
    row?.focus();
    onSelect(messages[next]!.id);
  };
  return (
    <ul className={styles.list} aria-label="Messages">
      {messages.map((m, index) => (
        <li key={m.id}>
          <button
            type="button"
            className={mergeClasses(styles.row, m.id === selected && styles.selected)}
            aria-current={m.id === selected ? "true" : undefined}
            data-testid="message-row"
            data-from={m.from.emailAddress.address}
            onClick={() => onSelect(m.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            <strong>{m.from.emailAddress.name}</strong>
            <span>{m.subject}</span>
            <Caption1>{new Date(m.receivedDateTime).toLocaleString("en-GB")}</Caption1>
            {m.categories.map((c) => (
              <Badge key={c} size="small" color="danger" appearance="tint">
                {c}
              </Badge>
            ))}
          </button>
        </li>
      ))}
    </ul>
  );
}
