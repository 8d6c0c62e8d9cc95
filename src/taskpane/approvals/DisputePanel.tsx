import { Button, Field, Input, Radio, RadioGroup, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { decide, raiseDispute } from "../../app/strategy/actions";
import type { ContactStrategy } from "../../policy/strategy";
import type { Versioned } from "../../store/port";
import { useActor, useServices } from "../services";
import { ActionOutcome, useAction } from "../shared/action";

const useStyles = makeStyles({ form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

/**
 * Disputes (Warwickshire 7.3: the person writes to the Chief Executive). Staff record the
 * person's challenge; the dispute decider records the outcome — upheld, or a different course
 * (the strategy goes back to review to be altered or ended). A pack with no dispute route says so.
 */
export function DisputePanel({ current, canDecide, onDone }: { current: Versioned<ContactStrategy>; canDecide: boolean; onDone: () => void }) {
  const styles = useStyles();
  const services = useServices();
  const { pack } = services;
  const actor = useActor();
  const [summary, setSummary] = useState("");
  const [raisedOn, setRaisedOn] = useState(services.now().toISOString().slice(0, 10));
  const [result, setResult] = useState<"upheld" | "changed">("upheld");
  const [rationale, setRationale] = useState("");
  const [outcome, act] = useAction();
  if (!pack.disputeTo) return null;
  const open = current.value.disputes.find((d) => !d.outcome);
  if (open && canDecide) {
    const decideNow = () =>
      act(async () => {
        const done = await decide(services.store, pack, current, { type: "decideDispute", by: actor, at: services.now().toISOString(), why: rationale, result });
        if (done.ok) onDone();
        return done;
      }, "Outcome recorded.");
    return (
      <section className={styles.form} aria-labelledby="dispute-heading" data-testid="dispute-decision">
        <Subtitle2 as="h3" id="dispute-heading">
          Dispute: {open.summary}
        </Subtitle2>
        <RadioGroup value={result} onChange={(_e, d) => setResult(d.value as "upheld" | "changed")} aria-labelledby="dispute-heading">
          <Radio value="upheld" label="Upheld: the strategy stands" />
          <Radio value="changed" label="A different course: back to review, to alter or end it" />
        </RadioGroup>
        <Field label="Rationale (goes on the record and in the letter)" required>
          <Textarea value={rationale} onChange={(_e, d) => setRationale(d.value)} />
        </Field>
        <div>
          <Button appearance="primary" disabled={outcome.state === "busy"} onClick={() => void decideNow()}>
            Record the outcome
          </Button>
        </div>
        <ActionOutcome outcome={outcome} onReload={onDone} />
      </section>
    );
  }
  if (open) return null;
  const raise = () =>
    act(async () => {
      const done = await raiseDispute(services.store, pack, current, actor, summary, raisedOn, services.now().toISOString());
      if (done.ok) onDone();
      return done;
    }, `Recorded for the ${pack.disputeTo?.title}.`);
  return (
    <details>
      <summary>Record a dispute from {current.value.person.displayName}</summary>
      <section className={styles.form} aria-label="Record a dispute" data-testid="dispute-raise">
        <Field label="What they say" required>
          <Textarea value={summary} onChange={(_e, d) => setSummary(d.value)} />
        </Field>
        <Field label="Received on" required>
          <Input type="date" value={raisedOn} onChange={(_e, d) => setRaisedOn(d.value)} />
        </Field>
        <div>
          <Button onClick={() => void raise()} disabled={outcome.state === "busy"}>
            Record the dispute
          </Button>
        </div>
        <ActionOutcome outcome={outcome} onReload={onDone} />
      </section>
    </details>
  );
}
