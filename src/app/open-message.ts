import type { MessageFinder } from "../mail/find-message";
import type { MailboxPort } from "../outlook/mailbox";

/** What became of "Open the message": opened in Outlook, not in this mailbox, or the lookup failed (with why). */
export type OpenMessageOutcome = { kind: "opened" } | { kind: "notInMailbox" } | { kind: "failed"; message: string };

/**
 * Opens a message the records name (by Internet message id) in its own Outlook form. Outlook opens nothing and says
 * nothing for an id it does not hold (office-js displayMessageForm), so the message is found in the reader's mailbox
 * first and "not in this mailbox" is an outcome to say, not a silence (tester T7 #6: a reopened alert must be reachable).
 */
export async function openMessage(deps: { messages: MessageFinder; mailbox: Pick<MailboxPort, "displayMessageForm"> }, internetMessageId: string): Promise<OpenMessageOutcome> {
  let restId: string | undefined;
  try {
    restId = await deps.messages.idOf(internetMessageId);
  } catch (error) {
    return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
  }
  if (!restId) return { kind: "notInMailbox" };
  try {
    deps.mailbox.displayMessageForm(restId);
  } catch (error) {
    return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
  }
  return { kind: "opened" };
}
