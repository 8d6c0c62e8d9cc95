import { inForceView, type InForceView } from "../../policy/in-force";
import { addMonths } from "../../policy/lifecycle/dates";
import type { PolicyPack } from "../../policy/packs/schema";
import type { StaffRoster } from "../../policy/roster";
import type { ContactStrategy, IsoDate } from "../../policy/strategy";
import type { CaseStore, Versioned } from "../../store/port";
import { strategiesToJudge } from "./in-force-set";

export type InForce = Extract<InForceView, { inForce: true }>;

export interface ReviewDue {
  strategy: Versioned<ContactStrategy>;
  view: InForce;
  /** The approved review date (the snapshot's, not the item's). */
  reviewDate: IsoDate;
  state: "overdue" | "due";
}

/**
 * Reviews due within `withinDays` of `today`, and overdue ones (Warwickshire 7: "A review date
 * should also be agreed"; 7.1 review). Judged by each strategy's in-force view — the approved
 * review date, not the item's — so an item edited to look ended or reviewed later still comes due.
 * Every strategy is read (a deleted or re-keyed item's too, `strategiesToJudge`; one per person under a strategy: a short list), with its evidence.
 */
export async function reviewsDue(
  store: Pick<CaseStore, "strategyIds" | "senderEntries" | "readWithEvidence">,
  pack: PolicyPack,
  roster: StaffRoster,
  today: IsoDate,
  withinDays = 30,
): Promise<ReviewDue[]> {
  const read = await store.readWithEvidence(await strategiesToJudge(store));
  const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + withinDays * 86_400_000).toISOString().slice(0, 10);
  return read
    .flatMap(({ strategy, evidence }) => {
      const view = inForceView(strategy.value, evidence, pack, roster);
      if (!view.inForce || view.terms.reviewDate > horizon) return [];
      return [{ strategy, view, reviewDate: view.terms.reviewDate, state: view.terms.reviewDate < today ? ("overdue" as const) : ("due" as const) }];
    })
    .sort((a, b) => a.reviewDate.localeCompare(b.reviewDate));
}

/** The default review date a form offers: the pack's default period from today (Warwickshire 7). */
export function defaultReviewDate(pack: PolicyPack, today: IsoDate): IsoDate {
  return addMonths(today, pack.review.defaultMonths);
}

/** The latest review date the pack allows from today (`mustHaveReviewDate`'s limit). */
export function latestReviewDate(pack: PolicyPack, today: IsoDate): IsoDate {
  return addMonths(today, pack.review.maximumMonths);
}
