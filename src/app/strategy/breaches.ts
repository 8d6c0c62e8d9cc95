import type { AuditEvent, CaseStore } from "../../store/port";
import type { IsoInstant } from "../../policy/strategy";

/** A breach of a strategy: contact outside its terms, recorded against it (Warwickshire 7; Gwent 9.0 "record all decisions"). */
export interface Breach {
  id: string;
  strategyId: string;
  at: IsoInstant;
  by: string;
  what: string;
  internetMessageId?: string;
}

export const BREACH_ACTION = "breach";

/**
 * Records a breach in the strategy's audit trail (add-only). Idempotent on the message, when
 * there is one (the pane and the flagger may both see it), else on the time.
 */
export async function recordBreach(store: Pick<CaseStore, "appendAudit">, breach: Omit<Breach, "id">): Promise<Breach> {
  if (breach.what.trim() === "") throw new Error("Say what the breach was; it goes on the record.");
  const event = breachEvent(breach);
  await store.appendAudit(event);
  return { ...breach, what: breach.what.trim(), id: event.id };
}

/** The audit event a breach is recorded as: one per message per strategy, whoever records it (the pane or the flagger). */
export function breachEvent(breach: Omit<Breach, "id">): AuditEvent {
  const id = `strategy:${breach.strategyId}:breach:${breach.internetMessageId ?? breach.at}`;
  const detail = breach.internetMessageId ? `${breach.what.trim()} (message ${breach.internetMessageId})` : breach.what.trim();
  return { id, target: `strategy:${breach.strategyId}`, action: BREACH_ACTION, by: breach.by, at: breach.at, detail, sameFact: true };
}

/** The breaches among a strategy's audit events, oldest first. */
export function breachesIn(events: readonly AuditEvent[], strategyId: string): Breach[] {
  return events
    .filter((e) => e.action === BREACH_ACTION && e.target === `strategy:${strategyId}`)
    .map((e) => {
      const message = /\(message (.+)\)$/.exec(e.detail)?.[1];
      return { id: e.id, strategyId, at: e.at, by: e.by, what: message ? e.detail.replace(/ \(message .+\)$/, "") : e.detail, ...(message ? { internetMessageId: message } : {}) };
    });
}
