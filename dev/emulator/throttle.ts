import { errorBody } from "./errors";
import type { Result } from "./router";

/**
 * An injected 429 or 503, shaped the way the workload behind the path answers. SharePoint
 * (`/sites/...`) throttles with `activityLimitReached` ("The app or user has been throttled",
 * Graph error codes table); Outlook and the rest with `TooManyRequests`. Both carry
 * `Retry-After` in seconds (Graph throttling guidance) — which browsers cannot read, see CORS.
 */
export function throttled(status: 429 | 503 | 422, path: string, retryAfter?: number): Result {
  // Graph's 422 for a request that would cost too much: code notSupported, not the documented
  // "Unprocessable Entity" (microsoft-graph-docs#13611).
  if (status === 422) return { status, body: errorBody("notSupported", "The request is unprocessable because it uses too many resources"), headers: {} };
  const sharePoint = path.startsWith("/sites");
  const code = status === 503 ? "serviceNotAvailable" : sharePoint ? "activityLimitReached" : "TooManyRequests";
  const message =
    status === 503
      ? "The service is temporarily unavailable for maintenance or is overloaded. You may repeat the request after a delay."
      : sharePoint
        ? "The request has been throttled"
        : "Too many requests. Please retry after the time in the Retry-After header.";
  return { status, body: errorBody(code, message), headers: retryAfter !== undefined ? { "Retry-After": String(retryAfter) } : {} };
}
