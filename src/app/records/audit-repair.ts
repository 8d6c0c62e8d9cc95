import { checkExisting, isTheEvent, vouches } from "../../store/audit-chain";
import { StoreError, type AuditEvent, type CaseStore } from "../../store/port";
import type { IsoInstant } from "../../policy/strategy";
import { isWriteUpIdOf, repairId as repairIdOf } from "../../policy/write-up-ids";

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

const WRITTEN_LATER = " (written later)";

export function repairId(act: Pick<Act, "kind"> & { event: Pick<AuditEvent, "target" | "at"> }): string {
  return repairIdOf(act.event.target, act.event.at, act.kind);
}

/** A write-up as the add-in writes one, of whatever act: its action "(written later)", unchanged, readable, in its writer's own SharePoint name. */
export function isSoundWriteUp(e: AuditEvent): boolean {
  return e.action.endsWith(WRITTEN_LATER) && !e.edited && !e.unreadable && vouches(e.author, e.by);
}

/**
 * Whether an event under a repair id is the add-in's write-up of the act: its action "(written later)", on its target, in its
 * writer's own name as SharePoint says, unchanged and readable. Anything else under that id is someone else's item squatting it
 * (a note, or a write-up in another's name): it records nothing (T16-1) and records verify names it (idTaken).
 */
export function isWriteUp(e: AuditEvent, act: { event: Pick<AuditEvent, "target" | "action"> }): boolean {
  return e.target === act.event.target && e.action === `${act.event.action}${WRITTEN_LATER}` && isSoundWriteUp(e);
}

/**
 * The ids a write-up of the act may take: its repair id, or — when someone else's item holds that id (EventKey is unique, and
 * any caseworker may add to AuditTrail) — the repair id with its writer's sign-in address after it.
 */
export function isWriteUpId(id: string, act: Pick<Act, "kind"> & { event: Pick<AuditEvent, "target" | "at"> }): boolean {
  return isWriteUpIdOf(id, act.event.target, act.event.at, act.kind);
}

/** The ids a write-up of the act by this writer may take, in order (isWriteUpId). */
function writeUpIds(act: Act, by: string): string[] {
  return [repairId(act), `${repairId(act)}:${by.toLowerCase()}`];
}

export function repairEvent(act: Act, by: string, now: IsoInstant, how: string, taken: readonly AuditEvent[] = []): AuditEvent {
  const { event } = act;
  const [first, second] = writeUpIds(act, by);
  return {
    id: taken.some((e) => e.id === first) ? second! : first!,
    target: event.target,
    action: `${event.action}${WRITTEN_LATER}`,
    by,
    at: now,
    detail: `${event.detail} — ${act.begun ?? `done by ${event.by} at ${event.at}`}; its audit event was missing and ${how}.`,
    // A correction's record as it left it: its corrector's own write-up is her event to the pane after a touch, as her own is (T17-2).
    ...(event.recordDigest ? { recordDigest: event.recordDigest } : {}),
  };
}

/**
 * Whether the target's events record the act: its own event, a repair of it, or an event of its kind at its time. To a
 * correction's corrector finishing it (`actingAs`), only what she wrote herself: the pane knows her correction after
 * someone touches its item by her own event, so a write-up or a same-time event in anyone else's name — a colleague's, or
 * one added through Graph to stop hers being written — does not stand in for it (T17-1, T17-3).
 */
export function isRecorded(events: readonly AuditEvent[], act: Act, actingAs?: string): boolean {
  if (actingAs && act.loose && actingAs.toLowerCase() === act.event.by.toLowerCase()) return isRecorded(events.filter((e) => vouches(e.author, actingAs)), act);
  const at = Date.parse(act.event.at);
  // An event under the act's own id counts only if it is that event, written by its author; one under a write-up's id only if it
  // is the write-up (isWriteUp): a forgery or a note squatting either key does not (T16-1, T16-7), nor an item that cannot be
  // read or is filed under another key than the event it holds (T17-9).
  return events.some((e) =>
    e.unreadable ? false : e.id === act.event.id ? (act.loose ? isLikeTheEvent(e, act.event) : isTheEvent(e, act.event)) : isWriteUpId(e.id, act) ? isWriteUp(e, act) : Date.parse(e.at) === at && act.sameKind(e) && vouches(e.author, e.by),
  );
}

/** Under a loose act's id: the same target, action, person and time, written by that person (its detail is not rebuilt). */
function isLikeTheEvent(stored: AuditEvent, event: AuditEvent): boolean {
  return !stored.unreadable && stored.target === event.target && stored.action === event.action && stored.by.toLowerCase() === event.by.toLowerCase() && Date.parse(stored.at) === Date.parse(event.at) && (!stored.author || vouches(stored.author, event.by));
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
  if (isRecorded(events, act, actingAs)) return;
  const how = `${actingAs} wrote this when finishing it`;
  // A contact's own id taken by someone else's item (T16-7, T17-9): its event is written up under the repair id instead.
  if (!same && actingAs.toLowerCase() === act.event.by.toLowerCase()) return void (await ownEvent(store, act, actingAs, now, how));
  await writeUp(store, events, act, actingAs, now, how);
}

/**
 * The act's own event, written by its author; when someone else's item holds its id unseen (filed under another record, or
 * written since the trail was read) — SharePoint keeps one item per EventKey — its write-up in the author's name instead
 * (T17-6), never a conflict that stops the act or every reconcile after it. False when nothing records the act after it.
 */
export async function ownEvent(store: Pick<CaseStore, "appendAudit" | "auditFor">, act: Act, by: string, now: IsoInstant, how: string): Promise<boolean> {
  try {
    await store.appendAudit(act.event);
    return true;
  } catch (error) {
    if (!isKeyTaken(error)) throw error;
    return writeUp(store, await store.auditFor(act.event.target), act, by, now, how);
  }
}

/**
 * Writes the act's write-up under the first id free of those it may take (its repair id, then that with its writer's
 * address after it): one someone else's item holds — seen on the trail, or found only when SharePoint refuses the key
 * (an item filed under another record, T17-9) — is passed over; a colleague's write-up of the act found there (two panes
 * repairing at once, T17-11) is the act recorded. When every id is held nothing can be written — SharePoint keeps one
 * item per EventKey — and records verify names the items holding them (idTaken); a conflict thrown here would stop every
 * start and every reconcile until someone deleted them. True when the act is on record after it (written now, or a
 * colleague's write-up found), false when every id is held.
 */
export async function writeUp(store: Pick<CaseStore, "appendAudit" | "auditFor">, events: readonly AuditEvent[], act: Act, by: string, now: IsoInstant, how: string): Promise<boolean> {
  for (const id of writeUpIds(act, by)) {
    if (events.some((e) => e.id === id)) continue;
    try {
      await store.appendAudit({ ...repairEvent(act, by, now, how), id });
      return true;
    } catch (error) {
      if (!isKeyTaken(error)) throw error;
      // Only a write-up of the act under the id refused (a colleague's pane writing it at once, T17-11) is the act recorded; to a
      // corrector finishing her own correction, only her own (isRecorded's actingAs). Any other item on the trail — a same-time
      // "corrected (…)" or a write-up in someone else's name added to stop hers — does not stand in for it (T18-1, T18-1b).
      const held = (await store.auditFor(act.event.target)).filter((e) => e.id === id);
      if (isRecorded(held, act, by)) return true;
    }
  }
  return false;
}

/** The store's refusal of an id another item holds (checkExisting): the item is not this event. */
const isKeyTaken = (error: unknown) => error instanceof StoreError && error.code === "conflict";
