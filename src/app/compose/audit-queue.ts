import type { AuditEvent, CaseStore } from "../../store/port";
import { within, type KeyValueStorage } from "./index-cache";

export const PENDING_AUDIT_KEY = "csm.composeGuard.pendingAudit";

/**
 * Audit events from the event runtime. Written at once when the contact-strategy site answers;
 * otherwise kept (in the runtime's storage where it has one) and written by a later event —
 * so an override made while Graph is down does not block the send, and is still recorded.
 * Events are idempotent on their id, so writing one twice stores it once.
 */
export class AuditQueue {
  private pending: AuditEvent[] | undefined;

  constructor(
    private readonly store: () => Promise<Pick<CaseStore, "appendAudit">>,
    private readonly storage: KeyValueStorage | undefined,
    private readonly timeoutMs: number,
  ) {}

  /** "recorded", or "queued" with why it could not be written now. */
  async append(event: AuditEvent): Promise<{ outcome: "recorded" } | { outcome: "queued"; problem: string }> {
    try {
      await within(this.write(event), this.timeoutMs, "the contact-strategy site");
      return { outcome: "recorded" };
    } catch (error) {
      const list = await this.list();
      if (!list.some((e) => e.id === event.id)) list.push(event);
      await this.save(list);
      return { outcome: "queued", problem: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Writes what is waiting; stops at the first failure (the rest wait for the next event). */
  async flush(): Promise<number> {
    const list = await this.list();
    let written = 0;
    while (list.length > 0) {
      try {
        await within(this.write(list[0]!), this.timeoutMs, "the contact-strategy site");
      } catch {
        break;
      }
      list.shift();
      written += 1;
      await this.save(list);
    }
    return written;
  }

  async waiting(): Promise<AuditEvent[]> {
    return [...(await this.list())];
  }

  private async write(event: AuditEvent): Promise<void> {
    await (await this.store()).appendAudit(event);
  }

  private async list(): Promise<AuditEvent[]> {
    if (!this.pending) {
      let stored: AuditEvent[] = [];
      try {
        const parsed: unknown = JSON.parse((await this.storage?.getItem(PENDING_AUDIT_KEY)) ?? "[]");
        if (Array.isArray(parsed)) stored = parsed as AuditEvent[];
      } catch {
        stored = [];
      }
      this.pending ??= stored;
    }
    return this.pending;
  }

  private async save(list: AuditEvent[]): Promise<void> {
    this.pending = list;
    await this.storage?.setItem(PENDING_AUDIT_KEY, JSON.stringify(list)).catch(() => undefined);
  }
}
