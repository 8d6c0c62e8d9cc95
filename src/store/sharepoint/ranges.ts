import type { GraphClient } from "../../graph/client";
import { sendBatch } from "../../graph/batch";
import type { IsoInstant } from "../../policy/strategy";
import { StoreError } from "../port";
import type { ListClient, ListItem } from "./list-client";

/*
 * SharePoint's list view threshold: past 5,000 items a query whose first indexed filter clause
 * still matches more than 5,000 items fails (a 429), index or not. A question that can match
 * more is asked in ranges of an indexed dateTime column instead (`ge start and lt stop` first:
 * one index range), each range sized from the density of the one before to hold about 2,000
 * items. A range that still trips the threshold is narrowed and asked again — costly (the
 * transport first retries the 429), so the sizing aims well under the threshold.
 */

/** Items a range aims at: well under the threshold. */
const RANGE_TARGET = 2000;
const FIRST_RANGE_MS = 24 * 60 * 60 * 1000;
const MIN_RANGE_MS = 1000;
const MAX_GROWTH = 8;

export interface RangeWalk {
  /** An indexed dateTime column. */
  column: string;
  /** Inclusive start, exclusive end (ms since the epoch). */
  from: number;
  to: number;
  /** More clauses, after the range (they do not narrow the index seek). */
  and?: string;
  select?: readonly string[];
}

/**
 * Calls `each` with the items of each range, oldest range first. The end is rounded up to the
 * whole second (SharePoint keeps whole seconds, and `lt` a truncated end would miss the
 * items of the last second). A range that trips the threshold is narrowed, and no later range
 * grows back to a width that failed. A single second holding more than 5,000 matches cannot be
 * asked by range at all: `crowded`, when given, reads it another way; otherwise it is refused
 * with a clear error.
 */
export async function inRanges(
  list: ListClient,
  walk: RangeWalk,
  each: (items: ListItem[]) => Promise<void>,
  crowded?: (start: number, stop: number) => Promise<ListItem[]>,
): Promise<void> {
  const to = Math.ceil(walk.to / 1000) * 1000;
  let start = Math.floor(walk.from / 1000) * 1000;
  let width = FIRST_RANGE_MS;
  let failedAt = Infinity;
  while (start < to) {
    const stop = Math.min(start + width, to);
    let items: ListItem[];
    try {
      const range = `fields/${walk.column} ge '${iso(start)}' and fields/${walk.column} lt '${iso(stop)}'`;
      // One page per range: Graph's largest list item page, as senderEntries asks.
      items = await list.query({ filter: walk.and ? `${range} and ${walk.and}` : range, top: 5000, ...(walk.select ? { select: walk.select } : {}) });
    } catch (error) {
      if (!isThreshold(error)) throw error;
      if (stop - start > MIN_RANGE_MS) {
        failedAt = Math.min(failedAt, stop - start);
        width = Math.max(MIN_RANGE_MS, Math.floor((stop - start) / MAX_GROWTH / 1000) * 1000);
        continue;
      }
      if (!crowded) {
        throw new StoreError("throttled", `More than 5,000 ${list.listName} items share ${walk.column} ${iso(start)}; SharePoint's list view threshold stops them being read by date.`, error);
      }
      items = await crowded(start, stop);
    }
    await each(items);
    start = stop;
    // The next range aims at RANGE_TARGET items at this range's density, growing at most 8×,
    // and under half the width that last tripped the threshold — a limit that relaxes with each
    // range that passes, as the walk leaves the crowded stretch behind.
    const aimed = items.length === 0 ? width * MAX_GROWTH : (width * RANGE_TARGET) / items.length;
    const capped = Math.min(aimed, width * MAX_GROWTH, failedAt / 2);
    failedAt *= 2;
    width = Math.max(MIN_RANGE_MS, Math.round(capped / 1000) * 1000);
  }
}

/** The list view threshold comes back as a 429 ("throttled" once the transport gave up retrying). */
export function isThreshold(error: unknown): boolean {
  return error instanceof StoreError && error.code === "throttled";
}

/**
 * The earliest and latest value of an indexed dateTime column (an ordered read, no filter:
 * allowed at any size). Items with no value sort first and are skipped (one added by hand in
 * SharePoint must not stop retention); a column with none dated gives undefined.
 */
export async function extent(list: ListClient, column: string): Promise<{ first: number; last: number } | undefined> {
  const first = await firstDated(list, column, "asc");
  const last = await firstDated(list, column, "desc");
  return first === undefined || last === undefined ? undefined : { first, last };
}

/** Items read past undated ones before giving up: a list with this many undated items needs fixing by hand. */
const UNDATED_LIMIT = 500;

async function firstDated(list: ListClient, column: string, order: "asc" | "desc"): Promise<number | undefined> {
  const items = await list.query({ orderby: `fields/${column} ${order}`, top: UNDATED_LIMIT, limit: UNDATED_LIMIT, select: [column] });
  for (const item of items) {
    const at = Date.parse(String(item.fields[column] ?? ""));
    if (!Number.isNaN(at)) return at;
  }
  if (items.length >= UNDATED_LIMIT) {
    throw new StoreError("invalid", `${list.listName}: the first ${UNDATED_LIMIT} items by ${column} have no ${column}; give them one in SharePoint.`);
  }
  return undefined;
}

/**
 * Retention: deletes ContactLog items received before `before`, in ranges of ReceivedAt from
 * the oldest forward (one `ReceivedAt lt before` would match years of contacts), each range's
 * items deleted in `$batch`es of 20.
 */
export async function purgeContactsBefore(graph: GraphClient, siteId: string, contacts: ListClient, before: IsoInstant): Promise<number> {
  const end = Date.parse(before);
  if (Number.isNaN(end)) throw new StoreError("invalid", `Retention: "${before}" is not a date.`);
  const bounds = await extent(contacts, "ReceivedAt");
  if (!bounds) return 0;
  let found = 0;
  let failed = 0;
  const remove = async (items: ListItem[]) => {
    const responses = await sendBatch(
      graph,
      items.map((item) => ({ id: item.id, method: "DELETE" as const, url: `/sites/${siteId}/lists/${contacts.listName}/items/${item.id}` })),
    );
    failed += responses.filter((r) => r.status >= 300 && r.status !== 404).length;
    found += items.length;
  };
  // A second holding more than 5,000 records (a bulk import): everything older is already
  // deleted, so they are the oldest items, read by an ordered query with no filter and deleted
  // a page at a time until the second is empty.
  const crowded = async (_start: number, stop: number): Promise<ListItem[]> => {
    for (;;) {
      const page = await contacts.query({ orderby: "fields/ReceivedAt asc", top: 5000, limit: 5000, select: ["ReceivedAt"] });
      const old = page.filter((item) => Date.parse(String(item.fields.ReceivedAt ?? "")) < stop);
      if (old.length > 0) await remove(old);
      if (old.length === 0 || old.length < page.length || page.length < 5000) return [];
    }
  };
  await inRanges(contacts, { column: "ReceivedAt", from: bounds.first, to: end, select: ["InternetMessageId"] }, remove, crowded);
  if (failed > 0) {
    throw new StoreError("unavailable", `Retention: ${failed} of ${found} old contact records could not be deleted; run it again.`);
  }
  return found;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
