import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoMailbox } from "../../dev/demo/mailbox";
import { seedDemoOffice } from "../../dev/demo/office";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { declares, validate } from "./csdl";

let emulator: Emulator;
let siteId: string;
let messageId: string;
const call = async (method: string, path: string, body?: unknown) => {
  // Site permissions are an admin's, app-only with Sites.FullControl.All; everything else the signed-in user's.
  const token = /\/permissions(\/|$)/.test(path) ? "dev-admin-app-token" : "dev-token";
  const response = await fetch(`${emulator.baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: response.status === 204 ? undefined : ((await response.json()) as Record<string, unknown>) };
};

beforeAll(async () => {
  emulator = await startEmulator();
  await seedDemoOffice({ baseUrl: emulator.baseUrl, token: emulator.token });
  seedDemoMailbox(emulator);
  siteId = ((await call("GET", "/sites/opcc.sharepoint.com:/sites/contact-strategies")).body as { id: string }).id;
  messageId = ((await call("GET", "/me/messages?$top=1")).body as { value: Array<{ id: string }> }).value[0]!.id;
});
afterAll(() => emulator.close());

describe("responses validate against schemas derived from Microsoft's Graph CSDL", () => {
  it.each([
    ["/sites/root", "graph.site"],
    ["/me", "graph.user"],
    ["SITE/lists", "Collection(graph.list)"],
    ["SITE/lists/ContactStrategies", "graph.list"],
    ["SITE/lists/ContactLog/columns", "Collection(graph.columnDefinition)"],
    ["SITE/lists/ContactStrategies/items?$expand=fields", "Collection(graph.listItem)"],
    ["/me/messages?$top=50", "Collection(graph.message)"],
    ["/me/mailFolders", "Collection(graph.mailFolder)"],
    ["/me/outlook/masterCategories", "Collection(graph.outlookCategory)"],
    ["/me/mailFolders/inbox/messages/delta", "Collection(graph.message)"],
  ])("GET %s is a %s", async (path, type) => {
    const { status, body } = await call("GET", path.replace("SITE", `/sites/${siteId}`));
    expect(status).toBe(200);
    const value = type.startsWith("Collection") ? (body as { value: unknown[] }).value : body;
    if (Array.isArray(value)) expect(value.length).toBeGreaterThan(0);
    expect(validate(value, type)).toEqual([]);
  });

  it("the validator catches what Graph would never send", () => {
    expect(validate({ id: "1", colour: "red" }, "graph.outlookCategory")).toEqual(["graph.outlookCategory.colour: not a property of graph.outlookCategory"]);
    expect(validate({ id: "1", isRead: "yes" }, "graph.message")).toEqual(["graph.message.isRead: expected a boolean"]);
  });
});

interface Mock {
  request: { url: string; method: string };
  response: { statusCode?: number; body?: unknown };
}

/** Endpoints the product (store, provisioning, harness, flagger) calls, as the docs mocks write them. */
const USED: Array<[string, RegExp, string]> = [
  ["GET", /\/sites\/[^/]+\/lists\/[^/]+\/items(\?\$expand=fields[^&]*)?$/, "graph.listItem"],
  ["GET", /\/sites\/[^/]+\/lists\/[^/]+\/items\/\*(\?expand=fields)?$/, "graph.listItem"],
  ["POST", /\/sites\/[^/]+\/lists\/[^/]+\/items$/, "graph.listItem"],
  ["PATCH", /\/sites\/[^/]+\/lists\/[^/]+\/items\/\*\/fields$/, "graph.fieldValueSet"],
  ["GET", /\/sites\/[^/]+\/lists$/, "graph.list"],
  ["POST", /\/sites\/[^/]+\/lists$/, "graph.list"],
  ["GET", /\/sites\/[^/]+\/lists\/[^/]+$/, "graph.list"],
  ["GET", /\/sites\/[^/]+\/lists\/[^/]+\/columns$/, "graph.columnDefinition"],
  ["POST", /\/sites\/[^/]+\/lists\/[^/]+\/columns$/, "graph.columnDefinition"],
  ["POST", /\/sites\/[^/]+\/permissions$/, "graph.permission"],
  ["GET", /\/sites\/[^/]+\/permissions$/, "graph.permission"],
  ["GET", /\/me\/messages(\?\$select=[a-zA-Z,]+)?$/, "graph.message"],
  ["GET", /\/me\/messages\/\*$/, "graph.message"],
  ["PATCH", /\/me\/messages\/\*$/, "graph.message"],
  ["POST", /\/me\/messages\/\*\/move$/, "graph.message"],
  ["GET", /\/me\/mailFolders$/, "graph.mailFolder"],
  ["GET", /\/me\/mailFolders\/\*\/messages\/delta(\?.*)?$/, "graph.message"],
  ["GET", /\/me\/outlook\/masterCategories$/, "graph.outlookCategory"],
  ["POST", /\/me\/outlook\/masterCategories$/, "graph.outlookCategory"],
];

const BODIES: Record<string, unknown> = {
  "POST items": { fields: { Title: "From the docs" } },
  "PATCH fields": { Title: "Patched" },
  "POST lists": { displayName: `Docs list ${Math.random()}`, list: { template: "genericList" } },
  "POST columns": { name: `DocsColumn${Math.floor(Math.random() * 1e6)}`, text: {} },
  "PATCH messages": { categories: ["Docs"], isRead: true },
  "POST permissions": { roles: ["write"], grantedToIdentities: [{ application: { id: "89ea5c94-7736-4e25-95ad-3fa95f62b66e", displayName: "Contoso Time Manager App" } }] },
  "POST move": { destinationId: "archive" },
  "POST masterCategories": { displayName: `Docs ${Math.random()}`, color: "preset2" },
};

describe("documented Graph examples: the emulator answers with the same fields", () => {
  const mocks = (JSON.parse(readFileSync(join(import.meta.dirname, "../../../shared/graph-reference/docs-mocks/graph-v1_0-proxy-mocks.json"), "utf8")) as { mocks: Mock[] }).mocks;
  const relevant = mocks.filter((m) => {
    const path = m.request.url.replace("https://graph.microsoft.com/v1.0", "");
    return (m.response.statusCode ?? 200) < 300 && USED.some(([method, re]) => method === m.request.method && re.test(path));
  });

  it("covers the endpoints the product uses", () => {
    expect(relevant.length).toBeGreaterThanOrEqual(12);
  });

  it("every documented field is present in the emulator's answer", async () => {
    const gaps: string[] = [];
    for (const mock of relevant) {
      const itemId = emulator.world.sites[1]!.lists.find((l) => l.displayName === "ContactStrategies")!.items[0]!.id;
      let path = mock.request.url.replace("https://graph.microsoft.com/v1.0", "");
      path = path.replace(/\/sites\/[^/]+/, `/sites/${siteId}`).replace(/\/lists\/\*/, "/lists/ContactStrategies").replace(/\/lists\/(?!ContactStrategies)[^/?]+/, "/lists/ContactStrategies");
      path = path.replace(/\/items\/\*/, `/items/${itemId}`).replace(/\/messages\/\*/, `/messages/${messageId}`).replace(/\/mailFolders\/\*/, "/mailFolders/inbox").replace("?expand=fields", "?$expand=fields");
      const kind = `${mock.request.method} ${path.split("?")[0]!.split("/").pop()}`;
      const body = BODIES[kind] ?? (kind.startsWith("PATCH") && path.includes("/messages/") ? BODIES["PATCH messages"] : undefined);
      const answer = await call(mock.request.method, path, body);
      // A moved message has a new id in Graph (ids are per folder unless immutable ids are asked for).
      if (kind === "POST move" && typeof answer.body?.id === "string") messageId = answer.body.id;
      if (answer.status >= 300) {
        gaps.push(`${mock.request.method} ${path}: HTTP ${answer.status}`);
        continue;
      }
      const doc = mock.response.body as Record<string, unknown> | undefined;
      const mine = answer.body ?? {};
      const docSample = Array.isArray(doc?.value) ? (doc!.value as Array<Record<string, unknown>>)[0] : doc;
      const mySample = Array.isArray(mine.value) ? (mine.value as Array<Record<string, unknown>>)[0] : mine;
      if (!docSample || !mySample) continue;
      const type = USED.find(([method, re]) => method === mock.request.method && re.test(mock.request.url.replace("https://graph.microsoft.com/v1.0", "")))![2];
      for (const key of Object.keys(docSample)) {
        if (key.startsWith("@odata.context") || key === "@odata.type") continue;
        // Only what the CSDL declares on the type the product reads: open fieldValueSets carry the
        // doc's own columns, and some examples show a subtype (eventMessage's meetingMessageType).
        if (type === "graph.fieldValueSet" || !declares(type, key)) continue;
        if (!(key in mySample)) gaps.push(`${mock.request.method} ${mock.request.url}: missing "${key}"`);
      }
    }
    expect(gaps).toEqual([]);
  });
});
