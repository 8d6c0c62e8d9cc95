import { Button, Field, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { recordBreach } from "../../app/strategy/breaches";
import { useActor, useServices } from "../services";
import { ActionOutcome, useAction } from "../shared/action";

const useStyles = makeStyles({ form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

/** Logs a breach of the strategy, tied to the message in hand (recorded once, however often it is logged). */
export default function BreachForm({ strategyId, personName, internetMessageId }: { strategyId: string; personName: string; internetMessageId?: string }) {
  const styles = useStyles();
  const services = useServices();
  const actor = useActor();
  const [what, setWhat] = useState("");
  const [outcome, act] = useAction();
  const log = () =>
    act(async () => {
      // Checked where the record is written (recordBreach), so the form and any other caller refuse alike.
      const result = await recordBreach(services.store, services.pack, { strategyId, at: services.now().toISOString(), by: actor.upn, what, ...(internetMessageId ? { internetMessageId } : {}) });
      return result.ok ? { ok: true as const } : result;
    }, `Breach logged against ${personName}'s strategy.`);
  return (
    <section className={styles.form} aria-labelledby="breach-heading" data-testid="breach-form">
      <Subtitle2 block as="h2" id="breach-heading">
        Log a breach of {personName}'s strategy
      </Subtitle2>
      <Field
        label="What happened"
        hint="What the person did that the strategy does not allow, in a sentence someone reviewing the strategy could check."
        required
        // The refusal itself is said once, below, with the policy it cites.
        validationState={outcome.state === "refused" ? "error" : "none"}
      >
        <Textarea value={what} onChange={(_e, d) => setWhat(d.value)} />
      </Field>
      <div>
        <Button appearance="primary" onClick={() => void log()} disabled={outcome.state === "busy"}>
          Log breach
        </Button>
      </div>
      <ActionOutcome outcome={outcome} />
    </section>
  );
}
