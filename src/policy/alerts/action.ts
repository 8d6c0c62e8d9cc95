import type { IsoInstant, Refusal } from "../strategy";
import { REVIEW_ALL_CONTACT, VIOLENCE_REPORTED } from "./refs";
import type { AlertKind } from "./types";

/**
 * What a caseworker did about a message's alerts (Warwickshire 7.2: all contact reviewed for
 * criminal matters and safeguarding issues; 6: staff "inform their manager … and ensure details
 * are recorded"). A union, not flags: exactly one of the three.
 */
export type AlertOutcome =
  /** Passed to someone who can act: the duty manager, a safeguarding lead. */
  | { kind: "escalated"; to: string }
  /** Reported to the police (Warwickshire 6 "We will always do this if physical violence is used or threatened"), with their reference. */
  | { kind: "reportedToPolice"; reference: string }
  /** Read, and nothing to do: the reason is required, so a dismissed alert can be reviewed. */
  | { kind: "noActionNeeded"; reason: string };

export interface AlertAction {
  /** Chosen by the caller, once per action: recording it again (a retry) stores it once. */
  id: string;
  internetMessageId: string;
  /** Normalised sender address: a person's alert actions are part of a subject access export. */
  senderAddress: string;
  /** The alerts the message raised when the action was taken. */
  alertKinds: AlertKind[];
  outcome: AlertOutcome;
  by: string;
  at: IsoInstant;
}

/** A reason with fewer letters than this says nothing a reviewer could check ("n/a", "ok", ".........."). */
export const MIN_REASON = 10;

/** The letters and digits of a text, and its words: what a reviewer can read in it, not its dots and spaces. */
function readable(text: string): { letters: number; words: number } {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return { letters: words.join("").length, words: words.length };
}

/**
 * The action as it will be recorded (its words trimmed), or a refusal naming what is missing:
 * who it was escalated to, the police reference, or — for "no action needed" — the reason.
 */
export function checkAlertAction(action: AlertAction): { ok: true; action: AlertAction } | Refusal {
  if (action.alertKinds.length === 0) return refuse("noAlert", "This message raised no alert to act on.", REVIEW_ALL_CONTACT);
  const outcome = trimmed(action.outcome);
  switch (outcome.kind) {
    case "escalated":
      if (readable(outcome.to).letters === 0) return refuse("escalatedToWhom", "Say who you escalated it to (for example, the duty manager's name).", REVIEW_ALL_CONTACT);
      break;
    case "reportedToPolice":
      if (readable(outcome.reference).letters < 2) return refuse("policeReference", "Give the police reference (the incident or crime number) so the report can be followed up.", VIOLENCE_REPORTED);
      break;
    case "noActionNeeded":
      if (readable(outcome.reason).letters < MIN_REASON || readable(outcome.reason).words < 2) {
        return refuse("reasonRequired", `Say why no action is needed, in words (at least ${MIN_REASON} letters): an alert set aside without a reason cannot be reviewed.`, REVIEW_ALL_CONTACT);
      }
      break;
  }
  return { ok: true, action: { ...action, outcome } };
}

function trimmed(outcome: AlertOutcome): AlertOutcome {
  switch (outcome.kind) {
    case "escalated":
      return { kind: "escalated", to: outcome.to.trim() };
    case "reportedToPolice":
      return { kind: "reportedToPolice", reference: outcome.reference.trim() };
    case "noActionNeeded":
      return { kind: "noActionNeeded", reason: outcome.reason.trim() };
  }
}

function refuse(code: string, message: string, policyRef: string): Refusal {
  return { ok: false, code, message, policyRef };
}

/** The action in a caseworker's words: "Escalated to Dana Chief", "Reported to the police (ref 2600123)". */
export function describeAlertOutcome(outcome: AlertOutcome): string {
  switch (outcome.kind) {
    case "escalated":
      return `Escalated to ${outcome.to}`;
    case "reportedToPolice":
      return `Reported to the police (reference ${outcome.reference})`;
    case "noActionNeeded":
      return `No action needed: ${outcome.reason}`;
  }
}
