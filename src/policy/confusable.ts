import unhomoglyph from "unhomoglyph";

/**
 * Look-alike addresses (Unicode Technical Standard #39, "confusable detection"): two strings are
 * confusable when their skeletons are equal. The mapping is Unicode's own confusables.txt, as the
 * `unhomoglyph` package keeps it (rather than a hand-made table that would miss most of it);
 * the skeleton is the standard's: NFD, map each character to its prototype, NFD again, and here
 * folded to lower case, as addresses are compared.
 */
export function skeleton(text: string): string {
  return unhomoglyph(text.normalize("NFD")).normalize("NFD").toLowerCase();
}

/** Whether two different addresses look the same: `pat.o'briеn@…` (Cyrillic е) beside `pat.o'brien@…`. */
export function confusable(a: string, b: string): boolean {
  return a !== b && skeleton(a) === skeleton(b);
}

/** The characters of an address outside plain ASCII, each once with its code point ("е U+0435"), for saying what differs. */
export function unusualCharacters(address: string): string[] {
  const seen = new Set<string>();
  for (const ch of address) if (ch.codePointAt(0)! > 0x7e) seen.add(ch);
  return [...seen].map((ch) => `${ch} U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`);
}
