import type { ApprovedTerms } from "../../policy/decision";
import { addressesInDoubt, inForceView, recordInDoubt } from "../../policy/in-force";
import type { PolicyPack } from "../../policy/packs/schema";
import type { StaffRoster } from "../../policy/roster";
import type { CaseStore } from "../../store/port";
import type { InForceEntry } from "./guard-index";
import { strategiesToJudge } from "../strategy/in-force-set";

/**
 * Every strategy in force, on the terms in force — the compose guard's only source, judged by
 * the product's one in-force view (`inForceView`, src/policy/in-force): a strategy binds only
 * on an authoriser's approving decision, and its terms (addresses, single point of contact,
 * channels, restrictions) are the decision's approved snapshot, never the strategy item, so an
 * edit to the item or a hand-made StrategyAddresses row changes nothing the guard enforces.
 *
 * Every strategy an item, a decision or StrategyAddresses names is judged, whatever status its copy claims (a copy
 * set to "ended" must not hide a strategy in force): one read for the ids and addresses, then the
 * strategies with their evidence in `$batch`es (three queries each). The event runtime does
 * this in the background, at most every few minutes while someone is writing. A strategy whose
 * record is in doubt is listed too, marked `recordInDoubt` (src/policy/compose-guard.ts).
 */
export async function strategiesInForce(store: Pick<CaseStore, "strategyIds" | "senderEntries" | "readWithEvidence">, pack: PolicyPack, roster: StaffRoster): Promise<InForceEntry[]> {
  // As the flagger: every strategy item and decision's, not only those the index rows name (anyone can delete a row).
  const ids = await strategiesToJudge(store);
  if (ids.length === 0) return [];
  const read = await store.readWithEvidence(ids);
  return read.flatMap(({ strategy, evidence }) => {
    const view = inForceView(strategy.value, evidence, pack, roster);
    if (view.inForce) return [entryOf(strategy.value.id, view.terms)];
    // Its record is in doubt (a decision on it unreadable, deleted or changed after it was recorded): it may be in force, so the guard warns — with the
    // doubt, never restrictions it cannot read — at every address any source gives it (no readable approval lists any).
    if (recordInDoubt(view)) return [{ addresses: addressesInDoubt(strategy.value, evidence), terms: { strategyId: strategy.value.id, personName: strategy.value.person.displayName, restrictions: [], allowedChannels: [], recordInDoubt: true } }];
    return [];
  });
}

function entryOf(strategyId: string, terms: ApprovedTerms): InForceEntry {
  return {
    addresses: terms.addresses,
    terms: {
      strategyId,
      personName: terms.personName,
      restrictions: terms.restrictions,
      allowedChannels: terms.allowedChannels,
      ...(terms.singlePointOfContact ? { singlePointOfContact: terms.singlePointOfContact } : {}),
      reviewDate: terms.reviewDate,
    },
  };
}
