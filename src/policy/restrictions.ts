import { normaliseAddress, normaliseEmail } from "./address";
import type { Channel } from "./categories";

/**
 * The restriction options the policies allow. A discriminated union: each kind carries
 * only what it needs.
 * - Gwent 8.0 and Warwickshire 7 list the options; a pack says which it offers.
 */
export type Restriction =
  /** Gwent 8.0 "Place time limits on telephone conversations"; Warwickshire 7 "Limiting duration of phone calls". */
  | { kind: "phoneTimeLimit"; minutes: number }
  /** Gwent 8.0 "Restrict communication to one method of contact"; Warwickshire 7 (taking reasonable adjustments into account). */
  | { kind: "singleChannel"; channel: Channel }
  /** Warwickshire 7 "Using a dedicated email address and auto-diverting emails". */
  | { kind: "dedicatedAddress"; address: string; divertToFolder: string }
  /** Warwickshire 7 "Blocking email addresses or other communication channels". */
  | { kind: "blockedAddress"; address: string }
  /** Warwickshire 7 "Requiring the member of the public to use an advocate". */
  | { kind: "advocateOnly"; advocateName?: string }
  /** Gwent 8.0 / Warwickshire 6, 7: one specific point of contact (SPOC). */
  | { kind: "singlePointOfContact"; spoc: StaffMember }
  /** Gwent 8.0 "Read and file future correspondence ... respond only if new information or a new complaint". */
  | { kind: "readAndFile" }
  /** Gwent 8.0 "Refuse to consider demands to re-open a closed case". */
  | { kind: "noReopeningClosedCase"; caseReference?: string }
  /** Gwent 8.0 "Take other action that it considers appropriate". */
  | { kind: "other"; description: string };

export type RestrictionKind = Restriction["kind"];

/** Every kind, for schemas that read restrictions from data (packs, the classify CLI's `context.strategy`). */
export const RESTRICTION_KINDS = [
  "phoneTimeLimit",
  "singleChannel",
  "dedicatedAddress",
  "blockedAddress",
  "advocateOnly",
  "singlePointOfContact",
  "readAndFile",
  "noReopeningClosedCase",
  "other",
] as const satisfies readonly RestrictionKind[];

/** The longest call limit a restriction may set, in minutes: beyond it the "limit" restricts nothing. */
const MAX_CALL_MINUTES = 240;

/**
 * What a restriction still lacks before it can bind anyone, in words for the person filling it
 * in; undefined when it is complete. A restriction staff cannot follow (no SPOC named, no address
 * to block) is not one (Warwickshire 7.2: the person must not be "left unsure").
 */
export function restrictionProblem(r: Restriction): string | undefined {
  switch (r.kind) {
    case "phoneTimeLimit":
      return Number.isInteger(r.minutes) && r.minutes >= 1 && r.minutes <= MAX_CALL_MINUTES ? undefined : `Give the call limit in whole minutes, 1 to ${MAX_CALL_MINUTES}.`;
    case "dedicatedAddress":
      if (!normaliseEmail(r.address).ok) return "Give the dedicated email address.";
      return r.divertToFolder.trim() ? undefined : "Name the folder its mail is diverted to.";
    case "blockedAddress":
      return normaliseAddress(r.address).ok ? undefined : "Give the address to block (email or phone).";
    case "singlePointOfContact":
      if (!r.spoc.displayName.trim()) return "Name the single point of contact.";
      return normaliseEmail(r.spoc.upn).ok ? undefined : "Give the single point of contact's sign-in address.";
    case "other":
      return r.description.trim() ? undefined : "Say what the restriction is.";
    case "singleChannel":
    case "advocateOnly":
    case "readAndFile":
    case "noReopeningClosedCase":
      return undefined;
  }
}

export interface StaffMember {
  /** User principal name (sign-in address) of the member of staff. */
  upn: string;
  displayName: string;
}
