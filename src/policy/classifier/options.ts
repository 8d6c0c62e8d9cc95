import type { SenderHistory } from "../contact";
import { wordingFor } from "../packs/index";
import type { PolicyPack } from "../packs/schema";
import type { IsoInstant } from "../strategy";
import { alertGuidanceFor } from "../alerts/guidance";
import type { StrategyContext } from "../alerts/types";
import type { Scorer } from "../scorer/types";
import type { ClassifierOptions } from "./types";

/**
 * The classifier's options for an office's pack, built in one place for the pane, the CLI,
 * the eval and the tests: the pack's response time, its wording, its alert guidance, and how it files a complaint
 * re-sent after its decision (Warwickshire 3.2 "persistence"; Gwent 6.0 "repeated demands").
 */
export function classifierOptions(
  pack: PolicyPack,
  at: { staffDomains: readonly string[]; staffNames?: readonly string[]; history: SenderHistory; now: IsoInstant; strategy?: StrategyContext; scorer?: Scorer },
): ClassifierOptions {
  return {
    responseDays: pack.responseTimes.workingDays,
    staffDomains: [...at.staffDomains],
    ...(at.staffNames?.length ? { staffNames: [...at.staffNames] } : {}),
    history: at.history,
    now: at.now,
    wording: (category, subType) => wordingFor(pack, category, subType),
    resends: pack.resends?.category ?? "persistent",
    deadlines: pack.responseTimes.deadlines ?? "single",
    // What to do about an alert, in this office's words; the sender's strategy, for new-matter alerts.
    alertGuidance: (kind) => alertGuidanceFor(pack, kind),
    ...(at.strategy ? { strategy: at.strategy } : {}),
    ...(at.scorer ? { scorer: at.scorer } : {}),
  };
}
