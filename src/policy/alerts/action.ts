import type { IsoInstant, Refusal } from "../strategy";
import { REVIEW_ALL_CONTACT, VIOLENCE_REPORTED } from "./refs";
import type { AlertKind } from "./types";
import { exampleOf, namesStaffOrRole, type EscalationTargets } from "./escalation";

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
  /**
   * Read, and nothing to do: the reason is required, so a dismissed alert can be reviewed. On a risk to life, a threat to
   * staff or a safeguarding concern it is a set-aside a manager must confirm unless an authoriser made it (set-aside.ts).
   */
  | { kind: "noActionNeeded"; reason: string }
  /**
   * A new matter under a contact strategy taken up on its own merits (Warwickshire 7.2: "all contact must be reviewed to
   * identify matters including any new information or complaints"; Gwent 8.0: respond if the customer "is making a new
   * complaint"), with the case reference it was opened or filed under. Only for a message that raised a new-matter alert.
   */
  | { kind: "dealtWithAsNewMatter"; reference: string }
  /** An authoriser's answer to a set-aside (`setAside`: its action id): it stands, or it is overturned and the alert is open again. */
  | { kind: "setAsideReviewed"; setAside: string; verdict: "confirmed" | "overturned"; note: string }
  /**
   * Never written: what a reader makes of an item whose outcome is not as the add-in writes it (added through Graph with
   * no outcome, or an unknown one). It is neither a set-aside nor a review, and it is shown in doubt (src/app/alert-record.ts).
   */
  | { kind: "unreadable"; why: string };

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
  /**
   * When the person acted, where that was before it could be recorded (an action kept in their Outlook settings while
   * the records could not be reached: src/app/kept-alert-actions.ts). Their own computer's clock, said as theirs; `at`
   * and SharePoint's created time stay when it was recorded.
   */
  actedAt?: IsoInstant;
  /**
   * The message as its reader saw it, recorded with a "no action needed" only (tester T7 #2): what the authoriser who
   * confirms or overturns the set-aside needs to tell it from another and judge it without the message (her own mailbox
   * does not hold it). Absent on set-asides recorded before it was kept, and on every other action.
   */
  message?: SetAsideMessage;
}

/** What a set-aside keeps of its message: the subject, when it was received, and the words that raised the alert. */
export interface SetAsideMessage {
  subject: string;
  receivedAt?: IsoInstant;
  /** The alerts' evidence, once each, at most MAX_QUOTED of them, each cut to MAX_QUOTE characters. */
  words: string[];
}

export const MAX_QUOTED = 5;
export const MAX_QUOTE = 300;

/** What of a message a set-aside keeps: nothing but its subject, time and the alerts' words (data minimisation, UK GDPR art. 5(1)(c)). */
export function setAsideMessage(subject: string, receivedAt: IsoInstant | undefined, evidence: readonly string[]): SetAsideMessage {
  const words = [...new Set(evidence.map((w) => w.replace(/\s+/g, " ").trim()).filter(Boolean))].slice(0, MAX_QUOTED).map((w) => (w.length > MAX_QUOTE ? `${w.slice(0, MAX_QUOTE - 1)}…` : w));
  return { subject, ...(receivedAt ? { receivedAt } : {}), words };
}

/** A reason with fewer letters than this says nothing a reviewer could check ("n/a", "ok", ".........."). */
export const MIN_REASON = 10;

/** The letters and digits of a text, and its words: what a reviewer can read in it, not its dots and spaces. */
function readable(text: string): { letters: number; words: number } {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return { letters: words.join("").length, words: words.length };
}

/**
 * Words that only restate the choice ("no action needed", "nothing to do", "not required", "N/A"): a reason made of them
 * alone says nothing a reviewer could check, however long it is (tester T5: "no action needed" was accepted as its own reason).
 */
const RESTATES = new Set(
  "no not none nothing nil action actions actioned needed need needs necessary required require requires requirement further to do done be been being is it its this that the a an any of for here at all now needed taken take required ok okay fine alright right nfa na n".split(" "),
);

/** Whether a reason says anything beyond "no action needed". */
export function restatesNoAction(reason: string): boolean {
  const words = reason.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.every((w) => RESTATES.has(w));
}

/** What the check needs beyond the action: the office's people and roles, and what was already done about the message. */
export interface ActionContext {
  /** Who an escalation may name (escalation.ts): absent, any name is taken. */
  office?: EscalationTargets;
  /** What was already recorded about this message's alerts. */
  earlier?: readonly AlertOutcome[];
  /** The alerts the message raised: "dealt with as a new matter" answers only a new-matter alert. */
  alertKinds?: readonly AlertKind[];
  /** Who records the action (its `by`, and their name where known): an escalation to them is to no one (T7 #1). */
  recordedBy?: { upn: string; displayName?: string | undefined };
}

/** The words of a name or address, lowercased, dots and punctuation as spaces: "Casey.Worker@…" and "Casey Worker" alike. */
const nameKey = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");

/** Whether an escalation names the person recording it: their address, its name part, their display name, or "myself". */
export function toSelf(to: string, by: { upn: string; displayName?: string | undefined }): boolean {
  const named = nameKey(to);
  if (/^(me|myself|self|i)$/.test(named)) return true;
  const upn = by.upn.trim().toLowerCase();
  const local = upn.includes("@") ? upn.slice(0, upn.lastIndexOf("@")) : upn;
  return [nameKey(upn), nameKey(local), by.displayName ? nameKey(by.displayName) : ""].some((k) => k !== "" && k === named);
}

/** What a police reference cannot be (T7 #1): a placeholder, or only an emergency or non-emergency number. */
const NO_REFERENCE = /^(n\s*a|none|unknown|tbc|tba|tbd|pending|awaited|no\s*ref(erence)?|999|101|112|911|0+)$/;

/** Whether a reference (police, or a new matter's) holds none: it needs a digit, 4 letters or digits in all ("123" is not one), and is not a placeholder ("n/a", "tbc", "999"). */
function referenceProblem(reference: string): boolean {
  return readable(reference).letters < 4 || !/\d/.test(reference) || NO_REFERENCE.test(nameKey(reference));
}

/**
 * The action as it will be recorded (its words trimmed), or a refusal naming what is missing:
 * who it was escalated to (a member of staff or a role the office knows), the police reference, or — for "no action
 * needed" — a reason that is more than "no action" said again, and never after the alert was escalated or reported.
 */
export function checkAlertAction(action: AlertAction, context: ActionContext = {}): { ok: true; action: AlertAction } | Refusal {
  if (action.alertKinds.length === 0) return refuse("noAlert", "This message raised no alert to act on.", REVIEW_ALL_CONTACT);
  const outcome = trimmed(action.outcome);
  const refused = checkOutcome(outcome, { recordedBy: { upn: action.by }, alertKinds: action.alertKinds, ...context });
  return refused ?? { ok: true, action: { ...action, outcome } };
}

/**
 * What an outcome lacks, or nothing: the add-in refuses it before writing, and a reader doubts one recorded without
 * the add-in that lacks it (tester T6: Casey's own write of "escalated to x" read back as a clean record).
 */
export function checkOutcome(outcome: AlertOutcome, context: ActionContext = {}): Refusal | undefined {
  switch (outcome.kind) {
    case "escalated":
      if (readable(outcome.to).letters === 0) return refuse("escalatedToWhom", "Say who you escalated it to (for example, the duty manager's name).", REVIEW_ALL_CONTACT);
      if (context.recordedBy && toSelf(outcome.to, context.recordedBy)) {
        return refuse("escalatedToSelf", "Escalating to yourself tells no one: name the colleague or role you passed it to (the duty manager, the safeguarding lead).", REVIEW_ALL_CONTACT);
      }
      if (context.office && !namesStaffOrRole(outcome.to, context.office)) {
        return refuse("escalatedToUnknown", `Name who it went to: a member of staff the office knows (their name or work address, such as ${exampleOf(context.office)}) or a role (the duty manager, the safeguarding lead, ${context.office.roleTitles[0] ?? "your manager"}).`, REVIEW_ALL_CONTACT);
      }
      break;
    case "reportedToPolice":
      if (referenceProblem(outcome.reference)) return refuse("policeReference", "Give the police reference (the incident or crime number, with its digits; not “n/a”, “tbc” or 999) so the report can be followed up.", VIOLENCE_REPORTED);
      break;
    case "dealtWithAsNewMatter":
      if (context.alertKinds && !context.alertKinds.includes("new-matter")) {
        return refuse("notNewMatter", "This message raised no new-matter alert: record what was done about its alerts instead.", REVIEW_ALL_CONTACT);
      }
      // The police reference's rule (T8 #7: "see above", "new matter", "to follow", "abc" and "123" were taken): a case
      // or complaint number has its digits and is not a placeholder.
      if (referenceProblem(outcome.reference) || restatesNoAction(outcome.reference)) {
        return refuse("newMatterReference", "Give the reference the new matter is dealt with under (its case or complaint number, such as OPCC/2026/0533), so it can be followed up.", REVIEW_ALL_CONTACT);
      }
      break;
    case "noActionNeeded":
      if (readable(outcome.reason).letters < MIN_REASON || readable(outcome.reason).words < 2) {
        return refuse("reasonRequired", `Say why no action is needed, in words (at least ${MIN_REASON} letters): an alert set aside without a reason cannot be reviewed.`, REVIEW_ALL_CONTACT);
      }
      if (restatesNoAction(outcome.reason)) return refuse("reasonRestates", "Say why no action is needed — what in the message or what you know makes it safe to set aside. “No action needed” only says again what you chose.", REVIEW_ALL_CONTACT);
      {
        const done = context.earlier?.find((e) => e.kind === "reportedToPolice" || e.kind === "escalated");
        if (done) return refuse("alreadyActedOn", `This alert was already ${done.kind === "reportedToPolice" ? "reported to the police" : "escalated"}: “no action needed” would contradict that record. Record what was done since instead.`, done.kind === "reportedToPolice" ? VIOLENCE_REPORTED : REVIEW_ALL_CONTACT);
      }
      // An authoriser said it needs action (T8 #4): a fresh "no action needed", by anyone, would void her overturning.
      if (context.earlier?.some((e) => e.kind === "setAsideReviewed" && e.verdict === "overturned")) {
        return refuse("setAsideOverturned", "A set-aside of this alert was overturned: it needs action. Record what was done (escalated, reported to the police) instead of “no action needed”.", REVIEW_ALL_CONTACT);
      }
      break;
    case "unreadable":
      return refuse("unreadable", "This action cannot be read, so it cannot be recorded.", REVIEW_ALL_CONTACT);
    case "setAsideReviewed":
      if (readable(outcome.note).letters < MIN_REASON || readable(outcome.note).words < 2 || restatesNoAction(outcome.note)) {
        return refuse("reviewNoteRequired", `Say why, in words (at least ${MIN_REASON} letters): ${outcome.verdict === "confirmed" ? "why it is safe to set this alert aside" : "what should be done about the alert instead"}.`, REVIEW_ALL_CONTACT);
      }
      break;
  }
  return undefined;
}

function trimmed(outcome: AlertOutcome): AlertOutcome {
  switch (outcome.kind) {
    case "escalated":
      return { kind: "escalated", to: outcome.to.trim() };
    case "reportedToPolice":
      return { kind: "reportedToPolice", reference: outcome.reference.trim() };
    case "noActionNeeded":
      return { kind: "noActionNeeded", reason: outcome.reason.trim() };
    case "dealtWithAsNewMatter":
      return { kind: "dealtWithAsNewMatter", reference: outcome.reference.trim() };
    case "setAsideReviewed":
      return { ...outcome, note: outcome.note.trim() };
    case "unreadable":
      return outcome;
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
    case "dealtWithAsNewMatter":
      return `Dealt with as a new matter (reference ${outcome.reference})`;
    case "setAsideReviewed":
      return `${outcome.verdict === "confirmed" ? "Set-aside confirmed" : "Set-aside overturned"}: ${outcome.note}`;
    case "unreadable":
      return `An action that cannot be read (${outcome.why})`;
  }
}
