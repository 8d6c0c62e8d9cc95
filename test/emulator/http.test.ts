import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { caller } from "./client";

let emulator: Emulator;
const call = caller(() => emulator);

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

describe("CORS for the add-in in a browser", () => {
  it("answers the preflight, exposes ETag and request-id but not Retry-After", async () => {
    const r = await fetch(`${emulator.baseUrl}/me/messages`, {
      method: "OPTIONS",
      headers: { Origin: "https://localhost:3000", "Access-Control-Request-Method": "PATCH", "Access-Control-Request-Headers": "authorization,if-match,prefer,sdkversion" },
    });
    expect(r.status).toBe(204);
    expect(r.headers.get("access-control-allow-origin")).toBe("*");
    const allowed = r.headers.get("access-control-allow-headers")!.toLowerCase();
    for (const h of ["authorization", "content-type", "if-match", "prefer", "sdkversion"]) expect(allowed).toContain(h);
    const exposed = (await call("GET", "/me")).headers.get("access-control-expose-headers")!.toLowerCase();
    expect(exposed).toContain("etag");
    expect(exposed).toContain("request-id");
    expect(exposed).not.toContain("retry-after");
  });
});

describe("auth and users", () => {
  it("401s a missing or unknown token with InvalidAuthenticationToken", async () => {
    for (const token of ["", "not-a-token"]) {
      const r = await caller(() => emulator, token)("GET", "/me");
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe("InvalidAuthenticationToken");
    }
  });

  it("knows the office's users and the shared mailbox, by id or UPN", async () => {
    const me = (await call("GET", "/me")).body;
    expect(me).toMatchObject({ displayName: "Casey Worker", userPrincipalName: "casey.worker@opcc.example.gov.uk", mail: "casey.worker@opcc.example.gov.uk" });
    for (const upn of ["morgan.reid", "sam.carter", "dana.chief", "enquiries"]) {
      expect((await call("GET", `/users/${upn}@opcc.example.gov.uk`)).status).toBe(200);
    }
    expect((await call("GET", `/users/${me.id}`)).body.userPrincipalName).toBe(me.userPrincipalName);
    expect((await call("GET", "/users/nobody@opcc.example.gov.uk")).status).toBe(404);
  });

  it("accepts a registered token as the user it names", async () => {
    emulator.registerToken("token-for-jo", { upn: "jo.new@opcc.example.gov.uk", displayName: "Jo New", roles: ["caseworker"] });
    const me = await caller(() => emulator, "token-for-jo")("GET", "/me");
    expect(me.body).toMatchObject({ displayName: "Jo New", userPrincipalName: "jo.new@opcc.example.gov.uk" });
  });
});

describe("Graph's error shape", () => {
  it("repeats the response's request-id in innerError and echoes client-request-id", async () => {
    const r = await call("GET", "/users/nobody@example.org", undefined, { "client-request-id": "abc-123" });
    expect(r.body.error).toMatchObject({ code: "itemNotFound", message: expect.any(String), innerError: { date: expect.any(String) } });
    expect(r.body.error.innerError["request-id"]).toBe(r.headers.get("request-id"));
    expect(r.body.error.innerError["client-request-id"]).toBe("abc-123");
    expect(r.headers.get("client-request-id")).toBe("abc-123");
  });

  it("answers a malformed path with 400 and keeps serving", async () => {
    expect((await call("GET", "/users/%E0%A4%A")).status).toBe(400);
    expect((await call("GET", "/not-a-resource")).status).toBe(400);
    expect((await call("GET", "/me")).status).toBe(200);
  });
});

describe("JSON batching", () => {
  it("refuses 21 requests with Graph's message, and duplicate ids", async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: "GET", url: "/me" }));
    const tooMany = await call("POST", "/$batch", { requests });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toContain("exceeds the maximum value of 20");
    expect((await call("POST", "/$batch", { requests: requests.slice(0, 20) })).status).toBe(200);
    expect((await call("POST", "/$batch", { requests: [requests[0], requests[0]] })).status).toBe(400);
  });

  it("carries an injected inner 429 inside an outer 200, and 424s what depended on it", async () => {
    emulator.faults.add({ path: "^/me/mailFolders$", status: 429, retryAfterSeconds: 7, times: 1 });
    const r = await call("POST", "/$batch", {
      requests: [
        // Fully sequential, as Graph requires of a batch whose steps depend on each other.
        { id: "c", method: "GET", url: "/me" },
        { id: "a", method: "GET", url: "/me/mailFolders", dependsOn: ["c"] },
        { id: "b", method: "GET", url: "me", dependsOn: ["a"] },
      ],
    });
    emulator.faults.clear();
    expect(r.status).toBe(200);
    const byId = Object.fromEntries(r.body.responses.map((x: { id: string }) => [x.id, x]));
    expect(byId.a).toMatchObject({ status: 429, headers: { "Retry-After": "7" } });
    expect(byId.b.status).toBe(424);
    expect(byId.c.status).toBe(200);
  });
});

describe("delivering mail over the control API (tests and demos in another process)", () => {
  const deliver = (body: string) => fetch(`${emulator.origin}/_emulator/mail`, { method: "POST", body });

  it("puts the messages in the user's inbox, where Graph lists them", async () => {
    const message = { subject: "Delivered by test", internetMessageId: "<delivered@example.org>", from: { emailAddress: { name: "Riley", address: "riley.evans@example.org" } }, toRecipients: [], ccRecipients: [], body: { contentType: "text", content: "Hello" }, receivedDateTime: "2026-11-25T09:00:00Z" };
    const response = await deliver(JSON.stringify({ to: "casey.worker@opcc.example.gov.uk", messages: [message] }));
    expect(response.status).toBe(201);
    const { ids } = (await response.json()) as { ids: string[] };
    const listed = await call("GET", "/me/mailFolders/inbox/messages?$top=50");
    expect((listed.body.value as Array<{ id: string; subject: string }>).find((m) => m.id === ids[0])?.subject).toBe("Delivered by test");
  });

  it("gives mail delivered without recipients, body or subject Graph's defaults, so a reader meets empty lists, not missing fields", async () => {
    const bare = { internetMessageId: "<bare@example.org>", from: { emailAddress: { name: "Riley", address: "riley.evans@example.org" } }, receivedDateTime: "2026-11-25T09:30:00Z" };
    const noSender = { internetMessageId: "<nobody@example.org>", subject: "No sender", receivedDateTime: "2026-11-25T09:31:00Z" };
    const response = await deliver(JSON.stringify({ to: "casey.worker@opcc.example.gov.uk", messages: [bare, noSender] }));
    expect(response.status).toBe(201);
    const { ids } = (await response.json()) as { ids: string[] };
    const got = await call("GET", `/me/messages/${ids[0]}`);
    expect(got.body).toMatchObject({ subject: "", toRecipients: [], ccRecipients: [], bccRecipients: [], replyTo: [], categories: [], body: { contentType: "text", content: "" }, bodyPreview: "", sender: bare.from, from: bare.from });
    const alone = await call("GET", `/me/messages/${ids[1]}`);
    expect(alone.body).toMatchObject({ subject: "No sender", toRecipients: [], ccRecipients: [] });
    expect(alone.body.from).toBeUndefined();
  });

  it("refuses malformed requests and unknown users with Graph-shaped errors, delivering nothing", async () => {
    const before = (await call("GET", "/me/mailFolders/inbox/messages?$top=50")).body.value.length;
    expect((await deliver("{not json")).status).toBe(400);
    expect((await deliver(JSON.stringify({ to: "casey.worker@opcc.example.gov.uk", messages: "hello" }))).status).toBe(400);
    const unknown = await deliver(JSON.stringify({ to: "nobody@opcc.example.gov.uk", messages: [{ subject: "x" }] }));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe("ErrorInvalidUser");
    expect((await call("GET", "/me/mailFolders/inbox/messages?$top=50")).body.value.length).toBe(before);
  });
});
