import { Divider, Spinner, makeStyles } from "@fluentui/react-components";
import { LoadFailed } from "../shared/LoadFailed";
import type { Classification, TextSpan } from "../../policy/classifier/types";
import { EvidenceText } from "./components/EvidenceText";
import { lazy, Suspense, useEffect, useMemo, useRef, type ReactNode } from "react";
import { recordContact } from "../../app/record-contact";
import type { ReadItem } from "../../outlook/mailbox";
import { contactKey } from "../../policy/address";
import { ClassificationPanel } from "./components/ClassificationPanel";
import { HistoryPanel } from "./components/HistoryPanel";
import { Notice } from "../shared/Notice";
import { RecordForm } from "./components/RecordForm";
import { describeStoreError } from "../errors";
import { SenderBanner } from "./components/SenderBanner";
import { UnderlyingCauses } from "./components/UnderlyingCauses";
import { TimelinePanel } from "./components/TimelinePanel";
import { HISTORY_DAYS } from "../../app/history";
import { useMessageReview } from "./useMessageReview";
import { useServices } from "../services";
import { MessageAlerts } from "../alerts/MessageAlerts";
import { StrategyActions } from "./StrategyActions";
import { newAlertsWords, usePaneAnnouncer, useSilenceOnLeave } from "../shared/announcer";
import type { Alert } from "../../policy/alerts/types";
import { adjustmentsAsked, largePrintAsked } from "../../policy/adjustments-asked";
import { AdjustmentPrompt } from "./components/AdjustmentPrompt";

/** How much of a message is read for a need or an adjustment asked for (src/policy/adjustments-asked.ts). */
const ASKS_READ = 20_000;

/** Letters (and `docx` behind them) load when a message is shown, not with the pane's first paint. */
const LettersSection = lazy(() => import("../letters/LettersSection"));

/** Fluent's Divider grows by default: in the pane's column it would push what follows it to the bottom. */
const useStyles = makeStyles({ divider: { flexGrow: 0 } });

/** The words in the body that caused a suggestion, to mark in place; with none, the reading pane already shows the message. */
function bodySpans(classification: Classification): TextSpan[] {
  return classification.findings.flatMap((f) => f.evidence.flatMap((e) => (e.kind === "text" && e.span.field === "body" ? [e.span] : [])));
}

/**
 * What a screen reader hears as this message's review goes on, each once while it is shown: that
 * the suggestions are still being checked, and each alert when it is raised — at once from the
 * rules, or later when the learned scorer has loaded — assertively, before anything else.
 */
function useReviewAnnouncements(alerts: readonly Alert[] | undefined, checkingFurther: boolean): void {
  useSilenceOnLeave();
  const announce = usePaneAnnouncer();
  useEffect(() => {
    if (checkingFurther) announce("Checking further…", { once: "checking-further" });
  }, [checkingFurther, announce]);
  const told = useRef(new Set<string>());
  useEffect(() => {
    const words = newAlertsWords(alerts ?? [], told.current);
    if (words) announce(words, { assertive: true });
  }, [alerts, announce]);
}

/**
 * One message: its alerts first, then `afterAlerts` (alerts reopened on other messages: T7 #6), then the banner,
 * suggestions, the caseworker's decision, the evidence, history and letters.
 */
export function MessageReview({ item, afterAlerts }: { item: ReadItem; afterAlerts?: ReactNode }) {
  const styles = useStyles();
  const services = useServices();
  const review = useMessageReview(services, item);
  const { classification, body, verdict, senderAddress } = review;
  // The signed-in person by name; anyone else by their address (the pane knows no other names).
  useReviewAnnouncements(body !== undefined ? classification?.alerts : undefined, Boolean(classification && body !== undefined && review.learned?.status === "loading"));
  // A need or an adjustment is asked for in the writer's own words, near the start: a megabyte of hostile text is not read for it.
  const asks = useMemo(() => (body === undefined ? [] : adjustmentsAsked(body.slice(0, ASKS_READ))), [body]);
  const largePrint = largePrintAsked(asks);
  const nameOf = (address: string) => (address.toLowerCase() === services.user.emailAddress.toLowerCase() ? services.user.displayName : address);
  return (
    <>
      {classification && classification.alerts.length > 0 && body !== undefined && (
        <MessageAlerts item={item} senderAddress={senderAddress ?? contactKey(item.from.emailAddress)} alerts={classification.alerts} body={body} />
      )}
      {afterAlerts}
      {verdict ? (
        <SenderBanner
          verdict={verdict}
          flag={review.flag}
          pack={services.pack}
          alerts={
            classification
              ? {
                  checked: true,
                  titles: classification.alerts.map((a) => a.guidance.title),
                  // A threat that names the single point of contact is not passed to them as routine (T7 #11).
                  ...(body !== undefined && classification.alerts.some((a) => a.kind === "threat-to-staff") ? { threatening: `${item.subject}\n${body}` } : {}),
                }
              : { checked: false }
          }
          lastKnown={review.lastKnown}
          lookalikes={review.lookalikes}
          now={services.now()}
          onRetry={review.retry}
        />
      ) : (
        <Spinner size="tiny" label="Checking the sender…" />
      )}
      {verdict && <StrategyActions item={item} verdict={verdict} {...(classification ? { classification } : {})} />}
      {body !== undefined && <AdjustmentPrompt asks={asks} pack={services.pack} name={item.from.displayName || item.from.emailAddress} />}
      {review.problem && (
        <Notice intent="error" title="Part of the check did not finish" onRetry={review.retry}>
          {review.problem}
        </Notice>
      )}
      {review.busy && verdict && <Spinner size="tiny" label="Classifying…" />}
      {/* The suggestions wait for the learned scorer (a chunk fetched after the message shows); the rules' alerts above never do. */}
      {classification && body !== undefined && review.learned?.status === "loading" && <Spinner size="tiny" label="Checking further…" />}
      {classification && body !== undefined && review.learned?.status !== "loading" && (
        <>
          <Divider className={styles.divider} />
          {/* Suggestions, then the decision straight after them (reachable at 320 px without scrolling past the message text), then the evidence in place, the history and the prompts. */}
          <ClassificationPanel
            classification={classification}
            pack={services.pack}
            withoutHistory={review.historyCoverage === "none"}
            {...(review.learned?.status === "rules-only" ? { rulesOnly: review.learned.reason } : {})}
          />
          <RecordForm
            pack={services.pack}
            suggested={classification.categories}
            suggestedSubTypes={classification.findings.map((f) => ({ category: f.category, subType: f.subType }))}
            recorded={review.recorded}
            recordedUnknown={review.logProblem}
            recordedOutside={review.recordedOutside}
            nameOf={nameOf}
            you={services.user.emailAddress}
            today={services.now().toISOString().slice(0, 10)}
            lastMatterDecision={review.lastMatterDecision}
            onRecord={(decision) =>
              // Tracked beyond this view: if the reader moves on before it settles, a failure still shows.
              services.saves.track(
                item.internetMessageId,
                item.subject,
                recordContact({
                  store: services.store,
                  item,
                  senderAddress: senderAddress ?? contactKey(item.from.emailAddress),
                  classification,
                  decision,
                  recordedBy: services.user.emailAddress,
                  now: services.now(),
                  staffDomains: services.config.staffDomains,
                  ...(verdict?.kind === "strategy" ? { strategyId: verdict.strategy.id } : {}),
                }),
                describeStoreError,
              )
            }
          />
          {bodySpans(classification).length > 0 && <EvidenceText text={body} spans={bodySpans(classification)} />}
          <HistoryPanel metrics={classification.metrics} note={review.historyNote} coverage={review.historyCoverage} warningsKnown={!review.logProblem} onRetry={review.retry} />
          {review.timeline && <TimelinePanel timeline={review.timeline} pack={services.pack} nameOf={nameOf} days={HISTORY_DAYS} />}
          <UnderlyingCauses pack={services.pack} />
          {verdict && verdict.kind !== "unavailable" && (
            <>
              <Divider className={styles.divider} />
              <LoadFailed what="Letters">
                <Suspense fallback={<Spinner size="tiny" label="Loading letters…" />}>
                  <LettersSection services={services} item={item} verdict={verdict} senderAddress={senderAddress ?? contactKey(item.from.emailAddress)} largePrint={largePrint} />
                </Suspense>
              </LoadFailed>
            </>
          )}
        </>
      )}
    </>
  );
}
