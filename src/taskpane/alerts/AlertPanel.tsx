import { Caption1, Subtitle2, useId } from "@fluentui/react-components";
import type { AlertActionResult } from "../../app/alert-action";
import type { AlertActionEntry } from "../../app/alert-record";
import { describeAlertOutcome, type AlertAction, type AlertOutcome } from "../../policy/alerts/action";
import type { Alert } from "../../policy/alerts/types";
import type { SetAsides } from "./AlertActionList";
import type { PolicyPack } from "../../policy/packs/schema";
import { AlertActionForm } from "./AlertActionForm";
import { AlertActionList } from "./AlertActionList";
import { AlertBar } from "./AlertBar";
import { evidenceOnce } from "../review/evidence-once";
import { useAlertStyles } from "./alerts.styles";

export type AlertActions = { state: "loading" } | { state: "loaded"; actions: AlertActionEntry[] } | { state: "failed"; message: string };

/**
 * The message's alerts, above everything else in the pane (Warwickshire 7.2: reviewed
 * "irrespective of any contact strategy"), what has already been done about them (so a
 * caseworker returning to the message sees it), and the form to record what was done now.
 */
export function AlertPanel({
  alerts,
  subject,
  body,
  actions,
  onAct,
  pack,
  keeping = false,
  done,
  confirmBy,
  setAsides,
  waiting = [],
  hidden,
}: {
  alerts: readonly Alert[];
  subject: string;
  body: string;
  actions: AlertActions;
  /** Absent where nothing can be recorded (the pane could not start): the panel says so instead of offering the form. */
  onAct?: ((id: string, outcome: AlertOutcome) => Promise<AlertActionResult>) | undefined;
  /** `onAct` keeps what is entered until the records can be reached (the pane could not start), rather than recording it. */
  keeping?: boolean | undefined;
  pack: PolicyPack;
  done?: "escalated" | "reportedToPolice" | undefined;
  confirmBy?: string | undefined;
  /** What became of each "no action needed" (src/policy/alerts/set-aside.ts). */
  setAsides?: SetAsides | undefined;
  /** Done during a start-up outage and kept until the records can be reached: the form keeps, not records. */
  waiting?: readonly AlertAction[] | undefined;
  /** The message's hidden passages, once read (src/policy/text/hidden). */
  hidden?: readonly string[] | undefined;
}) {
  const styles = useAlertStyles();
  const doneId = useId("alert-done-heading");
  // Two alerts raised by the same words quote them once, in the first.
  const once = evidenceOnce(alerts, []).alerts;
  return (
    <section className={styles.panel} aria-label="Alerts" data-testid="alerts">
      {alerts.map((alert, i) => (
        <AlertBar key={alert.kind} alert={alert} shown={once[i]!} subject={subject} body={body} pack={pack} hidden={hidden} />
      ))}
      <section aria-labelledby={doneId} data-testid="alert-actions">
        <Subtitle2 as="h2" id={doneId}>
          Already done
        </Subtitle2>
        {actions.state === "loading" && <Caption1 className={styles.line}>Reading what has been done…</Caption1>}
        {actions.state === "failed" && (
          <Caption1 className={styles.line} role="status">
            What has been done could not be read ({actions.message}). Check with your manager before acting again.
          </Caption1>
        )}
        {actions.state === "loaded" && actions.actions.length === 0 && <Caption1 className={styles.line}>Nothing recorded yet.</Caption1>}
        {actions.state === "loaded" && actions.actions.length > 0 && <AlertActionList entries={actions.actions} setAsides={setAsides} />}
        {waiting.length > 0 && (
          <ul className={styles.line} aria-label="Waiting to be recorded" data-testid="alert-actions-waiting">
            {waiting.map((w) => (
              <li key={w.id}>
                <Caption1>
                  Waiting to be recorded: {describeAlertOutcome(w.outcome)} (done at {w.at.slice(11, 16)} UTC; kept in your Outlook settings, not yet on the record)
                </Caption1>
              </li>
            ))}
          </ul>
        )}
        {setAsides && [...setAsides.states.values()].some((s) => s.state === "awaiting" || s.state === "overturned") && (
          <Caption1 className={styles.line} role="status" data-testid="alert-open">
            {[...setAsides.states.values()].some((s) => s.state === "overturned") ? "The alert is open: a manager overturned the set-aside. Act on it." : `The alert is open: it was set aside, but that is not yet confirmed by a manager (the ${pack.authoriser.title}).`}
          </Caption1>
        )}
      </section>
      {onAct ? (
        <AlertActionForm onAct={onAct} done={done} confirmBy={confirmBy} keeping={keeping} newMatter={alerts.some((a) => a.kind === "new-matter")} />
      ) : (
        <Caption1 className={styles.line} data-testid="alert-not-recordable">
          What you do cannot be recorded here until the pane can reach the records: act on the alert now, note what you did and when, and record it on this message later.
        </Caption1>
      )}
    </section>
  );
}
