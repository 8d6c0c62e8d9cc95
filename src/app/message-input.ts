import type { ReadItem } from "../outlook/mailbox";
import type { MessageInput } from "../policy/classifier/types";

/** The selected message as the classifier reads it: its headers, and its body as plain text. */
export function messageInput(item: ReadItem, body: string): MessageInput {
  return {
    id: item.internetMessageId,
    from: item.from.emailAddress,
    to: item.to.map((a) => a.emailAddress),
    cc: item.cc.map((a) => a.emailAddress),
    subject: item.subject,
    body,
    receivedAt: new Date(item.receivedAt).toISOString(),
    attachments: item.attachments,
  };
}
