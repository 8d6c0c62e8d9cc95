import { Button, Field, Radio, RadioGroup, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { decide } from "../../app/strategy/actions";
import { latestReviewDate } from "../../app/strategy/reviews";
import type { InForceView } from "../../policy/in-force";
import type { ContactStrategy } from "../../policy/strategy";
import type { Versioned } from "../../store/port";
import { useActor, useServices } from "../services";
import { ActionOutcome, useAction } from "../shared/action";
import { RestrictionsEditor } from "../strategy-form/RestrictionsEditor";
import { ChannelsField, ReviewDateField } from "../strategy-form/TermsFields";

const useStyles = makeStyles({ form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

type Choice = "continue" | "alter" | "end";

/**
 * The review (Warwickshire 7: "continued, altered or ended"; Gwent 9.0): each a new decision
 * with a rationale. Altering approves the terms as now edited — the restrictions and channels
 * here, and the addresses the strategy now lists (an address proposed since approval included).
 */
export function ReviewDecision({ current, view, onDecided }: { current: Versioned<ContactStrategy>; view: InForceView; onDecided: () => void }) {
  const styles = useStyles();
  const services = useServices();
  const { pack } = services;
  const actor = useActor();
  const today = services.now().toISOString().slice(0, 10);
  const s = current.value;
  const [choice, setChoice] = useState<Choice>(view.inForce && view.changedSinceApproval.length > 0 ? "alter" : "continue");
  const [restrictions, setRestrictions] = useState(s.restrictions);
  const [channels, setChannels] = useState(s.allowedChannels);
  const [reviewDate, setReviewDate] = useState("");
  const [rationale, setRationale] = useState("");
  const [outcome, act] = useAction();
  const spoc = restrictions.find((r) => r.kind === "singlePointOfContact");
  const decideNow = () =>
    act(async () => {
      const base = { by: actor, at: services.now().toISOString(), why: rationale };
      const command =
        choice === "end"
          ? { ...base, type: "end" as const }
          : choice === "continue"
            ? { ...base, type: "continue" as const, reviewDate }
            : { ...base, type: "alter" as const, reviewDate, restrictions, allowedChannels: channels, ...(spoc?.kind === "singlePointOfContact" ? { singlePointOfContact: spoc.spoc } : {}) };
      const result = await decide(services.store, pack, current, command);
      if (result.ok) onDecided();
      return result;
    }, choice === "end" ? "Ended: no restrictions apply from now." : choice === "continue" ? "Continued to the new review date." : "Altered: the new terms are in force.");
  return (
    <section className={styles.form} aria-labelledby="review-heading" data-testid="review-decision">
      <Subtitle2 as="h3" id="review-heading">
        Review
      </Subtitle2>
      <RadioGroup value={choice} onChange={(_e, d) => setChoice(d.value as Choice)} aria-labelledby="review-heading">
        <Radio value="continue" label="Continue as it is" />
        <Radio value="alter" label="Alter it" />
        <Radio value="end" label="End it" />
      </RadioGroup>
      {choice === "alter" && (
        <>
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
          {choice === "end" ? "End the strategy" : choice === "alter" ? "Approve the alteration" : "Continue the strategy"}
        </Button>
      </div>
      <ActionOutcome outcome={outcome} onReload={onDecided} />
    </section>
  );
}
