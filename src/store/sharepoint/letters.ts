import { fieldEquals, fieldEqualsAny } from "../../graph/odata";
import { apostropheForms, contactKey } from "../../policy/address";
import type { LetterRecord } from "../../policy/letters/record";
import { StoreError, type LetterOnRecord, type PlannedRecord } from "../port";
import { createOnce, findByKey } from "./create-once";
import type { Fields, ListClient } from "./list-client";
import { unwrap } from "./mapping";
import { isKeyed, keyed, shown } from "./text-columns";

/**
 * The Letters list: one item per letter prepared, keyed on the caller's id (LetterKey, unique),
 * found by the strategy it is about (StrategyKey) or the address it went to (Address), both
 * indexed. The whole record rides in LetterJson, as strategies and contacts do. Keys are hashed
 * when longer than a text column holds, and the words people read are cut, as in every other list
 * (text-columns.ts): a 300-character address must not lose the letter. The Address column holds
 * the address as ContactLog's SenderAddress and StrategyAddresses' Address hold theirs: normalised
 * (contactKey: case, display name and +tag folded) — so subject access and retention, which ask by
 * the normalised address, find a letter sent to "Pat <Pat+opcc@Example.org>". The record keeps the
 * address as it was written.
 */
export function letterFields(letter: LetterRecord): Fields {
  return {
    Title: shown(letter.subject),
    LetterKey: keyed(letter.id),
    Address: letterAddressKey(letter.address),
    StrategyKey: keyed(letter.strategyId ?? ""),
    Kind: shown(letter.kind),
    Status: letter.status,
    PreparedAt: letter.preparedAt,
    PreparedBy: shown(letter.preparedBy),
    LetterJson: JSON.stringify({ format: 1, letter }),
  };
}

/** The Address column's value for an address: normalised as every list's address key, hashed when long. */
const letterAddressKey = (address: string) => keyed(contactKey(address));

export function letterFrom(fields: Fields): LetterRecord {
  return unwrap<{ letter: LetterRecord }>(fields.LetterJson, "Letters").letter;
}

export class LetterList {
  constructor(private readonly list: ListClient) {}

  async record(letter: LetterRecord): Promise<{ created: boolean; letter: LetterRecord }> {
    const { item, created } = await createOnce(this.list, "LetterKey", letter.id, letterFields(letter));
    return { created, letter: created ? letter : letterFrom(item.fields) };
  }

  /**
   * Marks a letter sent, once: a second call (a retry, or a colleague marking it too) finds it
   * sent and returns it as it is. A write refused because the item moved on (412) is read again.
   */
  /** `check` may refuse (throw) before the letter is written as sent: the SPOC rule (src/store/letter-sender.ts). */
  async markSent(id: string, at: string, by: string, check: (letter: LetterRecord) => Promise<void> = async () => {}): Promise<LetterRecord> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const item = await findByKey(this.list, "LetterKey", id);
      if (!item) throw new StoreError("notFound", `No letter ${id} is on record.`);
      const current = letterFrom(item.fields);
      if (current.status === "sent") return current;
      await check(current);
      const sent: LetterRecord = { ...current, status: "sent", sentAt: at, sentBy: by };
      try {
        await this.list.update(item.id, letterFields(sent), item.etag);
        return sent;
      } catch (error) {
        if (!(error instanceof StoreError && error.code === "conflict")) throw error;
      }
    }
    throw new StoreError("conflict", `The letter ${id} kept changing while it was being marked sent. Try again.`);
  }

  /** The letter as it now reads, or undefined when it is not on record. */
  async current(id: string): Promise<LetterRecord | undefined> {
    const item = await findByKey(this.list, "LetterKey", id);
    return item ? letterFrom(item.fields) : undefined;
  }

  async forStrategy(strategyId: string): Promise<LetterRecord[]> {
    return (await this.list.query({ filter: fieldEquals("StrategyKey", keyed(strategyId)), orderby: "fields/PreparedAt asc" })).map((i) => letterFrom(i.fields));
  }

  /**
   * Every letter: the list paged in its own order, with no filter and no order — what SharePoint allows at any size, past
   * the list view threshold — so no column anyone may edit (PreparedAt, Address, StrategyKey) hides one. Each with
   * SharePoint's createdDateTime of its item, which no writer sets (T10 #12: retention dated letters by their preparedAt).
   */
  async all(): Promise<LetterOnRecord[]> {
    return (await this.list.query({ top: 5000 })).map((i) => {
      const letter = letterFrom(i.fields);
      const keyedAs = isKeyed(i, "LetterKey", letter.id) ? undefined : String(i.fields.LetterKey ?? "");
      return { letter, item: i.id, ...(i.createdAt ? { recordedAt: i.createdAt } : {}), ...(keyedAs === undefined ? {} : { keyedAs }) };
    });
  }

  /**
   * Deletes the letters retention judged: each by the item the plan read, never by a column (the LetterKey of another item
   * than the one whose LetterJson named the id, T11 #6); one without an item by its key. Returns how many were deleted.
   */
  async remove(letters: readonly PlannedRecord[]): Promise<number> {
    const unread = letters.filter((l) => !l.item).map((l) => l.id);
    const found = (await this.list.queryMany(unread.map((id) => ({ filter: fieldEquals("LetterKey", keyed(id)), select: ["LetterKey"] })))).flat();
    return this.list.removeMany([...letters.flatMap((l) => (l.item ? [l.item] : [])), ...found.map((i) => i.id)]);
  }

  /** Every letter whose Address column is not its address normalised (rows written before it was). Letters are few: one read. */
  async miskeyed(): Promise<Array<{ letter: LetterRecord; key: string }>> {
    return (await this.list.query({ top: 5000 }))
      .map((item) => ({ letter: letterFrom(item.fields), key: String(item.fields.Address ?? "") }))
      .filter(({ letter, key }) => key !== letterAddressKey(letter.address));
  }

  /** Sets the Address column to the address normalised; false when it already was. A write refused because the item moved on (412) is read again. */
  async rekey(id: string): Promise<boolean> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const item = await findByKey(this.list, "LetterKey", id);
      if (!item) throw new StoreError("notFound", `No letter ${id} is on record.`);
      const key = letterAddressKey(letterFrom(item.fields).address);
      if (item.fields.Address === key) return false;
      try {
        await this.list.update(item.id, { Address: key }, item.etag);
        return true;
      } catch (error) {
        if (!(error instanceof StoreError && error.code === "conflict")) throw error;
      }
    }
    throw new StoreError("conflict", `The letter ${id} kept changing while its address key was being set. Try again.`);
  }

  async toAddress(address: string): Promise<LetterRecord[]> {
    // Under any apostrophe form: a letter keyed o’brien@… before apostrophes were folded is found by o'brien@… too.
    const keys = apostropheForms(contactKey(address)).map(keyed);
    return (await this.list.query({ filter: fieldEqualsAny("Address", keys), orderby: "fields/PreparedAt asc" })).map((i) => letterFrom(i.fields));
  }
}
