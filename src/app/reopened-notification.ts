import type { MailboxPort } from "../outlook/mailbox";
import type { ReopenedAlert } from "./reopened-alerts";

/** Its own key: the strategy's notification and the message's alert keep theirs (`contactStrategy`), never replaced. */
export const REOPENED_NOTIFICATION_KEY = "reopenedAlert";
/** office-js caps an informational notification at 150 characters. */
const NOTIFICATION_MAX = 150;

const kindWords = (kind: string) => String(kind).toLowerCase().replace(/[^a-z]+/g, " ").trim();

/** The short line on the message being read: what was reopened, on which message, and where to act. */
export function reopenedNotificationText(entries: readonly ReopenedAlert[]): string {
  const kinds = [...new Set(entries.flatMap((r) => r.setAside.alertKinds.map(kindWords)))].join(", ") || "alert";
  const subject = entries[0]?.setAside.message?.subject;
  const text =
    entries.length === 1
      ? `A ${kinds} alert set aside was reopened by a manager and needs action now${typeof subject === "string" && subject.trim() ? ` (“${subject.trim()}”)` : ""}: see the Contact strategy pane.`
      : `${entries.length} alerts set aside (${kinds}) were reopened by a manager and need action now: see the Contact strategy pane.`;
  return text.length <= NOTIFICATION_MAX ? text : `${text.slice(0, NOTIFICATION_MAX - 1)}…`;
}

/**
 * Says on the message being read that an alert set aside elsewhere was reopened (T7 #6: an overturning was seen only by
 * whoever re-selected its message): an informational line under its own key, beside the strategy's or the message's own
 * notification. Not on the reopened alert's own message, where that alert is raised again and named first; taken away
 * once nothing reopened awaits action.
 */
export async function noteReopenedAlerts(mailbox: Pick<MailboxPort, "showNotification" | "removeNotification">, item: { itemId: string; internetMessageId: string }, entries: readonly ReopenedAlert[]): Promise<void> {
  const elsewhere = entries.filter((r) => r.setAside.internetMessageId !== item.internetMessageId);
  if (elsewhere.length === 0) return mailbox.removeNotification(item.itemId, REOPENED_NOTIFICATION_KEY);
  return mailbox.showNotification(item.itemId, REOPENED_NOTIFICATION_KEY, "informational", reopenedNotificationText(elsewhere));
}
