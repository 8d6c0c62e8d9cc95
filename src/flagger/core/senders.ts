import type { SenderCheckContext } from "../../app/sender-check";
import { approvedEntries, inDoubtEntries, readInForceSet, type InForceSet } from "../../app/strategy/in-force-set";
import type { PolicyPack } from "../../policy/packs/schema";
import type { StaffRoster } from "../../policy/roster";
import type { CaseStore, SenderIndex, StrategyWithEvidence } from "../../store/port";
import { buildIndex } from "../../store/sender-index";

/**
 * The pane's sender check, fed for a whole sweep from one read of who is in force
 * (src/app/strategy/in-force-set: every strategy judged by `inForceView` from the approving
 * decision's snapshot, as the compose guard's index is). The index lists only approved
 * addresses, and the strategies come from that same read, so checking 10,000 messages costs
 * no request beyond it — and `checkSender` still judges each candidate through `inForceView`,
 * exactly as the pane does. A strategy approved after the read is seen by the next sweep. A
 * strategy whose record is in doubt (a decision on it unreadable, deleted or changed after it was recorded) is indexed by its
 * addresses from every record of it too (`addressesInDoubt`), so its mail is marked as in doubt rather than silently left.
 */
export async function sweepSenders(store: Pick<CaseStore, "strategyIds" | "senderEntries" | "readWithEvidence">, pack: PolicyPack, roster: StaffRoster): Promise<SenderCheckContext & { inForce: number; set: InForceSet }> {
  const set = await readInForceSet(store, pack, roster);
  const byId = new Map(set.read.map((r) => [r.strategy.value.id, r]));
  // A strategy whose record is in doubt is still found (fail closed): the sweep marks its mail with the doubt, not restrictions.
  const entries = buildIndex([...approvedEntries(set), ...inDoubtEntries(set)]);
  const index: SenderIndex = {
    candidates: (address) => entries.get(address) ?? [],
    refresh: async () => undefined,
    size: entries.size,
  };
  const held = { readWithEvidence: async (ids: readonly string[]): Promise<StrategyWithEvidence[]> => ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])) };
  return { index, store: held, pack, roster, inForce: set.inForce.length, set };
}
