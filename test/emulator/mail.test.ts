import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoMessages } from "../../dev/emulator/seed-mail";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { caller, q } from "./client";

let emulator: Emulator;
const call = caller(() => emulator);
/** The shared inbox, read as the auto-flagger reads it: app-only (a delegated token reaches only its own mailbox). */
const app = caller(() => emulator, "dev-app-token");
const BOX = "/users/enquiries@opcc.example.gov.uk";
const NOW = new Date("2026-11-25T10:00:00Z");

beforeAll(async () => {
  emulator = await startEmulator();
  emulator.seedMail("enquiries@opcc.example.gov.uk", demoMessages(NOW));
});
afterAll(() => emulator.close());

describe("the demo mail", () => {
  it("is a dozen messages to enquiries over the last 30 days, some HTML, from the people the demo needs", () => {
    const messages = demoMessages(NOW);
    expect(messages.length).toBeGreaterThanOrEqual(10);
    const from = messages.map((m) => (m.from as { emailAddress: { address: string } }).emailAddress.address);
    for (const who of ["pat.o'brien@example.org", "jordan.blake@example.net", "alex.morgan@example.com", "riley.evans@example.org", "chris.patel@example.co.uk", "taylor.hughes@example.com"]) {
      expect(from).toContain(who);
    }
    expect(from.filter((a) => a === "jordan.blake@example.net").length).toBeGreaterThanOrEqual(3);
    expect(messages.some((m) => (m.body as { contentType: string }).contentType === "html")).toBe(true);
    for (const m of messages) {
      const age = NOW.getTime() - Date.parse(String(m.receivedDateTime));
      expect(age).toBeGreaterThan(0);
      expect(age).toBeLessThanOrEqual(30 * 86_400_000);
      expect(m.toRecipients).toEqual([{ emailAddress: { name: "OPCC Enquiries", address: "enquiries@opcc.example.gov.uk" } }]);
    }
  });
});

describe("messages", () => {
  it("lists newest first, 10 a page by default, with $select and paging", async () => {
    const first = await app("GET", `${BOX}/messages?$select=subject,receivedDateTime`);
    expect(first.body.value).toHaveLength(10);
    const times = first.body.value.map((m: { receivedDateTime: string }) => Date.parse(m.receivedDateTime));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(Object.keys(first.body.value[0]).sort()).toEqual(["@odata.etag", "id", "receivedDateTime", "subject"]);
    const rest = await app("GET", first.body["@odata.nextLink"]);
    expect(first.body.value.length + rest.body.value.length).toBe(demoMessages(NOW).length);
  });

  it("filters on the sender's address with an escaped apostrophe", async () => {
    const r = await app("GET", `${BOX}/messages?$top=50&$filter=${q("from/emailAddress/address eq 'pat.o''brien@example.org'")}`);
    expect(r.status).toBe(200);
    expect(r.body.value.length).toBe(demoMessages(NOW).filter((m) => JSON.stringify(m.from).includes("pat.o'brien")).length);
    expect((await app("GET", `${BOX}/messages?$filter=${q("from/emailAddress/address eq")}`)).status).toBe(400);
  });


  it("orders a filtered list only by a property filtered on first, and promises no order without $orderby", async () => {
    const from = "from/emailAddress/address eq 'jordan.blake@example.net'";
    const inefficient = await app("GET", `${BOX}/messages?$filter=${q(from)}&$orderby=${q("receivedDateTime desc")}`);
    expect(inefficient.status).toBe(400);
    expect(inefficient.body.error).toMatchObject({ code: "InefficientFilter", message: "The restriction or sort order is too complex for this operation." });
    const dates = (answer: { body: { value: Array<{ receivedDateTime: string }> } }) => answer.body.value.map((m) => m.receivedDateTime);
    const newestFirst = await app("GET", `${BOX}/messages?$filter=${q(`receivedDateTime ge 2026-01-01T00:00:00Z and ${from}`)}&$orderby=${q("receivedDateTime desc")}`);
    expect(newestFirst.status).toBe(200);
    expect(dates(newestFirst)).toEqual([...dates(newestFirst)].sort().reverse());
    // No order asked for: not newest first (a client taking $top of it gets any messages, here the oldest).
    const unordered = await app("GET", `${BOX}/messages?$filter=${q(from)}`);
    expect(dates(unordered)).not.toEqual(dates(newestFirst));
    expect(new Set(dates(unordered))).toEqual(new Set(dates(newestFirst)));
  });

  it("gives HTML bodies as text when asked with Prefer: outlook.body-content-type, and says it did", async () => {
    const filter = q("from/emailAddress/address eq 'pat.o''brien@example.org'");
    const asHtml = await app("GET", `${BOX}/messages?$top=50&$select=subject,body&$filter=${filter}`);
    const html = asHtml.body.value.find((m: { body: { contentType: string } }) => m.body.contentType === "html");
    expect(html.body.content).toContain("<b>f***ing</b>");
    const asText = await app("GET", `${BOX}/messages?$top=50&$select=subject,body&$filter=${filter}`, undefined, { Prefer: 'outlook.body-content-type="text"' });
    expect(asText.headers.get("preference-applied")).toBe('outlook.body-content-type="text"');
    const same = asText.body.value.find((m: { subject: string }) => m.subject === html.subject);
    expect(same.body.contentType).toBe("text");
    expect(same.body.content).toMatch(/You are a f\*\*\*ing disgrace/);
    expect(same.body.content).not.toContain("<");
  });
  it("updates categories, flag and isRead, and refuses what a received message cannot change", async () => {
    const [m] = (await app("GET", `${BOX}/messages?$top=1`)).body.value;
    const patched = await app("PATCH", `${BOX}/messages/${m.id}`, { categories: ["Contact strategy"], flag: { flagStatus: "flagged" }, isRead: true });
    expect(patched.body).toMatchObject({ categories: ["Contact strategy"], flag: { flagStatus: "flagged" }, isRead: true });
    expect((await app("PATCH", `${BOX}/messages/${m.id}`, { subject: "rewritten" })).status).toBe(400);
  });

  it("moves a message: 201, a new id (unless immutable ids are asked for), and the folder counts follow", async () => {
    const [a, b] = (await app("GET", `${BOX}/mailFolders/inbox/messages?$top=2`)).body.value;
    const moved = await app("POST", `${BOX}/messages/${a.id}/move`, { destinationId: "archive" });
    expect(moved.status).toBe(201);
    expect(moved.body.id).not.toBe(a.id);
    expect((await app("GET", `${BOX}/messages/${a.id}`)).status).toBe(404);
    const kept = await app("POST", `${BOX}/messages/${b.id}/move`, { destinationId: "deleteditems" }, { Prefer: 'IdType="ImmutableId"' });
    expect(kept.body.id).toBe(b.id);
    const archive = (await app("GET", `${BOX}/mailFolders/archive`)).body;
    expect(archive.totalItemCount).toBe(1);
    expect(moved.body.parentFolderId).toBe(archive.id);
    expect((await app("POST", `${BOX}/messages/${b.id}/move`, {})).status).toBe(400);
  });
});

describe("mail folders", () => {
  it("creates top-level and child folders, refusing a duplicate sibling with 409", async () => {
    const parent = await call("POST", "/me/mailFolders", { displayName: "Casework" });
    expect(parent.status).toBe(201);
    const child = await call("POST", `/me/mailFolders/${parent.body.id}/childFolders`, { displayName: "Restricted" });
    expect(child.status).toBe(201);
    expect(child.body.parentFolderId).toBe(parent.body.id);
    expect((await call("POST", `/me/mailFolders/${parent.body.id}/childFolders`, { displayName: "restricted" })).status).toBe(409);
    expect((await call("GET", `/me/mailFolders/${parent.body.id}`)).body.childFolderCount).toBe(1);
    const top = (await call("GET", "/me/mailFolders")).body.value.map((f: { displayName: string }) => f.displayName);
    expect(top).toContain("Casework");
    expect(top).not.toContain("Restricted");
  });
});

describe("delta", () => {
  // v1.0 tracks a folder's messages only (message: delta); /me/messages/delta is refused (query-rules.test.ts).
  it("/me/mailFolders/inbox/messages/delta pages with $skiptoken, ends with a $deltatoken, then reports only changes", async () => {
    emulator.seedMail("dana.chief@opcc.example.gov.uk", demoMessages(NOW));
    const dana = caller(() => emulator, "dev-token-dana.chief");
    let page = await dana("GET", "/me/mailFolders/inbox/messages/delta", undefined, { Prefer: "odata.maxpagesize=5" });
    const ids: string[] = page.body.value.map((m: { id: string }) => m.id);
    expect(page.body["@odata.nextLink"]).toContain("$skiptoken=");
    while (page.body["@odata.nextLink"]) {
      page = await dana("GET", page.body["@odata.nextLink"], undefined, { Prefer: "odata.maxpagesize=5" });
      ids.push(...page.body.value.map((m: { id: string }) => m.id));
    }
    expect(new Set(ids).size).toBe(demoMessages(NOW).length);
    expect(page.body["@odata.deltaLink"]).toContain("$deltatoken=");
    expect((await dana("GET", page.body["@odata.deltaLink"])).body.value).toEqual([]);
    const newIds = emulator.seedMail("dana.chief@opcc.example.gov.uk", demoMessages(NOW).slice(0, 1));
    await dana("DELETE", `/me/messages/${ids[0]}`);
    const changes = (await dana("GET", page.body["@odata.deltaLink"])).body.value;
    expect(changes).toEqual(expect.arrayContaining([expect.objectContaining({ id: newIds[0] }), { id: ids[0], "@removed": { reason: "deleted" } }]));
    expect(changes).toHaveLength(2);
  });
});

describe("master categories", () => {
  it("starts with Outlook's presets, adds a category, and refuses a duplicate name with 409", async () => {
    const before = (await call("GET", "/me/outlook/masterCategories")).body.value;
    expect(before.length).toBeGreaterThan(0);
    const added = await call("POST", "/me/outlook/masterCategories", { displayName: "Unreasonable contact", color: "preset2" });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ displayName: "Unreasonable contact", color: "preset2", id: expect.any(String) });
    expect((await call("POST", "/me/outlook/masterCategories", { displayName: "UNREASONABLE contact" })).status).toBe(409);
  });
});
