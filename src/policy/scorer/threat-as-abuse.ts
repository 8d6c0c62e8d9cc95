import type { Alert } from "../alerts/types";
import type { ClassifierOptions, Finding } from "../classifier/types";
import type { ScorerModel, Scores } from "./model";

/**
 * A threat to staff is abusive too (issue 10: "a threat to staff is both"; Warwickshire 3.1 "Threats or harm to people or
 * property", Gwent 4.0 "threats (implicit or explicit)"): the alert reads a threat's structure — a member of staff made a
 * target, menace beside it — where the category's rules read its words, so the alert found threats the category missed
 * (on the validation files, 178 of 198 threats alerted, 117 found as threats). Alone an alert is not enough: a look-alike
 * raising it ("you'll regret not reading this", a threat the writer reports) would be called abuse by the writer. With the
 * learned scorer's abusive probability at or above AGREES — well below its own threshold — the two agree, and the
 * alert's words are the category's evidence. Not for someone else's threat the writer passes on as a warning
 * (threat-passed-on.ts, applied in join.ts): the alert is right, the writer is not the one threatening.
 */
export const AGREES = 0.3;

/** The finding's rule: the learned scorer's, as it is the second sign (the pane says what a learned suggestion is). */
export const THREAT_AS_ABUSE_RULE = "learned.abusive";

/**
 * The abusive finding a threat-to-staff alert makes with the scorer's agreement, or undefined: when the message has an
 * abusive finding already, no alert to staff, or the scorer does not agree. Evidence: the alert's words, each naming its rule.
 */
export function threatAsAbuse(findings: readonly Finding[], alerts: readonly Alert[], scorer: ScorerModel, scores: Scores, wording: ClassifierOptions["wording"], confidence: number): Finding | undefined {
  const has = (target: string) => scorer.targets.some((t) => t.id === target);
  if (!has("abusive") || findings.some((f) => f.category === "abusive")) return undefined;
  // The alert must rest on a rule: the scorer's own alert and its abusive probability are one model's view, not two signs.
  const threat = alerts.find((a) => a.kind === "threat-to-staff" && a.rules.some((rule) => !rule.startsWith("learned.")));
  if (!threat || scores.probability("abusive") < AGREES) return undefined;
  const rated = (t: string) => (has(`abusive/${t}`) ? scores.probability(`abusive/${t}`) : -1);
  const subType = rated("harassment") > rated("threat") ? "harassment" : "threat";
  return {
    category: "abusive",
    subType,
    wording: wording("abusive", subType),
    confidence,
    rules: [THREAT_AS_ABUSE_RULE],
    evidence: threat.evidence.map((e) => ({ kind: "text" as const, span: e.span, rule: e.rule, note: "a threat to staff (alert), the learned scorer agreeing" })),
  };
}
