import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { grantSiteAccess } from "../../dev/provision-site";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { createGraphClient, type GraphClient } from "../../src/graph/client";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { validate } from "./csdl";

const APP = { id: "0b7c4a38-2d6f-4a0e-9a55-5c1f1b3e7d21", displayName: "Contact Strategy Manager" };
let emulator: Emulator;
let graph: GraphClient;
let siteId: string;
/** Every grant with its roles: Graph's list leaves roles out, so each is read on its own. */
const permissions = async () => {
  const listed = ((await graph.client.api(`/sites/${siteId}/permissions`).get()) as { value: Array<{ id: string; roles?: string[] }> }).value;
  expect(listed.every((p) => p.roles === undefined)).toBe(true);
  return Promise.all(listed.map(async (p) => (await graph.client.api(`/sites/${siteId}/permissions/${p.id}`).get()) as { id: string; roles: string[] }));
};

beforeAll(async () => {
  emulator = await startEmulator();
  // Granting a site is an admin's: app-only, Sites.FullControl.All (site-post-permissions).
  graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider("dev-admin-app-token") });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await fetch(`${emulator.origin}/_emulator/reset`, { method: "POST" });
  siteId = await resolveSiteId(graph, "opcc.sharepoint.com:/sites/contact-strategies");
});

// Sites.Selected (the add-in's SharePoint scope) reaches only sites its app is granted.
describe("granting the add-in's app its one site (Sites.Selected)", () => {
  it("grants write once; a second run changes nothing", async () => {
    expect(await grantSiteAccess(graph, siteId, APP)).toBe(`Granted ${APP.displayName} (${APP.id}) write on the site (Sites.Selected).`);
    expect(await grantSiteAccess(graph, siteId, APP)).toBeUndefined();
    const all = await permissions();
    expect(all).toHaveLength(1);
    expect(all[0]!.roles).toEqual(["write"]);
    expect(validate(all, "Collection(graph.permission)")).toEqual([]);
  });

  it("raises an existing read-only grant to write rather than adding a second", async () => {
    await graph.client.api(`/sites/${siteId}/permissions`).post({ roles: ["read"], grantedToIdentities: [{ application: APP }] });
    expect(await grantSiteAccess(graph, siteId, APP)).toBe(`Raised ${APP.displayName} (${APP.id}) from read to write on the site.`);
    expect((await permissions()).map((p) => p.roles)).toEqual([["write"]]);
  });

  it("leaves a stronger grant alone, and another app's grant does not count", async () => {
    await graph.client.api(`/sites/${siteId}/permissions`).post({ roles: ["fullcontrol"], grantedToIdentitiesV2: [{ application: APP }] });
    expect(await grantSiteAccess(graph, siteId, APP)).toBeUndefined();
    const other = { id: "11111111-2222-3333-4444-555555555555", displayName: "Another app" };
    expect(await grantSiteAccess(graph, siteId, other)).toMatch(/^Granted Another app/);
    expect(await permissions()).toHaveLength(2);
  });

  it("reads a grant's roles on their own when the list leaves them out, as Graph's list does in practice", async () => {
    const calls: string[] = [];
    const fake = (roles: string[]) =>
      ({
        client: {
          api: (path: string) => ({
            get: async () => (calls.push(`GET ${path}`), path.endsWith("/permissions") ? { value: [{ id: "7", grantedToIdentitiesV2: [{ application: { id: APP.id } }] }] } : { id: "7", roles }),
            patch: async (body: unknown) => void calls.push(`PATCH ${path} ${JSON.stringify(body)}`),
            post: async () => void calls.push(`POST ${path}`),
          }),
        },
      }) as unknown as GraphClient;
    expect(await grantSiteAccess(fake(["write"]), "site-1", APP)).toBeUndefined();
    expect(calls).toEqual(["GET /sites/site-1/permissions", "GET /sites/site-1/permissions/7"]);
    calls.length = 0;
    expect(await grantSiteAccess(fake(["read"]), "site-1", APP)).toMatch(/from read to write/);
    expect(calls.at(-1)).toBe('PATCH /sites/site-1/permissions/7 {"roles":["write"]}');
  });

  it("answers as Graph does: bad roles are 400, an unknown permission 404, and a deleted one is gone", async () => {
    const post = (body: unknown) => fetch(`${emulator.baseUrl}/sites/${siteId}/permissions`, { method: "POST", headers: { Authorization: "Bearer dev-admin-app-token", "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const bad = await post({ roles: ["admin"], grantedToIdentities: [{ application: APP }] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("invalidRequest");
    expect((await post({ roles: ["write"] })).status).toBe(400);
    const created = (await (await post({ roles: ["write"], grantedToIdentities: [{ application: APP }] })).json()) as { id: string };
    const del = await fetch(`${emulator.baseUrl}/sites/${siteId}/permissions/${created.id}`, { method: "DELETE", headers: { Authorization: "Bearer dev-admin-app-token" } });
    expect(del.status).toBe(204);
    const gone = await fetch(`${emulator.baseUrl}/sites/${siteId}/permissions/${created.id}`, { headers: { Authorization: "Bearer dev-admin-app-token" } });
    expect(gone.status).toBe(404);
  });
});
