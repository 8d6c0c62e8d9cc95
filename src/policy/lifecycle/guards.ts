import type { PolicyPack } from "../packs/schema";
import type { Actor, ContactStrategy, IsoDate, IsoInstant, Refusal } from "../strategy";
import { addMonths, dateOf, isIsoDate } from "./dates";
import { refuse } from "./refusal";

/**
 * The guards on restricting contact. Each returns a refusal naming the unmet condition,
 * or undefined when the condition holds. Sources come from the pack, so each office's
 * refusal cites its own policy.
 */

/** Gwent 7.0 / Warwickshire 7: "can only be authorised by" the pack's authoriser. */
export function mustBeAuthoriser(actor: Actor, pack: PolicyPack, doing: string): Refusal | undefined {
  if (actor.roles.includes(pack.authoriser.role)) return undefined;
  return refuse(
    "notAuthoriser",
    `Only the ${pack.authoriser.title} can ${doing}; ${actor.displayName} does not hold that role.`,
    pack.authoriser.source,
  );
}

/**
 * Four-eyes: the person who proposed a restriction cannot authorise it. The policies make
 * authorising a separate "careful consideration" by a senior officer (Gwent 7.0,
 * Warwickshire 7); a proposer approving their own proposal would defeat that.
 */
export function mustNotBeProposer(actor: Actor, strategy: ContactStrategy, pack: PolicyPack): Refusal | undefined {
  if (!strategy.proposedBy || strategy.proposedBy.toLowerCase() !== actor.upn.toLowerCase()) return undefined;
  return refuse("ownProposal", "You proposed this strategy, so someone else must approve it.", pack.authoriser.source);
}

/** Gwent 7.0 (four criteria) / Warwickshire 7 (five): all must be confirmed before any action. */
export function mustConfirmAllCriteria(confirmed: string[], pack: PolicyPack): Refusal | undefined {
  const missing = pack.criteria.filter((c) => !confirmed.includes(c.id));
  if (missing.length === 0) return undefined;
  const first = missing[0]!;
  return refuse(
    "criteriaUnconfirmed",
    `Confirm every criterion before approving. Not yet confirmed: ${missing.map((c) => `“${c.label}”`).join("; ")}.`,
    first.source,
  );
}

/** Warwickshire 7: "A review date should also be agreed"; the pack caps how far ahead. */
export function mustHaveReviewDate(reviewDate: IsoDate | undefined, at: IsoInstant, pack: PolicyPack): Refusal | undefined {
  if (!reviewDate || !isIsoDate(reviewDate)) {
    return refuse("reviewDateInvalid", "Agree a review date (YYYY-MM-DD) when restricting contact.", pack.review.source);
  }
  const today = dateOf(at);
  if (reviewDate <= today) {
    return refuse("reviewDatePast", `The review date ${reviewDate} must be after today (${today}).`, pack.review.source);
  }
  const latest = addMonths(today, pack.review.maximumMonths);
  if (reviewDate > latest) {
    return refuse(
      "reviewDateTooFar",
      `The review date ${reviewDate} is more than ${pack.review.maximumMonths} months away; the latest allowed is ${latest}.`,
      pack.review.source,
    );
  }
  return undefined;
}

/** Equality Act 2010 duty: Warwickshire 5 and 7 (fifth criterion); Gwent 7.0 (fourth criterion). */
export function mustHaveConsideredAdjustments(strategy: ContactStrategy, pack: PolicyPack): Refusal | undefined {
  if (strategy.reasonableAdjustments.considered) return undefined;
  const source = pack.criteria.at(-1)?.source ?? pack.authoriser.source;
  return refuse(
    "adjustmentsNotConsidered",
    "Record the reasonable adjustments considered (Equality Act 2010) before approving.",
    source,
  );
}

/**
 * Gwent 7.0 "advised in writing that their behaviour is considered to be unacceptable";
 * Warwickshire 6 written warning — unless the pack's exception applies (Warwickshire 6/7:
 * violence used or threatened, "we may not give ... prior warning").
 */
export function mustHaveWarnedFirst(strategy: ContactStrategy, pack: PolicyPack): Refusal | undefined {
  const warning = strategy.priorWarning;
  if (!pack.priorWarning.required || warning.kind === "given") return undefined;
  if (warning.kind === "exception") {
    if (pack.priorWarning.exception) return undefined;
    return refuse(
      "exceptionNotAllowed",
      `${pack.office.shortName}'s policy has no exception to the written warning; give one first.`,
      pack.priorWarning.source,
    );
  }
  return refuse(
    "noPriorWarning",
    pack.priorWarning.exception
      ? `Give a written warning first, or record why the exception applies (${pack.priorWarning.exception}).`
      : "Give a written warning first.",
    pack.priorWarning.source,
  );
}

/** Warwickshire 7.2: the person must never be "left unsure" how they may still make contact. */
export function mustLeaveAChannel(channels: readonly string[], pack: PolicyPack): Refusal | undefined {
  if (channels.length > 0) return undefined;
  const source = pack.channels[0]?.source ?? pack.authoriser.source;
  return refuse("noAllowedChannel", "Say how the person may still contact the office: choose at least one channel.", source);
}
