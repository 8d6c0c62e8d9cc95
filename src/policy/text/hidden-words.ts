/** White space squeezed to one space: the text and the HTML lay lines out differently. */
export const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Whether the words quoted from the body's text are among a message's hidden passages: compared with
 * white space squeezed, as the text and the HTML lay out lines differently.
 */
export function isHidden(words: string, passages: readonly string[]): boolean {
  const wanted = squeeze(words);
  return wanted.length > 0 && passages.some((p) => p.includes(wanted));
}
