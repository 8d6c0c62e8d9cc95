import type { ContactStrategy } from "../../policy/strategy";
import { fieldEquals } from "../../graph/odata";
import { StoreError, type SenderEntry, type StrategyQuery, type Versioned } from "../port";
import { createOnce, findByKey } from "./create-once";
import type { ListClient } from "./list-client";
import { strategyFields, strategyFrom } from "./mapping";

/**
 * Strategies and their addresses. The strategy item is the record; StrategyAddresses rows
 * are derived from it and re-synchronised on every save, so a save interrupted between the
 * two is finished by saving again (the caller is told; nothing is half-written silently).
 */
export class StrategyLists {
  constructor(
    private readonly strategies: ListClient,
    private readonly addresses: ListClient,
  ) {}

  async get(id: string): Promise<Versioned<ContactStrategy> | undefined> {
    const item = await findByKey(this.strategies, "StrategyKey", id);
    return item && { value: strategyFrom(item.fields), etag: item.etag };
  }

  async list(query: StrategyQuery = {}): Promise<Array<Versioned<ContactStrategy>>> {
    const clauses: string[] = [];
    if (query.statuses?.length) clauses.push(`(${query.statuses.map((s) => fieldEquals("Status", s)).join(" or ")})`);
    if (query.reviewDueBy) clauses.push(`fields/ReviewDate le '${query.reviewDueBy}T23:59:59Z'`);
    const items = await this.strategies.query(clauses.length ? { filter: clauses.join(" and ") } : {});
    return items.map((item) => ({ value: strategyFrom(item.fields), etag: item.etag }));
  }

  async save(strategy: ContactStrategy, etag?: string): Promise<Versioned<ContactStrategy>> {
    const value = strategy.id ? strategy : { ...strategy, id: crypto.randomUUID() };
    const fields = strategyFields(value);
    let saved: Versioned<ContactStrategy>;
    if (etag === undefined) {
      const { item, created } = await createOnce(this.strategies, "StrategyKey", value.id, fields);
      if (!created && item.fields.StrategyJson !== fields.StrategyJson) {
        throw new StoreError("conflict", `A strategy with id ${value.id} already exists.`);
      }
      saved = { value, etag: item.etag };
    } else {
      saved = await this.update(value, fields, etag);
    }
    await this.syncAddresses(value);
    return saved;
  }

  private async update(value: ContactStrategy, fields: Record<string, unknown>, etag: string): Promise<Versioned<ContactStrategy>> {
    const current = await findByKey(this.strategies, "StrategyKey", value.id);
    if (!current) throw new StoreError("notFound", `Strategy ${value.id} no longer exists.`);
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

  private async syncAddresses(strategy: ContactStrategy): Promise<void> {
    const rows = await this.addresses.query({ filter: fieldEquals("StrategyKey", strategy.id) });
    const wanted = new Set(strategy.addresses);
    for (const row of rows) {
      const address = String(row.fields.Address);
      if (!wanted.has(address)) await this.addresses.remove(row.id);
      else if (row.fields.Status !== strategy.status || row.fields.PersonName !== strategy.person.displayName) {
        await this.addresses.update(row.id, { Status: strategy.status, PersonName: strategy.person.displayName }, "*");
      }
      wanted.delete(address);
    }
    for (const address of wanted) {
      await createOnce(this.addresses, "AddressKey", `${strategy.id}|${address}`, {
        Title: address,
        AddressKey: `${strategy.id}|${address}`,
        Address: address,
        StrategyKey: strategy.id,
        Status: strategy.status,
        PersonName: strategy.person.displayName,
      });
    }
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
    const rows = await this.addresses.query({ filter: fieldEquals("Address", address), select: ["StrategyKey"] });
    return [...new Set(rows.map((row) => String(row.fields.StrategyKey)))];
  }
}
