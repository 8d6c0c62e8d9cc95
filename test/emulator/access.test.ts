import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { grantSiteAccess } from "../../dev/provision-site";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { GRAPH_SCOPES } from "../../src/graph/auth/scopes";
import { createGraphClient } from "../../src/graph/client";
import { StoreError } from "../../src/store/port";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { createSharePointStore } from "../../src/store/sharepoint/store";
import { caller } from "./client";

/*
 * Token kinds as Graph has them: a delegated token acts as its user within its scopes; an
 * app-only token acts as the app with its application roles. Who may do what is Graph's
 * permissions reference (dev/emulator/access.ts cites each rule).
 */
const ADDIN = "5d8f2a64-8c3e-4b7a-9f1d-2e6c0a4b8d13";
const SITE = "opcc.sharepoint.com:/sites/contact-strategies";
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await fetch(`${emulator.origin}/_emulator/reset`, { method: "POST" });
  // The add-in as it is consented in a tenant: its own least-privilege delegated scopes.
  emulator.registerToken("addin-casey", { upn: "casey.worker@opcc.example.gov.uk", displayName: "Casey Worker", roles: ["caseworker"], scopes: [...GRAPH_SCOPES], appId: ADDIN });
});

describe("mailboxes: delegated tokens reach their own, app-only tokens every one", () => {
  it("refuses a delegated token another user's mailbox with ErrorAccessDenied, even a shared one", async () => {
    emulator.seedMail("enquiries@opcc.example.gov.uk", [{ subject: "to the office", receivedDateTime: "2026-11-01T09:00:00Z" }]);
    const casey = caller(() => emulator, "dev-token");
    for (const path of ["/users/enquiries@opcc.example.gov.uk/messages", "/users/sam.carter@opcc.example.gov.uk/mailFolders/inbox/messages/delta"]) {
      const refused = await casey("GET", path);
      expect(refused.status, path).toBe(403);
      expect(refused.body.error.code).toBe("ErrorAccessDenied");
    }
    // Addressing yourself by UPN is still your own mailbox.
    expect((await casey("GET", "/users/casey.worker@opcc.example.gov.uk/messages")).status).toBe(200);
  });

  it("lets an app-only token with Mail.Read read any mailbox, but not change it, and never use /me", async () => {
    emulator.registerAppToken("flagger-read", { appId: "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d", displayName: "Reader", roles: ["Mail.Read"] });
    const [id] = emulator.seedMail("enquiries@opcc.example.gov.uk", [{ subject: "to the office", receivedDateTime: "2026-11-01T09:00:00Z" }]);
    const app = caller(() => emulator, "flagger-read");
    const read = await app("GET", "/users/enquiries@opcc.example.gov.uk/messages");
    expect(read.status).toBe(200);
    expect(read.body.value.map((m: { subject: string }) => m.subject)).toEqual(["to the office"]);
    const write = await app("PATCH", `/users/enquiries@opcc.example.gov.uk/messages/${id}`, { categories: ["Contact strategy"] });
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe("ErrorAccessDenied");
    const me = await app("GET", "/me/messages");
    expect(me.status).toBe(400);
    expect(me.body.error.message).toBe("/me request is only valid with delegated authentication flow.");
  });

  it("holds a delegated token to its scopes: the add-in's Mail.Read reads its user's mail but cannot categorise it", async () => {
    const [id] = emulator.seedMail("casey.worker@opcc.example.gov.uk", [{ subject: "mine", receivedDateTime: "2026-11-01T09:00:00Z" }]);
    const addin = caller(() => emulator, "addin-casey");
    expect((await addin("GET", "/me/messages")).status).toBe(200);
    expect((await addin("PATCH", `/me/messages/${id}`, { categories: ["Contact strategy"] })).status).toBe(403);
    expect((await addin("GET", "/me/outlook/masterCategories")).status).toBe(403);
  });
});

describe("site permissions (Sites.Selected) are granted by an admin app, and the add-in reaches only a granted site", () => {
  it("refuses a grant from a delegated token, and from an app without Sites.FullControl.All", async () => {
    const siteId = (await caller(() => emulator)("GET", `/sites/${SITE}`)).body.id;
    const body = { roles: ["write"], grantedToIdentities: [{ application: { id: ADDIN, displayName: "Contact Strategy Manager" } }] };
    for (const token of ["dev-token", "dev-app-token"]) {
      const refused = await caller(() => emulator, token)("POST", `/sites/${siteId}/permissions`, body);
      expect(refused.status, token).toBe(403);
      expect(refused.body.error.code).toBe("accessDenied");
      expect((await caller(() => emulator, token)("GET", `/sites/${siteId}/permissions`)).status).toBe(403);
    }
    expect((await caller(() => emulator, "dev-admin-app-token")("POST", `/sites/${siteId}/permissions`, body)).status).toBe(201);
  });

  it("gives the add-in 403 on the site until it is granted, then reads and writes items through the store, but still may not create lists", async () => {
    const addin = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider("addin-casey") });
    const before = await resolveSiteId(addin, SITE).catch((error: unknown) => error);
    expect(before).toBeInstanceOf(StoreError);
    expect((before as StoreError).code).toBe("forbidden");
    expect((before as StoreError).message).toContain("--grant-app");

    // An admin provisions the lists (delegated Sites.Manage.All) and grants the add-in write (app-only).
    const owner = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider("dev-token") });
    const { provision } = await import("../../src/store/sharepoint/provision");
    const siteId = await resolveSiteId(owner, SITE);
    await provision(owner, siteId);
    const admin = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider("dev-admin-app-token") });
    await grantSiteAccess(admin, siteId, { id: ADDIN, displayName: "Contact Strategy Manager" });

    expect(await resolveSiteId(addin, SITE)).toBe(siteId);
    const store = createSharePointStore(addin, siteId);
    await store.appendAudit({ id: "e-1", target: "strategy:s-1", action: "note", by: "casey.worker@opcc.example.gov.uk", at: "2026-11-01T09:00:00Z", detail: "" });
    expect((await store.auditFor("strategy:s-1")).map((e) => e.id)).toEqual(["e-1"]);
    // write is not manage: lists and columns stay the admin's.
    const list = await caller(() => emulator, "addin-casey")("POST", `/sites/${siteId}/lists`, { displayName: "Mine", list: { template: "genericList" } });
    expect(list.status).toBe(403);
    expect(list.body.error).toMatchObject({ code: "accessDenied", message: "Access denied" });
  });

  it("another app's grant does not open the site to the add-in", async () => {
    const siteId = (await caller(() => emulator)("GET", `/sites/${SITE}`)).body.id;
    const admin = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider("dev-admin-app-token") });
    await grantSiteAccess(admin, siteId, { id: "11111111-2222-3333-4444-555555555555", displayName: "Another app" });
    expect((await caller(() => emulator, "addin-casey")("GET", `/sites/${siteId}/lists`)).status).toBe(403);
  });
});
