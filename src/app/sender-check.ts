import { normaliseAddress } from "../policy/address";
import { isInForce } from "../policy/lifecycle/transition";
import type { ContactStrategy } from "../policy/strategy";
import type { ReadItem } from "../outlook/mailbox";
import type { CaseStore, SenderIndex, StrategySummary } from "../store/port";

export type SenderVerdict =
  | { kind: "none"; checked: string[] }
  | { kind: "strategy"; strategy: ContactStrategy; matchedAddress: string; matchedBy: AddressRole; inForce: boolean }
  /** The index names a strategy for this sender but the strategy itself could not be read (offline, throttled). */
  | { kind: "unavailable"; summary: StrategySummary; matchedAddress: string; problem: string };

/** Which header of the message an address came from; the banner says so when it is not From. */
export type AddressRole = "from" | "sender" | "replyTo";

/**
 * Does a contact strategy cover this message's sender? Checks From, Sender and Reply-To
 * (a person may write from one address and ask for replies at another), each normalised
 * once (src/policy/address). The index answers from memory; only a hit reads the store.
 */
export async function checkSender(item: ReadItem, index: SenderIndex, store: Pick<CaseStore, "getStrategy">): Promise<SenderVerdict> {
  const roles = senderAddressRoles(item);
  const checked = roles.map((r) => r.address);
  let best: { address: string; role: AddressRole; summary: StrategySummary } | undefined;
  for (const { address, role } of roles) {
    const summary = index.lookup(address);
    if (summary && (!best || rank(summary) < rank(best.summary))) best = { address, role, summary };
  }
  if (!best) return { kind: "none", checked };
  let found: Awaited<ReturnType<CaseStore["getStrategy"]>>;
  try {
    found = await store.getStrategy(best.summary.strategyId);
  } catch (error) {
    // The index already knows who this is: say so rather than nothing, and let the reader treat it with care.
    return { kind: "unavailable", summary: best.summary, matchedAddress: best.address, problem: error instanceof Error ? error.message : String(error) };
  }
  if (!found) return { kind: "none", checked };
  return { kind: "strategy", strategy: found.value, matchedAddress: best.address, matchedBy: best.role, inForce: isInForce(found.value) };
}

type Sender = Pick<ReadItem, "from" | "sender" | "replyTo">;

/** From, Sender and Reply-To, normalised, each address once (under the first header it appears in). */
function senderAddressRoles(item: Sender): Array<{ address: string; role: AddressRole }> {
  const raw: Array<[string | undefined, AddressRole]> = [[item.from?.emailAddress, "from"], [item.sender?.emailAddress, "sender"], ...item.replyTo.map((a): [string, AddressRole] => [a.emailAddress, "replyTo"])];
  const seen = new Map<string, AddressRole>();
  for (const [address, role] of raw) {
    const result = normaliseAddress(address ?? "");
    if (result.ok && !seen.has(result.address)) seen.set(result.address, role);
  }
  return [...seen].map(([address, role]) => ({ address, role }));
}

export function senderAddresses(item: Sender): string[] {
  return senderAddressRoles(item).map((r) => r.address);
}

function rank(summary: StrategySummary): number {
  return isInForce(summary) ? 0 : summary.status === "proposed" ? 1 : 2;
}
