import type { SenderHistory } from "../contact";
import type { IsoInstant } from "../strategy";
import { estimateSimilarity } from "./fingerprint";
import type { HistoryMetrics } from "./types";

/** Jaccard estimate at or above which two messages are "substantially the same" (Gwent 6.0). */
export const NEAR_DUPLICATE = 0.5;
/** From this up to NEAR_DUPLICATE: the same matter re-worded (Warwickshire 3.2 "Re-framing or re-wording of a complaint"). */
export const REFRAMED = 0.2;
export const DAY = 86_400_000;

/** What the history rules need to know of the message in hand (its body is not kept). */
export interface ThisMessage {
  receivedAt: IsoInstant;
  subject: string;
  fingerprint: string;
  staffContacted: string[];
  /** Someone outside the office is in `to`: the mail is addressed to another body (src/policy/address). */
  addressedToOthers: boolean;
  bodyLength: number;
  attachments: number;
}

/** The latest decision the office communicated on or before `now`, if any. */
export function lastDecision(history: SenderHistory, now: IsoInstant): IsoInstant | undefined {
  return history.decisionsCommunicated.filter((d) => Date.parse(d) <= Date.parse(now)).sort().at(-1);
}

/** The first decision the office communicated on or before `now`: what a later challenge challenges. */
export function firstDecision(history: SenderHistory, now: IsoInstant): IsoInstant | undefined {
  return history.decisionsCommunicated.filter((d) => Date.parse(d) <= Date.parse(now)).sort()[0];
}

/** Contacts in the last N days (this one included), the busiest day, near-duplicates and staff reached. */
export function historyMetrics(history: SenderHistory, message: ThisMessage, now: IsoInstant): HistoryMetrics {
  const t = Date.parse(now);
  const all = [...history.contacts.map((c) => c.at), message.receivedAt];
  const age = (at: IsoInstant) => t - Date.parse(at);
  // A clock a little behind the server's still counts a message "received" in the next minutes.
  const within = (days: number) => all.filter((at) => age(at) <= days * DAY && age(at) >= -DAY).length;
  const perDay = new Map<string, number>();
  for (const at of all) if (age(at) <= 90 * DAY) perDay.set(at.slice(0, 10), (perDay.get(at.slice(0, 10)) ?? 0) + 1);
  const decided = lastDecision(history, now);
  const staff = new Set([...history.contacts.flatMap((c) => c.staffContacted ?? []), ...message.staffContacted].map((a) => a.toLowerCase()));
  return {
    last7Days: within(7),
    last30Days: within(30),
    last90Days: within(90),
    maxPerDay: Math.max(0, ...perDay.values()),
    // Only earlier messages: a message cannot repeat one that arrived after it.
    nearDuplicates: history.contacts
      .filter((c) => c.fingerprint && Date.parse(c.at) < Date.parse(message.receivedAt))
      .map((c) => ({ at: c.at, similarity: estimateSimilarity(c.fingerprint!, message.fingerprint), ...(c.subject ? { subject: c.subject } : {}) }))
      .filter((d) => d.similarity >= NEAR_DUPLICATE)
      .sort((a, b) => b.similarity - a.similarity),
    contactsSinceLastDecision: decided ? all.filter((at) => at > decided).length : 0,
    warningsGiven: history.warningsGiven.length,
    distinctStaffContacted: staff.size,
  };
}
