import { asApproved, inForceView } from "../../policy/in-force";
import type { PolicyPack } from "../../policy/packs/schema";
import type { StaffRoster } from "../../policy/roster";
import type { LetterRecord } from "../../policy/letters/record";
import type { AuditEvent, StrategyWithEvidence } from "../../store/port";
import { sentDoubts, spocContext, type SentContext, type SentDoubt } from "../letter-trust";

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

/**
 * Why a letter on record may not be what it says, as `records verify` judges it (and retention, which keeps such a letter
 * rather than delete it on its word, T10 #12): `events` its trail (letterTarget), `spocs` from spocsInForce.
 */
export function letterDoubts(letter: LetterRecord, events: readonly AuditEvent[], spocs: ReadonlyMap<string, NonNullable<SentContext["spoc"]>>, now: Date): SentDoubt[] {
  const spoc = letter.strategyId ? spocs.get(letter.strategyId) : undefined;
  return sentDoubts(letter, events, { now, ...(spoc ? { spoc } : {}) });
}
