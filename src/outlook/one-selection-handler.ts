import type { MailboxPort } from "./mailbox";

/**
 * The mailbox with one ItemChanged handler registered with Outlook for the pane's whole life, shared by
 * whoever follows the selection. office-js removes every ItemChanged handler of the add-in at once
 * (removeHandlerAsync has no per-handler form): when the pane that could not start gives way to the
 * full pane, the first's removal would land after the second's registration and leave the full pane
 * deaf to the selection. Here following and unfollowing only add to and take from a list.
 */
export function withOneSelectionHandler(mailbox: MailboxPort): MailboxPort {
  const listeners = new Set<() => void>();
  let registered: Promise<unknown> | undefined;
  const shared = Object.create(mailbox) as MailboxPort;
  shared.onItemChanged = async (handler) => {
    registered ??= mailbox.onItemChanged(() => [...listeners].forEach((listener) => listener()));
    await registered;
    listeners.add(handler);
    return () => void listeners.delete(handler);
  };
  return shared;
}
