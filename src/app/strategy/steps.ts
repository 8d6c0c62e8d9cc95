import { actWords, statusWord } from "./step-words";
import type { CriterionNote } from "../../policy/decision";
import type { JudgedContact } from "../../policy/evidence-as-judged";
import type { CategoryId } from "../../policy/categories";
import { termsOf } from "../../policy/in-force";
import { transition } from "../../policy/lifecycle/transition";
import type { PolicyPack } from "../../policy/packs/schema";
import type { ContactStrategy, Refusal, StrategyCommand, StrategyEvent } from "../../policy/strategy";
import { proposedTermsOf, type ProposedTerms } from "../../policy/proposed-terms";
import type { StaffRoster } from "../../policy/roster";
import { CHANGE_ACTIONS, PROPOSAL_ACTION, StoreError, type AuditEvent, type CaseStore, type Decision, type Versioned } from "../../store/port";
import { decisionFingerprint as fingerprintOf } from "../../policy/decision-fingerprint";
import { intentOf } from "../records/intent";

/** The commands that are an authoriser's decision, recorded in the Decisions list. */
export type DecisionCommand = Extract<StrategyCommand, { type: "approve" | "reject" | "sendBack" | "continue" | "alter" | "end" | "decideDispute" }>;
export const DECISION_KINDS: ReadonlySet<StrategyCommand["type"]> = new Set(["approve", "reject", "sendBack", "continue", "alter", "end", "decideDispute"]);

export type StepStore = Pick<CaseStore, "getStrategy" | "saveStrategy" | "addDecision" | "appendAudit">;

export type StepResult =
  | { ok: true; strategy: Versioned<ContactStrategy>; events: StrategyEvent[]; decision?: Decision }
  | Refusal;

/** What goes with a decision beyond the command: the note given for each criterion confirmed. */
export interface DecisionDetail {
  criteriaNotes?: CriterionNote[];
  /** The authoriser checked the written warning the proposer dated, no warning letter of that day being on record (decide()). */
  warningChecked?: boolean;
  /** The warning letter an approval rests on, where one that counts was sent on the date the proposal gives (decide()). */
  warningLetter?: string;
  /** The authoriser checked the person's contacts in the case file, no attached recorded contact showing the behaviour (decide()). */
  evidenceChecked?: boolean;
  /** The attached recorded contacts (internetMessageIds) with behaviour recorded that an approval rests on instead (decide()). */
  evidenceContacts?: string[];
  /** Those contacts as the ContactLog recorded them when judged (decide(); T11 #3). */
  evidenceRecords?: JudgedContact[];
  /** The behaviour they were judged to show: the proposal's categories (decide(); T11 #7). */
  evidenceBehaviour?: CategoryId[];
  /** Who holds which role: who may vouch for a warning letter marked sent (an authoriser). Without it, only the decider. */
  roster?: StaffRoster;
  /** The terms a proposal step records as proposed, where they are not the item's (proposeChange: only the proposer's change). */
  proposedTerms?: ProposedTerms;
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
  next = withApprovalChecks(next, commands, detail);
  // Audit intent first: what this person is about to do, before the save.
  const before = current.value.history.length;
  for (const [i, event] of events.entries()) {
    // A decision's intent names the decision the saved strategy gives (its fingerprint), so only the decider's own saved step is ever finished later.
    const names = DECISION_KINDS.has(event.type) ? ` (decision ${decisionFingerprint(next, event)})` : "";
    await store.appendAudit(intentOf(stepAuditEvent(next, event, before + i + 1), `take the step “${actWords(event.type)}” on ${next.person.displayName}'s strategy, ${statusWord(event.from)} → ${statusWord(event.to)}${names}`));
  }
  const saved = await saveOnce(store, pack, current, commands, next, detail);
  // An earlier attempt of this person's landed (the pane retries with a new time): finish that one, as this person made it.
  const landed = saved.value.history.slice(-events.length);
  const taken = commands.map((c, i) => ({ ...c, at: landed[i]!.at, why: landed[i]!.why }) as StrategyCommand);
  return record(store, saved, landed, taken, detail);
}

/** A repeat whose save landed before: the stored history already ends with these steps. */
function alreadyTaken(stored: ContactStrategy, commands: readonly StrategyCommand[]): boolean {
  const tail = stored.history.slice(-commands.length);
  return tail.length === commands.length && commands.every((c, i) => tail[i]!.type === c.type && tail[i]!.at === c.at && tail[i]!.by === c.by.upn);
}

/** An approval's checks (the notes, the warning tick or letter) saved on the item with its step: see ContactStrategy.approvalChecks. */
function withApprovalChecks(strategy: ContactStrategy, commands: readonly StrategyCommand[], detail: DecisionDetail): ContactStrategy {
  const last = commands.at(-1);
  if (last?.type !== "approve") return strategy;
  const checks = decisionFor(strategy, last, detail);
  return {
    ...strategy,
    approvalChecks: {
      at: last.at,
      ...(checks.criteriaNotes ? { criteriaNotes: checks.criteriaNotes } : {}),
      ...(checks.warningChecked ? { warningChecked: true as const } : {}),
      ...(checks.warningLetter ? { warningLetter: checks.warningLetter } : {}),
      ...(checks.evidenceChecked ? { evidenceChecked: true as const } : {}),
      ...(checks.evidenceContacts ? { evidenceContacts: checks.evidenceContacts } : {}),
      ...(checks.evidenceRecords ? { evidenceRecords: checks.evidenceRecords } : {}),
      ...(checks.evidenceBehaviour ? { evidenceBehaviour: checks.evidenceBehaviour } : {}),
    },
  };
}

async function saveOnce(store: StepStore, pack: PolicyPack, current: Versioned<ContactStrategy>, commands: readonly StrategyCommand[], next: ContactStrategy, detail: DecisionDetail): Promise<Versioned<ContactStrategy>> {
  try {
    return await store.saveStrategy(next, current.etag || undefined);
  } catch (error) {
    if (!(error instanceof StoreError && error.code === "conflict")) throw error;
    const stored = await store.getStrategy(next.id);
    const earlier = stored && earlierAttempt(pack, current.value, commands, stored.value, detail);
    if (earlier) return { value: earlier, etag: stored.etag };
    throw new StoreError(
      "conflict",
      `Someone else changed ${current.value.person.displayName}'s strategy while you were working on it (${describeLast(stored?.value)}). Nothing of yours was saved: reload it and decide again.`,
      error,
    );
  }
}

/**
 * A retried write whose first save landed but whose decision or audit event did not (the pane's retry carries a new
 * time): the stored item must be exactly what these commands make of the version this person read, at the stored steps'
 * times — every term, the review date, each step's author and reason. A stored history that merely ends with steps of
 * the right type and author is not enough: the item (history included) is anyone's to write through Graph, and the
 * decision and proposal are recorded from what is returned. Anything else is someone else's change: a conflict.
 */
function earlierAttempt(pack: PolicyPack, read: ContactStrategy, commands: readonly StrategyCommand[], stored: ContactStrategy, detail: DecisionDetail): ContactStrategy | undefined {
  const tail = stored.history.slice(read.history.length);
  if (tail.length !== commands.length) return undefined;
  let replayed = read;
  for (const [i, command] of commands.entries()) {
    const result = transition(replayed, { ...command, at: tail[i]!.at } as StrategyCommand, pack);
    if (!result.ok) return undefined;
    replayed = result.strategy;
  }
  replayed = withApprovalChecks(replayed, commands.map((c, i) => ({ ...c, at: tail[i]!.at }) as StrategyCommand), detail);
  return canonical(replayed) === canonical(stored) ? replayed : undefined;
}

/** JSON with every object's keys in order, so two strategies compare by content, whatever order the item's JSON was written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
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
    await store.addDecision(decision).catch((error: unknown) => {
      throw error instanceof StoreError && error.code !== "forbidden" ? new DecisionNotRecorded(strategy, last.type, error) : error;
    });
  }
  for (const [i, event] of events.entries()) await store.appendAudit(withProposedTerms(stepAuditEvent(strategy, event, strategy.history.length - events.length + i + 1), strategy, detail.proposedTerms));
  return { ok: true, strategy: saved, events: [...events], ...(decision ? { decision } : {}) };
}

/**
 * The strategy was saved with the decision's step, but the decision itself (the Decisions item, the
 * only evidence that counts) was not recorded: it does not count until it is. Saying "not saved"
 * would be wrong, and so would "done". Doing it again finishes it (takeSteps recognises the saved
 * step as the person's own); if nobody does, `records reconcile` finds it (src/app/records/missing-decisions.ts).
 */
export class DecisionNotRecorded extends StoreError {
  readonly partly = true;
  constructor(strategy: ContactStrategy, kind: string, cause: StoreError) {
    super(
      cause.code,
      `Your “${kind}” was saved on ${strategy.person.displayName}'s strategy, but the decision itself was not recorded, so it does not count yet. Do it again to record it: the saved step is finished, nothing twice.`,
      cause,
    );
  }
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
    ...(command.type === "approve" && detail.warningChecked ? { warningChecked: true as const } : {}),
    ...(command.type === "approve" && !detail.warningChecked && detail.warningLetter ? { warningLetter: detail.warningLetter } : {}),
    ...(command.type === "approve" ? { priorWarning: structuredClone(strategy.priorWarning) } : {}),
    ...(command.type === "approve" && detail.evidenceChecked ? { evidenceChecked: true as const } : {}),
    ...(command.type === "approve" && !detail.evidenceChecked && detail.evidenceContacts?.length ? { evidenceContacts: [...detail.evidenceContacts] } : {}),
    ...(command.type === "approve" && !detail.evidenceChecked && detail.evidenceContacts?.length && detail.evidenceRecords?.length ? { evidenceRecords: structuredClone(detail.evidenceRecords) } : {}),
    ...(command.type === "approve" && !detail.evidenceChecked && detail.evidenceContacts?.length && detail.evidenceBehaviour?.length ? { evidenceBehaviour: [...detail.evidenceBehaviour] } : {}),
    ...(withTerms ? { terms: termsOf(strategy, strategy.reviewDate!) } : {}),
    ...(command.type === "decideDispute" ? { result: command.result } : {}),
  };
}

/**
 * The decision a saved step records, rebuilt from the strategy as saved (for `records reconcile`,
 * run by the decider, when the Decisions item was never written): its checklist and terms are the
 * strategy's, the reason the step's; an approval's notes and warning check those saved with the step (approvalChecks).
 */
export function decisionFromStep(strategy: ContactStrategy, step: StrategyEvent): Decision {
  const result = step.type === "decideDispute" ? strategy.disputes.findLast((d) => d.outcome)?.outcome?.result : undefined;
  const by = { upn: step.by, displayName: step.by, roles: [] };
  const command = { type: step.type, by, at: step.at, why: step.why, criteriaConfirmed: strategy.criteriaConfirmed, reviewDate: strategy.reviewDate, result };
  // The approval's checks saved with its step (not the pane's typing, which is gone): as the decision written would carry them.
  const checks = step.type === "approve" && strategy.approvalChecks?.at === step.at ? strategy.approvalChecks : undefined;
  const detail: DecisionDetail = checks
    ? {
        ...(checks.criteriaNotes ? { criteriaNotes: checks.criteriaNotes } : {}),
        ...(checks.warningChecked ? { warningChecked: true } : {}),
        ...(checks.warningLetter ? { warningLetter: checks.warningLetter } : {}),
        ...(checks.evidenceChecked ? { evidenceChecked: true } : {}),
        ...(checks.evidenceContacts ? { evidenceContacts: checks.evidenceContacts } : {}),
        ...(checks.evidenceRecords ? { evidenceRecords: checks.evidenceRecords } : {}),
        ...(checks.evidenceBehaviour ? { evidenceBehaviour: checks.evidenceBehaviour } : {}),
      }
    : {};
  return decisionFor(strategy, command as DecisionCommand, detail);
}

/** What the decision rebuilt from a saved step would say, as a short hash: the same only while the strategy is as saved. */
export function decisionFingerprint(strategy: ContactStrategy, step: StrategyEvent): string {
  return fingerprintOf(decisionFromStep(strategy, step));
}

/**
 * A proposal's event records the terms proposed — the strategy as saved with it — so an approval counts only
 * for terms its proposer put forward (src/policy/four-eyes.ts); bringing a strategy to review records them too
 * (a change proposed with it). Only the person taking the step writes them: a repair rebuilt later does not.
 */
export function withProposedTerms(event: AuditEvent, strategy: ContactStrategy, terms: ProposedTerms = proposedTermsOf(strategy)): AuditEvent {
  return event.action === PROPOSAL_ACTION || CHANGE_ACTIONS.includes(event.action) ? { ...event, terms } : event;
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
