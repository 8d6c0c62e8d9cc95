import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { InvocationContext, type Timer } from "@azure/functions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoOffice } from "../../dev/demo/office";
import { DEMO_ROSTER, DEMO_SITE, STAFF_DOMAIN } from "../../dev/demo/people";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { isRestricted, syntheticMailbox } from "../../dev/flagger/synthetic-mail";
import { flaggerTimer, targetFromSettings } from "../../src/flagger/azure/timer";

/**
 * The Azure Functions host (v4 programming model): its timer handler run as the Functions runtime
 * runs it, against the emulator, with the configuration an office puts in its app settings; and
 * the app built as it is deployed, loaded by Node to show it registers its timer.
 */
const UPN = `enquiries@${STAFF_DOMAIN}`;
const mail = syntheticMailbox(200, 0.02);
let emulator: Emulator;
let dir: string;
const timer: Timer = { isPastDue: false, schedule: { adjustForDST: true }, scheduleStatus: { last: "", next: "", lastUpdated: "" } };
const settingsFor = (extra: Record<string, unknown> = {}) => ({
  CSM_FLAGGER_CONFIG: JSON.stringify({ graphBaseUrl: emulator.baseUrl, site: DEMO_SITE, packId: "warwickshire", staffDomains: [STAFF_DOMAIN], auth: { mode: "dev", token: "x", user: UPN }, roles: DEMO_ROSTER, flagger: { mailboxes: [{ upn: UPN }], checkpoints: join(dir, "checkpoints.json"), ...extra } }),
});
const appOnly = { getToken: async () => "dev-app-token" };

beforeAll(async () => {
  emulator = await startEmulator();
  await seedDemoOffice({ baseUrl: emulator.baseUrl, token: emulator.token });
  emulator.seedMail(UPN, mail.map((m) => m.data));
  dir = mkdtempSync(join(tmpdir(), "flagger-functions-"));
}, 60_000);
afterAll(() => emulator.close());

describe("the Azure Functions timer app", () => {
  it("a timer tick sweeps the configured mailboxes from the app settings and logs its summary; the next tick starts where it stopped", async () => {
    const logged: unknown[][] = [];
    const context = () => new InvocationContext({ functionName: "flagger", logHandler: (level, ...args) => logged.push([level, ...args]) });
    const handler = flaggerTimer(() => targetFromSettings(settingsFor(), appOnly));
    const first = await handler({ ...timer, isPastDue: true }, context());
    expect(first).toMatchObject({ swept: 200, restricted: mail.filter((m) => isRestricted(m.kind)).length, flagged: 4 });
    expect(logged.find(([level]) => level === "warning")?.[1]).toMatch(/late/);
    expect(JSON.parse(String(logged.find(([level]) => level === "information")?.[1]))).toMatchObject({ swept: 200, flagged: 4 });
    expect(await handler(timer, context())).toMatchObject({ swept: 0, flagged: 0 });
  });

  it("refuses a missing or invalid configuration in one clear message, and a tenant config without the app's certificate sign-in", () => {
    expect(() => targetFromSettings({})).toThrow(/Set the app setting CSM_FLAGGER_CONFIG/);
    expect(() => targetFromSettings({ CSM_FLAGGER_CONFIG: "{" })).toThrow(/^CSM_FLAGGER_CONFIG: /);
    expect(() => targetFromSettings({ CSM_FLAGGER_CONFIG: JSON.stringify({ ...JSON.parse(settingsFor().CSM_FLAGGER_CONFIG), flagger: { mailboxes: [] } }) })).toThrow(/flagger\.mailboxes/);
    expect(() => targetFromSettings(settingsFor())).toThrow(/flagger\.app/);
    expect(() => targetFromSettings(settingsFor({ app: { tenantId: "t", clientId: "00000000-0000-4000-8000-000000000000", certificatePath: join(dir, "missing.pem") } }))).toThrow(/missing\.pem/);
  });

  it("builds into one bundle that Node loads and that registers the timer named flagger", async () => {
    const out = join(dir, "dist", "index.js");
    await promisify(execFile)(process.execPath, ["--import", "tsx", "dev/build-functions.ts", "--out", out]);
    const loaded = await promisify(execFile)(process.execPath, ["-e", `require(${JSON.stringify(out)}); console.log("loaded")`], { env: { ...process.env, NODE_PATH: join(process.cwd(), "node_modules") } });
    expect(loaded.stdout).toContain("loaded");
    // Outside the Functions runtime the library says which function it would have registered.
    expect(`${loaded.stdout}${loaded.stderr}`).toMatch(/register function "flagger"/);
  }, 120_000);
});
