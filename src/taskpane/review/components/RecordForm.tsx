import { Body1, Button, Caption1, Checkbox, Field, Input, MessageBar, MessageBarBody, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CaseworkerDecision, RecordResult } from "../../../app/record-contact";
import { CATEGORY_IDS, type CategoryId } from "../../../policy/categories";
import type { PolicyPack } from "../../../policy/packs/schema";
import { NOTE_MAX, type ContactRecord, type SubTypeChoice } from "../../../policy/contact";
import type { ContactDecision } from "../../../store/port";
import { describeStoreError } from "../../errors";
import { longDate } from "../../../policy/calendar";
import type { IsoDate } from "../../../policy/strategy";
import { usePaneAnnouncer } from "../../shared/announcer";
import { notRecordedWords } from "../../shared/not-recorded";
import { addedOutsideWords, adderOf, type NotHers } from "../../../app/records/added-outside";

const useStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS, flexWrap: "wrap" },
  subTypes: { marginInlineStart: tokens.spacingHorizontalXXL, display: "flex", flexDirection: "column" },
  note: { marginTop: tokens.spacingVerticalS },
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
  suggestedSubTypes = [],
  recorded,
  recordedUnknown,
  recordedOutside,
  nameOf,
  you,
  today,
  lastMatterDecision,
  onRecord,
}: {
  pack: PolicyPack;
  suggested: readonly CategoryId[];
  /** The sub-types the suggestions name, ticked under their categories until the caseworker changes them. */
  suggestedSubTypes?: readonly SubTypeChoice[];
  /** The decision the ContactLog holds for this message, if any. */
  recorded?: ContactRecord | undefined;
  /** Why the ContactLog could not be read, when it could not: whether this message was recorded is unknown. */
  recordedUnknown?: string | undefined;
  /** A record of this message added outside the add-in in a colleague's name: said, never shown as their decision (T19-2). */
  recordedOutside?: NotHers | undefined;
  /** A person's name for a recorded sign-in address (the address itself when unknown). */
  nameOf: (address: string) => string;
  /** The signed-in person's address: their own note is "Your note", anyone else's is named (never "Their note", which reads as the sender's). */
  you?: string | undefined;
  /** Today: a decision on their matter cannot be dated after it. */
  today?: IsoDate | undefined;
  /** The latest day the person's records say they were told the decision on their matter, for the hint. */
  lastMatterDecision?: IsoDate | undefined;
  onRecord: (decision: CaseworkerDecision) => Promise<RecordResult>;
}) {
  const styles = useStyles();
  const [stored, setStored] = useState<ContactRecord | undefined>(recorded);
  const [chosen, setChosen] = useState<CategoryId[]>([...(recorded?.categories ?? suggested)]);
  const [subTypes, setSubTypes] = useState<SubTypeChoice[]>([...(recorded ? (recorded.subTypes ?? []) : suggestedSubTypes)]);
  const [note, setNote] = useState(recorded?.note ?? "");
  const [decidedOn, setDecidedOn] = useState(recorded?.matterDecidedOn ?? "");
  const [save, setSave] = useState<SaveState>({ state: "idle" });
  // Saved or not is said by the pane's announcer, once for each press.
  const announce = usePaneAnnouncer();
  const matter = decidedOn ? { matterDecidedOn: decidedOn } : {};
  const same = chosen.length === suggested.length && chosen.every((c) => suggested.includes(c));

  const record = async (decision: CaseworkerDecision) => {
    setSave({ state: "saving" });
    try {
      const result = await onRecord(decision);
      setStored(result.record);
      setChosen([...result.record.categories]);
      setSubTypes([...(result.record.subTypes ?? [])]);
      setNote(result.record.note ?? "");
      setDecidedOn(result.record.matterDecidedOn ?? "");
      const message = recordedWords(result, pack, nameOf);
      setSave({ state: "saved", message });
      announce(message);
    } catch (error) {
      const message = describeStoreError(error);
      setSave({ state: "failed", message });
      announce(`Not recorded: ${message} ${notRecordedWords("Your decision")}`);
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
          {stored.note && (
            <Caption1 block data-testid="recorded-note">
              {you && stored.recordedBy.toLowerCase() === you.toLowerCase() ? "Your note" : `Note by ${nameOf(stored.recordedBy)}`}: “{stored.note}”
            </Caption1>
          )}
          {stored.matterDecidedOn && (
            <Caption1 block data-testid="recorded-matter-decided">
              Told the decision on their matter on {longDate(stored.matterDecidedOn)}.
            </Caption1>
          )}
        </Body1>
      ) : recordedUnknown ? (
        <Body1 block as="p" data-testid="recorded-decision" data-outcome="unknown">
          Whether this message was already recorded is unknown: the contact log could not be read ({recordedUnknown}). Recording
          it is safe — nothing is written twice.
        </Body1>
      ) : recordedOutside ? (
        <Body1 block as="p" data-testid="recorded-decision" data-outcome={"inDoubt" in recordedOutside ? "in-doubt" : "outside"}>
          {addedOutsideWords(recordedOutside, nameOf)}
        </Body1>
      ) : (
        <Body1 block as="p" data-testid="recorded-decision" data-outcome="none">
          Not recorded yet.
        </Body1>
      )}
      {CATEGORY_IDS.map((id) => {
        const category = pack.categories.find((c) => c.canonical === id);
        const label = category?.label ?? id;
        const has = (subType: string) => subTypes.some((s) => s.category === id && s.subType === subType);
        return (
          <div key={id}>
            <Checkbox
              label={label}
              checked={chosen.includes(id)}
              onChange={(_e, data) => setChosen((c) => (data.checked === true ? [...c, id] : c.filter((x) => x !== id)))}
            />
            {/* The policy's own sub-types, under a ticked category only: what kind, not only that there was some. */}
            {category && chosen.includes(id) && (
              <div className={styles.subTypes} role="group" aria-label={`Which kind of ${label.toLowerCase()}`} data-testid={`subtypes-${id}`}>
                {category.subTypes.map((s) => (
                  <Checkbox
                    key={s.id}
                    size="medium"
                    label={s.label}
                    checked={has(s.id)}
                    onChange={(_e, data) =>
                      setSubTypes((all) => (data.checked === true ? [...all, { category: id, subType: s.id }] : all.filter((x) => !(x.category === id && x.subType === s.id))))
                    }
                  />
                ))}
              </div>
            )}
          </div>
        );
      })}
      <Field className={styles.note} label="Your note (optional)" hint={`Why you decided this, in a few words; kept with the record. At most ${NOTE_MAX} characters.`}>
        <Textarea value={note} maxLength={NOTE_MAX} resize="vertical" onChange={(_e, data) => setNote(data.value)} data-testid="decision-note" />
      </Field>
      {/* Gwent 5.0 / Warwickshire 3.2: persistence is contact that challenges a decision already given; the day it was given is the caseworker's to record. */}
      <Field
        className={styles.note}
        label="They were told our decision on this matter on (optional)"
        hint={`The day the office sent its decision on what this message is about: persistence after a decision counts from it. ${lastDecisionWords(lastMatterDecision, recordedUnknown)}`}
      >
        <Input type="date" value={decidedOn} {...(today ? { max: today } : {})} onChange={(_e, data) => setDecidedOn(data.value)} data-testid="matter-decided-on" />
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={save.state === "saving"}
          onClick={() => void record({ categories: chosen, outcome: same ? "confirmed" : "corrected", subTypes: subTypes.filter((s) => chosen.includes(s.category)), note, ...matter })}
        >
          {save.state === "failed" ? "Try again" : same ? "Confirm and record" : "Record my correction"}
        </Button>
        <Button disabled={save.state === "saving"} onClick={() => void record({ categories: [], outcome: "dismissed", note, ...matter })}>
          Dismiss suggestions and record
        </Button>
      </div>
      <div>
        {save.state === "saving" && "Recording…"}
        {save.state === "saved" && (
          <MessageBar intent="success" data-testid="record-result">
            <MessageBarBody>{save.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {save.state === "failed" && (
        <MessageBar intent="error" data-testid="record-error">
          <MessageBarBody>{save.message} {notRecordedWords("Your decision")}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** What the pane says once Record has done its work. */
export function recordedWords(result: RecordResult, pack: PolicyPack, nameOf: (address: string) => string): string {
  if (result.status === "created") return "Recorded in the contact log.";
  if (result.status === "unchanged") return "Already recorded — nothing was duplicated.";
  // The record there was no one's decision through the add-in: say plainly whose it was, and that hers replaces it (T20-7).
  if (result.notHers) {
    const named = nameOf(result.previous.recordedBy);
    const before =
      "inDoubt" in result.notHers
        ? `The record there before, naming ${named} as its recorder, was changed outside the add-in by ${adderOf(result.notHers)} and was in doubt`
        : `The record there before, naming ${named} as its recorder, was added outside the add-in by ${adderOf(result.notHers)}: it was not ${named}'s decision`;
    return `Recorded as your decision: ${decisionWords(result.record, pack)}. ${before}. Yours replaces it.`;
  }
  return `Correction recorded (was: ${decisionWords(result.previous, pack)}). Now: ${decisionWords(result.record, pack)}.`;
}

/** A recorded decision in the pack's words, e.g. "Abusive (Threats or harm to people or property), Demands" or "suggestions dismissed". */
export function decisionWords(decision: Pick<ContactDecision, "categories" | "outcome" | "subTypes">, pack: PolicyPack): string {
  if (decision.categories.length > 0) {
    return decision.categories
      .map((id) => {
        const category = pack.categories.find((c) => c.canonical === id);
        const kinds = (decision.subTypes ?? []).filter((s) => s.category === id).map((s) => category?.subTypes.find((t) => t.id === s.subType)?.label ?? s.subType);
        return `${category?.label ?? id}${kinds.length ? ` (${kinds.join("; ")})` : ""}`;
      })
      .join(", ");
  }
  return decision.outcome === "dismissed" ? "suggestions dismissed" : "nothing unacceptable";
}

/** When a decision was recorded, as staff in England and Wales read it ("2 December 2026 at 14:05"). */
const WHEN = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });
function whenWords(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : WHEN.format(date);
}

/** The last day on record, or that there is none — or, when the contact log could not be read, that it is unknown (T5 finding 8). */
function lastDecisionWords(last: string | undefined, logProblem: string | undefined): string {
  if (last) return `Last recorded for them: ${longDate(last)}.${logProblem ? " A later one may be in the contact log, which could not be read." : ""}`;
  return logProblem ? "Whether one is recorded for them is unknown: the contact log could not be read." : "None is recorded for them yet.";
}
