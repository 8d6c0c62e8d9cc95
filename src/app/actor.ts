import { rolesOf, type StaffRoster } from "../policy/roster";
import type { Actor } from "../policy/strategy";

/** The signed-in person as the lifecycle sees them: roles from the office's roster (config `roles`). */
export function actorFor(user: { emailAddress: string; displayName: string }, roster: StaffRoster): Actor {
  return { upn: user.emailAddress, displayName: user.displayName, roles: rolesOf(roster, { upn: user.emailAddress, displayName: user.displayName }) };
}
