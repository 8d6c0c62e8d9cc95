import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { caller } from "./client";
import { validate } from "./csdl";

/*
 * Hyperlink or Picture columns: Graph creates and describes them, but SharePoint refuses any
 * write to one through Graph with 400 invalidRequest "Invalid request"
 * (microsoftgraph/microsoft-graph-docs#12638, msgraph-sdk-dotnet#2957, msgraph-sdk-php#1445).
 */
let emulator: Emulator;
let site: string;
const call = caller(() => emulator);
const lists = () => `/sites/${site}/lists`;
const items = () => `${lists()}/Links/items`;
const LINK = { Url: "https://www.example.org/", Description: "Example" };

beforeAll(async () => {
  emulator = await startEmulator();
  site = (await call("GET", "/sites/opcc.sharepoint.com:/sites/contact-strategies")).body.id;
  const created = await call("POST", lists(), {
    displayName: "Links",
    columns: [{ name: "Link", hyperlinkOrPicture: { isPicture: false } }, { name: "Photo", hyperlinkOrPicture: { isPicture: true } }, { name: "Note", text: {} }],
    list: { template: "genericList" },
  });
  expect(created.status).toBe(201);
});
afterAll(() => emulator.close());

/** What Graph says when it refuses a hyperlink write: a bare invalidRequest, with request-id and date. */
function expectRefused(answer: { status: number; body: { error: unknown } }): void {
  expect(answer.status).toBe(400);
  expect(answer.body.error).toMatchObject({ code: "invalidRequest", message: "Invalid request", innerError: { "request-id": expect.any(String), date: expect.any(String) } });
}

const itemCount = async () => (await call("GET", `${items()}?$top=500`)).body.value.length as number;

describe("hyperlinkOrPicture columns", () => {
  it("are created with the list and served by GET columns with their hyperlinkOrPicture facet", async () => {
    const columns = (await call("GET", `${lists()}/Links/columns`)).body.value;
    const byName = (name: string) => columns.find((c: { name: string }) => c.name === name);
    expect(byName("Link").hyperlinkOrPicture).toEqual({ isPicture: false });
    expect(byName("Photo").hyperlinkOrPicture).toEqual({ isPicture: true });
    expect(byName("Link").text).toBeUndefined();
    expect(validate(columns, "Collection(graph.columnDefinition)")).toEqual([]);
  });

  it("can be added with POST columns; an empty facet reads back as isPicture false", async () => {
    const added = await call("POST", `${lists()}/Links/columns`, { name: "More", hyperlinkOrPicture: {} });
    expect(added.status).toBe(201);
    expect(added.body.hyperlinkOrPicture).toEqual({ isPicture: false });
    expect(validate(added.body, "graph.columnDefinition")).toEqual([]);
    const columns = (await call("GET", `${lists()}/Links/columns`)).body.value;
    expect(columns.find((c: { name: string }) => c.name === "More").hyperlinkOrPicture).toEqual({ isPicture: false });
  });

  it("refuses a value on POST items with 400 invalidRequest, and creates nothing", async () => {
    const before = await itemCount();
    for (const value of [LINK, "https://www.example.org/, Example", null]) {
      expectRefused(await call("POST", items(), { fields: { Title: "Has a link", Link: value } }));
    }
    expectRefused(await call("POST", items(), { fields: { Title: "Has a picture", Photo: LINK } }));
    expect(await itemCount()).toBe(before);
    // No item id was used up by the refused writes either.
    const next = await call("POST", items(), { fields: { Title: "No link" } });
    expect(next.status).toBe(201);
    expect(next.body.id).toBe(String(before + 1));
  });

  it("refuses a value on PATCH fields with 400 invalidRequest, and changes nothing (not even the other fields)", async () => {
    const item = (await call("POST", items(), { fields: { Title: "Before", Note: "kept" } })).body;
    expectRefused(await call("PATCH", `${items()}/${item.id}/fields`, { Title: "After", Link: LINK }, { "If-Match": item.eTag }));
    const after = (await call("GET", `${items()}/${item.id}`)).body;
    expect(after.eTag).toBe(item.eTag);
    expect(after.fields).toMatchObject({ Title: "Before", Note: "kept" });
    expect(after.fields.Link).toBeUndefined();
  });

  it("inside $batch: an inner 400 invalidRequest for each write, an outer 200, nothing written", async () => {
    const item = (await call("POST", items(), { fields: { Title: "Batched" } })).body;
    const before = await itemCount();
    const batch = await call("POST", "/$batch", {
      requests: [
        { id: "1", method: "POST", url: `${items()}`, headers: { "Content-Type": "application/json" }, body: { fields: { Title: "Batched link", Link: LINK } } },
        { id: "2", method: "PATCH", url: `${items()}/${item.id}/fields`, headers: { "Content-Type": "application/json" }, body: { Title: "Changed", Link: LINK } },
        { id: "3", method: "GET", url: `${items()}/${item.id}` },
      ],
    });
    expect(batch.status).toBe(200);
    const byId = Object.fromEntries(batch.body.responses.map((r: { id: string }) => [r.id, r]));
    for (const id of ["1", "2"]) expectRefused(byId[id]);
    expect(byId["3"].body.fields.Title).toBe("Batched");
    expect(await itemCount()).toBe(before);
    expect((await call("GET", `${items()}/${item.id}`)).body).toMatchObject({ eTag: item.eTag, fields: { Title: "Batched" } });
  });
});
