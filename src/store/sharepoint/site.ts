import type { GraphClient } from "../../graph/client";
import { toStoreError } from "./errors";

/**
 * The site id for a configured site: `{hostname}:/{server-relative path}` (Graph's
 * addressing, e.g. `contoso.sharepoint.com:/sites/contact-strategies`) or an id already.
 */
export async function resolveSiteId(graph: GraphClient, site: string): Promise<string> {
  try {
    const found = (await graph.client.api(`/sites/${site}`).select("id").get()) as { id: string };
    return found.id;
  } catch (error) {
    throw toStoreError(error, `Finding the SharePoint site ${site}`);
  }
}
