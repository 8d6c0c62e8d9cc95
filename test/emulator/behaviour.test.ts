/* eslint-disable @typescript-eslint/no-explicit-any -- these HTTP-level tests read Graph JSON ad hoc, as a client would */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { demoMessages } from "../../dev/emulator/seed-mail";
import { createList } from "./client";

let emulator: Emulator;
let site: string;
const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(path.startsWith("http") ? path : `${emulator.baseUrl}${path}`, {
    method,
    headers: { Authorization: "Bearer dev-token", "Content-Type": "application/json", ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as Record<string, any> };
};

beforeAll(async () => {
  emulator = await startEmulator();
  site = (await call("GET", "/sites/opcc.sharepoint.com:/sites/contact-strategies")).body.id;
  await createList(call, site, {
    displayName: "People",
    columns: [{ name: "Email", text: {}, indexed: true, enforceUniqueValues: true }, { name: "Team", text: {} }, { name: "Active", boolean: {}, indexed: true }],
    list: { template: "genericList" },
  });
  for (const [i, email] of ["pat.o'brien@example.org", "riley@example.org", "chris@example.org"].entries()) {
    await call("POST", `/sites/${site}/lists/People/items`, { fields: { Title: `P${i}`, Email: email, Team: i ? "B" : "A", Active: i !== 2 } });
  }
});
afterAll(() => emulator.close());

describe("list items as Graph serves them", () => {
  it("filters with OData-escaped apostrophes and Yes/No as 1/0", async () => {
    const r = await call("GET", `/sites/${site}/lists/People/items?$expand=fields&$filter=${encodeURIComponent("fields/Email eq 'pat.o''brien@example.org'")}`);
    expect(r.body.value.map((i: any) => i.fields.Email)).toEqual(["pat.o'brien@example.org"]);
    const active = await call("GET", `/sites/${site}/lists/People/items?$expand=fields&$filter=${encodeURIComponent("fields/Active eq 1")}`);
    expect(active.body.value).toHaveLength(2);
    const bad = await call("GET", `/sites/${site}/lists/People/items?$filter=${encodeURIComponent("fields/Email eq 'unterminated")}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "invalidRequest", innerError: { "request-id": expect.any(String), date: expect.any(String) } });
  });

  it("pages with @odata.nextLink", async () => {
    const first = await call("GET", `/sites/${site}/lists/People/items?$top=2`);
    expect(first.body.value).toHaveLength(2);
    const second = await call("GET", first.body["@odata.nextLink"]);
    expect(second.body.value).toHaveLength(1);
    expect(second.body["@odata.nextLink"]).toBeUndefined();
  });

  it("refuses a filter on a non-indexed column unless Prefer is sent, and past 5,000 items even then", async () => {
    const filter = `$filter=${encodeURIComponent("fields/Team eq 'A'")}`;
    const refused = await call("GET", `/sites/${site}/lists/People/items?${filter}`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("HonorNonIndexedQueriesWarningMayFailRandomly");
    const prefer = { Prefer: "HonorNonIndexedQueriesWarningMayFailRandomly" };
    expect((await call("GET", `/sites/${site}/lists/People/items?${filter}`, undefined, prefer)).status).toBe(200);
    const list = emulator.world.sites[1]!.lists.find((l) => l.displayName === "People")!;
    const extra = Array.from({ length: 5001 }, (_, i) => ({ id: String(1000 + i), guid: `g${i}`, version: 1, createdDateTime: "", lastModifiedDateTime: "", createdBy: "", lastModifiedBy: "", fields: { Team: "C" } }));
    list.items.push(...extra);
    expect((await call("GET", `/sites/${site}/lists/People/items?${filter}`, undefined, prefer)).status).toBe(429);
    expect((await call("GET", `/sites/${site}/lists/People/items?$filter=${encodeURIComponent("fields/Email eq 'riley@example.org'")}`)).status).toBe(200);
    list.items.splice(list.items.length - extra.length);
  });

  it("answers a stale If-Match with 412 resourceModified and a duplicate unique value as SharePoint does (500, not 409)", async () => {
    const item = (await call("GET", `/sites/${site}/lists/People/items?$top=1`)).body.value[0];
    const ok = await call("PATCH", `/sites/${site}/lists/People/items/${item.id}/fields`, { Team: "Z" }, { "If-Match": item.eTag });
    expect(ok.status).toBe(200);
    const stale = await call("PATCH", `/sites/${site}/lists/People/items/${item.id}/fields`, { Team: "Y" }, { "If-Match": item.eTag });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe("resourceModified");
    expect((await call("POST", `/sites/${site}/lists/People/items`, { fields: { Email: "riley@example.org" } })).status).toBe(500);
  });

  it("needs Collection(Edm.String) for multi-value writes", async () => {
    await call("POST", `/sites/${site}/lists/People/columns`, { name: "Tags", choice: { choices: ["a", "b"], allowTextEntry: false } });
    const without = await call("POST", `/sites/${site}/lists/People/items`, { fields: { Tags: ["a", "b"] } });
    expect(without.status).toBe(400);
    const withType = await call("POST", `/sites/${site}/lists/People/items`, { fields: { Tags: ["a", "b"], "Tags@odata.type": "Collection(Edm.String)" } });
    expect(withType.status).toBe(201);
  });
});

describe("JSON batching", () => {
  it("answers each request with its own status, and 424 when a dependency failed", async () => {
    const r = await call("POST", "/$batch", {
      requests: [
        { id: "1", method: "GET", url: "/me" },
        { id: "2", method: "GET", url: "/users/nobody@example.org", dependsOn: ["1"] },
        { id: "3", method: "GET", url: "/me/mailFolders", dependsOn: ["2"] },
      ],
    });
    expect(r.status).toBe(200);
    const byId = Object.fromEntries(r.body.responses.map((x: any) => [x.id, x.status]));
    expect(byId).toEqual({ "1": 200, "2": 404, "3": 424 });
  });

  it("refuses a batch that is neither fully parallel nor fully sequential, and a dependsOn naming no earlier step", async () => {
    const mixed = await call("POST", "/$batch", {
      requests: [
        { id: "1", method: "GET", url: "/me" },
        { id: "2", method: "GET", url: "/me/mailFolders", dependsOn: ["1"] },
        { id: "3", method: "GET", url: "/me" },
      ],
    });
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.message).toBe("Batch should be either fully sequential or fully parallel.");
    const forward = await call("POST", "/$batch", {
      requests: [
        { id: "1", method: "GET", url: "/me", dependsOn: ["2"] },
        { id: "2", method: "GET", url: "/me" },
      ],
    });
    expect(forward.status).toBe(400);
    const same = await call("POST", "/$batch", {
      requests: [
        { id: "1", method: "GET", url: "/me" },
        { id: "2", method: "GET", url: "/me/mailFolders", dependsOn: ["1"] },
        { id: "3", method: "GET", url: "/me", dependsOn: ["1"] },
      ],
    });
    expect(same.status).toBe(200);
  });

  it("refuses more than 20 requests", async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: "GET", url: "/me" }));
    expect((await call("POST", "/$batch", { requests })).status).toBe(400);
  });
});

describe("mail", () => {
  it("delta: pages, then only what changed, with @removed for what left the folder", async () => {
    emulator.seedMail("sam.carter@opcc.example.gov.uk", demoMessages(new Date("2026-11-25T10:00:00Z")));
    // Another user's mailbox: app-only, as the auto-flagger reads it.
    const app = { Authorization: "Bearer dev-app-token" };
    let page = await call("GET", "/users/sam.carter@opcc.example.gov.uk/mailFolders/inbox/messages/delta", undefined, app);
    let seen = page.body.value.length;
    while (page.body["@odata.nextLink"]) {
      page = await call("GET", page.body["@odata.nextLink"], undefined, app);
      seen += page.body.value.length;
    }
    expect(seen).toBe(demoMessages(new Date()).length);
    const deltaLink = page.body["@odata.deltaLink"];
    expect(deltaLink).toContain("$deltatoken=");
    const [first, second] = (await call("GET", "/users/sam.carter@opcc.example.gov.uk/messages?$top=2", undefined, app)).body.value;
    await call("PATCH", `/users/sam.carter@opcc.example.gov.uk/messages/${first.id}`, { categories: ["Contact strategy"], flag: { flagStatus: "flagged" } }, app);
    await call("POST", `/users/sam.carter@opcc.example.gov.uk/messages/${second.id}/move`, { destinationId: "archive" }, app);
    const changes = await call("GET", deltaLink, undefined, app);
    expect(changes.body.value.map((m: any) => (m["@removed"] ? `removed ${m.id}` : `changed ${m.id}`)).sort()).toEqual([`changed ${first.id}`, `removed ${second.id}`].sort());
  });

  it("creates master categories once (409 on a duplicate)", async () => {
    expect((await call("POST", "/me/outlook/masterCategories", { displayName: "Contact strategy", color: "preset0" })).status).toBe(201);
    expect((await call("POST", "/me/outlook/masterCategories", { displayName: "Contact strategy", color: "preset0" })).status).toBe(409);
  });
});

describe("auth, faults and persistence", () => {
  it("answers a request without a token with Graph's 401", async () => {
    const r = await fetch(`${emulator.baseUrl}/me`);
    expect(r.status).toBe(401);
    expect(((await r.json()) as any).error.code).toBe("InvalidAuthenticationToken");
  });

  it("injects 429 with Retry-After, hidden from browsers by CORS", async () => {
    emulator.faults.add({ path: "^/me$", status: 429, retryAfterSeconds: 3, times: 1 });
    const r = await call("GET", "/me");
    expect(r.status).toBe(429);
    expect(r.headers.get("Retry-After")).toBe("3");
    expect(r.headers.get("Access-Control-Expose-Headers")).not.toContain("Retry-After");
    expect((await call("GET", "/me")).status).toBe(200);
  });

  it("drops a connection when told to", async () => {
    emulator.faults.add({ path: "^/me$", status: "drop", times: 1 });
    await expect(call("GET", "/me")).rejects.toThrow();
    expect((await call("GET", "/me")).status).toBe(200);
  });

  it("keeps its data across a restart with --data", async () => {
    const dir = mkdtempSync(join(tmpdir(), "graph-emulator-"));
    const first = await startEmulator({ dataDir: dir });
    const id = (await (await fetch(`${first.baseUrl}/sites/root`, { headers: { Authorization: "Bearer dev-token" } })).json()) as { id: string };
    await fetch(`${first.baseUrl}/sites/${id.id}/lists`, { method: "POST", headers: { Authorization: "Bearer dev-token", "Content-Type": "application/json" }, body: JSON.stringify({ displayName: "Kept" }) });
    await first.close();
    const second = await startEmulator({ dataDir: dir });
    const lists = (await (await fetch(`${second.baseUrl}/sites/${id.id}/lists`, { headers: { Authorization: "Bearer dev-token" } })).json()) as { value: Array<{ displayName: string }> };
    await second.close();
    expect(lists.value.map((l) => l.displayName)).toEqual(["Kept"]);
  });
});
