import { execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoOffice } from "../../dev/demo/office";
import { DEMO_ROSTER, DEMO_SITE, STAFF_DOMAIN } from "../../dev/demo/people";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { DEV_DAEMON_APP_ID } from "../../dev/emulator/tokens";
import { parseFlaggerArgs } from "../../dev/flagger/args";
import { breaksStrategy, isRestricted, syntheticMailbox } from "../../dev/flagger/synthetic-mail";
import { CATEGORY_NAME } from "../../src/app/flag-message";

const UPN = `enquiries@${STAFF_DOMAIN}`;
const APP_TOKEN = "dev-app-token";
const mail = syntheticMailbox(300, 0.02);
let emulator: Emulator;
let dir: string;

/** `npm run flagger -- …` as an office would run it; never throws, so refusals can be read. */
async function flagger(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", "dev/flagger.ts", ...args], { env: { ...process.env, GRAPH_TOKEN: "", ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const once = (token: string, checkpoints: string, mailbox = UPN) => ["--once", "--graph", emulator.baseUrl, "--token", token, "--mailbox", mailbox, "--checkpoints", join(dir, checkpoints)];
const categorised = () => {
  const user = emulator.world.users.find((u) => u.userPrincipalName === UPN)!;
  return emulator.world.mailboxes.find((b) => b.userId === user.id)!.messages.filter((m) => (m.data.categories as string[]).includes(CATEGORY_NAME));
};

beforeAll(async () => {
  emulator = await startEmulator();
  await seedDemoOffice({ baseUrl: emulator.baseUrl, token: emulator.token });
  emulator.seedMail(UPN, mail.map((m) => m.data));
  dir = mkdtempSync(join(tmpdir(), "flagger-cli-"));
}, 60_000);
afterAll(() => emulator.close());

describe("npm run flagger", { timeout: 90_000 }, () => {
  it("refuses a delegated token for someone else's mailbox, and an app-only token outside its access policy: one line, exit 1, nothing flagged", async () => {
    const delegated = await flagger(once(emulator.token, "delegated.json"));
    expect(delegated.code).toBe(1);
    expect(delegated.stderr.trim().split("\n")).toHaveLength(1);
    expect(delegated.stderr).toMatch(/^flagger: .*(denied|Access)/i);
    emulator.setAppMailboxScope(DEV_DAEMON_APP_ID, [`sam.carter@${STAFF_DOMAIN}`]);
    const scoped = await flagger(once(APP_TOKEN, "scoped.json"));
    emulator.setAppMailboxScope(DEV_DAEMON_APP_ID, null);
    expect(scoped.code).toBe(1);
    expect(scoped.stderr).toMatch(/^flagger: .*AccessPolicy/);
    expect(categorised()).toEqual([]);
  });

  it("--once with the app-only token: one JSON summary; run again, it starts where it stopped and does nothing twice", async () => {
    const first = await flagger(once(APP_TOKEN, "enquiries.json"));
    expect(first.code).toBe(0);
    expect(first.stdout.trim().split("\n")).toHaveLength(1);
    const summary = JSON.parse(first.stdout);
    const restricted = mail.filter((m) => isRestricted(m.kind));
    expect(restricted).toHaveLength(6);
    expect(summary).toMatchObject({ inForce: 2, swept: 300, restricted: 6, flagged: 6, breaches: mail.filter((m) => breaksStrategy(m.kind)).length, mailboxes: [{ mailbox: UPN, folder: "inbox", swept: 300, flagged: 6 }] });
    expect(summary.requests).toBeGreaterThan(0);
    expect(categorised().map((m) => m.data.internetMessageId).sort()).toEqual(restricted.map((m) => m.data.internetMessageId).sort());
    expect(Object.keys(JSON.parse(readFileSync(join(dir, "enquiries.json"), "utf8")))).toEqual([`${UPN}|inbox`]);

    const again = await flagger(once(APP_TOKEN, "enquiries.json"));
    expect(JSON.parse(again.stdout)).toMatchObject({ swept: 0, flagged: 0, breaches: 0 });
  });

  it("--config F: a tenant's config with its flagger section sweeps the mailboxes it names", async () => {
    const config = join(dir, "tenant.json");
    writeFileSync(config, JSON.stringify({ graphBaseUrl: emulator.baseUrl, site: DEMO_SITE, packId: "warwickshire", staffDomains: [STAFF_DOMAIN], auth: { mode: "dev", token: "x", user: UPN }, roles: DEMO_ROSTER, flagger: { mailboxes: [{ upn: UPN }], checkpoints: join(dir, "tenant-checkpoints.json") } }));
    const run = await flagger(["--once", "--config", config, "--token", APP_TOKEN]);
    expect(run.code).toBe(0);
    // Its own checkpoints: the whole folder read again, every restricted message found already marked.
    expect(JSON.parse(run.stdout)).toMatchObject({ swept: 300, restricted: 6, flagged: 0 });
  });

  it("--interval S polls: a sweep now, a message that arrives meanwhile flagged at the next, each sweep one JSON line; SIGTERM stops it cleanly", { timeout: 150_000 }, async () => {
    const checkpoints = join(dir, "polling.json");
    await flagger(once(APP_TOKEN, "polling.json")); // caught up first, so the polls below see only what is new
    const child = spawn(process.execPath, ["--import", "tsx", "dev/flagger.ts", "--interval", "30", "--graph", emulator.baseUrl, "--token", APP_TOKEN, "--mailbox", UPN, "--checkpoints", checkpoints], { env: { ...process.env, GRAPH_TOKEN: "" } });
    const lines: Array<Record<string, unknown>> = [];
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const sweeps = (n: number) =>
      new Promise<void>((resolve) => {
        const check = () => (lines.length >= n ? resolve() : setTimeout(check, 100));
        check();
      });
    let buffered = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split("\n");
      buffered = parts.pop()!;
      lines.push(...parts.filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>));
    });
    await sweeps(1);
    expect(lines[0]).toMatchObject({ swept: 0, flagged: 0 });
    const [arrived] = emulator.seedMail(UPN, [{ internetMessageId: "<polled@example.org>", subject: "Still waiting", from: { emailAddress: { address: "pat.o'brien@example.org" } }, toRecipients: [{ emailAddress: { address: UPN } }], receivedDateTime: new Date().toISOString(), body: { contentType: "text", content: "Any news?" } }]);
    await sweeps(2);
    expect(lines[1]).toMatchObject({ swept: 1, restricted: 1, flagged: 1 });
    expect(categorised().some((m) => m.id === arrived)).toBe(true);
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stderr).toBe("");
  });

  it("a bad command line is one clear line and exit code 2, before any request", async () => {
    const before = emulator.requestLog().length;
    for (const [args, says] of [
      [["--graph", emulator.baseUrl, "--token", APP_TOKEN, "--mailbox", UPN], /--once or --interval/],
      [["--once", "--graph", emulator.baseUrl, "--token", APP_TOKEN, "--mailbox", UPN, "--loud"], /Unknown option '--loud'/],
    ] as Array<[string[], RegExp]>) {
      const run = await flagger(args);
      expect({ code: run.code, lines: run.stderr.trim().split("\n").length, stdout: run.stdout }).toEqual({ code: 2, lines: 1, stdout: "" });
      expect(run.stderr).toMatch(says);
    }
    expect(emulator.requestLog().length).toBe(before);
  });

  it("says what is wrong with each bad argument, in one line", () => {
    const cases: Array<[string[], RegExp]> = [
      [["--once", "--interval", "60", "--graph", emulator.baseUrl, "--token", APP_TOKEN, "--mailbox", UPN], /not both/],
      [["--interval", "5", "--graph", emulator.baseUrl, "--token", APP_TOKEN, "--mailbox", UPN], /at least 30/],
      [["--once", "--graph", "localhost:4000", "--token", APP_TOKEN, "--mailbox", UPN], /must be a URL/],
      [["--once", "--graph", emulator.baseUrl, "--token", APP_TOKEN, "--mailbox", "enquiries at opcc"], /--mailbox "enquiries at opcc"/],
      [["--once", "--graph", emulator.baseUrl, "--token", APP_TOKEN], /Name a mailbox/],
      [["--once", "--graph", emulator.baseUrl, "--mailbox", UPN], /App-only token/],
      [["--once", "--graph", emulator.baseUrl, "--token", APP_TOKEN, "--folder", "inbox"], /--folder goes with --mailbox/],
      [["--once", "--graph", emulator.baseUrl, "--token", APP_TOKEN, "--rules"], /--rules goes with --mailbox/],
      [["--once", "--config", join(dir, "missing.json"), "--token", APP_TOKEN], /--config .*missing\.json/],
      [["--once", "--config", join(dir, "tenant.json"), "--graph", emulator.baseUrl], /not both/],
    ];
    for (const [args, says] of cases) {
      const result = parseFlaggerArgs(args, {});
      expect(result).toEqual({ refused: expect.stringMatching(says) });
      expect((result as { refused: string }).refused).not.toContain("\n");
    }
    expect(parseFlaggerArgs(["--once", "--graph", emulator.baseUrl, "--token", APP_TOKEN, "--mailbox", UPN, "--rules"], {})).toMatchObject({ mailboxes: [{ upn: UPN, folders: ["inbox"], rules: true }] });
    // The token may come from GRAPH_TOKEN, as a scheduled job gives it.
    expect(parseFlaggerArgs(["--interval", "300", "--graph", emulator.baseUrl, "--mailbox", "Enquiries@OPCC.example.gov.uk", "--folder", "inbox", "--folder", "Junk Email"], { GRAPH_TOKEN: APP_TOKEN })).toMatchObject({
      mode: { once: false, intervalSeconds: 300 },
      token: APP_TOKEN,
      mailboxes: [{ upn: UPN, folders: ["inbox", "Junk Email"], rules: false }],
    });
  });
});
