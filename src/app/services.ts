import { parseConfig, type AppConfig } from "../config";
import { createGraphClient } from "../graph/client";
import { devTokenProvider } from "../graph/auth/dev";
import type { SignInFallback } from "../graph/auth/msal";
import { createRecentMail, type RecentMail } from "../mail/recent-mail";
import { createMessageFinder, type MessageFinder } from "../mail/find-message";
import { SaveTracker } from "./saves";
import { browserLastKnownStore, type LastKnownStore } from "./last-known";
import type { MailboxPort } from "../outlook/mailbox";
import { memoryPreferences, type Preferences } from "../outlook/preferences";
import { GRAPH_SCOPES, INBOX_RULE_SCOPES } from "../graph/auth/scopes";
import type { GraphClient } from "../graph/client";
import { packFor } from "../policy/packs/index";
import type { PolicyPack } from "../policy/packs/schema";
import type { StaffRoster } from "../policy/roster";
import type { CaseStore, SenderIndex } from "../store/port";
import { createSenderIndex } from "../store/sender-index";
import { resolveSiteId } from "../store/sharepoint/site";
import { createSharePointStore } from "../store/sharepoint/store";
import { mayPurgeIn } from "../store/retention-items";

/** Everything the pane needs, wired once at start-up (the composition root). */
export interface Services {
  config: AppConfig;
  pack: PolicyPack;
  /** Who holds which role (config `roles`): whose decisions count. */
  roster: StaffRoster;
  store: CaseStore;
  index: SenderIndex;
  mailbox: MailboxPort;
  /** The reader's own mail, for the sender's recent messages (history). */
  mail: RecentMail;
  /** The reader's own mail, to open a message the records name (a reopened alert's). */
  messages: MessageFinder;
  user: { displayName: string; emailAddress: string };
  now: () => Date;
  /** What was last known of senders under a strategy in force, kept through an outage (see last-known.ts). */
  lastKnown: LastKnownStore;
  /** Writes that may outlive the message they were made on (see saves.ts). */
  saves: SaveTracker;
  /** The text of a policy copy a letter encloses (`policyDocument.copy.href`), read beside the pane. */
  policyCopy: (href: string) => Promise<string>;
  /** The person's own choices (Outlook's roaming settings), e.g. whether to keep an Inbox rule. */
  preferences: Preferences;
  /** Graph with MailboxSettings.ReadWrite, for the person's own Inbox rule; asked for only when first used (see inbox-rule.ts). */
  rulesGraph: () => Promise<GraphClient>;
}

/** Reads a file shipped with the add-in (or an office's own, by https) relative to the pane's page. */
export async function readPolicyCopy(href: string): Promise<string> {
  const response = await fetch(new URL(href, location.href), { cache: "no-cache" });
  if (!response.ok) throw new Error(`Could not read the policy to enclose (${href}, HTTP ${response.status}).`);
  return response.text();
}

/** How often the pane re-reads StrategyAddresses, so a new approval reaches open panes. */
export const INDEX_REFRESH_MS = 5 * 60_000;

/**
 * A person is waiting on the pane: fewer, shorter retries than a batch job's, so a failing
 * write says so (with "Try again", which is safe: writes are idempotent) within seconds, not
 * half a minute. Throttling that lasts longer than this is reported, not waited out.
 */
export const INTERACTIVE_RETRY = { maxRetries: 3, maxDelayMs: 5_000 } as const;

export interface ServiceOptions {
  configUrl?: string;
  signInFallback?: SignInFallback;
  preferences?: Preferences;
}

/** The office's configuration (`config.json` beside the pane), validated; throws when it cannot be read or is not valid. */
export async function readConfig(configUrl = "config.json"): Promise<AppConfig> {
  const response = await fetch(configUrl, { cache: "no-store" });
  if (!response.ok) throw new Error(`Could not load ${configUrl} (HTTP ${response.status}).`);
  return parseConfig(await response.json());
}

export async function createServices(mailbox: MailboxPort, options: ServiceOptions = {}): Promise<Services> {
  return connectServices(await readConfig(options.configUrl), mailbox, options);
}

/** The services for a configuration already read: signs in, finds the site and reads the sender index (all of which need Microsoft 365). */
export async function connectServices(config: AppConfig, mailbox: MailboxPort, options: ServiceOptions = {}): Promise<Services> {
  // MSAL is loaded only for a real tenant: the emulator's dev token needs none of it.
  const tokensFor = async (scopes: readonly string[]) =>
    config.auth.mode === "dev" ? devTokenProvider(config.auth.token) : (await import("../graph/auth/msal")).msalTokenProvider({ ...config.auth, scopes, ...(options.signInFallback ? { fallback: options.signInFallback } : {}) });
  const graph = createGraphClient({ graphBaseUrl: config.graphBaseUrl, tokens: await tokensFor(GRAPH_SCOPES), retry: INTERACTIVE_RETRY });
  // Incremental consent: MailboxSettings.ReadWrite is asked for the first time the person turns their Inbox rule on, never at start.
  let rulesGraph: Promise<GraphClient> | undefined;
  const rules = () => (rulesGraph ??= tokensFor([...GRAPH_SCOPES, ...INBOX_RULE_SCOPES]).then((tokens) => createGraphClient({ graphBaseUrl: config.graphBaseUrl, tokens, retry: INTERACTIVE_RETRY })));
  const store = createSharePointStore(graph, await resolveSiteId(graph, config.site), { mayPurge: mayPurgeIn(packFor(config), config.roles) });
  const index = createSenderIndex(store);
  await index.refresh();
  setInterval(() => void index.refresh().catch(() => undefined), INDEX_REFRESH_MS);
  return { config, pack: packFor(config), roster: config.roles, store, index, mailbox, mail: createRecentMail(graph), messages: createMessageFinder(graph), user: mailbox.userProfile(), now: () => new Date(), saves: new SaveTracker(), lastKnown: browserLastKnownStore(), policyCopy: readPolicyCopy, preferences: options.preferences ?? memoryPreferences(), rulesGraph: rules };
}
