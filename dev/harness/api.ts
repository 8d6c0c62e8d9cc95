/**
 * What the harness page offers the office.js shim inside the task pane iframe (same
 * origin: the shim reads `window.parent.__harness`). State lives in the Graph emulator;
 * the page is only a view of it, as Outlook is a view of Exchange.
 */
export interface GraphMessage {
  id: string;
  internetMessageId: string;
  subject: string;
  body: { contentType: "text" | "html"; content: string };
  from: { emailAddress: { name: string; address: string } };
  sender?: { emailAddress: { name: string; address: string } };
  toRecipients: Array<{ emailAddress: { name: string; address: string } }>;
  ccRecipients: Array<{ emailAddress: { name: string; address: string } }>;
  receivedDateTime: string;
  categories: string[];
}

export interface NotificationDetails {
  type: string;
  message: string;
  icon?: string;
  persistent?: boolean;
}

export interface HarnessApi {
  /** The selected message, or null between selections (as Outlook's mailbox.item). */
  current(): GraphMessage | null;
  onItemChanged(handler: () => void): void;
  user: { displayName: string; emailAddress: string };
  masterCategories(): Promise<Array<{ displayName: string; color: string }>>;
  addMasterCategory(displayName: string, color: string): Promise<{ ok: boolean; status: number }>;
  addCategories(messageId: string, names: string[]): Promise<void>;
  setNotification(messageId: string, key: string, details: NotificationDetails): void;
  removeNotification(messageId: string, key: string): void;
  notifications(messageId: string): Record<string, NotificationDetails>;
  compose(kind: "reply" | "new", detail: unknown): void;
}

declare global {
  interface Window {
    __harness?: HarnessApi;
  }
}

/** The text of a body: the browser parses HTML into an inert document (no scripts run); only its text is used. */
export function bodyText(m: GraphMessage): string {
  return m.body.contentType === "html" ? (new DOMParser().parseFromString(m.body.content, "text/html").body.textContent ?? "") : m.body.content;
}
