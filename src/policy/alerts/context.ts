import { isInForce } from "../lifecycle/transition";
import type { ContactStrategy } from "../strategy";
import type { StrategyContext } from "./types";

/**
 * What the alerts need of the sender's strategy: its restrictions and closed matter, only
 * while it is in force (a proposed strategy restricts nothing, Gwent 7.0 / Warwickshire 7).
 */
export function alertContextOf(strategy: ContactStrategy | undefined): StrategyContext | undefined {
  if (!strategy || !isInForce(strategy)) return undefined;
  return { restrictions: strategy.restrictions.map((r) => r.kind), ...(strategy.closedMatter ? { closedMatter: strategy.closedMatter } : {}), ...(strategy.approvedAt ? { inForceFrom: strategy.approvedAt } : {}) };
}

/** The classifier's `strategy` option from the sender's strategy: none when nothing is in force. */
export function alertOptionsOf(strategy: ContactStrategy | undefined): { strategy?: StrategyContext } {
  const context = alertContextOf(strategy);
  return context ? { strategy: context } : {};
}
