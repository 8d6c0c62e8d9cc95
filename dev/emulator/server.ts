import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { runBatch } from "./batch";
import { errorBody, GraphFault } from "./errors";
import { Faults, type FaultRule } from "./faults";
import { itemRoutes } from "./items";
import { deliver, mailboxOf, mailRoutes } from "./mail";
import type { Ctx, Result, Route } from "./router";
import { siteRoutes } from "./sites";
import { emptyWorld, persistence, type World } from "./state";
import { userRoutes } from "./users";

export interface LoggedRequest {
  method: string;
  path: string;
  status: number | "dropped";
  at: number;
}

export interface Emulator {
  baseUrl: string;
  origin: string;
  token: string;
  faults: Faults;
  world: World;
  requestLog(): LoggedRequest[];
  clearLog(): void;
  /** Received mail for a mailbox (no Graph API creates received messages). */
  seedMail(upn: string, messages: Array<Record<string, unknown>>): string[];
  /** Roles allowed to write a list (SharePoint permissions, emulated); [] = everyone. */
  setListWriters(listName: string, roles: string[]): void;
  close(): Promise<void>;
}

const ROUTES: Route[] = [...userRoutes, ...siteRoutes, ...itemRoutes, ...mailRoutes];
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "Authorization, Content-Type, If-Match, Prefer, client-request-id",
  "Access-Control-Allow-Methods": "GET, POST, PATCH, PUT, DELETE, OPTIONS",
  // Graph exposes these to browsers, but not Retry-After: an add-in cannot read it and must back off on its own.
  "Access-Control-Expose-Headers": "ETag, request-id, client-request-id, Location",
};

/**
 * A Microsoft Graph emulator for the product's own tests and for `npm start`: sites, lists,
 * columns, items (filters, paging, ETags, indexed-column rules, the list view threshold),
 * users, mail (folders, delta, categories, move), JSON batching, Graph error shapes,
 * bearer-token auth and fault injection. Plain http on localhost.
 */
export async function startEmulator(options: { port?: number; dataDir?: string; host?: string } = {}): Promise<Emulator> {
  const store = persistence(options.dataDir);
  const world = store.load() ?? emptyWorld();
  const faults = new Faults();
  let log: LoggedRequest[] = [];
  const host = options.host ?? "127.0.0.1";
  let base = "";

  const dispatch = async (ctx: Ctx): Promise<Result> => {
    try {
      if (ctx.method === "POST" && ctx.path === "/$batch") return await runBatch(ctx, (inner) => {
        const fault = faults.decide(inner.method, inner.path);
        if (fault.kind === "status") return Promise.resolve(throttled(fault.status, fault.retryAfter));
        return dispatch(inner);
      });
      for (const route of ROUTES) {
        if (route.method !== ctx.method) continue;
        const match = route.pattern.exec(ctx.path);
        if (match) return route.handle(ctx, match);
      }
      throw new GraphFault(400, "BadRequest", `Resource not found for the segment '${ctx.path.split("/")[1] ?? ""}'.`);
    } catch (error) {
      if (error instanceof GraphFault) return { status: error.status, body: errorBody(error.code, error.message), headers: error.headers };
      if ((error as { status?: number }).status === 400) return { status: 400, body: errorBody("BadRequest", (error as Error).message) };
      return { status: 500, body: errorBody("generalException", (error as Error).message) };
    }
  };

  const server = createServer((req, res) => void handle(req, res));
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID();
    const url = new URL(req.url ?? "/", "http://localhost");
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { ...CORS, "request-id": requestId, "client-request-id": requestId, ...(body !== undefined ? { "Content-Type": "application/json" } : {}), ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (req.method === "OPTIONS") return send(204);
    const raw = await readBody(req);
    if (url.pathname.startsWith("/_emulator/")) return control(url.pathname, req.method ?? "GET", raw, send);
    if (!url.pathname.startsWith("/v1.0/") && url.pathname !== "/v1.0") return send(404, errorBody("NotFound", "Only /v1.0 is served."));
    const path = decodeURIComponent(url.pathname.slice("/v1.0".length)) || "/";
    const method = req.method ?? "GET";
    const entry: LoggedRequest = { method, path, status: 0, at: Date.now() };
    log.push(entry);
    const fault = faults.decide(method, path);
    if (fault.latencyMs) await new Promise((r) => setTimeout(r, fault.latencyMs));
    if (fault.kind === "drop") return ((entry.status = "dropped"), req.socket.destroy());
    if (fault.kind === "status") {
      entry.status = fault.status;
      const result = throttled(fault.status, fault.retryAfter);
      return send(result.status, result.body, result.headers);
    }
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const user = token ? world.users.find((u) => u.id === world.tokens[token]) : undefined;
    if (!user) {
      entry.status = 401;
      return send(401, errorBody("InvalidAuthenticationToken", token ? "Access token validation failure. Invalid audience." : "Access token is empty."));
    }
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      entry.status = 400;
      return send(400, errorBody("BadRequest", "Unable to read JSON request payload."));
    }
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    const result = await dispatch({ method, path, query: url.searchParams, body, headers, user, world, base });
    if (result.changed || method === "POST") store.save(world);
    entry.status = result.status;
    if (fault.kind === "dropAfterWrite") return ((entry.status = "dropped"), req.socket.destroy());
    send(result.status, result.body, result.headers);
  };

  const control = (path: string, method: string, raw: string, send: (status: number, body?: unknown) => void) => {
    if (path === "/_emulator/faults" && method === "POST") {
      const rules = JSON.parse(raw || "[]") as FaultRule | FaultRule[];
      (Array.isArray(rules) ? rules : [rules]).forEach((r) => faults.add(r));
      return send(200, { rules: faults.list() });
    }
    if (path === "/_emulator/faults" && method === "DELETE") return (faults.clear(), send(204));
    if (path === "/_emulator/log") return send(200, { requests: log });
    if (path === "/_emulator/reset" && method === "POST") return (Object.assign(world, emptyWorld()), (log = []), faults.clear(), store.save(world), send(204));
    send(404, errorBody("NotFound", "Unknown emulator control."));
  };

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const origin = `http://${host}:${port}`;
  base = `${origin}/v1.0`;
  return {
    baseUrl: base,
    origin,
    token: "dev-token",
    faults,
    world,
    requestLog: () => log,
    clearLog: () => void (log = []),
    seedMail(upn, messages) {
      const user = world.users.find((u) => u.userPrincipalName === upn)!;
      const box = mailboxOf({ world, user } as Ctx, "me");
      const ids = messages.map((m) => deliver(world, box, m).id);
      store.save(world);
      return ids;
    },
    setListWriters(listName, roles) {
      for (const site of world.sites) for (const list of site.lists) if (list.displayName === listName) list.writers = roles;
      store.save(world);
    },
    close: () =>
      new Promise<void>((resolve) => {
        store.flush();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function throttled(status: 429 | 503, retryAfter?: number): Result {
  const code = status === 429 ? "TooManyRequests" : "ServiceUnavailable";
  const message = status === 429 ? "Too many requests. Please retry after the time in the Retry-After header." : "The service is temporarily unavailable.";
  return { status, body: errorBody(code, message), headers: retryAfter !== undefined ? { "Retry-After": String(retryAfter) } : {} };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
