import { Button, Checkbox, Field, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { decide } from "../../app/strategy/actions";
import type { DecisionCommand } from "../../app/strategy/steps";
import { latestReviewDate } from "../../app/strategy/reviews";
import { cite } from "../../policy/packs/cite";
import { citeInWords } from "../../app/cite-words";
import type { ContactStrategy } from "../../policy/strategy";
import type { Versioned } from "../../store/port";
import { useActor, useServices } from "../services";
import { ActionOutcome, useAction } from "../shared/action";
import { FieldGroup } from "../shared/FieldGroup";
import { ReviewDateField } from "../strategy-form/TermsFields";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  criterion: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingBlockEnd: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/**
 * The authoriser's decision on a proposal: the pack's criteria checklist (Gwent 7.0's four,
 * Warwickshire 7's five), each confirmed with a note; the review date within the pack's
 * maximum; a rationale; then approve, send back or reject. The lifecycle's guards apply
 * (authoriser, four-eyes, review date, warning first); a refusal says which and cites it.
 */
export function ProposalDecision({ current, onDecided }: { current: Versioned<ContactStrategy>; onDecided: () => void }) {
  const styles = useStyles();
  const services = useServices();
  const { pack } = services;
  const actor = useActor();
  const today = services.now().toISOString().slice(0, 10);
  const [confirmed, setConfirmed] = useState<Record<string, boolean>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [reviewDate, setReviewDate] = useState(current.value.reviewDate ?? "");
  const [rationale, setRationale] = useState("");
  const [outcome, act] = useAction();
  const run = (command: DecisionCommand, done: string) =>
    act(async () => {
      const criteriaNotes = pack.criteria.filter((c) => confirmed[c.id]).map((c) => ({ id: c.id, note: notes[c.id] ?? "" }));
      const result = await decide(services.store, pack, current, command, { criteriaNotes });
      if (result.ok) onDecided();
      return result;
    }, done);
  const base = { by: actor, at: services.now().toISOString(), why: rationale };
  return (
    <section className={styles.form} aria-labelledby="decide-proposal-heading" data-testid="proposal-decision">
      <Subtitle2 as="h3" id="decide-proposal-heading">
        Your decision as {pack.authoriser.title}
      </Subtitle2>
      <FieldGroup label={`The criteria (${citeInWords(cite(pack.authoriser.source), pack)}): confirm each, with a note`} required>
        {pack.criteria.map((c) => (
          <div key={c.id} className={styles.criterion} data-testid="criterion">
            <Checkbox label={c.label} checked={confirmed[c.id] === true} onChange={(_e, d) => setConfirmed((x) => ({ ...x, [c.id]: d.checked === true }))} />
            <Textarea aria-label={`Note on “${c.label}”`} placeholder="What shows this criterion is met" value={notes[c.id] ?? ""} onChange={(_e, d) => setNotes((x) => ({ ...x, [c.id]: d.value }))} />
          </div>
        ))}
      </FieldGroup>
      <ReviewDateField pack={pack} value={reviewDate} onChange={setReviewDate} min={today} max={latestReviewDate(pack, today)} />
      <Field label="Rationale (goes on the record)" required>
        <Textarea value={rationale} onChange={(_e, d) => setRationale(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={outcome.state === "busy"}
          onClick={() => void run({ ...base, type: "approve", criteriaConfirmed: pack.criteria.filter((c) => confirmed[c.id]).map((c) => c.id), reviewDate }, "Approved: the strategy is in force.")}
        >
          Approve
        </Button>
        <Button disabled={outcome.state === "busy"} onClick={() => void run({ ...base, type: "sendBack" }, "Sent back to the proposer as a draft, with your rationale.")}>
          Send back
        </Button>
        <Button disabled={outcome.state === "busy"} onClick={() => void run({ ...base, type: "reject" }, "Rejected. Nothing applies.")}>
          Reject
        </Button>
      </div>
      <ActionOutcome outcome={outcome} onReload={onDecided} />
    </section>
  );
}
