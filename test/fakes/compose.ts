import type { ComposeItemPort } from "../../src/outlook/compose";
import type { NotificationKind } from "../../src/outlook/mailbox";

/**
 * A message being written, in memory: recipients the test sets, and what the guard did to the
 * item (notifications, session data). Refuses what Outlook refuses: a notification over 150
 * characters, session data over 50,000 characters (Mailbox 1.11–1.15).
 */
export class FakeComposeItem implements ComposeItemPort {
  to: string[] = [];
  cc: string[] = [];
  bcc: string[] = [];
  notifications = new Map<string, { kind: NotificationKind; message: string }>();
  session = new Map<string, string>();
  /** Calls made, for tests that count them (the send must not look anything up). */
  calls: string[] = [];

  constructor(to: string[] = []) {
    this.to = [...to];
  }

  async recipients() {
    this.calls.push("recipients");
    return [...this.to, ...this.cc, ...this.bcc];
  }
  /** A subject that names a matter, as most drafts have; a test of a blank or "Re:" subject sets its own. */
  subjectLine = "Your Freedom of Information request";
  /** How the draft was started, as Outlook reports it (undefined: a host that cannot say). */
  started: "newMail" | "reply" | "forward" | undefined = undefined;
  async composeType() {
    return this.started;
  }
  async subject() {
    this.calls.push("subject");
    return this.subjectLine;
  }
  async showNotification(key: string, kind: NotificationKind, message: string) {
    this.calls.push(`show:${key}`);
    if (message.length > 150) throw new Error(`Sys.ArgumentOutOfRangeException: notification over 150 characters (${message.length})`);
    this.notifications.set(key, { kind, message });
  }
  async removeNotification(key: string) {
    this.calls.push(`remove:${key}`);
    this.notifications.delete(key);
  }
  async sessionGet(key: string) {
    this.calls.push(`get:${key}`);
    return this.session.get(key);
  }
  async sessionSet(key: string, value: string) {
    this.calls.push(`set:${key}`);
    const total = [...this.session].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), key.length + value.length);
    if (total > 50_000) throw new Error("Session data is limited to 50,000 characters.");
    this.session.set(key, value);
  }
}
