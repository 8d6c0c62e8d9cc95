/**
 * Data-protection chores on the SharePoint store:
 *   npm run records -- export --address pat@example.org [--config F | --site URL --graph URL] --token T
 *     prints every record held about that address (subject access, Data Protection Act 2018;
 *     Warwickshire 9) as JSON;
 *   npm run records -- purge [--config F] [--months N] --token T
 *     deletes contact records older than the retention period: --months, else the config's
 *     `retentionMonths`, else 24. Meant to run on a schedule (cron, a Task Scheduler job).
 * Without --config, --site and --graph default to the local emulator's demo site.
 */
import { parseArgs } from "node:util";
import { createGraphClient } from "../src/graph/client";
import { devTokenProvider } from "../src/graph/auth/dev";
import { normaliseEmail } from "../src/policy/address";
import { resolveSiteId } from "../src/store/sharepoint/site";
import { createSharePointStore } from "../src/store/sharepoint/store";
import { DEMO_SITE } from "./demo/people";
import { readConfig, refuse } from "./cli-config";
import { siteAddress } from "./provision-site";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    address: { type: "string" },
    token: { type: "string", default: process.env.GRAPH_TOKEN ?? "dev-token" },
    config: { type: "string" },
    months: { type: "string" },
    site: { type: "string" },
    graph: { type: "string" },
  },
});



const config = values.config ? readConfig(values.config) : undefined;
const months = values.months ?? String(config?.retentionMonths ?? 24);
if (!/^[1-9]\d*$/.test(months)) refuse(`--months must be a whole number of months, not "${months}".`);
const site = values.site ?? config?.site ?? DEMO_SITE;
const graphBaseUrl = values.graph ?? config?.graphBaseUrl ?? "http://127.0.0.1:4000/v1.0";

// Every argument is checked before anything is sent: a mistake costs no request, and no token
// goes anywhere it was not meant to.
const [command] = positionals;
if (command !== "export" && command !== "purge") {
  refuse("Usage: npm run records -- export --address <email> | purge [--months N]   (--config F, or --site and --graph; --token)");
}
const address = command === "export" ? normaliseEmail(values.address ?? "") : undefined;
if (address && !address.ok) refuse(values.address ? `export --address: ${address.reason}` : "export needs --address <email>.");

const graph = createGraphClient({ graphBaseUrl, tokens: devTokenProvider(values.token!) });
const store = createSharePointStore(graph, await resolveSiteId(graph, siteAddress(site)));
if (address?.ok) {
  console.log(JSON.stringify(await store.exportSubject(address.address, new Date().toISOString()), null, 2));
} else {
  const cutoff = new Date();
  cutoff.setUTCMonth(cutoff.getUTCMonth() - Number(months));
  console.log(`Deleted ${await store.purgeContactsBefore(cutoff.toISOString())} contact records received before ${cutoff.toISOString().slice(0, 10)}.`);
}
