import type { GraphClient } from "../../graph/client";
import { StoreError } from "../port";
import { toStoreError } from "./errors";

/**
 * The site id for a configured site: `{hostname}:/{server-relative path}` (Graph's
 * addressing, e.g. `contoso.sharepoint.com:/sites/contact-strategies`) or an id already.
 * A 403 here is almost always the app not yet granted the site: the add-in's `Sites.Selected`
 * reaches only sites an admin has granted it (README "Pointing it at a real tenant", step 3).
 */
export async function resolveSiteId(graph: GraphClient, site: string): Promise<string> {
  try {
    const found = (await graph.client.api(`/sites/${site}`).select("id").get()) as { id: string };
    return found.id;
  } catch (error) {
    const failure = toStoreError(error, `Finding the SharePoint site ${site}`);
    if (failure.code !== "forbidden") throw failure;
    throw new StoreError(
      "forbidden",
      `${failure.message} With Sites.Selected, an administrator must first grant this app the site: npm run provision -- --site <site URL> --token <admin app token> --grant-app <client id>.`,
      error,
    );
  }
}
