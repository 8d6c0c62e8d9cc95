import type { PolicyPack } from "../../policy/packs/schema";
import type { Actor, ContactStrategy, IsoInstant } from "../../policy/strategy";
import { mustNoteEachCriterion } from "../../policy/lifecycle/guards";
import { transition } from "../../policy/lifecycle/transition";
import { refuse } from "../../policy/lifecycle/refusal";
import { proposedTermsOf } from "../../policy/proposed-terms";
import type { CaseStore, Versioned } from "../../store/port";
import { takeSteps, type DecisionCommand, type DecisionDetail, type StepResult, type StepStore } from "./steps";

/**
 * The strategy use cases the pane and the CLI share: each a short chain over `takeSteps`
 * (transition → save with eTag → decision → audit), so a refusal is a value, a second person
 * acting at once gets a clear conflict, and a repeat after a failure finishes the job without
 * doing anything twice.
 */

/**
 * Saves a draft (new or changed) and audits it. A draft binds nobody; it is saved so a
 * caseworker can come back to it. Idempotent on the draft's id and time.
 */
export async function saveDraft(
  store: Pick<CaseStore, "saveStrategy" | "appendAudit">,
  draft: ContactStrategy,
  etag: string | undefined,
  by: Actor,
  at: IsoInstant,
): Promise<Versioned<ContactStrategy>> {
  const saved = await store.saveStrategy(draft, etag);
  await store.appendAudit({ id: `strategy:${saved.value.id}:draft:${at}`, target: `strategy:${saved.value.id}`, action: "saveDraft", by: by.upn, at, detail: `Draft saved (${saved.value.status}).` });
  return saved;
}

/** Submits a draft for an authoriser's decision (Warwickshire 7; Gwent 7.0). The audit event's author is the proposer four-eyes checks against. */
export function propose(store: StepStore, pack: PolicyPack, current: Versioned<ContactStrategy>, by: Actor, why: string, at: IsoInstant): Promise<StepResult> {
  return takeSteps(store, pack, current, [{ type: "propose", by, at, why }]);
}

/**
 * An authoriser's decision: approve, reject or send back a proposal; continue, alter or end
 * a strategy at review (an active one is brought to review in the same save, Warwickshire 7.1);
 * the Chief Executive's outcome of a dispute (Warwickshire 7.3).
 */
export async function decide(store: StepStore, pack: PolicyPack, current: Versioned<ContactStrategy>, command: DecisionCommand, detail: DecisionDetail = {}): Promise<StepResult> {
  // The lifecycle's own guards speak first (authoriser, four-eyes, criteria, review date); then every criterion needs its note.
  if (command.type === "approve" && transition(current.value, command, pack).ok) {
    const bare = mustNoteEachCriterion(command.criteriaConfirmed, detail.criteriaNotes ?? [], pack);
    if (bare) return bare;
  }
  const atReview = command.type === "continue" || command.type === "alter";
  const steps = atReview && current.value.status === "active" ? [{ type: "startReview" as const, by: command.by, at: command.at, why: `Review: ${command.why}` }, command] : [command];
  return takeSteps(store, pack, current, steps, detail);
}

/** The person's challenge to a strategy, as staff record it (Warwickshire 7.3: written to the Chief Executive). */
export function raiseDispute(store: StepStore, pack: PolicyPack, current: Versioned<ContactStrategy>, by: Actor, summary: string, raisedOn: string, at: IsoInstant): Promise<StepResult> {
  return takeSteps(store, pack, current, [{ type: "raiseDispute", by, at, why: summary, raisedOn }]);
}

/**
 * A change proposed to a strategy (an address the person now writes from, a restriction): the
 * item carries it, which binds nobody until an authoriser approves it (src/policy/in-force).
 * One in force is brought to review with it (Warwickshire 7.1: any member of staff may); a
 * draft, a proposal or one already under review simply carries the change, audited.
 */
export async function proposeChange(
  store: StepStore,
  pack: PolicyPack,
  current: Versioned<ContactStrategy>,
  changed: ContactStrategy,
  by: Actor,
  why: string,
  at: IsoInstant,
): Promise<StepResult> {
  const value = { ...changed, id: current.value.id, history: current.value.history, status: current.value.status };
  if (value.status === "active") return takeSteps(store, pack, { ...current, value }, [{ type: "startReview", by, at, why }]);
  if (value.status === "ended" || value.status === "rejected") {
    return refuse("wrongStatus", `A strategy that is ${value.status} cannot be changed; propose a new one.`, pack.strategyContents.source);
  }
  if (why.trim() === "") return refuse("reasonMissing", "Give the reason for this change; it goes on the record.", pack.recordKeeping.source);
  const saved = await store.saveStrategy(value, current.etag || undefined);
  // On a proposal or a review, the change is proposed with its terms: an approval of them counts only as someone else's.
  const terms = value.status === "draft" ? {} : { terms: proposedTermsOf(saved.value) };
  await store.appendAudit({ id: `strategy:${value.id}:change:${at}`, target: `strategy:${value.id}`, action: "proposeChange", by: by.upn, at, detail: why.trim(), ...terms });
  return { ok: true, strategy: saved, events: [] };
}
