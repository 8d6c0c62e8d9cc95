import type { ContactStrategy } from "../policy/strategy";
import { StoreError } from "./port";

/**
 * A strategy's history is append-only (src/policy/strategy: "every transition (who, when,
 * why)"), and not only inside the lifecycle's transition(): a save is refused when it would
 * drop or rewrite an event already stored. Both adapters call this before writing.
 */
export function historyAppends(stored: ContactStrategy, next: ContactStrategy): boolean {
  if (next.history.length < stored.history.length) return false;
  return stored.history.every((event, i) => canonical(event) === canonical(next.history[i]));
}

export function historyRewritten(stored: ContactStrategy, next: ContactStrategy): StoreError {
  const kept = stored.history.findIndex((event, i) => canonical(event) !== canonical(next.history[i]));
  return new StoreError(
    "invalid",
    `${next.person.displayName}'s strategy was not saved: its history is append-only, and this save would ` +
      `${next.history.length < stored.history.length ? "drop" : "rewrite"} recorded event ${kept + 1} of ${stored.history.length}. ` +
      "Reload the strategy and make the change again.",
  );
}

/** JSON with keys sorted, so two equal events compare equal whatever order their keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
