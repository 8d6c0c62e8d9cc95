import type { IsoInstant } from "./strategy";

/**
 * A received message as the product judges it, whatever read it: the pane (office-js, through
 * src/outlook) or the flagger (Graph, through src/flagger). The use cases in src/app take this,
 * never Outlook's own item, so a Graph message feeds them directly.
 */
export interface EmailAddress {
  displayName: string;
  emailAddress: string;
}

export interface MailMessage {
  /** The RFC 5322 Message-ID: the idempotency key for everything recorded about the message. */
  internetMessageId: string;
  subject: string;
  from: EmailAddress;
  sender: EmailAddress;
  to: EmailAddress[];
  cc: EmailAddress[];
  /** Reply-To: a person writing from a new address may ask for replies at a known one. */
  replyTo: EmailAddress[];
  receivedAt: IsoInstant;
  /** Files attached (inline images, such as a signature's logo, not counted): "inundating" (Gwent 6.0). */
  attachments: number;
  /** The message's categories, where the reader knows them. */
  categories?: string[];
}

/** The headers that say who a message is from: what the sender check reads. */
export type SenderHeaders = Pick<MailMessage, "from" | "sender" | "replyTo">;
