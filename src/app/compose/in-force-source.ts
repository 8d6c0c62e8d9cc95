import { isInForce } from "../../policy/lifecycle/transition";
import type { ContactStrategy } from "../../policy/strategy";
import type { CaseStore } from "../../store/port";
import type { InForceEntry } from "./guard-index";

/**
 * Every strategy in force, on the terms in force — the compose guard's only source. It asks
 * the product's one in-force rule (`isInForce` in src/policy/lifecycle) and builds no rule of
 * its own. Issue 11 replaces that rule with the in-force view from the approving decision's
 * snapshot; this adapter then reads the snapshot (addresses, SPOC, channels, restrictions)
 * instead of the strategy item, and nothing else in the guard changes.
 *
 * One query (ContactStrategies filtered on the indexed Status column, paged), so the event
 * runtime's background refresh costs a request or two however many addresses there are.
 */
export async function strategiesInForce(store: Pick<CaseStore, "listStrategies">): Promise<InForceEntry[]> {
  const candidates = await store.listStrategies({ statuses: ["active", "underReview"] });
  return candidates.map((v) => v.value).filter((s) => isInForce(s)).map(entryOf);
}

function entryOf(strategy: ContactStrategy): InForceEntry {
  return {
    addresses: strategy.addresses,
    terms: {
      strategyId: strategy.id,
      personName: strategy.person.displayName,
      restrictions: strategy.restrictions,
      allowedChannels: strategy.allowedChannels,
      ...(strategy.singlePointOfContact ? { singlePointOfContact: strategy.singlePointOfContact } : {}),
      ...(strategy.reviewDate ? { reviewDate: strategy.reviewDate } : {}),
    },
  };
}
