import type { SenderHistory } from "../contact";
import type { IsoInstant } from "../strategy";
import { estimateSimilarity, estimateTopicSimilarity } from "./fingerprint";
import { DAY, lastDecision, NEAR_DUPLICATE, REFRAMED, type ThisMessage } from "./metrics";
import { repeatsAny, repeatsIn } from "./repeats";
import type { RuleId } from "./rules/index";
import type { HistoryMetrics } from "./types";

/** A finding drawn from the person's history rather than the words of this message. */
export interface HistoryFinding {
  rule: RuleId;
  summary: string;
  at: IsoInstant[];
}

/** Topic similarity (fingerprint.ts) at or above which a message is about the same matter as another. */
export const SAME_MATTER = 0.3;
/** Messages that add nothing new, this one included, that make volume excessive: in 7 days, and in one day. */
export const REPEATS_IN_A_WEEK = 3;
export const REPEATS_IN_A_DAY = 2;

/**
 * Unreasonably persistent contact (Gwent 5.0; Warwickshire 3.2), judged only on the
 * history the caller supplied. Thresholds are starting points a caseworker sees explained
 * in the summary; the policy sets no numbers.
 */
export function persistenceFindings(history: SenderHistory, message: ThisMessage, metrics: HistoryMetrics, now: IsoInstant): HistoryFinding[] {
  const found: HistoryFinding[] = [];
  const t = Date.parse(now);
  // Warwickshire 3.2: writing "excessively (and without providing new information)"; "calling a number of times repeatedly
  // on the same day". Only messages that add nothing new count: a burst where each brings something new (documents sent in
  // parts, an emergency unfolding) is not persistence however many messages it has.
  const earlier = repeatsIn(history.contacts);
  if (repeatsAny(message.fingerprint, earlier)) {
    const repeats = earlier.filter((c) => c.repeat);
    const week = repeats.filter((c) => t - Date.parse(c.at) <= 7 * DAY).length + 1;
    const day = repeats.filter((c) => c.at.slice(0, 10) === message.receivedAt.slice(0, 10)).length + 1;
    if (week >= REPEATS_IN_A_WEEK || day >= REPEATS_IN_A_DAY) {
      found.push({ rule: "volume", summary: `${week} messages adding nothing new in 7 days, ${day} today (${metrics.last7Days} contacts in all in 7 days)`, at: repeats.map((c) => c.at) });
    }
  }
  const decided = lastDecision(history, now);
  if (decided && message.receivedAt > decided) {
    // Gwent 5.0: continuing to challenge the decision; Warwickshire 3.2 "Re-framing or re-wording of a complaint".
    // The decided matter is what was sent before the decision, and what has continued it since.
    const matter = history.contacts.filter((c) => c.fingerprint && (c.at <= decided || aboutSame(c.fingerprint, history.contacts.filter((d) => d.at <= decided))));
    const same = matter.filter((c) => estimateSimilarity(c.fingerprint!, message.fingerprint) >= NEAR_DUPLICATE);
    const reworded = same.length ? [] : matter.filter((c) => estimateSimilarity(c.fingerprint!, message.fingerprint) >= REFRAMED || (estimateTopicSimilarity(c.fingerprint!, message.fingerprint) ?? 0) >= SAME_MATTER);
    const since = metrics.contactsSinceLastDecision;
    if (same.length > 0) {
      found.push({ rule: "resent-after-decision", summary: `${since} contact(s) since the decision of ${decided.slice(0, 10)}; ${same.length} earlier message(s) substantially the same`, at: same.map((c) => c.at) });
    } else if (reworded.length > 0) {
      found.push({ rule: "reworded-after-decision", summary: `re-words the matter decided on ${decided.slice(0, 10)} (${reworded.length} earlier message(s) about it)`, at: reworded.map((c) => c.at) });
    } else if (since >= 5) {
      found.push({ rule: "many-after-decision", summary: `${since} contacts since the decision of ${decided.slice(0, 10)}`, at: [] });
    }
  }
  // Warwickshire 3.2 "Contacting different people in the same organisation" about the same matter.
  const sameMatter = history.contacts.filter((c) => c.fingerprint && (estimateSimilarity(c.fingerprint, message.fingerprint) >= REFRAMED || (estimateTopicSimilarity(c.fingerprint, message.fingerprint) ?? 0) >= SAME_MATTER));
  const staff = new Set([...sameMatter.flatMap((c) => c.staffContacted ?? []), ...message.staffContacted].map((a) => a.toLowerCase()));
  // One message sent to several staff at once is not "contacting different people" about a matter: that takes earlier contact.
  if (staff.size >= 3 && sameMatter.length > 0) {
    found.push({ rule: "several-staff", summary: `${staff.size} different members of staff contacted about this matter`, at: sameMatter.map((c) => c.at) });
  }
  return found;
}

/** Whether a message is about the same matter as any of the others (its words, or re-worded). */
function aboutSame(print: string, others: SenderHistory["contacts"]): boolean {
  return others.some((o) => o.fingerprint && (estimateSimilarity(o.fingerprint, print) >= REFRAMED || (estimateTopicSimilarity(o.fingerprint, print) ?? 0) >= SAME_MATTER));
}
