/**
 * The event-based activation runtime (manifest LaunchEvent and the "Record override" function
 * command; DESIGN.md flow 5, the compose guard). Outlook loads this without a pane.
 *
 * Classic Outlook on Windows runs this one file in its JavaScript-only runtime (docs
 * "Activate add-ins with events": imports are not supported, only the file the manifest's
 * <Override type="javascript"> names is loaded, and Office.onReady / Office.initialize do not
 * run for event handlers; docs "Runtimes in Office Add-ins": no DOM, no localStorage, no
 * cookies). So: webpack bundles everything into one classic script (webpack.config.js,
 * the `events` build), handlers are registered when the script loads, nothing here touches
 * `document` or `window`, storage is OfficeRuntime.storage where the host gives it (classic
 * Outlook) or localStorage where the runtime is a browser, and every URL is absolute.
 * The manifest check (dev/manifest) fails if a LaunchEvent names a handler not associated here;
 * test/browser/classic-runtime.test.ts loads the built file with no DOM at all.
 */
import type { KeyValueStorage } from "../app/compose/index-cache";
import { composeGuardHandlers } from "./handlers";

/** The add-in's origin from the manifest (webpack DefinePlugin), for a runtime that has no location of its own. */
declare const __ADDIN_ORIGIN__: string;

type Globals = {
  location?: { protocol?: string; origin?: string };
  OfficeRuntime?: { storage?: { getItem(key: string): Promise<string | null>; setItem(key: string, value: string): Promise<void> } };
  localStorage?: { getItem(key: string): string | null; setItem(key: string, value: string): void };
};
const globals = globalThis as unknown as Globals;

/**
 * Where config.json is. Outlook on the web, new Outlook and Mac load events.html from the
 * add-in's origin; the JavaScript-only runtime has no page, so the manifest's origin is used
 * (the docs: relative URLs in fetch are not supported in a JavaScript-only runtime).
 */
function addinOrigin(): string {
  const here = globals.location;
  return here?.origin && /^https?:$/.test(here.protocol ?? "") ? here.origin : __ADDIN_ORIGIN__;
}

function runtimeStorage(): KeyValueStorage | undefined {
  const officeStorage = globals.OfficeRuntime?.storage;
  if (officeStorage) return { getItem: (key) => officeStorage.getItem(key), setItem: (key, value) => officeStorage.setItem(key, value) };
  let local: Globals["localStorage"];
  try {
    local = globals.localStorage;
  } catch {
    local = undefined; // a sandbox may forbid even looking
  }
  if (!local) return undefined;
  const store = local;
  return { getItem: async (key) => store.getItem(key), setItem: async (key, value) => store.setItem(key, value) };
}

const handlers = composeGuardHandlers({ office: Office, configUrl: `${addinOrigin()}/config.json`, ...optional(runtimeStorage()), now: () => new Date() });

function optional(storage: KeyValueStorage | undefined): { storage?: KeyValueStorage } {
  return storage ? { storage } : {};
}

const onNewMessageCompose = (event: Office.MailboxEvent) => handlers.check(event);
const onMessageRecipientsChanged = (event: Office.MailboxEvent) => handlers.check(event);
const onMessageSend = (event: Office.MailboxEvent) => handlers.onSend(event);
const recordOverride = (event: Office.AddinCommands.Event) => handlers.onRecordOverride(event);

// Registered when the script loads: in classic Outlook on Windows nothing waits for Office.onReady.
Office.actions.associate("onNewMessageCompose", onNewMessageCompose);
Office.actions.associate("onMessageRecipientsChanged", onMessageRecipientsChanged);
Office.actions.associate("onMessageSend", onMessageSend);
Office.actions.associate("recordOverride", recordOverride);
