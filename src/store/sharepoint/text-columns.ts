import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/**
 * What fits in a SharePoint "single line of text" column: at most 255 characters (the
 * columnDefinition's text maxLength). SharePoint does not cut a longer value, it refuses the
 * whole write — so a 400-character Message-ID or name would lose the record. Every value the
 * product writes to such a column goes through one of these two.
 */
export const TEXT_MAX = 255;
const KEPT = 180;

/**
 * A value people read (Title, PersonName, Categories, who did it): cut to fit, with an
 * ellipsis saying so. The whole value is always in the record's JSON column.
 */
export function shown(value: string): string {
  return value.length <= TEXT_MAX ? value : `${value.slice(0, TEXT_MAX - 1)}…`;
}

/**
 * A value the product looks items up by (InternetMessageId, SenderAddress, Target, AddressKey,
 * EventKey…): kept as it is when it fits, so existing records keep their keys; otherwise its
 * first 180 characters and the SHA-256 of the whole (245 characters), so two long values that
 * share a beginning still get two keys and the same value always gets the same one. Writes and
 * lookups both go through here. SHA-256 is synchronous in @noble/hashes (audited, no
 * dependencies), where the browser's SubtleCrypto is asynchronous.
 */
export function keyed(value: string): string {
  if (value.length <= TEXT_MAX) return value;
  return `${value.slice(0, KEPT)}#sha256:${bytesToHex(sha256(utf8ToBytes(value)))}`;
}

/**
 * Whether an item is filed under exactly this key. SharePoint's `eq` on text ignores case, so a query for one key
 * also brings back "DEMO-PAT-OBRIEN" for "demo-pat-obrien": what it returns is checked against the key asked for.
 */
export function isKeyed(item: { fields: Record<string, unknown> }, column: string, key: string): boolean {
  return String(item.fields[column] ?? "") === keyed(key);
}
