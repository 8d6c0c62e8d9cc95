import { addressesInDoubt, asApproved, inForceView, recordInDoubt, type InDoubtView, type InForceView } from "../../policy/in-force";
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

/**
 * One strategy not in force on what can be read whose record is in doubt (a decision on it unreadable, deleted or changed after it was recorded): it
 * may be in force, so its mail is still marked and its recipients warned — with the doubt, never restrictions. Its
 * addresses are every source's (`addressesInDoubt`: no readable approval lists them).
 */
export interface InDoubtEntry {
  strategyId: string;
  personName: string;
  view: InDoubtView;
  addresses: readonly string[];
}

export interface InForceSet {
  inForce: InForceEntry[];
  /** Strategies whose record is in doubt (`recordInDoubt`): not in force on what can be read, but they may be. */
  inDoubt: InDoubtEntry[];
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
  const inForce: InForceEntry[] = [];
  const inDoubt: InDoubtEntry[] = [];
  for (const { strategy, evidence } of read) {
    const view = inForceView(strategy.value, evidence, pack, roster);
    if (view.inForce) inForce.push({ strategy: asApproved(strategy.value, view), view, addresses: view.terms.addresses });
    else if (recordInDoubt(view)) inDoubt.push({ strategyId: strategy.value.id, personName: strategy.value.person.displayName, view, addresses: addressesInDoubt(strategy.value, evidence) });
  }
  return { inForce, inDoubt, read };
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

/** The sender-index rows for the addresses of strategies whose record is in doubt (the item's: a hint, after every approved row). */
export function inDoubtEntries(set: InForceSet): SenderEntry[] {
  return set.inDoubt.flatMap(({ strategyId, personName, addresses }) => addresses.map((address) => ({ address, strategyId, status: "underReview" as const, personName })));
}

/** The sender-index rows for the approved addresses (beside StrategyAddresses', which may lag an approval). */
export function approvedEntries(set: InForceSet): SenderEntry[] {
  return set.inForce.flatMap(({ strategy, addresses }) => addresses.map((address) => ({ address, strategyId: strategy.id, status: "active" as const, personName: strategy.person.displayName })));
}
