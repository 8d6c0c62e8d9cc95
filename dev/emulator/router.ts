import { GraphFault } from "./errors";
import type { User, World } from "./state";
import type { Grant } from "./tokens";

/** One request as the route handlers see it (also used for each request inside a $batch). */
export interface Ctx {
  method: string;
  /** Path after the version, decoded, e.g. `/sites/abc/lists/ContactLog/items`. */
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Record<string, string>;
  /** The signed-in user; for an app-only token, the app standing in (its id and name). */
  user: User;
  /** What the bearer token grants: delegated scopes for a user, or an app's application roles. */
  grant: Grant;
  world: World;
  /** `http://127.0.0.1:PORT/v1.0`, for @odata.nextLink and @odata.deltaLink. */
  base: string;
}

export interface Result {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** The request changed the world (persist it). */
  changed?: boolean;
}

export interface Route {
  method: string;
  pattern: RegExp;
  handle: (ctx: Ctx, match: RegExpExecArray) => Result;
}

export function route(method: string, pattern: RegExp, handle: Route["handle"]): Route {
  return { method, pattern, handle };
}

export const ok = (body: unknown, status = 200, headers: Record<string, string> = {}): Result => ({ status, body, headers });
export const changed = (body: unknown, status = 200, headers: Record<string, string> = {}): Result => ({ status, body, headers, changed: true });

/**
 * A timestamp as Graph writes one for items and messages: whole seconds, `Z` (the documented
 * examples in ../shared/graph-reference/docs-mocks write `2016-10-19T10:37:00Z`; SharePoint keeps
 * whole seconds).
 */
export function graphNow(at: Date = new Date()): string {
  return at.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * `$top`, bounded the way Graph bounds it: "the minimum value of $top is 1 and the maximum
 * depends on the corresponding API" (Graph "Use query parameters"; microsoft-graph-docs#22248).
 * `capAbove`: list items take a larger value and page it (microsoft-graph-docs-contrib#28);
 * `refuseAbove`: messages refuse more than 1,000 ("within the range of 1 and 1000", List messages).
 */
export function topOf(query: URLSearchParams, fallback: number, limit: { capAbove: number } | { refuseAbove: number }): number {
  const raw = query.get("$top");
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new GraphFault(400, "BadRequest", `Invalid $top value '${raw}': it must be a whole number of at least 1.`);
  if ("refuseAbove" in limit) {
    if (n > limit.refuseAbove) throw new GraphFault(400, "BadRequest", `Invalid $top value '${raw}': at most ${limit.refuseAbove} items can be asked for in one page.`);
    return n;
  }
  return Math.min(n, limit.capAbove);
}

/** Where the next page starts; `upTo` pins a delta round to the changes it began with. */
export interface PageState {
  skip: number;
  upTo?: number;
  /** A cursor (delta): the key of the last entry returned, so what moves out of a folder mid-round shifts nothing. */
  after?: number;
}

/**
 * The next page link: same URL, with an opaque `$skiptoken`. Graph's tokens are opaque, so
 * a client that builds its own would break there; here it gets 400 as well.
 */
export function nextLink(ctx: Ctx, state: PageState): string {
  const query = new URLSearchParams(ctx.query);
  query.set("$skiptoken", Buffer.from(JSON.stringify(state)).toString("base64url"));
  // Graph writes system query options with a literal `$` (`…items?$skiptoken=…`), not `%24`.
  return `${ctx.base}${encodePath(ctx.path)}?${query.toString().replace(/%24/g, "$")}`;
}

/** The page a `$skiptoken` points at (the first page without one). */
export function pageState(ctx: Ctx): PageState {
  const token = ctx.query.get("$skiptoken");
  if (token === null) return { skip: 0 };
  try {
    const state = JSON.parse(Buffer.from(token, "base64url").toString()) as PageState;
    if (Number.isInteger(state.skip) && state.skip >= 0 && (state.upTo === undefined || Number.isInteger(state.upTo)) && (state.after === undefined || Number.isInteger(state.after))) return state;
  } catch {
    // falls through to the refusal below
  }
  throw new GraphFault(400, "BadRequest", "The $skiptoken is not valid.");
}

export function encodePath(path: string): string {
  return path.split("/").map((s) => encodeURIComponent(s).replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%24/g, "$")).join("/");
}
