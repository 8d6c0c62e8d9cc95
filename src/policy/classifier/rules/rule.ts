import type { CategoryId } from "../../categories";

/**
 * A classifier rule as data (STYLE.md "Rules with identity"): what it finds, where the policy
 * says so, how strong a sign it is, and messages it must and must not find, which
 * test/policy/classifier/rules.test.ts runs for every rule. Every finding names the rules
 * that made it, so a false accusation can be traced to one rule and fixed there.
 */
export interface Rule {
  /** Stable id, shown with the finding ("slur", "deadline-sooner-than-office"). */
  id: string;
  category: CategoryId;
  /** Canonical sub-type (categories.ts SUB_TYPES). */
  subType: string;
  /** The paragraph the rule enforces, quoted: "Gwent 4.0 \"threats (implicit or explicit)\"". */
  policy: string;
  /** How strong a sign of the sub-type a finding by this rule alone is (0..1); a suggestion, never a sanction. */
  strength: number;
  /** Message bodies the rule must find. History rules say so instead: their examples are histories, in persistence.test.ts. */
  matches: readonly string[] | "history";
  /** Message bodies the rule must not find: the fair mail it could be mistaken on. */
  notMatches: readonly string[];
}
