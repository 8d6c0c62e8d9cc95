import type { Alert, AlertEvidence } from "../../policy/alerts/types";
import type { Evidence, Finding, TextSpan } from "../../policy/classifier/types";

/** Where words already shown were shown: in an alert (the pane's top), or in a suggestion above. */
export type ShownAbove = "alert" | "suggestion";

export interface EvidenceOnce {
  /** Each alert's words not already in an alert above it. */
  alerts: Array<{ evidence: AlertEvidence[]; shownAbove?: ShownAbove }>;
  /** Each finding's evidence not already shown above it (history evidence is always its own). */
  findings: Array<{ evidence: Evidence[]; shownAbove?: ShownAbove }>;
}

const overlaps = (a: TextSpan, b: TextSpan) => a.field === b.field && a.start < b.end && b.start < a.end;

/**
 * Each piece of evidence once, where it matters most: the alerts first (safety comes before
 * behaviour, Warwickshire 7.2), then the suggestions in order (the rules' before the learned
 * scorer's). Words overlapping words already shown are not quoted again; a section left with
 * none says where they are (`shownAbove`) instead of repeating them.
 */
export function evidenceOnce(alerts: readonly Alert[], findings: readonly Finding[]): EvidenceOnce {
  const shown: Array<{ span: TextSpan; where: ShownAbove }> = [];
  const firstShown = (span: TextSpan) => shown.find((s) => overlaps(s.span, span))?.where;
  const take = <E>(items: readonly E[], spanOf: (e: E) => TextSpan | undefined, where: ShownAbove) => {
    let shownAbove: ShownAbove | undefined;
    const kept = items.filter((e) => {
      const span = spanOf(e);
      if (!span) return true;
      const already = firstShown(span);
      if (already) shownAbove ??= already;
      return !already;
    });
    for (const e of kept) {
      const span = spanOf(e);
      if (span) shown.push({ span, where });
    }
    const quotesLeft = kept.some((e) => spanOf(e) !== undefined);
    return { evidence: kept, ...(shownAbove && !quotesLeft ? { shownAbove } : {}) };
  };
  return {
    alerts: alerts.map((a) => take(a.evidence, (e) => e.span, "alert")),
    findings: findings.map((f) => take(f.evidence, (e) => (e.kind === "text" ? e.span : undefined), "suggestion")),
  };
}
