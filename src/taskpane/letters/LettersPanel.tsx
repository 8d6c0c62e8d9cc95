import { Button, Caption1, Checkbox, Field, Select, Spinner, Subtitle2, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import { KIND_WORDS, type LetterKind } from "../../policy/letters/kinds";
import { describeLetter, letterForm, letterTime, type LetterRecord } from "../../policy/letters/record";
import { nameOrAddress } from "../../app/staff-names";
import { Notice } from "../shared/Notice";
import type { LetterAction, LetterOutcome } from "./useLetters";
import { useServices } from "../services";
import { PolicyRef } from "../shared/PolicyRef";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

export interface LetterChoice {
  kind: LetterKind;
  signpost?: string;
  largePrint: boolean;
}

/**
 * Letters to this person: choose a kind, then draft it in Outlook (a reply or a new message,
 * for a person to send) or download it as a Word document. A refusal lists each element the
 * letter cannot carry and the paragraph that requires it. Gets data and callbacks; fetches nothing.
 */
export function LettersPanel({
  kinds,
  signposts,
  outcome,
  letters,
  listProblem,
  canReply,
  largePrintFirst = false,
  onAct,
  onMarkSent,
  onDismiss,
  notSender,
  doubts,
  judgedOn,
  unfinished,
  onFinish,
}: {
  kinds: readonly LetterKind[];
  signposts: ReadonlyArray<{ id: string; matter: string }>;
  outcome: LetterOutcome;
  letters: LetterRecord[] | undefined;
  listProblem: string | undefined;
  canReply: boolean;
  /** Large print ticked from the start: an adjustment asked for or recorded (Warwickshire 5). */
  largePrintFirst?: boolean;
  onAct: (choice: LetterChoice, action: LetterAction) => void;
  onMarkSent: (letter: LetterRecord) => void;
  onDismiss: () => void;
  /** Why the reader may not mark a letter to this person as sent (not the single point of contact): no button, this said instead. */
  notSender?: { message: string; policyRef: string } | undefined;
  /** Why a letter on record as sent may not have been, by letter id ("In doubt: …", src/app/letter-trust.ts). */
  doubts?: Readonly<Record<string, string>>;
  /** What a letter not in doubt was judged on, when less than its content (marked sent before its digest was recorded). */
  judgedOn?: Readonly<Record<string, string>>;
  /** Letters the reader marked sent whose audit record is missing: each offers "Finish recording" (T9 #9). */
  unfinished?: readonly string[];
  onFinish?: (letter: LetterRecord) => void;
}) {
  const styles = useStyles();
  const { pack } = useServices();
  const headingId = useId("letters-heading");
  const [kind, setKind] = useState<LetterKind>(kinds[0]!);
  const [signpost, setSignpost] = useState(signposts[0]?.id);
  const [largePrint, setLargePrint] = useState(largePrintFirst);
  const working = outcome.state === "working";
  const choice: LetterChoice = { kind, largePrint, ...(kind === "signposting" && signpost ? { signpost } : {}) };

  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="letters">
      <Subtitle2 as="h2" id={headingId}>
        Letters
      </Subtitle2>
      <Field label="Letter">
        <Select value={kind} onChange={(_, data) => setKind(data.value as LetterKind)} data-testid="letter-kind">
          {kinds.map((k) => (
            <option key={k} value={k}>
              {capitalise(KIND_WORDS[k])}
            </option>
          ))}
        </Select>
      </Field>
      {kind === "signposting" && signposts.length > 0 && (
        <Field label="Matter the office cannot deal with">
          <Select value={signpost} onChange={(_, data) => setSignpost(data.value)}>
            {signposts.map((s) => (
              <option key={s.id} value={s.id}>
                {capitalise(s.matter)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Checkbox
        label={largePrintFirst ? "Large print (16 pt): asked for as an adjustment" : "Large print (16 pt)"}
        checked={largePrint}
        onChange={(_, data) => setLargePrint(Boolean(data.checked))}
      />
      <div className={styles.actions}>
        {canReply && (
          <Button appearance="primary" disabled={working} onClick={() => onAct(choice, { kind: "draft", reply: true })}>
            Draft reply
          </Button>
        )}
        <Button disabled={working} onClick={() => onAct(choice, { kind: "draft", reply: false })}>
          Draft new message
        </Button>
        <Button disabled={working} onClick={() => onAct(choice, { kind: "word" })}>
          Download Word letter
        </Button>
      </div>
      {working && <Spinner size="tiny" label="Preparing the letter…" />}
      {outcome.state === "refused" && (
        <Notice intent="error" title="This letter cannot be produced yet" onDismiss={onDismiss}>
          <ul className={styles.list} data-testid="letter-problems">
            {outcome.problems.map((p) => (
              <li key={p.message}>
                <PolicyRef reference={p.policyRef ? `${p.message} (${p.policyRef})` : p.message} pack={pack} />
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {outcome.state === "done" && (
        <Notice intent="success" title="Letter prepared and recorded" onDismiss={onDismiss}>
          {outcome.message}
          {outcome.leftOut && (
            <Caption1 block data-testid="letter-left-out">
              {outcome.leftOut}
            </Caption1>
          )}
        </Notice>
      )}
      {outcome.state === "notSent" && (
        <Notice intent="error" title="Not marked as sent" onDismiss={onDismiss}>
          <PolicyRef reference={`${outcome.message} (${outcome.policyRef})`} pack={pack} />
        </Notice>
      )}
      {outcome.state === "markFailed" && (
        <Notice intent={outcome.partly ? "warning" : "error"} title={outcome.partly ? "Marked sent, but the audit record was not written" : outcome.finishing ? "The recording was not finished" : "Not marked as sent"} onDismiss={onDismiss}>
          {outcome.partly ? outcome.message : `${outcome.message} Try again: nothing will be recorded twice.`}
        </Notice>
      )}
      {outcome.state === "recorded" && (
        <Notice intent="success" title="Recording finished" onDismiss={onDismiss}>
          {outcome.message}
        </Notice>
      )}
      {outcome.state === "failed" && (
        <Notice intent="error" title="The letter was not prepared" onDismiss={onDismiss}>
          {outcome.message} Try again: nothing will be recorded twice.
        </Notice>
      )}
      <RecordedLetters letters={letters} problem={listProblem} onMarkSent={onMarkSent} notSender={notSender} doubts={doubts ?? {}} judgedOn={judgedOn ?? {}} unfinished={unfinished ?? []} onFinish={onFinish ?? (() => {})} />
    </section>
  );
}

function RecordedLetters({
  letters,
  problem,
  onMarkSent,
  notSender,
  doubts,
  judgedOn,
  unfinished,
  onFinish,
}: {
  letters: LetterRecord[] | undefined;
  problem: string | undefined;
  doubts: Readonly<Record<string, string>>;
  judgedOn: Readonly<Record<string, string>>;
  unfinished: readonly string[];
  onFinish: (letter: LetterRecord) => void;
  onMarkSent: (letter: LetterRecord) => void;
  notSender?: { message: string; policyRef: string } | undefined;
}) {
  const styles = useStyles();
  const { pack } = useServices();
  if (problem) return <Caption1>The letters on record could not be read: {problem}</Caption1>;
  if (!letters) return <Spinner size="extra-tiny" label="Reading the letters on record…" />;
  if (letters.length === 0) return <Caption1>No letters on record for this person.</Caption1>;
  return (
    <ul className={styles.list} aria-label="Letters on record" data-testid="letters-on-record">
      {letters.map((l) => (
        <li key={l.id} className={styles.item} data-status={l.status}>
          <Text>{describeLetter(l, nameOrAddress)}</Text>
          {doubts[l.id] && <Caption1 data-testid="letter-in-doubt">{doubts[l.id]}</Caption1>}
          {judgedOn[l.id] && <Caption1 data-testid="letter-judged-on">{judgedOn[l.id]}</Caption1>}
          {unfinished.includes(l.id) && (
            <Button size="small" onClick={() => onFinish(l)} aria-label={`Finish recording that you marked the ${KIND_WORDS[l.kind]} of ${letterTime(l.preparedAt)} (${letterForm(l)}) as sent`}>
              Finish recording
            </Button>
          )}
          {l.status === "drafted" && notSender && (
            <Caption1 data-testid="letter-not-sender">
              Not sent yet. <PolicyRef reference={`${notSender.message} (${notSender.policyRef})`} pack={pack} />
            </Caption1>
          )}
          {l.status === "drafted" && !notSender && (
            <Button size="small" onClick={() => onMarkSent(l)} aria-label={`Mark the ${KIND_WORDS[l.kind]} of ${letterTime(l.preparedAt)} (${letterForm(l)}) as sent`}>
              Mark as sent
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
