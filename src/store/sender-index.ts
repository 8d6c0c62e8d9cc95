import type { CaseStore, SenderEntry, SenderIndex, StrategySummary } from "./port";

/**
 * Normalised address → the strategy covering it, held in memory so the pane and the
 * compose guard answer within milliseconds of a selection. Built from one list read
 * (StrategyAddresses carries status and name). When a person has several strategies
 * (an ended one and a new one), the one that binds wins: active, then under review,
 * then proposed.
 */
const PRECEDENCE: Record<StrategySummary["status"], number> = {
  active: 0,
  underReview: 1,
  proposed: 2,
  draft: 3,
  rejected: 4,
  ended: 5,
};

export function createSenderIndex(store: Pick<CaseStore, "senderEntries">): SenderIndex {
  let byAddress = new Map<string, StrategySummary>();
  return {
    lookup: (address) => byAddress.get(address),
    async refresh() {
      byAddress = buildIndex(await store.senderEntries());
    },
    get size() {
      return byAddress.size;
    },
  };
}

export function buildIndex(entries: readonly SenderEntry[]): Map<string, StrategySummary> {
  const index = new Map<string, StrategySummary>();
  for (const { address, ...summary } of entries) {
    const current = index.get(address);
    if (!current || PRECEDENCE[summary.status] < PRECEDENCE[current.status]) index.set(address, summary);
  }
  return index;
}
