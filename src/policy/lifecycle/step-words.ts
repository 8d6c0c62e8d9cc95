import type { StrategyCommand } from "../strategy";

/**
 * A strategy's steps in words a reader uses: the records keep their short keys ("sendBack"); people read "Sent back to
 * the proposer". `done` reads before "by <who>"; `begun` follows "Started:" (an intent event). Here, in the policy, so
 * its own messages (a decision that does not count) say them too: src/app/strategy/step-words.ts adds the other acts.
 */
export const STEPS: Readonly<Record<StrategyCommand["type"], { done: string; begun: string }>> = {
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

/** "Approved" for "approve"; a key the table does not know reads as it was written. */
export const stepDone = (type: string): string => (Object.hasOwn(STEPS, type) ? STEPS[type as StrategyCommand["type"]].done : type);
