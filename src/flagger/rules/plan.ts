import { CATEGORY_NAME, IN_DOUBT_CATEGORY_NAME } from "../../app/flag-message";

/**
 * Inbox rules that make Exchange itself categorise mail from people under a strategy in force,
 * with no worker running (Graph messageRule: `fromAddresses` → `assignCategories`, and
 * `moveToFolder` where a dedicated address diverts their mail, Warwickshire 7). Planned here from
 * the approved addresses, then made through Graph (graph-rules.ts). Only rules this product
 * named are ever changed; a person's own rules are left alone. A strategy whose record is in doubt
 * gets rules of its own that put the in-doubt category on its mail (never a move: it states no
 * restriction), so with no worker running its mail is still marked (fail closed).
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
  /** A strategy whose record is in doubt (src/policy/in-force.ts `recordInDoubt`): marked with the doubt, never diverted. */
  inDoubt?: true;
}

export interface PlannedRule {
  displayName: string;
  sequence: number;
  addresses: string[];
  /** The category Exchange puts on their mail: "Contact strategy", or the in-doubt one. */
  category: string;
  /** Folder display name; resolved to an id when the rule is made. */
  moveTo?: string;
}

/** Rules for records in doubt are named apart, and planned after the others so existing rules keep their places. */
const IN_DOUBT_SUFFIX = ": record in doubt";

// TextEncoder, not Buffer: the pane plans a person's own rule in the browser with this same code.
const utf8 = new TextEncoder();
const recipientBytes = (address: string) => utf8.encode(JSON.stringify({ emailAddress: { address } })).length + 1;

interface Group {
  inDoubt: boolean;
  folder: string;
  addresses: Set<string>;
}

/** One group per divert folder, one for the rest, one for records in doubt (which never divert). */
function groupsOf(sources: readonly RuleSource[]): Group[] {
  const groups = new Map<string, Group>();
  for (const { address, divertTo, inDoubt } of sources) {
    const folder = inDoubt ? "" : (divertTo?.trim() ?? "");
    const key = JSON.stringify([Boolean(inDoubt), folder]);
    const group = groups.get(key) ?? groups.set(key, { inDoubt: Boolean(inDoubt), folder, addresses: new Set() }).get(key)!;
    group.addresses.add(address.toLowerCase());
  }
  return [...groups.values()].sort((a, b) => Number(a.inDoubt) - Number(b.inDoubt) || a.folder.localeCompare(b.folder));
}

/** Splits each group's addresses into rules of at most RULE_BUDGET_BYTES of recipients each, in a stable order. */
export function planRules(sources: readonly RuleSource[], budget = RULE_BUDGET_BYTES): PlannedRule[] {
  const rules: PlannedRule[] = [];
  for (const { inDoubt, folder, addresses: set } of groupsOf(sources)) {
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
      const name = `${MANAGED_PREFIX}${inDoubt ? IN_DOUBT_SUFFIX : ""}${folder ? ` → ${folder}` : ""}${part}`;
      rules.push({ displayName: name, sequence: rules.length + 1, addresses, category: inDoubt ? IN_DOUBT_CATEGORY_NAME : CATEGORY_NAME, ...(folder ? { moveTo: folder } : {}) });
    });
  }
  return rules;
}

export const isManaged = (displayName: string) => displayName.startsWith(MANAGED_PREFIX);
