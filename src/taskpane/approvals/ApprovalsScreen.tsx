import { Badge, Link, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { approvalsQueue, type QueueEntry } from "../../app/strategy/read";
import { reviewsDue, type ReviewDue } from "../../app/strategy/reviews";
import { longDate } from "../../policy/calendar";
import type { ContactStrategy } from "../../policy/strategy";
import { describeUnreadable, type UnreadableStrategy } from "../../store/port";
import { describeStoreError } from "../errors";
import { hashOf } from "../route";
import { useDecider, useServices } from "../services";
import { Notice } from "../shared/Notice";
import { useLoad } from "../shared/useLoad";
import { SetAsideQueue } from "./SetAsideQueue";
import { sentBackProposals, type SentBackEntry } from "../../app/strategy/sent-back";
import { SentBackSection } from "../shared/SentBack";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** How far ahead the queue shows reviews coming due. */
const REVIEW_HORIZON_DAYS = 30;

interface Queues {
  waiting: QueueEntry[];
  /** Sent back: out of the queue, awaiting their proposers. */
  sentBack: SentBackEntry[];
  due: ReviewDue[];
  disputes: ContactStrategy[];
  /** Strategy items edited into something unreadable outside the add-in: named, never a reason to show nothing. */
  unreadable: UnreadableStrategy[];
}

/**
 * The authoriser's queue: proposals and strategies brought to review, proposals sent back (awaiting their
 * proposers, so none is lost from sight once it leaves the queue), reviews due and overdue
 * (by the approved review date), and — for the dispute decider — disputes waiting for an outcome.
 * Each links to the strategy's own page (`#strategy/<id>`), which is also the deep link to send.
 */
export default function ApprovalsScreen() {
  const styles = useStyles();
  const { store, pack, roster, now } = useServices();
  const decider = useDecider();
  const [loaded] = useLoad<Queues>(async () => {
    const today = now().toISOString().slice(0, 10);
    const [waiting, due, all, sentBack] = await Promise.all([
      approvalsQueue(store, pack, roster),
      reviewsDue(store, pack, roster, today, REVIEW_HORIZON_DAYS),
      store.listStrategies(),
      sentBackProposals(store),
    ]);
    return { waiting, sentBack, due, disputes: all.map((s) => s.value).filter((s) => s.disputes.some((d) => !d.outcome)), unreadable: all.unreadable ?? [] };
  }, [store, pack, roster, now]);
  if (loaded.state === "loading") return <Spinner size="small" label="Reading what waits for a decision…" />;
  if (loaded.state === "failed") return <Notice intent="error" title="The approvals could not be read">{describeStoreError(loaded.error)}</Notice>;
  const { waiting, sentBack, due, disputes, unreadable } = loaded.value;
  const link = (id: string, text: string) => <Link href={hashOf({ screen: "strategy", id })}>{text}</Link>;
  return (
    <div className={styles.section} data-testid="approvals">
      {unreadable.length > 0 && (
        <Notice intent="warning" title={`${unreadable.length} strategy ${unreadable.length === 1 ? "record" : "records"} could not be read`}>
          {unreadable.map((u) => `${describeUnreadable(u)}; it is judged from its decisions.`).join(" ")} Restore it from the ContactStrategies list's version history.
        </Notice>
      )}
      {!decider.authoriser && !decider.disputes && (
        <Notice intent="info" title="Only the authoriser decides">
          You can read what waits here; only the {pack.authoriser.title} can approve, send back or reject a proposal.
        </Notice>
      )}
      <SetAsideQueue />
      <section aria-labelledby="waiting-heading" className={styles.section}>
        <Subtitle2 as="h2" id="waiting-heading">
          Waiting for a decision ({waiting.length})
        </Subtitle2>
        {waiting.length === 0 ? (
          "Nothing waits for a decision."
        ) : (
          <ul className={styles.list} data-testid="queue">
            {waiting.map(({ strategy }) => (
              <li key={strategy.value.id}>
                {link(strategy.value.id, strategy.value.person.displayName)} — {strategy.value.status === "proposed" ? `proposed by ${strategy.value.proposedBy ?? "someone"}` : "brought to review"}
              </li>
            ))}
          </ul>
        )}
      </section>
      <SentBackSection entries={sentBack} />
      <section aria-labelledby="due-heading" className={styles.section}>
        <Subtitle2 as="h2" id="due-heading">
          Reviews due in the next {REVIEW_HORIZON_DAYS} days ({due.length})
        </Subtitle2>
        {due.length === 0 ? (
          "No review is due."
        ) : (
          <ul className={styles.list} data-testid="reviews-due">
            {due.map((d) => (
              <li key={d.view.strategyId}>
                {link(d.view.strategyId, d.view.terms.personName)} — {longDate(d.reviewDate)}{" "}
                <Badge appearance="tint" color={d.state === "overdue" ? "danger" : "warning"}>
                  {d.state}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </section>
      {decider.disputes && (
        <section aria-labelledby="disputes-heading" className={styles.section}>
          <Subtitle2 as="h2" id="disputes-heading">
            Disputes waiting for the {pack.disputeTo?.title} ({disputes.length})
          </Subtitle2>
          {disputes.length === 0 ? "No dispute is waiting." : <ul className={styles.list}>{disputes.map((s) => <li key={s.id}>{link(s.id, s.person.displayName)}</li>)}</ul>}
        </section>
      )}
    </div>
  );
}
