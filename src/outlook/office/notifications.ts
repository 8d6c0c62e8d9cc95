import type { NotificationKind } from "../mailbox";
import { OutlookError } from "../mailbox";
import { isOfficeError, promisify } from "./promisify";

type OfficeApi = typeof Office;

/** Outlook refuses (synchronously, ArgumentOutOfRange) a notification message over 150 characters. */
export const NOTIFICATION_MAX = 150;
/** The icon resource id declared in the manifest; informational messages must name one. */
export const NOTIFICATION_ICON = "Icon.16x16";

/**
 * The notification details Outlook accepts for each kind: informational messages need an
 * icon and take `persistent`; error and progress messages reject both.
 */
export function notificationDetails(office: OfficeApi, kind: NotificationKind, message: string): Office.NotificationMessageDetails {
  const type = office.MailboxEnums.ItemNotificationMessageType;
  const text = message.length <= NOTIFICATION_MAX ? message : `${message.slice(0, NOTIFICATION_MAX - 1)}…`;
  if (kind === "error") return { type: type.ErrorMessage, message: text };
  if (kind === "progressIndicator") return { type: type.ProgressIndicator, message: text };
  // Not persistent: the message belongs to this item and this reading, as the banner does.
  return { type: type.InformationalMessage, message: text, icon: NOTIFICATION_ICON, persistent: false };
}

export async function showNotification(office: OfficeApi, item: Office.MessageRead | null | undefined, key: string, kind: NotificationKind, message: string): Promise<void> {
  if (!item) throw new OutlookError("noItem", "No message is selected to show the notification on.");
  const details = notificationDetails(office, kind, message);
  // replaceAsync adds the message when the key is new, so one key never stacks duplicates.
  await promisify<void>((cb) => item.notificationMessages.replaceAsync(key, details, cb), "Showing the notification");
}

export async function removeNotification(item: Office.MessageRead | null | undefined, key: string): Promise<void> {
  // With no item there is nothing to remove from: Outlook drops a message's notifications with it.
  if (!item) return;
  try {
    await promisify<void>((cb) => item.notificationMessages.removeAsync(key, cb), "Removing the notification");
  } catch (error) {
    // Removing a key that is not there is the outcome we wanted.
    if (isOfficeError(error, "KeyNotFound")) return;
    throw error;
  }
}
