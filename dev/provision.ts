/**
 * `npm run provision -- --site https://contoso.sharepoint.com/sites/contact-strategies --token TOKEN [--graph URL]`
 *   creates the product's lists and indexed columns, idempotently (a second run reports no
 *   changes). Against a tenant, pass a delegated Graph token of a site owner, e.g.
 *   `--token "$(az account get-access-token --resource-type ms-graph --query accessToken -o tsv)"`.
 * `npm run provision -- --site URL --token APP_TOKEN --grant-app CLIENT_ID [--app-name NAME]`
 *   grants the add-in's app `write` on the site, which its delegated `Sites.Selected` scope
 *   needs (an admin's app-only token with Sites.FullControl.All; idempotent).
 * Against the local emulator: `--graph http://127.0.0.1:4000/v1.0 --token dev-token`.
 * After provisioning it prints the SharePoint permission steps Graph cannot do, naming the
 * roles of `--pack` (warwickshire by default).
 */
import { parseArgs } from "node:util";
import { createGraphClient } from "../src/graph/client";
import { devTokenProvider } from "../src/graph/auth/dev";
import { PACKS } from "../src/policy/packs/index";
import { permissionSteps } from "../src/store/sharepoint/permissions";
import { provision } from "../src/store/sharepoint/provision";
import { resolveSiteId } from "../src/store/sharepoint/site";
import { GUID } from "./manifest/intent";
import { grantSiteAccess, siteAddress } from "./provision-site";

const { values } = parseArgs({
  options: {
    site: { type: "string" },
    token: { type: "string", default: process.env.GRAPH_TOKEN },
    graph: { type: "string", default: "https://graph.microsoft.com/v1.0" },
    "grant-app": { type: "string" },
    "app-name": { type: "string", default: "Contact Strategy Manager" },
    pack: { type: "string", default: "warwickshire" },
  },
});

if (!values.site || !values.token) {
  console.error(
    "Usage: npm run provision -- --site https://<tenant>.sharepoint.com/sites/<site> --token <Graph token> [--graph <Graph root>] [--pack warwickshire|gwent] [--grant-app <client id> [--app-name <name>]]",
  );
  process.exit(2);
}
const pack = PACKS[values.pack!];
if (!pack) {
  console.error(`--pack is one of ${Object.keys(PACKS).join(", ")}, not "${values.pack}" (it names the roles in the permission steps).`);
  process.exit(2);
}
const grantApp = values["grant-app"];
if (grantApp !== undefined && !GUID.test(grantApp)) {
  console.error(`--grant-app takes the app's client id (a GUID), not "${grantApp}".`);
  process.exit(2);
}
const graph = createGraphClient({ graphBaseUrl: values.graph!, tokens: devTokenProvider(values.token) });
const siteId = await resolveSiteId(graph, siteAddress(values.site));
if (grantApp) {
  const done = await grantSiteAccess(graph, siteId, { id: grantApp, displayName: values["app-name"]! });
  console.log(done ?? `Nothing to change: ${values["app-name"]} (${grantApp}) already has write on the site.`);
} else {
  const report = await provision(graph, siteId);
  console.log(report.changes.length ? report.changes.join("\n") : "Nothing to change: the site already has every list, column and index.");
  console.log(["", ...permissionSteps(pack)].join("\n"));
}
