import { StoreError } from "../port";
import type { Fields, ListClient, ListItem } from "./list-client";
import { fieldEquals } from "../../graph/odata";
import { keyed } from "./text-columns";

/**
 * Creates an item keyed on a unique column at most once. A POST is not safe to repeat:
 * when the connection drops after SharePoint wrote the item, a blind retry would write a
 * duplicate. So: look for the key, create, and on any failure look again before trying
 * once more. The unique index closes the race between two writers — but how SharePoint answers
 * a duplicate is not a status to rely on (SharePoint REST: a 500 SPDuplicateValuesFoundException;
 * never promised to be 409), so whether the item found is ours is read from the item itself:
 * it holds what we wrote, or someone else's write got there first. `lookFirst: false` when the
 * caller has just looked (the audit trail reads the target's events first).
 */
export async function createOnce(
  list: ListClient,
  keyColumn: string,
  key: string,
  fields: Fields,
  options: { attempts?: number; lookFirst?: boolean } = {},
): Promise<{ item: ListItem; created: boolean }> {
  const { attempts = 3, lookFirst = true } = options;
  const existing = lookFirst ? await findByKey(list, keyColumn, key) : undefined;
  if (existing) return { item: existing, created: false };
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      return { item: await list.create(fields), created: true };
    } catch (error) {
      lastError = error;
      const landed = await findByKey(list, keyColumn, key);
      if (landed) return { item: landed, created: holds(landed.fields, fields) };
      if (error instanceof StoreError && (error.code === "forbidden" || error.code === "invalid")) throw error;
    }
  }
  throw lastError instanceof StoreError
    ? lastError
    : new StoreError("unavailable", `Adding to ${list.listName} failed; nothing was written.`, lastError);
}

/** Whether a stored item holds what was written (dates as SharePoint keeps them: whole seconds). */
export function holds(stored: Fields, written: Fields): boolean {
  return Object.entries(written).every(([column, value]) => sameValue(value, stored[column]));
}

function sameValue(written: unknown, stored: unknown): boolean {
  if (written === stored) return true;
  if ((written === null || written === "") && (stored === undefined || stored === null || stored === "")) return true;
  if (typeof written === "string" && typeof stored === "string" && ISO.test(written) && ISO.test(stored)) {
    return Math.floor(Date.parse(written) / 1000) === Math.floor(Date.parse(stored) / 1000);
  }
  return JSON.stringify(written) === JSON.stringify(stored);
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The item whose key column holds `key` (as written: long keys are hashed, text-columns.ts). */
export async function findByKey(list: ListClient, keyColumn: string, key: string): Promise<ListItem | undefined> {
  const [item] = await list.query({ filter: fieldEquals(keyColumn, keyed(key)), limit: 1, top: 1 });
  return item;
}

/**
 * `createOnce` for many items at a time: their keys looked up in one `$batch` of queries, the
 * missing ones created in another (20 a request each), instead of two round trips an item. Any
 * create that does not come back created (an inner failure still there after the batch's own
 * retries, or an answer never heard) goes through `createOnce`, which looks again before writing.
 */
export async function createAllOnce(list: ListClient, keyColumn: string, items: ReadonlyArray<{ key: string; fields: Fields }>): Promise<void> {
  const unique = [...new Map(items.map((item) => [item.key, item])).values()];
  if (unique.length === 0) return;
  const found = await list.queryMany(unique.map((item) => ({ filter: fieldEquals(keyColumn, keyed(item.key)), limit: 1, top: 1 })));
  const missing = unique.filter((_, i) => found[i]!.length === 0);
  if (missing.length === 0) return;
  const answers = await list.batch(missing.map((item) => ({ op: "create" as const, fields: item.fields })));
  for (const [i, answer] of answers.entries()) {
    if (answer.status !== 201) await createOnce(list, keyColumn, missing[i]!.key, missing[i]!.fields);
  }
}
