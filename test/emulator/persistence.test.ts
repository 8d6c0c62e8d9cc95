import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator } from "../../dev/emulator/server";
import { caller } from "./client";
import { emulatorCli } from "./cli-process";

const cli = emulatorCli();
afterEach(() => cli.stopAll());
const runCli = cli.run;
const stop = cli.stop;

describe("persistence", () => {
  it("writes atomically after a short debounce and restores lists, mail and registered tokens", async () => {
    const dir = mkdtempSync(join(tmpdir(), "graph-emulator-"));
    const first = await startEmulator({ dataDir: dir });
    first.registerToken("kept-token", { upn: "kept@opcc.example.gov.uk", displayName: "Kept User", roles: [] });
    expect(existsSync(join(dir, "graph-emulator.json"))).toBe(false); // debounced: not written on each change
    const [mailId] = first.seedMail("enquiries@opcc.example.gov.uk", [{ subject: "kept mail", receivedDateTime: "2026-11-01T00:00:00Z" }]);
    const site = (await caller(() => first)("GET", "/sites/opcc.sharepoint.com:/sites/contact-strategies")).body.id;
    expect((await caller(() => first)("POST", `/sites/${site}/lists`, { displayName: "Kept" })).status).toBe(201);
    await new Promise((r) => setTimeout(r, 300));
    expect(readdirSync(dir)).toEqual(["graph-emulator.json"]); // renamed into place: no temp file left
    await first.close();

    const second = await startEmulator({ dataDir: dir });
    const call = caller(() => second, "kept-token");
    expect((await call("GET", "/me")).body.displayName).toBe("Kept User");
    expect((await call("GET", `/sites/${site}/lists`)).body.value.map((l: { displayName: string }) => l.displayName)).toEqual(["Kept"]);
    expect((await caller(() => second, "dev-app-token")("GET", `/users/enquiries@opcc.example.gov.uk/messages/${mailId}`)).body.subject).toBe("kept mail");
    await second.close();
  });
});

describe("persistence of a list's eTag and lastModifiedDateTime", () => {
  it("restores them as they were after a schema change and an item write", async () => {
    const dir = mkdtempSync(join(tmpdir(), "graph-emulator-etag-"));
    const first = await startEmulator({ dataDir: dir });
    const call = caller(() => first);
    const site = (await call("GET", "/sites/opcc.sharepoint.com:/sites/contact-strategies")).body.id;
    const list = `/sites/${site}/lists/Versioned`;
    const created = (await call("POST", `/sites/${site}/lists`, { displayName: "Versioned" })).body;
    await call("POST", `${list}/columns`, { name: "Ref", text: {} });
    await call("POST", `${list}/items`, { fields: { Ref: "R-1" } });
    const before = (await call("GET", list)).body;
    expect(before.eTag).toBe(`"${created.id},2"`);
    await first.close();

    const second = await startEmulator({ dataDir: dir });
    const after = (await caller(() => second)("GET", list)).body;
    expect({ eTag: after.eTag, "@odata.etag": after["@odata.etag"], lastModifiedDateTime: after.lastModifiedDateTime }).toEqual({ eTag: before.eTag, "@odata.etag": before.eTag, lastModifiedDateTime: before.lastModifiedDateTime });
    await second.close();
  });

  it("reads a data file from before lists had a version as version 1, and bumps from there", async () => {
    const dir = mkdtempSync(join(tmpdir(), "graph-emulator-old-"));
    const first = await startEmulator({ dataDir: dir });
    const site = (await caller(() => first)("GET", "/sites/opcc.sharepoint.com:/sites/contact-strategies")).body.id;
    const created = (await caller(() => first)("POST", `/sites/${site}/lists`, { displayName: "Old" })).body;
    await first.close();
    const file = join(dir, "graph-emulator.json");
    const world = JSON.parse(readFileSync(file, "utf8")) as { sites: Array<{ lists: Array<Record<string, unknown>> }> };
    for (const s of world.sites) for (const l of s.lists) delete l.version;
    writeFileSync(file, JSON.stringify(world));

    const second = await startEmulator({ dataDir: dir });
    const call = caller(() => second);
    expect((await call("GET", `/sites/${site}/lists/Old`)).body.eTag).toBe(`"${created.id},1"`);
    await call("POST", `/sites/${site}/lists/Old/columns`, { name: "Ref", text: {} });
    expect((await call("GET", `/sites/${site}/lists/Old`)).body.eTag).toBe(`"${created.id},2"`);
    await second.close();
  });
});

describe("npm run emulator", () => {
  it("--empty serves an empty tenant on the port asked for (0 = any) and prints the dev token", async () => {
    const { baseUrl, token } = await runCli(["--port", "0", "--empty"]);
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0$/);
    expect(token).toBe("dev-token");
    const site = (await (await fetch(`${baseUrl}/sites/opcc.sharepoint.com:/sites/contact-strategies`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { id: string };
    const lists = (await (await fetch(`${baseUrl}/sites/${site.id}/lists`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { value: unknown[] };
    expect(lists.value).toEqual([]);
  }, 30_000);

  it("seeds the demo office and mail once, and keeps them across a restart with --data", async () => {
    const dir = mkdtempSync(join(tmpdir(), "graph-emulator-cli-"));
    const count = async ({ baseUrl, token, appToken }: { baseUrl: string; token: string; appToken: string }) => {
      const get = async (path: string, as = token) => (await (await fetch(`${baseUrl}${path}`, { headers: { Authorization: `Bearer ${as}` } })).json()) as { id: string; value: unknown[] };
      const site = await get("/sites/opcc.sharepoint.com:/sites/contact-strategies");
      // The shared inbox through the printed app-only token: a delegated token reaches only its own mailbox.
      return { lists: (await get(`/sites/${site.id}/lists`)).value.length, mail: (await get("/users/enquiries@opcc.example.gov.uk/messages?$top=100", appToken)).value.length, mine: (await get("/me/messages?$top=100")).value.length };
    };
    const first = await runCli(["--port", "0", "--data", dir]);
    const seeded = await count(first);
    expect(seeded.lists).toBeGreaterThan(0);
    expect(seeded.mail).toBeGreaterThanOrEqual(10);
    expect(seeded.mine).toBeGreaterThanOrEqual(10);
    await stop(first.child);
    const second = await runCli(["--port", "0", "--data", dir]);
    expect(await count(second)).toEqual(seeded);
  }, 60_000);
});
