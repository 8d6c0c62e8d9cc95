import { Caption1 } from "@fluentui/react-components";
import type { AlertActionDoubt, AlertActionEntry } from "../../app/alert-record";
import { describeAlertOutcome } from "../../policy/alerts/action";
import { longDate } from "../../policy/calendar";
import { nameOf, type Identity } from "../../policy/decision";
import { useAlertStyles } from "./alerts.styles";

const when = (at: string) => `${longDate(at.slice(0, 10))} ${at.slice(11, 16)} UTC`;
const who = (author: Identity | undefined, claimed: string) => (author ? nameOf(author) : claimed);

/** What a reader must not take on trust, in a caseworker's words. */
function doubtText(doubt: AlertActionDoubt): string {
  switch (doubt.kind) {
    case "notByAuthor":
      return `It names ${doubt.claimed} as who did it, but ${doubt.author ? nameOf(doubt.author) : "nobody SharePoint knows"} recorded it.`;
    case "changed":
      return `Changed after it was recorded${doubt.by ? ` by ${nameOf(doubt.by)}` : ""}${doubt.at ? ` on ${when(doubt.at)}` : ""}: it may not say what was done. The audit trail holds what was recorded.`;
    case "notAudited":
      return "Not on the audit trail: ask whoever looks after the records.";
  }
}

/**
 * What has already been done about the message's alerts. The person shown is who SharePoint says
 * recorded it (`createdBy`), never the name the record carries; an action changed after it was
 * recorded, recorded in someone else's name, or removed (its audit event outlives it) is said to be.
 */
export function AlertActionList({ entries }: { entries: readonly AlertActionEntry[] }) {
  const styles = useAlertStyles();
  return (
    <ul className={styles.list}>
      {entries.map((entry, i) =>
        entry.kind === "removed" ? (
          <li key={`removed:${entry.actionId}:${i}`} data-testid="alert-action" data-state="removed">
            {entry.event.detail.replace(/ \(alerts: [^)]*\)$/, "")} — {who(entry.event.author, entry.event.by)}, {when(entry.event.at)}
            <Caption1 className={styles.doubt}>Removed: the audit trail records it, but it is no longer among the actions.</Caption1>
          </li>
        ) : (
          <li key={`${entry.action.id}:${i}`} data-testid="alert-action" data-state={entry.doubts.some((d) => d.kind === "changed") ? "changed" : entry.doubts.length ? "doubted" : "recorded"}>
            {describeAlertOutcome(entry.action.outcome)} — {who(entry.action.author, entry.action.by)}, {when(entry.action.at)}
            {entry.doubts.map((doubt) => (
              <Caption1 key={doubt.kind} className={styles.doubt}>
                {doubtText(doubt)}
              </Caption1>
            ))}
          </li>
        ),
      )}
    </ul>
  );
}
