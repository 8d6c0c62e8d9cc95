/**
 * The slice of Outlook the add-in uses, as a promise-based port. `src/outlook/office/`
 * implements it over office-js (the only code that touches `Office.*`); the local harness
 * provides the same `Office.context.mailbox` surface, so the add-in code is identical in
 * Outlook and in the harness.
 */
import type { MailMessage } from "../policy/message";

export type { EmailAddress } from "../policy/message";

/** The selected message: the product's message (src/policy/message) with what only Outlook knows of it. */
export interface ReadItem extends MailMessage {
  /** EWS/REST item id as Outlook gives it; convert with `toRestId` before Graph calls. */
  itemId: string;
  /** Graph-ready id (converted with `convertToRestId`). */
  restId: string;
  /** Set when the item is in a shared or delegate mailbox. */
  sharedMailboxOwner?: string;
}

/** A file attached to a draft by its address: Outlook fetches it (office-js ReplyFormAttachment, type "file"). */
export interface FileAttachment {
  name: string;
  url: string;
}

export type NotificationKind = "informational" | "error" | "progressIndicator";

/**
 * Calls that act on one message take its `itemId` and refuse, with `itemChanged`, when the
 * selection has moved on: a pinned pane's work for message A must never land on message B
 * (a category, a notification, or B's body classified as A's).
 */
export interface MailboxPort {
  /** Current item, or undefined between selections (Outlook sets `mailbox.item` to null). */
  currentItem(): Promise<ReadItem | undefined>;
  /** Whether the pane was opened on a message being written (compose mode), which it does not review. */
  isComposing(): boolean;
  bodyText(itemId: string): Promise<string>;
  /** The body as HTML (plain-text mail as sent), to tell words hidden in the markup from words a reader sees. */
  bodyHtml?(itemId: string): Promise<string>;
  /** Subscribes to selection changes on a pinned pane; returns an unsubscribe function. */
  onItemChanged(handler: () => void): Promise<() => void>;
  /**
   * Adds a category from the mailbox's master list to the item (read/write item). Rejects with
   * `categoryMissing` when the master list lacks it: the add-in does not create master
   * categories, which needs read/write mailbox (docs/decisions/0006-category-permission.md).
   */
  addCategory(itemId: string, name: string): Promise<void>;
  showNotification(itemId: string, key: string, kind: NotificationKind, message: string): Promise<void>;
  removeNotification(itemId: string, key: string): Promise<void>;
  /** Opens a reply to the selected message for the reader to check and send; nothing is sent. */
  displayReplyForm(htmlBody: string, attachments?: readonly FileAttachment[]): void;
  /** Opens a new message for the reader to check and send; nothing is sent. */
  displayNewMessageForm(to: string[], subject: string, htmlBody: string, attachments?: readonly FileAttachment[]): void;
  /**
   * Opens a message of this mailbox in its own Outlook form, by its Graph (REST) id. Outlook shows nothing and says
   * nothing when the id names no message here (office-js displayMessageForm), so callers find the id in this mailbox first.
   */
  displayMessageForm(restId: string): void;
  userProfile(): { displayName: string; emailAddress: string };
}

export type OutlookErrorCode = "noItem" | "itemChanged" | "permissionDenied" | "notSupported" | "categoryMissing" | "failed";

export class OutlookError extends Error {
  constructor(
    readonly code: OutlookErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "OutlookError";
  }
}
