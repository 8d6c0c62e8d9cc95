import type { ContactRecord } from "../../policy/contact";
import type { LoggedContact } from "../../policy/evidence-contacts";
import type { ContactStrategy } from "../../policy/strategy";
import type { AuditEvent, CaseStore } from "../../store/port";
import { expectedContactAct, type ChangedOutside } from "../record-contact";
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
      return "changedOutside" in act ? [] : [{ act, what: "contactDecision" as const }];
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

/**
 * The contacts as read, each whose trail holds its recorder's intent to correct it at its time read again by its key with
 * SharePoint's item data (who changed it last), which the contacts as listed do not carry: the reader's test needs it (T14
 * #2). A store that keeps no item data (the in-memory one) leaves the record's word, as every reader does.
 */
export async function withItemData(store: Partial<Pick<CaseStore, "contactsById">>, contacts: readonly ContactRecord[], byTarget: ReadonlyMap<string, readonly AuditEvent[]>): Promise<LoggedContact[]> {
  const begun = (c: ContactRecord) => trailOf(byTarget, c).some((e) => e.id.startsWith(`contact:${c.internetMessageId}:corrected:${c.recordedAt}:intent:`));
  const ids = contacts.filter(begun).map((c) => c.internetMessageId);
  if (!store.contactsById || ids.length === 0) return [...contacts];
  const read = await store.contactsById(ids);
  return contacts.map((c) => {
    const found = read.filter((r) => r.internetMessageId === c.internetMessageId);
    return found.length === 1 ? found[0]! : c;
  });
}

/**
 * The expected acts no event records, given every event by target. `except`: steps whose own event
 * waits for their decision (src/app/records/missing-decisions.ts), not written later in its place.
 */
export function missingActs(
  byTarget: ReadonlyMap<string, readonly AuditEvent[]>,
  strategies: readonly ContactStrategy[],
  contacts: readonly LoggedContact[],
  except: ReadonlySet<string> = new Set(),
): ExpectedAct[] {
  return expectedActs(strategies, contacts, byTarget).filter(({ act }) => !except.has(act.event.id) && !isRecorded(byTarget.get(act.event.target) ?? [], act));
}
