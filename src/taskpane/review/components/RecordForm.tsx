import { Body1, Button, Checkbox, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CaseworkerDecision, RecordResult } from "../../../app/record-contact";
import { CATEGORY_IDS, type CategoryId } from "../../../policy/categories";
import type { PolicyPack } from "../../../policy/packs/schema";
import type { ContactRecord } from "../../../policy/contact";
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
 *
 * A message already recorded opens on the stored decision — who recorded it, when and as
 * what, with its boxes as recorded — not on the suggestions; after each record the form shows
 * what is stored now (a dismissal clears the boxes). When the ContactLog could not be read
 * (`recordedUnknown`), the form says it does not know, rather than looking unrecorded.
 */
export function RecordForm({
  pack,
  suggested,
  recorded,
  recordedUnknown,
  nameOf,
  onRecord,
}: {
  pack: PolicyPack;
  suggested: readonly CategoryId[];
  /** The decision the ContactLog holds for this message, if any. */
  recorded?: ContactRecord | undefined;
  /** Why the ContactLog could not be read, when it could not: whether this message was recorded is unknown. */
  recordedUnknown?: string | undefined;
  /** A person's name for a recorded sign-in address (the address itself when unknown). */
  nameOf: (address: string) => string;
  onRecord: (decision: CaseworkerDecision) => Promise<RecordResult>;
}) {
  const styles = useStyles();
  const [stored, setStored] = useState<ContactRecord | undefined>(recorded);
  const [chosen, setChosen] = useState<CategoryId[]>([...(recorded?.categories ?? suggested)]);
  const [save, setSave] = useState<SaveState>({ state: "idle" });
  const same = chosen.length === suggested.length && chosen.every((c) => suggested.includes(c));

  const record = async (decision: CaseworkerDecision) => {
    setSave({ state: "saving" });
    try {
      const result = await onRecord(decision);
      setStored(result.record);
      setChosen([...result.record.categories]);
      setSave({ state: "saved", message: resultMessage(result, pack) });
    } catch (error) {
      setSave({ state: "failed", message: describeStoreError(error) });
    }
  };

  return (
    <section aria-labelledby="decide-heading" data-testid="record-form">
      <Subtitle2 block as="h2" id="decide-heading">
        Your decision
      </Subtitle2>
      {stored ? (
        <Body1 block as="p" data-testid="recorded-decision" data-outcome={stored.outcome}>
          Recorded by {nameOf(stored.recordedBy)} on {whenWords(stored.recordedAt)} as {decisionWords(stored, pack)}.
        </Body1>
      ) : recordedUnknown ? (
        <Body1 block as="p" data-testid="recorded-decision" data-outcome="unknown">
          Whether this message was already recorded is unknown: the contact log could not be read ({recordedUnknown}). Recording
          it is safe — nothing is written twice.
        </Body1>
      ) : (
        <Body1 block as="p" data-testid="recorded-decision" data-outcome="none">
          Not recorded yet.
        </Body1>
      )}
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
  return `Correction recorded (was: ${decisionWords(result.previous, pack)}). Now: ${decisionWords(result.record, pack)}.`;
}

/** A recorded decision in the pack's words, e.g. "Abusive, Demands" or "suggestions dismissed". */
export function decisionWords(decision: Pick<ContactDecision, "categories" | "outcome">, pack: PolicyPack): string {
  if (decision.categories.length > 0) {
    return decision.categories.map((id) => pack.categories.find((c) => c.canonical === id)?.label ?? id).join(", ");
  }
  return decision.outcome === "dismissed" ? "suggestions dismissed" : "nothing unacceptable";
}

/** When a decision was recorded, as staff in England and Wales read it ("2 December 2026 at 14:05"). */
const WHEN = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });
function whenWords(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : WHEN.format(date);
}
