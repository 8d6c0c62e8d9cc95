/**
 * Words the learned scorer may weigh but the pane never shows as a suggestion's evidence: on
 * their own they say nothing a caseworker can check ("Re", "Hello", "the"). Only what is
 * shown is filtered (`Scores.heaviest`); every word still counts in the score, as trained.
 * Words as the scorer forms them (features.ts `formOf`): lower case, apostrophes dropped.
 */
const GREETINGS = ["hello", "hi", "hiya", "hey", "dear", "morning", "afternoon", "evening", "good", "regards", "kind", "best", "thanks", "thank", "many", "sincerely", "faithfully", "cheers", "please"];

/** What a mail client puts before a subject: reply and forward in English and in the languages Outlook writes them. */
const REPLY_PREFIXES = ["re", "fw", "fwd", "aw", "wg", "sv", "vs", "tr", "rv", "enc", "antw", "odp"];

const STOP_WORDS = [
  ...["a", "an", "the", "and", "or", "but", "if", "so", "as", "than", "then", "that", "this", "these", "those", "there", "here"],
  ...["of", "to", "in", "on", "at", "for", "with", "by", "from", "about", "into", "over", "up", "out", "off"],
  ...["i", "im", "ive", "id", "ill", "me", "my", "mine", "we", "us", "our", "you", "youre", "your", "yours", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their"],
  ...["is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had", "having", "get", "got"],
  ...["will", "would", "can", "could", "shall", "should", "may", "might", "just", "also", "very", "too", "all", "any", "some", "what", "which", "who", "when", "where", "how", "not", "no", "yes"],
];

const UNSHOWN: ReadonlySet<string> = new Set([...GREETINGS, ...REPLY_PREFIXES, ...STOP_WORDS]);

/** Whether a word (in the scorer's form) is shown as evidence: not a greeting, a reply prefix, a stop word or a number alone. */
export function showsAsEvidence(form: string): boolean {
  return !UNSHOWN.has(form) && !/^0+$/.test(form);
}
