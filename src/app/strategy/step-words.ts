import type { StrategyCommand, StrategyStatus } from "../../policy/strategy";

/**
 * The steps of a strategy's life and the other recorded acts, in words a reader of the history uses: the records keep
 * their short keys ("sendBack", "saveDraft"); the strategy's page, the timeline and the subject access document say
 * "Sent back to the proposer". `done` reads before "by <who>"; `begun` follows "Started:" (an intent event).
 */
const STEPS: Readonly<Record<StrategyCommand["type"], { done: string; begun: string }>> = {
  propose: { done: "Proposed", begun: "proposing" },
  approve: { done: "Approved", begun: "approving" },
  reject: { done: "Rejected", begun: "rejecting" },
  sendBack: { done: "Sent back to the proposer", begun: "sending back to the proposer" },
  startReview: { done: "Review started", begun: "starting the review" },
  continue: { done: "Continued on review", begun: "continuing on review" },
  alter: { done: "Altered on review", begun: "altering on review" },
  end: { done: "Ended", begun: "ending" },
  raiseDispute: { done: "Dispute raised", begun: "raising a dispute" },
  decideDispute: { done: "Dispute decided", begun: "deciding the dispute" },
};

const OTHER_ACTS: Readonly<Record<string, { done: string; begun: string }>> = {
  saveDraft: { done: "Draft saved", begun: "saving the draft" },
  proposeChange: { done: "Change proposed", begun: "proposing a change" },
  composeOverride: { done: "Compose guard overridden (a different matter)", begun: "overriding the compose guard" },
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

/** A step's "draft → proposed." detail with statuses in words ("under review → in force."); other text as it is. */
export function statusWords(detail: string): string {
  return detail.replace(/^(\w+) → (\w+)\./, (whole, from: string, to: string) =>
    Object.hasOwn(STATUS_SHORT, from) && Object.hasOwn(STATUS_SHORT, to) ? `${STATUS_SHORT[from as StrategyStatus]} → ${STATUS_SHORT[to as StrategyStatus]}.` : whole,
  );
}
