import { Body1, Caption1, Divider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { readStrategyDetail, type StrategyDetail } from "../../app/strategy/read";
import { longDate } from "../../policy/calendar";
import { cite } from "../../policy/packs/cite";
import { recordInDoubt, TERM_WORDS, type InForceView } from "../../policy/in-force";
import type { PolicyPack } from "../../policy/packs/schema";
import { proposedTermsOf, withoutReviewDate } from "../../policy/proposed-terms";
import { STATUS_WORDS, type ContactStrategy } from "../../policy/strategy";
import { termChanges } from "../../policy/term-changes";
import { describeStoreError } from "../errors";
import { useDecider, useServices } from "../services";
import { Notice } from "../shared/Notice";
import { useLoad } from "../shared/useLoad";
import { syncInboxRuleIfOn } from "../mailbox-rule/sync";
import { ChangeList } from "./ChangeList";
import { DisputePanel } from "./DisputePanel";
import { History } from "./History";
import { ProposalDecision } from "./ProposalDecision";
import { ReviewDecision } from "./ReviewDecision";
import { Terms } from "./Terms";
import { useAttachedEvidence } from "./useAttachedEvidence";
import { PolicyRef } from "../shared/PolicyRef";
import { SentBackNotice } from "../shared/SentBack";
import { sentBackOf } from "../../app/strategy/sent-back";
import { ActionOutcome, type Outcome } from "../shared/action";

const ProposeForm = lazy(() => import("../propose/ProposeForm"));
const BreachForm = lazy(() => import("../propose/BreachForm"));

const useStyles = makeStyles({ page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

/**
 * One strategy, as the deep link `#strategy/<id>` opens it: where it stands (in force on whose
 * approval, what changed since, decisions that do not count), its terms and evidence, what the
 * signed-in person may decide, and its history — decisions, audit events, breaches, disputes.
 */
export default function StrategyScreen({ id }: { id: string }) {
  const services = useServices();
  const { store, pack, roster } = services;
  const [loaded, reload] = useLoad<StrategyDetail | undefined>(() => readStrategyDetail(store, pack, roster, id), [store, pack, roster, id]);
  // A decision can put someone in force or lift them: the decider's own Inbox rule follows at once (others' at their next pane start, and the flagger's sweep).
  const decided = () => {
    reload();
    syncInboxRuleIfOn(services);
  };
  if (loaded.state === "loading") return <Spinner size="small" label="Reading the strategy…" />;
  if (loaded.state === "failed") return <Notice intent="error" title="The strategy could not be read" onRetry={reload}>{describeStoreError(loaded.error)}</Notice>;
  if (!loaded.value) return <Notice intent="warning" title="No such strategy">Nothing is recorded under {id}. The link may be wrong, or the strategy was removed.</Notice>;
  return <Detail detail={loaded.value} decided={decided} />;
}

function Detail({ detail, decided }: { detail: StrategyDetail; decided: () => void }) {
  const styles = useStyles();
  const { pack, user } = useServices();
  const decider = useDecider();
  const { strategy, view } = detail;
  const s = strategy.value;
  const sent = sentBackOf(s);
  const evidence = useAttachedEvidence(s);
  // Another's decision got there first: say so, and show the strategy as the records now hold it (T7 #8), not as it was.
  const [conflict, setConflict] = useState<Outcome | undefined>();
  const onConflict = (outcome: Outcome) => {
    setConflict(outcome);
    decided();
  };
  const onDecided = () => {
    setConflict(undefined);
    decided();
  };
  const openDispute = s.disputes.some((d) => !d.outcome);
  return (
    <article className={styles.page} aria-labelledby="strategy-heading" data-testid="strategy-screen" data-status={s.status} data-in-force={String(view.inForce)}>
      <Title3 as="h2" id="strategy-heading">
        {s.person.displayName}
        {s.person.reference ? ` (${s.person.reference})` : ""}
      </Title3>
      <Standing view={view} pack={pack} status={s.status} modified={detail.modified} item={s} />
      {conflict && <ActionOutcome outcome={conflict} />}
      <Terms strategy={s} pack={pack} evidence={evidence} />
      <Divider />
      <Suspense fallback={<Spinner size="tiny" label="Opening…" />}>
        {sent && <SentBackNotice sent={sent} you={user.emailAddress} />}
        {s.status === "draft" && <ProposeForm existing={strategy} />}
        {s.status === "proposed" &&
          (decider.authoriser ? (
            <ProposalDecision detail={detail} evidence={evidence} onDecided={onDecided} onConflict={onConflict} />
          ) : (
            <Notice intent="info" title={`Waiting for the ${pack.authoriser.title}`}>
              Only the {pack.authoriser.title} can approve, send back or reject this proposal (<PolicyRef reference={cite(pack.authoriser.source)} pack={pack} />).
            </Notice>
          ))}
        {(s.status === "active" || s.status === "underReview") && decider.authoriser && <ReviewDecision detail={detail} onDecided={onDecided} onConflict={onConflict} />}
        {(s.status === "active" || s.status === "underReview") && <DisputePanel current={strategy} canDecide={decider.disputes && openDispute} onDone={decided} />}
        {view.inForce && <BreachForm strategyId={s.id} personName={s.person.displayName} />}
      </Suspense>
      <Divider />
      <History detail={detail} />
    </article>
  );
}

/** Where the strategy stands, from the in-force view: never from the item's own status alone. */
function Standing({ view, pack, status, modified, item }: { view: InForceView; pack: PolicyPack; status: keyof typeof STATUS_WORDS; modified: StrategyDetail["modified"]; item: ContactStrategy }) {
  if (view.inForce) {
    const changes = termChanges(withoutReviewDate(view.terms), proposedTermsOf(item));
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="standing">
        <MessageBarBody>
          <MessageBarTitle>In force</MessageBarTitle>
          On {view.decision.author.displayName}'s {view.decision.kind === "approve" ? "approval" : view.decision.kind === "alter" ? "alteration" : "continuation"} of {longDate(view.decision.recordedAt.slice(0, 10))}; review by {longDate(view.terms.reviewDate)}.
          {view.changedSinceApproval.length > 0 && (
            <Body1 block data-testid="changed-since-approval">
              Changed since approval: {view.changedSinceApproval.map((t) => TERM_WORDS[t]).join(", ")} — not in force until the {pack.authoriser.title} approves them.
            </Body1>
          )}
          {changes.length > 0 && <ChangeList title="What differs from the approved terms" changes={changes} modified={modified} />}
          {view.refused.length > 0 && <Caption1 block>{view.refused.map((r) => r.message).join(" ")}</Caption1>}
          {(view.doubts ?? []).length > 0 && (
            <Body1 block data-testid="record-doubts">
              {view.doubts!.map((d) => d.message).join(" ")}
            </Body1>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const doubts = view.doubts ?? [];
  // In doubt only for what may postdate the last decision that counts (an ending overtakes an older unreadable approval).
  const doubted = recordInDoubt(view);
  return (
    <MessageBar intent={doubted ? "warning" : "info"} layout="multiline" data-testid="standing">
      <MessageBarBody>
        <MessageBarTitle>{doubted ? "Not in force on what can be read — the record is in doubt" : "Not in force"}</MessageBarTitle>
        {view.why === "ended" ? "Ended by the authoriser." : `This strategy is ${STATUS_WORDS[status]}; no restrictions apply until the ${pack.authoriser.title} approves it.`}
        {view.refused.length > 0 && <Caption1 block>{view.refused.map((r) => r.message).join(" ")}</Caption1>}
        {doubts.length > 0 && (
          <Body1 block data-testid="record-doubts">
            {doubts.map((d) => d.message).join(" ")}
          </Body1>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
