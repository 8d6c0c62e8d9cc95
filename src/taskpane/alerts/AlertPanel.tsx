import { Caption1, Subtitle2, useId } from "@fluentui/react-components";
import type { AlertActionResult } from "../../app/alert-action";
import type { AlertActionEntry } from "../../app/alert-record";
import type { AlertOutcome } from "../../policy/alerts/action";
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
  done,
  confirmBy,
  setAsides,
}: {
  alerts: readonly Alert[];
  subject: string;
  body: string;
  actions: AlertActions;
  /** Absent where nothing can be recorded (the pane could not start): the panel says so instead of offering the form. */
  onAct?: ((id: string, outcome: AlertOutcome) => Promise<AlertActionResult>) | undefined;
  pack: PolicyPack;
  done?: "escalated" | "reportedToPolice" | undefined;
  confirmBy?: string | undefined;
  /** What became of each "no action needed" (src/policy/alerts/set-aside.ts). */
  setAsides?: SetAsides | undefined;
}) {
  const styles = useAlertStyles();
  const doneId = useId("alert-done-heading");
  // Two alerts raised by the same words quote them once, in the first.
  const once = evidenceOnce(alerts, []).alerts;
  return (
    <section className={styles.panel} aria-label="Alerts" data-testid="alerts">
      {alerts.map((alert, i) => (
        <AlertBar key={alert.kind} alert={alert} shown={once[i]!} subject={subject} body={body} pack={pack} />
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
        {setAsides && [...setAsides.states.values()].some((s) => s.state === "awaiting" || s.state === "overturned") && (
          <Caption1 className={styles.line} role="status" data-testid="alert-open">
            {[...setAsides.states.values()].some((s) => s.state === "overturned") ? "The alert is open: a manager overturned the set-aside. Act on it." : `The alert is open: it was set aside, but that is not yet confirmed by a manager (the ${pack.authoriser.title}).`}
          </Caption1>
        )}
      </section>
      {onAct ? (
        <AlertActionForm onAct={onAct} done={done} confirmBy={confirmBy} />
      ) : (
        <Caption1 className={styles.line} data-testid="alert-not-recordable">
          What you do cannot be recorded here until the pane can reach the records: act on the alert now, note what you did and when, and record it on this message later.
        </Caption1>
      )}
    </section>
  );
}
