import { SUB_TYPES } from "../../src/policy/categories";
import type { Reading } from "../../src/policy/scorer/features";
import type { OfficeRow } from "./data";

/** A target the scorer learns: who is positive, and whether the public abuse data speaks to it. */
export interface TargetSpec {
  id: string;
  positive: (row: OfficeRow) => boolean;
  /** Learns from the public data's abusive labels too. */
  publicData: boolean;
  /** Suggested on its own (a category or alert); sub-types only rank within their category. */
  kind: "category" | "subType" | "alert";
  /** For a category: precision its suggestions must keep (issue #13's targets). */
  precision?: number;
  /** How it reads a message (src/policy/scorer/features.ts). */
  reads: Reading;
  /** How much a positive row counts against a negative one in training. */
  positiveWeight: number;
}

/** Categories the scorer may add (persistent needs the sender's history: the rules keep it). */
export const LEARNED_CATEGORIES = { abusive: 0.9, demands: 0.85 } as const;
/** Alert kinds the scorer may add (new-matter needs the strategy's closed matter: the rules keep it, at 1.0 already). */
export const LEARNED_ALERTS = ["risk-to-life", "threat-to-staff", "safeguarding", "crime"] as const;
/**
 * An alert kind's rows are few (80 risk-to-life among 1,500 messages): each counts four times a
 * message without it, so the model learns what they say rather than that they are rare.
 * Measured by cross-validation (risk-to-life found alone 41 of 80 at weight 4, 35 at weight 1,
 * at the same false alarms).
 */
const ALERT_POSITIVE_WEIGHT = 4;
/** A sub-type with fewer positive rows than this is not learned (the closest rule's sub-type is used). */
const FEWEST = 6;

export function targetSpecs(rows: readonly OfficeRow[]): TargetSpec[] {
  const specs: TargetSpec[] = [];
  for (const [category, precision] of Object.entries(LEARNED_CATEGORIES)) {
    specs.push({ id: category, positive: (r) => r.categories.includes(category), publicData: category === "abusive", kind: "category", precision, reads: "letters", positiveWeight: 1 });
    for (const subType of SUB_TYPES[category as keyof typeof LEARNED_CATEGORIES]) {
      const positive = (r: OfficeRow) => r.categories.includes(category) && r.subTypes.includes(subType);
      if (rows.filter(positive).length >= FEWEST) specs.push({ id: `${category}/${subType}`, positive, publicData: false, kind: "subType", reads: "letters", positiveWeight: 1 });
    }
  }
  for (const kind of LEARNED_ALERTS) specs.push({ id: `alert/${kind}`, positive: (r) => r.alerts.includes(kind), publicData: false, kind: "alert", reads: "words", positiveWeight: ALERT_POSITIVE_WEIGHT });
  return specs;
}
