import { OutlookRefusal, type NotificationDetails } from "./api";

/** Outlook's limits on item notifications (NotificationMessages, Mailbox 1.3). */
export const MAX_MESSAGE = 150;
export const MAX_KEY = 32;
export const MAX_PER_ITEM = 5;
const KINDS = ["informationalMessage", "errorMessage", "progressIndicator", "insightMessage"];

/**
 * Refuses what Outlook refuses, so an add-in that works in the harness does not fail in
 * Outlook: a message over 150 characters, an informational message without its manifest
 * icon, `persistent` on anything but an informational message, a sixth notification.
 * Returns the refusal rather than throwing, so the shim decides how to report it.
 */
export function checkNotification(existing: Record<string, NotificationDetails>, key: string, details: NotificationDetails): OutlookRefusal | undefined {
  if (!key || key.length > MAX_KEY) return new OutlookRefusal("ArgumentOutOfRange", 1003, `A notification key must be 1–${MAX_KEY} characters.`);
  if (!KINDS.includes(details.type)) return new OutlookRefusal("ArgumentException", 1000, `Unknown notification type "${details.type}".`);
  if (!details.message || details.message.length > MAX_MESSAGE) return new OutlookRefusal("ArgumentOutOfRange", 1003, `A notification message must be 1–${MAX_MESSAGE} characters (got ${details.message?.length ?? 0}).`);
  const informational = details.type === "informationalMessage";
  if (informational && !details.icon) return new OutlookRefusal("ArgumentException", 1000, "An informational notification needs an icon from the manifest.");
  if (!informational && details.persistent !== undefined) return new OutlookRefusal("ArgumentException", 1000, "Only an informational notification can be persistent.");
  if (details.type === "errorMessage" && details.icon) return new OutlookRefusal("ArgumentException", 1000, "An error notification cannot have an icon.");
  if (!(key in existing) && Object.keys(existing).length >= MAX_PER_ITEM) {
    return new OutlookRefusal("NumberOfNotificationMessagesExceeded", 9025, `An item can have at most ${MAX_PER_ITEM} notifications.`);
  }
  return undefined;
}

/** What survives leaving an item: Outlook drops non-persistent informational messages then. */
export function keptOnLeaving(notes: Record<string, NotificationDetails>): Record<string, NotificationDetails> {
  return Object.fromEntries(Object.entries(notes).filter(([, n]) => !(n.type === "informationalMessage" && !n.persistent)));
}
