import { StoreError } from "../port";
import { ListViewThresholdError } from "./errors";
import type { ListClient, ListItem } from "./list-client";

/*
 * SharePoint's list view threshold: past 5,000 items a query whose first indexed filter clause
 * still matches more than 5,000 items is refused (msgraph-sdk-dotnet#827), and so is any
 * ordered read without a filter, even by id (microsoft-graph-docs#8450) — so nothing here asks
 * for the list's first or last item. A question that can match more is asked in ranges of an
 * indexed dateTime column walked forward from a known start (`ge start and lt stop` first: one
 * index range). The first range is a day; an empty one lets the next grow eightfold, so decades
 * before the first record cost a handful of requests; a range holding records sizes the next to
 * about 2,000 at its density. A range that still trips the threshold is narrowed to an eighth
 * and the stretch it covered is then halved until passed — costly (the transport tries each
 * refused range twice), so the sizing aims well under the threshold.
 */

/** Items a range aims at: well under the threshold. */
const RANGE_TARGET = 2000;
export const DAY_MS = 24 * 60 * 60 * 1000;
const FIRST_RANGE_MS = DAY_MS;
const MIN_RANGE_MS = 1000;
const MAX_GROWTH = 8;
/** Where a walk over every record starts: before any e-mail the product could hold, and before any date a bad import could write as zero. */
export const EARLIEST = Date.UTC(1970, 0, 1);

export interface RangeWalk {
  /** An indexed dateTime column. */
  column: string;
  /** Inclusive start, exclusive end (ms since the epoch). */
  from: number;
  to: number;
  /** Also read everything at or after `to` in one last question (records dated in the future). */
  openEnd?: boolean;
  /** More clauses, after the range (they do not narrow the index seek). */
  and?: string;
  select?: readonly string[];
}

/**
 * Calls `each` with the items of each range, oldest range first. The end is rounded up to the
 * whole second (SharePoint keeps whole seconds, and `lt` a truncated end would miss the
 * items of the last second). A range that trips the threshold is narrowed, and the walk stays
 * inside the stretch it covered until past it. A single second holding more than 5,000 matches cannot be
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
  // The end of the narrowest range from here known to trip the threshold: the walk stays
  // inside it, halving what is left, until it has passed the crowded stretch.
  let crowdedUntil = Infinity;
  // Half the narrowest width that tripped it: no range sized by density grows past it again
  // (with `and`, a range's density counts only what the extra clauses keep, while the
  // threshold counts every item in the range).
  let widest = Infinity;
  const ask = (range: string) => list.query({ filter: walk.and ? `${range} and ${walk.and}` : range, top: 5000, ...(walk.select ? { select: walk.select } : {}) });
  while (start < to) {
    const stop = Math.min(start + width, to);
    let items: ListItem[];
    try {
      // One page per range: Graph's largest list item page, as senderEntries asks.
      items = await ask(`fields/${walk.column} ge '${iso(start)}' and fields/${walk.column} lt '${iso(stop)}'`);
    } catch (error) {
      if (!(error instanceof ListViewThresholdError)) throw error;
      if (stop - start > MIN_RANGE_MS) {
        crowdedUntil = stop;
        widest = Math.min(widest, (stop - start) / 2);
        width = wholeSeconds((stop - start) / MAX_GROWTH);
        continue;
      }
      if (!crowded) {
        throw new StoreError("throttled", `More than 5,000 ${list.listName} items share ${walk.column} ${iso(start)}; SharePoint's list view threshold stops them being read by date.`, error);
      }
      items = await crowded(start, stop);
    }
    await each(items);
    start = stop;
    if (crowdedUntil <= start) crowdedUntil = Infinity;
    // An empty range says nothing of density: it grows eightfold, or inside a stretch known to be
    // crowded, to half of what is left of it. One with items aims at RANGE_TARGET at its density.
    width =
      items.length === 0
        ? wholeSeconds(Math.min(width * MAX_GROWTH, (crowdedUntil - start) / 2))
        : wholeSeconds(Math.min((width * RANGE_TARGET) / items.length, width * MAX_GROWTH, widest));
  }
  if (walk.openEnd) {
    try {
      await each(await ask(`fields/${walk.column} ge '${iso(to)}'`));
    } catch (error) {
      if (!(error instanceof ListViewThresholdError)) throw error;
      throw new StoreError("throttled", `More than 5,000 ${list.listName} items have ${walk.column} after ${iso(to)}; they cannot be read by date.`, error);
    }
  }
}

/** Whether a list query was refused as too broad (the list view threshold), which narrowing can cure. */
export function isThreshold(error: unknown): boolean {
  return error instanceof ListViewThresholdError;
}

/**
 * Every item whose dateTime `column` is in [from, to) — or from `from` on, with `openEnd` — read
 * in ranges walked forward (one `lt to` question would match years of records: retention, a
 * whole-list reconcile). An item with no value in the column (one added by hand) is in no range.
 * A second holding more than 5,000 items (a bulk import) cannot be asked by date at all, nor read
 * in date order (an ordered read of a big list is refused too): the list is paged in its own
 * order, unfiltered — allowed at any size — and that second's items picked out.
 */
export async function readRange(list: ListClient, column: string, range: { from: number; to: number; openEnd?: boolean }): Promise<ListItem[]> {
  if (Number.isNaN(range.from) || Number.isNaN(range.to)) throw new StoreError("invalid", `Reading ${list.listName}: a date in the range is not a date.`);
  const found = new Map<string, ListItem>();
  const crowded = async (start: number, stop: number): Promise<ListItem[]> => {
    const all = await list.query({ top: 5000 });
    return all.filter((item) => inSecond(item, column, start, Math.min(stop, range.to)));
  };
  const keep = async (items: ListItem[]) => void items.forEach((item) => found.set(item.id, item));
  await inRanges(list, { column, from: range.from, to: range.to, ...(range.openEnd ? { openEnd: true } : {}) }, keep, crowded);
  return [...found.values()];
}

function inSecond(item: ListItem, column: string, start: number, stop: number): boolean {
  const at = Date.parse(String(item.fields[column] ?? ""));
  return at >= start && at < stop;
}

function wholeSeconds(ms: number): number {
  return Math.max(MIN_RANGE_MS, Math.floor(ms / 1000) * 1000);
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
