import type { ReadItem } from "../outlook/mailbox";
import { NOTIFICATION_KEY } from "./flag-message";
import { alertNotificationText } from "./alert-notification";
import { messageInput } from "./message-input";
import type { SafetyOnly } from "./start";
import { staffNamesFor } from "./staff-names";
import { classifierOptions } from "../policy/classifier/options";
import type { Classification, MessageInput, ClassifierOptions } from "../policy/classifier/types";
import { classify } from "../policy/classifier/classify";
import { EMPTY_HISTORY } from "../policy/contact";
import type { Alert } from "../policy/alerts/types";
import type { Scorer } from "../policy/scorer/types";

/** What the pane checks when it could not start: the message's text, classified with no history and no strategy. */
export interface SafetyInput {
  message: MessageInput;
  options: ClassifierOptions;
}

/**
 * Reads the message's text for the safety check. No history and no strategy can be read, so a
 * new-matter alert (which needs the strategy) cannot be raised; every other alert can.
 */
export async function readForSafety(safety: SafetyOnly, item: ReadItem): Promise<SafetyInput> {
  const body = await safety.mailbox.bodyText(item.itemId);
  return {
    message: messageInput(item, body),
    options: classifierOptions(safety.pack, {
      staffDomains: safety.staffDomains,
      staffNames: staffNamesFor(safety.staffNames, [...item.to, ...item.cc], safety.staffDomains, safety.user.displayName),
      history: EMPTY_HISTORY,
      now: safety.now().toISOString(),
    }),
  };
}

/** The alerts in the message's text (the learned scorer's too, once it has loaded). */
export function safetyAlerts(input: SafetyInput, scorer?: Scorer): Classification["alerts"] {
  return classify(input.message, scorer ? { ...input.options, scorer } : input.options).alerts;
}

/** What the notification on the message says when the pane could not start: an alert first; else that strategies were not checked. */
export function safetyNotificationText(check: { alerts: readonly Pick<Alert, "guidance">[] } | { unread: true }): string {
  if ("unread" in check) return "Not checked: the contact-strategy pane could not start or read this message. Read it yourself for a risk to life or threats.";
  if (check.alerts.length > 0) return alertNotificationText(check.alerts, "contact strategies could not be checked");
  return "Could not check now whether a contact strategy applies to this sender: the contact-strategy pane could not start. Check before replying.";
}

/** Shows it on the message; a notification that cannot be shown changes nothing in the pane. */
export function notifySafety(safety: SafetyOnly, itemId: string, check: Parameters<typeof safetyNotificationText>[0]): Promise<void> {
  return safety.mailbox.showNotification(itemId, NOTIFICATION_KEY, "informational", safetyNotificationText(check)).catch(() => undefined);
}
