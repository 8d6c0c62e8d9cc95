import { normaliseAddress } from "../policy/address";
import { isInForce } from "../policy/lifecycle/transition";
import type { ContactStrategy } from "../policy/strategy";
import type { ReadItem } from "../outlook/mailbox";
import type { CaseStore, SenderIndex, StrategySummary } from "../store/port";

export type SenderVerdict =
  | { kind: "none"; checked: string[] }
  | { kind: "strategy"; strategy: ContactStrategy; matchedAddress: string; inForce: boolean };

/**
 * Does a contact strategy cover this message's sender? Checks From, Sender and Reply-To
 * (a person may write from one address and ask for replies at another), each normalised
 * once (src/policy/address). The index answers from memory; only a hit reads the store.
 */
export async function checkSender(item: ReadItem, index: SenderIndex, store: Pick<CaseStore, "getStrategy">): Promise<SenderVerdict> {
  const checked = senderAddresses(item);
  let best: { address: string; summary: StrategySummary } | undefined;
  for (const address of checked) {
    const summary = index.lookup(address);
    if (summary && (!best || rank(summary) < rank(best.summary))) best = { address, summary };
  }
  if (!best) return { kind: "none", checked };
  const found = await store.getStrategy(best.summary.strategyId);
  if (!found) return { kind: "none", checked };
  return { kind: "strategy", strategy: found.value, matchedAddress: best.address, inForce: isInForce(found.value) };
}

export function senderAddresses(item: Pick<ReadItem, "from" | "sender" | "replyTo">): string[] {
  const raw = [item.from, item.sender, ...item.replyTo].map((a) => a?.emailAddress ?? "");
  const normalised = raw.flatMap((address) => {
    const result = normaliseAddress(address);
    return result.ok ? [result.address] : [];
  });
  return [...new Set(normalised)];
}

function rank(summary: StrategySummary): number {
  return isInForce(summary) ? 0 : summary.status === "proposed" ? 1 : 2;
}
