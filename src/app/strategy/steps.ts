import type { CriterionNote } from "../../policy/decision";
import { termsOf } from "../../policy/in-force";
import { transition } from "../../policy/lifecycle/transition";
import type { PolicyPack } from "../../policy/packs/schema";
import type { ContactStrategy, Refusal, StrategyCommand, StrategyEvent } from "../../policy/strategy";
import { PROPOSAL_ACTION, StoreError, type AuditEvent, type CaseStore, type Decision, type Versioned } from "../../store/port";
import { intentOf } from "../records/intent";

/** The commands that are an authoriser's decision, recorded in the Decisions list. */
export type DecisionCommand = Extract<StrategyCommand, { type: "approve" | "reject" | "sendBack" | "continue" | "alter" | "end" | "decideDispute" }>;
const DECISION_KINDS: ReadonlySet<StrategyCommand["type"]> = new Set(["approve", "reject", "sendBack", "continue", "alter", "end", "decideDispute"]);

export type StepStore = Pick<CaseStore, "getStrategy" | "saveStrategy" | "addDecision" | "appendAudit">;

export type StepResult =
  | { ok: true; strategy: Versioned<ContactStrategy>; events: StrategyEvent[]; decision?: Decision }
  | Refusal;

/** What goes with a decision beyond the command: the note given for each criterion confirmed. */
export interface DecisionDetail {
  criteriaNotes?: CriterionNote[];
}

/**
 * Takes one or more lifecycle steps on a strategy and records them, in an order that is safe to
 * repeat: transition (pure; a refusal is returned, nothing written) → save the strategy with the
 * eTag it was read at (the lock: a second person acting at once gets a clear conflict, never a
 * silent overwrite) → the decision, if the last step is one (idempotent on its id) → one audit
 * event per step (idempotent on its id), each step's intent written first (src/app/records/intent.ts),
 * so a failure at any write leaves evidence. After a failure the caller repeats the same call (same
 * commands, same times): a save that landed is recognised from the stored history and not made
 * twice, and what is missing after it is written. Nothing is half-written silently.
 */
export async function takeSteps(
  store: StepStore,
  pack: PolicyPack,
  current: Versioned<ContactStrategy>,
  commands: readonly StrategyCommand[],
  detail: DecisionDetail = {},
): Promise<StepResult> {
  let next = current.value;
  const events: StrategyEvent[] = [];
  for (const command of commands) {
    const result = transition(next, command, pack);
    if (!result.ok) return alreadyTaken(current.value, commands) ? record(store, current, current.value.history.slice(-commands.length), commands, detail) : result;
    next = result.strategy;
    events.push(result.event);
  }
  // Audit intent first: what this person is about to do, before the save.
  const before = current.value.history.length;
  for (const [i, event] of events.entries()) {
    await store.appendAudit(intentOf(stepAuditEvent(next, event, before + i + 1), `${event.type}: ${next.person.displayName}'s strategy, ${event.from} → ${event.to}`));
  }
  const saved = await saveOnce(store, current, next, events);
  return record(store, saved, events, commands, detail);
}

/** A repeat whose save landed before: the stored history already ends with these steps. */
function alreadyTaken(stored: ContactStrategy, commands: readonly StrategyCommand[]): boolean {
  const tail = stored.history.slice(-commands.length);
  return tail.length === commands.length && commands.every((c, i) => tail[i]!.type === c.type && tail[i]!.at === c.at && tail[i]!.by === c.by.upn);
}

async function saveOnce(store: StepStore, current: Versioned<ContactStrategy>, next: ContactStrategy, events: StrategyEvent[]): Promise<Versioned<ContactStrategy>> {
  try {
    return await store.saveStrategy(next, current.etag || undefined);
  } catch (error) {
    if (!(error instanceof StoreError && error.code === "conflict")) throw error;
    // Ours if it landed (a retried write): the stored history ends with exactly these events.
    const stored = await store.getStrategy(next.id);
    const tail = stored?.value.history.slice(-events.length) ?? [];
    const ours = tail.length === events.length && events.every((e, i) => JSON.stringify(tail[i]) === JSON.stringify(e));
    if (stored && ours) return stored;
    throw new StoreError(
      "conflict",
      `Someone else changed ${current.value.person.displayName}'s strategy while you were working on it (${describeLast(stored?.value)}). Nothing of yours was saved: reload it and decide again.`,
      error,
    );
  }
}

function describeLast(stored: ContactStrategy | undefined): string {
  const last = stored?.history.at(-1);
  return last ? `${last.by}: ${last.type}, now ${stored!.status}` : "it is no longer as you read it";
}

async function record(store: StepStore, saved: Versioned<ContactStrategy>, events: readonly StrategyEvent[], commands: readonly StrategyCommand[], detail: DecisionDetail): Promise<StepResult> {
  const strategy = saved.value;
  const last = commands.at(-1)!;
  let decision: Decision | undefined;
  if (DECISION_KINDS.has(last.type)) {
    decision = decisionFor(strategy, last as DecisionCommand, detail);
    await store.addDecision(decision);
  }
  for (const [i, event] of events.entries()) await store.appendAudit(stepAuditEvent(strategy, event, strategy.history.length - events.length + i + 1));
  return { ok: true, strategy: saved, events: [...events], ...(decision ? { decision } : {}) };
}

/** The decision record: the approved snapshot on every decision that puts or keeps a strategy in force. */
export function decisionFor(strategy: ContactStrategy, command: DecisionCommand, detail: DecisionDetail): Decision {
  const withTerms = command.type === "approve" || command.type === "continue" || command.type === "alter";
  return {
    id: `${strategy.id}:${command.type}:${command.at}`,
    strategyId: strategy.id,
    kind: command.type,
    decidedBy: command.by.upn,
    decidedAt: command.at,
    rationale: command.why.trim(),
    checklist: command.type === "approve" ? [...command.criteriaConfirmed] : [],
    ...(detail.criteriaNotes?.length ? { criteriaNotes: detail.criteriaNotes.map((n) => ({ id: n.id, note: n.note.trim() })) } : {}),
    ...(withTerms ? { terms: termsOf(strategy, strategy.reviewDate!) } : {}),
    ...(command.type === "decideDispute" ? { result: command.result } : {}),
  };
}

/** One audit event per step; its id is the step's place in the history, so a repeat writes it once. */
export function stepAuditEvent(strategy: ContactStrategy, event: StrategyEvent, position: number): AuditEvent {
  return {
    id: `strategy:${strategy.id}:${position}:${event.type}`,
    target: `strategy:${strategy.id}`,
    action: event.type === "propose" ? PROPOSAL_ACTION : event.type,
    by: event.by,
    at: event.at,
    detail: `${event.from} → ${event.to}. ${event.why}`,
  };
}
