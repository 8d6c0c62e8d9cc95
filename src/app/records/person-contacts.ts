import { apostropheForms } from "../../policy/address";
import { filedApartWords, type LoggedContact } from "../../policy/evidence-contacts";
import type { IsoInstant } from "../../policy/strategy";
import type { CaseStore } from "../../store/port";

/** What finding a person's records needs: their columns, and (where the store has them) the trail and a read by key. */
export type PersonContactsStore = Pick<CaseStore, "contactsFrom"> & Partial<Pick<CaseStore, "contactsById" | "contactIdsAbout">>;

/**
 * A person's recorded contacts from each of these normalised addresses received at or after `since`, one list per address
 * (newest first, as `contactsFrom` gives): those the ContactLog files under the address, and those the add-only AuditTrail
 * names as about it (`contactIdsAbout`), read by their key, whose record itself names the address. A record whose
 * SenderAddress column someone moved off the person (T21b-3, A2') is so still found — filed apart from its record, so every
 * reader judges it nobody's decision and says so (byCreator) — never silently missing from their subject access export,
 * the pane or a proposal's seed. An event anyone added naming the person brings in no one else's record: the record must
 * name them too. A store without the trail (or a record whose events predate its About column) is read by columns alone.
 */
export async function contactsOfPerson(store: PersonContactsStore, addresses: readonly string[], since: IsoInstant): Promise<LoggedContact[][]> {
  const trail = store.contactIdsAbout?.bind(store);
  const [filed, onTrail] = await Promise.all([Promise.all(addresses.map((a) => store.contactsFrom(a, since))), trail && store.contactsById ? Promise.all(addresses.map((a) => trail(a, since))) : []]);
  // Found already: filed under its own message id (a copy keyed apart under another id does not stand for the record).
  const known = new Set(filed.flat().flatMap((c) => (c.item?.filedApart?.some((f) => f.column === "InternetMessageId") ? [] : [c.internetMessageId])));
  const missing = [...new Set(onTrail.flat())].filter((id) => !known.has(id));
  const moved = missing.length && store.contactsById ? await store.contactsById(missing) : [];
  return addresses.map((address, i) => {
    const own = filed[i] ?? [];
    const seen = new Set(own.map(itemKey));
    const found = moved.filter((c) => namesSender(c, address) && Date.parse(c.receivedAt) >= Date.parse(since) && !seen.has(itemKey(c)));
    return found.length ? [...own, ...found].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)) : own;
  });
}

/** Whether the record itself names this normalised address as its sender, under any apostrophe form (address.ts). */
export function namesSender(record: Pick<LoggedContact, "senderAddress">, address: string): boolean {
  return typeof record.senderAddress === "string" && apostropheForms(address).includes(record.senderAddress);
}

/** One ContactLog item as read (two items may claim one message id: a copy keyed apart is another item). */
const itemKey = (c: LoggedContact) => JSON.stringify([c.internetMessageId, c.item?.createdAt, c.item?.version, filedApartWords(c.item)]);
