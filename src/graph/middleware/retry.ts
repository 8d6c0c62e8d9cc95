import type { Context, Middleware } from "@microsoft/microsoft-graph-client";

export interface RetryPolicy {
  /** Attempts after the first. */
  maxRetries: number;
  /** First back-off when the server gives no usable Retry-After. */
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxRetries: 5,
  baseDelayMs: 400,
  maxDelayMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** Throttling and "try later": Graph did not process the request, so any method may retry. */
const RETRY_ANY_METHOD = new Set([429, 503]);
/** A gateway timeout may have been processed; only repeat what is safe to repeat. */
const RETRY_IDEMPOTENT = new Set([502, 504]);
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

/**
 * Retries throttled and failed requests. Written here rather than using the SDK's
 * RetryHandler because that one neither retries dropped connections nor backs off on its
 * own when a browser hides `Retry-After` (CORS does not expose it to add-ins), and it
 * treats POST like GET. A dropped POST is not retried here: the store makes creates
 * idempotent by looking for its key before writing again.
 */
export class RetryMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly policy: RetryPolicy = DEFAULT_RETRY) {}

  async execute(context: Context): Promise<void> {
    const method = (context.options?.method ?? "GET").toUpperCase();
    const canRepeat = IDEMPOTENT_METHODS.has(method) || isConditionalPatch(context);
    for (let attempt = 0; ; attempt += 1) {
      const last = attempt >= this.policy.maxRetries;
      try {
        await this.next!.execute(context);
      } catch (error) {
        if (last || !canRepeat || isAbortByCaller(error)) throw error;
        await this.policy.sleep(this.backoff(attempt));
        continue;
      }
      const status = context.response?.status ?? 0;
      const retryable = RETRY_ANY_METHOD.has(status) || (canRepeat && RETRY_IDEMPOTENT.has(status));
      if (!retryable || last) return;
      if (status === 429 && attempt >= 1 && mayBeListViewThreshold(context)) return;
      await this.policy.sleep(this.delayFor(context.response!, attempt));
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  private delayFor(response: Response, attempt: number): number {
    const header = response.headers.get("Retry-After");
    const fromHeader = header ? parseRetryAfter(header) : undefined;
    return fromHeader === undefined ? this.backoff(attempt) : Math.min(fromHeader, this.policy.maxDelayMs);
  }

  /** Exponential back-off with full jitter, so many clients do not retry in step. */
  private backoff(attempt: number): number {
    const ceiling = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** attempt);
    return Math.round(ceiling / 2 + (this.policy.random() * ceiling) / 2);
  }
}

/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string, now: number = Date.now()): number | undefined {
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A PATCH guarded by If-Match applies at most once: a repeat after success gets 412, never a second write. */
function isConditionalPatch(context: Context): boolean {
  if ((context.options?.method ?? "").toUpperCase() !== "PATCH") return false;
  return new Headers(context.options?.headers as HeadersInit | undefined).has("If-Match");
}

function isAbortByCaller(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}

/**
 * SharePoint answers a list query past the list view threshold with the same 429 and words as
 * throttling ("The request has been throttled", microsoft-graph-docs#8450), and no wait will cure
 * it: the caller must narrow the question (src/store/sharepoint/ranges.ts). So it is told by the
 * question's shape — a GET of list items with `$filter` or `$orderby` — and by the answer naming
 * no wait: real throttling sends Retry-After (SharePoint "Avoid getting throttled"), though a
 * browser cannot read it through CORS. Such a 429 is tried once more (it may be throttling after
 * all), then handed back.
 */
function mayBeListViewThreshold(context: Context): boolean {
  if ((context.options?.method ?? "GET").toUpperCase() !== "GET" || context.response?.headers.has("Retry-After")) return false;
  return isListQuery(typeof context.request === "string" ? context.request : context.request.url);
}

/** A GET of SharePoint list items that filters or orders (`/lists/{list}/items?$filter=…`). */
export function isListQuery(url: string): boolean {
  const parsed = new URL(url, "http://x");
  return /\/lists\/[^/]+\/items$/.test(parsed.pathname) && (parsed.searchParams.has("$filter") || parsed.searchParams.has("$orderby"));
}
