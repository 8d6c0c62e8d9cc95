import { SUB_TYPES } from "../../src/policy/categories";
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
}

/** Categories the scorer may add (persistent needs the sender's history: the rules keep it). */
export const LEARNED_CATEGORIES = { abusive: 0.9, demands: 0.85 } as const;
/** Alert kinds the scorer may add (new-matter needs the strategy's closed matter: the rules keep it, at 1.0 already). */
export const LEARNED_ALERTS = ["risk-to-life", "threat-to-staff", "safeguarding", "crime"] as const;
/** A sub-type with fewer positive rows than this is not learned (the closest rule's sub-type is used). */
const FEWEST = 6;

export function targetSpecs(rows: readonly OfficeRow[]): TargetSpec[] {
  const specs: TargetSpec[] = [];
  for (const [category, precision] of Object.entries(LEARNED_CATEGORIES)) {
    specs.push({ id: category, positive: (r) => r.categories.includes(category), publicData: category === "abusive", kind: "category", precision });
    for (const subType of SUB_TYPES[category as keyof typeof LEARNED_CATEGORIES]) {
      const positive = (r: OfficeRow) => r.categories.includes(category) && r.subTypes.includes(subType);
      if (rows.filter(positive).length >= FEWEST) specs.push({ id: `${category}/${subType}`, positive, publicData: false, kind: "subType" });
    }
  }
  for (const kind of LEARNED_ALERTS) specs.push({ id: `alert/${kind}`, positive: (r) => r.alerts.includes(kind), publicData: false, kind: "alert" });
  return specs;
}
