import { asApproved, inForceView } from "../../policy/in-force";
import type { PolicyPack } from "../../policy/packs/schema";
import type { StaffRoster } from "../../policy/roster";
import type { StrategyWithEvidence } from "../../store/port";
import { spocContext, type SentContext } from "../letter-trust";

/**
 * The single point of contact each strategy's letters are judged against, by strategy id, as every reader of the record
 * judges them (records verify, the subject access export, the pane): that of the terms in force as the decisions on record
 * approved them, from SharePoint's time of the decision (`asApproved`) — never the strategy item's own `singlePointOfContact`
 * or `approvedAt`, which anyone may edit through Graph (T9 #6). A strategy not in force, or whose terms name none, has none.
 */
export function spocsInForce(read: readonly StrategyWithEvidence[], judge: { pack: PolicyPack; roster: StaffRoster }): Map<string, NonNullable<SentContext["spoc"]>> {
  return new Map(
    read.flatMap(({ strategy, evidence }) => {
      const view = inForceView(strategy.value, evidence, judge.pack, judge.roster);
      const spoc = view.inForce ? spocContext(asApproved(strategy.value, view)) : undefined;
      return spoc ? [[strategy.value.id, spoc] as const] : [];
    }),
  );
}
