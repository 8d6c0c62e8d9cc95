/**
 * The numbered sections of a published policy text, so a citation ("section 7.2") opens the
 * words it cites. The texts are as published (../shared/policies): Warwickshire numbers its
 * headings "3.1    Unacceptable behaviour", Gwent "4.0 Aggressive or abusive contact", some
 * with a Word bookmark before the number. Hand-written: a dozen lines of heading recognition
 * for two plain-text documents, which no library knows the shape of.
 */
export interface PolicySection {
  /** The number as the text writes it ("7.2", "4.0"). */
  number: string;
  title: string;
  /** The section's own words and those of its sub-sections, heading excluded. */
  text: string;
}

/** "[bookmark: _Toc1]4.0 Aggressive or abusive contact", "3.1    Unacceptable behaviour", "7.0Reasons for …". */
const HEADING = /^\s*(?:\[bookmark:[^\]]*\]\s*)?(\d{1,2}(?:\.\d{1,2})*)\.?\s*([A-Z][^\n]{0,100}?)\s*$/;

/** "4.0" and "4" are the same section; "7.2" stays "7.2". */
const canonical = (number: string) => number.replace(/(?:\.0)+$/, "");
const depth = (number: string) => canonical(number).split(".").length;

/**
 * The section `number` of `text`, with its sub-sections (a citation of section 7 covers 7.1 and
 * 7.2): from its heading to the next heading at its depth or above. Undefined when the text has
 * no such heading — the caller says so rather than showing another section.
 */
export function policySection(text: string, number: string): PolicySection | undefined {
  const lines = text.split(/\r?\n/);
  const wanted = canonical(number.trim());
  const start = lines.findIndex((line) => canonical(HEADING.exec(line)?.[1] ?? "") === wanted);
  if (start < 0) return undefined;
  const heading = HEADING.exec(lines[start]!)!;
  const level = depth(heading[1]!);
  let end = start + 1;
  while (end < lines.length) {
    const next = HEADING.exec(lines[end]!)?.[1];
    if (next && depth(next) <= level) break;
    end += 1;
  }
  const body = lines.slice(start + 1, end).map((line) => line.replace(/\[bookmark:[^\]]*\]/g, ""));
  return { number: heading[1]!, title: heading[2]!.trim(), text: body.join("\n").trim() };
}
