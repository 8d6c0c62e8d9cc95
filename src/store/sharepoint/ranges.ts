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

/** Calls `each` with the items of each range, oldest range first. */
export async function inRanges(list: ListClient, walk: RangeWalk, each: (items: ListItem[]) => Promise<void>): Promise<void> {
  let start = Math.floor(walk.from / 1000) * 1000;
  let width = FIRST_RANGE_MS;
  while (start < walk.to) {
    const stop = Math.min(start + width, walk.to);
    let items: ListItem[];
    try {
      const range = `fields/${walk.column} ge '${iso(start)}' and fields/${walk.column} lt '${iso(stop)}'`;
      // One page per range: Graph's largest list item page, as senderEntries asks.
      items = await list.query({ filter: walk.and ? `${range} and ${walk.and}` : range, top: 5000, ...(walk.select ? { select: walk.select } : {}) });
    } catch (error) {
      if (isThreshold(error) && width > MIN_RANGE_MS) {
        width = Math.max(MIN_RANGE_MS, Math.floor(width / MAX_GROWTH));
        continue;
      }
      throw error;
    }
    await each(items);
    start = stop;
    // The next range aims at RANGE_TARGET items at this range's density, growing at most 8×.
    // With another clause the density is a lower bound; the growth cap keeps it in check.
    const aimed = items.length === 0 ? width * MAX_GROWTH : (width * RANGE_TARGET) / items.length;
    width = Math.max(MIN_RANGE_MS, Math.round(Math.min(aimed, width * MAX_GROWTH) / 1000) * 1000);
  }
}

/** The list view threshold comes back as a 429 ("throttled" once the transport gave up retrying). */
export function isThreshold(error: unknown): boolean {
  return error instanceof StoreError && error.code === "throttled";
}

/** The earliest and latest value of an indexed dateTime column (an ordered read, no filter: allowed at any size). */
export async function extent(list: ListClient, column: string): Promise<{ first: number; last: number } | undefined> {
  const [oldest] = await list.query({ orderby: `fields/${column} asc`, top: 1, limit: 1, select: [column] });
  const [newest] = await list.query({ orderby: `fields/${column} desc`, top: 1, limit: 1, select: [column] });
  if (!oldest || !newest) return undefined;
  return { first: Date.parse(String(oldest.fields[column])), last: Date.parse(String(newest.fields[column])) };
}

/**
 * Retention: deletes ContactLog items received before `before`, in ranges of ReceivedAt from
 * the oldest forward (one `ReceivedAt lt before` would match years of contacts), each range's
 * items deleted in `$batch`es of 20.
 */
export async function purgeContactsBefore(graph: GraphClient, siteId: string, contacts: ListClient, before: IsoInstant): Promise<number> {
  const end = Date.parse(before);
  const [oldest] = await contacts.query({ orderby: "fields/ReceivedAt asc", top: 1, limit: 1, select: ["ReceivedAt"] });
  if (!oldest || Number.isNaN(end)) return 0;
  let found = 0;
  let failed = 0;
  await inRanges(contacts, { column: "ReceivedAt", from: Date.parse(String(oldest.fields.ReceivedAt)), to: end, select: ["InternetMessageId"] }, async (items) => {
    const responses = await sendBatch(
      graph,
      items.map((item) => ({ id: item.id, method: "DELETE" as const, url: `/sites/${siteId}/lists/${contacts.listName}/items/${item.id}` })),
    );
    failed += responses.filter((r) => r.status >= 300 && r.status !== 404).length;
    found += items.length;
  });
  if (failed > 0) {
    throw new StoreError("unavailable", `Retention: ${failed} of ${found} old contact records could not be deleted; run it again.`);
  }
  return found;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
