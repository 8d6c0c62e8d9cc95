import { badRequest, errorBody, GraphFault } from "./errors";
import type { Ctx, Result } from "./router";

interface BatchRequest {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

/** Graph's limit on requests in one JSON batch. */
export const MAX_BATCH = 20;

/**
 * POST /$batch: each request goes through the same dispatcher as a direct call; answers
 * carry their own status, in another order than asked. A request whose dependency failed gets
 * 424 (Graph JSON batching).
 */
export async function runBatch(ctx: Ctx, dispatch: (ctx: Ctx) => Promise<Result>): Promise<Result> {
  const requests = ((ctx.body ?? {}) as { requests?: BatchRequest[] }).requests;
  if (!Array.isArray(requests) || requests.length === 0) throw badRequest("Invalid batch payload format.");
  if (requests.length > MAX_BATCH) throw badRequest(`Number of batch request steps exceeds the maximum value of ${MAX_BATCH}.`);
  const ids = new Set<string>();
  for (const r of requests) {
    // Ids are compared without case ("Case insensitive. Must be unique within the batch", JSON batching).
    const id = String(r.id ?? "").toLowerCase();
    if (!id || ids.has(id)) throw badRequest("Batch request ids must be present and unique.");
    ids.add(id);
    // A step with a body must say its type, or the whole batch is refused before any step runs
    // (Graph JSON batching; Softeria/ms-365-mcp-server#677, msgraph-sdk-dotnet#2628).
    if (r.body !== undefined && !Object.keys(r.headers ?? {}).some((k) => k.toLowerCase() === "content-type")) {
      throw new GraphFault(400, "BadRequest", `Write request with id '${r.id}' does not contain a Content-Type header.`);
    }
  }
  checkSequencing(requests);
  const statuses = new Map<string, number>();
  const responses: Array<{ id: string; status: number; headers: Record<string, string>; body?: unknown }> = [];
  for (const r of requests) {
    const failedDependency = (r.dependsOn ?? []).find((d) => (statuses.get(d) ?? 424) >= 400);
    if (failedDependency) {
      statuses.set(r.id, 424);
      responses.push({ id: r.id, status: 424, headers: {}, body: errorBody("failedDependency", `Dependent request ${failedDependency} failed.`) });
      continue;
    }
    const url = new URL(r.url.startsWith("/") ? `http://x${r.url}` : `http://x/${r.url}`);
    // A step carries its own headers only: the envelope's (Prefer, If-Match…) are not its. It is
    // authenticated by the envelope's token (ctx.user, ctx.grant), as Graph runs each step as the caller.
    const headers = Object.fromEntries(Object.entries(r.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    const result = await dispatch({ ...ctx, method: r.method.toUpperCase(), path: decodeURIComponent(url.pathname), query: url.searchParams, body: r.body, headers });
    statuses.set(r.id, result.status);
    responses.push({ id: r.id, status: result.status, headers: { "Content-Type": "application/json", ...(result.headers ?? {}) }, ...(result.body !== undefined ? { body: result.body } : {}) });
  }
  // "Responses to the batched requests might appear in a different order. The id property can be
  // used to correlate individual requests and responses" (JSON batching): a client that reads
  // them by position must fail here too, so they come back last first.
  return { status: 200, body: { responses: responses.reverse() } };
}

/**
 * How Graph lets steps depend on each other: a step may depend only on steps before it (no
 * forward or unknown ids), and a batch is either fully parallel (no step says dependsOn) or fully
 * sequential (every step after the first does) — a mix is refused before any step runs ("Batch
 * should be either fully sequential or fully parallel"; the Graph JS SDK's BatchRequestContent
 * validates the same patterns).
 */
function checkSequencing(requests: readonly BatchRequest[]): void {
  const seen = new Set<string>();
  let dependent = 0;
  for (const r of requests) {
    if (r.dependsOn !== undefined) {
      if (!Array.isArray(r.dependsOn) || r.dependsOn.length === 0) throw badRequest(`dependsOn of request '${r.id}' must name the requests it depends on.`);
      const unknown = r.dependsOn.find((d) => !seen.has(d));
      if (unknown !== undefined) throw new GraphFault(400, "BadRequest", `The dependsOn id '${unknown}' in request '${r.id}' does not match any earlier request id.`);
      dependent += 1;
    }
    seen.add(r.id);
  }
  if (dependent > 0 && dependent < requests.length - 1) throw new GraphFault(400, "BadRequest", "Batch should be either fully sequential or fully parallel.");
  if (dependent > 0 && requests[0]!.dependsOn !== undefined) throw new GraphFault(400, "BadRequest", "Batch should be either fully sequential or fully parallel.");
}
