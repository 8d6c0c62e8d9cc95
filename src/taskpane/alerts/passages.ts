import type { AlertEvidence } from "../../policy/alerts/types";
import type { TextSpan } from "../../policy/classifier/types";

/** Words shown either side of the evidence, so it reads in its sentence. */
export const CONTEXT = 60;

/** One stretch of the subject or body quoted for an alert, with the words that raised it marked. */
export interface Passage {
  field: TextSpan["field"];
  /** Where the quoted stretch starts and ends in its field (whole words). */
  start: number;
  end: number;
  /** The marked words, in order, none overlapping or touching another. */
  marks: Array<{ start: number; end: number }>;
  /** Whether text was left out before or after it ("…"). */
  cutBefore: boolean;
  cutAfter: boolean;
}

const blank = (text: string) => /^\s*$/.test(text);

/** The context's edges moved inwards to whole words, so no quote begins "…out complaint" for "about complaint". */
function window(text: string, start: number, end: number, context: number): { start: number; end: number } {
  let from = Math.max(0, start - context);
  if (from > 0 && !/\s/.test(text[from - 1]!)) {
    const space = text.slice(from, start).search(/\s/);
    from = space < 0 ? start : from + space;
  }
  while (from < start && /\s/.test(text[from]!)) from++;
  let to = Math.min(text.length, end + context);
  if (to < text.length && !/\s/.test(text[to]!)) {
    const space = text.slice(end, to).search(/\s\S*$/);
    to = space < 0 ? end : end + space;
  }
  while (to > end && /\s/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/**
 * The passages an alert quotes: each piece of evidence in its sentence, and passages that
 * overlap or touch (nothing but spaces between them) merged into one, so every word of the
 * message is quoted once, with all the words that raised the alert marked in it. Marks that
 * overlap or touch are one mark. The subject's passages come first, then the body's, in the
 * order they appear.
 */
export function alertPassages(evidence: readonly Pick<AlertEvidence, "span">[], subject: string, body: string, context = CONTEXT): Passage[] {
  const passages: Passage[] = [];
  for (const field of ["subject", "body"] as const) {
    const text = field === "subject" ? subject : body;
    const spans = evidence
      .map((e) => e.span)
      .filter((s) => s.field === field && s.start < s.end && s.end <= text.length)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    for (const span of spans) {
      const around = window(text, span.start, span.end, context);
      const last = passages.at(-1);
      if (last && last.field === field && (around.start <= last.end || blank(text.slice(last.end, around.start)))) {
        last.end = Math.max(last.end, around.end);
        const mark = last.marks.at(-1)!;
        if (span.start <= mark.end || blank(text.slice(mark.end, span.start))) mark.end = Math.max(mark.end, span.end);
        else last.marks.push({ start: span.start, end: span.end });
      } else {
        passages.push({ field, start: around.start, end: around.end, marks: [{ start: span.start, end: span.end }], cutBefore: false, cutAfter: false });
      }
    }
    for (const p of passages) {
      if (p.field !== field) continue;
      p.cutBefore = !blank(text.slice(0, p.start));
      p.cutAfter = !blank(text.slice(p.end));
    }
  }
  return passages;
}
