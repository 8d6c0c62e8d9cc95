import type { CategoryId } from "../categories";
import { CATEGORY_IDS } from "../categories";
import type { RecordedDecision, StrategyEvidence } from "../decision";
import { inForceView } from "../in-force";
import type { PolicyPack } from "../packs/schema";
import type { StaffRoster } from "../roster";
import type { ContactStrategy, IsoDate, IsoInstant } from "../strategy";

/**
 * The quarterly report to the board. The ombudsmen's guidance on unreasonable behaviour asks that
 * restrictions be reported to the organisation's board (the issue's brief: quarterly); the
 * policies ask that every decision be recorded (Gwent 9.0), reviewed on its date (Warwickshire 7,
 * 7.1), open to dispute (7.3) and made with reasonable adjustments considered (Warwickshire 5,
 * 7 criterion 5). So the report counts decisions, not the strategy items' claims: only decisions
 * the trust model counts (src/policy/in-force: an authoriser's, not edited), dated by SharePoint's
 * own clock (`recordedAt`); those that do not count are reported as a number, for the board to ask
 * about. Days are UTC calendar days; `from` and `to` are both inside the period.
 */
export interface StrategyForReport {
  strategy: ContactStrategy;
  evidence: StrategyEvidence;
  /** Breaches recorded against it (the AuditTrail's breach events), by their time. */
  breaches: ReadonlyArray<{ at: IsoInstant }>;
}

export interface BoardReport {
  from: IsoDate;
  to: IsoDate;
  inForceAtStart: number;
  inForceAtEnd: number;
  started: number;
  reviews: { total: number; onTime: number; late: number; continued: number; altered: number; ended: number };
  /** Strategies in force at the end whose approved review date had passed with no review decided. */
  overdueAtEnd: number;
  /** Ended in the period, at review or otherwise. */
  ended: number;
  /** Strategies started in the period by category, and those in force at its end (a strategy can have several). */
  byCategory: Record<CategoryId, { started: number; inForceAtEnd: number }>;
  breaches: { total: number; strategies: number };
  disputes: { raised: number; decided: number; upheld: number; changed: number; openAtEnd: number };
  /** Strategies in force at any time in the period with reasonable adjustments recorded, of all in force in it (Equality Act 2010). */
  adjustments: { recorded: number; of: number; notes: string[]; /** Considered, and the note says none was requested or needed ("None requested."): not an adjustment made. */ noneNeeded: number };
  /** Whole days from first approval: of strategies ended in the period, and of those still in force at its end. */
  medianDays: { ended: number | null; inForceAtEnd: number | null };
  /** Decisions recorded in the period that the trust model does not count (not an authoriser's, edited, own proposal…). */
  decisionsNotCounted: number;
  /**
   * Records that could not be read (edited outside the add-in), named with why: a strategy item (counted from its
   * decisions, as every reader judges it), or a Decisions item (it counts for nothing). Set by the reader of the lists.
   */
  unreadable?: Array<{ list: "ContactStrategies" | "Decisions"; item: string; strategyId: string; why: string }>;
  /**
   * Alerts set aside (a caseworker's "no action needed" on a risk to life, a threat to staff or a safeguarding concern):
   * made in the period, and of those confirmed or overturned by the authoriser by its end; and every one still awaiting
   * her at its end, and of those the ones waiting more than two working days. Set by the reader of the lists.
   */
  setAsides?: { made: number; confirmed: number; overturned: number; awaitingAtEnd: number; awaitingLong: number };
}

const day = (at: string) => at.slice(0, 10);
const within = (at: string | undefined, from: IsoDate, to: IsoDate) => Boolean(at) && day(at!) >= from && day(at!) <= to;
const daysBetween = (a: string, b: string) => Math.floor((Date.parse(`${day(b)}T00:00:00Z`) - Date.parse(`${day(a)}T00:00:00Z`)) / 86_400_000);

/** One strategy's trusted decisions, oldest first, with what was in force before each. */
function trustedTimeline(s: StrategyForReport, pack: PolicyPack, roster: StaffRoster) {
  const view = inForceView(s.strategy, s.evidence, pack, roster);
  const refused = new Set(view.refused.map((r) => r.id));
  const trusted = [...s.evidence.decisions].filter((d) => !refused.has(d.id)).sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  const steps: Array<{ decision: RecordedDecision; reviewDueBefore?: IsoDate; inForceAfter: boolean; firstApproval?: IsoInstant }> = [];
  let reviewDate: IsoDate | undefined;
  let inForce = false;
  let firstApproval: IsoInstant | undefined;
  for (const decision of trusted) {
    const due = inForce ? reviewDate : undefined;
    if (decision.terms && (decision.kind === "approve" || decision.kind === "continue" || decision.kind === "alter")) {
      inForce = true;
      reviewDate = decision.terms.reviewDate;
      if (decision.kind === "approve") firstApproval ??= decision.recordedAt;
    } else if (decision.kind === "end") {
      inForce = false;
    }
    steps.push({ decision, ...(due ? { reviewDueBefore: due } : {}), inForceAfter: inForce, ...(firstApproval ? { firstApproval } : {}) });
  }
  return { steps, refused: view.refused };
}

/** In force at the end of `date`: after the last trusted decision recorded that day or before. */
function inForceOn(steps: ReturnType<typeof trustedTimeline>["steps"], date: IsoDate) {
  const last = steps.filter((s) => day(s.decision.recordedAt) <= date).at(-1);
  return last?.inForceAfter ? last : undefined;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

export function boardReport(strategies: readonly StrategyForReport[], period: { from: IsoDate; to: IsoDate }, pack: PolicyPack, roster: StaffRoster): BoardReport {
  const { from, to } = period;
  const dayBefore = new Date(Date.parse(`${from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const report: BoardReport = {
    from,
    to,
    inForceAtStart: 0,
    inForceAtEnd: 0,
    started: 0,
    reviews: { total: 0, onTime: 0, late: 0, continued: 0, altered: 0, ended: 0 },
    overdueAtEnd: 0,
    ended: 0,
    byCategory: Object.fromEntries(CATEGORY_IDS.map((c) => [c, { started: 0, inForceAtEnd: 0 }])) as BoardReport["byCategory"],
    breaches: { total: 0, strategies: 0 },
    disputes: { raised: 0, decided: 0, upheld: 0, changed: 0, openAtEnd: 0 },
    adjustments: { recorded: 0, of: 0, notes: [], noneNeeded: 0 },
    medianDays: { ended: null, inForceAtEnd: null },
    decisionsNotCounted: 0,
  };
  const endedDays: number[] = [];
  const inForceDays: number[] = [];
  for (const s of strategies) {
    const { steps, refused } = trustedTimeline(s, pack, roster);
    const { strategy } = s;
    report.decisionsNotCounted += refused.filter((r) => within(r.recordedAt, from, to)).length;
    const atStart = inForceOn(steps, dayBefore);
    const atEnd = inForceOn(steps, to);
    const inPeriod = steps.filter((step) => within(step.decision.recordedAt, from, to));
    if (atStart) report.inForceAtStart += 1;
    if (atEnd) {
      report.inForceAtEnd += 1;
      strategy.categories.forEach((c) => (report.byCategory[c].inForceAtEnd += 1));
      if (atEnd.firstApproval) inForceDays.push(daysBetween(atEnd.firstApproval, `${to}T00:00:00Z`));
      const reviewDue = atEnd.decision.terms?.reviewDate;
      if (reviewDue && reviewDue < to) report.overdueAtEnd += 1;
    }
    for (const step of inPeriod) {
      const { decision } = step;
      if (decision.kind === "approve" && step.firstApproval === decision.recordedAt) {
        report.started += 1;
        strategy.categories.forEach((c) => (report.byCategory[c].started += 1));
      }
      if (step.reviewDueBefore && (decision.kind === "continue" || decision.kind === "alter" || decision.kind === "end")) {
        report.reviews.total += 1;
        report.reviews[decision.kind === "continue" ? "continued" : decision.kind === "alter" ? "altered" : "ended"] += 1;
        if (day(decision.recordedAt) <= step.reviewDueBefore) report.reviews.onTime += 1;
        else report.reviews.late += 1;
      }
      if (decision.kind === "end") {
        report.ended += 1;
        if (step.firstApproval) endedDays.push(daysBetween(step.firstApproval, decision.recordedAt));
      }
      if (decision.kind === "decideDispute") {
        report.disputes.decided += 1;
        if (decision.result === "upheld") report.disputes.upheld += 1;
        if (decision.result === "changed") report.disputes.changed += 1;
      }
    }
    const breaches = s.breaches.filter((b) => within(b.at, from, to)).length;
    report.breaches.total += breaches;
    if (breaches > 0) report.breaches.strategies += 1;
    report.disputes.raised += strategy.disputes.filter((d) => d.raisedOn >= from && d.raisedOn <= to).length;
    report.disputes.openAtEnd += strategy.disputes.filter((d) => d.raisedOn <= to && !(d.outcome && d.outcome.decidedOn <= to)).length;
    if (atStart || atEnd || inPeriod.some((step) => step.inForceAfter)) {
      report.adjustments.of += 1;
      const notes = strategy.reasonableAdjustments.considered ? strategy.reasonableAdjustments.notes.trim() : "";
      if (notes && saysNoneNeeded(notes)) report.adjustments.noneNeeded += 1;
      else if (notes) {
        report.adjustments.recorded += 1;
        report.adjustments.notes.push(notes);
      }
    }
  }
  report.medianDays = { ended: median(endedDays), inForceAtEnd: median(inForceDays) };
  return report;
}

/** "None requested." / "No adjustments needed": every sentence of the note says none was made (T5 finding 13: it was counted as one). */
const NONE = /^(none|nothing|no (adjustments?|needs?|support|requests?))( (was|were))?( (requested|needed|required|identified|asked for|given|necessary|made|wanted))?$/;
function saysNoneNeeded(notes: string): boolean {
  const sentences = notes.toLowerCase().split(/[.;!\n]+/).map((s) => s.replace(/[^\p{L}\s]/gu, " ").replace(/\s+/g, " ").trim()).filter(Boolean);
  return sentences.length > 0 && sentences.every((s) => NONE.test(s));
}
