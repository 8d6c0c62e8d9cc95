import { z } from "zod";
import type { ProposedTerms } from "../policy/proposed-terms";

/**
 * The shape of a decision and of its terms, checked where a Decisions item or a proposal's audit event is read. Both
 * lists are written by hand as well as by the add-in (the authorisers may add to Decisions; staff to the AuditTrail), so
 * JSON that parses but is not terms (`addresses: 5`, terms a string, a restriction with no kind) must be "unreadable" —
 * named on its strategy, counting for nothing — never a throw deep in a reader that stops the flagger and the compose
 * guard for the whole office. Objects stay loose: a field a reader does not rely on passes as it is.
 */
const text = z.string();
const staff = z.looseObject({ upn: text, displayName: text });

/** Each restriction with what its kind carries (src/policy/restrictions.ts): a reader relies on every part of it. */
const RESTRICTION_SHAPE = z.discriminatedUnion("kind", [
  z.looseObject({ kind: z.literal("phoneTimeLimit"), minutes: z.number() }),
  z.looseObject({ kind: z.literal("singleChannel"), channel: text }),
  z.looseObject({ kind: z.literal("dedicatedAddress"), address: text, divertToFolder: text }),
  z.looseObject({ kind: z.literal("blockedAddress"), address: text }),
  z.looseObject({ kind: z.literal("advocateOnly"), advocateName: text.optional() }),
  z.looseObject({ kind: z.literal("singlePointOfContact"), spoc: staff }),
  z.looseObject({ kind: z.literal("readAndFile") }),
  z.looseObject({ kind: z.literal("noReopeningClosedCase"), caseReference: text.optional() }),
  z.looseObject({ kind: z.literal("other"), description: text }),
]);

export const PROPOSED_TERMS_SHAPE = z.looseObject({
  personName: text,
  addresses: z.array(text),
  restrictions: z.array(RESTRICTION_SHAPE),
  allowedChannels: z.array(text),
  singlePointOfContact: staff.optional(),
  closedMatter: text.optional(),
});

// The review date is judged, not assumed (in-force.ts `lifecycleRules` refuses one that is not a date): any text passes here.
const APPROVED_TERMS_SHAPE = PROPOSED_TERMS_SHAPE.extend({ reviewDate: text.optional() });

/** A decision as the add-in writes it; what only some decisions carry is optional, but never of another type. */
export const DECISION_SHAPE = z.looseObject({
  id: text,
  strategyId: text,
  kind: text,
  decidedBy: text.optional(),
  decidedAt: text.optional(),
  rationale: text.optional(),
  checklist: z.array(text).optional(),
  criteriaNotes: z.array(z.looseObject({ id: text, note: text })).optional(),
  terms: APPROVED_TERMS_SHAPE.optional(),
  result: text.optional(),
});

/** Why a value is not a decision, naming the first parts that are wrong ("terms.addresses"), or undefined when it is one. */
export function notADecision(value: unknown): string | undefined {
  const checked = DECISION_SHAPE.safeParse(value);
  return checked.success ? undefined : wrongParts(checked.error);
}

export function isProposedTerms(value: unknown): value is ProposedTerms {
  return PROPOSED_TERMS_SHAPE.safeParse(value).success;
}

function wrongParts(error: z.ZodError): string {
  return [...new Set(error.issues.map((i) => i.path.join(".") || "decision"))].slice(0, 3).join(", ");
}
