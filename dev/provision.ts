/**
 * `npm run provision -- --site https://contoso.sharepoint.com/sites/contact-strategies --token TOKEN [--graph URL]`
 *   creates the product's lists and indexed columns, idempotently (a second run reports no
 *   changes). Against a tenant, pass a delegated Graph token of a site owner, e.g.
 *   `--token "$(az account get-access-token --resource-type ms-graph --query accessToken -o tsv)"`.
 * `npm run provision -- --site URL --token APP_TOKEN --grant-app CLIENT_ID [--app-name NAME]`
 *   grants the add-in's app `write` on the site, which its delegated `Sites.Selected` scope
 *   needs (an admin's app-only token with Sites.FullControl.All; idempotent).
 * `npm run provision -- --category --mailbox UPN [--mailbox UPN…] --token APP_TOKEN`
 *   adds the "Contact strategy" category to each mailbox's master list, which the add-in (read/write
 *   item) cannot do itself (an app-only token with MailboxSettings.ReadWrite; idempotent).
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
import { CATEGORY_COLOUR, CATEGORY_NAME, graphColour, IN_DOUBT_CATEGORY_NAME } from "../src/app/flag-message";
import { ensureMasterCategory } from "../src/mail/master-category";

const { values } = parseArgs({
  options: {
    site: { type: "string" },
    token: { type: "string", default: process.env.GRAPH_TOKEN },
    graph: { type: "string", default: "https://graph.microsoft.com/v1.0" },
    "grant-app": { type: "string" },
    "app-name": { type: "string", default: "Contact Strategy Manager" },
    pack: { type: "string", default: "warwickshire" },
    category: { type: "boolean", default: false },
    mailbox: { type: "string", multiple: true, default: [] },
  },
});

if (values.category) {
  const mailboxes = values.mailbox ?? [];
  if (!values.token || mailboxes.length === 0 || mailboxes.some((m) => !/^[^@\s]+@[^@\s]+$/.test(m))) {
    console.error("Usage: npm run provision -- --category --mailbox <upn> [--mailbox <upn>…] --token <app-only Graph token> [--graph <Graph root>]");
    process.exit(2);
  }
  const graph = createGraphClient({ graphBaseUrl: values.graph!, tokens: devTokenProvider(values.token) });
  // Both categories the product puts on mail: a rule or the pane may use either before any sweep has made it.
  for (const mailbox of mailboxes) {
    for (const name of [CATEGORY_NAME, IN_DOUBT_CATEGORY_NAME]) {
      const added = await ensureMasterCategory(graph, mailbox, { displayName: name, color: graphColour(CATEGORY_COLOUR) });
      console.log(added ? `Added the “${name}” category to ${mailbox}.` : `${mailbox} already has the “${name}” category.`);
    }
  }
  process.exit(0);
}

if (!values.site || !values.token) {
  console.error(
    "Usage: npm run provision -- --site https://<tenant>.sharepoint.com/sites/<site> --token <Graph token> [--graph <Graph root>] [--pack warwickshire|gwent] [--grant-app <client id> [--app-name <name>]]\n" +
      "       npm run provision -- --category --mailbox <upn> [--mailbox <upn>…] --token <app-only Graph token>",
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
