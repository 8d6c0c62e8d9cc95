import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { userIdFor } from "../../dev/emulator/state";
import { caller } from "./client";

/* Graph user ids are stable: the same person has the same id after a reset or a restart. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const STAFF = ["casey.worker", "morgan.reid", "sam.carter", "dana.chief", "enquiries"].map((n) => `${n}@opcc.example.gov.uk`);

const running: Emulator[] = [];
afterEach(async () => {
  for (const e of running.splice(0)) await e.close();
});

async function start(dataDir?: string): Promise<Emulator> {
  const emulator = await startEmulator(dataDir ? { dataDir } : {});
  running.push(emulator);
  return emulator;
}

/** Each seeded person's id as Graph serves it (GET /users/{upn}). */
async function ids(emulator: Emulator): Promise<Record<string, string>> {
  const call = caller(() => emulator);
  const out: Record<string, string> = {};
  for (const upn of STAFF) out[upn] = (await call("GET", `/users/${upn}`)).body.id as string;
  return out;
}

describe("user ids", () => {
  it("are GUIDs derived from the UPN (case-insensitively), one per person", async () => {
    const seen = await ids(await start());
    for (const upn of STAFF) {
      expect(seen[upn]).toMatch(GUID);
      expect(seen[upn]).toBe(userIdFor(upn));
    }
    expect(new Set(Object.values(seen)).size).toBe(STAFF.length);
    expect(userIdFor("Casey.Worker@OPCC.example.gov.uk")).toBe(userIdFor("casey.worker@opcc.example.gov.uk"));
  });

  it("survive POST /_emulator/reset, with /me, the dev tokens and the mail folder ids", async () => {
    const emulator = await start();
    const call = caller(() => emulator);
    const before = await ids(emulator);
    const me = (await call("GET", "/me")).body.id as string;
    const inbox = (await call("GET", "/me/mailFolders")).body.value.map((f: { id: string }) => f.id) as string[];
    expect((await fetch(`${emulator.origin}/_emulator/reset`, { method: "POST" })).status).toBe(204);
    expect(await ids(emulator)).toEqual(before);
    expect((await call("GET", "/me")).body.id).toBe(me);
    expect((await caller(() => emulator, "dev-token-dana.chief")("GET", "/me")).body.id).toBe(before["dana.chief@opcc.example.gov.uk"]);
    expect((await call("GET", "/me/mailFolders")).body.value.map((f: { id: string }) => f.id)).toEqual(inbox);
  });

  it("are the same in a fresh emulator, and across a restart with --data", async () => {
    const first = await ids(await start());
    expect(await ids(await start())).toEqual(first);
    const dir = mkdtempSync(join(tmpdir(), "graph-emulator-ids-"));
    const persisted = await start(dir);
    expect(await ids(persisted)).toEqual(first);
    await running.pop()!.close();
    expect(await ids(await start(dir))).toEqual(first);
  });

  it("of a user made by registerToken are derived from the UPN too", async () => {
    const who = { upn: "new.starter@opcc.example.gov.uk", displayName: "New Starter", roles: [] };
    const a = await start();
    a.registerToken("starter-a", who);
    const b = await start();
    b.registerToken("starter-b", who);
    const idA = (await caller(() => a, "starter-a")("GET", "/me")).body.id;
    expect(idA).toBe(userIdFor(who.upn));
    expect((await caller(() => b, "starter-b")("GET", "/me")).body.id).toBe(idA);
  });
});
