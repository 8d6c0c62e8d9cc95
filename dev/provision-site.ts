/** https://host/sites/x → host:/sites/x, Graph's way of addressing a site by path (ids pass through). */
export function siteAddress(site: string): string {
  if (!/^https?:\/\//.test(site)) return site;
  const url = new URL(site);
  return `${url.hostname}:${url.pathname.replace(/\/+$/, "")}`;
}
