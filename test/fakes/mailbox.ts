import type { MailboxPort, NotificationKind, ReadItem } from "../../src/outlook/mailbox";
import { OutlookError } from "../../src/outlook/mailbox";

/** An in-memory Outlook for tests of the app layer: records what the add-in did to the item. */
export class FakeMailbox implements MailboxPort {
  item: ReadItem | undefined;
  body = "";
  /** The mailbox's master categories: an administrator creates "Contact strategy" in each (docs/decisions/0006). */
  masterCategories = new Set<string>(["Contact strategy"]);
  categories: string[] = [];
  notifications = new Map<string, { kind: NotificationKind; message: string }>();
  composing = false;
  /** When set, showNotification fails with it. */
  failNotifications: Error | undefined;
  private handlers: Array<() => void> = [];

  constructor(item?: ReadItem) {
    this.item = item;
  }
  async currentItem() {
    return this.item;
  }
  isComposing() {
    return this.composing;
  }
  /** As Outlook's adapter does: a call for a message that is no longer selected is refused. */
  private mustBe(itemId: string) {
    if (this.item && this.item.itemId !== itemId) throw new OutlookError("itemChanged", "The selection moved to another message.");
  }
  async bodyText(itemId: string) {
    this.mustBe(itemId);
    return this.body;
  }
  async onItemChanged(handler: () => void) {
    this.handlers.push(handler);
    return () => void (this.handlers = this.handlers.filter((h) => h !== handler));
  }
  select(item: ReadItem | undefined) {
    this.item = item;
    this.categories = [...(item?.categories ?? [])];
    this.handlers.forEach((h) => h());
  }
  async addCategory(itemId: string, name: string) {
    this.mustBe(itemId);
    if (!this.masterCategories.has(name)) throw new OutlookError("categoryMissing", `This mailbox has no “${name}” category.`);
    if (!this.categories.includes(name)) this.categories.push(name);
  }
  async showNotification(itemId: string, key: string, kind: NotificationKind, message: string) {
    this.mustBe(itemId);
    if (this.failNotifications) throw this.failNotifications;
    this.notifications.set(key, { kind, message });
  }
  async removeNotification(itemId: string, key: string) {
    this.mustBe(itemId);
    this.notifications.delete(key);
  }
  displayReplyForm() {}
  displayNewMessageForm() {}
  /** The messages opened in their own form, by REST id. */
  opened: string[] = [];
  displayMessageForm(restId: string) {
    this.opened.push(restId);
  }
  userProfile() {
    return { displayName: "Casey Worker", emailAddress: "casey.worker@opcc.example.gov.uk" };
  }
}

export function readItem(overrides: Partial<ReadItem> = {}): ReadItem {
  const from = { displayName: "Pat O'Brien", emailAddress: "Pat.O'Brien@example.org" };
  return {
    itemId: "AAMk-1",
    restId: "rest-1",
    internetMessageId: "<m1@example.org>",
    subject: "My complaint",
    from,
    sender: from,
    to: [{ displayName: "Enquiries", emailAddress: "enquiries@opcc.example.gov.uk" }],
    cc: [],
    replyTo: [],
    receivedAt: "2026-11-24T09:00:00.000Z",
    attachments: 0,
    ...overrides,
  };
}
