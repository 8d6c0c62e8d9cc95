import { checkExisting, isTheEvent, vouches } from "../../store/audit-chain";
import type { AuditEvent, CaseStore } from "../../store/port";
import type { IsoInstant } from "../../policy/strategy";

/**
 * Finishing an audit event someone else's write left out. The event is never written in that
 * person's name by another's token (SharePoint's `createdBy` would disagree with its `by`, which
 * `records verify` rightly flags): whoever finishes it writes an event in their own name, saying
 * whose act it records and when. Its id is fixed by the act (target, time, kind), so reconcile and
 * a colleague's retry finish it once between them.
 */

/** An act the trail should record: its own event as it would have been written, and how to know it among others. */
export interface Act {
  event: AuditEvent;
  /** A short word for the kind of act ("decision", "propose"): two acts on a target at one time differ in it. */
  kind: string;
  /** Whether another event on the target at the same time records this act (written by an older version, or by the demo seed). */
  sameKind: (event: AuditEvent) => boolean;
  /**
   * The event is rebuilt from the record without all it said (a correction read without what it replaced): an event under
   * its id counts when its target, action, person and time are the same and SharePoint says that person wrote it.
   */
  loose?: true;
  /** What a repair says of who did it, where the record cannot say (a correction: who began it); "done by <by> at <at>" otherwise. */
  begun?: string;
}

const instant = (at: string) => new Date(Date.parse(at)).toISOString();

export function repairId(act: Pick<Act, "kind"> & { event: Pick<AuditEvent, "target" | "at"> }): string {
  return `${act.event.target}@${instant(act.event.at)}:${act.kind}:repaired`;
}

export function repairEvent(act: Act, by: string, now: IsoInstant, how: string): AuditEvent {
  const { event } = act;
  return {
    id: repairId(act),
    target: event.target,
    action: `${event.action} (written later)`,
    by,
    at: now,
    detail: `${event.detail} — ${act.begun ?? `done by ${event.by} at ${event.at}`}; its audit event was missing and ${how}.`,
  };
}

/** Whether the target's events record the act: its own event, a repair of it, or an event of its kind at its time. */
export function isRecorded(events: readonly AuditEvent[], act: Act): boolean {
  const at = Date.parse(act.event.at);
  const repair = repairId(act);
  // An event under the act's own id counts only if it is that event, written by its author: a forgery squatting the key does not.
  return events.some((e) => (e.id === act.event.id ? (act.loose ? isLikeTheEvent(e, act.event) : isTheEvent(e, act.event)) : e.id === repair || (Date.parse(e.at) === at && act.sameKind(e) && vouches(e.author, e.by))));
}

/** Under a loose act's id: the same target, action, person and time, written by that person (its detail is not rebuilt). */
function isLikeTheEvent(stored: AuditEvent, event: AuditEvent): boolean {
  return stored.target === event.target && stored.action === event.action && stored.by.toLowerCase() === event.by.toLowerCase() && Date.parse(stored.at) === Date.parse(event.at) && (!stored.author || vouches(stored.author, event.by));
}

/**
 * Writes the act's event if it is not on record yet: in its author's name when they are the one
 * acting, otherwise as a repair in the actor's name. One read first; an id already taken by
 * something else is still a conflict (checkExisting), never taken as done.
 */
export async function ensureAudited(store: Pick<CaseStore, "appendAudit" | "auditFor">, act: Act, actingAs: string, now: IsoInstant): Promise<void> {
  const events = await store.auditFor(act.event.target);
  const same = events.find((e) => e.id === act.event.id);
  // A correction's own event its corrector's reconcile wrote from the record (contactAct's loose act) is that event.
  const written = same && act.event.target.startsWith("contact:") && isLikeTheEvent(same, act.event) && same.author && vouches(same.author, act.event.by);
  if (same && !written) return checkExisting(same, act.event);
  if (same) return;
  if (isRecorded(events, act)) return;
  if (actingAs.toLowerCase() === act.event.by.toLowerCase()) return store.appendAudit(act.event);
  await store.appendAudit(repairEvent(act, actingAs, now, `${actingAs} wrote this when finishing it`));
}
