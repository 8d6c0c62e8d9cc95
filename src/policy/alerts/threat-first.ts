import { sentenceAround } from "./rule";
import { VIOLENCE_REPORTED } from "./refs";
import type { TextSpan } from "../classifier/types";
import type { Alert, AlertGuidance } from "./types";

/**
 * A threat to staff comes before a new matter (T5 finding 4): "Tell Sam Carter he had better watch his back when he leaves
 * the office on Friday" raised a new-matter alert on "on Friday", telling staff to "respond to it" beside the threat.
 * Words in a sentence that threatens staff are the threat, not new information; and a new matter raised elsewhere in a
 * threatening message is read, but not answered, until the threat is dealt with (Warwickshire 6: threats of violence are
 * reported to the police; staff "inform their manager, seek guidance on next steps").
 */
export const THREAT_FIRST_STEP = "This message also threatens a member of staff: act on the threat first (above). Read the new point, but do not reply to the writer about it until the duty manager has decided how, and by whom.";

/** A step that tells staff to answer the writer: it yields to the threat's guidance. */
const ANSWERS = /\b(?:respond|reply|acknowledge|answer)\b/i;

/**
 * The alerts with the new matter yielding to a threat to staff: its words inside a threatening sentence dropped (the
 * alert with them, when nothing else is left), and its steps that answer the writer replaced by THREAT_FIRST_STEP.
 * `text` is the subject, a newline and the body, as the classifier reads them.
 */
export function threatFirst(alerts: readonly Alert[], text: string, subjectLength: number): Alert[] {
  const threat = alerts.find((a) => a.kind === "threat-to-staff");
  const newMatter = alerts.find((a) => a.kind === "new-matter");
  if (!threat || !newMatter) return [...alerts];
  const at = (span: TextSpan) => (span.field === "subject" ? span.start : subjectLength + 1 + span.start);
  const threatening = threat.evidence.map((e) => sentenceAround(text, at(e.span), at(e.span) + e.span.text.length));
  const evidence = newMatter.evidence.filter((e) => !threatening.some((s) => at(e.span) >= s.from && at(e.span) < s.to));
  if (evidence.length === 0) return alerts.filter((a) => a !== newMatter);
  return alerts.map((a) => (a === newMatter ? { ...a, evidence, guidance: yielded(a.guidance) } : a));
}

function yielded(guidance: AlertGuidance): AlertGuidance {
  return { ...guidance, steps: [{ text: THREAT_FIRST_STEP, policyRef: VIOLENCE_REPORTED }, ...guidance.steps.filter((s) => !ANSWERS.test(s.text))] };
}
