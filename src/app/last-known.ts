import type { ContactStrategy, IsoInstant } from "../policy/strategy";
import { notificationText } from "./flag-message";
import { restrictionSummary } from "./restriction-text";

/**
 * What the pane last knew of a sender whose strategy was in force: enough to keep the warning
 * when the strategy cannot be read (Graph 503, offline) — a read that failed never clears a
 * warning — and its age, so the pane can say it may be out of date. Written on every successful
 * check that finds a strategy in force, removed when a successful check finds none. Only what
 * the banner and notification already show is kept: the name, the restrictions in words and the
 * single point of contact, never the strategy's reasons or evidence.
 */
export interface LastKnown {
  strategyId: string;
  personName: string;
  /** The restrictions in words, as the banner's summary gives them. */
  restrictions: string;
  singlePointOfContact?: string;
  /** The notification the message carried then. */
  notification: string;
  knownAt: IsoInstant;
}

export interface LastKnownStore {
  get(address: string): LastKnown | undefined;
  remember(addresses: readonly string[], strategy: ContactStrategy, at: Date): void;
  forget(addresses: readonly string[]): void;
}

const KEY = "contact-strategy-manager:last-known:v1";
/** A month at most: an entry older than that says too little to keep (and the strategy's review will have moved on). */
const MAX_AGE_MS = 31 * 86_400_000;

/**
 * Kept in the pane's own storage (localStorage: it survives Outlook restarts, is per user
 * profile and origin). Storage that is missing, full or refused (private mode) leaves the
 * cache in memory for this session only; nothing here may stop the check itself.
 */
export function createLastKnownStore(storage: Pick<Storage, "getItem" | "setItem"> | undefined, now: () => Date = () => new Date()): LastKnownStore {
  let entries: Record<string, LastKnown> = {};
  try {
    const raw = storage?.getItem(KEY);
    if (raw) entries = JSON.parse(raw) as Record<string, LastKnown>;
  } catch {
    entries = {};
  }
  const save = () => {
    try {
      storage?.setItem(KEY, JSON.stringify(entries));
    } catch {
      // Full or refused: kept in memory for this session.
    }
  };
  return {
    get(address) {
      const entry = entries[address];
      if (!entry || now().getTime() - Date.parse(entry.knownAt) > MAX_AGE_MS) return undefined;
      return entry;
    },
    remember(addresses, strategy, at) {
      const entry: LastKnown = {
        strategyId: strategy.id,
        personName: strategy.person.displayName,
        restrictions: restrictionSummary(strategy),
        ...(strategy.singlePointOfContact ? { singlePointOfContact: strategy.singlePointOfContact.displayName } : {}),
        notification: notificationText(strategy),
        knownAt: at.toISOString(),
      };
      for (const address of addresses) entries[address] = entry;
      save();
    },
    forget(addresses) {
      if (!addresses.some((a) => a in entries)) return;
      for (const address of addresses) delete entries[address];
      save();
    },
  };
}

/** The pane's store: the browser's localStorage where there is one. */
export function browserLastKnownStore(): LastKnownStore {
  let storage: Storage | undefined;
  try {
    storage = globalThis.localStorage;
  } catch {
    storage = undefined; // a sandbox that refuses storage throws on access
  }
  return createLastKnownStore(storage);
}

/** The notification for a message whose strategy could not be checked now, from what was last known (≤150 characters). */
export function lastKnownNotification(entry: LastKnown, at: Date): string {
  const text = `Could not check now; as last known (${ageWords(entry.knownAt, at)}) a contact strategy is in force for ${entry.personName}: ${entry.restrictions}.`;
  return text.length <= 150 ? text : `${text.slice(0, 149)}…`;
}

/** How long ago, in words: "5 minutes ago", "3 hours ago", "2 days ago". */
export function ageWords(knownAt: IsoInstant, at: Date): string {
  const minutes = Math.max(0, Math.round((at.getTime() - Date.parse(knownAt)) / 60_000));
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? "" : "s"} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? "" : "s"} ago`;
  const days = Math.round(hours / 24);
  return `${days} days ago`;
}
