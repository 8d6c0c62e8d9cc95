import type { MailboxPort } from "../outlook/mailbox";
import { OutlookError } from "../outlook/mailbox";
import type { ContactStrategy } from "../policy/strategy";
import { restrictionSummary } from "./restriction-text";

/** The Outlook category staff see on every message from a person under a strategy. */
export const CATEGORY_NAME = "Contact strategy";
/**
 * The category the auto-flagger puts on mail from a person whose strategy's record is in doubt (a decision on it
 * unreadable, deleted or changed after it was recorded: it may be in force). It states no restriction — none can be read — only what to do.
 */
export const IN_DOUBT_CATEGORY_NAME = "Contact strategy record in doubt: check with the authoriser before replying";
/** Outlook's preset colour for it (Preset0 = red). */
export const CATEGORY_COLOUR = "Preset0";
/** The same colour as Graph's outlookCategory writes it ("preset0"). */
export const graphColour = (officeColour: string) => officeColour.charAt(0).toLowerCase() + officeColour.slice(1);
export const NOTIFICATION_KEY = "contactStrategy";
/** office-js caps an informational notification at 150 characters. */
const NOTIFICATION_MAX = 150;

export type FlagOutcome = {
  category: "added" | "notInMailbox" | "notPermitted" | "unsupported" | "failed";
  /** Why the category was not added, for the banner. */
  message?: string;
  /** Set when the notification on the message could not be shown; the category is tried regardless. */
  notificationProblem?: string;
};

/**
 * Marks a message from a person whose strategy is in force: a notification on the message
 * itself and the "Contact strategy" category, each tried whatever the other does. The category
 * must already be in the mailbox's master list (an administrator adds it once per mailbox: the
 * add-in's read/write item permission cannot); where it is not, or the user may not change the
 * item (a delegate), the pane says so instead of failing. Every call names
 * the message, so nothing lands on another one if the selection moves meanwhile; then the
 * outcome is undefined (nothing to report on a message no longer shown).
 */
export async function flagMessage(mailbox: MailboxPort, itemId: string, strategy: ContactStrategy): Promise<FlagOutcome | undefined> {
  const notified = mailbox.showNotification(itemId, NOTIFICATION_KEY, "informational", notificationText(strategy)).then(
    () => undefined,
    (error: unknown) => error,
  );
  const category = await addTheCategory(mailbox, itemId);
  const notificationError = await notified;
  if (category === undefined || isMoved(notificationError)) return undefined;
  return notificationError === undefined ? category : { ...category, notificationProblem: `The notification could not be shown on the message (${messageOf(notificationError)}).` };
}

async function addTheCategory(mailbox: MailboxPort, itemId: string): Promise<FlagOutcome | undefined> {
  try {
    await mailbox.addCategory(itemId, CATEGORY_NAME);
    return { category: "added" };
  } catch (error) {
    if (isMoved(error)) return undefined;
    // The add-in cannot create master categories (read/write item only): an administrator does, once per mailbox.
    if (error instanceof OutlookError && error.code === "categoryMissing") {
      return { category: "notInMailbox", message: `This mailbox has no “${CATEGORY_NAME}” category, so the message could not be marked. Ask your administrator to add it (npm run provision -- --category); the banner above still applies.` };
    }
    if (error instanceof OutlookError && error.code === "permissionDenied") {
      return { category: "notPermitted", message: `You cannot categorise messages in this mailbox (${error.message}).` };
    }
    if (error instanceof OutlookError && error.code === "notSupported") return { category: "unsupported", message: `${error.message} The banner above still applies.` };
    return { category: "failed", message: `The “${CATEGORY_NAME}” category could not be added (${messageOf(error)}).` };
  }
}

const isMoved = (error: unknown) => error instanceof OutlookError && error.code === "itemChanged";
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function notificationText(strategy: ContactStrategy): string {
  const spoc = strategy.singlePointOfContact ? ` SPOC: ${strategy.singlePointOfContact.displayName}.` : "";
  const text = `Contact strategy in force for ${strategy.person.displayName}: ${restrictionSummary(strategy)}.${spoc}`;
  return text.length <= NOTIFICATION_MAX ? text : `${text.slice(0, NOTIFICATION_MAX - 1)}…`;
}
