import type { Actor } from "../../src/policy/strategy";

/** The demo office's staff (dev/emulator seeds the same users). */
export const STAFF_DOMAIN = "opcc.example.gov.uk";
export const CASEY: Actor = { upn: `casey.worker@${STAFF_DOMAIN}`, displayName: "Casey Worker", roles: ["caseworker"] };
export const MORGAN: Actor = { upn: `morgan.reid@${STAFF_DOMAIN}`, displayName: "Morgan Reid", roles: ["headOfBusinessServices", "caseworker"] };
export const SAM: Actor = { upn: `sam.carter@${STAFF_DOMAIN}`, displayName: "Sam Carter", roles: ["caseworker"] };
export const DANA: Actor = { upn: `dana.chief@${STAFF_DOMAIN}`, displayName: "Dana Chief", roles: ["chiefExecutive"] };
/** A second authoriser, nominated by the Chief Executive (Warwickshire 7). */
export const ROBIN: Actor = { upn: `robin.hale@${STAFF_DOMAIN}`, displayName: "Robin Hale", roles: ["headOfBusinessServices", "caseworker"] };
/** Everyone the harness can sign in as (`/harness/?user=morgan.reid`). */
export const DEMO_PEOPLE: readonly Actor[] = [CASEY, MORGAN, SAM, DANA, ROBIN];
export const DEMO_SITE = "opcc.sharepoint.com:/sites/contact-strategies";
export const ENQUIRIES = { upn: `enquiries@${STAFF_DOMAIN}` };
export const DEV_TOKEN = "dev-token";

/** The demo office's roster (config `roles`): who holds each role, as the emulator's users do. */
export const DEMO_ROSTER: Record<string, string[]> = Object.fromEntries(
  [...new Set(DEMO_PEOPLE.flatMap((p) => p.roles))].map((role) => [role, DEMO_PEOPLE.filter((p) => p.roles.includes(role)).map((p) => p.upn)]),
);

/** Each demo person's dev token in the emulator (dev/emulator/state.ts issues one per member of staff). */
export const tokenOf = (actor: Pick<Actor, "upn">) => `dev-token-${actor.upn.split("@")[0]}`;
/** The emulator's app-only token (dev/emulator/tokens.ts): what an administrator's tooling runs with. */
export const DEV_APP_TOKEN = "dev-app-token";
