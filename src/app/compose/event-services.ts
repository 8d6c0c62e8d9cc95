import { parseConfig, type AppConfig } from "../../config";
import { createGraphClient } from "../../graph/client";
import { devTokenProvider } from "../../graph/auth/dev";
import type { TokenProvider } from "../../graph/middleware/auth";
import { packFor } from "../../policy/packs/index";
import type { CaseStore } from "../../store/port";
import { resolveSiteId } from "../../store/sharepoint/site";
import { createSharePointStore } from "../../store/sharepoint/store";
import { mayPurgeIn } from "../../store/retention-items";
import { byCreator } from "../records/added-outside";
import { AuditQueue } from "./audit-queue";
import type { ComposeGuardDeps } from "./guard";
import { strategiesInForce } from "./in-force-source";
import { GuardIndexCache, within, type KeyValueStorage } from "./index-cache";

/** What the event runtime gives the compose guard: nothing here touches Office or the DOM. */
export interface EventHost {
  /** Absolute: the JavaScript-only runtime of classic Outlook on Windows has no page to resolve a relative URL against. */
  configUrl: string;
  storage?: KeyValueStorage;
  /** The signed-in member of staff's address. */
  writer: string;
  now(): Date;
}

export interface EventServices {
  deps: ComposeGuardDeps;
  cache: GuardIndexCache;
  audits: AuditQueue;
  /** Subjects of what these addresses wrote in the last 90 days (the ContactLog), for the override's check (T7 #13). */
  recentSubjects(addresses: readonly string[]): Promise<string[]>;
}

const CONFIG_KEY = "csm.composeGuard.config";
/** How long the runtime waits for config.json before using the copy it kept. */
const CONFIG_TIMEOUT_MS = 3_000;
/** The pane refreshes its sender index every 5 minutes; the guard keeps to the same age. */
export const INDEX_MAX_AGE_MS = 5 * 60_000;
/**
 * A person writing is waiting on none of this (the notice appears when it is ready), but a
 * send is: one retry, short back-off, and a 10 s cap per request keep every Graph call well
 * inside the event's ~300 s life.
 */
const EVENT_RETRY = { maxRetries: 1, maxDelayMs: 2_000 } as const;
const REQUEST_TIMEOUT_MS = 10_000;

/**
 * The compose guard's composition root for the event runtime. Config and the Graph store are
 * made on first use and kept for the runtime's life; config is also kept in storage, so a
 * runtime that cannot reach the add-in's own server still knows its office's pack.
 */
export function createEventServices(host: EventHost): { ready(waitMs: number): Promise<EventServices> } {
  let config: Promise<AppConfig> | undefined;
  let store: Promise<CaseStore> | undefined;
  const loadConfig = () => (config ??= readConfig(host).catch((error: unknown) => ((config = undefined), Promise.reject(error))));
  const loadStore = () =>
    (store ??= (async () => {
      const c = await loadConfig();
      const graph = createGraphClient({ graphBaseUrl: c.graphBaseUrl, tokens: await tokensFor(c), retry: EVENT_RETRY, timeoutMs: REQUEST_TIMEOUT_MS });
      return createSharePointStore(graph, await resolveSiteId(graph, c.site), { mayPurge: mayPurgeIn(packFor(c), c.roles) });
    })().catch((error: unknown) => ((store = undefined), Promise.reject(error))));
  // Judged by the office's own pack and roster (config `roles`): whose decisions count.
  const load = async () => {
    const [c, store] = [await loadConfig(), await loadStore()];
    return strategiesInForce(store, packFor(c), c.roles);
  };
  const cache = new GuardIndexCache({ load, ...(host.storage ? { storage: host.storage } : {}), now: host.now, maxAgeMs: INDEX_MAX_AGE_MS });
  const audits = new AuditQueue(loadStore, host.storage, REQUEST_TIMEOUT_MS);
  const recentSubjects = async (addresses: readonly string[]) => {
    const store = await loadStore();
    const since = new Date(host.now().getTime() - 90 * 86_400_000).toISOString();
    // Only subjects of records their recorders made: one added outside the add-in in a colleague's name is no contact of theirs (T19).
    const { own } = await byCreator(store, (await Promise.all(addresses.map((a) => store.contactsFrom(a, since)))).flat());
    return own.map((c) => c.subject);
  };
  let services: EventServices | undefined;
  return {
    async ready(waitMs) {
      if (services) return services;
      const c = await within(loadConfig(), waitMs, "the add-in's config.json");
      services ??= { deps: { pack: packFor(c), writer: host.writer, staffDomains: c.staffDomains, now: host.now, index: (wait) => cache.get(wait) }, cache, audits, recentSubjects };
      return services;
    },
  };
}

async function readConfig(host: EventHost): Promise<AppConfig> {
  try {
    const response = await within(fetch(host.configUrl, { cache: "no-store" }), CONFIG_TIMEOUT_MS, host.configUrl);
    if (!response.ok) throw new Error(`${host.configUrl} answered HTTP ${response.status}`);
    const text = await response.text();
    const config = parseConfig(JSON.parse(text));
    await host.storage?.setItem(CONFIG_KEY, text).catch(() => undefined);
    return config;
  } catch (error) {
    const kept = await host.storage?.getItem(CONFIG_KEY).catch(() => null);
    if (kept) return parseConfig(JSON.parse(kept));
    throw error;
  }
}

/**
 * Tokens in the event runtime: nested app authentication, silently only — an event has no
 * window to sign in with (Office.auth's dialog APIs are blocked in event-based add-ins), so
 * when a silent token cannot be had the guard fails open and says to open the pane. MSAL is
 * loaded on first use; the events bundle is one file, so this import is part of it.
 */
async function tokensFor(config: AppConfig): Promise<TokenProvider> {
  if (config.auth.mode === "dev") return devTokenProvider(config.auth.token);
  const { msalTokenProvider } = await import("../../graph/auth/msal");
  return msalTokenProvider({ clientId: config.auth.clientId, authority: config.auth.authority, interactive: false });
}
