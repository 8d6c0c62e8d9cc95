import { GraphError } from "@microsoft/microsoft-graph-client";
import { StoreError } from "../port";

/**
 * Graph failures in the store's words. The transport retries first (RetryMiddleware);
 * what arrives here is what retrying could not fix.
 */
export function toStoreError(error: unknown, doing: string): StoreError {
  if (error instanceof StoreError) return error;
  if (error instanceof GraphError) {
    const status = error.statusCode;
    const detail = error.message || error.code || `HTTP ${status}`;
    if (status === 412 || status === 409) return new StoreError("conflict", `${doing}: someone else changed it first (${detail}).`, error);
    if (status === 404) return new StoreError("notFound", `${doing}: not found (${detail}).`, error);
    if (status === 401 || status === 403) return new StoreError("forbidden", `${doing}: you do not have permission (${detail}).`, error);
    if (status === 429) return new StoreError("throttled", `${doing}: Microsoft 365 is busy; try again in a minute (${detail}).`, error);
    if (status === 400) return new StoreError("invalid", `${doing}: the request was refused (${detail}).`, error);
    if (status >= 500 || status <= 0) return new StoreError("unavailable", `${doing}: Microsoft 365 is not answering (${detail}).`, error);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new StoreError("unavailable", `${doing}: the connection failed (${message}).`, error);
}

/** Status code of a Graph failure, if it is one. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof GraphError ? error.statusCode : undefined;
}
