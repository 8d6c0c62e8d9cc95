import type { EmailAddress, MailboxPort, NotificationKind, ReadItem } from "../mailbox";
import { OutlookError } from "../mailbox";
import { promisify } from "./promisify";

type OfficeApi = typeof Office;

/**
 * MailboxPort over office-js. The only code that touches `Office.*` (with src/outlook/host.ts).
 * `office` is injectable so tests pass an office-addin-mock object.
 */
export function createOfficeMailbox(office: OfficeApi = Office): MailboxPort {
  const mailbox = () => office.context.mailbox;
  const readItem = () => mailbox().item as Office.MessageRead | null | undefined;

  return {
    async currentItem() {
      const item = readItem();
      // Between selections in a pinned pane Outlook sets mailbox.item to null.
      if (!item || !item.itemId) return undefined;
      const owner = await sharedOwner(item);
      return {
        itemId: item.itemId,
        restId: toRestId(office, item.itemId),
        internetMessageId: item.internetMessageId ?? item.itemId,
        subject: item.subject ?? "",
        from: address(item.from),
        sender: address(item.sender ?? item.from),
        to: (item.to ?? []).map(address),
        cc: (item.cc ?? []).map(address),
        // Read mode exposes no Reply-To in office-js; the flagger reads it through Graph.
        replyTo: [],
        dateTimeCreated: new Date(item.dateTimeCreated ?? Date.now()).toISOString(),
        ...(owner ? { sharedMailboxOwner: owner } : {}),
      } satisfies ReadItem;
    },
    async bodyText() {
      const item = readItem();
      if (!item) throw new OutlookError("noItem", "No message is selected.");
      return promisify<string>((cb) => item.body.getAsync(office.CoercionType.Text, cb), "Reading the message body");
    },
    async onItemChanged(handler) {
      await promisify<void>((cb) => mailbox().addHandlerAsync(office.EventType.ItemChanged, handler, cb), "Following the selection");
      // removeHandlerAsync drops every ItemChanged handler; the pane registers only one.
      return () => mailbox().removeHandlerAsync(office.EventType.ItemChanged);
    },
    async ensureMasterCategory(name, colour) {
      const master = mailbox().masterCategories;
      try {
        const existing = await promisify<Office.CategoryDetails[]>((cb) => master.getAsync(cb), "Reading categories");
        if (existing.some((c) => c.displayName === name)) return true;
        await promisify<void>((cb) => master.addAsync([{ displayName: name, color: colour as unknown as Office.MailboxEnums.CategoryColor }], cb), "Creating the category");
        return true;
      } catch (error) {
        // Delegates and shared mailboxes often may not change the owner's master list.
        if (error instanceof OutlookError && /DuplicateCategory/i.test(String((error.cause as Office.Error | undefined)?.name))) return true;
        if (error instanceof OutlookError && (error.code === "permissionDenied" || error.code === "notSupported")) return false;
        throw error;
      }
    },
    async addCategory(name) {
      const item = readItem();
      if (!item) throw new OutlookError("noItem", "No message is selected.");
      await promisify<void>((cb) => item.categories.addAsync([name], cb), "Categorising the message");
    },
    async showNotification(key, kind, message) {
      const item = readItem();
      if (!item) return;
      await promisify<void>((cb) => item.notificationMessages.replaceAsync(key, notification(office, kind, message), cb), "Showing the notification");
    },
    async removeNotification(key) {
      const item = readItem();
      if (!item) return;
      await promisify<void>((cb) => item.notificationMessages.removeAsync(key, cb), "Removing the notification");
    },
    displayReplyForm(htmlBody) {
      readItem()?.displayReplyForm(htmlBody);
    },
    displayNewMessageForm(to, subject, htmlBody) {
      mailbox().displayNewMessageForm({ toRecipients: to, subject, htmlBody });
    },
    userProfile() {
      const profile = mailbox().userProfile;
      return { displayName: profile.displayName, emailAddress: profile.emailAddress };
    },
  };
}

function address(details: Office.EmailAddressDetails | undefined): EmailAddress {
  return { displayName: details?.displayName ?? "", emailAddress: details?.emailAddress ?? "" };
}

function toRestId(office: OfficeApi, itemId: string): string {
  const mailbox = office.context.mailbox;
  return typeof mailbox.convertToRestId === "function" ? mailbox.convertToRestId(itemId, office.MailboxEnums.RestVersion.v2_0) : itemId;
}

async function sharedOwner(item: Office.MessageRead): Promise<string | undefined> {
  if (typeof item.getSharedPropertiesAsync !== "function") return undefined;
  try {
    const shared = await promisify<Office.SharedProperties>((cb) => item.getSharedPropertiesAsync(cb), "Reading shared mailbox details");
    return shared.owner;
  } catch {
    return undefined; // not a shared or delegate item
  }
}

function notification(office: OfficeApi, kind: NotificationKind, message: string): Office.NotificationMessageDetails {
  const type = office.MailboxEnums.ItemNotificationMessageType;
  if (kind === "error") return { type: type.ErrorMessage, message };
  if (kind === "progressIndicator") return { type: type.ProgressIndicator, message };
  return { type: type.InformationalMessage, message, icon: "Icon.16x16", persistent: false };
}
