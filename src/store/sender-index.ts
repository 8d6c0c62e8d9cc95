import { foldApostrophes } from "../policy/address";
import type { CaseStore, Decision, SenderEntry, SenderIndex, StrategySummary } from "./port";

/**
 * Normalised address → the strategies the StrategyAddresses index lists for it, held in
 * memory so the pane and the compose guard know within milliseconds of a selection which
 * strategies to read. Built from one list read. The index finds candidates only: whether any
 * of them is in force, and for which addresses, is decided from the approved snapshot
 * (src/policy/in-force), so a hand-made row puts no one in force. Candidates come most binding
 * first by the index's own status copy (active, under review, proposed…), only to read the
 * likeliest first.
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
  let byAddress = new Map<string, StrategySummary[]>();
  return {
    candidates: (address) => byAddress.get(address) ?? [],
    entries: () => byAddress,
    async refresh() {
      byAddress = buildIndex(await store.senderEntries());
    },
    get size() {
      return byAddress.size;
    },
  };
}

export function buildIndex(entries: readonly SenderEntry[]): Map<string, StrategySummary[]> {
  const index = new Map<string, StrategySummary[]>();
  for (const { address: stored, ...summary } of entries) {
    // Rows keyed before typographic apostrophes were folded are found by the folded address.
    const address = foldApostrophes(stored);
    const list = index.get(address) ?? [];
    if (!list.some((s) => s.strategyId === summary.strategyId)) list.push(summary);
    index.set(address, list);
  }
  for (const list of index.values()) list.sort((a, b) => PRECEDENCE[a.status] - PRECEDENCE[b.status]);
  return index;
}

/**
 * The index entries a decision's approved snapshot gives: each address it approved, under its
 * strategy. Both stores add them to the StrategyAddresses rows, so the candidates for an address
 * come also from the Decisions list — which only authorisers may write — and a caseworker who
 * deletes or rewrites an index row (or the strategy's item) hides no one's strategy in force.
 * Still candidates only: the in-force view judges each.
 */
export function snapshotEntries(decision: Decision | undefined): SenderEntry[] {
  if (!decision?.terms) return [];
  const { terms, strategyId } = decision;
  return terms.addresses.map((address) => ({ address, strategyId, status: "active" as const, personName: terms.personName }));
}
