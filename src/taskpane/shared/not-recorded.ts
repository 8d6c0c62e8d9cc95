/**
 * What a failed save says, after why it failed: plainly that the thing was NOT recorded, and that what was
 * entered is still in the form. "Nothing was lost" alone was read, in a hurry, as "saved" (T5 finding 8).
 */
export function notRecordedWords(what: string): string {
  return `${what} is NOT recorded. What you entered is still here: press “Try again”.`;
}
