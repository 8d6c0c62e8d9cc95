import { ConfigError } from "../config";
import { OutlookError } from "../outlook/mailbox";
import { StoreError } from "../store/port";

/** The HTTP status behind a store error, when Graph gave one (0 when it never answered). */
function serviceStatus(error: StoreError): number {
  const status = (error.cause as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === "number" ? status : 0;
}

/** Typed errors in words a caseworker can act on. The transport never shows UI; this does. */
export function describeStoreError(error: unknown): string {
  // Part of it was saved (a decision whose step landed and whose Decisions item did not): what, then why.
  if (error instanceof StoreError && "partly" in error) return `${error.message} (${describeStoreError(error.cause)})`;
  if (error instanceof StoreError) {
    switch (error.code) {
      case "conflict":
        return "Someone else changed this record first. Reload to see their change.";
      case "forbidden":
        return "You do not have permission to do this in the contact-strategy site. Ask your manager for access.";
      case "throttled":
        return "Microsoft 365 is busy right now. Wait a minute and try again.";
      case "unavailable":
        // A 5xx is Microsoft 365 failing, not the reader's connection: saying "check your connection" sends them the wrong way.
        return serviceStatus(error) >= 500
          ? "Microsoft 365 is not answering right now (a problem on its side, not your connection). Try again in a few minutes."
          : "Cannot reach Microsoft 365 — check your connection.";
      case "notFound":
        return "That record no longer exists.";
      case "invalid":
        return `The record was refused: ${error.message}`;
    }
  }
  if (error instanceof OutlookError) return `Outlook could not do that: ${error.message}`;
  if (error instanceof ConfigError) return `The add-in is not configured correctly: ${error.message}`;
  // Graph's own errors (the mailbox reads) and the browser's ("Failed to fetch") in the same plain words.
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  if (typeof status === "number" && status >= 500) return "Microsoft 365 is not answering right now (a problem on its side, not your connection). Try again in a few minutes.";
  if (status === 429) return "Microsoft 365 is busy right now. Wait a minute and try again.";
  if (status === 401 || status === 403) return "You do not have permission to read this in Microsoft 365.";
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) return "Cannot reach Microsoft 365 — check your connection.";
  return error instanceof Error ? error.message : String(error);
}
