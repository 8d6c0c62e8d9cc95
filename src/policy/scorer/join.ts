import { ALERT_KINDS, type Alert, type AlertKind } from "../alerts/types";
import { defaultAlertGuidance } from "../alerts/guidance";
import { REVIEW_ALL_CONTACT, RISK_TO_LIFE, THREATS_TO_STAFF } from "../alerts/refs";
import { CATEGORY_IDS, SUB_TYPES, type CategoryId } from "../categories";
import type { ClassifierOptions, TextSpan } from "../classifier/types";
import { staffNamesOf } from "./features";
import { loadModel, scoreText, type ScorerModel, type Scores } from "./model";
import { threatAsAbuse } from "./threat-as-abuse";
import { threatPassedOn, withoutRanges } from "./threat-passed-on";
import type { Ruled, Scorer } from "./types";

/** A learned finding's or alert's rule id: "learned.abusive", "learned.risk-to-life" — never a rule's. */
export const learnedRule = (target: CategoryId | AlertKind) => `learned.${target}`;
/** The categories and alert kinds the scorer may add (persistent and new-matter need history or the strategy: rules only). */
const LEARNED_CATEGORIES: readonly CategoryId[] = ["abusive", "demands"];
const LEARNED_ALERTS: readonly AlertKind[] = ["risk-to-life", "threat-to-staff", "safeguarding", "crime"];
/** Where a learned alert rests: the section that asks for every contact to be checked for it. */
const ALERT_REFS: Readonly<Record<AlertKind, string>> = {
  "risk-to-life": RISK_TO_LIFE,
  "threat-to-staff": THREATS_TO_STAFF,
  safeguarding: REVIEW_ALL_CONTACT,
  crime: REVIEW_ALL_CONTACT,
  "new-matter": REVIEW_ALL_CONTACT,
};
/**
 * Confidence of a learned finding, read by the pane's strength words (policy-words.ts): never
 * "strong" (that is for rules matching the policy's own examples); "likely" where cross-validation
 * found the scorer right at least 9 times in 10 at that probability, "possible" below.
 */
export const LEARNED_LIKELY = 0.7;
export const LEARNED_POSSIBLE = 0.55;
/** The words shown for a learned suggestion: the ones that weighed most. */
export const LEARNED_EVIDENCE = 3;

/**
 * Checks and loads a weights file (the parsed JSON of weights.json) as the classifier's `scorer`
 * option; a ScorerError saying the suggestions are from the rules alone when it is not usable.
 */
export function loadScorer(json: unknown): Scorer {
  const model = loadModel(json);
  return { add: (ruled, text, subjectLength, options) => withLearned(ruled, model, text, subjectLength, options) };
}

/**
 * Adds to what the rules found what the learned scorer is confident of and the rules missed:
 * a category no rule found, an alert no rule raised (alerts are prompts to a person: safety
 * first). Rules win where they fire; their findings and alerts are kept as they are.
 * `text` is what the rules read (subject, newline, body), `subjectLength` where the body starts.
 */
export function withLearned(ruled: Ruled, scorer: ScorerModel, text: string, subjectLength: number, options: Pick<ClassifierOptions, "wording" | "alertGuidance" | "staffNames">): Ruled {
  // A staff member's name is read as "a member of staff", not as the name (features.ts StaffNames).
  const scores = scoreText(scorer, text, staffNamesOf(options.staffNames));
  const toSpan = (start: number, end: number): TextSpan => {
    const inSubject = start < subjectLength;
    const offset = inSubject ? 0 : subjectLength + 1;
    const stop = inSubject ? Math.min(end, subjectLength) : end;
    return { field: inSubject ? "subject" : "body", start: start - offset, end: stop - offset, text: text.slice(start, stop) };
  };
  const suggested = (target: string, read = scores) => {
    const info = scorer.targets.find((t) => t.id === target);
    const threshold = info && read.threshold(target);
    if (!info || threshold === null || threshold === undefined) return undefined;
    const p = read.probability(target);
    if (p < threshold) return undefined;
    return { p, likely: info.likely !== null && p >= info.likely };
  };
  const guidance = options.alertGuidance ?? defaultAlertGuidance;
  const added: Alert[] = [];
  for (const kind of LEARNED_ALERTS) {
    if (ruled.alerts.some((a) => a.kind === kind)) continue;
    const target = `alert/${kind}`;
    const rule = learnedRule(kind);
    const learned = () => scores.heaviest(target, LEARNED_EVIDENCE).map((w) => ({ span: toSpan(w.start, w.end), rule, policyRef: ALERT_REFS[kind] }));
    if (suggested(target)) {
      added.push({ kind, rules: [rule], evidence: learned(), guidance: guidance(kind) });
      continue;
    }
    // A rule's lone sign, held back for want of a second (alerts/detect.ts): the scorer, somewhat
    // below its own threshold, is that second sign. Both are shown, the rule's words first.
    const sign = ruled.heldBack?.get(kind);
    const join = sign?.length ? scores.joinThreshold(target) : null;
    if (sign?.length && join !== null && scores.probability(target) >= join) {
      added.push({ kind, rules: [...new Set(sign.map((e) => e.rule)), rule], evidence: [...sign, ...learned()], guidance: guidance(kind) });
    }
  }
  const alerts = added.length ? [...ruled.alerts, ...added].sort((a, b) => ALERT_KINDS.indexOf(a.kind) - ALERT_KINDS.indexOf(b.kind)) : ruled.alerts;
  // Someone else's threat passed on as a warning is no abuse by the writer (threat-passed-on.ts): the abusive suggestion
  // is read from the writer's own sentences, and the alert makes no abusive finding.
  const passedOn = !ruled.categories.includes("abusive") ? threatPassedOn(text, subjectLength, alerts) : undefined;
  const writersOwn = passedOn && scoreText(scorer, withoutRanges(text, passedOn), staffNamesOf(options.staffNames));

  const findings = [...ruled.findings];
  for (const category of LEARNED_CATEGORIES) {
    if (ruled.categories.includes(category) || ruled.withheld?.includes(category)) continue;
    const read = category === "abusive" && writersOwn ? writersOwn : scores;
    const s = suggested(category, read);
    if (!s) continue;
    const subType = bestSubType(scorer, read, category);
    const rule = learnedRule(category);
    findings.push({
      category,
      subType,
      wording: options.wording(category, subType),
      confidence: s.likely ? LEARNED_LIKELY : LEARNED_POSSIBLE,
      rules: [rule],
      evidence: read.heaviest(category, LEARNED_EVIDENCE).map((w) => ({ kind: "text" as const, span: toSpan(w.start, w.end), rule, note: "weighed most in the learned scorer" })),
    });
  }

  // A threat to staff the alerts read and the category's rules missed is abusive too, where the scorer agrees (threat-as-abuse.ts).
  const threat = passedOn ? undefined : threatAsAbuse(findings, alerts, scorer, scores, options.wording, LEARNED_POSSIBLE);
  if (threat) findings.push(threat);
  const categories = CATEGORY_IDS.filter((c) => findings.some((f) => f.category === c));
  return { categories, findings, alerts };
}

/** The category's sub-type the scorer rates highest; the category's first when it learned none. */
function bestSubType(scorer: ScorerModel, scores: Scores, category: CategoryId): string {
  let best: string = SUB_TYPES[category][0];
  let bestP = -1;
  for (const t of scorer.targets) {
    if (!t.id.startsWith(`${category}/`)) continue;
    const p = scores.probability(t.id);
    if (p > bestP) [best, bestP] = [t.id.slice(category.length + 1), p];
  }
  return best;
}
