import type { AlertKind } from "./types";

/**
 * A look-alike guard with identity (STYLE.md "Rules with identity"), as a rule has one: an id, the kinds of alert it
 * may drop, the policy paragraph that says why such a hit is no alert, what it reads, and messages it must drop and
 * must keep — `test/policy/alerts/guards.test.ts` runs every example through `classify`. A guard names a reason the
 * alert would be wrong (the event is over, only reported, hypothetical), not a single writer's words.
 */
export interface AlertGuard {
  /** "<kind>/<why the hit is no alert>", e.g. "crime/property-crime-waited-on". */
  id: string;
  /** The kinds of hit it reads: never risk-to-life or safeguarding unless a person's safety is told as not at stake. */
  kinds: readonly AlertKind[];
  /** The paragraph that says such a hit is not the alert's matter. */
  policyRef: string;
  /**
   * Whether a hit in the sentence [from, to) of the folded, compacted text is a look-alike to drop; `pattern` is the
   * rule's, for a guard that reads whether the rule still matches with the look-alike's words set aside.
   */
  drops: (text: string, from: number, to: number, pattern?: RegExp) => boolean;
  /**
   * Whether it also reads a sentence rule's match carried from the sentences before the cued one, over those sentences
   * (detect.ts): for a guard that sets the crime's own words aside and asks whether the rule still matches without them.
   */
  readsCarried?: boolean;
  /** Messages it must leave with no alert of its kinds, and messages that must still alert (`keep`, with the kind). */
  examples: { drop: readonly string[]; keep: ReadonlyArray<readonly [AlertKind, string]> };
}

/** The sentence [from, to] a guard reads, with its closing stop: the span `drops` is given, as the guards read it. */
export function sentenceOf(text: string, from: number, to: number): string {
  return text.slice(from, Math.min(to + 1, text.length));
}
