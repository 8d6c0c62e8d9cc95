import { isOfficeAddress, listsAddress, normaliseAddress } from "../policy/address";
import { addressesInDoubt, asApproved, coversAddress, inForceView, recordInDoubt, type InForceView } from "../policy/in-force";
import type { PolicyPack } from "../policy/packs/schema";
import type { StaffRoster } from "../policy/roster";
import type { ContactStrategy } from "../policy/strategy";
import type { SenderHeaders } from "../policy/message";
import type { CaseStore, SenderIndex, StrategySummary, StrategyWithEvidence } from "../store/port";

export type SenderVerdict =
  | { kind: "none"; checked: string[] }
  | {
      kind: "strategy";
      /** As approved when in force for this address (the snapshot's terms), else the strategy item as it stands. */
      strategy: ContactStrategy;
      /** The in-force view the verdict rests on (src/policy/in-force): who approved, what changed since, what was refused. */
      view: InForceView;
      /** In force for this message: the strategy is in force and its approved snapshot lists the matched address. */
      inForce: boolean;
      matchedAddress: string;
      matchedBy: AddressRole;
    }
  /** The index names a strategy for this sender but the strategy itself could not be read (offline, throttled). */
  | { kind: "unavailable"; summary: StrategySummary; matchedAddress: string; problem: string };

/** Which header of the message an address came from; the banner says so when it is not From. */
export type AddressRole = "from" | "sender" | "replyTo";

/** What judging a sender needs: the index to find candidates, the store to read them, and whom to trust. */
export interface SenderCheckContext {
  index: SenderIndex;
  store: Pick<CaseStore, "readWithEvidence">;
  pack: PolicyPack;
  roster: StaffRoster;
  /** The office's own domains: a strategy is never applied to an address at one (T7 #14: a record that lists a colleague's). */
  staffDomains?: readonly string[];
}

/**
 * Does a contact strategy cover this message's sender? Checks From, Sender and Reply-To
 * (a person may write from one address and ask for replies at another), each normalised
 * once (src/policy/address). The index answers from memory which strategies to read; all
 * candidates are read in one request with their evidence, and each is judged by
 * `inForceView`: a strategy is in force for an address only if an approved snapshot lists it.
 * An index row the strategy itself does not list is ignored (a hand-made row matches no one).
 */
export function checkSender(item: SenderHeaders, ctx: SenderCheckContext): Promise<SenderVerdict> {
  return checkAddresses(senderAddressRoles(item), ctx);
}

/** The same judgement for addresses given directly (normalised), in the order they count: the CLI's `check`, the compose guard's recipients. */
export async function checkAddresses(roles: ReadonlyArray<{ address: string; role: AddressRole }>, ctx: SenderCheckContext): Promise<SenderVerdict> {
  const checked = roles.map((r) => r.address);
  const hits = roles.filter(({ address }) => !isOfficeAddress(address, ctx.staffDomains ?? [])).flatMap(({ address, role }) => ctx.index.candidates(address).map((summary) => ({ address, role, summary })));
  if (hits.length === 0) return { kind: "none", checked };
  let read: StrategyWithEvidence[];
  try {
    read = await ctx.store.readWithEvidence(hits.map((h) => h.summary.strategyId));
  } catch (error) {
    // The index already knows who this may be: say so rather than nothing, and let the reader treat it with care.
    const first = hits[0]!;
    return { kind: "unavailable", summary: first.summary, matchedAddress: first.address, problem: error instanceof Error ? error.message : String(error) };
  }
  const judged = hits.flatMap((hit) => {
    const found = read.find((r) => r.strategy.value.id === hit.summary.strategyId);
    if (!found) return [];
    const view = inForceView(found.strategy.value, found.evidence, ctx.pack, ctx.roster);
    const approved = coversAddress(view, hit.address);
    // Neither approved for this address nor listed by the strategy itself (a record in doubt: by any record of it): an index row to ignore.
    const listed = recordInDoubt(view) ? addressesInDoubt(found.strategy.value, found.evidence) : found.strategy.value.addresses;
    if (!approved && !listsAddress(listed, hit.address)) return [];
    return [{ ...hit, item: found.strategy.value, view, approved }];
  });
  const best = [...judged].sort((a, b) => weight(a) - weight(b))[0];
  if (!best) return { kind: "none", checked };
  const strategy = best.approved && best.view.inForce ? asApproved(best.item, best.view) : best.item;
  return { kind: "strategy", strategy, view: best.view, inForce: best.approved, matchedAddress: best.address, matchedBy: best.role };
}

/** In force for the address first; then in force for the person but not yet for this address; then proposals; then the rest. */
function weight(hit: { view: InForceView; approved: boolean; item: ContactStrategy }): number {
  if (hit.approved) return 0;
  if (hit.view.inForce) return 1;
  return hit.item.status === "proposed" ? 2 : hit.item.status === "draft" ? 3 : 4;
}

/** From, Sender and Reply-To, normalised, each address once (under the first header it appears in). */
function senderAddressRoles(item: SenderHeaders): Array<{ address: string; role: AddressRole }> {
  const raw: Array<[string | undefined, AddressRole]> = [[item.from?.emailAddress, "from"], [item.sender?.emailAddress, "sender"], ...item.replyTo.map((a): [string, AddressRole] => [a.emailAddress, "replyTo"])];
  const seen = new Map<string, AddressRole>();
  for (const [address, role] of raw) {
    const result = normaliseAddress(address ?? "");
    if (result.ok && !seen.has(result.address)) seen.set(result.address, role);
  }
  return [...seen].map(([address, role]) => ({ address, role }));
}

export function senderAddresses(item: SenderHeaders): string[] {
  return senderAddressRoles(item).map((r) => r.address);
}
