import type { EmailAddress } from "../../policy/message";
import type { FolderMessage } from "../core/ports";

/** Graph's recipient: `{ emailAddress: { name, address } }`. */
interface GraphRecipient {
  emailAddress?: { name?: string; address?: string };
}

/** A message as the flagger asks Graph for it (`MESSAGE_FIELDS`). */
export interface GraphMessage {
  id: string;
  internetMessageId?: string;
  subject?: string | null;
  from?: GraphRecipient | null;
  sender?: GraphRecipient | null;
  replyTo?: GraphRecipient[];
  toRecipients?: GraphRecipient[];
  ccRecipients?: GraphRecipient[];
  receivedDateTime?: string;
  hasAttachments?: boolean;
  categories?: string[];
  flag?: { flagStatus?: string };
  importance?: string;
  parentFolderId?: string;
  "@removed"?: unknown;
}

/** What the flagger reads of each message: who, to whom, when, and what it already carries. No body. */
export const MESSAGE_FIELDS = ["internetMessageId", "subject", "from", "sender", "replyTo", "toRecipients", "ccRecipients", "receivedDateTime", "hasAttachments", "categories", "flag", "importance", "parentFolderId"] as const;

const address = (r: GraphRecipient | null | undefined): EmailAddress => ({ displayName: r?.emailAddress?.name ?? "", emailAddress: r?.emailAddress?.address ?? "" });

const FLAG_STATUSES = new Set(["notFlagged", "flagged", "complete"]);
const IMPORTANCES = new Set(["low", "normal", "high"]);

/**
 * A Graph message as the product's message (src/policy/message), so the pane's use cases judge it
 * as they judge Outlook's. A message without an Internet Message-ID (a draft, some items moved in
 * from elsewhere) keys on its id, as the pane does.
 */
export function toFolderMessage(raw: GraphMessage): FolderMessage {
  const from = address(raw.from);
  return {
    id: raw.id,
    internetMessageId: raw.internetMessageId || raw.id,
    subject: raw.subject ?? "",
    from,
    sender: raw.sender ? address(raw.sender) : from,
    to: (raw.toRecipients ?? []).map(address),
    cc: (raw.ccRecipients ?? []).map(address),
    replyTo: (raw.replyTo ?? []).map(address),
    receivedAt: raw.receivedDateTime ? new Date(raw.receivedDateTime).toISOString() : new Date(0).toISOString(),
    // Graph says only whether there are attachments; one stands for "some".
    attachments: raw.hasAttachments ? 1 : 0,
    categories: raw.categories ?? [],
    flagStatus: FLAG_STATUSES.has(raw.flag?.flagStatus ?? "") ? (raw.flag!.flagStatus as FolderMessage["flagStatus"]) : "notFlagged",
    importance: IMPORTANCES.has(raw.importance ?? "") ? (raw.importance as FolderMessage["importance"]) : "normal",
    folderId: raw.parentFolderId ?? "",
  };
}
