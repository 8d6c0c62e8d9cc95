import type { Passage } from "./passages";
import { useAlertStyles } from "./alerts.styles";

/**
 * One quoted passage, the words that raised the alert marked in it (alertPassages merges
 * evidence whose sentences overlap, so no word is quoted twice). Mail is hostile: text nodes
 * only, never HTML.
 */
export function AlertEvidence({ passage, subject, body }: { passage: Passage; subject: string; body: string }) {
  const styles = useAlertStyles();
  const text = passage.field === "subject" ? subject : body;
  const parts: Array<{ words: string; marked: boolean }> = [];
  let at = passage.start;
  for (const mark of passage.marks) {
    if (mark.start > at) parts.push({ words: text.slice(at, mark.start), marked: false });
    parts.push({ words: text.slice(mark.start, mark.end), marked: true });
    at = mark.end;
  }
  if (passage.end > at) parts.push({ words: text.slice(at, passage.end), marked: false });
  return (
    <q className={styles.quote} data-testid="alert-evidence" data-field={passage.field}>
      {passage.cutBefore && "…"}
      {parts.map((p, i) =>
        p.marked ? (
          <mark key={i} className={styles.mark}>
            {p.words}
          </mark>
        ) : (
          p.words
        ),
      )}
      {passage.cutAfter && "…"}
    </q>
  );
}
