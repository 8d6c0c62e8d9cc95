import type { Context, Middleware } from "@microsoft/microsoft-graph-client";

/**
 * Aborts one attempt that takes longer than `ms` (a stalled connection looks like a dropped
 * one; the retry step decides whether it is safe to try again).
 */
export class TimeoutMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly ms: number) {}

  async execute(context: Context): Promise<void> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new TimeoutError(this.ms)), this.ms);
    try {
      context.options = { ...context.options, signal: controller.signal };
      await this.next!.execute(context);
    } finally {
      clearTimeout(timer);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

export class TimeoutError extends Error {
  override readonly name = "TimeoutError";
  constructor(ms: number) {
    super(`Microsoft Graph did not answer within ${ms} ms.`);
  }
}
