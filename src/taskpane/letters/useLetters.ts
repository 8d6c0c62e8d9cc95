import { useCallback, useEffect, useState } from "react";
import { draftInOutlook, markSentBy, wordLetter, type LetterAsk } from "../../app/letters";
import type { GuardedStrategy } from "../../policy/compose-guard";
import type { Services } from "../../app/services";
import type { LetterProblem } from "../../policy/letters/letter";
import type { LetterRecord } from "../../policy/letters/record";
import type { LetterQuery } from "../../store/port";
import type { ContactStrategy } from "../../policy/strategy";
import { doubtWords, judgeLetters, spocContext } from "../../app/letter-trust";
import { describeStoreError } from "../errors";
import { download } from "../shared/download";

const WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export type LetterOutcome =
  | { state: "idle" }
  | { state: "working" }
  | { state: "refused"; problems: LetterProblem[] }
  | { state: "done"; message: string }
  | { state: "failed"; message: string }
  /** "Mark as sent" refused: the reader is not the single point of contact (T7 #16). */
  | { state: "notSent"; message: string; policyRef: string };

export type LetterAction = { kind: "draft"; reply: boolean } | { kind: "word" };

/**
 * Binds the letter use cases (src/app/letters) to the pane: draft in Outlook, download the
 * Word letter, mark one sent, and the letters on record for this person. One id per letter a
 * person asks for: "Try again" after a failure reuses it, so nothing is recorded twice.
 */
export function useLetters(services: Services, query: LetterQuery, restricted?: GuardedStrategy, inForce?: ContactStrategy) {
  const [outcome, setOutcome] = useState<LetterOutcome>({ state: "idle" });
  const [letters, setLetters] = useState<LetterRecord[] | undefined>();
  /** Why each letter on record as sent may not have been (src/app/letter-trust.ts): by letter id, said under it. */
  const [doubts, setDoubts] = useState<Record<string, string>>({});
  const [listProblem, setListProblem] = useState<string | undefined>();
  const [pendingId, setPendingId] = useState<string>(() => crypto.randomUUID());
  const key = JSON.stringify(query);

  const reload = useCallback(async () => {
    try {
      const found = await services.store.lettersFor(JSON.parse(key) as LetterQuery);
      // Judged before shown: a letter written "sent" outside the add-in, backdated, or not sent by the SPOC says so (T8 #6).
      const spoc = spocContext(inForce);
      const judged = await judgeLetters(services.store, found, () => ({ now: services.now(), ...(spoc ? { spoc } : {}) }));
      setDoubts(Object.fromEntries(judged.flatMap(({ letter, doubts }) => (doubts.length ? [[letter.id, doubtWords(doubts)!]] : []))));
      setLetters(found);
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
        setOutcome({ state: "done", message: "The draft is open in Outlook. Read it, change it if needed, and send it yourself: the add-in never sends a letter." });
      } else {
        const result = await wordLetter(services, ask, { id: pendingId, largePrint });
        if (!result.ok) return setOutcome({ state: "refused", problems: result.problems });
        download(result.bytes as BlobPart, result.fileName, WORD_TYPE);
        setOutcome({ state: "done", message: `${result.fileName} is downloaded. Check it before you print or send it.` });
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
      await reload();
    } catch (error) {
      setOutcome({ state: "failed", message: describeStoreError(error) });
    }
  };

  return { outcome, letters, doubts, listProblem, act, sent, dismiss: () => setOutcome({ state: "idle" }) };
}
