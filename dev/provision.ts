/**
 * `npm run provision -- --site https://contoso.sharepoint.com/sites/contact-strategies --token TOKEN [--graph URL]`
 *
 * Creates the product's lists and indexed columns, idempotently (a second run reports no
 * changes). Against a tenant, pass a delegated Graph token of a site owner, e.g.
 * `--token "$(az account get-access-token --resource-type ms-graph --query accessToken -o tsv)"`.
 * Against the local emulator: `--graph http://127.0.0.1:4000/v1.0 --token dev-token`.
 */
import { parseArgs } from "node:util";
import { createGraphClient } from "../src/graph/client";
import { devTokenProvider } from "../src/graph/auth/dev";
import { provision } from "../src/store/sharepoint/provision";
import { resolveSiteId } from "../src/store/sharepoint/site";
import { siteAddress } from "./provision-site";

const { values } = parseArgs({
  options: {
    site: { type: "string" },
    token: { type: "string", default: process.env.GRAPH_TOKEN },
    graph: { type: "string", default: "https://graph.microsoft.com/v1.0" },
  },
});


if (!values.site || !values.token) {
  console.error("Usage: npm run provision -- --site https://<tenant>.sharepoint.com/sites/<site> --token <Graph token> [--graph <Graph root>]");
  process.exit(2);
}
const graph = createGraphClient({ graphBaseUrl: values.graph!, tokens: devTokenProvider(values.token) });
const siteId = await resolveSiteId(graph, siteAddress(values.site));
const report = await provision(graph, siteId);
console.log(report.changes.length ? report.changes.join("\n") : "Nothing to change: the site already has every list, column and index.");
