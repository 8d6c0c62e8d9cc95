import { actWords } from "../strategy/step-words";
import type { ContactStrategy, IsoInstant, StrategyEvent } from "../../policy/strategy";
import type { AuditEvent, CaseStore, RecordedDecision } from "../../store/port";
import { vouches } from "../../store/audit-chain";
import { DECISION_KINDS, decisionFingerprint, decisionFromStep, stepAuditEvent } from "../strategy/steps";
import { isIntent } from "./intent";

/**
 * A decision step saved on a strategy whose Decisions item was never written: the strategy's save
 * (the lock) comes first, then the decision, so a 503 or a lost connection between them leaves an
 * item that says "approved" with no evidence that counts (src/policy/in-force: not in force). The
 * step's intent is settled by the save, so only this check finds it. It is settled one of two ways:
 * - by the decider (their `records reconcile`, or their pane's check at start): the decision is
 *   recorded in their own name from the step as saved — SharePoint's createdBy is then theirs, as
 *   it would have been — provided the step's intent was written by the decider themselves
 *   (SharePoint's createdBy, which no one else can forge) and names the very decision the strategy
 *   gives now (a fingerprint): a strategy item anyone may write, claiming the decider's step or
 *   changed after it, is never turned into a decision;
 * - by anyone else: never written in the decider's name; the trail says it is not done, who must
 *   finish it, and that it does not count until then.
 */
export interface MissingDecision {
  strategy: ContactStrategy;
  step: StrategyEvent;
  /** The step's place in the history (1-based), as its audit event's id has it. */
  position: number;
}

/** The decision steps in the strategies' histories (at or after `since`, when given): the ones to look up. */
export function decisionSteps(strategies: readonly ContactStrategy[], since?: IsoInstant): MissingDecision[] {
  return strategies.flatMap((strategy) =>
    strategy.history.flatMap((step, i) => (DECISION_KINDS.has(step.type) && (!since || Date.parse(step.at) >= Date.parse(since)) ? [{ strategy, step, position: i + 1 }] : [])),
  );
}

/** Those no recorded decision of the same kind at the same time answers. */
export function withoutDecision(steps: readonly MissingDecision[], decisions: ReadonlyMap<string, readonly RecordedDecision[]>): MissingDecision[] {
  return steps.filter(({ strategy, step }) => !(decisions.get(strategy.id) ?? []).some((d) => d.kind === step.type && Date.parse(d.decidedAt) === Date.parse(step.at)));
}

/** Reads the decisions of the strategies the steps are on (one batched read; none when there are no steps). */
export async function findMissingDecisions(store: Pick<CaseStore, "readWithEvidence">, steps: readonly MissingDecision[]): Promise<MissingDecision[]> {
  if (steps.length === 0) return [];
  const read = await store.readWithEvidence([...new Set(steps.map((s) => s.strategy.id))]);
  return withoutDecision(steps, new Map(read.map(({ strategy, evidence }) => [strategy.value.id, evidence.decisions])));
}

const stepEvent = (m: MissingDecision) => stepAuditEvent(m.strategy, m.step, m.position);
const closedId = (m: MissingDecision) => `${stepEvent(m).id}:decision-missing`;

/** Whether the trail already says this decision is not done. */
export const isClosed = (m: MissingDecision, events: readonly AuditEvent[]) => events.some((e) => e.id === closedId(m));

/** The step's own audit event is left unwritten while its decision is missing: the closing event stands for it. */
export const stepEventId = (m: MissingDecision) => stepEvent(m).id;

/**
 * Whether the one reconciling may record it: the decider themselves, on a step that is the latest,
 * whose intent on the trail (`trail`: the strategy's events) the decider wrote and which names this decision.
 */
export function mayFinish(m: MissingDecision, by: string, trail: readonly AuditEvent[]): boolean {
  if (m.step.by.toLowerCase() !== by.toLowerCase() || m.position !== m.strategy.history.length) return false;
  const intentId = `${stepEvent(m).id}:intent:${m.step.at}`;
  const fingerprint = decisionFingerprint(m.strategy, m.step);
  return trail.some((e) => e.id === intentId && isIntent(e) && e.by.toLowerCase() === by.toLowerCase() && vouches(e.author, e.by) && e.detail.includes(fingerprint));
}

export function describeMissing(m: MissingDecision): string {
  return `${m.strategy.person.displayName}'s strategy says ${m.step.by} decided at ${m.step.at} (“${actWords(m.step.type)}”), but that decision was never recorded in Decisions, so it does not count.`;
}

/** Records the decider's own decision from the saved step, with its audit event (both idempotent on their ids). */
export async function finishDecision(store: Pick<CaseStore, "addDecision" | "appendAudit">, m: MissingDecision, recorded: readonly AuditEvent[]): Promise<string> {
  await store.addDecision(decisionFromStep(m.strategy, m.step));
  const event = stepEvent(m);
  if (!recorded.some((e) => e.id === event.id)) await store.appendAudit(event);
  return `${describeMissing(m)} It is recorded now, in ${m.step.by}'s name, from what was saved (criteria notes typed in the pane were not saved with the step).`;
}

/** What the trail says when someone other than the decider finds it: not done, and who finishes it. */
export function notRecordedEvent(m: MissingDecision, by: string, now: IsoInstant): AuditEvent {
  return {
    id: closedId(m),
    target: `strategy:${m.strategy.id}`,
    action: `not done: ${m.step.type}`,
    by,
    at: now,
    detail: `${describeMissing(m)} The strategy item was saved at ${m.step.at}; the decision after it failed. ${m.step.by} finishes it (their pane's records check, or records reconcile run as them).`,
  };
}
