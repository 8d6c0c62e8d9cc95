import { makeStyles, tokens } from "@fluentui/react-components";
import type { TextSpan } from "../../../policy/classifier/types";

const useStyles = makeStyles({
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", maxHeight: "16rem", overflowY: "auto", fontFamily: tokens.fontFamilyBase },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, borderRadius: tokens.borderRadiusSmall },
});

/**
 * The message text with the evidence marked. Mail is hostile: it is rendered as text
 * nodes only (never as HTML), and only the first part of a huge body is shown.
 */
export function EvidenceText({ text, spans, limit = 20_000 }: { text: string; spans: readonly TextSpan[]; limit?: number }) {
  const styles = useStyles();
  const shown = text.slice(0, limit);
  const sorted = [...spans].filter((s) => s.start < shown.length).sort((a, b) => a.start - b.start);
  const parts: Array<{ text: string; marked: boolean }> = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue; // overlapping evidence: the first span wins
    if (span.start > at) parts.push({ text: shown.slice(at, span.start), marked: false });
    parts.push({ text: shown.slice(span.start, Math.min(span.end, shown.length)), marked: true });
    at = Math.min(span.end, shown.length);
  }
  if (at < shown.length) parts.push({ text: shown.slice(at), marked: false });
  return (
    <div className={styles.text} data-testid="evidence-text" tabIndex={0} role="region" aria-label="Message text with evidence highlighted">
      {parts.map((part, i) =>
        part.marked ? (
          <mark key={i} className={styles.mark}>
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
      {text.length > limit && <span>{`\n… (${text.length - limit} more characters not shown)`}</span>}
    </div>
  );
}
