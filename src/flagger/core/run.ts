import type { PolicyPack } from "../../policy/packs/schema";
import type { Scorer } from "../../policy/scorer/types";
import type { StaffRoster } from "../../policy/roster";
import type { CaseStore } from "../../store/port";
import type { Checkpoint, Checkpoints, MailboxAccess } from "./ports";
import type { RulesSync } from "../rules/graph-rules";
import { ruleCategories, ruleSources } from "../rules/sources";
import { CATEGORY_COLOUR } from "../../app/flag-message";
import { sweepSenders } from "./senders";
import { sweepFolder, type FolderSummary } from "./sweep";

/** What one sweep of every configured mailbox did, as the hosts print and log it. */
const COUNTS = ["swept", "restricted", "inDoubt", "flagged", "moved", "breaches", "alerts"] as const;

export type SweepSummary = Pick<FolderSummary, (typeof COUNTS)[number]> & {
  /** Strategies in force when the sweep began (from the approving decisions). */
  inForce: number;
  /** Strategies whose record is in doubt when the sweep began (a decision on them unreadable, deleted or changed after it was recorded): their mail is marked with the doubt. */
  recordsInDoubt: Array<{ strategyId: string; personName: string }>;
  folders: FolderSummary[];
  /** Inbox rules kept in step, for the mailboxes that opted in. */
  rules: RulesSync[];
};

export interface SweepAllOptions {
  store: Pick<CaseStore, "strategyIds" | "senderEntries" | "readWithEvidence" | "appendAudits">;
  checkpoints: Checkpoints;
  pack: PolicyPack;
  roster: StaffRoster;
  staffDomains: readonly string[];
  staffNames?: readonly string[];
  now: () => Date;
  recorder: string;
  scorer?: Scorer | undefined;
}

/**
 * One sweep: who is in force is read once, then each mailbox's folders are swept in turn from
 * their checkpoints. A folder that fails stops the sweep (its checkpoint keeps its place; the
 * next sweep starts there), so a Graph outage is reported, never papered over.
 */
export async function sweepAll(targets: ReadonlyArray<{ mailbox: MailboxAccess; folders: readonly string[]; rules?: boolean }>, options: SweepAllOptions): Promise<SweepSummary> {
  const senders = await sweepSenders(options.store, options.pack, options.roster);
  const services = { senders, store: options.store, checkpoints: options.checkpoints, pack: options.pack, staffDomains: options.staffDomains, ...(options.staffNames ? { staffNames: options.staffNames } : {}), now: options.now, recorder: options.recorder, scorer: options.scorer };
  const folders: FolderSummary[] = [];
  const rules: RulesSync[] = [];
  const sources = ruleSources(senders.set, options.staffDomains);
  for (const { mailbox, folders: names, rules: keepRules } of targets) {
    // Rules first: once they are in step, Exchange categorises what arrives while the folders are swept — with the
    // categories in the mailbox's master list (red), as the sweep's own writes have them.
    if (keepRules) {
      for (const name of ruleCategories(sources)) await mailbox.ensureCategory(name, CATEGORY_COLOUR);
      rules.push(await mailbox.syncRules(sources));
    }
    for (const folder of names) folders.push(await sweepFolder(mailbox, folder, services));
  }
  const totals = Object.fromEntries(COUNTS.map((key) => [key, folders.reduce((sum, f) => sum + f[key], 0)])) as Pick<FolderSummary, (typeof COUNTS)[number]>;
  const recordsInDoubt = senders.set.inDoubt.map(({ strategyId, personName }) => ({ strategyId, personName }));
  return { inForce: senders.inForce, recordsInDoubt, ...totals, folders, rules };
}

/** Checkpoints held in memory: tests, and a host that keeps its own (the CLI writes them to a file). */
export function memoryCheckpoints(): Checkpoints & { snapshot(): Record<string, Checkpoint> } {
  // Kept as JSON text, as a file or blob keeps it: what a later run loads is what was saved, never a shared object.
  const held = new Map<string, string>();
  return {
    load: async (key) => (held.has(key) ? (JSON.parse(held.get(key)!) as Checkpoint) : undefined),
    save: async (key, checkpoint) => void held.set(key, JSON.stringify(checkpoint)),
    snapshot: () => Object.fromEntries([...held].map(([k, v]) => [k, JSON.parse(v) as Checkpoint])),
  };
}
