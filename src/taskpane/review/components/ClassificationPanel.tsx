import { Badge, Body1, Body1Strong, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Classification, Evidence } from "../../../policy/classifier/types";
import type { PolicyPack } from "../../../policy/packs/schema";
import { strengthWords } from "../../shared/policy-words";
import { PolicyRef } from "../../shared/PolicyRef";
import { evidenceOnce, type ShownAbove } from "../evidence-once";

const useStyles = makeStyles({
  list: { listStyleType: "none", paddingInlineStart: 0, margin: `${tokens.spacingVerticalS} 0` },
  // Badge, then the sub-type and confidence, then the evidence: each finding reads the same way however the pane's width wraps it.
  finding: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS, marginBottom: tokens.spacingVerticalM },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
});

/**
 * The classifier's suggestions, each in the office's own policy words with the evidence
 * that caused it. A suggestion, never a sanction: the caseworker decides below.
 */
export function ClassificationPanel({
  classification,
  pack,
  withoutHistory = false,
  rulesOnly,
}: {
  classification: Classification;
  pack: PolicyPack;
  withoutHistory?: boolean;
  /** Set when the learned scorer could not be loaded, saying why: the suggestions are the rules' alone. */
  rulesOnly?: string;
}) {
  const styles = useStyles();
  const learned = classification.findings.some((f) => f.rules.some((r) => r.startsWith("learned.")));
  // Words already quoted in an alert (or a suggestion above) are not quoted again.
  const once = evidenceOnce(classification.alerts, classification.findings).findings;
  return (
    <section aria-labelledby="suggestions-heading" data-testid="classification">
      <Subtitle2 block as="h2" id="suggestions-heading">
        Suggested categories
      </Subtitle2>
      {withoutHistory && (
        <Caption1 block as="p" data-testid="without-history">
          Made without the sender’s history, which could not be read: persistence and repeated demands could not be judged.
        </Caption1>
      )}
      {rulesOnly !== undefined && (
        <Caption1 block as="p" data-testid="rules-only">
          Suggestions from the rules alone: the learned scorer could not be loaded ({rulesOnly}).
        </Caption1>
      )}
      {classification.findings.length > 0 && (
        <Caption1 block as="p">
          Strong, likely or possible: how directly the words match the policy’s own examples (fixed weights of the rules, not a probability).
          {learned && " A learned suggestion (rule learned.…) is at most likely: it comes from words a model trained on office mail weighed, and shows the words that weighed most."}
        </Caption1>
      )}
      {classification.findings.length === 0 ? (
        <Body1 block as="p" data-testid="no-findings">
          {withoutHistory ? "Nothing in this message’s own words" : "Nothing in this message"} matches the policy’s categories. Being
          forceful, angry or determined is not in itself unacceptable.
        </Body1>
      ) : (
        <ul aria-label="Findings" className={styles.list}>
          {classification.findings.map((finding, i) => (
            <li key={i} className={styles.finding} data-testid="finding" data-category={finding.category}>
              <Badge appearance="tint" color={finding.category === "abusive" ? "danger" : "warning"}>
                {finding.wording.category}
              </Badge>
              <span className={styles.head}>
                <Body1Strong>{finding.wording.subType}</Body1Strong>
                <Caption1 data-testid="finding-strength">{strengthWords(finding.confidence)}</Caption1>
              </span>
              <Caption1 data-testid="finding-evidence">
                {evidenceWords(once[i]!.evidence) || elsewhere(once[i]!.shownAbove)} — <PolicyRef reference={finding.wording.policyRef} pack={pack} />
              </Caption1>
              {/* Which rules made it: a suggestion the caseworker thinks wrong can be traced to one rule and reported. */}
              <Caption1 data-testid="finding-rules">
                {finding.rules.length === 1 ? "Rule" : "Rules"}: {finding.rules.join(", ")}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A suggestion whose words are all quoted above says where, rather than quoting them again. */
function elsewhere(shownAbove: ShownAbove | undefined): string {
  if (shownAbove === "alert") return "The words marked in the alert above";
  if (shownAbove === "suggestion") return "The words quoted in the suggestion above";
  return "No single word stands out";
}

/**
 * The evidence in words: each quotation once (a subject that repeats the body's words says so
 * once), marked when it is the subject's, with what the classifier weighed it against
 * (a deadline against the office's own response time, say).
 */
function evidenceWords(evidence: Evidence[]): string {
  const inBody = new Set(evidence.flatMap((e) => (e.kind === "text" && e.span.field === "body" ? [e.span.text.toLowerCase()] : [])));
  const words = evidence.flatMap((e) => {
    if (e.kind === "history") return [e.summary];
    if (e.span.field === "subject" && inBody.has(e.span.text.toLowerCase())) return [];
    const quoted = `${e.span.field === "subject" ? "subject " : ""}“${e.span.text}”`;
    return [e.note ? `${quoted} (${e.note})` : quoted];
  });
  return [...new Set(words)].join("; ");
}
