import { Divider, Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
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
import { useMessageReview } from "./useMessageReview";
import { useServices } from "../services";
import { MessageAlerts } from "../alerts/MessageAlerts";
import { StrategyActions } from "./StrategyActions";

/** Letters (and `docx` behind them) load when a message is shown, not with the pane's first paint. */
const LettersSection = lazy(() => import("../letters/LettersSection"));

/** One message: its alerts first, then the banner, suggestions, history and the caseworker's decision. */
export function MessageReview({ item }: { item: ReadItem }) {
  const services = useServices();
  const review = useMessageReview(services, item);
  const { classification, body, verdict, senderAddress } = review;
  return (
    <>
      {classification && classification.alerts.length > 0 && body !== undefined && (
        <MessageAlerts item={item} senderAddress={senderAddress ?? contactKey(item.from.emailAddress)} alerts={classification.alerts} body={body} />
      )}
      {verdict ? (
        <SenderBanner
          verdict={verdict}
          flag={review.flag}
          pack={services.pack}
          alerts={classification ? { checked: true, titles: classification.alerts.map((a) => a.guidance.title) } : { checked: false }}
          lastKnown={review.lastKnown}
          lookalikes={review.lookalikes}
          now={services.now()}
        />
      ) : (
        <Spinner size="tiny" label="Checking the sender…" />
      )}
      {verdict && <StrategyActions item={item} verdict={verdict} {...(classification ? { classification } : {})} />}
      {review.problem && (
        <Notice intent="error" title="Part of the check did not finish">
          {review.problem} Select the message again to retry.
        </Notice>
      )}
      {review.busy && verdict && <Spinner size="tiny" label="Classifying…" />}
      {classification && body !== undefined && (
        <>
          <Divider />
          <ClassificationPanel classification={classification} body={body} withoutHistory={review.historyCoverage === "none"} />
          <HistoryPanel metrics={classification.metrics} note={review.historyNote} coverage={review.historyCoverage} warningsKnown={!review.logProblem} />
          <UnderlyingCauses pack={services.pack} />
          <RecordForm
            pack={services.pack}
            suggested={classification.categories}
            recorded={review.recorded}
            recordedUnknown={review.logProblem}
            nameOf={(address) => (address.toLowerCase() === services.user.emailAddress.toLowerCase() ? services.user.displayName : address)}
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
          {verdict && verdict.kind !== "unavailable" && (
            <>
              <Divider />
              <Suspense fallback={<Spinner size="tiny" label="Loading letters…" />}>
                <LettersSection services={services} item={item} verdict={verdict} senderAddress={senderAddress ?? contactKey(item.from.emailAddress)} />
              </Suspense>
            </>
          )}
        </>
      )}
    </>
  );
}
