import type { KeptAlertAction, KeptOutcome } from "../../app/kept-alert-actions";
import { describeAlertOutcome } from "../../policy/alerts/action";
import { Notice } from "./Notice";

const line = ({ action, subject }: KeptAlertAction) => `“${subject}”: ${describeAlertOutcome(action.outcome).replace(/[.!?]$/, "")} (done at ${action.at.slice(11, 16)} UTC)`;

/** What was done about alerts during a start-up outage: recorded now, refused by the records, or still waiting. */
export function KeptActionsNotice({ outcome, onDismiss }: { outcome: KeptOutcome | undefined; onDismiss: () => void }) {
  if (!outcome) return null;
  const { recorded, refused, failed } = outcome;
  return (
    <div data-testid="kept-alert-actions">
      {recorded.length > 0 && (
        <Notice intent="success" title="Recorded now: what you did about alerts while the records could not be reached" onDismiss={onDismiss}>
          <ul>
            {recorded.map((k) => (
              <li key={k.action.id}>{line(k)}</li>
            ))}
          </ul>
        </Notice>
      )}
      {refused.length > 0 && (
        <Notice intent="error" title="NOT recorded: the records refused what you did about an alert during the outage" onDismiss={onDismiss}>
          <ul>
            {refused.map((k) => (
              <li key={k.action.id}>
                {line(k)} — {k.refused} Select that message and record it again.
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {failed && (
        <Notice intent="warning" title="Still waiting to be recorded">
          What you did about alerts while the records could not be reached is kept in your Outlook settings and is NOT on the record yet ({failed}). The pane tries again
          each time it opens.
        </Notice>
      )}
    </div>
  );
}
