import type { IsoInstant } from "../../policy/strategy";
import { GuardIndex, type InForceEntry } from "./guard-index";

/**
 * Asynchronous key-value storage that outlives one event: OfficeRuntime.storage in classic
 * Outlook on Windows (the JavaScript-only runtime has no localStorage), localStorage where the
 * runtime is a browser (Outlook on the web, new Outlook, Mac). Absent where neither exists.
 */
export interface KeyValueStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}

export const INDEX_STORAGE_KEY = "csm.composeGuard.index";

/** What the guard can look recipients up in, right now. */
export type IndexAnswer =
  | { index: GuardIndex; /** Set when the index is older than it should be and could not be refreshed. */ stale?: string }
  | { index?: undefined; problem: string };

export interface IndexCacheOptions {
  /** Every strategy in force (in-force-source.ts), read through Graph. */
  load(): Promise<InForceEntry[]>;
  storage?: KeyValueStorage;
  now(): Date;
  /** Older than this, the index is refreshed in the background (it is still used meanwhile). */
  maxAgeMs: number;
}

/**
 * The compose guard's index, kept in memory for the life of the event runtime and in
 * storage between runtimes, refreshed in the background when it is older than `maxAgeMs`.
 * A recipient is looked up in what is already here; only when nothing is (a first run, or a
 * host without storage) does an event wait for Graph, and then only as long as it is told.
 * A failed refresh never drops the index it has: an outage never clears a warning.
 */
export class GuardIndexCache {
  private memory: GuardIndex | undefined;
  private storageRead: Promise<void> | undefined;
  private refreshing: Promise<GuardIndex> | undefined;
  private lastProblem: string | undefined;

  constructor(private readonly options: IndexCacheOptions) {}

  /** The index, waiting at most `waitMs` for Graph when there is none yet (0: never wait). */
  async get(waitMs: number): Promise<IndexAnswer> {
    this.storageRead ??= this.readStorage();
    await this.storageRead;
    const index = this.memory;
    if (index) {
      const stale = this.isStale(index);
      if (stale) void this.refresh().catch(() => undefined);
      return stale && this.lastProblem ? { index, stale: `the list of contact strategies dates from ${when(index.builtAt)} (${this.lastProblem})` } : { index };
    }
    if (waitMs <= 0) return { problem: this.lastProblem ?? "the list of contact strategies has not been loaded yet" };
    try {
      return { index: await within(this.refresh(), waitMs) };
    } catch (error) {
      return { problem: messageOf(error) };
    }
  }

  /** Reads Graph once however many events ask at the same time; keeps what it had on failure. */
  refresh(): Promise<GuardIndex> {
    this.refreshing ??= (async () => {
      try {
        const index = GuardIndex.build(await this.options.load(), this.options.now().toISOString());
        this.memory = index;
        this.lastProblem = undefined;
        // Storage is a convenience: a full or refused store still leaves the index in memory.
        await this.options.storage?.setItem(INDEX_STORAGE_KEY, index.serialise()).catch(() => undefined);
        return index;
      } catch (error) {
        this.lastProblem = messageOf(error);
        throw error;
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  /**
   * Waits (at most `ms`) for a refresh already under way; true when it brought a new index.
   * The event handler stays this long before completing, since Outlook may end the runtime
   * once the event completes and a refresh left running would be lost.
   */
  async settle(ms: number): Promise<boolean> {
    const running = this.refreshing;
    if (!running) return false;
    try {
      await within(running, ms);
      return true;
    } catch {
      return false;
    }
  }

  private async readStorage(): Promise<void> {
    try {
      const stored = GuardIndex.parse(await this.options.storage?.getItem(INDEX_STORAGE_KEY));
      if (stored && (!this.memory || stored.builtAt > this.memory.builtAt)) this.memory = stored;
    } catch {
      // Unreadable storage is the same as none: the index is rebuilt from Graph.
    }
  }

  private isStale(index: GuardIndex): boolean {
    return this.options.now().getTime() - Date.parse(index.builtAt) > this.options.maxAgeMs;
  }
}

const when = (instant: IsoInstant) => `${instant.slice(0, 16).replace("T", " ")} UTC`;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Rejects when `work` takes longer than `ms` (the work itself goes on, for the next event). */
export function within<T>(work: Promise<T>, ms: number, what = "the contact-strategy list"): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${Math.round(ms / 100) / 10} s`)), ms);
    work.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error instanceof Error ? error : new Error(String(error)))),
    );
  });
}
