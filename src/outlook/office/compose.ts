import type { ComposeItemPort } from "../compose";
import { OutlookError, type NotificationKind } from "../mailbox";
import { notificationDetails } from "./notifications";
import { isOfficeError, promisify } from "./promisify";

type OfficeApi = typeof Office;

/**
 * The message being written, over office-js (compose mode). Recipients come from To, Cc and
 * Bcc (`Recipients.getAsync`, Mailbox 1.1); session data is the item's own (Mailbox 1.11),
 * which Outlook drops when the draft is sent or discarded — the right lifetime for a verdict
 * about this draft's recipients.
 */
export function officeComposeItem(office: OfficeApi): ComposeItemPort {
  const item = () => {
    const current = office.context.mailbox.item as Office.MessageCompose | null | undefined;
    if (!current) throw new OutlookError("noItem", "No message is being written.");
    return current;
  };
  const addresses = (field: Office.Recipients, name: string) =>
    promisify<Office.EmailAddressDetails[]>((cb) => field.getAsync(cb), `Reading ${name}`).then((list) => list.map((r) => r.emailAddress).filter(Boolean));
  return {
    async recipients() {
      const current = item();
      const lists = await Promise.all([addresses(current.to, "To"), addresses(current.cc, "Cc"), current.bcc ? addresses(current.bcc, "Bcc") : Promise.resolve([])]);
      return lists.flat();
    },
    async subject() {
      const current = item();
      // Compose mode: subject.getAsync (Mailbox 1.1). Read mode would give a string: never here, but harmless.
      if (typeof current.subject === "string") return current.subject;
      return promisify<string>((cb) => current.subject.getAsync(cb), "Reading the subject");
    },
    async composeType() {
      const current = item() as Office.MessageCompose & { getComposeTypeAsync?: (cb: (r: Office.AsyncResult<{ composeType: string }>) => void) => void };
      if (!current.getComposeTypeAsync) return undefined;
      const { composeType } = await promisify<{ composeType: string }>((cb) => current.getComposeTypeAsync!(cb), "Reading how the message was started");
      return composeType === "reply" || composeType === "forward" || composeType === "newMail" ? composeType : undefined;
    },
    async showNotification(key: string, kind: NotificationKind, message: string) {
      const details = notificationDetails(office, kind, message);
      await promisify<void>((cb) => item().notificationMessages.replaceAsync(key, details, cb), "Showing the notification");
    },
    async removeNotification(key: string) {
      try {
        await promisify<void>((cb) => item().notificationMessages.removeAsync(key, cb), "Removing the notification");
      } catch (error) {
        if (isOfficeError(error, "KeyNotFound")) return;
        throw error;
      }
    },
    async sessionGet(key: string) {
      try {
        const value = await promisify<string>((cb) => item().sessionData.getAsync(key, cb), "Reading session data");
        return value || undefined;
      } catch (error) {
        // A key never set is reported as a failure by some hosts and as "" by others: both mean nothing kept.
        if (error instanceof OutlookError && error.code === "failed") return undefined;
        throw error;
      }
    },
    async sessionSet(key: string, value: string) {
      await promisify<void>((cb) => item().sessionData.setAsync(key, value, cb), "Keeping session data");
    },
  };
}
