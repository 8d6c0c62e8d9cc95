import type { AppConfig } from "../../src/config";
import { CASEY, DEMO_ROSTER, DEMO_SITE, STAFF_DOMAIN } from "../demo/people";

/** The runtime config the pane reads beside its bundle, pointing at a local emulator. */
export function localConfig(graphBaseUrl: string, token: string): AppConfig {
  return {
    graphBaseUrl,
    site: DEMO_SITE,
    packId: "warwickshire",
    staffDomains: [STAFF_DOMAIN],
    auth: { mode: "dev", token, user: CASEY.upn },
    roles: { ...DEMO_ROSTER },
    retentionMonths: 24,
    endedStrategyRetentionMonths: 72,
  };
}
