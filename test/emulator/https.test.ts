import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client, GraphError, type FetchOptions } from "@microsoft/microsoft-graph-client";
import { Agent } from "undici";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { caller } from "./client";
import { emulatorCli } from "./cli-process";


let secure: Emulator;
let plain: Emulator;
const agents: Agent[] = [];
const dirs: string[] = [];

beforeAll(async () => {
  [secure, plain] = await Promise.all([startEmulator({ https: true }), startEmulator()]);
});
afterAll(async () => {
  await Promise.all([secure.close(), plain.close(), ...agents.map((a) => a.close())]);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Trusts exactly the emulator's self-signed certificate, for this one client (no NODE_TLS_REJECT_UNAUTHORIZED). */
function trusting(pem: string): Agent {
  const agent = new Agent({ connect: { ca: pem } });
  agents.push(agent);
  return agent;
}

/** A fetch init carrying the bearer token and a dispatcher that trusts `pem`. */
function trustedInit(pem: string, token = "dev-token"): RequestInit & { dispatcher: Agent } {
  return { headers: { Authorization: `Bearer ${token}` }, dispatcher: trusting(pem) };
}

/**
 * The stock SDK as a tool would build it: `Client.init`, the default middleware chain, no
 * middleware of ours. `customHosts` is the SDK's own setting for a non-Microsoft Graph host —
 * without it the stock client sends no token to any host but graph.microsoft.com.
 */
function stockClient(emulator: Emulator, options: { customHosts?: boolean } = {}) {
  const asked = { count: 0 };
  // Node's fetch takes an undici dispatcher; the SDK passes fetchOptions through to fetch untouched.
  const fetchOptions: FetchOptions & { dispatcher?: Agent } = emulator.certificatePem ? { dispatcher: trusting(emulator.certificatePem) } : {};
  const client = Client.init({
    authProvider: (done) => ((asked.count += 1), done(null, emulator.token)),
    baseUrl: emulator.origin,
    defaultVersion: "v1.0",
    ...(options.customHosts === false ? {} : { customHosts: new Set([new URL(emulator.origin).hostname]) }),
    fetchOptions,
  });
  return { client, asked };
}

async function statusOf(request: Promise<unknown>): Promise<number> {
  try {
    await request;
    return 200;
  } catch (error) {
    if (error instanceof GraphError) return error.statusCode;
    throw error;
  }
}

describe("the stock Graph SDK against the emulator (why --https exists)", () => {
  it("over https: the default chain attaches the token and reads the tenant", async () => {
    expect(secure.baseUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/v1\.0$/);
    const { client, asked } = stockClient(secure);
    const me = (await client.api("/me").get()) as { displayName: string; userPrincipalName: string };
    expect(me).toMatchObject({ displayName: "Casey Worker", userPrincipalName: "casey.worker@opcc.example.gov.uk" });
    const root = (await client.api("/sites/root").get()) as { name: string };
    expect(root.name).toBe("opcc.sharepoint.com");
    expect(asked.count).toBe(2);
    expect(secure.requestLog().map((e) => e.status)).toEqual([200, 200]);
  });

  it("over plain http: the same client never asks for a token, sends none and gets the emulator's 401", async () => {
    const { client, asked } = stockClient(plain);
    expect(await statusOf(client.api("/me").get())).toBe(401);
    expect(asked.count).toBe(0); // the AuthenticationHandler skipped the host: not https
    expect(plain.requestLog()).toMatchObject([{ method: "GET", path: "/me", status: 401 }]);
    plain.clearLog();
  });

  it("over https but without customHosts: no token either (the SDK's host allow-list)", async () => {
    const { client, asked } = stockClient(secure, { customHosts: false });
    expect(await statusOf(client.api("/me").get())).toBe(401);
    expect(asked.count).toBe(0);
  });
});

describe("https serving", () => {
  it("presents a certificate for localhost and 127.0.0.1 that a client trusting only it accepts", async () => {
    const init = trustedInit(secure.certificatePem!, secure.token);
    for (const host of ["127.0.0.1", "localhost"]) {
      expect((await fetch(`${secure.baseUrl.replace("127.0.0.1", host)}/me`, init)).status).toBe(200);
    }
    // Without trusting it, Node refuses the connection: nothing here disables verification.
    await expect(fetch(`${secure.baseUrl}/me`)).rejects.toThrow();
  });

  it("keeps plain http the default, unchanged", async () => {
    expect(plain.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0$/);
    expect(plain.certificatePem).toBeUndefined();
    const me = await caller(() => plain)("GET", "/me");
    expect(me.status).toBe(200);
    expect(me.body.displayName).toBe("Casey Worker");
  });

  it("without --data writes the certificate to a temp file, removed on close", async () => {
    const emulator = await startEmulator({ https: true });
    const path = emulator.certificatePath!;
    expect(readFileSync(path, "utf8")).toBe(emulator.certificatePem);
    await emulator.close();
    expect(existsSync(path)).toBe(false);
  });

  it("reuses the certificate stored in the data dir across restarts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "graph-emulator-tls-"));
    dirs.push(dir);
    const first = await startEmulator({ https: true, dataDir: dir });
    const pem = first.certificatePem;
    expect(first.certificatePath).toBe(join(dir, "emulator-cert.pem"));
    await first.close();
    const second = await startEmulator({ https: true, dataDir: dir });
    expect(second.certificatePem).toBe(pem);
    expect((await fetch(`${second.baseUrl}/me`, trustedInit(pem!))).status).toBe(200);
    await second.close();
    expect(readFileSync(join(dir, "emulator-cert.pem"), "utf8")).toBe(pem); // kept for the next run
  });
});

describe("npm run emulator -- --https", () => {
  const cli = emulatorCli();
  afterEach(() => cli.stopAll());
  const stop = cli.stop;
  /** The CLI over https: its certificate path is printed too. */
  const runCli = async (args: string[]) => {
    const running = await cli.run(args);
    return { ...running, certPath: running.certPath ?? "" };
  };

  it("prints the https base URL, the token and the certificate path, and reuses it with the same --data", async () => {
    const dir = mkdtempSync(join(tmpdir(), "graph-emulator-cli-tls-"));
    dirs.push(dir);
    const first = await runCli(["--port", "0", "--data", dir, "--https", "--empty"]);
    expect(first.baseUrl).toMatch(/^https:\/\//);
    expect(first.certPath).toBe(join(dir, "emulator-cert.pem"));
    const pem = readFileSync(first.certPath, "utf8");
    const init = trustedInit(pem, first.token);
    expect((await fetch(`${first.baseUrl}/me`, init)).status).toBe(200);
    await stop(first.child);

    const second = await runCli(["--port", "0", "--data", dir, "--https", "--empty"]);
    expect(readFileSync(second.certPath, "utf8")).toBe(pem);
    expect((await fetch(`${second.baseUrl}/me`, init)).status).toBe(200); // the old trust still holds
    await stop(second.child);
  }, 30_000);
});
