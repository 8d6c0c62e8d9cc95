import { skeleton } from "../policy/confusable";
import type { SenderIndex, StrategySummary } from "../store/port";

export interface Lookalike {
  /** The sender's address, as normalised. */
  address: string;
  /** The address under a strategy that it looks like. */
  like: string;
  summary: StrategySummary;
}

/** Skeleton → the index's addresses with it; built once per index refresh (the map the index hands out is replaced on refresh). */
const bySkeleton = new WeakMap<object, Map<string, string[]>>();

/**
 * The addresses under a strategy that a sender's addresses look like without being them
 * (Unicode confusables: a Cyrillic е for a Latin e, a Greek ο for an o). Someone writing from
 * such an address may be the person under the strategy trying to get past it — or someone else
 * entirely; the pane warns and says which characters differ, and the caseworker decides.
 * Kept out of the compose guard's event bundle: only the pane asks.
 */
export function lookalikes(addresses: readonly string[], index: Pick<SenderIndex, "entries">): Lookalike[] {
  // An index that cannot list its addresses (a sweep's one-off view) has nothing to compare.
  const entries = index.entries?.();
  if (!entries) return [];
  let skeletons = bySkeleton.get(entries);
  if (!skeletons) {
    skeletons = new Map();
    for (const listed of entries.keys()) {
      const key = skeleton(listed);
      skeletons.set(key, [...(skeletons.get(key) ?? []), listed]);
    }
    bySkeleton.set(entries, skeletons);
  }
  const found: Lookalike[] = [];
  for (const address of addresses) {
    for (const like of skeletons.get(skeleton(address)) ?? []) {
      if (like === address) continue;
      const summary = entries.get(like)?.[0];
      if (summary) found.push({ address, like, summary });
    }
  }
  return found;
}
