/**
 * Who an alert may be escalated to: someone of the office (Warwickshire 6: staff "should inform their manager, seek guidance
 * on next steps"; Gwent 6.0: "report any instances of unacceptable behaviour to their manager") — a member of staff the office knows, by name or work address, or a role that can act. "x", "someone"
 * or a name nobody in the office has cannot be followed up (tester T5: "Escalated to: x" was accepted).
 */
export interface EscalationTargets {
  /** The office's staff by name ("Morgan Reid"): config `staffNames` and the people its roles list. */
  staffNames: readonly string[];
  /** The office's mail domains: an address there is a member of staff. */
  staffDomains: readonly string[];
  /** The pack's own role titles ("the Head of Business Services and Assurance"). */
  roleTitles: readonly string[];
}

/** Roles any office has that can act on an alert. */
const ROLES = /\b(?:(?:duty|line|office|senior|team|area|operations|business) manager|manager on duty|(?:designated )?safeguarding (?:lead|officer|manager)|team leader|chief executive|head of [a-z ]+|deputy chief executive|monitoring officer|director)\b/;

const words = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}@.'’-]+/gu, " ").replace(/\s+/g, " ").trim()} `;

/** Whether an escalation's "who" names a member of staff the office knows, or a role. */
export function namesStaffOrRole(to: string, office: EscalationTargets): boolean {
  const said = words(to);
  const address = /[\w.'’+-]+@([\w-]+(?:\.[\w-]+)+)/.exec(to.toLowerCase());
  if (address && office.staffDomains.some((d) => address[1] === d.toLowerCase() || address[1]!.endsWith(`.${d.toLowerCase()}`))) return true;
  if (office.staffNames.some((name) => name.trim().includes(" ") && said.includes(words(name)))) return true;
  if (office.roleTitles.some((title) => said.includes(words(title.replace(/^the /i, ""))))) return true;
  return ROLES.test(said);
}

/** A name the refusal can give as an example: the office's first. */
export function exampleOf(office: EscalationTargets): string {
  return office.staffNames.find((n) => n.includes(" ")) ?? "the duty manager's name";
}
