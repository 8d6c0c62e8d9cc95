import { DEMAND_RULES } from "./demands";
import { DEMEANING_RULES } from "./demeaning";
import { HARASSMENT_RULES } from "./harassment";
import { OFFICE_RULES } from "./office";
import { PERSISTENCE_RULES } from "./persistence";
import type { Rule } from "./rule";
import { THREAT_RULES } from "./threats";
import { VEILED_RULES } from "./veiled";

export type { Rule } from "./rule";

/** Every rule of the classifier, by id: the one place a finding's category, sub-type, policy and strength come from. */
export const RULE_LIST = [...THREAT_RULES, ...HARASSMENT_RULES, ...DEMEANING_RULES, ...OFFICE_RULES, ...VEILED_RULES, ...DEMAND_RULES, ...PERSISTENCE_RULES] as const;
export type RuleId = (typeof RULE_LIST)[number]["id"];

export const RULES: Readonly<Record<RuleId, Rule>> = Object.freeze(Object.fromEntries(RULE_LIST.map((r) => [r.id, r])) as unknown as Record<RuleId, Rule>);
