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
    // "The request is unprocessable because it uses too many resources" (code notSupported,
    // microsoft-graph-docs#13611): a question too broad to answer, not an outage.
    if (status === 422) return new StoreError("throttled", `${doing}: SharePoint refused the question as too costly (${detail}).`, error);
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

/**
 * A list query SharePoint refused as too broad: past the list view threshold it answers a
 * filtered or ordered query with a 429 (after the transport's one more try) or Graph's 422.
 * Waiting will not help; the question must be asked in narrower parts (ranges.ts).
 */
export class ListViewThresholdError extends StoreError {
  constructor(listName: string, cause: unknown) {
    super("throttled", `Reading ${listName}: SharePoint refused the question as matching too many items (its list view threshold); it has to be asked in narrower parts.`, cause);
  }
}

/** Whether a list query's failure is SharePoint refusing it as too broad (429 or 422). */
export function isTooBroad(error: unknown): boolean {
  const status = statusOf(error);
  return status === 429 || status === 422;
}
