import { checkOutcome, describeAlertOutcome, type AlertAction } from "../policy/alerts/action";
import type { EscalationTargets } from "../policy/alerts/escalation";
import type { Identity } from "../policy/decision";
import type { IsoInstant } from "../policy/strategy";
import { vouches } from "../store/audit-chain";
import { itemGaps, type ItemGap } from "../store/item-gaps";
import type { AuditEvent, ItemStamp, RecordedAlertAction } from "../store/port";

/**
 * Whether what the AlertActions list says was done about an alert is what was recorded. The list
 * is add-only for staff (SharePoint permissions), and every action writes an audit event at the
 * same time (the AuditTrail: add-only, hash-chained per message), so a reader checks each action
 * against SharePoint's own record of its item and against its event — not trusting the client that
 * wrote either, nor the permission that should have stopped a change (Gwent 9.0 "The OPCC will
 * record all decisions"; Warwickshire 7.2).
 */

/**
 * The audit event recording an action: written with it, and what the action is later checked against. It names the
 * action's AlertActions item (SharePoint's id, allocated in order and never reused), so an event for an action that
 * never existed — naming no item, another action's, or one not yet allocated when it was written — is told from one
 * whose action was deleted.
 */
export function alertActionEvent(action: AlertAction & { item?: number }): AuditEvent {
  return {
    id: alertActionEventId(action.id),
    target: `contact:${action.internetMessageId}`,
    action: `alert ${action.outcome.kind}`,
    by: action.by,
    at: action.at,
    detail: `${describeAlertOutcome(action.outcome)} (alerts: ${action.alertKinds.join(", ")}${action.item ? `; AlertActions item ${action.item}` : ""})`,
  };
}

const PREFIX = "alert-action:";
export const alertActionEventId = (actionId: string) => `${PREFIX}${actionId}`;

/** The AlertActions item an action's event names, if it names one. */
export function itemNamed(event: AuditEvent): number | undefined {
  const m = /; AlertActions item (\d+)\)$/.exec(event.detail);
  return m ? Number(m[1]) : undefined;
}

/**
 * Events recorded (SharePoint's time) from this instant name their action's item; one without is not the add-in's.
 * Earlier events named none, and are judged as before: an action missing under one was deleted.
 */
export const ITEMS_NAMED_FROM = "2026-12-04T00:00:00.000Z";

/**
 * How far an action's own time (`at`, the writer's clock) may stand from SharePoint's (`createdDateTime`, the server's)
 * before it is doubted: 10 minutes. Clocks of Windows domain members are kept within Kerberos' 5 minutes of each other;
 * the rest is the round trip and a retry. An action backdated by hours or days is well past it.
 */
export const CLOCK_SKEW_MS = 10 * 60_000;

/** SharePoint gives its times to the second: two of its own times are compared allowing that. */
const SERVER_TICK_MS = 1000;

/** Something a reader cannot take on trust about a recorded action. */
export type AlertActionDoubt =
  /** Written by someone other than the person it names: SharePoint's `createdBy` disagrees with `by`. */
  | { kind: "notByAuthor"; claimed: string; author?: Identity }
  /** Changed after it was written: SharePoint says so, or it no longer says what its audit event recorded. */
  | { kind: "changed"; by?: Identity; at?: IsoInstant }
  /** No audit event records it: its audit write failed, or it was added behind the add-in's back. */
  | { kind: "notAudited" }
  /** Its own time is not when SharePoint recorded it (beyond CLOCK_SKEW_MS): backdated, or dated ahead. */
  | { kind: "misdated"; claimed: IsoInstant; recorded: IsoInstant }
  /** Its audit event names another item: the action first recorded was deleted, and this one added under its key since. */
  | { kind: "replaced"; named: number }
  /** Its JSON is not as the add-in writes it (a list that is not a list, no outcome): what could be read of it is shown. */
  | { kind: "malformed"; why: string }
  /** Its JSON names another action id or message than the item is filed under (added by hand, reusing another's id). */
  | { kind: "misfiled"; id?: string; internetMessageId?: string }
  /** Another item on the message carries the same action id: which is the action recorded cannot be told. */
  | { kind: "duplicateId" }
  /**
   * It lacks what the add-in requires before it writes one (src/policy/alerts/action.ts `checkOutcome`; its refusal's
   * code): escalated to no one the office knows, no police reference, a reason or note that says nothing.
   */
  | { kind: "unchecked"; code: string };

export type AlertActionEntry =
  | { kind: "recorded"; action: RecordedAlertAction; doubts: AlertActionDoubt[] }
  /**
   * The audit trail records an action the AlertActions list no longer holds: it was deleted (the item its event names is
   * missing). `pastNewest`: that item is past the newest in the list, so it was either deleted with those after it or never
   * existed — which, the list cannot yet say.
   */
  | { kind: "removed"; actionId: string; event: AuditEvent; item?: number; pastNewest?: true }
  /** An event for an action that never existed: it names no item, or another action's, or one allocated only after it was written. */
  | { kind: "forged"; actionId: string; event: AuditEvent; why: ForgedWhy }
  /** AlertActions items deleted that no audit event here names and no retention purge lists: what they were is gone. */
  | { kind: "deleted"; gap: ItemGap };

export type ForgedWhy = { kind: "namesNoItem" } | { kind: "anotherAction"; item: number; holds: string } | { kind: "notYetAllocated"; item: number; laterItem: number; laterAt: IsoInstant };

const instant = (at: string) => {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? at : new Date(ms).toISOString();
};

/** Whether the event records the action as it now reads (the event's own integrity is the audit chain's to check). */
const matches = (event: AuditEvent, action: RecordedAlertAction) => {
  const named = itemNamed(event);
  const expected = alertActionEvent(named === undefined ? { ...action, item: undefined } : { ...action, item: named });
  return event.target === expected.target && event.action === expected.action && event.detail === expected.detail && event.by.toLowerCase() === expected.by.toLowerCase() && instant(event.at) === instant(expected.at);
};

/** What the AlertActions list holds, by item id, for telling a deleted action from one that never existed. */
export interface AlertActionLedger {
  /** Every item in AlertActions (readable or not), with SharePoint's time. */
  items: readonly ItemStamp[];
  /** Ids retention recorded before deleting them (src/app/records/retention-items.ts). */
  retained?: ReadonlySet<number>;
}

/**
 * The actions with what a reader should doubt about each, the actions the audit trail records that are gone, the events
 * for actions that never existed, and — with the ledger — the AlertActions items deleted that nothing here names, in
 * SharePoint's order of recording. `events` must have been read before `actions` (an action is written before its
 * event: read the other way, one written between the reads would look removed).
 */
/** What a record written without the add-in lacks, in words (src/policy/alerts/action.ts `checkOutcome`'s refusal codes). */
const UNCHECKED: Readonly<Record<string, string>> = {
  escalatedToWhom: "It names no one it was escalated to",
  escalatedToUnknown: "It names no member of staff the office knows, nor a role, as who it was escalated to",
  escalatedToSelf: "It was escalated to the person who recorded it, which tells no one",
  policeReference: "It gives no police reference",
  newMatterReference: "It gives no reference for the new matter",
  notNewMatter: "It says the message was dealt with as a new matter, but the message raised no new-matter alert",
  reasonRequired: "Its reason says nothing a reviewer could check",
  reasonRestates: "Its reason only says “no action needed” again",
  reviewNoteRequired: "Its note says nothing a reviewer could check",
};

/** "It gives no police reference" for `policeReference`; a code the table does not know, in general words. */
export const uncheckedWords = (code: string): string => (Object.hasOwn(UNCHECKED, code) ? UNCHECKED[code]! : "It lacks what the add-in asks for");

export function checkAlertActions(actions: readonly RecordedAlertAction[], events: readonly AuditEvent[], ledger?: AlertActionLedger, office?: EscalationTargets): AlertActionEntry[] {
  const eventOf = new Map(events.filter((e) => e.id.startsWith(PREFIX)).map((e) => [e.id.slice(PREFIX.length), e]));
  const held = new Map(actions.map((a) => [a.id, a]));
  const atItem = new Map(actions.flatMap((a) => (a.item ? [[a.item, a] as const] : [])));
  const stamps = ledger ? [...ledger.items, ...actions.flatMap((a) => (a.item ? [{ item: a.item, ...(a.recordedAt ? { recordedAt: a.recordedAt } : {}) }] : []))] : actions.flatMap((a) => (a.item ? [{ item: a.item, ...(a.recordedAt ? { recordedAt: a.recordedAt } : {}) }] : []));
  const present = new Map(stamps.map((s) => [s.item, s]));
  const newest = Math.max(0, ...present.keys());
  const seen = new Map<string, number>();
  for (const a of actions) seen.set(a.id, (seen.get(a.id) ?? 0) + 1);
  const recorded: AlertActionEntry[] = actions.map((action) => {
    const doubts: AlertActionDoubt[] = [];
    if (action.malformed) doubts.push({ kind: "malformed", why: action.malformed });
    if (action.misfiled) doubts.push({ kind: "misfiled", ...action.misfiled });
    if ((seen.get(action.id) ?? 0) > 1) doubts.push({ kind: "duplicateId" });
    const refused = action.outcome.kind === "unreadable" ? undefined : checkOutcome(action.outcome, { recordedBy: { upn: action.by, displayName: action.author?.displayName }, alertKinds: action.alertKinds, ...(office ? { office } : {}) });
    if (refused) doubts.push({ kind: "unchecked", code: refused.code });
    if (!vouches(action.author, action.by)) doubts.push({ kind: "notByAuthor", claimed: action.by, ...(action.author ? { author: action.author } : {}) });
    const event = eventOf.get(action.id);
    const named = event && itemNamed(event);
    if (action.edited) doubts.push({ kind: "changed", ...action.edited });
    else if (event && !matches(event, action)) doubts.push({ kind: "changed" });
    if (named !== undefined && action.item !== undefined && named !== action.item) doubts.push({ kind: "replaced", named });
    if (!event) doubts.push({ kind: "notAudited" });
    if (action.recordedAt && Math.abs(Date.parse(action.at) - Date.parse(action.recordedAt)) > CLOCK_SKEW_MS) doubts.push({ kind: "misdated", claimed: action.at, recorded: action.recordedAt });
    return { kind: "recorded", action, doubts };
  });
  const missing: AlertActionEntry[] = [...eventOf.entries()].filter(([id]) => !held.has(id)).map(([actionId, event]) => judgeMissing(actionId, event, { atItem, present, newest }));
  // Items gone that nothing above accounts for: an action deleted together with its audit event.
  const named = new Set(events.flatMap((e) => (e.id.startsWith(PREFIX) ? [itemNamed(e)] : [])).filter((n): n is number => n !== undefined));
  const deleted: AlertActionEntry[] = ledger ? itemGaps(stamps, new Set([...(ledger.retained ?? []), ...named])).map((gap) => ({ kind: "deleted", gap })) : [];
  // SharePoint's times are to the second: ties go by item id, which is SharePoint's order of adding.
  return [...recorded, ...missing, ...deleted].sort((a, b) => timeOf(a).localeCompare(timeOf(b)) || itemOf(a) - itemOf(b));
}

function itemOf(entry: AlertActionEntry): number {
  switch (entry.kind) {
    case "recorded":
      return entry.action.item ?? 0;
    case "removed":
      return entry.item ?? 0;
    case "forged":
      return entry.why.kind === "namesNoItem" ? 0 : entry.why.item;
    case "deleted":
      return entry.gap.from;
  }
}

/** SharePoint's time for an entry where it has one (an action's own `at` is only its writer's word). */
function timeOf(entry: AlertActionEntry): string {
  switch (entry.kind) {
    case "recorded":
      return instant(entry.action.recordedAt ?? entry.action.at);
    case "removed":
    case "forged":
      return instant(entry.event.recordedAt ?? entry.event.at);
    case "deleted":
      return instant(entry.gap.after ?? entry.gap.before ?? "");
  }
}

/** A key as the list holds it against an action id: the same, or — past 255 characters — its first 180 and a hash. */
const sameKey = (stored: string, id: string) => stored === id || (id.length > 255 && stored.startsWith(`${id.slice(0, 180)}#sha256:`));

function judgeMissing(actionId: string, event: AuditEvent, list: { atItem: ReadonlyMap<number, RecordedAlertAction>; present: ReadonlyMap<number, ItemStamp>; newest: number }): AlertActionEntry {
  const item = itemNamed(event);
  if (item === undefined) {
    // Before events named their item, a missing action was a deletion; since, an event naming none is not the add-in's.
    const legacy = !event.recordedAt || event.recordedAt < ITEMS_NAMED_FROM;
    return legacy ? { kind: "removed", actionId, event } : { kind: "forged", actionId, event, why: { kind: "namesNoItem" } };
  }
  const holder = list.atItem.get(item);
  if (holder) return { kind: "forged", actionId, event, why: { kind: "anotherAction", item, holds: holder.id } };
  // The item is there, under another action's key (one on another message, say): the event is not this item's.
  const stamp = list.present.get(item);
  if (stamp?.key !== undefined && !sameKey(stamp.key, actionId)) return { kind: "forged", actionId, event, why: { kind: "anotherAction", item, holds: stamp.key } };
  // Ids are allocated in order: an item below this one added after the event was written means this id did not exist yet.
  // Both times are SharePoint's own (no writer's clock in it): only its rounding to the second is allowed for.
  const written = event.recordedAt ? Date.parse(event.recordedAt) : NaN;
  const later = [...list.present.values()].filter((s) => s.item < item && s.recordedAt && Date.parse(s.recordedAt) > written + SERVER_TICK_MS).sort((a, b) => a.item - b.item)[0];
  if (later) return { kind: "forged", actionId, event, why: { kind: "notYetAllocated", item, laterItem: later.item, laterAt: later.recordedAt! } };
  return { kind: "removed", actionId, event, item, ...(item > list.newest ? { pastNewest: true as const } : {}) };
}
