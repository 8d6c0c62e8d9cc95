import type { RecordedContact } from "../../src/policy/letters/compose";
import type { ContactStrategy } from "../../src/policy/strategy";
import type { LetterKind, LetterVariant } from "../../src/policy/letters/kinds";
import type { LetterRequest } from "../../src/policy/letters/compose";
import { strategy } from "./strategy";

export const LETTER_DATE = "2026-11-25";

/** A strategy in force, approved after a written warning, with a single point of contact. */
export function inForce(overrides: Partial<ContactStrategy> = {}): ContactStrategy {
  return strategy({
    status: "active",
    person: { displayName: "Pat O'Brien", reference: "OPCC/2026/0417" },
    categories: ["abusive", "persistent"],
    subTypes: ["offensiveLanguage", "excessiveVolume"],
    restrictions: [{ kind: "singlePointOfContact", spoc: { upn: "sam.carter@opcc.example.gov.uk", displayName: "Sam Carter" } }, { kind: "singleChannel", channel: "email" }, { kind: "readAndFile" }],
    singlePointOfContact: { upn: "sam.carter@opcc.example.gov.uk", displayName: "Sam Carter" },
    approvedBy: "morgan.reid@opcc.example.gov.uk",
    approvedAt: "2026-10-01T09:00:00.000Z",
    reviewDate: "2027-04-01",
    ...overrides,
  });
}

/** The strategy after a review that ended in `variant`. */
export function reviewed(variant: "continued" | "altered" | "ended"): ContactStrategy {
  const type = variant === "continued" ? "continue" : variant === "altered" ? "alter" : "end";
  const base = inForce();
  return {
    ...base,
    status: variant === "ended" ? "ended" : "active",
    ...(variant === "altered" ? { restrictions: [{ kind: "singleChannel", channel: "letter" }], allowedChannels: ["letter"] } : {}),
    history: [...base.history, { type, from: "underReview", to: variant === "ended" ? "ended" : "active", by: "morgan.reid@opcc.example.gov.uk", at: "2026-11-20T10:00:00.000Z", why: "Contact has been polite since the summer." }],
  } as ContactStrategy;
}

export function disputed(result: "upheld" | "changed"): ContactStrategy {
  return inForce({
    disputes: [{ raisedOn: "2026-10-10", summary: "I was not abusive.", outcome: { decidedOn: "2026-11-01", decidedBy: "dana.chief@opcc.example.gov.uk", result, rationale: "The emails of 3 and 5 September were abusive." } }],
  });
}

export function contacts(): RecordedContact[] {
  return [
    { receivedAt: "2026-09-03T08:00:00.000Z", subject: "Answer me NOW", categories: ["abusive"], evidence: [{ category: "abusive", subType: "offensiveLanguage", quote: "…" }], outcome: "confirmed" },
    { receivedAt: "2026-09-05T08:00:00.000Z", subject: "Again", categories: ["persistent"], evidence: [{ category: "persistent", subType: "excessiveVolume", quote: "…" }], outcome: "corrected" },
    { receivedAt: "2026-09-06T08:00:00.000Z", subject: "Not this one", categories: [], evidence: [], outcome: "dismissed" },
  ];
}

/** One request for each kind and outcome, as the letters test renders them for every pack. */
export function everyLetter(): Array<{ name: string; kind: LetterKind; variant?: LetterVariant; request: LetterRequest }> {
  const person = { name: "Pat O'Brien", address: "pat.o'brien@example.org" };
  return [
    { name: "written warning", kind: "warning", request: { kind: "warning", person, contacts: contacts() } },
    { name: "contact strategy", kind: "restriction", request: { kind: "restriction", strategy: inForce() } },
    { name: "breach reminder", kind: "breach", request: { kind: "breach", strategy: inForce(), breachOn: "2026-11-20" } },
    ...(["continued", "altered", "ended"] as const).map((variant) => ({ name: `review outcome (${variant})`, kind: "reviewOutcome" as const, variant, request: { kind: "reviewOutcome" as const, strategy: reviewed(variant) } })),
    ...(["upheld", "changed"] as const).map((variant) => ({ name: `dispute outcome (${variant})`, kind: "disputeOutcome" as const, variant, request: { kind: "disputeOutcome" as const, strategy: disputed(variant) } })),
    { name: "signposting", kind: "signposting", request: { kind: "signposting", person } },
  ];
}
