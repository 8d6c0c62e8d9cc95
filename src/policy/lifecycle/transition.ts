import type { PolicyPack, SourceRef } from "../packs/schema";
import type {
  ContactStrategy,
  IsoDate,
  Refusal,
  StrategyCommand,
  StrategyEvent,
  StrategyStatus,
  TransitionResult,
} from "../strategy";
import {
  mustBeAuthoriser,
  mustConfirmAllCriteria,
  mustHaveConsideredAdjustments,
  mustHaveReviewDate,
  mustHaveWarnedFirst,
  mustHaveCompleteRestrictions,
  mustLeaveAChannel,
  mustNotBeProposer,
  proposalProblems,
} from "./guards";
import { dateOf } from "./dates";
import { refuse } from "./refusal";

/** Which statuses each command may start from (the state machine's edges). */
const FROM: Record<StrategyCommand["type"], readonly StrategyStatus[]> = {
  propose: ["draft"],
  approve: ["proposed"],
  reject: ["proposed"],
  sendBack: ["proposed"],
  startReview: ["active"],
  continue: ["underReview"],
  alter: ["underReview"],
  end: ["active", "underReview"],
  raiseDispute: ["active", "underReview"],
  decideDispute: ["active", "underReview"],
};

/** Facts on record beside the strategy that a guard may need. */
export interface TransitionContext {
  /**
   * Dates of written warnings recorded as sent to any of the person's addresses (the Letters
   * list), so a warning given before there was a strategy counts (Gwent 7.0; Warwickshire 6).
   */
  warningsOnRecord?: readonly IsoDate[];
}

/**
 * The contact-strategy lifecycle: `transition(strategy, command, pack)` gives the next
 * strategy with one more history event, or a refusal naming the unmet condition. Pure:
 * the caller persists the result and writes the audit event.
 */
export function transition(strategy: ContactStrategy, command: StrategyCommand, pack: PolicyPack, context: TransitionContext = {}): TransitionResult {
  const refusal = commonGuards(strategy, command, pack) ?? specificGuards(strategy, command, pack, context);
  if (refusal) return refusal;
  const next = apply(strategy, command);
  const event: StrategyEvent = {
    type: command.type,
    from: strategy.status,
    to: next.status,
    by: command.by.upn,
    at: command.at,
    why: command.why.trim(),
  };
  return { ok: true, strategy: { ...next, history: [...strategy.history, event] }, event };
}

/** The paragraph that makes each step a step: what a wrong-status refusal cites. */
function stepSource(type: StrategyCommand["type"], pack: PolicyPack): SourceRef {
  switch (type) {
    case "propose":
      return pack.strategyContents.source; // Warwickshire 7 / Gwent 8.0: what a strategy sets out
    case "approve":
    case "reject":
    case "sendBack":
      return pack.authoriser.source; // Warwickshire 7 / Gwent 7.0: only the authoriser decides a proposal
    case "startReview":
    case "continue":
    case "alter":
    case "end":
      return pack.review.source; // Warwickshire 7: "continued, altered or ended"; Gwent 9.0 "may be reconsidered"
    case "raiseDispute":
    case "decideDispute":
      return pack.disputeTo?.source ?? pack.review.source; // Warwickshire 7.3
  }
}

function commonGuards(strategy: ContactStrategy, command: StrategyCommand, pack: PolicyPack): Refusal | undefined {
  if (!FROM[command.type].includes(strategy.status)) {
    return refuse(
      "wrongStatus",
      `A strategy that is ${strategy.status} cannot be given “${command.type}”; allowed from: ${FROM[command.type].join(", ")}.`,
      stepSource(command.type, pack),
    );
  }
  // Gwent 9.0 "record all decisions"; Warwickshire 7 "reasons ... clearly articulated".
  if (command.why.trim() === "") {
    return refuse("reasonMissing", "Give the reason for this step; it goes on the record.", pack.recordKeeping.source);
  }
  return undefined;
}

function specificGuards(strategy: ContactStrategy, command: StrategyCommand, pack: PolicyPack, context: TransitionContext): Refusal | undefined {
  switch (command.type) {
    case "propose":
      return proposalProblems(strategy, pack)[0];
    case "approve":
      return (
        mustBeAuthoriser(command.by, pack, "approve a contact strategy") ??
        mustNotBeProposer(command.by, strategy, pack) ??
        mustConfirmAllCriteria(command.criteriaConfirmed, pack) ??
        mustHaveReviewDate(command.reviewDate, command.at, pack) ??
        mustHaveConsideredAdjustments(strategy, pack) ??
        mustHaveWarnedFirst(strategy, pack, context.warningsOnRecord) ??
        mustLeaveAChannel(strategy.allowedChannels, pack)
      );
    case "reject":
      return mustBeAuthoriser(command.by, pack, "reject a proposed strategy");
    case "sendBack":
      return mustBeAuthoriser(command.by, pack, "send a proposal back");
    case "startReview":
      return undefined; // Warwickshire 7.1: any member of staff may bring a strategy to review.
    case "continue":
      return mustBeAuthoriser(command.by, pack, "continue a strategy") ?? mustHaveReviewDate(command.reviewDate, command.at, pack);
    case "alter":
      return (
        mustBeAuthoriser(command.by, pack, "alter a strategy") ??
        mustHaveReviewDate(command.reviewDate, command.at, pack) ??
        mustLeaveAChannel(command.allowedChannels, pack) ??
        mustHaveCompleteRestrictions(command.restrictions, pack) ??
        (command.restrictions.length === 0
          ? refuse("nothingToPropose", "An altered strategy needs at least one restriction; end it instead.", pack.review.source)
          : undefined)
      );
    case "end":
      return mustBeAuthoriser(command.by, pack, "end a strategy");
    case "raiseDispute":
      if (!pack.disputeTo) return noDisputeProcess(pack);
      return strategy.disputes.some((d) => !d.outcome)
        ? refuse("disputePending", "A dispute is already waiting for a decision.", pack.disputeTo.source)
        : undefined;
    case "decideDispute":
      if (!pack.disputeTo) return noDisputeProcess(pack);
      if (!strategy.disputes.some((d) => !d.outcome)) {
        return refuse("noDisputePending", "There is no open dispute to decide.", pack.disputeTo.source);
      }
      // Warwickshire 7.3: the person writes "to the Chief Executive", who decides.
      return command.by.roles.includes(pack.disputeTo.role)
        ? undefined
        : refuse("notAuthoriser", `Only the ${pack.disputeTo.title} can decide a dispute.`, pack.disputeTo.source);
  }
}

/** A policy with no dispute route: the decision can still be reconsidered at review (Gwent 9.0). */
function noDisputeProcess(pack: PolicyPack): Refusal {
  return refuse(
    "noDisputeProcess",
    `${pack.office.shortName}'s policy names no dispute process; the decision can be reconsidered at review instead.`,
    pack.review.source,
  );
}

function apply(strategy: ContactStrategy, command: StrategyCommand): ContactStrategy {
  switch (command.type) {
    case "propose":
      return { ...strategy, status: "proposed", proposedBy: command.by.upn, proposedAt: command.at };
    case "approve":
      return {
        ...strategy,
        status: "active",
        criteriaConfirmed: [...command.criteriaConfirmed],
        reviewDate: command.reviewDate,
        approvedBy: command.by.upn,
        approvedAt: command.at,
      };
    case "reject":
      return { ...strategy, status: "rejected" };
    case "sendBack":
      return { ...strategy, status: "draft" };
    case "startReview":
      return { ...strategy, status: "underReview" };
    case "continue":
      return { ...strategy, status: "active", reviewDate: command.reviewDate };
    case "alter": {
      const { singlePointOfContact, ...rest } = strategy;
      void singlePointOfContact; // replaced (or removed) by the alteration
      return {
        ...rest,
        status: "active",
        reviewDate: command.reviewDate,
        restrictions: [...command.restrictions],
        allowedChannels: [...command.allowedChannels],
        ...(command.singlePointOfContact ? { singlePointOfContact: command.singlePointOfContact } : {}),
      };
    }
    case "end":
      return { ...strategy, status: "ended", endedAt: command.at };
    case "raiseDispute":
      return { ...strategy, disputes: [...strategy.disputes, { raisedOn: command.raisedOn, summary: command.why.trim() }] };
    case "decideDispute": {
      const outcome = { decidedOn: dateOf(command.at), decidedBy: command.by.upn, result: command.result, rationale: command.why.trim() };
      const disputes = strategy.disputes.map((d) => (d.outcome ? d : { ...d, outcome }));
      // Warwickshire 7.3: "a different course of action has been determined" → back to review to alter or end it.
      return { ...strategy, disputes, status: command.result === "changed" ? "underReview" : strategy.status };
    }
  }
}

/** A strategy binds staff and the person while active or under review (restrictions stay until changed). */
export function isInForce(strategy: Pick<ContactStrategy, "status">): boolean {
  return strategy.status === "active" || strategy.status === "underReview";
}
