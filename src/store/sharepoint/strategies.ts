import type { ContactStrategy } from "../../policy/strategy";
import { fieldEquals } from "../../graph/odata";
import { StoreError, type SenderEntry, type StrategyListing, type StrategyQuery, type UnreadableStrategy, type Versioned } from "../port";
import { historyAppends, historyRewritten } from "../history";
import { createOnce, findByKey } from "./create-once";
import type { ItemWrite, ListClient, ListItem } from "./list-client";
import { strategyFields, strategyFrom } from "./mapping";
import { isKeyed, keyed, shown } from "./text-columns";

/**
 * Strategies and their addresses. The strategy item is the record; StrategyAddresses rows
 * are derived from it and re-synchronised on every save, so a save interrupted between the
 * two is finished by saving again (the caller is told; nothing is half-written silently).
 */
/** The strategy an item holds; unreadable, an error that names the item, so whoever runs the records check can mend it. */
export function strategyOf(item: ListItem): ContactStrategy {
  try {
    const strategy = strategyFrom(item.fields);
    // The key column is what SharePoint files the item and its decisions under; an id in the JSON that disagrees
    // with it was written outside the add-in (a caseworker "re-keying" a strategy in force to lift it).
    if (keyed(strategy.id) !== String(item.fields.StrategyKey ?? "")) {
      throw new StoreError("invalid", `its JSON names strategy ${strategy.id}, its key another`);
    }
    return strategy;
  } catch (error) {
    const key = String(item.fields.StrategyKey ?? "");
    throw new StoreError("invalid", `ContactStrategies item ${item.id}${key ? ` (strategy ${key})` : ""} is unreadable: it was edited outside the add-in. Restore it from the list's version history.`, error);
  }
}

/** An item `strategyOf` refuses, as a listing returns it: named, with why and who last changed it. */
function unreadableItem(item: ListItem, error: unknown): UnreadableStrategy {
  // strategyOf's error wraps the reason: the id that disagrees, the shape refused, or the JSON that does not parse.
  const chain: unknown[] = [];
  for (let e: unknown = error; e !== undefined && chain.length < 4; e = e instanceof Error ? e.cause : undefined) chain.push(e);
  const reason = chain.at(1) ?? error;
  const why = chain.some((e) => e instanceof SyntaxError) ? "its JSON does not parse" : reason instanceof Error ? reason.message.replace(/\.$/, "") : String(reason);
  const modified = item.lastModifiedBy || item.lastModifiedAt ? { ...(item.lastModifiedBy ? { by: item.lastModifiedBy } : {}), ...(item.lastModifiedAt ? { at: item.lastModifiedAt } : {}) } : undefined;
  return { key: String(item.fields.StrategyKey ?? ""), item: item.id, why, ...(modified ? { modified } : {}) };
}

export class StrategyLists {
  constructor(
    private readonly strategies: ListClient,
    private readonly addresses: ListClient,
  ) {}

  async get(id: string): Promise<Versioned<ContactStrategy> | undefined> {
    const item = await findByKey(this.strategies, "StrategyKey", id);
    // SharePoint compares text without case: "DEMO-PAT" is not "demo-pat", whatever `eq` brings back.
    return item && isKeyed(item, "StrategyKey", id) ? { value: strategyOf(item), etag: item.etag } : undefined;
  }

  async list(query: StrategyQuery = {}): Promise<Array<Versioned<ContactStrategy>>> {
    const clauses: string[] = [];
    if (query.statuses?.length) clauses.push(`(${query.statuses.map((s) => fieldEquals("Status", s)).join(" or ")})`);
    if (query.reviewDueBy) clauses.push(`fields/ReviewDate le '${query.reviewDueBy}T23:59:59Z'`);
    const items = await this.strategies.query(clauses.length ? { filter: clauses.join(" and ") } : {});
    // One item edited into something unreadable is returned apart, named: it never hides the others (the Approvals
    // queue, records verify and retention keep working; readers judge it from its decisions).
    const readable: Array<Versioned<ContactStrategy>> = [];
    const unreadable: UnreadableStrategy[] = [];
    for (const item of items) {
      try {
        readable.push({ value: strategyOf(item), etag: item.etag });
      } catch (error) {
        if (!(error instanceof StoreError && error.code === "invalid")) throw error;
        unreadable.push(unreadableItem(item, error));
      }
    }
    return Object.assign(readable, { unreadable }) satisfies StrategyListing;
  }

  /** Every item's StrategyKey, its JSON unread (a key longer than a text column holds is hashed and names no strategy). */
  async ids(): Promise<string[]> {
    const items = await this.strategies.query({ select: ["StrategyKey"] });
    return items.map((item) => String(item.fields.StrategyKey ?? "")).filter((key) => key !== "" && !key.includes("#sha256:"));
  }

  async save(strategy: ContactStrategy, etag?: string): Promise<Versioned<ContactStrategy>> {
    const value = strategy.id ? strategy : { ...strategy, id: crypto.randomUUID() };
    const fields = strategyFields(value);
    let saved: Versioned<ContactStrategy>;
    let fresh = false;
    if (etag === undefined) {
      const { item, created } = await createOnce(this.strategies, "StrategyKey", value.id, fields);
      if (!created && item.fields.StrategyJson !== fields.StrategyJson) {
        throw new StoreError("conflict", `A strategy with id ${value.id} already exists.`);
      }
      saved = { value, etag: item.etag };
      fresh = created;
    } else {
      saved = await this.update(value, fields, etag);
    }
    await this.syncAddresses(value, fresh);
    return saved;
  }

  private async update(value: ContactStrategy, fields: Record<string, unknown>, etag: string): Promise<Versioned<ContactStrategy>> {
    const current = await findByKey(this.strategies, "StrategyKey", value.id);
    if (!current) throw new StoreError("notFound", `Strategy ${value.id} no longer exists.`);
    const stored = strategyFrom(current.fields);
    if (!historyAppends(stored, value)) {
      // Not what the caller read (someone else moved it on): a conflict, as the PATCH would be.
      if (etag !== "*" && etag !== current.etag) {
        throw new StoreError("conflict", `Someone else changed ${value.person.displayName}'s strategy first. Reload to see their change.`);
      }
      throw historyRewritten(stored, value);
    }
    try {
      await this.strategies.update(current.id, fields, etag);
    } catch (error) {
      // A retried PATCH whose first attempt landed is refused with 412; it is ours if the stored record is what we wrote.
      if (!(error instanceof StoreError && error.code === "conflict")) throw error;
      const now = await this.strategies.get(current.id);
      if (now.fields.StrategyJson !== fields.StrategyJson) {
        throw new StoreError("conflict", `Someone else changed ${value.person.displayName}'s strategy first. Reload to see their change.`, error);
      }
    }
    const fresh = await this.strategies.get(current.id);
    return { value, etag: fresh.etag };
  }

  /**
   * Brings StrategyAddresses in line with the strategy in one `$batch` (creates, updates and
   * removals together). Idempotent: rows are keyed on the unique AddressKey, so a create that
   * already landed (a retried save) is refused with 409 and counts as done, never a duplicate;
   * a removal already done is 404, also done. A strategy this save created has no rows yet,
   * so they are not read first.
   */
  private async syncAddresses(strategy: ContactStrategy, created: boolean): Promise<number> {
    const rows = created ? [] : await this.addresses.query({ filter: fieldEquals("StrategyKey", keyed(strategy.id)) });
    return this.writeRows(strategy, rows);
  }

  /**
   * Brings a strategy's rows in line with its stored item (reconcile): every row removed when the
   * item is gone. Returns how many rows were written or removed.
   */
  async reindex(id: string): Promise<number> {
    const [item, rows] = await Promise.all([findByKey(this.strategies, "StrategyKey", id), this.addresses.query({ filter: fieldEquals("StrategyKey", keyed(id)) })]);
    if (item) return this.writeRows(strategyFrom(item.fields), rows);
    return this.addresses.removeMany(rows.map((r) => r.id));
  }

  /** Retention: deletes a strategy's address rows; how many. */
  async removeRows(id: string): Promise<number> {
    return this.addresses.removeMany((await this.addresses.query({ filter: fieldEquals("StrategyKey", keyed(id)), select: ["StrategyKey"] })).map((r) => r.id));
  }

  /** Retention: deletes strategy items; how many. */
  async remove(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const items = await this.strategies.queryMany(ids.map((id) => ({ filter: fieldEquals("StrategyKey", keyed(id)), select: ["StrategyKey"] })));
    return this.strategies.removeMany(items.flatMap((found, i) => found.filter((item) => isKeyed(item, "StrategyKey", ids[i]!))).map((i) => i.id));
  }

  private async writeRows(strategy: ContactStrategy, rows: ListItem[]): Promise<number> {
    // Rows hold each address as its column key (text-columns.ts): compared as keys.
    const wanted = new Map(strategy.addresses.map((address) => [keyed(address), address]));
    const personName = shown(strategy.person.displayName);
    const writes: ItemWrite[] = [];
    /** Each create's AddressKey, by its place among the writes. */
    const createdKeys = new Map<number, string>();
    for (const row of rows) {
      const address = String(row.fields.Address);
      if (!wanted.has(address)) writes.push({ op: "remove", id: row.id });
      else if (row.fields.Status !== strategy.status || row.fields.PersonName !== personName) {
        writes.push({ op: "update", id: row.id, fields: { Status: strategy.status, PersonName: personName }, etag: "*" });
      }
      wanted.delete(address);
    }
    for (const address of wanted.values()) {
      const key = `${strategy.id}|${address}`;
      createdKeys.set(writes.length, key);
      writes.push({ op: "create", fields: { Title: shown(address), AddressKey: keyed(key), Address: keyed(address), StrategyKey: keyed(strategy.id), Status: strategy.status, PersonName: personName } });
    }
    if (writes.length === 0) return 0;
    const answers = await this.addresses.batch(writes);
    const failed: number[] = [];
    for (const [i, answer] of answers.entries()) {
      const op = writes[i]!.op;
      if (answer.status < 300 || (op === "remove" && answer.status === 404)) continue;
      // A create refused may have been a retry of one that landed, or a duplicate however
      // SharePoint words it (not always 409): the row is read to confirm.
      if (op === "create" && answer.status !== 429 && answer.status !== 503 && (await findByKey(this.addresses, "AddressKey", createdKeys.get(i)!))) continue;
      failed.push(answer.status);
    }
    if (failed.length > 0) {
      const code = failed.includes(403) || failed.includes(401) ? "forbidden" : failed.includes(429) ? "throttled" : failed.every((s) => s === 400) ? "invalid" : "unavailable";
      throw new StoreError(code, `${strategy.person.displayName}'s strategy was saved but ${failed.length} of ${writes.length} address changes were not (HTTP ${failed.join(", ")}); save it again to finish.`);
    }
    return writes.length;
  }

  async senderEntries(): Promise<SenderEntry[]> {
    const rows = await this.addresses.query({ top: 5000, select: ["Address", "StrategyKey", "Status", "PersonName"] });
    return rows.map((row) => ({
      address: String(row.fields.Address),
      strategyId: String(row.fields.StrategyKey),
      status: row.fields.Status as SenderEntry["status"],
      personName: String(row.fields.PersonName ?? ""),
    }));
  }

  async addressesOf(address: string): Promise<string[]> {
    const rows = await this.addresses.query({ filter: fieldEquals("Address", keyed(address)), select: ["StrategyKey"] });
    return [...new Set(rows.map((row) => String(row.fields.StrategyKey)))];
  }
}
