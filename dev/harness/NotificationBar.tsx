import { MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { NotificationDetails } from "./api";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalS },
});

const intent = (type: string) => (type === "errorMessage" ? "error" : type === "insightMessage" ? "success" : "info");

/** The add-in's notificationMessages on the open message, in the bar Outlook shows above it. */
export function NotificationBar({ notes }: { notes: Record<string, NotificationDetails> }) {
  const styles = useStyles();
  const entries = Object.entries(notes);
  return (
    <div className={styles.bar} data-testid="notification-bar" role="status" aria-live="polite" aria-label="Add-in notifications">
      {entries.map(([key, n]) => (
        <MessageBar key={key} intent={intent(n.type)} data-testid="notification" data-key={key} data-type={n.type}>
          <MessageBarBody>
            {n.type === "progressIndicator" && <Spinner size="extra-tiny" as="span" />}
            {n.message}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
