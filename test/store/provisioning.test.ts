import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { createGraphClient } from "../../src/graph/client";
import { StoreError } from "../../src/store/port";
import { provision } from "../../src/store/sharepoint/provision";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { LISTS } from "../../src/store/sharepoint/schema";
import { caller } from "../emulator/client";

/*
 * Provisioning as Graph really behaves: columns sent inside POST /lists lose their index and
 * unique settings (or the columns themselves: microsoft-graph-docs#11966, #8048), and creating
 * lists needs Sites.Manage.All, which many tokens lack.
 */
const SITE = "opcc.sharepoint.com:/sites/contact-strategies";
let emulator: Emulator;
const graphAs = (token: string) => createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(token), retry: { baseDelayMs: 1, maxDelayMs: 5 } });

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await fetch(`${emulator.origin}/_emulator/reset`, { method: "POST" });
});

describe("the emulator creates a list as Graph does", () => {
  it("creates the columns sent with it, but not their index or unique constraint", async () => {
    const call = caller(() => emulator);
    const site = (await call("GET", `/sites/${SITE}`)).body.id;
    const created = await call("POST", `/sites/${site}/lists`, { displayName: "Keys", columns: [{ name: "Key", text: {}, indexed: true, enforceUniqueValues: true }], list: { template: "genericList" } });
    expect(created.status).toBe(201);
    const key = (await call("GET", `/sites/${site}/lists/Keys/columns`)).body.value.find((c: { name: string }) => c.name === "Key");
    expect(key).toMatchObject({ indexed: false, enforceUniqueValues: false });
  });
});

describe("provisioning", () => {
  it("reads back every list it creates and repairs what Graph left out: every index and unique key is in place", async () => {
    const graph = graphAs("dev-token");
    const siteId = await resolveSiteId(graph, SITE);
    const report = await provision(graph, siteId);
    expect(report.changes).toHaveLength(LISTS.length);
    expect(report.changes[0]).toMatch(/^created list ContactStrategies with \d+ columns \(then, as Graph left them out: /);
    for (const spec of LISTS) {
      const columns = ((await graph.client.api(`/sites/${siteId}/lists/${spec.name}/columns`).get()) as { value: Array<{ name: string; indexed: boolean; enforceUniqueValues: boolean }> }).value;
      for (const column of spec.columns) {
        const found = columns.find((c) => c.name === column.name);
        expect(found, `${spec.name}.${column.name}`).toMatchObject({ indexed: Boolean(column.indexed || column.unique), enforceUniqueValues: Boolean(column.unique) });
      }
    }
    expect((await provision(graph, siteId)).changes).toEqual([]);
  });

  it("adds a choice the product added since the site was provisioned (AlertActions' Outcome: setAsideReviewed, dealtWithAsNewMatter)", async () => {
    const graph = graphAs("dev-token");
    const siteId = await resolveSiteId(graph, SITE);
    const before = LISTS.map((l) => (l.name !== "AlertActions" ? l : { ...l, columns: l.columns.map((c) => (c.name === "Outcome" ? { ...c, choices: ["escalated", "reportedToPolice", "noActionNeeded"] } : c)) }));
    await provision(graph, siteId, before);
    expect((await provision(graph, siteId)).changes).toEqual(["added “setAsideReviewed”, “dealtWithAsNewMatter” to the choices of column AlertActions.Outcome"]);
    const outcome = ((await graph.client.api(`/sites/${siteId}/lists/AlertActions/columns`).get()) as { value: Array<{ name: string; choice?: { choices: string[] } }> }).value.find((c) => c.name === "Outcome");
    expect(outcome?.choice?.choices).toEqual(["escalated", "reportedToPolice", "noActionNeeded", "setAsideReviewed", "dealtWithAsNewMatter"]);
  });

  it("refuses a site with dot segments before any request, rather than provisioning the tenant's root site", async () => {
    emulator.clearLog();
    for (const site of [`${SITE}/../../`, "opcc.sharepoint.com:/sites/%2e%2e/%2e%2e"]) {
      const failure = await resolveSiteId(graphAs("dev-token"), site).catch((error: unknown) => error);
      expect(failure, site).toBeInstanceOf(StoreError);
      expect((failure as StoreError).code).toBe("invalid");
    }
    expect(emulator.requestLog()).toEqual([]);
  });

  it("says which permission is missing when the token may write items but not create lists", async () => {
    emulator.registerToken("readwrite-only", { upn: "casey.worker@opcc.example.gov.uk", displayName: "Casey Worker", roles: ["caseworker"], scopes: ["User.Read", "Sites.ReadWrite.All"] });
    for (const token of ["readwrite-only", "dev-app-token"]) {
      const graph = graphAs(token);
      const failure = await provision(graph, await resolveSiteId(graph, SITE)).catch((error: unknown) => error);
      expect(failure, token).toBeInstanceOf(StoreError);
      expect((failure as StoreError).code).toBe("forbidden");
      expect((failure as StoreError).message).toContain("needs the Sites.Manage.All permission");
    }
    expect(emulator.world.sites[1]!.lists).toEqual([]);
  });
});
