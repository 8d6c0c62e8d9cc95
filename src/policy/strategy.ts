import type { CategoryId, Channel, SubTypeId } from "./categories";
import type { Restriction, StaffMember } from "./restrictions";
import type { JudgedContact } from "./evidence-as-judged";

/**
 * A contact strategy for one person (Warwickshire 7: "how and when further contact ...
 * will take place, any restrictions on communication, and the reason").
 *
 * Status is a union, not flags: a strategy is in exactly one state.
 * draft → proposed → active → underReview → active (continued | altered) | ended;
 * proposed → rejected; proposed → draft (sent back). A dispute (Warwickshire 7.3) is recorded alongside, never
 * replacing history.
 */
export const STRATEGY_STATUSES = ["draft", "proposed", "active", "underReview", "rejected", "ended"] as const;
export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];

/** Each status as staff say it, after "a strategy that is …" ("under review", not "underReview"). */
export const STATUS_WORDS: Readonly<Record<StrategyStatus, string>> = {
  draft: "a draft",
  proposed: "proposed, not yet approved",
  active: "in force",
  underReview: "under review",
  rejected: "rejected",
  ended: "ended",
};

/** ISO 8601 calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** ISO 8601 instant, `YYYY-MM-DDTHH:mm:ss.sssZ`. */
export type IsoInstant = string;

export interface ReasonableAdjustments {
  /** Equality Act 2010 duty (Warwickshire 5; Gwent 7.0 criterion 4; Lancashire 1.4). */
  considered: boolean;
  /** What was considered or put in place, e.g. "large print letters; calls with an advocate". */
  notes: string;
}

/** The written warning that must normally precede restriction (Gwent 7.0; Warwickshire 6). */
export type PriorWarning =
  | { kind: "given"; on: IsoDate; reference?: string }
  /** Warwickshire 6/7: physical violence used or threatened — no prior warning needed. */
  | { kind: "exception"; reason: "threatsOrViolence"; note: string }
  | { kind: "none" };

export interface Dispute {
  /** Warwickshire 7.3: the person writes to the Chief Executive. */
  raisedOn: IsoDate;
  summary: string;
  outcome?: { decidedOn: IsoDate; decidedBy: string; result: "upheld" | "changed"; rationale: string };
}

/** A recorded contact offered as evidence for a strategy (from the ContactLog; no body). */
export interface EvidenceContact {
  internetMessageId: string;
  receivedAt: IsoInstant;
  subject: string;
  categories: CategoryId[];
}

export interface ContactStrategy {
  id: string;
  /** Which office's policy pack, and its version, governed this strategy. */
  packId: string;
  packVersion: string;
  /** Only what the policy needs to identify the person (data minimisation). */
  person: { displayName: string; reference?: string };
  /** Normalised addresses (see `normaliseAddress`) that belong to this person. */
  addresses: string[];
  status: StrategyStatus;
  categories: CategoryId[];
  /**
   * Canonical sub-types of the recorded behaviour, where known (e.g. "threat"). The written
   * warning's exception (Warwickshire 6/7) is open only when one of these is a sub-type the
   * pack's exception names, within a recorded category.
   */
  subTypes?: SubTypeId[];
  /** Warwickshire 7: "the reasons for doing so clearly articulated". */
  reasons: string;
  /** The recorded contacts that justify the strategy, as the proposer chose them. */
  evidence?: EvidenceContact[];
  restrictions: Restriction[];
  /**
   * What the closed matter is, in a sentence ("the 2025 complaint about how the officer who
   * attended in May was investigated"), when a restriction reads and files or refuses to
   * re-open it (Gwent 8.0): a message about anything else raises a new-matter alert.
   */
  closedMatter?: string;
  /** Channels the person may still use (Warwickshire 7.2: never left unsure). */
  allowedChannels: Channel[];
  singlePointOfContact?: StaffMember;
  reasonableAdjustments: ReasonableAdjustments;
  /** Ids of the pack's authoriser criteria that the approver confirmed. */
  criteriaConfirmed: string[];
  priorWarning: PriorWarning;
  /** Warwickshire 7: "A review date should also be agreed". */
  reviewDate?: IsoDate;
  proposedBy?: string;
  proposedAt?: IsoInstant;
  approvedBy?: string;
  approvedAt?: IsoInstant;
  /**
   * What the approver gave with the approval at `at` beyond the command (decide()'s checks): saved with the step, so
   * that the decision rebuilt from it by `records reconcile` carries them as the one written would (src/app/strategy/steps.ts).
   */
  approvalChecks?: { at: IsoInstant; criteriaNotes?: Array<{ id: string; note: string }>; warningChecked?: true; warningLetter?: string; evidenceChecked?: true; evidenceContacts?: string[]; evidenceRecords?: JudgedContact[]; evidenceBehaviour?: CategoryId[] };
  endedAt?: IsoInstant;
  disputes: Dispute[];
  /** Append-only record of every transition (who, when, why). */
  history: StrategyEvent[];
}

/** One transition, as recorded for the audit trail. */
export interface StrategyEvent {
  type: StrategyCommand["type"];
  from: StrategyStatus;
  to: StrategyStatus;
  by: string;
  at: IsoInstant;
  why: string;
}

/** Who is acting, and in which roles (role names come from the policy pack). */
export interface Actor {
  upn: string;
  displayName: string;
  roles: string[];
}

/** What a person asks the lifecycle to do. The lifecycle answers with a new state or a refusal. */
export type StrategyCommand =
  | { type: "propose"; by: Actor; at: IsoInstant; why: string }
  | {
      type: "approve";
      by: Actor;
      at: IsoInstant;
      why: string;
      criteriaConfirmed: string[];
      reviewDate: IsoDate;
    }
  | { type: "reject"; by: Actor; at: IsoInstant; why: string }
  /** The authoriser returns a proposal to its proposer to change (a draft again), with the reason. */
  | { type: "sendBack"; by: Actor; at: IsoInstant; why: string }
  | { type: "startReview"; by: Actor; at: IsoInstant; why: string }
  | { type: "continue"; by: Actor; at: IsoInstant; why: string; reviewDate: IsoDate }
  | {
      type: "alter";
      by: Actor;
      at: IsoInstant;
      why: string;
      reviewDate: IsoDate;
      restrictions: Restriction[];
      allowedChannels: Channel[];
      singlePointOfContact?: StaffMember;
    }
  | { type: "end"; by: Actor; at: IsoInstant; why: string }
  | { type: "raiseDispute"; by: Actor; at: IsoInstant; why: string; raisedOn: IsoDate }
  | {
      type: "decideDispute";
      by: Actor;
      at: IsoInstant;
      why: string;
      result: "upheld" | "changed";
    };

/** A refused transition names the unmet condition, and cites the policy paragraph. */
export interface Refusal {
  ok: false;
  code: string;
  message: string;
  /** e.g. "warwickshire-managing-public-contact-policy.txt §7". */
  policyRef: string;
}

export type TransitionResult = { ok: true; strategy: ContactStrategy; event: StrategyEvent } | Refusal;
