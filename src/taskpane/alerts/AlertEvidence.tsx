import type { AlertEvidence as Evidence } from "../../policy/alerts/types";
import { useAlertStyles } from "./alerts.styles";

/** Words shown either side of the evidence, so it reads in its sentence. */
const CONTEXT = 60;

/**
 * One piece of evidence in its sentence, the words that raised the alert marked. Mail is
 * hostile: text nodes only, never HTML.
 */
export function AlertEvidence({ evidence, subject, body }: { evidence: Evidence; subject: string; body: string }) {
  const styles = useAlertStyles();
  const text = evidence.span.field === "subject" ? subject : body;
  const { start, end } = evidence.span;
  const before = text.slice(Math.max(0, start - CONTEXT), start);
  const after = text.slice(end, end + CONTEXT);
  return (
    <q className={styles.quote} data-testid="alert-evidence">
      {start > CONTEXT && "…"}
      {before}
      <mark className={styles.mark}>{evidence.span.text}</mark>
      {after}
      {end + CONTEXT < text.length && "…"}
    </q>
  );
}
