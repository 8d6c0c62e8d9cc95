import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { auditWords } from "../../app/records/intent";
import { actWords } from "../../app/strategy/step-words";
import type { AuditEvent } from "../../store/port";
import type { StrategyDetail } from "../../app/strategy/read";
import { longDate, longTime } from "../../policy/calendar";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The person an event names, by the name SharePoint gives its author when that is who it names, else as written. */
const who = (e: AuditEvent) => (e.author?.displayName && e.author.upn?.toLowerCase() === e.by.toLowerCase() ? e.author.displayName : e.by);

const day = (at: string) => (at ? longDate(at.slice(0, 10)) : "(no date)");
/** When an event was recorded, to the minute (UK time), as each letter's line says it: two on one day are told apart. */
const when = (at: string) => (at ? longTime(at) : "(no date)");

/**
 * Everything done to the strategy: decisions (with the author SharePoint recorded), the audit
 * trail (where SharePoint's author differs from the name written, both are shown), breaches and
 * disputes.
 */
export function History({ detail }: { detail: StrategyDetail }) {
  const styles = useStyles();
  const { decisions, audit, breaches, strategy } = detail;
  const refused = new Map(detail.view.refused.map((r) => [r.id, r.message]));
  return (
    <section className={styles.section} aria-labelledby="history-heading" data-testid="strategy-history">
      <Subtitle2 as="h3" id="history-heading">
        History
      </Subtitle2>
      <Caption1>Decisions</Caption1>
      {decisions.length === 0 ? (
        <Caption1>None yet.</Caption1>
      ) : (
        <ul className={styles.list} aria-label="Decisions" data-testid="decisions">
          {decisions.map((d) => (
            <li key={d.id}>
              <Caption1>
                {when(d.recordedAt)} — {actWords(d.kind)} by {d.author.displayName || d.author.upn || "someone unknown"}: {d.rationale}
                {refused.has(d.id) ? ` — does not count: ${refused.get(d.id)}` : ""}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      <Caption1>Breaches</Caption1>
      {breaches.length === 0 ? (
        <Caption1>None recorded.</Caption1>
      ) : (
        <ul className={styles.list} aria-label="Breaches" data-testid="breaches">
          {breaches.map((b) => {
            // A breach is an audit event: named as the trail names its author (T5: not by a bare address).
            const event = audit.find((e) => e.id === b.id);
            return (
              <li key={b.id}>
                <Caption1>
                  {when(b.at)} — {b.what} (logged by {event ? who(event) : b.by})
                </Caption1>
              </li>
            );
          })}
        </ul>
      )}
      {strategy.value.disputes.length > 0 && (
        <>
          <Caption1>Disputes</Caption1>
          <ul className={styles.list} aria-label="Disputes">
            {strategy.value.disputes.map((d, i) => (
              <li key={i}>
                <Caption1>
                  {day(d.raisedOn)} — {d.summary}
                  {d.outcome ? ` → ${d.outcome.result} by ${d.outcome.decidedBy}: ${d.outcome.rationale}` : " → waiting for a decision"}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      <Caption1>Audit trail</Caption1>
      <ul className={styles.list} aria-label="Audit trail" data-testid="audit">
        {audit.map((e) => {
          const author = e.author?.upn ?? e.author?.displayName;
          // SharePoint's author names the person when it is the one the event names; otherwise the event's own words.
          const words = auditWords(e);
          return (
            <li key={e.id}>
              <Caption1>
                {when(e.at)} — {words.action} by {who(e)}
                {author && author.toLowerCase() !== e.by.toLowerCase() ? ` (recorded by ${author})` : ""}
                {words.detail ? `: ${words.detail}` : ""}
                {e.unreadable ? ` — unreadable, added outside the add-in; it counts for nothing (${e.unreadable})` : ""}
              </Caption1>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
