import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { createGraphClient } from "../../src/graph/client";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { provision } from "../../src/store/sharepoint/provision";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { createSharePointStore } from "../../src/store/sharepoint/store";
import { contactRecord } from "../store/contract";

const SITE = "opcc.sharepoint.com:/sites/contact-strategies";
const PAT = "pat.o'brien@example.org";
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
let emulator: Emulator;

/** `npm run records -- …` as the office would run it; never throws, so refusals can be read. */
async function records(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", "dev/records.ts", ...args, "--token", emulator.token]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  emulator = await startEmulator();
  const graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(emulator.token) });
  const siteId = await resolveSiteId(graph, SITE);
  await provision(graph, siteId);
  const store = createSharePointStore(graph, siteId);
  await store.recordContact(contactRecord({ internetMessageId: "<old@example.org>", receivedAt: daysAgo(45), subject: "Old complaint" }));
  await store.recordContact(contactRecord({ internetMessageId: "<new@example.org>", receivedAt: daysAgo(5), subject: "New complaint" }));
  await store.recordContact(contactRecord({ internetMessageId: "<other@example.org>", senderAddress: "riley.evans@example.org", receivedAt: daysAgo(5), subject: "Someone else" }));
}, 30_000);
afterAll(() => emulator.close());

describe("npm run records: subject access and retention", () => {
  it("exports everything held about one person, found by any form of their address, and nobody else's", async () => {
    const out = await records("export", "--address", "Pat O'Brien <Pat.O'Brien+opcc@Example.org>", "--site", SITE, "--graph", emulator.baseUrl);
    expect(out.code).toBe(0);
    const exported = JSON.parse(out.stdout) as { address: string; contacts: Array<{ subject: string }> };
    expect(exported.address).toBe(PAT);
    expect(exported.contacts.map((c) => c.subject).sort()).toEqual(["New complaint", "Old complaint"]);
  });

  it("purges what is older than the office's configured retention period, and keeps the rest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "records-"));
    const config = join(dir, "config.json");
    writeFileSync(config, JSON.stringify({ graphBaseUrl: emulator.baseUrl, site: SITE, packId: "warwickshire", staffDomains: ["opcc.example.gov.uk"], auth: { mode: "dev", token: "dev-token", user: "casey.worker@opcc.example.gov.uk" }, retentionMonths: 1 }));
    const purge = await records("purge", "--config", config);
    expect(purge.stdout).toMatch(/^Deleted 1 contact records received before \d{4}-\d{2}-\d{2}\./);
    const left = JSON.parse((await records("export", "--address", PAT, "--config", config)).stdout) as { contacts: Array<{ subject: string }> };
    expect(left.contacts.map((c) => c.subject)).toEqual(["New complaint"]);
  });

  it("refuses a config file that is not valid, saying what is wrong", async () => {
    const dir = mkdtempSync(join(tmpdir(), "records-"));
    writeFileSync(join(dir, "config.json"), JSON.stringify({ site: SITE, retentionMonths: -3 }));
    const out = await records("purge", "--config", join(dir, "config.json"));
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/config\.json is not valid — .*retentionMonths/);
  });

  it("checks its arguments before sending anything: no address, no command, is a usage message, not a failed request", async () => {
    const nowhere = ["--graph", "http://127.0.0.1:9/v1.0", "--site", SITE];
    const noAddress = await records("export", ...nowhere);
    expect(noAddress).toMatchObject({ code: 2, stderr: "export needs --address <email>.\n" });
    const noCommand = await records(...nowhere);
    expect(noCommand.code).toBe(2);
    expect(noCommand.stderr).toMatch(/^Usage: npm run records -- export --address <email> \| purge/);
  });

  it("refuses a retention period that is not a whole number of months, deleting nothing", async () => {
    const out = await records("purge", "--months", "six", "--site", SITE, "--graph", emulator.baseUrl);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--months must be a whole number of months, not "six"');
    const still = JSON.parse((await records("export", "--address", "riley.evans@example.org", "--site", SITE, "--graph", emulator.baseUrl)).stdout) as { contacts: unknown[] };
    expect(still.contacts).toHaveLength(1);
  });
});
