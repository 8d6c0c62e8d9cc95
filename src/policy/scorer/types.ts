import type { Classification, ClassifierOptions } from "../classifier/types";

/** What the rules found: what a learned scorer adds to. */
export type Ruled = Pick<Classification, "categories" | "findings" | "alerts">;

/**
 * A loaded learned scorer (join.ts `loadScorer`), as the classifier sees it: only a type here, so
 * the classifier's own code pulls none of the scorer's in (the pane fetches it with its weights,
 * after the first paint). `add` returns what the rules found plus what the scorer is confident of
 * and the rules missed.
 */
export interface Scorer {
  add(ruled: Ruled, text: string, subjectLength: number, options: Pick<ClassifierOptions, "wording" | "alertGuidance">): Ruled;
}
