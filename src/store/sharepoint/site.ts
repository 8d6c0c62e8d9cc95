import type { GraphClient } from "../../graph/client";
import { StoreError } from "../port";
import { toStoreError } from "./errors";

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
/** A site URL's path segment: letters, digits, `_`, `-` and inner dots — never `.` or `..`, `%`, `?`, `#` or a space. */
const SEGMENT = /^[\w-][\w.-]*$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type SiteAddress = { ok: true; address: string } | { ok: false; reason: string };

/**
 * A configured site as Graph addresses it, or why it is not one. The value goes into the request
 * path (`/sites/{site}`), so it is held to what a SharePoint site can be: `{hostname}:/{path}`
 * (e.g. `contoso.sharepoint.com:/sites/contact-strategies`), the site's https URL (turned into
 * that), or its id (`{hostname},{site GUID},{web GUID}`). Anything else — dot segments
 * (`…:/sites/../../` reached the tenant's root site), escapes, a query — is refused, as is the
 * root site itself: the lists belong on a site of their own, whose permissions an administrator sets.
 */
export function parseSiteAddress(value: string): SiteAddress {
  const refuse = (why: string): SiteAddress => ({
    ok: false,
    reason: `"${value}" is not a SharePoint site (${why}): give it as contoso.sharepoint.com:/sites/name, its https URL, or its id (host,GUID,GUID).`,
  });
  const text = value.trim();
  if (/[\s%\\?#@]/.test(text)) return refuse("it has a space, %, \\, ?, # or @");
  const byId = text.split(",");
  if (byId.length === 3) {
    const [host, site, web] = byId as [string, string, string];
    return HOST.test(host) && GUID.test(site) && GUID.test(web) ? { ok: true, address: `${host.toLowerCase()},${site},${web}` } : refuse("a site id is a host name and two GUIDs");
  }
  let host: string;
  let path: string;
  const url = /^https:\/\/([^/:]+)(\/.*)$/i.exec(text);
  if (url) [, host, path] = url as unknown as [string, string, string];
  else {
    const colon = /^([^/:]+):(\/.*)$/.exec(text);
    if (!colon) return refuse(/^http:/i.test(text) ? "a site's URL is https" : "no host name and path");
    [, host, path] = colon as unknown as [string, string, string];
  }
  if (!HOST.test(host)) return refuse(`${host} is not a host name`);
  const segments = path.replace(/\/+$/, "").split("/").slice(1);
  if (segments.length === 0) return refuse("the tenant's root site is not where the lists belong");
  if (!segments.every((s) => SEGMENT.test(s))) return refuse("its path may hold only letters, digits, _, - and ., and no . or .. segment");
  return { ok: true, address: `${host.toLowerCase()}:/${segments.join("/")}` };
}

/** The site address, or a StoreError("invalid") saying why it is not one (before any request). */
export function siteAddress(value: string): string {
  const site = parseSiteAddress(value);
  if (!site.ok) throw new StoreError("invalid", site.reason);
  return site.address;
}

/**
 * The site id for a configured site (parseSiteAddress: host and path, its URL, or an id).
 * A 403 here is almost always the app not yet granted the site: the add-in's `Sites.Selected`
 * reaches only sites an admin has granted it (README "Pointing it at a real tenant", step 3).
 */
export async function resolveSiteId(graph: GraphClient, site: string): Promise<string> {
  const address = siteAddress(site);
  try {
    const found = (await graph.client.api(`/sites/${address}`).select("id").get()) as { id: string };
    return found.id;
  } catch (error) {
    const failure = toStoreError(error, `Finding the SharePoint site ${address}`);
    if (failure.code !== "forbidden") throw failure;
    throw new StoreError(
      "forbidden",
      `${failure.message} With Sites.Selected, an administrator must first grant this app the site: npm run provision -- --site <site URL> --token <admin app token> --grant-app <client id>.`,
      error,
    );
  }
}
