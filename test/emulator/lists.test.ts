import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { caller, createList, q } from "./client";

let emulator: Emulator;
let site: string;
const call = caller(() => emulator);
const items = () => `/sites/${site}/lists/Cases/items`;

beforeAll(async () => {
  emulator = await startEmulator();
  site = (await call("GET", "/sites/opcc.sharepoint.com:/sites/contact-strategies")).body.id;
  const created = await createList(call, site, {
    displayName: "Cases",
    columns: [
      { name: "Ref", text: {}, indexed: true },
      { name: "Notes", text: { allowMultipleLines: true } },
      { name: "Score", number: {}, indexed: true },
      { name: "Opened", dateTime: {}, indexed: true },
      { name: "Open", boolean: {}, indexed: true },
      { name: "Owner", personOrGroup: {} },
      { name: "Kinds", choice: { choices: ["abuse", "volume"], displayAs: "checkBoxes" } },
    ],
    list: { template: "genericList" },
  });
  expect(created.status).toBe(201);
  for (let i = 1; i <= 450; i += 1) {
    emulator.world.sites[1]!.lists[0]!.items.push({
      id: String(i),
      guid: `00000000-0000-0000-0000-${String(i).padStart(12, "0")}`,
      version: 1,
      createdDateTime: "2026-11-01T00:00:00Z",
      lastModifiedDateTime: "2026-11-01T00:00:00Z",
      createdBy: emulator.world.users[0]!.id,
      lastModifiedBy: emulator.world.users[0]!.id,
      fields: { Title: `Case ${i}`, Ref: `R-${i}`, Score: i % 10, Opened: `2026-11-${String((i % 28) + 1).padStart(2, "0")}T09:00:00Z`, Open: i % 2 === 0 },
    });
  }
  emulator.world.sites[1]!.lists[0]!.nextItemId = 451;
});
afterAll(() => emulator.close());

describe("sites", () => {
  it("finds a site by hostname and path, and 404s itemNotFound for another path", async () => {
    const byId = await call("GET", `/sites/${site}`);
    expect(byId.body.webUrl).toBe("https://opcc.sharepoint.com/sites/contact-strategies");
    const missing = await call("GET", "/sites/opcc.sharepoint.com:/sites/nowhere");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("itemNotFound");
  });
});

describe("lists and columns", () => {
  it("refuses a second list of the same name with 409 nameAlreadyExists", async () => {
    const again = await call("POST", `/sites/${site}/lists`, { displayName: "cases", list: { template: "genericList" } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("nameAlreadyExists");
  });

  it("serves the columns with their type facets, and indexes one on PATCH", async () => {
    const columns = (await call("GET", `/sites/${site}/lists/Cases/columns`)).body.value;
    const notes = columns.find((c: { name: string }) => c.name === "Notes");
    expect(notes).toMatchObject({ text: { allowMultipleLines: true }, indexed: false });
    expect(columns.find((c: { name: string }) => c.name === "Kinds").choice.displayAs).toBe("checkBoxes");
    expect((await call("GET", `${items()}?$filter=${q("fields/Title eq 'Case 3'")}`)).status).toBe(400);
    const title = columns.find((c: { name: string }) => c.name === "Title");
    const patched = await call("PATCH", `/sites/${site}/lists/Cases/columns/${title.id}`, { indexed: true });
    expect(patched.body.indexed).toBe(true);
    const found = await call("GET", `${items()}?$expand=fields&$filter=${q("fields/Title eq 'Case 3'")}`);
    expect(found.body.value.map((i: { id: string }) => i.id)).toEqual(["3"]);
  });
});

describe("list item queries", () => {
  it("pages 200 at a time by default, with @odata.nextLink carrying $skiptoken", async () => {
    const seen: string[] = [];
    let page = await call("GET", items());
    const sizes = [page.body.value.length];
    seen.push(...page.body.value.map((i: { id: string }) => i.id));
    while (page.body["@odata.nextLink"]) {
      expect(page.body["@odata.nextLink"]).toContain("$skiptoken=");
      page = await call("GET", page.body["@odata.nextLink"]);
      sizes.push(page.body.value.length);
      seen.push(...page.body.value.map((i: { id: string }) => i.id));
    }
    expect(sizes).toEqual([200, 200, 50]);
    expect(new Set(seen).size).toBe(450);
  });

  it("treats $skiptoken as opaque: a token the client made up is refused with 400", async () => {
    for (const forged of ["200", "not-a-token"]) {
      const answer = await call("GET", `${items()}?$skiptoken=${forged}`);
      expect(answer.status).toBe(400);
      expect(answer.body.error.message).toMatch(/skiptoken/);
    }
  });

  it("orders numbers as numbers and dates as dates, ascending or descending", async () => {
    const desc = await call("GET", `${items()}?$expand=fields&$top=3&$orderby=${q("fields/Score desc")}`);
    expect(desc.body.value.map((i: { fields: { Score: number } }) => i.fields.Score)).toEqual([9, 9, 9]);
    const asc = await call("GET", `${items()}?$expand=fields&$top=1&$orderby=${q("fields/Opened asc")}`);
    expect(asc.body.value[0].fields.Opened).toBe("2026-11-01T09:00:00Z");
  });

  it("filters with and/or, parentheses, startswith, datetimes and Yes/No as 1/0", async () => {
    const filter = "(fields/Score eq 3 or fields/Score eq 4) and fields/Open eq 1 and fields/Opened ge '2026-11-20T00:00:00Z' and startswith(fields/Ref, 'R-1')";
    const r = await call("GET", `${items()}?$expand=fields&$top=500&$filter=${q(filter)}`);
    expect(r.status).toBe(200);
    expect(r.body.value.length).toBeGreaterThan(0);
    for (const { fields } of r.body.value) {
      expect([3, 4]).toContain(fields.Score);
      expect(fields.Open).toBe(true);
      expect(fields.Ref.startsWith("R-1")).toBe(true);
      expect(Date.parse(fields.Opened)).toBeGreaterThanOrEqual(Date.parse("2026-11-20T00:00:00Z"));
    }
  });

  it("refuses an unknown column, and an order on a non-indexed one without Prefer", async () => {
    const unknown = await call("GET", `${items()}?$filter=${q("fields/Nope eq 1")}`);
    expect(unknown.status).toBe(400);
    const order = await call("GET", `${items()}?$orderby=${q("fields/Notes")}`);
    expect(order.status).toBe(400);
    expect(order.body.error.message).toContain("Field 'Notes' cannot be referenced in filter or orderby as it is not indexed");
    const allowed = await call("GET", `${items()}?$orderby=${q("fields/Notes")}`, undefined, { Prefer: "HonorNonIndexedQueriesWarningMayFailRandomly" });
    expect(allowed.status).toBe(200);
  });

  it("selects item properties and fields($select=…)", async () => {
    const r = await call("GET", `${items()}?$top=1&$select=id,eTag&$expand=fields($select=Ref,Score)`);
    const [item] = r.body.value;
    expect(Object.keys(item).filter((k) => !k.startsWith("@")).sort()).toEqual(["eTag", "fields", "id"]);
    expect(item.fields).toMatchObject({ Ref: "R-1", Score: 1 });
    expect(item.fields.Title).toBeUndefined();
  });
});

describe("list item writes", () => {
  it("creates with 201, eTag \"GUID,1\", creator; bumps the version on PATCH; 412 on a stale If-Match", async () => {
    const casey = emulator.world.users[0]!;
    const created = await call("POST", items(), { fields: { Title: "New", Ref: "R-NEW", Open: true, OwnerLookupId: "7", Kinds: ["abuse"], "Kinds@odata.type": "Collection(Edm.String)" } });
    expect(created.status).toBe(201);
    expect(created.body.eTag).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(created.body.createdBy.user.displayName).toBe(casey.displayName);
    expect(created.body.fields).toMatchObject({ Open: true, OwnerLookupId: "7", Kinds: ["abuse"] });
    const first = created.body.eTag as string;
    const patched = await call("PATCH", `${items()}/${created.body.id}/fields`, { Score: 5 }, { "If-Match": first });
    expect(patched.status).toBe(200);
    expect(patched.body["@odata.etag"]).toBe(first.replace(",1\"", ",2\""));
    const stale = await call("PATCH", `${items()}/${created.body.id}/fields`, { Score: 6 }, { "If-Match": first });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe("resourceModified");
    expect((await call("PATCH", `${items()}/${created.body.id}/fields`, { Score: 6 }, { "If-Match": "*" })).status).toBe(200);
  });

  it("a person column is written only as <Column>LookupId with a numeric id: by value, or an email as the id, is 400 invalidRequest", async () => {
    const before = emulator.world.sites[1]!.lists[0]!.items.length;
    for (const fields of [
      { Title: "By value", Owner: "casey.worker@opcc.example.gov.uk" },
      { Title: "By object", Owner: { user: { id: emulator.world.users[0]!.id } } },
      { Title: "Email as id", OwnerLookupId: "casey.worker@opcc.example.gov.uk" },
      { Title: "Name as id", OwnerLookupId: "Casey Worker" },
      { Title: "LookupId on a text column", RefLookupId: "7" },
    ]) {
      const refused = await call("POST", items(), { fields });
      expect(refused.status, JSON.stringify(fields)).toBe(400);
      expect(refused.body.error.code).toBe("invalidRequest");
    }
    expect((await call("POST", items(), { fields: { Owner: "x@y" } })).body.error.message).toContain("OwnerLookupId");
    expect(emulator.world.sites[1]!.lists[0]!.items).toHaveLength(before);
    // The same on PATCH; an id as digits (as Graph returns it) or a number is taken, and null clears it.
    const created = (await call("POST", items(), { fields: { Title: "Owned", OwnerLookupId: "12" } })).body;
    expect((await call("PATCH", `${items()}/${created.id}/fields`, { Owner: "x@y" })).status).toBe(400);
    expect((await call("PATCH", `${items()}/${created.id}/fields`, { OwnerLookupId: "x@y" })).status).toBe(400);
    expect((await call("PATCH", `${items()}/${created.id}/fields`, { OwnerLookupId: 13 })).body.OwnerLookupId).toBe(13);
    expect((await call("PATCH", `${items()}/${created.id}/fields`, { OwnerLookupId: null })).status).toBe(200);
  });

  it("refuses a Yes/No column written as text, and deletes with If-Match honoured", async () => {
    expect((await call("POST", items(), { fields: { Open: "yes" } })).status).toBe(400);
    const created = (await call("POST", items(), { fields: { Title: "Doomed" } })).body;
    expect((await call("DELETE", `${items()}/${created.id}`, undefined, { "If-Match": '"00000000-0000-0000-0000-000000000000,1"' })).status).toBe(412);
    expect((await call("DELETE", `${items()}/${created.id}`, undefined, { "If-Match": created.eTag })).status).toBe(204);
    expect((await call("GET", `${items()}/${created.id}`)).status).toBe(404);
  });
});

describe("the list view threshold on indexed queries", () => {
  const big = () => `/sites/${site}/lists/Big/items`;
  beforeAll(async () => {
    const created = await createList(call, site, {
      displayName: "Big",
      columns: [
        { name: "Kind", text: {}, indexed: true },
        { name: "At", dateTime: {}, indexed: true },
        { name: "Note", text: {} },
      ],
      list: { template: "genericList" },
    });
    const list = emulator.world.sites[1]!.lists.find((l) => l.id === created.body.id)!;
    for (let i = 1; i <= 6000; i += 1) {
      list.items.push({
        id: String(i),
        guid: `g${i}`,
        version: 1,
        createdDateTime: "2026-11-01T00:00:00Z",
        lastModifiedDateTime: "2026-11-01T00:00:00Z",
        createdBy: emulator.world.users[0]!.id,
        lastModifiedBy: emulator.world.users[0]!.id,
        // 5,400 "common", 600 "rare"; one item a minute from 1 November.
        fields: { Kind: i % 10 === 0 ? "rare" : "common", At: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(), Note: `n${i}` },
      });
    }
    list.nextItemId = 6001;
  });

  // Graph's answer past the threshold is SharePoint's throttling answer, words and all
  // (microsoft-graph-docs#8450, msgraph-sdk-dotnet#827): nothing in it names the threshold.
  const threshold = (answer: { status: number; headers: Headers; body: { error: { code: string; message: string } } }) => {
    expect(answer.status).toBe(429);
    expect(answer.body.error.code).toBe("activityLimitReached");
    expect(answer.body.error.message).toBe("The request has been throttled");
    expect(answer.headers.get("Retry-After")).toBeNull();
  };

  it("refuses an indexed query whose first indexed clause matches more than 5,000 items, whatever follows or $top", async () => {
    threshold(await call("GET", `${big()}?$top=1&$filter=${q("fields/Kind eq 'common'")}`));
    threshold(await call("GET", `${big()}?$filter=${q("fields/Kind eq 'common' and fields/At lt '2026-11-01T01:00:00Z'")}`));
    threshold(await call("GET", `${big()}?$filter=${q("fields/At ge '2026-11-01T00:00:00Z'")}`));
    // The same refusal as a non-indexed query sent with Prefer on a list this size.
    threshold(await call("GET", `${big()}?$filter=${q("fields/Note eq 'n1'")}`, undefined, { Prefer: "HonorNonIndexedQueriesWarningMayFailRandomly" }));
  });

  it("answers when the first indexed clause narrows below the threshold, a range on one column counting as one clause", async () => {
    const rare = await call("GET", `${big()}?$top=5000&$filter=${q("fields/Kind eq 'rare' and fields/At ge '2026-11-01T00:00:00Z'")}`);
    expect(rare.status).toBe(200);
    expect(rare.body.value).toHaveLength(600);
    const range = await call("GET", `${big()}?$top=5000&$filter=${q("fields/At ge '2026-11-01T00:00:00Z' and fields/At lt '2026-11-02T00:00:00Z' and fields/Kind eq 'common'")}`);
    expect(range.status).toBe(200);
    expect(range.body.value).toHaveLength(1439 - 143);
    // No filter at all: paging the list in its own order is allowed at any size.
    const paged = await call("GET", `${big()}?$top=5000&$select=id`);
    expect(paged.status).toBe(200);
    expect(paged.body.value).toHaveLength(5000);
  });

  it("refuses an ordered read with no filter, even by an indexed column or by id (microsoft-graph-docs#8450)", async () => {
    threshold(await call("GET", `${big()}?$top=1&$orderby=${q("fields/At asc")}`));
    threshold(await call("GET", `${big()}?$top=1&$orderby=${q("id desc")}`));
    // With a filter that narrows, the order is fine.
    expect((await call("GET", `${big()}?$top=5&$filter=${q("fields/Kind eq 'rare'")}&$orderby=${q("fields/At desc")}`)).status).toBe(200);
  });
});
