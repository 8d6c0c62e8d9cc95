import type { MailboxPort } from "../outlook/mailbox";
import { OutlookError } from "../outlook/mailbox";
import type { ContactStrategy } from "../policy/strategy";
import { restrictionSummary } from "./restriction-text";

/** The Outlook category staff see on every message from a person under a strategy. */
export const CATEGORY_NAME = "Contact strategy";
/** Outlook's preset colour for it (Preset0 = red). */
export const CATEGORY_COLOUR = "Preset0";
export const NOTIFICATION_KEY = "contactStrategy";
/** office-js caps an informational notification at 150 characters. */
const NOTIFICATION_MAX = 150;

export type FlagOutcome = { category: "added" } | { category: "notPermitted"; message: string } | { category: "failed"; message: string };

/**
 * Marks a message from a person whose strategy is in force: a notification on the message
 * itself and the "Contact strategy" category. The master category must exist before
 * `categories.addAsync`; in a delegate or shared mailbox the user may not be allowed to
 * create it, and the pane says so instead of failing.
 */
export async function flagMessage(mailbox: MailboxPort, strategy: ContactStrategy): Promise<FlagOutcome> {
  await mailbox.showNotification(NOTIFICATION_KEY, "informational", notificationText(strategy));
  try {
    const exists = await mailbox.ensureMasterCategory(CATEGORY_NAME, CATEGORY_COLOUR);
    if (!exists) {
      return { category: "notPermitted", message: `You cannot add the “${CATEGORY_NAME}” category in this mailbox; ask its owner to create it.` };
    }
    await mailbox.addCategory(CATEGORY_NAME);
    return { category: "added" };
  } catch (error) {
    if (error instanceof OutlookError && error.code === "permissionDenied") {
      return { category: "notPermitted", message: `You cannot categorise messages in this mailbox (${error.message}).` };
    }
    return { category: "failed", message: error instanceof Error ? error.message : String(error) };
  }
}

export function notificationText(strategy: ContactStrategy): string {
  const spoc = strategy.singlePointOfContact ? ` SPOC: ${strategy.singlePointOfContact.displayName}.` : "";
  const text = `Contact strategy in force for ${strategy.person.displayName}: ${restrictionSummary(strategy)}.${spoc}`;
  return text.length <= NOTIFICATION_MAX ? text : `${text.slice(0, NOTIFICATION_MAX - 1)}…`;
}
