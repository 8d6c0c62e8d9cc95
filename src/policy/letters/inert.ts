/**
 * Text that comes from outside the office's own templates — a name from a mail header, a
 * subject line, reasons a member of staff typed — made safe to print, and nothing more.
 * Letters are plain strings: renderers escape for HTML, and the Word writer for XML, so
 * markup stays characters. What no renderer can carry is removed here:
 * - control characters (XML 1.0 cannot hold most of them: a NUL in a name would make a
 *   Word file that does not open), unpaired surrogates and U+FFFE/U+FFFF, likewise;
 * - bidirectional overrides and isolates, and zero-width characters, which could make a
 *   printed name or address read as something else;
 * - line breaks and runs of spaces inside a value, which would break a sentence apart.
 * Merge-field syntax needs nothing: templates are split into fields once, before any value
 * goes in, so "{{reviewDate}}" in a name is printed as written (src/policy/letters/fields).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPACES = /[\s\u2028\u2029]+/g;

/** Longest a value is printed: a 10,000-character "name" is not one (the rest becomes "…"). */
export const MAX_VALUE_CHARS = { name: 120, line: 200, paragraph: 2000 } as const;

export function inert(value: string, max: number = MAX_VALUE_CHARS.paragraph): string {
  const clean = value.replace(UNPRINTABLE, "").replace(SPACES, " ").trim();
  if (clean.length <= max) return clean;
  // Cut on a code point boundary (never half a surrogate pair), then mark the cut.
  return `${Array.from(clean.slice(0, max * 2)).slice(0, max - 1).join("").trimEnd()}…`;
}
