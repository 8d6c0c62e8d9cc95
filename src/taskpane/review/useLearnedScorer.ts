import { useEffect, useState } from "react";
import { loadLearnedScorer } from "../../app/learned-scorer";
import type { Scorer } from "../../policy/scorer/types";

/** Where the learned scorer stands in this pane: the suggestions wait for it, alerts from the rules never do. */
export type LearnedScorerState = { status: "loading" } | { status: "ready"; scorer: Scorer } | { status: "rules-only"; reason: string };

/** Longer than this and the suggestions are shown from the rules alone, said so (a slow network must not hold them back). */
export const LEARNED_SCORER_PATIENCE_MS = 8000;

/** One load per pane: the weights are the same for every message. */
let loading: Promise<Scorer> | undefined;

/**
 * The learned scorer's weights, fetched as a chunk of their own once a message is shown (never
 * with the pane's first paint: DESIGN.md's budget). `start` is false until then. If they cannot
 * be loaded the state says so, and the suggestions are the rules' alone.
 */
export function useLearnedScorer(start: boolean, load: () => Promise<Scorer> = loadLearnedScorer): LearnedScorerState {
  const [state, setState] = useState<LearnedScorerState>({ status: "loading" });
  useEffect(() => {
    if (!start || state.status !== "loading") return;
    let live = true;
    const giveUp = setTimeout(() => live && setState({ status: "rules-only", reason: "the learned scorer took too long to load" }), LEARNED_SCORER_PATIENCE_MS);
    (loading ??= load()).then(
      (scorer) => live && setState({ status: "ready", scorer }),
      (error: unknown) => {
        // A later message may try again (a network blip is not for the rest of the session).
        loading = undefined;
        if (live) setState({ status: "rules-only", reason: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
      clearTimeout(giveUp);
    };
  }, [start, load, state.status]);
  return state;
}
