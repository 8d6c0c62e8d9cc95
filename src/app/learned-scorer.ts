import { loadScorer, type Scorer } from "../policy/scorer/model";

/**
 * The learned scorer's committed weights (src/policy/scorer/weights.json, from `npm run train`),
 * loaded on demand: in the pane a chunk of its own fetched after the message shows, never in the
 * first paint; in Node (CLI, flagger, eval) a file read. Rejects with a ScorerError when the
 * weights are not usable: callers carry on with the rules alone and say so.
 */
export async function loadLearnedScorer(): Promise<Scorer> {
  const weights = await import(/* webpackChunkName: "learned-scorer" */ "../policy/scorer/weights.json", { with: { type: "json" } });
  return loadScorer(weights.default);
}
