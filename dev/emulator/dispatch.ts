import { authorise } from "./access";
import { runBatch } from "./batch";
import { errorBody, GraphFault } from "./errors";
import type { Faults } from "./faults";
import { itemRoutes } from "./items";
import { mailboxOf, mailRoutes } from "./mail";
import { messageRuleRoutes } from "./message-rules";
import { mailFolderRoutes } from "./mail-folders";
import type { Ctx, Result, Route } from "./router";
import { siteRoutes } from "./sites";
import { throttled } from "./throttle";
import { userRoutes } from "./users";

const ROUTES: Route[] = [...userRoutes, ...siteRoutes, ...itemRoutes, ...messageRuleRoutes(mailboxOf), ...mailFolderRoutes, ...mailRoutes];

/**
 * Routes one authenticated request (a direct call, or one step of a `$batch`) and turns any
 * failure into Graph's error shape. Steps of a batch meet the same fault rules as direct
 * calls, so a batch can carry an inner 429 inside an outer 200 (Graph JSON batching).
 */
export function createDispatcher(faults: Faults): (ctx: Ctx) => Promise<Result> {
  const dispatch = async (ctx: Ctx): Promise<Result> => {
    try {
      if (ctx.method === "POST" && ctx.path === "/$batch") {
        return await runBatch(ctx, (inner) => {
          const fault = faults.decide(inner.method, inner.path);
          if (fault.kind === "status") return Promise.resolve(throttled(fault.status, inner.path, fault.retryAfter));
          return dispatch(inner);
        });
      }
      authorise(ctx);
      for (const route of ROUTES) {
        if (route.method !== ctx.method) continue;
        const match = route.pattern.exec(ctx.path);
        if (match) return route.handle(ctx, match);
      }
      // What Graph answers for a path it has no resource for.
      throw new GraphFault(400, "BadRequest", `Resource not found for the segment '${ctx.path.split("/")[1] ?? ""}'.`);
    } catch (error) {
      if (error instanceof GraphFault) return { status: error.status, body: errorBody(error.code, error.message), headers: error.headers };
      if ((error as { status?: number }).status === 400) return { status: 400, body: errorBody("BadRequest", (error as Error).message) };
      return { status: 500, body: errorBody("generalException", (error as Error).message) };
    }
  };
  return dispatch;
}
