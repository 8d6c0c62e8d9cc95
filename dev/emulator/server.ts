import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import { authenticate, registerAppToken, registerToken, type TokenIdentity } from "./auth";
import { control } from "./control";
import { createDispatcher } from "./dispatch";
import { errorBody, GraphFault } from "./errors";
import { Faults } from "./faults";
import { deliver, mailboxOf } from "./mail";
import type { Ctx } from "./router";
import type { ListPermissions } from "./permissions";
import { emptyWorld, persistence, type World } from "./state";
import { throttled } from "./throttle";
import type { AppIdentity } from "./tokens";
import { emulatorCertificate } from "./tls";

export interface LoggedRequest {
  method: string;
  path: string;
  status: number | "dropped";
  at: number;
}

/** The in-process handle on the fault rules (the same rules `/_emulator/faults` edits). */
export type FaultControl = Faults;

export interface Emulator {
  baseUrl: string;
  origin: string;
  token: string;
  /** With `https`: the self-signed certificate (PEM) a client must trust, and the file it is in. */
  certificatePem?: string;
  certificatePath?: string;
  faults: FaultControl;
  world: World;
  requestLog(): LoggedRequest[];
  clearLog(): void;
  /** Makes `token` a valid delegated bearer for `upn` (creating the user if needed), with the dev scopes unless given. */
  registerToken(token: string, who: TokenIdentity): void;
  /** Makes `token` an app-only bearer for an app with these application roles (e.g. Mail.ReadWrite). */
  registerAppToken(token: string, app: AppIdentity): void;
  /** Received mail for a mailbox (no Graph API creates received messages); returns the ids. */
  seedMail(upn: string, messages: Array<Record<string, unknown>>): string[];
  /**
   * A list's SharePoint permissions, as an administrator sets them (Graph cannot): who may add
   * items and who may edit or delete them (groups, sign-in addresses, or "*"); null inherits
   * the site's (everyone may). Applies to the list of that name on every site.
   */
  setListPermissions(listName: string, permissions: ListPermissions | null): void;
  /** A mailbox's Exchange RulesQuota in bytes (256 KB unless set). */
  setRulesQuota(upn: string, bytes: number): void;
  /** The mailboxes an app's app-only tokens may reach, as an application access policy sets them (null: all). */
  setAppMailboxScope(appId: string, mailboxes: string[] | null): void;
  close(): Promise<void>;
}

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "Authorization, Content-Type, If-Match, Prefer, client-request-id",
  "Access-Control-Allow-Methods": "GET, POST, PATCH, PUT, DELETE, OPTIONS",
  "Access-Control-Max-Age": "600",
  // Graph exposes these to browsers, but not Retry-After: an add-in cannot read it and must back off on its own.
  "Access-Control-Expose-Headers": "ETag, request-id, client-request-id, Location",
};

/**
 * A Microsoft Graph emulator for the product's own tests and for `npm start`: sites, lists,
 * columns, items (filters, paging, ETags, indexed-column rules, the list view threshold),
 * users, mail (folders, delta, categories, move), JSON batching, Graph error shapes,
 * bearer-token auth and fault injection. Plain http on localhost by default: the product's
 * Graph middleware attaches the token for whichever base URL it is configured with. With
 * `https`, TLS on a self-signed certificate, for tools on the stock Graph SDK, whose
 * AuthenticationHandler drops the Authorization header on non-https custom hosts.
 */
export async function startEmulator(options: { port?: number; dataDir?: string; host?: string; https?: boolean } = {}): Promise<Emulator> {
  const store = persistence(options.dataDir);
  const world = store.load() ?? emptyWorld();
  const faults = new Faults();
  const dispatch = createDispatcher(faults);
  let log: LoggedRequest[] = [];
  const host = options.host ?? "127.0.0.1";
  let base = "";

  const seedMail = (upn: string, messages: Array<Record<string, unknown>>): string[] => {
    const user = world.users.find((u) => u.userPrincipalName.toLowerCase() === upn.toLowerCase());
    if (!user) throw new Error(`No mailbox for ${upn}`);
    const box = mailboxOf({ world, user } as Ctx, "me");
    const ids = messages.map((m) => deliver(world, box, m).id);
    store.save(world);
    return ids;
  };

  const setListPermissions = (listName: string, permissions: ListPermissions | null): number => {
    let found = 0;
    for (const site of world.sites) {
      for (const list of site.lists) {
        if (list.displayName.toLowerCase() !== listName.toLowerCase()) continue;
        found += 1;
        if (permissions) list.permissions = { add: [...permissions.add], change: [...permissions.change], ...(permissions.remove ? { remove: [...permissions.remove] } : {}) };
        else delete list.permissions;
      }
    }
    store.save(world);
    return found;
  };

  const setRulesQuota = (upn: string, bytes: number): void => {
    const user = world.users.find((u) => u.userPrincipalName.toLowerCase() === upn.toLowerCase());
    if (!user) throw new Error(`No mailbox for ${upn}`);
    mailboxOf({ world, user } as Ctx, "me").rulesQuota = bytes;
    store.save(world);
  };

  const setAppMailboxScope = (appId: string, mailboxes: string[] | null): void => {
    const scopes = (world.appMailboxScopes ??= {});
    if (mailboxes) scopes[appId] = [...mailboxes];
    else delete scopes[appId];
    store.save(world);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID();
    const clientRequestId = typeof req.headers["client-request-id"] === "string" ? req.headers["client-request-id"] : requestId;
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      // Graph repeats the response's request-id inside every error body.
      const inner = (body as { error?: { innerError?: Record<string, string> } } | undefined)?.error?.innerError;
      if (inner) Object.assign(inner, { "request-id": requestId, "client-request-id": clientRequestId });
      res.writeHead(status, { ...CORS, "request-id": requestId, "client-request-id": clientRequestId, ...(body !== undefined ? { "Content-Type": "application/json" } : {}), ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    // Preflight: allow whatever headers the caller asks for (the Graph JS SDK adds SdkVersion and
    // client-request-id to hosts it is told are Graph), on top of the ones Graph clients always send.
    const asked = req.headers["access-control-request-headers"];
    if (req.method === "OPTIONS") return send(204, undefined, asked ? { "Access-Control-Allow-Headers": `${CORS["Access-Control-Allow-Headers"]}, ${asked}` } : {});
    const url = new URL(req.url ?? "/", "http://localhost");
    const raw = await readBody(req);
    if (url.pathname.startsWith("/_emulator/")) {
      const reset = () => (Object.assign(world, emptyWorld()), (log = []), faults.clear(), store.save(world));
      return control({ faults, log: () => log, reset, deliver: seedMail, setListPermissions, setRulesQuota, setAppMailboxScope }, url.pathname, req.method ?? "GET", raw, send);
    }
    if (!url.pathname.startsWith("/v1.0/") && url.pathname !== "/v1.0") return send(404, errorBody("NotFound", "Only /v1.0 is served."));
    const path = decodeURIComponent(url.pathname.slice("/v1.0".length)) || "/";
    const method = req.method ?? "GET";
    const entry: LoggedRequest = { method, path, status: 0, at: Date.now() };
    log.push(entry);
    const fault = faults.decide(method, path);
    if (fault.latencyMs) await new Promise((r) => setTimeout(r, fault.latencyMs));
    if (fault.kind === "drop") return ((entry.status = "dropped"), req.socket.destroy());
    if (fault.kind === "status") {
      const result = throttled(fault.status, path, fault.retryAfter);
      entry.status = result.status;
      return send(result.status, result.body, result.headers);
    }
    let caller;
    try {
      caller = authenticate(world, req.headers.authorization);
    } catch (error) {
      const fault401 = error as GraphFault;
      entry.status = fault401.status;
      return send(fault401.status, errorBody(fault401.code, fault401.message));
    }
    let body: unknown;
    try {
      // A body is read only as JSON, and only when it says so (microsoft-graph-docs#6259).
      if (raw && !/^application\/json\b/i.test(String(req.headers["content-type"] ?? ""))) throw new Error("not JSON");
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      entry.status = 400;
      return send(400, errorBody("BadRequest", "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format."));
    }
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    const result = await dispatch({ method, path, query: url.searchParams, body, headers, user: caller.user, grant: caller.grant, world, base });
    if (result.changed || method === "POST") store.save(world);
    entry.status = result.status;
    // The write happened; the caller never hears of it (the hardest case for idempotent retries).
    if (fault.kind === "dropAfterWrite") return ((entry.status = "dropped"), req.socket.destroy());
    send(result.status, result.body, result.headers);
  };

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    // A malformed request (bad %-escape, broken stream) must not bring the emulator down.
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      const status = error instanceof URIError ? 400 : 500;
      res.writeHead(status, { ...CORS, "Content-Type": "application/json" });
      res.end(JSON.stringify(errorBody(status === 400 ? "BadRequest" : "generalException", (error as Error).message)));
    });
  };
  // Stored beside the tenant's JSON with --data, so a certificate trusted once stays trusted.
  const certificate = options.https ? await emulatorCertificate(options.dataDir) : undefined;
  const server = certificate ? createTlsServer({ cert: certificate.cert, key: certificate.key }, listener) : createServer(listener);
  // Keep idle connections well past a client's own keep-alive (undici: 4 s), so a client never
  // reuses a socket the emulator is closing: on a loaded machine that race reset POSTs (ECONNRESET).
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const origin = `${certificate ? "https" : "http"}://${host}:${port}`;
  base = `${origin}/v1.0`;
  return {
    baseUrl: base,
    origin,
    token: "dev-token",
    ...(certificate ? { certificatePem: certificate.cert, certificatePath: certificate.certPath } : {}),
    faults,
    world,
    requestLog: () => log,
    clearLog: () => void (log = []),
    registerToken(token, who) {
      registerToken(world, token, who);
      store.save(world);
    },
    registerAppToken(token, app) {
      registerAppToken(world, token, app);
      store.save(world);
    },
    seedMail,
    setListPermissions,
    setRulesQuota,
    setAppMailboxScope,
    close: () =>
      new Promise<void>((resolve) => {
        store.flush();
        server.closeAllConnections();
        server.close(() => (certificate?.dispose(), resolve()));
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
