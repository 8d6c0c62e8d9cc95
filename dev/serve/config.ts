import type { AppConfig } from "../../src/config";
import type { Actor } from "../../src/policy/strategy";
import { CASEY, DEMO_PEOPLE, DEMO_ROSTER, DEMO_SITE, STAFF_DOMAIN, tokenOf } from "../demo/people";

/** The runtime config the pane reads beside its bundle, pointing at a local emulator, signed in as `user`. */
export function localConfig(graphBaseUrl: string, token: string, user: Pick<Actor, "upn"> = CASEY): AppConfig {
  return {
    graphBaseUrl,
    site: DEMO_SITE,
    packId: "warwickshire",
    staffDomains: [STAFF_DOMAIN],
    staffNames: DEMO_PEOPLE.map((p) => p.displayName),
    // The demo office's (invented) address, so the harness's letters show the post route to the single point of contact.
    postalAddress: ["1 Example Street", "Warwick", "CV34 0AA"],
    auth: { mode: "dev", token, user: user.upn },
    roles: { ...DEMO_ROSTER },
    retentionMonths: 24,
    endedStrategyRetentionMonths: 72,
  };
}

/** The cookie the harness page sets from `?user=` (dev/harness/index.tsx). */
export const HARNESS_USER_COOKIE = "harness-user";

/**
 * The config for whoever the harness is signed in as: the `harness-user` cookie names a demo
 * person (`morgan.reid`), whose own emulator token the pane then uses, so a manager and a
 * caseworker can work side by side (two browser contexts). Casey, with the dev token, by default.
 */
export function harnessConfig(graphBaseUrl: string, devToken: string, cookie: string | undefined): AppConfig {
  const name = new RegExp(`(?:^|;\\s*)${HARNESS_USER_COOKIE}=([^;]*)`).exec(cookie ?? "")?.[1];
  const person = name ? DEMO_PEOPLE.find((p) => p.upn.split("@")[0] === decodeURIComponent(name)) : undefined;
  return person ? localConfig(graphBaseUrl, tokenOf(person), person) : localConfig(graphBaseUrl, devToken);
}
