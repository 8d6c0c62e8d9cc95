import { asApproved, inForceView, type InForceView } from "../../policy/in-force";
import type { PolicyPack } from "../../policy/packs/schema";
import type { StaffRoster } from "../../policy/roster";
import type { ContactStrategy } from "../../policy/strategy";
import type { CaseStore, SenderEntry, StrategyWithEvidence } from "../../store/port";

export type InForce = Extract<InForceView, { inForce: true }>;

/** One strategy in force: as approved, with the view it rests on and the addresses the approval lists. */
export interface InForceEntry {
  strategy: ContactStrategy;
  view: InForce;
  addresses: readonly string[];
}

export interface InForceSet {
  inForce: InForceEntry[];
  /** Every strategy read, with its evidence (what the sender check reads, already in hand). */
  read: StrategyWithEvidence[];
}

/**
 * Every strategy in force, judged by the one in-force function from the approving decision's
 * snapshot — what an inbox rule must match, and what a worker checks a day's mail against. One
 * read of ContactStrategies and one `$batch` of evidence (a strategy per person under one: a
 * short list). A strategy item edited to look in force, or an address added without approval,
 * is not in it.
 */
export async function readInForceSet(store: Pick<CaseStore, "strategyIds" | "senderEntries" | "readWithEvidence">, pack: PolicyPack, roster: StaffRoster): Promise<InForceSet> {
  const ids = await strategiesToJudge(store);
  const read = await store.readWithEvidence(ids);
  const inForce = read.flatMap(({ strategy, evidence }) => {
    const view = inForceView(strategy.value, evidence, pack, roster);
    return view.inForce ? [{ strategy: asApproved(strategy.value, view), view, addresses: view.terms.addresses }] : [];
  });
  return { inForce, read };
}

/**
 * The ids of every strategy that could be in force: each ContactStrategies item, and each strategy a
 * decision's approved snapshot names (`senderEntries`) — so a strategy whose item a caseworker deleted
 * or re-keyed is still read, and judged from its decisions (`evidence.recordMissing`).
 */
export async function strategiesToJudge(store: Pick<CaseStore, "strategyIds" | "senderEntries">): Promise<string[]> {
  const [ids, entries] = await Promise.all([store.strategyIds(), store.senderEntries()]);
  return [...new Set([...ids, ...entries.map((e) => e.strategyId)])];
}

/** The sender-index rows for the approved addresses (beside StrategyAddresses', which may lag an approval). */
export function approvedEntries(set: InForceSet): SenderEntry[] {
  return set.inForce.flatMap(({ strategy, addresses }) => addresses.map((address) => ({ address, strategyId: strategy.id, status: "active" as const, personName: strategy.person.displayName })));
}
