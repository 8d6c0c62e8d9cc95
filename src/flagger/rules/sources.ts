import type { InForceSet } from "../../app/strategy/in-force-set";
import { isOfficeAddress, normaliseEmail } from "../../policy/address";
import { CATEGORY_NAME, IN_DOUBT_CATEGORY_NAME } from "../../app/flag-message";
import type { RuleSource } from "./plan";

/**
 * What the Inbox rules must match: every approved email address of every strategy in force (the
 * approving decision's snapshot, never the strategy item), with the folder a dedicated address
 * diverts that person's mail to (Warwickshire 7 "auto-diverting emails"); and the addresses of
 * every strategy whose record is in doubt (the item's: no readable approval lists any), marked as
 * such — the sweep marks their mail the same way, so a rule never says less than the sweep would.
 * Telephone numbers have no place in a mail rule.
 */
export function ruleSources(set: InForceSet, staffDomains: readonly string[] = []): RuleSource[] {
  const inForce = set.inForce.flatMap(({ strategy, addresses }) => {
    const divert = strategy.restrictions.find((r) => r.kind === "dedicatedAddress");
    return emails(addresses, staffDomains).map((address) => ({ address, ...(divert?.divertToFolder ? { divertTo: divert.divertToFolder } : {}) }));
  });
  const inDoubt = set.inDoubt.flatMap(({ addresses }) => emails(addresses, staffDomains).map((address) => ({ address, inDoubt: true as const })));
  return [...inForce, ...inDoubt];
}

/** Email addresses only, and never one at the office's own domains (T7 #14: a record listing a colleague's). */
function emails(written: readonly string[], staffDomains: readonly string[]): string[] {
  return written.flatMap((address) => {
    const email = normaliseEmail(address);
    return email.ok && !isOfficeAddress(email.address, staffDomains) ? [email.address] : [];
  });
}

/** The categories rules for these sources put on mail (for the mailbox's master list). */
export function ruleCategories(sources: readonly RuleSource[]): string[] {
  return [...new Set(sources.map((s) => (s.inDoubt ? IN_DOUBT_CATEGORY_NAME : CATEGORY_NAME)))];
}
