import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import type { ContactRecord } from "./contact";
import type { LoggedContact } from "./evidence-contacts";

/**
 * The digests that tie a ContactLog record to the audit events of the decisions on it. Two formats are on the trail:
 * - format 1, `sha256:<record>` (events written before T21b-5): the record alone (`recordDigest`);
 * - format 2, `sha256:<record>+replaced:sha256:<replaced>`: the record and what its RecordJson says it replaced (`entryDigest`),
 *   so a `replaced` planted or rewritten through Graph no longer reads as the decision's (T21b-5: a correction's event then
 *   branded a genuine first recording as added outside the add-in on its word).
 * `namesRecord` reads both: an older event is judged as it always was.
 */

/** The record's digest: its JSON with keys sorted, without SharePoint's item data (which is not the record). */
export function recordDigest(record: ContactRecord | LoggedContact): string {
  const { item: _item, ...own } = record as LoggedContact;
  return `sha256:${hashOf(own)}`;
}

const REPLACED = "+replaced:sha256:";

/** Format 2: the record and what its RecordJson says it replaced (absent on a first recording), as the add-in writes them. */
export function entryDigest(record: ContactRecord, replaced: unknown): string {
  return `${recordDigest(record)}${REPLACED}${hashOf(replaced ?? null)}`;
}

/**
 * Whether an event's digest names the record as read. Format 1 covers the record only. Format 2 covers what the item's
 * RecordJson says it replaced too, where the store read the item (a store that keeps no item data leaves the record's word).
 */
export function namesRecord(digest: string | undefined, record: LoggedContact): boolean {
  if (!digest) return false;
  const at = digest.indexOf(REPLACED);
  const own = at < 0 ? digest : digest.slice(0, at);
  if (own !== recordDigest(record)) return false;
  return at < 0 || !record.item || digest.slice(at + REPLACED.length) === hashOf(record.item.replaced ?? null);
}

const hashOf = (value: unknown) => bytesToHex(sha256(utf8ToBytes(canonical(value)))).slice(0, 32);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
