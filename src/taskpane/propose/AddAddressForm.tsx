import { Button, Field, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { proposeChange } from "../../app/strategy/actions";
import { useActor, useServices } from "../services";
import { ActionOutcome, useAction } from "../shared/action";

const useStyles = makeStyles({ form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

/**
 * Proposes adding the address a person now writes from to their strategy. Until the authoriser
 * approves the change (an alteration at review), mail from it is not treated as theirs.
 */
export default function AddAddressForm({ strategyId, address }: { strategyId: string; address: string }) {
  const styles = useStyles();
  const services = useServices();
  const actor = useActor();
  const [why, setWhy] = useState("");
  const [outcome, act] = useAction();
  const add = () =>
    act(async () => {
      const current = await services.store.getStrategy(strategyId);
      if (!current) return { ok: false as const, code: "wrongStatus", message: "The strategy no longer exists.", policyRef: "" };
      const changed = { ...current.value, addresses: [...new Set([...current.value.addresses, address])] };
      return proposeChange(services.store, services.pack, current, changed, actor, why || `Writes from ${address}.`, services.now().toISOString(), services.roster, services.config.staffDomains);
    }, `${address} proposed for the strategy; the ${services.pack.authoriser.title} decides at review.`);
  return (
    <section className={styles.form} aria-labelledby="address-heading" data-testid="address-form">
      <Subtitle2 block as="h2" id="address-heading">
        Add {address} to the strategy
      </Subtitle2>
      <Field label="Why this address is the same person">
        <Textarea value={why} onChange={(_e, d) => setWhy(d.value)} />
      </Field>
      <div>
        <Button appearance="primary" onClick={() => void add()} disabled={outcome.state === "busy"}>
          Propose adding it
        </Button>
      </div>
      <ActionOutcome outcome={outcome} />
    </section>
  );
}
