import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { caller } from "./client";

let emulator: Emulator;
let site: string;
const casey = caller(() => emulator, "dev-token-casey.worker");
const morgan = caller(() => emulator, "dev-token-morgan.reid");
const control = (body: unknown) => fetch(`${emulator.origin}/_emulator/permissions`, { method: "POST", body: JSON.stringify(body) });

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await fetch(`${emulator.origin}/_emulator/reset`, { method: "POST" });
  site = (await casey("GET", "/sites/opcc.sharepoint.com:/sites/contact-strategies")).body.id;
  for (const name of ["Decisions", "AuditTrail"]) {
    expect((await casey("POST", `/sites/${site}/lists`, { displayName: name, columns: [{ name: "Note", text: {} }] })).status).toBe(201);
  }
});

describe("items carry who created and changed them, from the token", () => {
  it("createdBy and lastModifiedBy are Graph's identitySet for the token's user, whatever the body says", async () => {
    const created = await casey("POST", `/sites/${site}/lists/Decisions/items`, { fields: { Title: "x" }, createdBy: { user: { id: "someone-else", displayName: "Morgan Reid" } } });
    expect(created.status).toBe(201);
    const caseyUser = (await casey("GET", "/me")).body;
    expect(created.body.createdBy).toEqual({ user: { id: caseyUser.id, displayName: "Casey Worker", email: "casey.worker@opcc.example.gov.uk" } });
    await morgan("PATCH", `/sites/${site}/lists/Decisions/items/${created.body.id}/fields`, { Title: "y" });
    const read = (await casey("GET", `/sites/${site}/lists/Decisions/items/${created.body.id}`)).body;
    expect(read.createdBy.user.displayName).toBe("Casey Worker");
    expect(read.lastModifiedBy.user).toMatchObject({ displayName: "Morgan Reid", email: "morgan.reid@opcc.example.gov.uk" });
  });
});

describe("list permissions, as an administrator sets them in SharePoint", () => {
  it("Decisions writable only by the named group: others get 403 accessDenied on add, edit and delete", async () => {
    expect((await control({ list: "Decisions", add: ["headOfBusinessServices"], change: ["headOfBusinessServices"] })).status).toBe(200);
    const refused = await casey("POST", `/sites/${site}/lists/Decisions/items`, { fields: { Title: "forged" } });
    expect(refused).toMatchObject({ status: 403, body: { error: { code: "accessDenied", message: "Access denied" } } });
    const made = await morgan("POST", `/sites/${site}/lists/Decisions/items`, { fields: { Title: "approve" } });
    expect(made.status).toBe(201);
    expect((await casey("PATCH", `/sites/${site}/lists/Decisions/items/${made.body.id}/fields`, { Title: "changed" })).status).toBe(403);
    expect((await casey("DELETE", `/sites/${site}/lists/Decisions/items/${made.body.id}`)).status).toBe(403);
    // Inside a $batch the same rules apply.
    const batch = await casey("POST", "/$batch", { requests: [{ id: "1", method: "POST", url: `/sites/${site}/lists/Decisions/items`, body: { fields: { Title: "b" } }, headers: { "Content-Type": "application/json" } }] });
    expect(batch.body.responses[0].status).toBe(403);
    // A person named by sign-in address counts as well as a group.
    await control({ list: "Decisions", add: ["casey.worker@opcc.example.gov.uk"], change: [] });
    expect((await casey("POST", `/sites/${site}/lists/Decisions/items`, { fields: { Title: "named" } })).status).toBe(201);
  });

  it("AuditTrail add-only: anyone adds, nobody edits or deletes; inherit restores the site's permissions", async () => {
    await control({ list: "AuditTrail", add: ["*"], change: [] });
    const made = await casey("POST", `/sites/${site}/lists/AuditTrail/items`, { fields: { Title: "e" } });
    expect(made.status).toBe(201);
    expect((await morgan("PATCH", `/sites/${site}/lists/AuditTrail/items/${made.body.id}/fields`, { Title: "x" })).status).toBe(403);
    expect((await casey("DELETE", `/sites/${site}/lists/AuditTrail/items/${made.body.id}`)).status).toBe(403);
    await control({ list: "AuditTrail", inherit: true });
    expect((await casey("DELETE", `/sites/${site}/lists/AuditTrail/items/${made.body.id}`)).status).toBe(204);
  });

  it("the control refuses a malformed rule or an unknown list", async () => {
    expect((await control({ list: "Decisions", add: "everyone" })).status).toBe(400);
    expect((await control({ add: [], change: [] })).status).toBe(400);
    expect((await control({ list: "Nope", add: [], change: [] })).status).toBe(404);
  });
});
