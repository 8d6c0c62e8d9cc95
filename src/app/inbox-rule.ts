import { ruleSources } from "../flagger/rules/sources";
import { syncInboxRules, type RulesSync } from "../flagger/rules/graph-rules";
import type { GraphClient } from "../graph/client";
import type { Preferences } from "../outlook/preferences";
import type { PolicyPack } from "../policy/packs/schema";
import type { StaffRoster } from "../policy/roster";
import type { CaseStore } from "../store/port";
import { INBOX_RULE_PREFERENCE, inboxRuleState, type InboxRuleState } from "./inbox-rule-state";
import { readInForceSet } from "./strategy/in-force-set";

/**
 * A member of staff's own Inbox rule (issue: "Inbox rules, no infrastructure"): when they opt in,
 * Exchange itself puts the "Contact strategy" category on mail from people under a strategy in
 * force as it arrives in their mailbox, whether or not Outlook is open — and the in-doubt category on mail from people
 * whose strategy's record is in doubt (src/policy/in-force.ts `recordInDoubt`). The rule is kept in step
 * from the pane — when it starts, and when an authoriser decides a strategy in it — with the same
 * planning and quota handling as the worker's (src/flagger/rules), reading who is in force through
 * the one in-force function (approved snapshots only).
 *
 * The pane's rule only categorises. Diverting a dedicated address's mail to a folder is the
 * worker's (its mailboxes are the office's, and moving mail needs Mail.ReadWrite, which the pane
 * never asks for); shared mailboxes also need the worker, as delegated rules reach only the
 * signed-in person's own mailbox.
 */
export interface InboxRuleDeps {
  store: Pick<CaseStore, "strategyIds" | "senderEntries" | "readWithEvidence">;
  pack: PolicyPack;
  roster: StaffRoster;
  preferences: Preferences;
  /** A Graph client whose token holds MailboxSettings.ReadWrite, asked for only once the person opts in. */
  rulesGraph: () => Promise<GraphClient>;
  user: { emailAddress: string };
  now: () => Date;
  /** The office's own domains: no rule marks mail from them (T7 #14). */
  config?: { staffDomains: readonly string[] };
}

/**
 * Brings the person's rules in step with who is in force now (or, with `on: false`, removes
 * them). Run twice, the second run writes nothing. The choice is saved only after the rules
 * are, so "on" never stands for rules that were not made.
 */
export async function keepInboxRuleInStep(deps: InboxRuleDeps, on: boolean = inboxRuleState(deps.preferences).on): Promise<RulesSync> {
  const set = on ? await readInForceSet(deps.store, deps.pack, deps.roster) : { inForce: [], inDoubt: [], read: [] };
  // Categorise only: the pane never moves mail (see above), so a divert's folder is left out; a record in doubt keeps its own category.
  const sources = ruleSources(set, deps.config?.staffDomains).map(({ divertTo: _pane_never_moves, ...source }) => source);
  const graph = await deps.rulesGraph();
  const result = await syncInboxRules(graph, deps.user.emailAddress, sources, () => Promise.reject(new Error("The pane's Inbox rule does not move mail.")));
  const state: InboxRuleState = on ? { on, last: { at: deps.now().toISOString(), addresses: sources.length - result.uncovered.length, uncovered: result.uncovered.length } } : { on: false };
  await deps.preferences.set(INBOX_RULE_PREFERENCE, state);
  return result;
}
