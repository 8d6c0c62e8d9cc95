import { cite } from "../packs/cite";
import type { PolicyPack } from "../packs/schema";
import type { AlertGuidance, AlertKind, AlertStep } from "./types";

/** Where a default step comes from: the product, not the office's policy — said plainly, never dressed as a citation. */
export const DEFAULT_REF = "Contact Strategy Manager default: your office's policy has no wording for this";

const step = (text: string): AlertStep => ({ text, policyRef: DEFAULT_REF });

export const DEFAULT_STRATEGY_NOTE = "The contact strategy does not change this: act on it whatever the strategy says, and do not file it unread.";

/**
 * What to do now when the office's pack gives no wording for an alert: safety first, said
 * plainly. 999 for immediate danger is the UK emergency number for police and ambulance.
 */
const DEFAULTS: Readonly<Record<AlertKind, Omit<AlertGuidance, "strategyNote" | "isDefault">>> = {
  "risk-to-life": {
    title: "Possible risk to life",
    steps: [
      step("If anyone may be in immediate danger, call 999 now and give the police what the message says and who sent it."),
      step("Tell the duty manager straight away; do not wait for a reply from the writer."),
      step("Record below what you did and when."),
    ],
  },
  "threat-to-staff": {
    title: "Threat to a member of staff",
    steps: [
      step("Tell the duty manager now."),
      step("Report a threat of violence to the police: 999 if the danger is immediate, otherwise 101."),
      step("Make sure the person threatened knows, and is offered staff welfare support."),
    ],
  },
  safeguarding: {
    title: "Possible safeguarding concern",
    steps: [
      step("If a child or adult is in immediate danger, call 999."),
      step("Tell the duty manager today so the concern is referred to the right agency."),
      step("Record below what you did and when."),
    ],
  },
  crime: {
    title: "A crime or police misconduct reported",
    steps: [
      step("Tell the duty manager, and make sure the crime is reported to the police (999 in an emergency, otherwise 101 or online)."),
      step("A complaint about an officer's conduct goes to the force's Professional Standards Department."),
    ],
  },
  "new-matter": {
    title: "Something new under a read-and-file strategy",
    steps: [
      step("Read it as a new matter: the restriction covers only the closed matter."),
      step("Acknowledge or respond to the new point, and tell the single point of contact if there is one."),
    ],
  },
};

export function defaultAlertGuidance(kind: AlertKind): AlertGuidance {
  return { ...DEFAULTS[kind], strategyNote: DEFAULT_STRATEGY_NOTE, isDefault: true };
}

/**
 * The office's own guidance for an alert, each step citing its section; a kind the pack does
 * not word gets the default (marked `isDefault`, its steps citing no policy), never nothing.
 */
export function alertGuidanceFor(pack: PolicyPack, kind: AlertKind): AlertGuidance {
  const note = pack.alerts?.strategyNote;
  const strategyNote = note ? `${note.text} (${cite(note.source)})` : DEFAULT_STRATEGY_NOTE;
  const worded = pack.alerts?.guidance.find((g) => g.kind === kind);
  if (!worded) return { ...defaultAlertGuidance(kind), strategyNote };
  return { title: worded.title, steps: worded.steps.map((s) => ({ text: s.text, policyRef: s.source ? cite(s.source) : `not in the ${pack.office.shortName} policy text` })), strategyNote, isDefault: false };
}
