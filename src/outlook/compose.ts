import type { NotificationKind } from "./mailbox";

/**
 * The message being written, as the compose guard sees it (a port: `src/outlook/office/compose.ts`
 * implements it over office-js; tests and the benchmark use fakes). Every call acts on the
 * item the event was raised for — the event runtime has one item at a time.
 */
export interface ComposeItemPort {
  /** Every recipient in To, Cc and Bcc, as Outlook resolved them (addresses, not display names). */
  recipients(): Promise<string[]>;
  /** The subject as written so far ("" when none), for the record of an override. */
  subject(): Promise<string>;
  /** How the message was started (Mailbox 1.10 getComposeTypeAsync): a reply or forward is in another message's thread. Undefined when unknown. */
  composeType?(): Promise<"newMail" | "reply" | "forward" | undefined>;
  /** Adds or replaces the notification under `key` (Outlook allows five per item, 150 characters each). */
  showNotification(key: string, kind: NotificationKind, message: string): Promise<void>;
  /** Removes it; nothing to remove is not an error. */
  removeNotification(key: string): Promise<void>;
  /** The item's session data (Mailbox 1.11): kept with this draft only, gone when it is sent or closed. */
  sessionGet(key: string): Promise<string | undefined>;
  sessionSet(key: string, value: string): Promise<void>;
}
