import type { FolderMessage, MailboxAccess, MessageWrite } from "../../src/flagger/core/ports";

const who = (emailAddress: string) => ({ displayName: emailAddress, emailAddress });

/**
 * The flagger's view of an office inbox holding one new message from each sender (in memory; the store the sweep reads
 * is whatever the test gives it), every write the sweep makes recorded in `writes`.
 */
export function inboxWith(senders: readonly string[], office = "enquiries@opcc.example.gov.uk"): { mailbox: MailboxAccess; writes: MessageWrite[] } {
  const writes: MessageWrite[] = [];
  const messages: FolderMessage[] = senders.map((from, i) => ({ id: `m${i}`, internetMessageId: `<m${i}@example.mail>`, subject: "About my complaint", from: who(from), sender: who(from), to: [who(office)], cc: [], replyTo: [], receivedAt: new Date().toISOString(), attachments: 0, categories: [], flagStatus: "notFlagged", importance: "normal", folderId: "inbox-id" }));
  const mailbox: MailboxAccess = {
    upn: office,
    deltaPage: async () => ({ messages: messages.map((m) => ({ ...m })), link: { delta: "delta:1" } }),
    ensureCategory: async () => undefined,
    folderId: async (name) => `folder:${name}`,
    bodies: async (ids) => new Map(ids.map((id) => [id, "Please reply about my complaint."])),
    states: async () => new Map(),
    apply: async (batch) => void writes.push(...batch),
    syncRules: async () => ({ mailbox: office, created: 0, updated: 0, deleted: 0, uncovered: [] }),
  };
  return { mailbox, writes };
}
