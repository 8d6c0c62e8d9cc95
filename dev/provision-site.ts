import type { GraphClient } from "../src/graph/client";
import { parseSiteAddress } from "../src/store/sharepoint/site";
import { refuse } from "./cli-config";

/**
 * A site given on the command line as Graph addresses it (https://host/sites/x → host:/sites/x;
 * ids pass through), or one line saying why it is not a site and exit 2, before any request.
 */
export function siteAddress(site: string): string {
  const parsed = parseSiteAddress(site);
  return parsed.ok ? parsed.address : refuse(`--site: ${parsed.reason}`);
}

interface SitePermission {
  id: string;
  roles?: string[];
  grantedToIdentitiesV2?: Array<{ application?: { id?: string } }>;
  grantedToIdentities?: Array<{ application?: { id?: string } }>;
}

/** Roles that include writing list items, weakest first (Graph's site permission roles). */
const WRITES = ["write", "manage", "fullcontrol", "owner"];

/**
 * Grants the add-in's Entra app `write` on the one contact-strategy site, which is what the
 * delegated `Sites.Selected` scope needs before the pane can read or write a list there
 * (`POST /sites/{id}/permissions`; the caller's token must be app-only with
 * Sites.FullControl.All, as Graph requires for this call). Idempotent: an app that already
 * has write (or more) is left alone. Returns what it did, in words.
 */
export async function grantSiteAccess(graph: GraphClient, siteId: string, app: { id: string; displayName: string }): Promise<string | undefined> {
  const path = `/sites/${siteId}/permissions`;
  const existing = ((await graph.client.api(path).get()) as { value: SitePermission[] }).value;
  const forApp = existing.find((p) => [...(p.grantedToIdentitiesV2 ?? []), ...(p.grantedToIdentities ?? [])].some((i) => i.application?.id === app.id));
  if (forApp) {
    // The documented list shows each grant's roles; in practice Graph's list leaves them out,
    // and only the grant read on its own has them.
    const roles = forApp.roles ?? ((await graph.client.api(`${path}/${forApp.id}`).get()) as Partial<SitePermission>).roles ?? [];
    if (roles.some((r) => WRITES.includes(r))) return undefined;
    await graph.client.api(`${path}/${forApp.id}`).patch({ roles: ["write"] });
    return `Raised ${app.displayName} (${app.id}) from ${roles.join(", ") || "no role"} to write on the site.`;
  }
  await graph.client.api(path).post({ roles: ["write"], grantedToIdentities: [{ application: { id: app.id, displayName: app.displayName } }] });
  return `Granted ${app.displayName} (${app.id}) write on the site (Sites.Selected).`;
}
