import { checkAlertAction, describeAlertOutcome, type AlertAction, type AlertOutcome } from "../policy/alerts/action";
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
  const { action } = checked;
  await input.store.recordAlertAction(action);
  await input.store.appendAudit({
    id: `alert-action:${action.id}`,
    target: `contact:${action.internetMessageId}`,
    action: `alert ${action.outcome.kind}`,
    by: action.by,
    at: action.at,
    detail: `${describeAlertOutcome(action.outcome)} (alerts: ${action.alertKinds.join(", ")})`,
  });
  return checked;
}

/** What has been done about a message's alerts, oldest first: shown when the caseworker returns to it. */
export function loadAlertActions(store: Pick<CaseStore, "alertActionsFor">, internetMessageId: string): Promise<AlertAction[]> {
  return store.alertActionsFor(internetMessageId);
}
