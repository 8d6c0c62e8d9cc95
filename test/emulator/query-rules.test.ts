import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { caller, q } from "./client";

/* Smaller rules Graph keeps that a lenient emulator would let slip (issue 15, point 8). */
let emulator: Emulator;
let site: string;
const call = caller(() => emulator);
const items = () => `/sites/${site}/lists/Notes/items`;
const PREFER = { Prefer: "HonorNonIndexedQueriesWarningMayFailRandomly" };
const WHOLE_SECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

beforeAll(async () => {
  emulator = await startEmulator();
  site = (await call("GET", "/sites/opcc.sharepoint.com:/sites/contact-strategies")).body.id;
  await call("POST", `/sites/${site}/lists`, { displayName: "Notes", columns: [{ name: "Kind", text: {} }], list: { template: "genericList" } });
  for (const kind of ["a", "b", "c"]) expect((await call("POST", items(), { fields: { Title: kind, Kind: kind } })).status).toBe(201);
  emulator.seedMail("casey.worker@opcc.example.gov.uk", Array.from({ length: 3 }, (_, i) => ({ subject: `m${i}`, receivedDateTime: `2026-11-0${i + 1}T09:00:00Z` })));
});
afterAll(() => emulator.close());

describe("$batch steps", () => {
  it("carry their own headers, not the envelope's: Prefer on the envelope does not reach a step", async () => {
    const filter = `${items()}?$filter=${q("fields/Kind eq 'a'")}`;
    const batch = await call("POST", "/$batch", { requests: [{ id: "1", method: "GET", url: filter }, { id: "2", method: "GET", url: filter, headers: PREFER }] }, PREFER);
    expect(batch.status).toBe(200);
    // Matched by id: Graph may answer a batch's steps in any order.
    const byId = Object.fromEntries(batch.body.responses.map((r: { id: string }) => [r.id, r]));
    const [withoutPrefer, withPrefer] = [byId["1"], byId["2"]];
    expect(withoutPrefer.status).toBe(400);
    expect(withoutPrefer.body.error.message).toContain("is not indexed");
    expect(withPrefer.status).toBe(200);
  });

  it("with a body must say its Content-Type, or the whole batch is refused", async () => {
    const batch = await call("POST", "/$batch", { requests: [{ id: "1", method: "GET", url: "/me" }, { id: "2", method: "POST", url: items(), body: { fields: { Title: "x" } } }] });
    expect(batch.status).toBe(400);
    expect(batch.body.error).toMatchObject({ code: "BadRequest", message: "Write request with id '2' does not contain a Content-Type header." });
  });
});

describe("request bodies", () => {
  it("are read only when sent as application/json", async () => {
    const before = emulator.world.sites[1]!.lists[0]!.items.length;
    const response = await fetch(`${emulator.baseUrl}${items()}`, { method: "POST", headers: { Authorization: "Bearer dev-token" }, body: JSON.stringify({ fields: { Title: "untyped" } }) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain("Please ensure Content-Type header is set");
    expect(emulator.world.sites[1]!.lists[0]!.items).toHaveLength(before);
  });
});

describe("$top", () => {
  it("of 0 is refused, not answered with a page that links to itself", async () => {
    for (const path of [`${items()}?$top=0`, "/me/messages?$top=0"]) {
      const answer = await call("GET", path);
      expect(answer.status, path).toBe(400);
      expect(answer.body["@odata.nextLink"]).toBeUndefined();
    }
  });

  it("above 1,000 on messages is refused, not quietly cut to 1,000", async () => {
    expect((await call("GET", "/me/messages?$top=1001")).status).toBe(400);
    expect((await call("GET", "/me/messages?$top=1000")).status).toBe(200);
  });
});

describe("Created and Modified", () => {
  it("filter on the item's own dates (they need an index or Prefer, like any column), not on nothing", async () => {
    expect((await call("GET", `${items()}?$filter=${q("fields/Created ge '2000-01-01T00:00:00Z'")}`)).status).toBe(400);
    const all = await call("GET", `${items()}?$expand=fields&$filter=${q("fields/Created ge '2000-01-01T00:00:00Z'")}`, undefined, PREFER);
    expect(all.body.value).toHaveLength(3);
    const none = await call("GET", `${items()}?$filter=${q("fields/Modified lt '2000-01-01T00:00:00Z'")}`, undefined, PREFER);
    expect(none.body.value).toEqual([]);
  });
});

describe("dates", () => {
  it("are whole seconds, as Graph writes them, on items, their fields, lists and changed messages", async () => {
    const [item] = (await call("GET", `${items()}?$top=1&$expand=fields`)).body.value;
    for (const value of [item.createdDateTime, item.lastModifiedDateTime, item.fields.Created, item.fields.Modified]) expect(value).toMatch(WHOLE_SECONDS);
    const list = (await call("GET", `/sites/${site}/lists/Notes`)).body;
    expect(list.lastModifiedDateTime).toMatch(WHOLE_SECONDS);
    const [message] = (await call("GET", "/me/messages?$top=1")).body.value;
    expect((await call("PATCH", `/me/messages/${message.id}`, { isRead: true })).body.lastModifiedDateTime).toMatch(WHOLE_SECONDS);
  });
});

describe("message delta", () => {
  it("is a folder's only: /me/messages/delta is refused as Graph v1.0 refuses it", async () => {
    const refused = await call("GET", "/me/messages/delta");
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe("Unsupported request: Change tracking is not supported against 'microsoft.graph.message'.");
    expect((await call("GET", "/me/mailFolders/inbox/messages/delta")).status).toBe(200);
  });
});
