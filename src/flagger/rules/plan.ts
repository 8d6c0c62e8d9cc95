/**
 * Inbox rules that make Exchange itself categorise mail from people under a strategy in force,
 * with no worker running (Graph messageRule: `fromAddresses` → `assignCategories`, and
 * `moveToFolder` where a dedicated address diverts their mail, Warwickshire 7). Planned here from
 * the approved addresses, then made through Graph (graph-rules.ts). Only rules this product
 * named are ever changed; a person's own rules are left alone.
 *
 * A mailbox's rules share one size quota (Exchange's RulesQuota: 256 KB in Exchange Online, less
 * where an administrator set it lower), so the addresses are split across rules of a bounded size: when the quota is reached
 * the rules made so far still work, and the addresses left over are reported (the worker still
 * flags them).
 */
export const MANAGED_PREFIX = "Contact Strategy Manager";
/** Addresses a rule holds at most, by size: about 4 KB of recipients, so one rule never holds the whole quota. */
export const RULE_BUDGET_BYTES = 4 * 1024;

export interface RuleSource {
  /** Normalised email addresses of people under strategies in force. */
  address: string;
  /** The folder (display name) their mail is diverted to, when a dedicated address says so. */
  divertTo?: string;
}

export interface PlannedRule {
  displayName: string;
  sequence: number;
  addresses: string[];
  /** Folder display name; resolved to an id when the rule is made. */
  moveTo?: string;
}

// TextEncoder, not Buffer: the pane plans a person's own rule in the browser with this same code.
const utf8 = new TextEncoder();
const recipientBytes = (address: string) => utf8.encode(JSON.stringify({ emailAddress: { address } })).length + 1;

/** Groups addresses (one group per divert folder, one for the rest) into rules of at most RULE_BUDGET_BYTES of recipients each. */
export function planRules(sources: readonly RuleSource[], budget = RULE_BUDGET_BYTES): PlannedRule[] {
  const groups = new Map<string, Set<string>>();
  for (const { address, divertTo } of sources) {
    const key = divertTo?.trim() ?? "";
    (groups.get(key) ?? groups.set(key, new Set()).get(key)!).add(address.toLowerCase());
  }
  const rules: PlannedRule[] = [];
  for (const [folder, set] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const chunks: string[][] = [];
    let size = 0;
    for (const address of [...set].sort()) {
      const bytes = recipientBytes(address);
      if (chunks.length === 0 || size + bytes > budget) {
        chunks.push([]);
        size = 0;
      }
      chunks.at(-1)!.push(address);
      size += bytes;
    }
    chunks.forEach((addresses, i) => {
      const part = chunks.length > 1 ? ` ${i + 1}/${chunks.length}` : "";
      rules.push({ displayName: `${MANAGED_PREFIX}${folder ? ` → ${folder}` : ""}${part}`, sequence: rules.length + 1, addresses, ...(folder ? { moveTo: folder } : {}) });
    });
  }
  return rules;
}

export const isManaged = (displayName: string) => displayName.startsWith(MANAGED_PREFIX);
