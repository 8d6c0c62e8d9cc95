import { Button, Field, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { recordBreach } from "../../app/strategy/breaches";
import { useActor, useServices } from "../services";
import { ActionOutcome, useAction } from "../shared/action";
import { cite } from "../../policy/packs/cite";

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
      if (what.trim() === "") return { ok: false as const, code: "reasonMissing", message: "Say what the breach was; it goes on the record.", policyRef: cite(services.pack.recordKeeping.source) };
      await recordBreach(services.store, { strategyId, at: services.now().toISOString(), by: actor.upn, what, ...(internetMessageId ? { internetMessageId } : {}) });
      return { ok: true as const };
    }, `Breach logged against ${personName}'s strategy.`);
  return (
    <section className={styles.form} aria-labelledby="breach-heading" data-testid="breach-form">
      <Subtitle2 block as="h2" id="breach-heading">
        Log a breach of {personName}'s strategy
      </Subtitle2>
      <Field label="What happened" required>
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
