import type { Alert } from "../policy/alerts/types";
import type { SenderVerdict } from "./sender-check";

/** office-js caps an informational notification at 150 characters. */
const NOTIFICATION_MAX = 150;

/**
 * The notification on a message that raised an alert: what was found and that it comes first, then
 * what is known of the sender's strategy, then the first step — never "read and file" (Warwickshire 7.2:
 * reviewed "irrespective of any contact strategy"). It is what a reader sees without opening the pane,
 * so the alert is named before anything else; the strategy's own notification gives way to it.
 *
 * `strategy` is a few words on the sender's strategy as the pane knows it ("the contact strategy for
 * Jordan Blake does not change this"; "contact strategies could not be checked"), or nothing.
 */
export function alertNotificationText(alerts: readonly Pick<Alert, "guidance">[], strategy?: string): string {
  const titles = alerts.map((a) => a.guidance.title).join("; ");
  const step = alerts[0]?.guidance.steps[0]?.text;
  const text = `${titles}: act first${strategy ? `; ${strategy}` : ""}.${step ? ` ${step}` : ""}`;
  return text.length <= NOTIFICATION_MAX ? text : `${text.slice(0, NOTIFICATION_MAX - 1)}…`;
}

/**
 * What the alert notification says of the sender's strategy, from the pane's verdict: in force, that it does not
 * change the alert; unreadable, that one may apply; otherwise nothing (the alert alone).
 */
export function strategyWordsFor(verdict: SenderVerdict): string | undefined {
  if (verdict.kind === "strategy" && verdict.inForce) return `the contact strategy for ${verdict.strategy.person.displayName} does not change this`;
  if (verdict.kind === "unavailable") return `a contact strategy may apply to ${verdict.summary.personName}`;
  return undefined;
}
