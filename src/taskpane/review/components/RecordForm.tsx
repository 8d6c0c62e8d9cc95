import { Button, Checkbox, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CaseworkerDecision, RecordResult } from "../../../app/record-contact";
import { CATEGORY_IDS, type CategoryId } from "../../../policy/categories";
import type { PolicyPack } from "../../../policy/packs/schema";
import type { ContactDecision } from "../../../store/port";
import { describeStoreError } from "../../errors";

const useStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS, flexWrap: "wrap" },
});

type SaveState = { state: "idle" } | { state: "saving" } | { state: "saved"; message: string } | { state: "failed"; message: string };

/**
 * The caseworker's decision: confirm the suggestions, correct them, or dismiss them, then
 * record. Recording the same decision again is idempotent, so "Try again" after a failure
 * is always safe; recording a different one corrects the record, and the form says what it
 * replaced so a correction is never mistaken for "nothing happened".
 */
export function RecordForm({
  pack,
  suggested,
  onRecord,
}: {
  pack: PolicyPack;
  suggested: readonly CategoryId[];
  onRecord: (decision: CaseworkerDecision) => Promise<RecordResult>;
}) {
  const styles = useStyles();
  const [chosen, setChosen] = useState<CategoryId[]>([...suggested]);
  const [save, setSave] = useState<SaveState>({ state: "idle" });
  const same = chosen.length === suggested.length && chosen.every((c) => suggested.includes(c));

  const record = async (decision: CaseworkerDecision) => {
    setSave({ state: "saving" });
    try {
      setSave({ state: "saved", message: resultMessage(await onRecord(decision), pack) });
    } catch (error) {
      setSave({ state: "failed", message: describeStoreError(error) });
    }
  };

  return (
    <section aria-labelledby="decide-heading" data-testid="record-form">
      <Subtitle2 block as="h2" id="decide-heading">
        Your decision
      </Subtitle2>
      {CATEGORY_IDS.map((id) => {
        const label = pack.categories.find((c) => c.canonical === id)?.label ?? id;
        return (
          <div key={id}>
            <Checkbox
              label={label}
              checked={chosen.includes(id)}
              onChange={(_e, data) => setChosen((c) => (data.checked === true ? [...c, id] : c.filter((x) => x !== id)))}
            />
          </div>
        );
      })}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={save.state === "saving"}
          onClick={() => void record({ categories: chosen, outcome: same ? "confirmed" : "corrected" })}
        >
          {save.state === "failed" ? "Try again" : same ? "Confirm and record" : "Record my correction"}
        </Button>
        <Button disabled={save.state === "saving"} onClick={() => void record({ categories: [], outcome: "dismissed" })}>
          Dismiss suggestions and record
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {save.state === "saving" && "Recording…"}
        {save.state === "saved" && (
          <MessageBar intent="success" data-testid="record-result">
            <MessageBarBody>{save.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {save.state === "failed" && (
        <MessageBar intent="error" data-testid="record-error">
          <MessageBarBody>{save.message} Nothing was lost: press “Try again”.</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

function resultMessage(result: RecordResult, pack: PolicyPack): string {
  if (result.status === "created") return "Recorded in the contact log.";
  if (result.status === "unchanged") return "Already recorded — nothing was duplicated.";
  return `Correction recorded (was: ${decisionWords(result.previous, pack)}).`;
}

/** A recorded decision in the pack's words, e.g. "Abusive, Demands" or "suggestions dismissed". */
function decisionWords(decision: Pick<ContactDecision, "categories" | "outcome">, pack: PolicyPack): string {
  if (decision.categories.length > 0) {
    return decision.categories.map((id) => pack.categories.find((c) => c.canonical === id)?.label ?? id).join(", ");
  }
  return decision.outcome === "dismissed" ? "suggestions dismissed" : "nothing unacceptable";
}
