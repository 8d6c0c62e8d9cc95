import { ConfigError } from "../config";
import { OutlookError } from "../outlook/mailbox";
import { StoreError } from "../store/port";

/** Typed errors in words a caseworker can act on. The transport never shows UI; this does. */
export function describeStoreError(error: unknown): string {
  if (error instanceof StoreError) {
    switch (error.code) {
      case "conflict":
        return "Someone else changed this record first. Reload to see their change.";
      case "forbidden":
        return "You do not have permission to do this in the contact-strategy site. Ask your manager for access.";
      case "throttled":
        return "Microsoft 365 is busy right now. Wait a minute and try again.";
      case "unavailable":
        return "Cannot reach Microsoft 365 — check your connection.";
      case "notFound":
        return "That record no longer exists.";
      case "invalid":
        return `The record was refused: ${error.message}`;
    }
  }
  if (error instanceof OutlookError) return `Outlook could not do that: ${error.message}`;
  if (error instanceof ConfigError) return `The add-in is not configured correctly: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
