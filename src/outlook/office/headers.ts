import { parseReplyTo } from "email-addresses";
import type { EmailAddress } from "../mailbox";

/**
 * Reply-To from a message's internet headers (`getAllInternetHeadersAsync`, Mailbox 1.8):
 * office-js read mode has no replyTo property, and a person under a contact strategy may
 * write from a new address while asking for replies at a known one.
 *
 * The address list is parsed by `email-addresses` (an RFC 5322 parser: quoted display
 * names with commas, groups, comments). Finding the header and unfolding it is by hand,
 * because it is a dozen lines over a string Outlook hands us whole.
 */

/** No real Reply-To is longer; the cap keeps a hostile header from costing the parser time. */
const MAX_VALUE = 8_192;
const REPLY_TO = /^reply-to[ \t]*:/i;
/** Addresses in a header the parser refuses: a plain scan, linear, so nothing in it is lost. */
const LOOSE_ADDRESS = /[^\s<>,;:"()[\]]+@[^\s<>,;:"()[\]]+/g;

export function replyToFromHeaders(headers: string): EmailAddress[] {
  const value = headerValue(headers);
  if (value === undefined) return [];
  const parsed = parseReplyTo({ input: value, rfc6532: true, atInDisplayName: true, commaInDisplayName: true });
  if (!parsed) return (value.match(LOOSE_ADDRESS) ?? []).map((emailAddress) => ({ displayName: "", emailAddress }));
  return parsed.flatMap((entry) => (entry.type === "group" ? entry.addresses : [entry])).map((m) => ({ displayName: m.name ?? "", emailAddress: m.address }));
}

/** The first Reply-To header's value, unfolded (RFC 5322 §2.2.3: a line starting with space or tab continues the one before). */
function headerValue(headers: string): string | undefined {
  const lines = headers.split(/\r?\n/);
  const start = lines.findIndex((line) => REPLY_TO.test(line));
  if (start < 0) return undefined;
  let value = lines[start]!.replace(REPLY_TO, "");
  for (let i = start + 1; i < lines.length && /^[ \t]/.test(lines[i]!) && value.length < MAX_VALUE; i += 1) value += lines[i];
  return value.slice(0, MAX_VALUE).trim();
}
