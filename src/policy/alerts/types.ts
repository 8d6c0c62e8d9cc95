import type { RestrictionKind } from "../restrictions";
import type { TextSpan } from "../classifier/types";
import type { IsoInstant } from "../strategy";

/**
 * Matters that must be acted on whatever the sender's contact strategy says (Warwickshire 7.2:
 * "all contact must be reviewed to identify matters including … safeguarding issues or
 * criminal matters … irrespective of any contact strategy"). Not behaviour categories: an
 * alert is never suppressed by a strategy, and a message may carry an alert and a category.
 * Ordered most urgent first: the pane shows them in this order.
 */
export const ALERT_KINDS = ["risk-to-life", "threat-to-staff", "safeguarding", "crime", "new-matter"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** One step of what to do now, in the pack's words, with the section it rests on. */
export interface AlertStep {
  text: string;
  /** e.g. "warwickshire-managing-public-contact-policy.txt §7.2". */
  policyRef: string;
}

/** What an alert asks of the caseworker, from the office's pack (or the default when the pack says nothing). */
export interface AlertGuidance {
  /** What was found, in a few words: "Possible risk to life". */
  title: string;
  steps: AlertStep[];
  /** Said on every alert: the contact strategy does not change what to do. */
  strategyNote: string;
  /** The pack had no wording for this kind: the product's default was used. */
  isDefault: boolean;
}

/** The words that raised the alert, and which rule read them (so a false alarm can be traced and fixed). */
export interface AlertEvidence {
  span: TextSpan;
  /** The rule's id, e.g. "risk-to-life/suicide-intent". */
  rule: string;
  /** Where the rule comes from: "warwickshire-managing-public-contact-policy.txt §7.2". */
  policyRef: string;
}

export interface Alert {
  kind: AlertKind;
  /** Every rule that found this alert in the message, even where its words are not among the evidence shown. */
  rules: string[];
  evidence: AlertEvidence[];
  guidance: AlertGuidance;
}

/**
 * The sender's contact strategy as the alerts need it: a `new-matter` alert is raised only
 * under a read-and-file or no-reopening restriction, for something that is not the closed
 * matter (Gwent 8.0 "unless the customer provides new information or a new complaint").
 */
export interface StrategyContext {
  restrictions: RestrictionKind[];
  /** What the closed matter is, in a sentence ("the 2024 complaint about the handling of a burglary report"). */
  closedMatter?: string;
  /**
   * When the terms in force were approved (SharePoint's time of the decision in force): a message received before it was
   * not written under the strategy, and raises no new matter under it.
   */
  inForceFrom?: IsoInstant;
}
