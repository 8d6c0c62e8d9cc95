import type { Preferences } from "../outlook/preferences";

/** Where the person's choice about their own Inbox rule is kept (roaming settings; see inbox-rule.ts). */
export const INBOX_RULE_PREFERENCE = "csm.inboxRule";

/** What the person chose, and what the last bringing-up-to-date did. */
export interface InboxRuleState {
  on: boolean;
  /** The last successful sync: when, how many addresses the rules hold, and any the quota left out. */
  last?: { at: string; addresses: number; uncovered: number };
}

export function inboxRuleState(preferences: Preferences): InboxRuleState {
  return preferences.get<InboxRuleState>(INBOX_RULE_PREFERENCE) ?? { on: false };
}
