import type { ContactRecord } from "../../policy/contact";
import type { LoggedContact } from "../../policy/evidence-contacts";
import type { ContactStrategy } from "../../policy/strategy";
import type { AuditEvent } from "../../store/port";
import { expectedContactAct, type ChangedOutside, type WrittenOutside } from "../record-contact";
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
      return "changedOutside" in act || "writtenOutside" in act ? [] : [{ act, what: "contactDecision" as const }];
    }),
  ];
}

const trailOf = (byTarget: ReadonlyMap<string, readonly AuditEvent[]>, record: ContactRecord) => byTarget.get(`contact:${record.internetMessageId}`) ?? [];

/** Records that read as a correction their recorder began but are someone's change outside the add-in (no event is owed for them). */
export function changedOutside(contacts: readonly LoggedContact[], byTarget: ReadonlyMap<string, readonly AuditEvent[]>): Array<ChangedOutside & { record: LoggedContact }> {
  return contacts.flatMap((record) => {
    const act = expectedContactAct(record, trailOf(byTarget, record));
    return "changedOutside" in act ? [{ ...act, record }] : [];
  });
}

/** Records in a recorder's name whose item SharePoint says someone else wrote, and no event of hers records (T18-5): no event is owed. */
export function writtenOutside(contacts: readonly LoggedContact[], byTarget: ReadonlyMap<string, readonly AuditEvent[]>): Array<WrittenOutside & { record: LoggedContact }> {
  return contacts.flatMap((record) => {
    const act = expectedContactAct(record, trailOf(byTarget, record));
    return "writtenOutside" in act ? [{ ...act, record }] : [];
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
