import type { SenderHistory } from "../contact";
import type { IsoInstant } from "../strategy";
import { estimateSimilarity } from "./fingerprint";
import type { HistoryMetrics } from "./types";

/** Jaccard estimate above which two messages are "substantially the same" (Gwent 6.0). */
export const NEAR_DUPLICATE = 0.5;
/** Between this and NEAR_DUPLICATE: the same complaint re-worded (Warwickshire 3.2 "Re-framing"). */
export const REFRAMED = 0.2;
const DAY = 86_400_000;

export interface HistoryFinding {
  category: "persistent" | "demands";
  subType: "excessiveVolume" | "afterDecision" | "reframed" | "severalStaff" | "repeated" | "inundating" | "copyingStaff";
  confidence: number;
  summary: string;
  at: IsoInstant[];
}

export interface ThisMessage {
  receivedAt: IsoInstant;
  fingerprint: string;
  staffContacted: string[];
  /** Recipients who are not office staff (another body the person wrote to). */
  otherRecipients: number;
  bodyLength: number;
}

/** Contact volume, near-duplicates and staff reached, from the history the caller supplied. */
export function historyMetrics(history: SenderHistory, message: ThisMessage, now: IsoInstant): HistoryMetrics {
  const t = Date.parse(now);
  const all = [...history.contacts.map((c) => c.at), message.receivedAt];
  const within = (days: number) => all.filter((at) => t - Date.parse(at) <= days * DAY && Date.parse(at) <= t + DAY).length;
  const perDay = new Map<string, number>();
  for (const at of all) perDay.set(at.slice(0, 10), (perDay.get(at.slice(0, 10)) ?? 0) + 1);
  const lastDecision = [...history.decisionsCommunicated].sort().at(-1);
  const staff = new Set([...history.contacts.flatMap((c) => c.staffContacted ?? []), ...message.staffContacted]);
  return {
    last7Days: within(7),
    last30Days: within(30),
    last90Days: within(90),
    maxPerDay: Math.max(...perDay.values()),
    nearDuplicates: history.contacts
      .filter((c) => c.fingerprint)
      .map((c) => ({ at: c.at, similarity: estimateSimilarity(c.fingerprint!, message.fingerprint), ...(c.subject ? { subject: c.subject } : {}) }))
      .filter((d) => d.similarity >= NEAR_DUPLICATE)
      .sort((a, b) => b.similarity - a.similarity),
    contactsSinceLastDecision: lastDecision ? all.filter((at) => at > lastDecision).length : 0,
    warningsGiven: history.warningsGiven.length,
    distinctStaffContacted: staff.size,
  };
}

export function historyFindings(history: SenderHistory, message: ThisMessage, metrics: HistoryMetrics): HistoryFinding[] {
  const found: HistoryFinding[] = [];
  const lastDecision = [...history.decisionsCommunicated].sort().at(-1);
  if (metrics.last7Days >= 8 || metrics.maxPerDay >= 4) {
    found.push({ category: "persistent", subType: "excessiveVolume", confidence: 0.7, summary: `${metrics.last7Days} contacts in 7 days; up to ${metrics.maxPerDay} in one day`, at: [] });
  }
  if (metrics.nearDuplicates.length >= 2) {
    found.push({ category: "demands", subType: "repeated", confidence: 0.75, summary: `${metrics.nearDuplicates.length} earlier messages substantially the same`, at: metrics.nearDuplicates.map((d) => d.at) });
  }
  if (lastDecision) {
    const before = history.contacts.filter((c) => c.at <= lastDecision && c.fingerprint);
    const similarities = before.map((c) => ({ at: c.at, s: estimateSimilarity(c.fingerprint!, message.fingerprint) }));
    const same = similarities.filter((x) => x.s >= NEAR_DUPLICATE);
    const reworded = similarities.filter((x) => x.s >= REFRAMED && x.s < NEAR_DUPLICATE);
    if (same.length > 0 || metrics.contactsSinceLastDecision >= 5) {
      found.push({ category: "persistent", subType: "afterDecision", confidence: same.length > 0 ? 0.75 : 0.6, summary: `${metrics.contactsSinceLastDecision} contacts since the decision of ${lastDecision.slice(0, 10)}`, at: same.map((x) => x.at) });
    }
    if (reworded.length > 0 && same.length === 0) {
      found.push({ category: "persistent", subType: "reframed", confidence: 0.55, summary: `re-words ${reworded.length} message(s) sent before the decision`, at: reworded.map((x) => x.at) });
    }
  }
  if (metrics.distinctStaffContacted >= 3) {
    found.push({ category: "persistent", subType: "severalStaff", confidence: 0.6, summary: `${metrics.distinctStaffContacted} different members of staff contacted`, at: [] });
  }
  const today = history.contacts.filter((c) => c.at.slice(0, 10) === message.receivedAt.slice(0, 10)).length + 1;
  if (message.bodyLength > 15_000 || today >= 5) {
    found.push({ category: "demands", subType: "inundating", confidence: 0.6, summary: message.bodyLength > 15_000 ? `${message.bodyLength.toLocaleString("en-GB")} characters in one message` : `${today} messages today`, at: [] });
  }
  const copiedBefore = history.contacts.filter((c) => (c.staffContacted?.length ?? 0) > 0).length;
  if (message.otherRecipients > 0 && message.staffContacted.length > 0 && copiedBefore > 0) {
    found.push({ category: "demands", subType: "copyingStaff", confidence: 0.6, summary: `staff copied into mail to another body, ${copiedBefore + 1} times`, at: [] });
  }
  return found;
}
