import { addMonths } from "./lifecycle/dates";
import type { ContactStrategy, IsoDate, IsoInstant } from "./strategy";

/**
 * How long records are kept (Data Protection Act 2018: kept no longer than needed; Warwickshire 9:
 * "The OPCC will adhere to its responsibilities … in respect of the storage and retention of
 * personal [information]"). The periods are the office's to set (config `retentionMonths`,
 * `endedStrategyRetentionMonths`); none of the published policies gives a number.
 *
 * What a strategy still relies on is kept whatever its age: the contacts that justify a strategy
 * in force, under review or disputed are its evidence (Warwickshire 7: "The decision to restrict
 * contact must be recorded in the case file, with the reasons for doing so"), and a challenge to
 * it (7.3) or a review (7.1) is judged on them. An ended or rejected strategy keeps its records
 * for its own period after it last changed, then goes with everything that describes it.
 */
export interface RetentionRule {
  /** Contacts (and letters about no strategy) older than this are deleted unless a strategy keeps them. */
  contactMonths: number;
  /** An ended or rejected strategy is deleted this long after it last changed. */
  endedStrategyMonths: number;
}

/** Below a year, a purge deletes what a review or a dispute may still need: it is asked for twice (`--yes`). */
export const CONFIRM_BELOW_MONTHS = 12;
/** A century: a longer period is a typing mistake, not a policy. */
export const MAX_MONTHS = 1200;

export type PeriodCheck = { ok: true; months: number; confirm: boolean } | { ok: false; reason: string };

/** A retention period as a person typed it: a whole number of months from 1 to 1,200. */
export function checkPeriod(raw: string | number, name: string): PeriodCheck {
  const text = String(raw).trim();
  if (!/^\d+$/.test(text)) return { ok: false, reason: `${name} must be a whole number of months, not "${text}".` };
  const months = Number(text);
  if (months < 1 || months > MAX_MONTHS) return { ok: false, reason: `${name} must be between 1 and ${MAX_MONTHS} months (100 years), not ${text}.` };
  return { ok: true, months, confirm: months < CONFIRM_BELOW_MONTHS };
}

/** The day before which records fall outside a period counted back from `today`. */
export function cutoffFor(today: IsoDate, months: number): IsoInstant {
  return `${addMonths(today, -months)}T00:00:00.000Z`;
}

/** When a strategy last changed: its last recorded step, or when it ended. */
export function lastActivity(strategy: ContactStrategy): IsoInstant {
  const times = [strategy.endedAt, strategy.history.at(-1)?.at, strategy.approvedAt, strategy.proposedAt].filter((t): t is string => Boolean(t));
  return times.sort().at(-1) ?? "";
}

export type Keeping = { keeps: true; why: "inForce" | "live" | "disputed" | "recentlyEnded" } | { keeps: false };

/**
 * Whether a strategy keeps its records now. `inForce` is the trusted view's word (an approval
 * by an authoriser): an item edited to say "ended" still keeps its evidence while a decision
 * holds it in force. Drafts and proposals keep theirs too: they are waiting on a person.
 */
export function keeping(strategy: ContactStrategy, inForce: boolean, endedCutoff: IsoInstant): Keeping {
  if (inForce) return { keeps: true, why: "inForce" };
  if (strategy.disputes.some((d) => !d.outcome)) return { keeps: true, why: "disputed" };
  if (strategy.status !== "ended" && strategy.status !== "rejected") return { keeps: true, why: "live" };
  const last = lastActivity(strategy);
  return !last || last >= endedCutoff ? { keeps: true, why: "recentlyEnded" } : { keeps: false };
}
