/**
 * Data-protection chores on the SharePoint store:
 *   npm run records -- export --address pat@example.org --token T [--site URL] [--graph URL]
 *     prints every record held about that address (subject access, Data Protection Act 2018;
 *     Warwickshire 9) as JSON;
 *   npm run records -- purge --token T [--months 24] [--site URL] [--graph URL]
 *     deletes contact records older than the retention period.
 * Defaults point at the local emulator's demo site.
 */
import { parseArgs } from "node:util";
import { createGraphClient } from "../src/graph/client";
import { devTokenProvider } from "../src/graph/auth/dev";
import { normaliseAddress } from "../src/policy/address";
import { resolveSiteId } from "../src/store/sharepoint/site";
import { createSharePointStore } from "../src/store/sharepoint/store";
import { DEMO_SITE } from "./demo/people";
import { siteAddress } from "./provision-site";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    address: { type: "string" },
    token: { type: "string", default: process.env.GRAPH_TOKEN ?? "dev-token" },
    months: { type: "string", default: "24" },
    site: { type: "string", default: DEMO_SITE },
    graph: { type: "string", default: "http://127.0.0.1:4000/v1.0" },
  },
});

const graph = createGraphClient({ graphBaseUrl: values.graph!, tokens: devTokenProvider(values.token!) });
const store = createSharePointStore(graph, await resolveSiteId(graph, siteAddress(values.site!)));
const [command] = positionals;
if (command === "export") {
  const address = normaliseAddress(values.address ?? "");
  if (!address.ok) {
    console.error(`export needs --address: ${address.reason}`);
    process.exit(2);
  }
  console.log(JSON.stringify(await store.exportSubject(address.address, new Date().toISOString()), null, 2));
} else if (command === "purge") {
  const cutoff = new Date();
  cutoff.setUTCMonth(cutoff.getUTCMonth() - Number(values.months));
  console.log(`Deleted ${await store.purgeContactsBefore(cutoff.toISOString())} contact records received before ${cutoff.toISOString().slice(0, 10)}.`);
} else {
  console.error("Usage: npm run records -- export --address <email> | purge [--months N]   (--token, --site, --graph)");
  process.exit(2);
}
