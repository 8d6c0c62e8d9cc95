import { STEPS } from "../../policy/lifecycle/step-words";
import type { StrategyCommand, StrategyStatus } from "../../policy/strategy";

/**
 * The steps of a strategy's life and the other recorded acts, in words a reader of the history uses: the records keep
 * their short keys ("sendBack", "saveDraft"); the strategy's page, the timeline and the subject access document say
 * "Sent back to the proposer". `done` reads before "by <who>"; `begun` follows "Started:" (an intent event).
 */

const OTHER_ACTS: Readonly<Record<string, { done: string; begun: string }>> = {
  saveDraft: { done: "Draft saved", begun: "saving the draft" },
  proposeChange: { done: "Change proposed", begun: "proposing a change" },
  composeOverride: { done: "Compose guard overridden (a different matter)", begun: "overriding the compose guard" },
  // The first recording of a message (its intent's key: src/app/record-contact.ts).
  record: { done: "Message recorded", begun: "recording the message" },
};

const STATUS_SHORT: Readonly<Record<StrategyStatus, string>> = {
  draft: "draft",
  proposed: "proposed",
  active: "in force",
  underReview: "under review",
  rejected: "rejected",
  ended: "ended",
};

const wordsOf = (key: string) => (Object.hasOwn(STEPS, key) ? STEPS[key as StrategyCommand["type"]] : Object.hasOwn(OTHER_ACTS, key) ? OTHER_ACTS[key] : undefined);

/** "Sent back to the proposer" for "sendBack"; an act the table does not know reads as it was written. */
export const actWords = (key: string): string => wordsOf(key)?.done ?? key;

/** "sending back to the proposer" for "sendBack", after "Started:". */
export const begunWords = (key: string): string => wordsOf(key)?.begun ?? key;

/** A status in words: "under review" for "underReview"; an unknown one as written. */
export const statusWord = (status: string): string => (Object.hasOwn(STATUS_SHORT, status) ? STATUS_SHORT[status as StrategyStatus] : status);

/** A step's "draft → proposed." detail with statuses in words ("under review → in force."); other text as it is. */
export function statusWords(detail: string): string {
  return detail.replace(/^(\w+) → (\w+)\./, (whole, from: string, to: string) =>
    Object.hasOwn(STATUS_SHORT, from) && Object.hasOwn(STATUS_SHORT, to) ? `${STATUS_SHORT[from as StrategyStatus]} → ${STATUS_SHORT[to as StrategyStatus]}.` : whole,
  );
}
