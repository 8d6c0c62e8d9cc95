import { checkAlertAction, type AlertAction, type AlertOutcome, type SetAsideMessage } from "../policy/alerts/action";
import type { EscalationTargets } from "../policy/alerts/escalation";
import { alertActionEvent, checkAlertActions, CLOCK_SKEW_MS, type AlertActionEntry } from "./alert-record";
import { NOBODY_PURGES, removedByRetention, RETENTION_ITEMS, type MayPurge } from "./records/retention-items";
import type { AlertKind } from "../policy/alerts/types";
import type { Refusal } from "../policy/strategy";
import type { CaseStore } from "../store/port";
import { REVIEW_ALL_CONTACT } from "../policy/alerts/refs";

export type AlertActionResult = { ok: true; action: AlertAction } | Refusal;

/**
 * Records what a caseworker did about a message's alerts, then audits it (Warwickshire 7.2:
 * contact is reviewed for criminal matters and safeguarding issues whatever the strategy;
 * Gwent 9.0 "The OPCC will record all decisions"). A refusal (no one named, no police
 * reference, no reason for "no action", or "no action" after it was escalated or reported) writes nothing. Both writes are idempotent on the
 * action's id, which the caller keeps across retries: after a failure, sending the same
 * action again completes it without a duplicate, so nothing is half-written silently.
 */
export async function actOnAlerts(input: {
  store: Pick<CaseStore, "recordAlertAction" | "appendAudit" | "alertActionsFor">;
  /** Who an escalation may name: the office's staff and roles (src/policy/alerts/escalation.ts). */
  office?: EscalationTargets;
  /** Chosen once per action by the caller and reused when retrying. */
  id: string;
  internetMessageId: string;
  senderAddress: string;
  alertKinds: AlertKind[];
  outcome: AlertOutcome;
  by: string;
  now: Date;
  /** When the person acted, if before now (kept during an outage): recorded as theirs beside `at`; a time after now is not kept. */
  actedAt?: string;
  /** The message as read, kept with a "no action needed" only: what the authoriser reviewing the set-aside is shown. */
  message?: SetAsideMessage;
}): Promise<AlertActionResult> {
  // A confirmation or overturning is the authoriser's, written only by reviewSetAside after its checks (T8 #8): from here
  // a caseworker's would be written and audited, yet never count.
  if (input.outcome.kind === "setAsideReviewed") return { ok: false, code: "notAuthoriser", message: "Only the authoriser confirms or overturns a set-aside, from the Approvals tab.", policyRef: REVIEW_ALL_CONTACT };
  return recordAlertAction(input);
}

/** actOnAlerts' checks and writes, for any outcome: reviewSetAside calls it once it has checked the reviewer. */
export async function recordAlertAction(input: Parameters<typeof actOnAlerts>[0]): Promise<AlertActionResult> {
  // "No action" after the alert was escalated or reported to the police would contradict the record: read what was done first.
  // "Dealt with as a new matter" answers only a new-matter alert: once the message has actions on record, the kinds they
  // recorded are the message's, not what this writer names (T8 #4: "new-matter" named on a message that raised only a risk to life).
  const reads = input.outcome.kind === "noActionNeeded" || input.outcome.kind === "dealtWithAsNewMatter";
  const before = reads ? (await input.store.alertActionsFor(input.internetMessageId)).filter((a) => a.id !== input.id) : [];
  const earlier = before.map((a) => a.outcome);
  const recordedKinds = before.length ? { alertKinds: [...new Set(before.flatMap((a) => a.alertKinds))] } : {};
  const asked = { id: input.id, internetMessageId: input.internetMessageId, senderAddress: input.senderAddress, alertKinds: input.alertKinds, outcome: input.outcome, by: input.by, at: input.now.toISOString(), ...(input.actedAt && Date.parse(input.actedAt) < input.now.getTime() ? { actedAt: new Date(input.actedAt).toISOString() } : {}), ...(input.message && input.outcome.kind === "noActionNeeded" ? { message: input.message } : {}) };
  const checked = checkAlertAction(asked, { earlier, ...recordedKinds, ...(input.office ? { office: input.office } : {}) });
  if (!checked.ok) return checked;
  // A retry gets the action as first stored (its time and item included), so its audit event matches it.
  const { item, ...action } = await input.store.recordAlertAction(checked.action);
  await input.store.appendAudit(alertActionEvent({ ...action, ...(item ? { item } : {}) }));
  return { ok: true, action };
}

/**
 * What has been done about a message's alerts, in the order SharePoint recorded it, each checked against SharePoint's
 * own record of it and against its audit event (src/app/alert-record.ts): shown when the caseworker returns to it, with
 * a forged, changed, misdated or removed action said to be so, an event for an action that never existed said to be
 * forged — and any AlertActions item deleted since the message arrived that nothing accounts for (retention's are
 * recorded: src/app/records/retention-items.ts), since it may have been about this message. The events are read
 * first: an action is written before its event.
 */
export async function loadAlertActions(
  store: Pick<CaseStore, "alertActionsFor" | "auditFor" | "auditForTargets" | "alertActionItems">,
  internetMessageId: string,
  receivedAt?: string,
  /** Whose retention records count (`mayPurgeIn(pack, roster)`); without it, none: every missing action may have been this one. */
  mayPurge: MayPurge = NOBODY_PURGES,
  /** Who an escalation may name (escalationTargets): with it, one naming no one the office knows is doubted. */
  office?: EscalationTargets,
): Promise<AlertActionEntry[]> {
  const [events, retention] = await store.auditForTargets([`contact:${internetMessageId}`, RETENTION_ITEMS]);
  const [actions, items] = await Promise.all([store.alertActionsFor(internetMessageId), store.alertActionItems()]);
  const entries = checkAlertActions(actions, events!, { items, retained: removedByRetention(retention!, "alertActions", items, mayPurge) }, office);
  // A deletion that ended before the message arrived cannot have been about it.
  const after = receivedAt ? Date.parse(receivedAt) - CLOCK_SKEW_MS : -Infinity;
  return entries.filter((e) => e.kind !== "deleted" || !e.gap.before || Date.parse(e.gap.before) >= after);
}
