import { StoreError } from "../port";
import { statusOf } from "./errors";
import type { Fields, ListClient, ListItem } from "./list-client";
import { fieldEquals } from "../../graph/odata";

/**
 * Creates an item keyed on a unique column at most once. A POST is not safe to repeat:
 * when the connection drops after SharePoint wrote the item, a blind retry would write a
 * duplicate. So: look for the key, create, and on any failure look again before trying
 * once more. The unique index (409 on a duplicate) closes the race between two writers.
 */
export async function createOnce(
  list: ListClient,
  keyColumn: string,
  key: string,
  fields: Fields,
  attempts = 3,
): Promise<{ item: ListItem; created: boolean }> {
  const existing = await findByKey(list, keyColumn, key);
  if (existing) return { item: existing, created: false };
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      return { item: await list.create(fields), created: true };
    } catch (error) {
      lastError = error;
      const landed = await findByKey(list, keyColumn, key);
      if (landed) return { item: landed, created: statusOf((error as StoreError).cause) !== 409 };
      if (error instanceof StoreError && (error.code === "forbidden" || error.code === "invalid")) throw error;
    }
  }
  throw lastError instanceof StoreError
    ? lastError
    : new StoreError("unavailable", `Adding to ${list.listName} failed; nothing was written.`, lastError);
}

export async function findByKey(list: ListClient, keyColumn: string, key: string): Promise<ListItem | undefined> {
  const [item] = await list.query({ filter: fieldEquals(keyColumn, key), limit: 1, top: 1 });
  return item;
}
