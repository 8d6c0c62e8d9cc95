import type { ContactRecord } from "../../policy/contact";
import type { LoggedContact } from "../../policy/evidence-contacts";
import type { ContactStrategy } from "../../policy/strategy";
import type { AuditEvent } from "../../store/port";
import { expectedContactAct, type ChangedOutside, type TouchedOutside, type WrittenOutside } from "../record-contact";
import { stepAuditEvent } from "../strategy/steps";
import { isRecorded, type Act } from "./audit-repair";

/**
 * What the audit trail should hold for the records it describes: an event for every step in a
 * strategy's history (as the strategy use cases write it) and for the decision on every contact.
 * `records verify` reports those missing; `records reconcile` writes them.
 */
export interface ExpectedAct {
  act: Act;
  what: "strategyStep" | "contactDecision";
}

export function stepActs(strategy: ContactStrategy): Act[] {
  return strategy.history.map((step, i) => {
    const event = stepAuditEvent(strategy, step, i + 1);
    return { event, kind: step.type, sameKind: (e: AuditEvent) => e.action === event.action };
  });
}

/** `byTarget`: each target's events, where read — a contact's trail says whether its record is a correction (record-contact.ts expectedContactAct). */
export function expectedActs(strategies: readonly ContactStrategy[], contacts: readonly LoggedContact[], byTarget: ReadonlyMap<string, readonly AuditEvent[]> = new Map()): ExpectedAct[] {
  return [
    ...strategies.flatMap((s) => stepActs(s).map((act) => ({ act, what: "strategyStep" as const }))),
    ...contacts.flatMap((record) => {
      const act = expectedContactAct(record, trailOf(byTarget, record));
      return "event" in act ? [{ act, what: "contactDecision" as const }] : [];
    }),
  ];
}

const trailOf = (byTarget: ReadonlyMap<string, readonly AuditEvent[]>, record: ContactRecord) => byTarget.get(`contact:${record.internetMessageId}`) ?? [];

/** What a record is when no event is owed for it (record-contact.ts expectedContactAct), by its kind. */
interface NotOwed {
  /** Reads as a correction its recorder began, but is someone's change outside the add-in. */
  changedOutside: ChangedOutside;
  /** In a recorder's name, its item SharePoint says someone else created, and no event of hers records it (T18-5). */
  writtenOutside: WrittenOutside;
  /** Hers as SharePoint says, touched since by another, and nothing of hers on the trail names it as it reads (T19-5). */
  touchedOutside: TouchedOutside;
}

/** The records of one kind for which no event is owed, each with what the trail makes of it. */
export function notOwed<K extends keyof NotOwed>(kind: K, contacts: readonly LoggedContact[], byTarget: ReadonlyMap<string, readonly AuditEvent[]>): Array<NotOwed[K] & { record: LoggedContact }> {
  return contacts.flatMap((record) => {
    const act = expectedContactAct(record, trailOf(byTarget, record));
    return kind in act ? [{ ...(act as NotOwed[K]), record }] : [];
  });
}

/**
 * The expected acts no event records, given every event by target. `except`: steps whose own event
 * waits for their decision (src/app/records/missing-decisions.ts), not written later in its place. `actingAs`: the one who
 * would write them (isRecorded: a corrector's own correction is recorded to her only by what she wrote).
 */
export function missingActs(
  byTarget: ReadonlyMap<string, readonly AuditEvent[]>,
  strategies: readonly ContactStrategy[],
  contacts: readonly LoggedContact[],
  except: ReadonlySet<string> = new Set(),
  actingAs?: string,
): ExpectedAct[] {
  return expectedActs(strategies, contacts, byTarget).filter(({ act }) => !except.has(act.event.id) && !isRecorded(byTarget.get(act.event.target) ?? [], act, actingAs));
}
