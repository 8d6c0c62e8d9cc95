import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createGraphClient } from "../../src/graph/client";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { createRecentMail } from "../../src/mail/recent-mail";
import { FINGERPRINTED } from "../../src/policy/classifier/classify";
import { fingerprint } from "../../src/policy/classifier/fingerprint";
import { htmlToText } from "../../src/policy/text/html";
import { ListClient } from "../../src/store/sharepoint/list-client";
import { provision } from "../../src/store/sharepoint/provision";
import type { ListSpec } from "../../src/store/sharepoint/schema";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { createSharePointStore } from "../../src/store/sharepoint/store";

/**
 * The product's Graph adapters given Microsoft's documented response bodies (the docs mocks in
 * ../shared/graph-reference, written by others): a fake fetch behind the product's own Graph
 * client answers each request with the documented example for that endpoint, and the tests
 * assert what the product reads out of it. The emulator is not involved (fidelity.test.ts
 * checks the emulator against the same examples).
 */
const GRAPH = "https://graph.microsoft.com/v1.0";

interface Mock {
  request: { url: string; method: string };
  response: { statusCode?: number; body?: unknown };
}

const MOCKS = (JSON.parse(readFileSync(join(import.meta.dirname, "../../../shared/graph-reference/docs-mocks/graph-v1_0-proxy-mocks.json"), "utf8")) as { mocks: Mock[] }).mocks;

/** The documented example for `METHOD /path` exactly as the docs mocks write it (with their `*`). */
function documented(key: string): Mock {
  const found = MOCKS.find((m) => `${m.request.method} ${m.request.url.replace(GRAPH, "")}` === key);
  if (!found) throw new Error(`no documented example for ${key}`);
  return found;
}

/** A mock's path as a pattern: `*` stands for one id, which may hold `:` and `/` (a site by path). */
function pattern(mock: Mock): RegExp {
  const path = mock.request.url.replace(GRAPH, "").split("?")[0]!;
  return new RegExp(`^${path.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".+?")}$`);
}

/**
 * Graph, as documented: each request is answered by the first of `keys` whose method and path
 * match it (list the more specific first); a request nothing documents fails the test.
 */
function documentedGraph(...keys: string[]) {
  const mocks = keys.map((key) => ({ key, mock: documented(key), served: 0 }));
  const calls: Array<{ method: string; url: string; body?: unknown }> = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input));
      const method = init?.method ?? "GET";
      calls.push({ method, url: decodeURIComponent(url.pathname + url.search), ...(init?.body ? { body: JSON.parse(String(init.body)) } : {}) });
      const path = decodeURIComponent(url.pathname).replace("/v1.0", "");
      const hit = mocks.find((m) => m.mock.request.method === method && pattern(m.mock).test(path));
      if (!hit) throw new Error(`nothing documented answers ${method} ${path}`);
      hit.served += 1;
      const status = hit.mock.response.statusCode ?? 200;
      return status === 204 || hit.mock.response.body === undefined
        ? new Response(null, { status })
        : new Response(JSON.stringify(hit.mock.response.body), { status, headers: { "content-type": "application/json" } });
    }),
  );
  const graph = createGraphClient({ graphBaseUrl: GRAPH, tokens: devTokenProvider("docs-token"), retry: { sleep: async () => {} } });
  return { graph, calls, unserved: () => mocks.filter((m) => m.served === 0).map((m) => m.key) };
}

afterEach(() => vi.unstubAllGlobals());

describe("site by path (src/store/sharepoint/site.ts)", () => {
  it("reads the site id out of the documented site", async () => {
    const { graph, calls } = documentedGraph("GET /sites/*");
    const id = await resolveSiteId(graph, "contoso.sharepoint.com:/teams/1drvteam");
    expect(id).toBe("contoso.sharepoint.com,2C712604-1370-44E7-A1F5-426573FDA80A,2D2244C3-251A-49EA-93A8-39E1C3A060FE");
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([`GET /v1.0/sites/contoso.sharepoint.com:/teams/1drvteam?$select=id`]);
  });
});

describe("lists and columns (src/store/sharepoint/provision.ts)", () => {
  const SITE = "contoso.sharepoint.com,2C712604-1370-44E7-A1F5-426573FDA80A,2D2244C3-251A-49EA-93A8-39E1C3A060FE";
  const specs: ListSpec[] = [
    // MicroFeed is in the documented lists, with Title and Address in its documented columns.
    { name: "MicroFeed", description: "", columns: [{ name: "Address", kind: "text" }, { name: "Colour", kind: "text" }] },
    { name: "ContactLog", description: "", columns: [{ name: "InternetMessageId", kind: "text", indexed: true, unique: true }] },
  ];

  it("finds the documented lists and columns, adds only what is missing", async () => {
    const { graph, calls, unserved } = documentedGraph("GET /sites/*/lists/*/columns", "POST /sites/*/lists/*/columns", "GET /sites/*/lists", "POST /sites/*/lists");
    const report = await provision(graph, SITE, specs);
    // The documented columns of the list just created lack InternetMessageId (as Graph can drop
    // columns sent with a new list, microsoft-graph-docs#11966): read back, it is added.
    expect(report.changes).toEqual(["added column MicroFeed.Colour", "created list ContactLog with 1 columns (then, as Graph left them out: added column ContactLog.InternetMessageId)"]);
    expect(unserved()).toEqual([]);
    // The documented list ids address the list's columns; the documented columns are read by name.
    expect(calls.filter((c) => c.method === "POST").map((c) => c.url)).toEqual([
      `/v1.0/sites/${SITE}/lists/1234-112-112-4/columns`,
      `/v1.0/sites/${SITE}/lists`,
      // The created list, addressed by the id the documented answer gave it.
      `/v1.0/sites/${SITE}/lists/22e03ef3-6ef4-424d-a1d3-92a337807c30/columns`,
    ]);
    expect(calls[2]!.body).toMatchObject({ name: "Colour" });
  });
});

describe("list items with fields (src/store/sharepoint/list-client.ts, store.ts)", () => {
  const SITE = "contoso.sharepoint.com,a,b";

  it("reads ids and fields out of the documented item collection", async () => {
    const { graph, calls } = documentedGraph("GET /sites/*/lists/*/items?$expand=fields($select=Name,Color,Quantity)");
    const items = await new ListClient(graph, SITE, "Inventory").query({ select: ["Name", "Color", "Quantity"] });
    expect(calls[0]!.url).toContain("/items?$expand=fields($select=Name,Color,Quantity)");
    expect(items).toEqual([
      { id: "2", etag: "", fields: { Name: "Gadget", Color: "Red", Quantity: 503 } },
      { id: "4", etag: "", fields: { Name: "Widget", Color: "Blue", Quantity: 2357 } },
      { id: "7", etag: "", fields: { Name: "Gizmo", Color: "Green", Quantity: 92 } },
    ]);
  });

  it("reads one documented item, the documented created item, and takes the documented PATCH and DELETE answers", async () => {
    const { graph, unserved } = documentedGraph(
      "PATCH /sites/*/lists/*/items/*/fields",
      "DELETE /sites/*/lists/*/items/*",
      "GET /sites/*/lists/*/items/*?expand=*",
      "POST /sites/*/lists/*/items",
    );
    const list = new ListClient(graph, SITE, "Inventory");
    expect(await list.get("5")).toEqual({ id: "5", etag: "", fields: { Name: "Widget", Color: "Blue", Quantity: 2357 } });
    // The documented POST answer is truncated (no fields, no eTag): the product keeps the id.
    // The documented created item names its creator as Graph's identitySet: read as SharePoint's word, not a field.
    const ryan = { id: "8606e4d5-d582-4f5f-aeba-7d7c18b20cfd", displayName: "Ryan Gregg" };
    expect(await list.create({ Name: "Widget" })).toEqual({ id: "20", etag: "", fields: {}, createdBy: ryan, lastModifiedBy: ryan, createdAt: "2016-08-30T08:26:00.000Z", lastModifiedAt: "2016-08-30T08:26:00.000Z" });
    await expect(list.update("5", { Color: "Fuchsia" }, '"x,1"')).resolves.toBeUndefined();
    await expect(list.remove("5")).resolves.toBeUndefined();
    expect(unserved()).toEqual([]);
  });

  it("items without the product's columns (edited outside the add-in) are listed apart as unreadable, each named, not a crash", async () => {
    const { graph } = documentedGraph("GET /sites/*/lists/*/items?$expand=fields($select=Name,Color,Quantity)");
    const listed = await createSharePointStore(graph, SITE).listStrategies();
    expect(listed).toHaveLength(0);
    expect(listed.unreadable?.length).toBeGreaterThan(0);
    for (const u of listed.unreadable!) expect(u).toMatchObject({ key: "", item: expect.stringMatching(/\S/), why: "its JSON does not parse" });
  });
});

describe("messages (src/mail/recent-mail.ts)", () => {
  it("skips documented messages that lack what it needs (internetMessageId, receivedDateTime)", async () => {
    for (const key of ["GET /me/messages?$select=sender,subject", "GET /me/messages?$filter=Extensions/any(f: f/id eq *)&$expand=Extensions($filter=id eq *)"]) {
      const { graph, calls } = documentedGraph(key);
      expect(await createRecentMail(graph).from("desmond@contoso.com", "2015-01-01T00:00:00.000Z")).toEqual([]);
      // Filtered on receivedDateTime first, then the sender, and ordered by receivedDateTime (List messages).
      expect(calls[0]!.url).toContain("$filter=receivedDateTime ge 2015-01-01T00:00:00.000Z and from/emailAddress/address eq 'desmond@contoso.com'");
      expect(calls[0]!.url).toContain("$orderby=receivedDateTime desc");
    }
  });

  it("reads a documented message: id, received time, subject, recipients, and the fingerprint of its text", async () => {
    // The documented single message, served as the collection recent-mail asks for.
    const message = documented("GET /me/messages/*").response.body as Record<string, unknown>;
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(JSON.stringify({ value: [message] }), { status: 200, headers: { "content-type": "application/json" } })),
    );
    const graph = createGraphClient({ graphBaseUrl: GRAPH, tokens: devTokenProvider("docs-token") });
    const [recent, ...more] = await createRecentMail(graph).from("admin@contoso.com", "2017-01-01T00:00:00.000Z");
    expect(more).toEqual([]);
    const html = (message.body as { content: string }).content;
    expect(recent).toEqual({
      internetMessageId: "<MWHPR1301MB2110DCFC@MWHPR1301MB2110.namprd13.prod.outlook.com>",
      receivedAt: "2017-12-27T21:58:36.000Z",
      subject: "Debrief from meetup",
      fingerprint: fingerprint(htmlToText(html).slice(0, FINGERPRINTED)),
      to: ["AlexW@contoso.com"],
      cc: [],
    });
    expect(htmlToText(html)).toContain("Let's debrief after community meetup.");
  });

  it("reads the body as HTML however the answer cases its type (some documented answers say \"HTML\")", async () => {
    const message = documented("GET /me/messages/*").response.body as { body: { content: string } };
    const upper = { ...message, body: { ...message.body, contentType: "HTML" } };
    vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify({ value: [upper] }), { status: 200, headers: { "content-type": "application/json" } })));
    const graph = createGraphClient({ graphBaseUrl: GRAPH, tokens: devTokenProvider("docs-token") });
    const [recent] = await createRecentMail(graph).from("admin@contoso.com", "2017-01-01T00:00:00.000Z");
    expect(recent!.fingerprint).toBe(fingerprint(htmlToText(message.body.content).slice(0, FINGERPRINTED)));
  });
});
