import type { SenderHistory } from "../contact";
import type { RuleId } from "./rules/index";
import type { IsoInstant } from "../strategy";
import { estimateSimilarity } from "./fingerprint";
import { lastDecision, NEAR_DUPLICATE, REFRAMED, type ThisMessage } from "./metrics";
import type { HistoryMetrics } from "./types";

/** A finding drawn from the person's history rather than the words of this message. */
export interface HistoryFinding {
  rule: RuleId;
  summary: string;
  at: IsoInstant[];
}

/**
 * Unreasonably persistent contact (Gwent 5.0; Warwickshire 3.2), judged only on the
 * history the caller supplied. Thresholds are starting points a caseworker sees explained
 * in the summary; the policy sets no numbers.
 */
export function persistenceFindings(history: SenderHistory, message: ThisMessage, metrics: HistoryMetrics, now: IsoInstant): HistoryFinding[] {
  const found: HistoryFinding[] = [];
  // Warwickshire 3.2 "volume or duration of contact"; "calling a number of times ... same day".
  if (metrics.last7Days >= 8 || metrics.last30Days >= 20 || metrics.maxPerDay >= 4) {
    const summary = `${metrics.last7Days} contacts in 7 days, ${metrics.last30Days} in 30; up to ${metrics.maxPerDay} in one day`;
    found.push({ rule: "volume", summary, at: [] });
  }
  const decided = lastDecision(history, now);
  if (decided && message.receivedAt > decided) {
    // Gwent 5.0: continuing to pursue a matter after the decision; Warwickshire 3.2 "Re-framing".
    const before = history.contacts.filter((c) => c.at <= decided && c.fingerprint);
    const similarities = before.map((c) => ({ at: c.at, s: estimateSimilarity(c.fingerprint!, message.fingerprint) }));
    const same = similarities.filter((x) => x.s >= NEAR_DUPLICATE);
    const reworded = similarities.filter((x) => x.s >= REFRAMED && x.s < NEAR_DUPLICATE);
    const since = metrics.contactsSinceLastDecision;
    if (same.length > 0 || since >= 5) {
      const summary = `${since} contact(s) since the decision of ${decided.slice(0, 10)}${same.length ? `; ${same.length} earlier message(s) substantially the same` : ""}`;
      found.push({ rule: same.length > 0 ? "resent-after-decision" : "many-after-decision", summary, at: same.map((x) => x.at) });
    }
    if (reworded.length > 0 && same.length === 0) {
      found.push({ rule: "reworded-after-decision", summary: `re-words ${reworded.length} message(s) sent before the decision of ${decided.slice(0, 10)}`, at: reworded.map((x) => x.at) });
    }
  }
  // Warwickshire 3.2 "Contacting different people in the same organisation" about the same matter.
  const sameMatter = history.contacts.filter((c) => c.fingerprint && estimateSimilarity(c.fingerprint, message.fingerprint) >= REFRAMED);
  const staff = new Set([...sameMatter.flatMap((c) => c.staffContacted ?? []), ...message.staffContacted].map((a) => a.toLowerCase()));
  if (staff.size >= 3) {
    found.push({ rule: "several-staff", summary: `${staff.size} different members of staff contacted about this matter`, at: sameMatter.map((c) => c.at) });
  }
  return found;
}
