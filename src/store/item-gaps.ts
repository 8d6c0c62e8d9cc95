import type { IsoInstant } from "../policy/strategy";
import type { ItemStamp } from "./port";

/**
 * Deleted items, found by their ids. SharePoint numbers a list's items 1, 2, 3… in the order they
 * are added and never gives a deleted item's id to another, so an id missing below the newest one
 * is an item that was deleted. Retention deletes too: a purge records the ids it is about to
 * delete before it deletes them (src/app/records/retention.ts), and those are not reported. What
 * this cannot see: the newest items deleted before anything is added after them (the list's next
 * id is not something Graph shows).
 */
export interface ItemGap {
  /** The first and last missing id of a run. */
  from: number;
  to: number;
  /** SharePoint's time of the item before the run and of the item after it: the deleted items were added between. */
  after?: IsoInstant;
  before?: IsoInstant;
}

/** The runs of ids missing from `items` (1 up to the newest), leaving out those `explained` (retention's). */
export function itemGaps(items: readonly ItemStamp[], explained: ReadonlySet<number> = new Set()): ItemGap[] {
  const sorted = [...items].sort((a, b) => a.item - b.item);
  const gaps: ItemGap[] = [];
  let previous: ItemStamp | undefined;
  for (const current of sorted) {
    const start = (previous?.item ?? 0) + 1;
    let run: ItemGap | undefined;
    for (let id = start; id < current.item; id++) {
      if (explained.has(id)) {
        if (run) gaps.push(run);
        run = undefined;
        continue;
      }
      if (run) run.to = id;
      else run = { from: id, to: id, ...(previous?.recordedAt ? { after: previous.recordedAt } : {}), ...(current.recordedAt ? { before: current.recordedAt } : {}) };
    }
    if (run) gaps.push(run);
    previous = current;
  }
  return gaps;
}

/** Ids as a short text: "3–9, 12". */
export function idRanges(ids: readonly number[]): string {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(", ");
}

/** The ids an `idRanges` text names. */
export function parseIdRanges(text: string): number[] {
  return expandRuns(parseIdRuns(text));
}

/** The runs of ids an `idRanges` text names, as first and last id, unexpanded. */
export function parseIdRuns(text: string): Array<[number, number]> {
  return text.split(",").flatMap((part) => {
    const m = /^\s*(\d+)(?:\s*[–-]\s*(\d+))?\s*$/.exec(part);
    if (!m) return [];
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    // A range of millions is not what a purge wrote: read no more than a list could hold.
    return to >= from && to - from < MAX_IDS ? [[from, to] as [number, number]] : [];
  });
}

/**
 * The ids of these runs, each once, at most MAX_IDS of them (lowest first). Retention records are anyone's to add (the
 * AuditTrail is add-only for staff): one naming thousands of ranges of a million ids must not cost every reader minutes
 * and memory, nor throw (a Set holds at most 2^24 values) — it would stop the in-force read for the whole office.
 */
export function expandRuns(runs: ReadonlyArray<readonly [number, number]>, limit = MAX_IDS): number[] {
  const merged: Array<[number, number]> = [];
  for (const [from, to] of [...runs].sort((x, y) => x[0] - y[0])) {
    const last = merged.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  const ids: number[] = [];
  for (const [from, to] of merged) {
    for (let id = from; id <= to && ids.length < limit; id++) ids.push(id);
  }
  return ids;
}

const MAX_IDS = 1_000_000;

/** A gap in words: "item 7" or "items 7–9". */
export const gapName = (list: string, gap: ItemGap) => (gap.from === gap.to ? `${list} item ${gap.from}` : `${list} items ${gap.from}–${gap.to}`);
