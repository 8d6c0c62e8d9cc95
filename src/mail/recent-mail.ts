import type { GraphClient } from "../graph/client";
import { encodeQueryValue, equalsAny } from "../graph/odata";
import { apostropheForms } from "../policy/address";
import { bodyFingerprint } from "../policy/classifier/classify";
import type { IsoInstant } from "../policy/strategy";
import { toStoreError } from "../store/sharepoint/errors";

/**
 * Recent mail from one sender in the reader's own mailbox: the volume and near-duplicate
 * signals (Gwent 6.0 "substantially the same"; Warwickshire 3.2 re-framing) need the
 * messages nobody has recorded yet, not only the ContactLog (DESIGN.md, flow 1).
 *
 * Data minimisation: bodies are read, fingerprinted and dropped in the pane; nothing of
 * them is stored.
 */
export interface RecentMessage {
  internetMessageId: string;
  receivedAt: IsoInstant;
  subject: string;
  /** MinHash of the body's opening as a reader sees it, comparable with the classifier's own (`bodyFingerprint`: same text, function and length). */
  fingerprint: string;
  /** Recipients in To and in Cc, as written; the caller decides which are staff (src/policy/address `addressingOf`). */
  to: string[];
  cc: string[];
}

export interface RecentMail {
  /** Messages from `address` (in any of its apostrophe forms) received at or after `since`, newest first, at most `RECENT_LIMIT`. */
  from(address: string, since: IsoInstant): Promise<RecentMessage[]>;
}

/** One page: a person writing more than this in 90 days is plainly persistent already. */
export const RECENT_LIMIT = 50;

interface GraphRecipient {
  emailAddress?: { address?: string };
}

interface GraphMessage {
  internetMessageId?: string;
  receivedDateTime?: string;
  subject?: string;
  body?: { contentType?: string; content?: string };
  toRecipients?: GraphRecipient[];
  ccRecipients?: GraphRecipient[];
}

/**
 * Over Graph's `/me/messages` (delegated `Mail.Read`). A filter without `$orderby` comes back
 * in no promised order, so `$top` of it would be any 50, not the newest 50; and Graph orders a
 * filtered query only by a property filtered on first ("InefficientFilter" otherwise; List
 * messages, "Using filter and orderby in the same query"). So the filter leads with
 * `receivedDateTime` and the order is `receivedDateTime desc`.
 */
export function createRecentMail(graph: GraphClient): RecentMail {
  return {
    async from(address, since) {
      // Graph compares addresses exactly: a mailbox that really is o’brien@… is asked for by that form too.
      const filter = `receivedDateTime ge ${since} and ${equalsAny("from/emailAddress/address", apostropheForms(address))}`;
      try {
        const page = (await graph.client
          .api("/me/messages")
          .header("Prefer", 'outlook.body-content-type="text"')
          .filter(encodeQueryValue(filter))
          .orderby("receivedDateTime desc")
          .select(["internetMessageId", "receivedDateTime", "subject", "body", "toRecipients", "ccRecipients"])
          .top(RECENT_LIMIT)
          .get()) as { value: GraphMessage[] };
        // Asked for text; should a server ignore the Prefer header, the HTML is read the way the
        // classifier reads it. Loaded on demand: html-to-text would add ~50 KB to the pane's first paint.
        const html = page.value.some(isHtml) ? (await import("../policy/text/html")).htmlToText : undefined;
        return page.value.flatMap((m) => toRecent(m, html)).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
      } catch (error) {
        throw toStoreError(error, "Reading recent mail from this sender");
      }
    },
  };
}

/** Graph writes the body type "html" or, in some documented answers, "HTML". */
const isHtml = (m: GraphMessage) => m.body?.contentType?.toLowerCase() === "html";

function toRecent(m: GraphMessage, htmlToText?: (html: string) => string): RecentMessage[] {
  if (!m.internetMessageId || !m.receivedDateTime) return [];
  const content = m.body?.content ?? "";
  const text = isHtml(m) && htmlToText ? htmlToText(content) : content;
  const addresses = (list: GraphRecipient[] | undefined) => (list ?? []).flatMap((r) => (r.emailAddress?.address ? [r.emailAddress.address] : []));
  return [
    {
      internetMessageId: m.internetMessageId,
      receivedAt: new Date(m.receivedDateTime).toISOString(),
      subject: m.subject ?? "",
      fingerprint: bodyFingerprint(text),
      to: addresses(m.toRecipients),
      cc: addresses(m.ccRecipients),
    },
  ];
}
