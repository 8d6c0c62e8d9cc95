import { Button, Caption1, Field, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Subtitle2, Textarea, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { decide } from "../../app/strategy/actions";
import type { StrategyDetail } from "../../app/strategy/read";
import { changesSinceApproval, continueOnApprovedTerms, restoredToApproved } from "../../app/strategy/review";
import { latestReviewDate } from "../../app/strategy/reviews";
import { useActor, useServices } from "../services";
import { ActionOutcome, useAction, type Outcome } from "../shared/action";
import { RestrictionsEditor } from "../strategy-form/RestrictionsEditor";
import { ChannelsField, ReviewDateField } from "../strategy-form/TermsFields";
import { ChangeList } from "./ChangeList";

const useStyles = makeStyles({ form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

type Choice = "continue" | "adopt" | "alter" | "end";

/**
 * The review (Warwickshire 7: "continued, altered or ended"; Gwent 9.0): each a new decision with a rationale.
 * What the item says differently from the approved terms is listed, each change, with who last changed the item.
 * Continuing keeps the approved terms and discards those changes (the item is put back); the changes are
 * approved only knowingly, and only when someone other than the reviewer proposed them on the record —
 * otherwise that decision would not count (src/policy/four-eyes.ts). Altering sets the restrictions and
 * channels here, on the approved terms (or on the proposed change, when it may be approved).
 */
export function ReviewDecision({ detail, onDecided, onConflict }: { detail: StrategyDetail; onDecided: () => void; onConflict?: (conflict: Outcome) => void }) {
  const styles = useStyles();
  const services = useServices();
  const { pack, roster } = services;
  const actor = useActor();
  const headingId = useId("review-heading");
  const today = services.now().toISOString().slice(0, 10);
  const { strategy: current, view } = detail;
  const shown = useMemo(() => changesSinceApproval(detail, pack, roster, actor, services.now().toISOString()), [detail, pack, roster, actor, services]);
  // What an alteration builds on: the item when its change may be approved, else the approved terms.
  const base = view.inForce && shown && !shown.adoptable ? restoredToApproved(current.value, view) : current.value;
  const [choice, setChoice] = useState<Choice>("continue");
  const [restrictions, setRestrictions] = useState(base.restrictions);
  const [channels, setChannels] = useState(base.allowedChannels);
  const [reviewDate, setReviewDate] = useState("");
  const [rationale, setRationale] = useState("");
  const [outcome, act] = useAction(onConflict);
  const spoc = restrictions.find((r) => r.kind === "singlePointOfContact");
  const decideNow = () =>
    act(
      async () => {
        const at = services.now().toISOString();
        const step = { by: actor, at, why: rationale };
        const result =
          choice === "continue"
            ? await continueOnApprovedTerms(services.store, pack, current, view, { ...step, reviewDate })
            : await decide(
                services.store,
                pack,
                choice === "alter" ? { ...current, value: base } : current,
                choice === "end"
                  ? { ...step, type: "end" }
                  : choice === "adopt"
                    ? { ...step, type: "continue", reviewDate }
                    : { ...step, type: "alter", reviewDate, restrictions, allowedChannels: channels, ...(spoc?.kind === "singlePointOfContact" ? { singlePointOfContact: spoc.spoc } : {}) },
              );
        if (result.ok) onDecided();
        return result;
      },
      choice === "end" ? "Ended: no restrictions apply from now." : choice === "alter" ? "Altered: the new terms are in force." : choice === "adopt" ? "The changes are approved and in force." : "Continued on the approved terms to the new review date.",
    );
  return (
    <section className={styles.form} aria-labelledby={headingId} data-testid="review-decision">
      <Subtitle2 as="h3" id={headingId}>
        Review
      </Subtitle2>
      {shown && (
        <MessageBar intent={shown.adoptable ? "info" : "warning"} layout="multiline" data-testid="review-changes">
          <MessageBarBody>
            <MessageBarTitle>{shown.adoptable ? "A change was proposed" : "Changed without a proposal"}</MessageBarTitle>
            <ChangeList title="Not approved yet" changes={shown.changes} modified={shown.modified} />
            {shown.adoptable ? `${shown.proposedBy ? `${shown.proposedBy.displayName} proposed` : "Someone other than you proposed"} exactly this on the record: you may approve it, or continue on the approved terms.` : `${shown.notAdoptable} Continuing on the approved terms discards it.`}
          </MessageBarBody>
        </MessageBar>
      )}
      <RadioGroup value={choice} onChange={(_e, d) => setChoice(d.value as Choice)} aria-labelledby={headingId}>
        <Radio value="continue" label={shown ? "Continue on the approved terms (the changes are discarded)" : "Continue as it is"} />
        {shown && <Radio value="adopt" label="Approve the changes and continue" disabled={!shown.adoptable} />}
        <Radio value="alter" label="Alter it" />
        <Radio value="end" label="End it" />
      </RadioGroup>
      {choice === "alter" && (
        <>
          {shown && !shown.adoptable && <Caption1>The alteration starts from the approved terms: the changes above are not part of it.</Caption1>}
          <RestrictionsEditor pack={pack} value={restrictions} onChange={setRestrictions} showProblems />
          <ChannelsField pack={pack} value={channels} onChange={setChannels} />
        </>
      )}
      {choice !== "end" && <ReviewDateField pack={pack} value={reviewDate} onChange={setReviewDate} min={today} max={latestReviewDate(pack, today)} />}
      <Field label="Rationale (goes on the record)" required>
        <Textarea value={rationale} onChange={(_e, d) => setRationale(d.value)} />
      </Field>
      <div>
        <Button appearance="primary" disabled={outcome.state === "busy"} onClick={() => void decideNow()}>
          {choice === "end" ? "End the strategy" : choice === "alter" ? "Approve the alteration" : choice === "adopt" ? "Approve the changes" : shown ? "Continue on the approved terms" : "Continue the strategy"}
        </Button>
      </div>
      <ActionOutcome outcome={outcome} onReload={onDecided} />
    </section>
  );
}
