/**
 * Whether a note on the record says something a reviewer could check (Warwickshire 7: the
 * decision recorded "with the reasons for doing so clearly articulated"; Gwent 9.0 "record all
 * decisions"). "ok", "n/a", "yes — met" or the criterion's own words said back say nothing: the
 * same bar as an alert set aside (src/policy/alerts/action.ts MIN_REASON), plus restatements.
 */
export const MIN_NOTE_LETTERS = 10;

/** Words that only assent or point elsewhere: a note made of these (and the words it answers) restates, it does not say. */
const ASSENT = new Set([
  "ok", "okay", "yes", "y", "yep", "fine", "good", "met", "is", "are", "was", "been", "has", "have", "it", "this", "that", "the", "a", "an",
  "confirmed", "confirm", "agreed", "agree", "approved", "approve", "done", "checked", "true", "correct", "accepted", "satisfied", "applies",
  "na", "n", "none", "nothing", "see", "above", "below", "as", "per", "all", "criteria", "criterion", "and", "so", "fully", "tick",
]);

export type EmptyNote = "tooShort" | "restates";

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.replace(/'/g, ""));
}

/** Why `note` says nothing ("tooShort", "restates"), or undefined when it says something. `answering` is the question or label it answers. */
export function emptyNote(note: string, answering = ""): EmptyNote | undefined {
  const words = wordsOf(note);
  if (words.join("").length < MIN_NOTE_LETTERS || words.length < 2) return "tooShort";
  const said = new Set(wordsOf(answering));
  if (words.every((w) => ASSENT.has(w) || said.has(w))) return "restates";
  return undefined;
}
