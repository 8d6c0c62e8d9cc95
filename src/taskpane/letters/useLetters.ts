import { useCallback, useEffect, useState } from "react";
import { draftInOutlook, finishRecording, markSentBy, wordLetter, type LetterAsk } from "../../app/letters";
import type { GuardedStrategy } from "../../policy/compose-guard";
import type { Services } from "../../app/services";
import type { LetterProblem } from "../../policy/letters/letter";
import type { LetterRecord } from "../../policy/letters/record";
import { StoreError, type CaseStore, type LetterQuery } from "../../store/port";
import type { ContactStrategy } from "../../policy/strategy";
import { doubtWords, judgeLetters, spocContext } from "../../app/letter-trust";
import { describeStoreError } from "../errors";
import { download } from "../shared/download";

const WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export type LetterOutcome =
  | { state: "idle" }
  | { state: "working" }
  | { state: "refused"; problems: LetterProblem[] }
  /** `leftOut`: records the letter did not cite for being added outside the add-in (T19-1), said beside it. */
  | { state: "done"; message: string; leftOut?: string }
  | { state: "failed"; message: string }
  /** "Mark as sent" refused: the reader is not the single point of contact (T7 #16). */
  | { state: "notSent"; message: string; policyRef: string }
  /**
   * "Mark as sent" or "Finish recording" failed: `partly` when the letter was marked sent but its audit record was not
   * written (T9 #9), otherwise nothing changed.
   */
  | { state: "markFailed"; message: string; partly: boolean; finishing: boolean }
  | { state: "recorded"; message: string };

const leftOutOf = (result: { leftOut?: string }) => (result.leftOut ? { leftOut: result.leftOut } : {});

/** What the pane says when "Mark as sent" or "Finish recording" failed: whether the letter was marked sent all the same (T9 #9). */
export function markFailure(error: unknown, finishing: boolean): Extract<LetterOutcome, { state: "markFailed" }> {
  return { state: "markFailed", message: describeStoreError(error), partly: error instanceof StoreError && "partly" in error, finishing };
}

/** The letters on record for the pane, each with what is said under it. */
export interface LettersOnRecord {
  letters: LetterRecord[];
  /** "In doubt: …" by letter id (src/app/letter-trust.ts), or that the audit check could not be done. */
  doubts: Record<string, string>;
  /** What a letter not in doubt was judged on, when less than its content (marked sent before the digest). */
  judgedOn: Record<string, string>;
  /** Letters the reader marked sent whose own audit event is missing: they may finish recording it (T9 #9). */
  unfinished: string[];
}

/**
 * The letters on record, judged before shown: a letter written "sent" outside the add-in, backdated, changed after it was
 * marked, or not sent by the SPOC says so (T8 #6, T9 #10). If the audit trail cannot be read the letters are still shown,
 * each sent one saying its check could not be done (T9 #14) — never hidden, never passed as fine.
 */
export async function readLettersOnRecord(
  store: Pick<CaseStore, "lettersFor" | "auditForTargets">,
  query: LetterQuery,
  context: { now: Date; user: string; inForce?: ContactStrategy | undefined },
): Promise<LettersOnRecord> {
  const letters = await store.lettersFor(query);
  const spoc = spocContext(context.inForce);
  let judged;
  try {
    judged = await judgeLetters(store, letters, () => ({ now: context.now, ...(spoc ? { spoc } : {}) }));
  } catch (error) {
    const why = `Its audit record could not be checked (${describeStoreError(error)}): whether it was marked sent as it says is not known. Reopen the pane to check again.`;
    return { letters, doubts: Object.fromEntries(letters.filter((l) => l.status === "sent").map((l) => [l.id, why])), judgedOn: {}, unfinished: [] };
  }
  const mine = (letter: LetterRecord) => Boolean(letter.sentBy) && letter.sentBy!.toLowerCase() === context.user.toLowerCase();
  return {
    letters,
    doubts: Object.fromEntries(judged.flatMap(({ letter, doubts }) => (doubts.length ? [[letter.id, doubtWords(doubts)!]] : []))),
    judgedOn: Object.fromEntries(judged.flatMap(({ letter, judgedOn }) => (judgedOn ? [[letter.id, judgedOn]] : []))),
    unfinished: judged.filter(({ letter, eventMissing }) => eventMissing && mine(letter)).map(({ letter }) => letter.id),
  };
}

export type LetterAction = { kind: "draft"; reply: boolean } | { kind: "word" };

/**
 * Binds the letter use cases (src/app/letters) to the pane: draft in Outlook, download the
 * Word letter, mark one sent, and the letters on record for this person. One id per letter a
 * person asks for: "Try again" after a failure reuses it, so nothing is recorded twice.
 */
export function useLetters(services: Services, query: LetterQuery, restricted?: GuardedStrategy, inForce?: ContactStrategy) {
  const [outcome, setOutcome] = useState<LetterOutcome>({ state: "idle" });
  const [onRecord, setOnRecord] = useState<LettersOnRecord | undefined>();
  const [listProblem, setListProblem] = useState<string | undefined>();
  const [pendingId, setPendingId] = useState<string>(() => crypto.randomUUID());
  const key = JSON.stringify(query);

  const reload = useCallback(async () => {
    try {
      setOnRecord(await readLettersOnRecord(services.store, JSON.parse(key) as LetterQuery, { now: services.now(), user: services.user.emailAddress, inForce }));
      setListProblem(undefined);
    } catch (error) {
      setListProblem(describeStoreError(error));
    }
  }, [services, key, inForce]);
  useEffect(() => void reload(), [reload]);

  const act = async (ask: LetterAsk, action: LetterAction, largePrint: boolean) => {
    setOutcome({ state: "working" });
    try {
      if (action.kind === "draft") {
        const result = await draftInOutlook(services, ask, { id: pendingId, reply: action.reply, largePrint, attachmentBase: location.href });
        if (!result.ok) return setOutcome({ state: "refused", problems: result.problems });
        setOutcome({ state: "done", message: "The draft is open in Outlook. Read it, change it if needed, and send it yourself: the add-in never sends a letter.", ...leftOutOf(result) });
      } else {
        const result = await wordLetter(services, ask, { id: pendingId, largePrint });
        if (!result.ok) return setOutcome({ state: "refused", problems: result.problems });
        download(result.bytes as BlobPart, result.fileName, WORD_TYPE);
        setOutcome({ state: "done", message: `${result.fileName} is downloaded. Check it before you print or send it.`, ...leftOutOf(result) });
      }
      setPendingId(crypto.randomUUID());
      await reload();
    } catch (error) {
      setOutcome({ state: "failed", message: describeStoreError(error) });
    }
  };

  const sent = async (letter: LetterRecord) => {
    try {
      const result = await markSentBy(services, letter, restricted);
      if (!result.ok) return setOutcome({ state: "notSent", message: result.message, policyRef: result.policyRef });
      setOutcome({ state: "idle" });
    } catch (error) {
      setOutcome(markFailure(error, false));
    }
    // Reread whatever happened: a marking whose audit write failed shows as sent, with "Finish recording" (T9 #9).
    await reload();
  };

  const finish = async (letter: LetterRecord) => {
    try {
      const result = await finishRecording(services, letter);
      if (!result.ok) return setOutcome({ state: "markFailed", message: result.message, partly: false, finishing: true });
      setOutcome({ state: "recorded", message: "The record of your marking it sent is written: the letter is no longer in doubt for want of it." });
    } catch (error) {
      setOutcome(markFailure(error, true));
    }
    await reload();
  };

  return {
    outcome,
    letters: onRecord?.letters,
    doubts: onRecord?.doubts ?? {},
    judgedOn: onRecord?.judgedOn ?? {},
    unfinished: onRecord?.unfinished ?? [],
    listProblem,
    act,
    sent,
    finish,
    dismiss: () => setOutcome({ state: "idle" }),
  };
}
