import type { Context, Middleware } from "@microsoft/microsoft-graph-client";

/** One attempt as it went on the wire: a retried request is several attempts. */
export interface Attempt {
  method: string;
  url: string;
  /** The HTTP status, or 0 when no answer came (a dropped connection, a timeout). */
  status: number;
}

/**
 * Tells an observer about every attempt sent (after the retry step, so each retry counts): what
 * a worker reports as the Graph requests it cost (`npm run flagger` prints them). It sees no
 * headers and no bodies, so it holds no token and no mail.
 */
export class ObserveMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly observe: (attempt: Attempt) => void) {}

  async execute(context: Context): Promise<void> {
    const method = (context.options?.method ?? "GET").toUpperCase();
    const url = typeof context.request === "string" ? context.request : context.request.url;
    try {
      await this.next!.execute(context);
    } catch (error) {
      this.observe({ method, url, status: 0 });
      throw error;
    }
    this.observe({ method, url, status: context.response?.status ?? 0 });
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
