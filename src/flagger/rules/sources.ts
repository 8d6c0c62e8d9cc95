import type { InForceSet } from "../../app/strategy/in-force-set";
import { normaliseEmail } from "../../policy/address";
import type { RuleSource } from "./plan";

/**
 * What the Inbox rules must match: every approved email address of every strategy in force (the
 * approving decision's snapshot, never the strategy item), with the folder a dedicated address
 * diverts that person's mail to (Warwickshire 7 "auto-diverting emails"). Telephone numbers have
 * no place in a mail rule.
 */
export function ruleSources(set: InForceSet): RuleSource[] {
  return set.inForce.flatMap(({ strategy, addresses }) => {
    const divert = strategy.restrictions.find((r) => r.kind === "dedicatedAddress");
    return addresses.flatMap((written) => {
      const email = normaliseEmail(written);
      return email.ok ? [{ address: email.address, ...(divert?.divertToFolder ? { divertTo: divert.divertToFolder } : {}) }] : [];
    });
  });
}
