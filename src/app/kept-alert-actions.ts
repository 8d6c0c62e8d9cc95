import { checkAlertAction, type AlertAction } from "../policy/alerts/action";
import type { EscalationTargets } from "../policy/alerts/escalation";
import type { Preferences } from "../outlook/preferences";
import { actOnAlerts, type AlertActionResult } from "./alert-action";

/**
 * What was done about an alert while the records could not be reached (the pane could not start: SharePoint or sign-in
 * not answering): kept in the person's own Outlook settings (roaming settings: they follow them to another computer,
 * and a reload loses nothing), and recorded once the pane starts — with the same id, so a second attempt, or a record
 * that landed before the answer was lost, is stored once (src/app/alert-action.ts). Until then the pane says it is
 * waiting to be recorded, never "recorded". Warwickshire 6: staff "inform their manager … and ensure details are
 * recorded"; Gwent 9.0 "The OPCC will record all decisions".
 */
export const KEPT_ALERT_ACTIONS = "alertActionsWaiting";

export interface KeptAlertAction {
  action: AlertAction;
  /** The message's subject, to name it when it is recorded (or refused) on another message's screen. */
  subject: string;
  /** Set when the records refused it once reachable (e.g. "Escalated to" names no one the office knows): kept to be said. */
  refused?: string;
}

export function keptAlertActions(preferences: Preferences): KeptAlertAction[] {
  const kept = preferences.get<KeptAlertAction[]>(KEPT_ALERT_ACTIONS);
  return Array.isArray(kept) ? kept : [];
}

/** The actions on one message that wait to be recorded. */
export const keptFor = (preferences: Preferences, internetMessageId: string) =>
  keptAlertActions(preferences).filter((k) => k.action.internetMessageId === internetMessageId && !k.refused);

/**
 * Keeps an action taken during the outage: checked first as far as it can be without the records (a police reference,
 * a reason, someone named), so a refusal is said now; kept once per id. Rejects when Outlook cannot save the setting.
 */
export async function keepAlertAction(preferences: Preferences, action: AlertAction, subject: string, office?: EscalationTargets): Promise<AlertActionResult> {
  const checked = checkAlertAction(action, office ? { office } : {});
  if (!checked.ok) return checked;
  const others = keptAlertActions(preferences).filter((k) => k.action.id !== action.id);
  await preferences.set(KEPT_ALERT_ACTIONS, [...others, { action: checked.action, subject }]);
  return checked;
}

export interface KeptOutcome {
  recorded: KeptAlertAction[];
  refused: KeptAlertAction[];
  /** Why the rest are still waiting (the records failed again), if they are. */
  failed?: string;
}

/**
 * Records every kept action through `record` (actOnAlerts with the kept id), oldest first, and keeps only what is not
 * recorded: a refusal stays, marked, until the person has read it (`forgetRefused`); a failure stops the run and
 * leaves the rest waiting for the next start.
 */
export async function recordKept(preferences: Preferences, record: (kept: KeptAlertAction) => Promise<AlertActionResult>, describe: (error: unknown) => string): Promise<KeptOutcome> {
  const waiting = keptAlertActions(preferences).filter((k) => !k.refused);
  const outcome: KeptOutcome = { recorded: [], refused: [] };
  for (const kept of waiting) {
    try {
      const result = await record(kept);
      if (result.ok) outcome.recorded.push(kept);
      else outcome.refused.push({ ...kept, refused: result.message });
    } catch (error) {
      outcome.failed = describe(error);
      break;
    }
  }
  if (outcome.recorded.length + outcome.refused.length === 0) return outcome;
  const done = new Set(outcome.recorded.map((k) => k.action.id));
  const refused = new Map(outcome.refused.map((k) => [k.action.id, k]));
  await preferences.set(
    KEPT_ALERT_ACTIONS,
    keptAlertActions(preferences).filter((k) => !done.has(k.action.id)).map((k) => refused.get(k.action.id) ?? k),
  );
  return outcome;
}

/**
 * Records one kept action as the pane does once the records answer: under the id it was kept with, at `now` (SharePoint's
 * time and `at`), with when the person acted (`actedAt`: the time it was kept) — so it reads "done on … while the records
 * could not be reached, recorded on …", not as done when Graph answered.
 */
export const recordKeptAction =
  (store: Parameters<typeof actOnAlerts>[0]["store"], office: EscalationTargets | undefined, now: () => Date) =>
  ({ action }: KeptAlertAction): Promise<AlertActionResult> =>
    actOnAlerts({ store, ...(office ? { office } : {}), id: action.id, internetMessageId: action.internetMessageId, senderAddress: action.senderAddress, alertKinds: action.alertKinds, outcome: action.outcome, by: action.by, now: now(), actedAt: action.at, ...(action.message ? { message: action.message } : {}) });

/** Forgets refused actions once the person has read what was refused (they record them again on the message). */
export async function forgetRefused(preferences: Preferences): Promise<void> {
  await preferences.set(KEPT_ALERT_ACTIONS, keptAlertActions(preferences).filter((k) => !k.refused));
}
