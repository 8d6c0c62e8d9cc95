import type { FileAttachment, MailboxPort } from "../mailbox";
import { OutlookError } from "../mailbox";
import { addCategory } from "./categories";
import { toEwsId, toReadItem } from "./item";
import { removeNotification, showNotification } from "./notifications";
import { promisify } from "./promisify";

type OfficeApi = typeof Office;

// The enum's value is the string "file" (MailboxEnums.AttachmentType.File); the harness shim has no enum to read it from.
const fileAttachment = (a: FileAttachment): Office.ReplyFormAttachment => ({ type: "file" as Office.MailboxEnums.AttachmentType, name: a.name, url: a.url });

/**
 * MailboxPort over office-js: with src/outlook/host.ts, the only code that touches
 * `Office.*`. `office` is injectable so tests pass an office-addin-mock object and the
 * harness its shim. Every call reads `mailbox.item` afresh: Outlook replaces the object
 * on each selection and sets it to null between selections in a pinned pane.
 */
export function createOfficeMailbox(office: OfficeApi = Office): MailboxPort {
  const mailbox = () => office.context.mailbox;
  const item = () => (mailbox().item ?? null) as Office.MessageRead | null;
  /** The selected item if it is still the one asked for; null between selections. */
  const itemFor = (itemId: string) => {
    const current = item();
    if (current && current.itemId !== itemId) throw new OutlookError("itemChanged", "The selection moved to another message; nothing was done to it.");
    return current;
  };

  return {
    async currentItem() {
      const current = item();
      // A compose item or a multi-selection has no itemId to read; treat it as "no message".
      if (!current?.itemId) return undefined;
      return toReadItem(office, current);
    },
    isComposing() {
      // A message being written has no itemId yet and has recipients to get, not to read.
      const current = mailbox().item as (Office.MessageCompose & { itemId?: string }) | null | undefined;
      return Boolean(current && !current.itemId && typeof current.to?.getAsync === "function");
    },
    async bodyText(itemId) {
      const current = itemFor(itemId);
      if (!current) throw new OutlookError("noItem", "No message is selected.");
      return promisify<string>((cb) => current.body.getAsync(office.CoercionType.Text, cb), "Reading the message body");
    },
    async bodyHtml(itemId) {
      const current = itemFor(itemId);
      if (!current) throw new OutlookError("noItem", "No message is selected.");
      return promisify<string>((cb) => current.body.getAsync(office.CoercionType.Html, cb), "Reading the message body");
    },
    async onItemChanged(handler) {
      await promisify<void>((cb) => mailbox().addHandlerAsync(office.EventType.ItemChanged, handler, cb), "Following the selection");
      return () => {
        // removeHandlerAsync removes every ItemChanged handler of this add-in (office-js has no
        // per-handler removal); the pane registers one. A failure here leaves a handler whose
        // effects the pane already ignores after unmounting, so it is not worth surfacing.
        void promisify<void>((cb) => mailbox().removeHandlerAsync(office.EventType.ItemChanged, cb), "Unfollowing the selection").catch(() => undefined);
      };
    },
    addCategory: async (itemId, name) => addCategory(itemFor(itemId), name),
    showNotification: async (itemId, key, kind, message) => showNotification(office, itemFor(itemId), key, kind, message),
    removeNotification: async (itemId, key) => removeNotification(itemFor(itemId), key),
    displayReplyForm(htmlBody, attachments = []) {
      const current = item();
      if (!current) throw new OutlookError("noItem", "No message is selected to reply to.");
      // The form's object shape (Mailbox 1.1) carries attachments; a plain string would not.
      current.displayReplyForm({ htmlBody, ...(attachments.length ? { attachments: attachments.map(fileAttachment) } : {}) });
    },
    displayNewMessageForm(to, subject, htmlBody, attachments = []) {
      mailbox().displayNewMessageForm({ toRecipients: to, subject, htmlBody, ...(attachments.length ? { attachments: attachments.map(fileAttachment) } : {}) });
    },
    displayMessageForm(restId) {
      // Outlook on iOS and Android has no displayMessageForm: said, not a button that does nothing.
      if (typeof mailbox().displayMessageForm !== "function") throw new OutlookError("notSupported", "This Outlook cannot open another message from the pane.");
      // Mailbox 1.1: takes the EWS id; an id naming no message opens nothing and reports nothing.
      mailbox().displayMessageForm(toEwsId(office, restId));
    },
    userProfile() {
      const profile = mailbox().userProfile;
      return { displayName: profile.displayName, emailAddress: profile.emailAddress };
    },
  };
}
