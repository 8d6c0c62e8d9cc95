import { fieldEquals, fieldEqualsAny } from "../../graph/odata";
import { apostropheForms } from "../../policy/address";
import { chained, chainHead, checkExisting } from "../audit-chain";
import { StoreError, type AuditEvent } from "../port";
import { createOnce } from "./create-once";
import type { ListClient, ListItem } from "./list-client";
import { auditFields, auditFrom } from "./mapping";
import { DAY_MS, EARLIEST, inRanges, isThreshold, readRange } from "./ranges";
import { isKeyed, keyed } from "./text-columns";

/**
 * The AuditTrail list: add-only for staff (SharePoint permissions), one hash chain per target
 * (src/store/audit-chain.ts). Appending reads the target's events — to find the id if it is
 * already there and the chain's head — then adds the event: two requests, as a lookup by key
 * and an add were before the chain.
 */
export class AuditList {
  /**
   * Whether the list has its About column (decision 0011), as this session has learned it: from the list's columns, read
   * once (`lacksAbout`), or from Graph refusing an event naming it. A site provisioned before About refuses every such
   * event (400 "Field 'About' is not recognized"); there events are written without the column, as before About existed
   * (the event's JSON still names whom it is about), until someone runs `npm run provision`.
   */
  private about: Promise<boolean> | boolean | undefined;

  constructor(readonly list: ListClient) {}

  /** Whether the AuditTrail lacks About: the list's columns read once a session (a failed read is not kept). */
  async lacksAbout(): Promise<boolean> {
    this.about ??= this.list.columnNames().then(
      (names) => (this.about = names.includes("About")),
      (error: unknown) => {
        this.about = undefined;
        throw error;
      },
    );
    return !(await this.about);
  }

  /** An event's fields as this list takes them: without About where the list is known to lack it. */
  private fieldsOf(event: Parameters<typeof auditFields>[0]) {
    const fields = auditFields(event);
    return this.about === false ? withoutAbout(fields) : fields;
  }

  /**
   * `createOnce` for one event; refused for naming About on a site without it, written again without the column. The
   * refusal is a 400, which writes nothing, and the second write looks for the event's key first (`createOnce`): one that
   * landed meanwhile is found and checked, never written twice.
   */
  private async create(event: AuditEvent, fields: ReturnType<typeof auditFields>, lookFirst = true) {
    try {
      return await createOnce(this.list, "EventKey", event.id, fields, { lookFirst });
    } catch (error) {
      if (!("About" in fields) || !refusesAbout(error)) throw error;
      this.about = false;
      return createOnce(this.list, "EventKey", event.id, withoutAbout(fields));
    }
  }

  static query(target: string) {
    return { filter: fieldEquals("Target", keyed(target)), orderby: "fields/At asc" };
  }

  /** The target's events, exactly (SharePoint's `eq` ignores case: "strategy:DEMO-X" is not "strategy:demo-x"'s trail). */
  static of(target: string, items: readonly ListItem[]): AuditEvent[] {
    return items.filter((item) => isKeyed(item, "Target", target)).map(auditFrom);
  }

  async of(target: string): Promise<AuditEvent[]> {
    return AuditList.of(target, await this.list.query(AuditList.query(target)));
  }

  async ofMany(targets: readonly string[]): Promise<AuditEvent[][]> {
    return (await this.list.queryMany(targets.map((t) => AuditList.query(t)))).map((items, i) => AuditList.of(targets[i]!, items));
  }

  async append(event: AuditEvent): Promise<void> {
    const events = await this.of(event.target);
    const existing = events.find((e) => e.id === event.id);
    if (existing) return checkExisting(existing, event);
    const fields = this.fieldsOf(chained(event, chainHead(events)));
    // Not looked up again first: the read above was the lookup. A create whose answer was lost
    // is found by its key; one found holding another writer's event is checked like any other.
    const { item, created } = await this.create(event, fields, false);
    if (!created) checkExisting(auditFrom(item), event, true);
  }

  /**
   * Several events at once (the flagger's breaches for a page of mail): their targets' events read
   * in one `$batch`, each event checked against its key and chained to its target's head (and to
   * the event before it in this call), the new ones created in one `$batch`; any create that does
   * not come back created goes through `createOnce`, which looks again, and is checked like `append`.
   */
  async appendMany(events: readonly AuditEvent[]): Promise<void> {
    const targets = [...new Set(events.map((e) => e.target))];
    if (targets.length === 0) return;
    const read = await this.ofMany(targets);
    const chains = new Map(targets.map((t, i) => [t, [...read[i]!]]));
    const writes: Array<{ event: AuditEvent; fields: ReturnType<typeof auditFields> }> = [];
    for (const event of events) {
      const chain = chains.get(event.target)!;
      const existing = chain.find((e) => e.id === event.id);
      if (existing) {
        checkExisting(existing, event);
        continue;
      }
      const written = chained(event, chainHead(chain));
      chain.push({ ...written });
      writes.push({ event, fields: this.fieldsOf(written) });
    }
    if (writes.length === 0) return;
    const answers = await this.list.batch(writes.map((w) => ({ op: "create" as const, fields: w.fields })));
    for (const [i, answer] of answers.entries()) {
      if (answer.status === 201) continue;
      const { event, fields } = writes[i]!;
      const { item, created } = await this.create(event, this.about === false ? withoutAbout(fields) : fields);
      if (!created) checkExisting(auditFrom(item), event, true);
    }
  }

  /** Every event, paged in the list's own order (allowed at any size; no filter, no order). */
  async all(): Promise<AuditEvent[]> {
    return (await this.list.query({ top: 5000 })).map(auditFrom);
  }

  /** Events whose At is at or after `from` (ranges of the indexed At column: a few requests for a week of events, at any list size). */
  async since(from: string): Promise<AuditEvent[]> {
    return (await readRange(this.list, "At", { from: Date.parse(from), to: Date.now() + DAY_MS, openEnd: true })).map(auditFrom);
  }

  /**
   * The targets of the events about this address (their About column, under any apostrophe form: OData's doubled quote is
   * `fieldEqualsAny`'s, a long address `keyed` as written) dated at or after `from` (ms since the epoch; EARLIEST: all).
   * One question while the About clause narrows to 5,000 events; past that (a persistent sender's years of records) ranges of
   * the indexed At column, walked forward with the About clause after them, as a sender's contacts are. A site provisioned
   * before About existed refuses the column (invalid): it holds no event naming it, so none is found.
   */
  async targetsAbout(address: string, from: number): Promise<string[]> {
    const about = fieldEqualsAny("About", apostropheForms(address).map(keyed));
    const after = from > EARLIEST ? ` and fields/At ge '${new Date(from).toISOString().replace(/\.\d{3}Z$/, "Z")}'` : "";
    let items: ListItem[] = [];
    try {
      items = await this.list.query({ filter: `${about}${after}`, top: 5000 });
    } catch (error) {
      if (error instanceof StoreError && error.code === "invalid") return [];
      if (!isThreshold(error)) throw error;
      items = [];
      await inRanges(this.list, { column: "At", from, to: Date.now() + DAY_MS, openEnd: true, and: about }, async (found) => void items.push(...found));
    }
    return [...new Set(items.map(auditFrom).flatMap((e) => (e.unreadable ? [] : [e.target])))];
  }

  /** The item ids of every event of these targets (what retention deletes with them). */
  async itemsOf(targets: readonly string[]): Promise<string[]> {
    if (targets.length === 0) return [];
    const found = await this.list.queryMany(targets.map((t) => ({ filter: fieldEquals("Target", keyed(t)), select: ["Target"] })));
    return found.flatMap((items, i) => items.filter((item) => isKeyed(item, "Target", targets[i]!))).map((i) => i.id);
  }

  /** Deletes every event of these targets (retention: what they describe is gone). */
  async removeTargets(targets: readonly string[]): Promise<number> {
    return this.removeItems(await this.itemsOf(targets));
  }

  /** Deletes these events by item id (retention). */
  async removeItems(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    try {
      return await this.list.removeMany(ids);
    } catch (error) {
      if (error instanceof StoreError && error.code === "forbidden") {
        throw new StoreError("forbidden", `${error.message} AuditTrail is add-only for staff: retention is run by the office's authoriser (SharePoint's Delete Items on AuditTrail and Decisions) or a site owner.`, error);
      }
      throw error;
    }
  }
}

/** Graph's refusal of an item naming a column the list lacks, for About (the emulator's words are Graph's). */
function refusesAbout(error: unknown): boolean {
  return error instanceof StoreError && error.code === "invalid" && /Field 'About' is not recognized/i.test(error.message);
}

function withoutAbout<T extends Record<string, unknown>>(fields: T): T {
  const { About: _about, ...rest } = fields;
  return rest as T;
}
