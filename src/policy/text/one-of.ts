/**
 * A fixed list of words, tested as a whole word: `oneOf("you|u|ya").test(word)` is exactly
 * `/^(?:you|u|ya)$/.test(word)`, by a set lookup. The classifier tests such lists against nearly
 * every token of a message; a regular expression per test cost several times the lookup (issue #13).
 */
export interface WordTest {
  test(word: string): boolean;
}

export function oneOf(alternatives: string): WordTest {
  const words = new Set(alternatives.split("|"));
  return { test: (word) => words.has(typeof word === "string" ? word : String(word)) };
}
