import { GraphError } from "@microsoft/microsoft-graph-client";
import type { GraphClient } from "../../graph/client";
import { isManaged, planRules, type PlannedRule, type RuleSource } from "./plan";

interface GraphRule {
  id: string;
  displayName: string;
  sequence: number;
  isEnabled?: boolean;
  conditions?: { fromAddresses?: Array<{ emailAddress?: { address?: string } }> };
  actions?: { assignCategories?: string[]; moveToFolder?: string; stopProcessingRules?: boolean };
}

/** What keeping a mailbox's rules in step did. */
export interface RulesSync {
  mailbox: string;
  created: number;
  updated: number;
  deleted: number;
  /** Addresses the mailbox's rules quota had no room for: Exchange will not categorise them; the worker still does. */
  uncovered: string[];
}

type Body = { displayName: string; sequence: number; isEnabled: true; conditions: { fromAddresses: Array<{ emailAddress: { address: string } }> }; actions: { assignCategories: string[]; moveToFolder?: string } };

function bodyOf(rule: PlannedRule, folderId: string | undefined): Body {
  return {
    displayName: rule.displayName,
    sequence: rule.sequence,
    isEnabled: true,
    conditions: { fromAddresses: rule.addresses.map((address) => ({ emailAddress: { address } })) },
    actions: { assignCategories: [rule.category], ...(folderId ? { moveToFolder: folderId } : {}) },
  };
}

/** A rule already as planned (same addresses, category, folder, place, enabled) needs no write. */
function same(held: GraphRule, wanted: Body): boolean {
  const addresses = (held.conditions?.fromAddresses ?? []).map((r) => (r.emailAddress?.address ?? "").toLowerCase());
  return (
    held.isEnabled !== false &&
    held.sequence === wanted.sequence &&
    JSON.stringify(addresses) === JSON.stringify(wanted.conditions.fromAddresses.map((r) => r.emailAddress.address)) &&
    JSON.stringify(held.actions?.assignCategories ?? []) === JSON.stringify(wanted.actions.assignCategories) &&
    (held.actions?.moveToFolder ?? undefined) === wanted.actions.moveToFolder
  );
}

const overQuota = (error: unknown) => error instanceof GraphError && /RulesOverQuota|QuotaExceeded/i.test(`${error.code ?? ""} ${error.message}`);

/**
 * Keeps this product's Inbox rules in one mailbox in step with who is in force and whose record is in doubt
 * (`/users/{upn}/mailFolders/inbox/messageRules`, MailboxSettings.ReadWrite): rules for new
 * addresses made, rules whose addresses changed rewritten, rules left with no one (a strategy
 * ended, a doubt settled) deleted — removals first, so room is freed before anything is added. Run twice, it
 * writes nothing the second time. The rules' own folders are resolved by `folderId` (the divert
 * folder the sweep also uses).
 */
export async function syncInboxRules(graph: GraphClient, upn: string, sources: readonly RuleSource[], folderId: (displayName: string) => Promise<string>): Promise<RulesSync> {
  const path = `/users/${encodeURIComponent(upn)}/mailFolders/inbox/messageRules`;
  const held = ((await graph.client.api(path).get()) as { value: GraphRule[] }).value.filter((r) => isManaged(r.displayName));
  const planned = planRules(sources);
  const result: RulesSync = { mailbox: upn, created: 0, updated: 0, deleted: 0, uncovered: [] };
  const byName = new Map(held.map((r) => [r.displayName, r]));
  for (const stale of held.filter((r) => !planned.some((p) => p.displayName === r.displayName))) {
    await graph.client.api(`${path}/${encodeURIComponent(stale.id)}`).delete();
    result.deleted += 1;
  }
  for (const [i, rule] of planned.entries()) {
    const body = bodyOf(rule, rule.moveTo ? await folderId(rule.moveTo) : undefined);
    const existing = byName.get(rule.displayName);
    if (existing && same(existing, body)) continue;
    try {
      if (existing) {
        await graph.client.api(`${path}/${encodeURIComponent(existing.id)}`).patch(body);
        result.updated += 1;
      } else {
        await graph.client.api(path).post(body);
        result.created += 1;
      }
    } catch (error) {
      if (!overQuota(error)) throw error;
      // A rule that could not be rewritten may still name someone no longer in force: it goes.
      if (existing) {
        await graph.client.api(`${path}/${encodeURIComponent(existing.id)}`).delete();
        result.deleted += 1;
      }
      // The quota is full: the rules made so far stand; the rest are the worker's to flag.
      result.uncovered = planned.slice(i).flatMap((p) => p.addresses);
      break;
    }
  }
  return result;
}
