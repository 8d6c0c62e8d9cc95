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

/**
 * Whether an event under a repair id is the add-in's write-up of the act: its action "(written later)", on its target, in its
 * writer's own name as SharePoint says, unchanged and readable. Anything else under that id is someone else's item squatting it
 * (a note, or a write-up in another's name): it records nothing (T16-1) and records verify names it (idTaken).
 */
export function isWriteUp(e: AuditEvent, act: { event: Pick<AuditEvent, "target" | "action"> }): boolean {
  return e.target === act.event.target && e.action === `${act.event.action} (written later)` && !e.edited && !e.unreadable && vouches(e.author, e.by);
}

/**
 * The ids a write-up of the act may take: its repair id, or — when someone else's item holds that id (EventKey is unique, and
 * any caseworker may add to AuditTrail) — the repair id with its writer's sign-in address after it.
 */
export function isWriteUpId(id: string, act: Pick<Act, "kind"> & { event: Pick<AuditEvent, "target" | "at"> }): boolean {
  const repair = repairId(act);
  return id === repair || id.startsWith(`${repair}:`);
}

export function repairEvent(act: Act, by: string, now: IsoInstant, how: string, taken: readonly AuditEvent[] = []): AuditEvent {
  const { event } = act;
  const squatted = taken.some((e) => e.id === repairId(act));
  return {
    id: squatted ? `${repairId(act)}:${by.toLowerCase()}` : repairId(act),
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
  // An event under the act's own id counts only if it is that event, written by its author; one under a write-up's id only if it
  // is the write-up (isWriteUp): a forgery or a note squatting either key does not (T16-1, T16-7).
  return events.some((e) => (e.id === act.event.id ? (act.loose ? isLikeTheEvent(e, act.event) : isTheEvent(e, act.event)) : isWriteUpId(e.id, act) ? isWriteUp(e, act) : Date.parse(e.at) === at && act.sameKind(e) && vouches(e.author, e.by)));
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
  if (same && !written && !act.event.target.startsWith("contact:")) return checkExisting(same, act.event);
  if (same && written) return;
  if (isRecorded(events, act)) return;
  // A correction's own id taken by someone else's item (T16-7): its event is written up under the repair id instead.
  if (!same && actingAs.toLowerCase() === act.event.by.toLowerCase()) return store.appendAudit(act.event);
  await writeUp(store, events, repairEvent(act, actingAs, now, `${actingAs} wrote this when finishing it`, events));
}

/**
 * Appends a write-up unless someone else's item already holds the id it would take (its repair id and its writer's: both
 * squatted). Then nothing can be written — SharePoint keeps one item per EventKey — and records verify names the items
 * holding them (idTaken); a conflict thrown here would stop every start and every reconcile until someone deleted them.
 */
export async function writeUp(store: Pick<CaseStore, "appendAudit">, events: readonly AuditEvent[], event: AuditEvent): Promise<boolean> {
  if (events.some((e) => e.id === event.id)) return false;
  await store.appendAudit(event);
  return true;
}
