import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Subtitle2, Textarea, useId } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { AlertActionResult } from "../../app/alert-action";
import { describeAlertOutcome, type AlertOutcome } from "../../policy/alerts/action";
import { describeStoreError } from "../errors";
import { useAlertStyles } from "./alerts.styles";
import { usePaneAnnouncer } from "../shared/announcer";
import { notRecordedWords } from "../shared/not-recorded";

/** What a caseworker may record here (an authoriser's review of a set-aside is recorded from the Approvals tab). */
type Choice = Exclude<AlertOutcome["kind"], "setAsideReviewed" | "unreadable">;

const CHOICES: ReadonlyArray<{ kind: Choice; option: string; field: string; hint: string }> = [
  { kind: "escalated", option: "Escalated to someone who can act", field: "Escalated to", hint: "Who: a member of staff by name or work address (the duty manager's name), or a role such as the safeguarding lead." },
  { kind: "reportedToPolice", option: "Reported to the police", field: "Police reference", hint: "The incident or crime number the police gave." },
  // Warwickshire 7.2: a new matter is reviewed and considered on its merits, not filed under the strategy; offered only on a new-matter alert.
  {
    kind: "dealtWithAsNewMatter",
    option: "Dealt with as a new matter",
    field: "Reference of the new matter",
    hint: "The case or complaint number it is dealt with under. This answers the new-matter alert: record separately what was done about any other alert on the message.",
  },
  { kind: "noActionNeeded", option: "No action needed", field: "Why no action is needed", hint: "Required: a reason a reviewer can check." },
];

function outcomeOf(kind: Choice, detail: string): AlertOutcome {
  switch (kind) {
    case "escalated":
      return { kind, to: detail };
    case "reportedToPolice":
    case "dealtWithAsNewMatter":
      return { kind, reference: detail };
    case "noActionNeeded":
      return { kind, reason: detail };
  }
}

/** What was recorded, and where it is now listed. */
const listedWords = (words: string) => `${words.replace(/[.!?]$/, "")}. It is listed under “Already done”.`;
const recordedWords = (words: string) => `Recorded: ${listedWords(words)}`;

const KEPT_TITLE = "Waiting to be recorded";
/** Kept, not recorded: said so plainly, and what happens next. */
const keptWords = (words: string) =>
  `${words.replace(/[.!?]$/, "")}. It is NOT on the record yet: the records cannot be reached. It is kept in your Outlook settings and will be recorded as soon as the pane can reach them (the pane says so when it is).`;

type Save = { state: "idle" } | { state: "saving" } | { state: "refused"; message: string } | { state: "failed"; message: string } | { state: "recorded"; words: string };

/** Who confirms, as a phrase: "the Head of …", or — for an authoriser, whose own set-aside another reviews — "another Head of …". */
const theOne = (confirmBy: string) => (confirmBy.startsWith("another ") ? confirmBy : `the ${confirmBy}`);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Records what was done about the message's alerts. The form refuses what the policy cannot
 * check later — no one named, no police reference, "no action" without a reason — saying
 * why in the field itself. A failed write keeps its id, so "Try again" stores it once.
 */
export function AlertActionForm({
  onAct,
  done,
  confirmBy,
  keeping = false,
  newMatter = false,
}: {
  onAct: (id: string, outcome: AlertOutcome) => Promise<AlertActionResult>;
  /** The records cannot be reached (the pane could not start): what is entered is kept, to be recorded once they can. */
  keeping?: boolean;
  /** Already escalated or reported to the police: "no action needed" is no longer offered. */
  done?: "escalated" | "reportedToPolice" | undefined;
  /** Who must confirm a "no action needed" before it stands (the authoriser's title), when the reader is not one. */
  confirmBy?: string | undefined;
  /** The message raised a new-matter alert: "Dealt with as a new matter" is offered. */
  newMatter?: boolean | undefined;
}) {
  const styles = useAlertStyles();
  const headingId = useId("alert-action-heading");
  const [choice, setChoice] = useState<Choice | undefined>();
  const [detail, setDetail] = useState("");
  const [save, setSave] = useState<Save>({ state: "idle" });
  const id = useRef(crypto.randomUUID());
  // The button stays focusable while saving (a disabled one drops keyboard focus to the page); once
  // the action is recorded and the form empties, focus goes to the confirmation, and the pane's
  // announcer says what was recorded (or that it was not).
  const announce = usePaneAnnouncer();
  const recorded = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (save.state === "recorded") recorded.current?.focus();
  }, [save.state]);
  const choices = CHOICES.filter((c) => !(done && c.kind === "noActionNeeded") && (newMatter || c.kind !== "dealtWithAsNewMatter"));
  const chosen = choices.find((c) => c.kind === choice);

  const record = async () => {
    if (!choice) return setSave({ state: "refused", message: "Choose what was done about the alert." });
    setSave({ state: "saving" });
    try {
      const result = await onAct(id.current, outcomeOf(choice, detail));
      if (!result.ok) return setSave({ state: "refused", message: result.message });
      // Recorded: a further action is a new one.
      id.current = crypto.randomUUID();
      setChoice(undefined);
      setDetail("");
      const awaiting = result.action.outcome.kind === "noActionNeeded" && confirmBy;
      const words = `${describeAlertOutcome(result.action.outcome)}${awaiting ? `. Not yet confirmed by a manager: the alert stays open until ${theOne(confirmBy)} confirms or overturns it` : ""}`;
      setSave({ state: "recorded", words });
      announce(keeping ? `${KEPT_TITLE}: ${keptWords(words)}` : recordedWords(words));
    } catch (error) {
      const message = describeStoreError(error);
      setSave({ state: "failed", message });
      announce(`Not recorded: ${message} ${notRecordedWords("What was done about the alert")}`);
    }
  };
  const edit = (change: () => void) => {
    change();
    // What is sent changed: it is a different action from the one that failed.
    if (save.state === "failed") id.current = crypto.randomUUID();
    if (save.state !== "saving") setSave({ state: "idle" });
  };

  const refused = save.state === "refused" ? save.message : undefined;
  return (
    <section className={styles.form} aria-labelledby={headingId} data-testid="alert-action-form">
      <Subtitle2 as="h2" id={headingId}>
        What was done about the alert
      </Subtitle2>
      <Field label="Action taken" required validationState={refused && !choice ? "error" : "none"} validationMessage={refused && !choice ? refused : undefined}>
        <RadioGroup value={choice ?? ""} onChange={(_e, data) => edit(() => setChoice(data.value as Choice))}>
          {choices.map((c) => (
            <Radio key={c.kind} value={c.kind} label={c.option} />
          ))}
        </RadioGroup>
      </Field>
      {done && (
        <Caption1 data-testid="no-action-withdrawn">
          “No action needed” is not offered: this alert was {done === "reportedToPolice" ? "reported to the police" : "escalated"}. Record what was done since.
        </Caption1>
      )}
      {chosen && (
        <Field
          label={chosen.field}
          hint={chosen.kind === "noActionNeeded" && confirmBy ? `${chosen.hint} ${capital(theOne(confirmBy))} must confirm it: until then the alert stays open.` : chosen.hint}
          required
          validationState={refused ? "error" : "none"}
          validationMessage={refused}
          data-testid="alert-action-detail"
        >
          {chosen.kind === "noActionNeeded" ? (
            <Textarea value={detail} onChange={(_e, data) => edit(() => setDetail(data.value))} resize="vertical" />
          ) : (
            <Input value={detail} onChange={(_e, data) => edit(() => setDetail(data.value))} />
          )}
        </Field>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={save.state === "saving"} onClick={() => void record()}>
          {save.state === "failed" ? "Try again" : "Record what was done"}
        </Button>
      </div>
      {save.state === "recorded" && (
        <MessageBar intent={keeping ? "warning" : "success"} politeness="polite" ref={recorded} tabIndex={-1} data-testid="alert-action-recorded">
          <MessageBarBody>
            <MessageBarTitle>{keeping ? KEPT_TITLE : "Recorded"}</MessageBarTitle>
            {keeping ? keptWords(save.words) : listedWords(save.words)}
          </MessageBarBody>
        </MessageBar>
      )}
      {save.state === "failed" && (
        <MessageBar intent="error" data-testid="alert-action-error">
          <MessageBarBody>{save.message} {notRecordedWords("What was done about the alert")}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
