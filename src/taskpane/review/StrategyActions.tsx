import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { LoadFailed } from "../shared/LoadFailed";
import { lazy, Suspense, useState } from "react";
import type { SenderVerdict } from "../../app/sender-check";
import { senderAddresses } from "../../app/sender-check";
import type { ReadItem } from "../../outlook/mailbox";
import type { Classification } from "../../policy/classifier/types";
import { hashOf } from "../route";

// The forms load on demand: they are not part of the pane's first paint (DESIGN.md budget).
const ProposeForm = lazy(() => import("../propose/ProposeForm"));
const AddAddressForm = lazy(() => import("../propose/AddAddressForm"));
const BreachForm = lazy(() => import("../propose/BreachForm"));

const useStyles = makeStyles({ actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" } });

type Open = "propose" | "address" | "breach" | undefined;

/**
 * What a caseworker can start from the message: propose a strategy (nobody's, or one ended or
 * rejected), add the address a known person now writes from, log a breach of a strategy in
 * force, or open the strategy.
 */
export function StrategyActions({ item, verdict, classification }: { item: ReadItem; verdict: SenderVerdict; classification?: Classification }) {
  const styles = useStyles();
  const [open, setOpen] = useState<Open>();
  const strategy = verdict.kind === "strategy" ? verdict : undefined;
  const from = senderAddresses(item)[0];
  const canPropose = verdict.kind === "none" || (strategy && !strategy.view.inForce && ["ended", "rejected"].includes(strategy.strategy.status));
  // The From address is not approved under a strategy the person is known by (Reply-To, Sender, or an address added since).
  const unlisted = strategy && strategy.view.inForce && from && !strategy.view.terms.addresses.includes(from) && !strategy.strategy.addresses.includes(from) ? from : undefined;
  if (verdict.kind === "unavailable") return null;
  const toggle = (what: Open) => setOpen((o) => (o === what ? undefined : what));
  return (
    <>
      <div className={styles.actions} data-testid="strategy-actions">
        {canPropose && <Button onClick={() => toggle("propose")}>Propose a contact strategy</Button>}
        {unlisted && <Button onClick={() => toggle("address")}>Add this address</Button>}
        {strategy?.inForce && <Button onClick={() => toggle("breach")}>Log a breach</Button>}
        {strategy && (
          <Button as="a" appearance="subtle" href={hashOf({ screen: "strategy", id: strategy.view.strategyId })}>
            Open the strategy
          </Button>
        )}
      </div>
      <LoadFailed key={open ?? "none"} what="The form">
        <Suspense fallback={<Spinner size="tiny" label="Opening…" />}>
          {open === "propose" && (
            <ProposeForm
              start={{
                personName: item.from.displayName || from || "",
                addresses: senderAddresses(item),
                ...(classification ? { findings: classification.findings.map((f) => ({ category: f.category, subType: f.subType })) } : {}),
              }}
            />
          )}
          {open === "address" && strategy && unlisted && <AddAddressForm strategyId={strategy.view.strategyId} address={unlisted} />}
          {open === "breach" && strategy && <BreachForm strategyId={strategy.view.strategyId} personName={strategy.strategy.person.displayName} internetMessageId={item.internetMessageId} />}
        </Suspense>
      </LoadFailed>
    </>
  );
}
