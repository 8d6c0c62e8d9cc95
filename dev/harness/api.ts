/**
 * What the harness page offers the office.js shim inside the task pane iframe (same
 * origin: the shim reads `window.parent.__harness`). Message and category state lives in
 * the Graph emulator, as Outlook's lives in Exchange; notifications and drafts live in the
 * page, as Outlook's live in the client.
 */
export interface GraphAddress {
  emailAddress: { name: string; address: string };
}

export interface GraphMessage {
  id: string;
  internetMessageId: string;
  subject: string;
  body: { contentType: "text" | "html"; content: string };
  from: GraphAddress;
  sender?: GraphAddress;
  toRecipients: GraphAddress[];
  ccRecipients: GraphAddress[];
  replyTo?: GraphAddress[];
  receivedDateTime: string;
  categories: string[];
}

/** A master category as Graph gives it (`color` is "preset0" … "preset24" or "none"). */
export interface MasterCategory {
  displayName: string;
  color: string;
}

export interface NotificationDetails {
  type: string;
  message: string;
  icon?: string;
  persistent?: boolean;
}

export interface Draft {
  kind: "reply" | "new";
  to: string[];
  subject: string;
  htmlBody: string;
  /** Files the form was given by address (office-js ReplyFormAttachment, type "file"). */
  attachments: Array<{ name: string; url: string }>;
}

/** A refusal Outlook would give: the shim hands `name`/`code` to the add-in as an Office.Error. */
export class OutlookRefusal extends Error {
  constructor(
    readonly officeName: string,
    readonly officeCode: number,
    message: string,
  ) {
    super(message);
    this.name = "OutlookRefusal";
  }
}

export type ItemChangedHandler = (event: { type: string }) => void;

export interface HarnessApi {
  /** The item the add-in sees: null between selections, as Outlook's mailbox.item. */
  current(): GraphMessage | null;
  /** Selects a message (or none) as a click would: item null for a moment, then ItemChanged. */
  select(messageId: string | null): void;
  /**
   * Opens a message in its own form (office-js displayMessageForm): here the reading pane shows it and the add-in
   * follows. As in Outlook, an id that names no message of this mailbox opens nothing and reports nothing.
   */
  openMessage(messageId: string): void;
  onItemChanged(handler: ItemChangedHandler): void;
  offItemChanged(handler: ItemChangedHandler): void;
  user: { displayName: string; emailAddress: string };
  masterCategories(): Promise<MasterCategory[]>;
  /** Rejects with OutlookRefusal DuplicateCategory / PermissionDenied / GenericResponseError. */
  addMasterCategory(displayName: string, color: string): Promise<void>;
  /** Rejects with OutlookRefusal InvalidCategory when a name is not in the master list. */
  addCategories(messageId: string, names: string[]): Promise<void>;
  /** Throws OutlookRefusal when Outlook would refuse the details. */
  setNotification(messageId: string, key: string, details: NotificationDetails): void;
  /** False when there was no notification under that key. */
  removeNotification(messageId: string, key: string): boolean;
  notifications(messageId: string): Record<string, NotificationDetails>;
  compose(draft: Draft): void;
  drafts(): Draft[];
  /** The owner address the item reports as a shared/delegate mailbox item, or null for the user's own. */
  sharedOwner(): string | null;
  /** Simulation switches for browser tests: a shared or delegate mailbox, where creating master categories is refused. */
  simulate(options: { sharedOwner?: string | null; denyMasterCategories?: boolean; mailboxVersion?: string }): void;
}

declare global {
  interface Window {
    __harness?: HarnessApi;
  }
}
