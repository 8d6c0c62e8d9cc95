import type { Scorer } from "../policy/scorer/types";

/**
 * The learned scorer's committed weights (src/policy/scorer/weights.json, from `npm run train`),
 * loaded on demand: in the pane a chunk of its own fetched after the message shows, never in the
 * first paint; in Node (CLI, flagger, eval) a file read. Rejects with a ScorerError when the
 * weights are not usable: callers carry on with the rules alone and say so.
 */
export async function loadLearnedScorer(): Promise<Scorer> {
  // The scorer's code comes with its weights, in the same chunk: none of it is in the pane's first paint.
  const [{ loadScorer }, weights] = await Promise.all([
    import(/* webpackChunkName: "learned-scorer" */ "../policy/scorer/join"),
    import(/* webpackChunkName: "learned-scorer" */ "../policy/scorer/weights.json", { with: { type: "json" } }),
  ]);
  return loadScorer(weights.default);
}

let once: Promise<{ scorer?: Scorer; problem?: string }> | undefined;

/** For a long-running host (the flagger): loaded once, and a failure said, never thrown: the rules carry on alone. */
export function loadLearnedScorerOnce(): Promise<{ scorer?: Scorer; problem?: string }> {
  once ??= loadLearnedScorer().then(
    (scorer) => ({ scorer }),
    (error: unknown) => ({ problem: `suggestions and alerts from the rules alone: ${error instanceof Error ? error.message : String(error)}` }),
  );
  return once;
}
