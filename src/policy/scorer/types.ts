import type { AlertEvidence, AlertKind } from "../alerts/types";
import type { CategoryId } from "../categories";
import type { Classification, ClassifierOptions } from "../classifier/types";

/**
 * What the rules found: what a learned scorer adds to. `heldBack`: alert kinds for which a rule
 * found one sign of weight 1 and held the alert back for want of a second (alerts/detect.ts), with
 * that sign's evidence; the scorer may be the second sign (join.ts). `withheld`: categories the message's framing rules out,
 * which the scorer may not add (a request framed as one is no demand, whatever its words weigh).
 */
export type Ruled = Pick<Classification, "categories" | "findings" | "alerts"> & { heldBack?: ReadonlyMap<AlertKind, readonly AlertEvidence[]>; withheld?: readonly CategoryId[] };

/**
 * A loaded learned scorer (join.ts `loadScorer`), as the classifier sees it: only a type here, so
 * the classifier's own code pulls none of the scorer's in (the pane fetches it with its weights,
 * after the first paint). `add` returns what the rules found plus what the scorer is confident of
 * and the rules missed.
 */
export interface Scorer {
  add(ruled: Ruled, text: string, subjectLength: number, options: Pick<ClassifierOptions, "wording" | "alertGuidance" | "staffNames">): Ruled;
}
