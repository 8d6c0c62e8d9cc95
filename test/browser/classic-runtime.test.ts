import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { afterEach, describe, expect, inject, it } from "vitest";
import { CASEY as CASEY_ACTOR, DEMO_SITE, SAM, tokenOf } from "../../dev/demo/people";
import { DIST } from "../../dev/serve/product";
import { createGraphClient } from "../../src/graph/client";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { createSharePointStore } from "../../src/store/sharepoint/store";
import { strategy } from "../builders/strategy";

/**
 * The BUILT events.js loaded as classic Outlook on Windows loads it: one classic script (an
 * import or export would not even parse here), in a context with no DOM, no window, no self,
 * no location and no localStorage — only the JavaScript engine, timers, fetch, and the
 * Office / OfficeRuntime.storage objects the host provides. Office.onReady never runs.
 * Handlers must be registered when the script has run, and then check real recipients
 * against the demo office in the Graph emulator.
 */
const ADDIN_ORIGIN = "https://localhost:3000"; // the manifest's origin, built into events.js
const PAT = "pat.o'brien@example.org";
const CASEY = { displayName: "Casey Worker", emailAddress: "casey.worker@opcc.example.gov.uk" };

type Completion = Record<string, unknown> | "none";
type Handler = (event: Record<string, unknown>) => unknown;

interface ClassicOutlook {
  handlers: Map<string, Handler>;
  to: Array<{ emailAddress: string; displayName: string }>;
  subject: string;
  notifications: Map<string, { type: string; message: string }>;
  session: Map<string, string>;
  storage: Map<string, string>;
  /** Names of globals the script looked for and did not find (ReferenceErrors it caught itself would hide otherwise). */
  raise(name: string, event?: Record<string, unknown>): Promise<Completion[]>;
}

const reply = (cb: (r: unknown) => void, value?: unknown) => setTimeout(() => cb({ status: "succeeded", value }), 0);

function classicOutlook(options: { storage?: Map<string, string>; graphDown?: boolean } = {}): ClassicOutlook {
  const harness = new URL(inject("harnessUrl")).origin;
  const handlers = new Map<string, Handler>();
  const state = { to: [] as Array<{ emailAddress: string; displayName: string }>, subject: "", notifications: new Map<string, { type: string; message: string }>(), session: new Map<string, string>() };
  const storage = options.storage ?? new Map<string, string>();
  const field = (name: "to" | "cc" | "bcc") => ({ getAsync: (cb: (r: unknown) => void) => reply(cb, name === "to" ? state.to.map((r) => ({ ...r, recipientType: "externalUser" })) : []) });
  const Office = {
    actions: { associate: (name: string, handler: Handler) => void handlers.set(name, handler) },
    onReady: () => new Promise(() => undefined),
    context: {
      mailbox: {
        userProfile: CASEY,
        item: {
          itemType: "message",
          to: field("to"),
          cc: field("cc"),
          bcc: field("bcc"),
          // Compose mode's Subject object (Mailbox 1.1): the override is recorded with it (T5 finding 6).
          subject: { getAsync: (cb: (r: unknown) => void) => reply(cb, state.subject) },
          notificationMessages: {
            replaceAsync: (key: string, details: { type: string; message: string }, cb: (r: unknown) => void) => {
              if (details.message.length > 150) throw new Error("Sys.ArgumentOutOfRangeException");
              state.notifications.set(key, details);
              reply(cb);
            },
            removeAsync: (key: string, cb: (r: unknown) => void) =>
              state.notifications.delete(key) ? reply(cb) : setTimeout(() => cb({ status: "failed", error: { name: "KeyNotFound", code: 9024, message: "no such key" } }), 0),
          },
          sessionData: {
            getAsync: (key: string, cb: (r: unknown) => void) => reply(cb, state.session.get(key) ?? ""),
            setAsync: (key: string, value: string, cb: (r: unknown) => void) => (state.session.set(key, value), reply(cb)),
          },
        },
      },
      requirements: { isSetSupported: (name: string, version = "1.1") => name === "Mailbox" && Number(version) <= 1.15 },
    },
    MailboxEnums: { ItemNotificationMessageType: { InformationalMessage: "informationalMessage", ErrorMessage: "errorMessage", ProgressIndicator: "progressIndicator", InsightMessage: "insightMessage" } },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
  // Outlook fetches from the manifest's origin; here the same files are served on an ephemeral port.
  const fetchAsOutlook = (input: string, init?: RequestInit) => {
    const url = String(input).replace(ADDIN_ORIGIN, harness);
    if (options.graphDown && !url.startsWith(harness)) return Promise.reject(new TypeError("fetch failed"));
    return fetch(url, init);
  };
  const context = vm.createContext({
    Office,
    OfficeRuntime: { storage: { getItem: async (key: string) => storage.get(key) ?? null, setItem: async (key: string, value: string) => void storage.set(key, value) } },
    fetch: fetchAsOutlook,
    Headers,
    Request,
    Response,
    AbortController,
    AbortSignal,
    URL,
    URLSearchParams,
    TextEncoder,
    TextDecoder,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    console: { log() {}, info() {}, debug() {}, warn() {}, error: console.error },
  });
  const code = readFileSync(join(DIST, "events.js"), "utf8");
  // A classic script: module syntax (import/export) is a SyntaxError here, as in the JavaScript-only runtime.
  new vm.Script(code, { filename: "events.js" }).runInContext(context);
  return {
    handlers,
    storage,
    get to() {
      return state.to;
    },
    set to(value) {
      state.to = value;
    },
    get subject() {
      return state.subject;
    },
    set subject(value) {
      state.subject = value;
    },
    notifications: state.notifications,
    session: state.session,
    async raise(name, event = {}) {
      const calls: Completion[] = [];
      const handler = handlers.get(name);
      if (!handler) throw new Error(`${name} was not registered`);
      await handler({ ...event, completed: (options?: Record<string, unknown>) => void calls.push(options ?? "none") });
      return calls;
    },
  };
}

async function emulatorAudit(): Promise<Array<Record<string, unknown>>> {
  const base = `${inject("emulatorOrigin")}/v1.0`;
  const headers = { Authorization: "Bearer dev-token" };
  const sites = (await (await fetch(`${base}/sites/opcc.sharepoint.com:/sites/contact-strategies`, { headers })).json()) as { id: string };
  const items = (await (await fetch(`${base}/sites/${sites.id}/lists/AuditTrail/items?$expand=fields&$top=500`, { headers })).json()) as { value: Array<{ fields: Record<string, unknown> }> };
  return items.value.map((i) => i.fields);
}

let runtimes: ClassicOutlook[] = [];
afterEach(() => void (runtimes = []));

describe("the built events.js in a JavaScript-only runtime (classic Outlook on Windows)", () => {
  it("registers every handler when the script runs, before any Office.onReady", () => {
    const outlook = classicOutlook();
    expect([...outlook.handlers.keys()].sort()).toEqual(["onMessageRecipientsChanged", "onMessageSend", "onNewMessageCompose", "recordOverride"]);
  });

  it("names the person and the single point of contact when a restricted recipient is added, and clears it when removed", async () => {
    const outlook = classicOutlook();
    runtimes.push(outlook);
    expect(await outlook.raise("onNewMessageCompose", { type: "olkNewMessageCompose" })).toEqual(["none"]);
    outlook.to = [{ emailAddress: PAT, displayName: "Pat O'Brien" }];
    expect(await outlook.raise("onMessageRecipientsChanged", { type: "olkRecipientsChanged", changedRecipientFields: { to: true, cc: false, bcc: false } })).toEqual(["none"]);
    expect(outlook.notifications.get("csmStrategy")?.message).toBe("Contact strategy in force for Pat O'Brien: replies only from Sam Carter (single point of contact), by email; read and file.");
    // The index is kept in OfficeRuntime.storage for the next runtime.
    expect(outlook.storage.get("csm.composeGuard.index")).toContain("demo-pat-obrien");
    outlook.to = [];
    await outlook.raise("onMessageRecipientsChanged", { type: "olkRecipientsChanged", changedRecipientFields: { to: true, cc: false, bcc: false } });
    expect(outlook.notifications.has("csmStrategy")).toBe(false);
  });

  it("soft-blocks a send by someone who is not the single point of contact, naming the rule; an override is audited and then the send goes", async () => {
    const outlook = classicOutlook();
    outlook.to = [{ emailAddress: PAT, displayName: "Pat O'Brien" }];
    outlook.subject = "Parking on Elm Street";
    await outlook.raise("onMessageRecipientsChanged", { type: "olkRecipientsChanged" });
    const [blocked] = await outlook.raise("onMessageSend", { type: "olkMessageSend" });
    expect(blocked).toMatchObject({ allowEvent: false, cancelLabel: "Record override", commandId: "csmRecordOverride" });
    expect((blocked as { errorMessage: string }).errorMessage).toContain("You are not the single point of contact for Pat O'Brien: only Sam Carter replies");
    expect((blocked as { errorMessage: string }).errorMessage.length).toBeLessThanOrEqual(500);

    expect(await outlook.raise("recordOverride", { source: { id: "csmRecordOverride" } })).toEqual(["none"]);
    const audit = await emulatorAudit();
    expect(audit.some((e) => e.Action === "composeOverride" && e.Target === "strategy:demo-pat-obrien" && e.By === CASEY.emailAddress && String(e.Detail).includes("about “Parking on Elm Street”"))).toBe(true);
    expect(await outlook.raise("onMessageSend", { type: "olkMessageSend" })).toEqual([{ allowEvent: true }]);
  });

  it("binds no one on a caseworker's word: a strategy item saved as active with no authoriser's approval is not enforced", async () => {
    // Casey writes the item (and its StrategyAddresses row) straight to the site as active, as any member of staff can.
    const graph = createGraphClient({ graphBaseUrl: `${inject("emulatorOrigin")}/v1.0`, tokens: devTokenProvider(tokenOf(CASEY_ACTOR)) });
    const asCasey = createSharePointStore(graph, await resolveSiteId(graph, DEMO_SITE));
    // Someone no other browser test writes to: the emulator is shared by every browser test file, and an ended
    // strategy left behind would change what the pane shows for that sender elsewhere.
    const robin = "robin.unapproved@example.org";
    await asCasey.saveStrategy(strategy({ id: "classic-unapproved", status: "active", person: { displayName: "Robin Unapproved" }, addresses: [robin], restrictions: [{ kind: "singlePointOfContact", spoc: { upn: SAM.upn, displayName: SAM.displayName } }] }));
    try {
      const outlook = classicOutlook();
      outlook.to = [
        { emailAddress: robin, displayName: "Robin Unapproved" },
        { emailAddress: PAT, displayName: "Pat O'Brien" },
      ];
      await outlook.raise("onMessageRecipientsChanged", { type: "olkRecipientsChanged" });
      // Pat (approved by the Head of Business Services) is named; Robin is not.
      expect(outlook.notifications.get("csmStrategy")?.message).toMatch(/^Contact strategy in force for Pat O'Brien:/);
      outlook.to = [{ emailAddress: robin, displayName: "Robin Unapproved" }];
      await outlook.raise("onMessageRecipientsChanged", { type: "olkRecipientsChanged" });
      expect(outlook.notifications.has("csmStrategy")).toBe(false);
      expect(await outlook.raise("onMessageSend", { type: "olkMessageSend" })).toEqual([{ allowEvent: true }]);
    } finally {
      const saved = (await asCasey.getStrategy("classic-unapproved"))!;
      await asCasey.saveStrategy({ ...saved.value, status: "ended" }, saved.etag);
    }
  });

  it("answers a new runtime from OfficeRuntime.storage while Graph is down, and without anything kept fails open with a warning", async () => {
    const first = classicOutlook();
    first.to = [{ emailAddress: PAT, displayName: "Pat O'Brien" }];
    await first.raise("onMessageRecipientsChanged", { type: "olkRecipientsChanged" });

    const restarted = classicOutlook({ storage: first.storage, graphDown: true });
    restarted.to = [{ emailAddress: PAT, displayName: "Pat O'Brien" }];
    await restarted.raise("onMessageRecipientsChanged", { type: "olkRecipientsChanged" });
    expect(restarted.notifications.get("csmStrategy")?.message).toContain("Pat O'Brien");
    expect((await restarted.raise("onMessageSend", { type: "olkMessageSend" }))[0]).toMatchObject({ allowEvent: false });

    const nothingKept = classicOutlook({ graphDown: true });
    nothingKept.to = [{ emailAddress: PAT, displayName: "Pat O'Brien" }];
    await nothingKept.raise("onMessageRecipientsChanged", { type: "olkRecipientsChanged" });
    expect(nothingKept.notifications.get("csmStrategyCheck")?.message).toMatch(/^Before sending, check whether any recipient has a contact strategy: the check failed \(/);
    expect(await nothingKept.raise("onMessageSend", { type: "olkMessageSend" })).toEqual([{ allowEvent: true }]);
  });

  it("is served with the well-known file that lets classic Outlook's runtime make CORS requests and get tokens", async () => {
    const response = await fetch(`${new URL(inject("harnessUrl")).origin}/.well-known/microsoft-officeaddins-allowed.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ allowed: [`${ADDIN_ORIGIN}/events.js`] });
  });
});
