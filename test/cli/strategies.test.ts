import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoOffice } from "../../dev/demo/office";
import { MORGAN } from "../../dev/demo/people";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { parseCommand } from "../../dev/strategies/args";

let emulator: Emulator;

/** `npm run strategies -- …` as an office would run it; never throws, so refusals can be read. */
async function strategies(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", "dev/strategies.ts", ...args], { env: { ...process.env, GRAPH_TOKEN: "", ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const graph = () => ["--graph", emulator.baseUrl, "--token", emulator.token];

beforeAll(async () => {
  emulator = await startEmulator();
  await seedDemoOffice({ baseUrl: emulator.baseUrl, token: emulator.token });
}, 60_000);
afterAll(() => emulator.close());

describe("npm run strategies", { timeout: 60_000 }, () => {
  it("check: one JSON line saying who is in force for an address, on whose approval", async () => {
    const pat = await strategies(["check", "--address", "Pat.O'Brien+x@Example.org", ...graph()]);
    expect(pat.code).toBe(0);
    expect(pat.stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(pat.stdout)).toMatchObject({
      address: "pat.o'brien@example.org",
      inForce: true,
      strategyId: "demo-pat-obrien",
      decision: { kind: "approve", author: { upn: MORGAN.upn, displayName: "Morgan Reid" } },
      changedSinceApproval: [],
      refused: [],
    });
    const [alex, riley] = await Promise.all([
      strategies(["check", "--address", "alex.morgan@example.com", ...graph()]),
      // The token from GRAPH_TOKEN, as a scheduled job would give it.
      strategies(["check", "--address", "riley.evans@example.org", "--graph", emulator.baseUrl], { GRAPH_TOKEN: emulator.token }),
    ]);
    expect(JSON.parse(alex.stdout)).toMatchObject({ inForce: false, strategyId: "demo-alex-morgan", status: "proposed", why: "notApproved", decision: null });
    expect(JSON.parse(riley.stdout)).toEqual({ address: "riley.evans@example.org", inForce: false, strategyId: null });
  });

  it("due: one line per review due within the days given, by the approved review date", async () => {
    const soon = await strategies(["due", "--within", "10", ...graph()]);
    expect(soon).toMatchObject({ code: 0, stdout: "" });
    const later = await strategies(["due", "--within", "200", ...graph()]);
    const lines = later.stdout.trim().split("\n").map((l) => JSON.parse(l) as { strategyId: string; state: string });
    expect(lines.map((l) => [l.strategyId, l.state]).sort()).toEqual([
      ["demo-jordan-blake", "due"],
      ["demo-pat-obrien", "due"],
    ]);
  });

  it("a bad argument is one clear line and exit code 2, with no request sent and no stack trace", async () => {
    emulator.clearLog();
    const result = await strategies(["due", "--within", "a week", ...graph()]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toBe('--within is a whole number of days, not "a week".\n');
    expect(emulator.requestLog()).toEqual([]);
  });

  it("a failure reaching Graph is one line and exit code 2, as every records CLI ends", async () => {
    const result = await strategies(["due", "--graph", emulator.baseUrl, "--token", "not-a-token"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^strategies: .*permission/);
  });
});

describe("the strategies command line, checked before any request", () => {
  const env = { GRAPH_TOKEN: undefined };
  const cases: Array<[string[], RegExp]> = [
    [[], /^Usage: npm run strategies/],
    [["check", "--graph", "http://127.0.0.1:1/v1.0", "--token", "t"], /^check needs --address/],
    [["check", "--address", "not an address", "--graph", "http://127.0.0.1:1/v1.0", "--token", "t"], /^check --address: /],
    [["check", "--address", "a@b.org", "--within", "3"], /--within goes with due/],
    [["due", "--within=-1", "--graph", "http://127.0.0.1:1/v1.0", "--token", "t"], /--within is a whole number of days, not "-1"/],
    [["due", "--bogus"], /^Unknown option '--bogus'.*Usage/],
    [["due", "extra"], /^Usage/],
    [["due", "--graph", "http://127.0.0.1:1/v1.0"], /^Give a Graph token/],
    [["due", "--token", "t"], /^Say where to read/],
    [["due", "--graph", "localhost", "--token", "t"], /^--graph must be a URL/],
    [["due", "--graph", "http://x/v1.0", "--config", "c.json", "--token", "t"], /not both/],
    [["due", "--config", "/nonexistent.json", "--token", "t"], /^--config \/nonexistent.json: ENOENT/],
    [["due", "--config", "package.json", "--token", "t"], /^--config package.json: config.json is not valid/],
  ];
  it.each(cases)("%j is refused in one line", (argv, message) => {
    const result = parseCommand(argv, env);
    expect(result).toEqual({ refused: expect.stringMatching(message) });
    expect((result as { refused: string }).refused).not.toContain("\n");
  });

  it("reads the token from GRAPH_TOKEN, the days from --within (30 by default), and a phone number as an address", () => {
    expect(parseCommand(["due", "--graph", "http://127.0.0.1:4000/v1.0"], { GRAPH_TOKEN: "env-token" })).toMatchObject({ command: "due", withinDays: 30, target: { token: "env-token", site: "opcc.sharepoint.com:/sites/contact-strategies" } });
    expect(parseCommand(["check", "--address", "07700 900417", "--graph", "http://h/v1.0", "--token", "t"], env)).toMatchObject({ command: "check", address: "tel:+447700900417" });
  });
});
