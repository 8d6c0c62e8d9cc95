import type { Identity } from "./decision";

/**
 * Who holds which role (role names come from the policy pack: the authoriser's, the dispute
 * decider's). Kept by the office in its config, beside the SharePoint group that may write
 * Decisions, so a reader can refuse a decision whose author does not hold the role even when
 * the list's permission was never set (README "Who may do what"). Each entry is a sign-in
 * address or a Microsoft Entra object id, compared without case.
 */
export type StaffRoster = Readonly<Record<string, readonly string[]>>;

export function holdsRole(roster: StaffRoster, who: Identity, role: string): boolean {
  const members = (roster[role] ?? []).map((m) => m.toLowerCase());
  return Boolean((who.upn && members.includes(who.upn.toLowerCase())) || (who.id && members.includes(who.id.toLowerCase())));
}

/** Every role the roster gives a person (for the pane: which screens and buttons to offer). */
export function rolesOf(roster: StaffRoster, who: Identity): string[] {
  return Object.keys(roster).filter((role) => holdsRole(roster, who, role));
}
