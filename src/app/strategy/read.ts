import { inForceView, type InForceView } from "../../policy/in-force";
import type { PolicyPack } from "../../policy/packs/schema";
import type { StaffRoster } from "../../policy/roster";
import type { ContactStrategy } from "../../policy/strategy";
import type { RecordedProposal, StrategyEvidence } from "../../policy/decision";
import type { AuditEvent, CaseStore, RecordedDecision, StrategyWithEvidence, Versioned } from "../../store/port";
import { breachesIn, type Breach } from "./breaches";

/** One strategy as a manager reviews it: the item, its in-force view, every decision, its history and breaches. */
export interface StrategyDetail {
  strategy: Versioned<ContactStrategy>;
  view: InForceView;
  decisions: RecordedDecision[];
  /** The proposals on its trail, with the terms each recorded (what a decision must match: src/policy/four-eyes.ts). */
  proposals: RecordedProposal[];
  /** Who last changed the item, as SharePoint says. */
  modified?: StrategyWithEvidence["modified"];
  /** What else its decisions were judged on (the ContactLog's records they rest on, the intents begun): for a preview judged the same way. */
  judgedOn?: Pick<StrategyEvidence, "contactLog" | "decisionIntents">;
  audit: AuditEvent[];
  breaches: Breach[];
}

export async function readStrategyDetail(
  store: Pick<CaseStore, "readWithEvidence" | "auditFor">,
  pack: PolicyPack,
  roster: StaffRoster,
  id: string,
): Promise<StrategyDetail | undefined> {
  const [[found], audit] = await Promise.all([store.readWithEvidence([id]), store.auditFor(`strategy:${id}`)]);
  if (!found) return undefined;
  const view = inForceView(found.strategy.value, found.evidence, pack, roster);
  return {
    strategy: found.strategy,
    view,
    decisions: found.evidence.decisions,
    proposals: found.evidence.proposals,
    judgedOn: { ...(found.evidence.contactLog ? { contactLog: found.evidence.contactLog } : {}), ...(found.evidence.decisionIntents ? { decisionIntents: found.evidence.decisionIntents } : {}) },
    ...(found.modified ? { modified: found.modified } : {}),
    audit,
    breaches: breachesIn(audit, id),
  };
}

export interface QueueEntry {
  strategy: Versioned<ContactStrategy>;
  view: InForceView;
}

/**
 * What waits for an authoriser: proposals, and strategies brought to review (with a change
 * proposed, or a dispute decided "changed"). Oldest first. The item's status only files a
 * strategy here; what is in force is still the view's.
 */
export async function approvalsQueue(store: Pick<CaseStore, "listStrategies" | "readWithEvidence">, pack: PolicyPack, roster: StaffRoster): Promise<QueueEntry[]> {
  const waiting = await store.listStrategies({ statuses: ["proposed", "underReview"] });
  const read = await store.readWithEvidence(waiting.map((s) => s.value.id));
  const since = (s: ContactStrategy) => s.history.at(-1)?.at ?? s.proposedAt ?? "";
  return read
    .map(({ strategy, evidence }) => ({ strategy, view: inForceView(strategy.value, evidence, pack, roster) }))
    .sort((a, b) => since(a.strategy.value).localeCompare(since(b.strategy.value)));
}
