import type { SenderHistory } from "../policy/contact";
import type { ContactStrategy } from "../policy/strategy";
import type { CaseStore } from "../store/port";

const HISTORY_DAYS = 90;

/**
 * The sender's history the classifier may use, read from the ContactLog (one indexed
 * query per address; SenderAddress and ReceivedAt are indexed). Decisions and warnings
 * come from the person's strategy, when there is one.
 */
export async function loadHistory(
  store: Pick<CaseStore, "contactsFrom">,
  addresses: readonly string[],
  strategy: ContactStrategy | undefined,
  now: Date,
): Promise<SenderHistory> {
  const since = new Date(now.getTime() - HISTORY_DAYS * 86_400_000).toISOString();
  const lists = await Promise.all(addresses.map((address) => store.contactsFrom(address, since)));
  const seen = new Set<string>();
  const contacts = lists.flat().filter((c) => !seen.has(c.internetMessageId) && seen.add(c.internetMessageId));
  return {
    contacts: contacts.map((c) => ({
      at: c.receivedAt,
      subject: c.subject,
      ...(c.fingerprint ? { fingerprint: c.fingerprint } : {}),
      staffContacted: c.staffContacted,
      categories: c.categories,
    })),
    decisionsCommunicated: (strategy?.history ?? []).filter((e) => e.type === "approve" || e.type === "continue" || e.type === "alter").map((e) => e.at),
    warningsGiven: strategy?.priorWarning.kind === "given" ? [`${strategy.priorWarning.on}T00:00:00.000Z`] : [],
  };
}
