import { checkAlertAction, type AlertAction, type AlertOutcome } from "../policy/alerts/action";
import { alertActionEvent, checkAlertActions, type AlertActionEntry } from "./alert-record";
import type { AlertKind } from "../policy/alerts/types";
import type { Refusal } from "../policy/strategy";
import type { CaseStore } from "../store/port";

export type AlertActionResult = { ok: true; action: AlertAction } | Refusal;

/**
 * Records what a caseworker did about a message's alerts, then audits it (Warwickshire 7.2:
 * contact is reviewed for criminal matters and safeguarding issues whatever the strategy;
 * Gwent 9.0 "The OPCC will record all decisions"). A refusal (no one named, no police
 * reference, no reason for "no action") writes nothing. Both writes are idempotent on the
 * action's id, which the caller keeps across retries: after a failure, sending the same
 * action again completes it without a duplicate, so nothing is half-written silently.
 */
export async function actOnAlerts(input: {
  store: Pick<CaseStore, "recordAlertAction" | "appendAudit">;
  /** Chosen once per action by the caller and reused when retrying. */
  id: string;
  internetMessageId: string;
  senderAddress: string;
  alertKinds: AlertKind[];
  outcome: AlertOutcome;
  by: string;
  now: Date;
}): Promise<AlertActionResult> {
  const checked = checkAlertAction({
    id: input.id,
    internetMessageId: input.internetMessageId,
    senderAddress: input.senderAddress,
    alertKinds: input.alertKinds,
    outcome: input.outcome,
    by: input.by,
    at: input.now.toISOString(),
  });
  if (!checked.ok) return checked;
  // A retry gets the action as first stored (its time included), so its audit event matches it.
  const action = await input.store.recordAlertAction(checked.action);
  await input.store.appendAudit(alertActionEvent(action));
  return { ok: true, action };
}

/**
 * What has been done about a message's alerts, oldest first, each checked against SharePoint's
 * own record of it and against its audit event (src/app/alert-record.ts): shown when the
 * caseworker returns to it, with a forged, changed or removed action said to be so. The events
 * are read first: an action is written before its event.
 */
export async function loadAlertActions(store: Pick<CaseStore, "alertActionsFor" | "auditFor">, internetMessageId: string): Promise<AlertActionEntry[]> {
  const events = await store.auditFor(`contact:${internetMessageId}`);
  return checkAlertActions(await store.alertActionsFor(internetMessageId), events);
}
