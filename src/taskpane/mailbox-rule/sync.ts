import { toStoreError } from "../../store/sharepoint/errors";
import { inboxRuleState } from "../../app/inbox-rule-state";
import type { Services } from "../../app/services";
import type { RulesSync } from "../../flagger/rules/graph-rules";
import { describeStoreError } from "../errors";

/** What the pane last knew of the person's Inbox rule being brought up to date in the background. */
export type RuleSyncStatus = { state: "idle" } | { state: "busy" } | { state: "done"; result: RulesSync } | { state: "failed"; message: string };

let status: RuleSyncStatus = { state: "idle" };
const listeners = new Set<() => void>();
const publish = (next: RuleSyncStatus) => {
  status = next;
  listeners.forEach((l) => l());
};

export const ruleSyncStatus = {
  subscribe: (listener: () => void) => (listeners.add(listener), () => void listeners.delete(listener)),
  current: () => status,
};

/** A refusal to touch the rules in words the person can act on (most often: consent not given). */
export function describeRuleError(error: unknown): string {
  const plain = toStoreError(error, "Updating your Inbox rule");
  if (plain.code === "forbidden") {
    return "Outlook did not let the add-in change your Inbox rules. Your administrator needs to allow Contact Strategy Manager the MailboxSettings.ReadWrite permission (README: “Your own Inbox rule”).";
  }
  return describeStoreError(plain);
}

/**
 * Brings the person's Inbox rule in step (or takes it out, with `on: false`) and publishes how
 * it went. The use case loads on demand, never on the pane's first paint.
 */
export async function syncInboxRule(services: Services, on?: boolean): Promise<RuleSyncStatus> {
  publish({ state: "busy" });
  try {
    const { keepInboxRuleInStep } = await import("../../app/inbox-rule");
    const result = await keepInboxRuleInStep(services, on);
    publish({ state: "done", result });
  } catch (error) {
    publish({ state: "failed", message: describeRuleError(error) });
  }
  return status;
}

/** At start, and after an authoriser's decision: only when the person turned their rule on. */
export function syncInboxRuleIfOn(services: Services): void {
  if (inboxRuleState(services.preferences).on) void syncInboxRule(services);
}
