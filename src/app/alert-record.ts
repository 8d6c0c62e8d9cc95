import { describeAlertOutcome, type AlertAction } from "../policy/alerts/action";
import type { Identity } from "../policy/decision";
import type { IsoInstant } from "../policy/strategy";
import { vouches } from "../store/audit-chain";
import type { AuditEvent, RecordedAlertAction } from "../store/port";

/**
 * Whether what the AlertActions list says was done about an alert is what was recorded. The list
 * is add-only for staff (SharePoint permissions), and every action writes an audit event at the
 * same time (the AuditTrail: add-only, hash-chained per message), so a reader checks each action
 * against SharePoint's own record of its item and against its event — not trusting the client that
 * wrote either, nor the permission that should have stopped a change (Gwent 9.0 "The OPCC will
 * record all decisions"; Warwickshire 7.2).
 */

/** The audit event recording an action: written with it, and what the action is later checked against. */
export function alertActionEvent(action: AlertAction): AuditEvent {
  return {
    id: alertActionEventId(action.id),
    target: `contact:${action.internetMessageId}`,
    action: `alert ${action.outcome.kind}`,
    by: action.by,
    at: action.at,
    detail: `${describeAlertOutcome(action.outcome)} (alerts: ${action.alertKinds.join(", ")})`,
  };
}

const PREFIX = "alert-action:";
export const alertActionEventId = (actionId: string) => `${PREFIX}${actionId}`;

/** Something a reader cannot take on trust about a recorded action. */
export type AlertActionDoubt =
  /** Written by someone other than the person it names: SharePoint's `createdBy` disagrees with `by`. */
  | { kind: "notByAuthor"; claimed: string; author?: Identity }
  /** Changed after it was written: SharePoint says so, or it no longer says what its audit event recorded. */
  | { kind: "changed"; by?: Identity; at?: IsoInstant }
  /** No audit event records it: its audit write failed, or it was added behind the add-in's back. */
  | { kind: "notAudited" };

export type AlertActionEntry =
  | { kind: "recorded"; action: RecordedAlertAction; doubts: AlertActionDoubt[] }
  /** The audit trail records an action the AlertActions list no longer holds: it was deleted. */
  | { kind: "removed"; actionId: string; event: AuditEvent };

const instant = (at: string) => {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? at : new Date(ms).toISOString();
};

/** Whether the event records the action as it now reads (the event's own integrity is the audit chain's to check). */
const matches = (event: AuditEvent, action: AlertAction) => {
  const expected = alertActionEvent(action);
  return event.target === expected.target && event.action === expected.action && event.detail === expected.detail && event.by.toLowerCase() === expected.by.toLowerCase() && instant(event.at) === instant(expected.at);
};

/**
 * The actions with what a reader should doubt about each, and the actions the audit trail records
 * that are gone, oldest first. `events` must have been read before `actions` (an action is written
 * before its event: read the other way, one written between the reads would look removed).
 */
export function checkAlertActions(actions: readonly RecordedAlertAction[], events: readonly AuditEvent[]): AlertActionEntry[] {
  const eventOf = new Map(events.filter((e) => e.id.startsWith(PREFIX)).map((e) => [e.id.slice(PREFIX.length), e]));
  const held = new Set(actions.map((a) => a.id));
  const recorded: AlertActionEntry[] = actions.map((action) => {
    const doubts: AlertActionDoubt[] = [];
    if (!vouches(action.author, action.by)) doubts.push({ kind: "notByAuthor", claimed: action.by, ...(action.author ? { author: action.author } : {}) });
    const event = eventOf.get(action.id);
    if (action.edited) doubts.push({ kind: "changed", ...action.edited });
    else if (event && !matches(event, action)) doubts.push({ kind: "changed" });
    if (!event) doubts.push({ kind: "notAudited" });
    return { kind: "recorded", action, doubts };
  });
  const removed: AlertActionEntry[] = [...eventOf.entries()].filter(([id]) => !held.has(id)).map(([actionId, event]) => ({ kind: "removed", actionId, event }));
  const at = (e: AlertActionEntry) => instant(e.kind === "recorded" ? e.action.at : e.event.at);
  return [...recorded, ...removed].sort((a, b) => at(a).localeCompare(at(b)));
}
