/**
 * The slice of office.js the add-in uses, for the task pane inside the harness iframe:
 * harness/taskpane.html loads this in place of the CDN office.js, so the add-in code is the
 * same code that runs in Outlook. Everything is answered by the harness page
 * (`window.parent.__harness`, same origin), which keeps state in the Graph emulator.
 */
import type { HarnessApi, ItemChangedHandler } from "./api";
import { toOfficeColour } from "./category-colours";
import { allowed, failWith, fileAttachments, readItem, settle, succeed, type FormData } from "./shim-item";

function harness(): HarnessApi {
  const api = window.parent === window ? undefined : window.parent.__harness;
  if (!api) throw new Error("This page uses the harness's office.js shim: open it through the harness (/harness/), not on its own.");
  return api;
}

/** This window's ItemChanged handlers, so removeHandlerAsync removes only the add-in's own. */
const mine: ItemChangedHandler[] = [];
window.addEventListener("pagehide", () => mine.splice(0).forEach((h) => window.parent.__harness?.offItemChanged(h)));

const mailbox = {
  get item() {
    const m = harness().current();
    return m ? readItem(harness(), m) : null;
  },
  get userProfile() {
    return { ...harness().user, timeZone: "GMT Standard Time", accountType: "enterprise" };
  },
  diagnostics: { hostName: "OutlookWebApp", hostVersion: "harness", OWAView: "ThreeColumns" },
  // The emulator's ids are already REST ids; Outlook's EWS ids would differ in / and +.
  convertToRestId: (itemId: string) => itemId,
  convertToEwsId: (itemId: string) => itemId,
  addHandlerAsync: (type: string, handler: ItemChangedHandler, ...args: unknown[]) => {
    if (type !== "olkItemSelectedChanged") return failWith(args, new Error(`The harness does not raise ${type}.`));
    mine.push(handler);
    harness().onItemChanged(handler);
    succeed(args, undefined);
  },
  removeHandlerAsync: (type: string, ...args: unknown[]) => {
    // office-js removes every handler of the type this add-in registered.
    if (type === "olkItemSelectedChanged") mine.splice(0).forEach((h) => harness().offItemChanged(h));
    succeed(args, undefined);
  },
  displayMessageForm: (itemId: string) => harness().openMessage(itemId),
  displayNewMessageForm: (form: FormData & { toRecipients?: Array<string | { emailAddress: string }>; subject?: string }) =>
    harness().compose({
      kind: "new",
      to: (form.toRecipients ?? []).map((r) => (typeof r === "string" ? r : r.emailAddress)),
      subject: form.subject ?? "",
      htmlBody: form.htmlBody ?? "",
      attachments: fileAttachments(form),
    }),
  // Read/write mailbox, whatever the call (Office.MasterCategories): refused to an add-in that asks for less.
  masterCategories: {
    getAsync: (...args: unknown[]) =>
      allowed("ReadWriteMailbox", "Reading the mailbox's master categories", args) &&
      settle(
        args,
        harness()
          .masterCategories()
          .then((list) => list.map((c) => ({ displayName: c.displayName, color: toOfficeColour(c.color) }))),
      ),
    addAsync: (details: Array<{ displayName: string; color: string }>, ...args: unknown[]) =>
      allowed("ReadWriteMailbox", "Adding to the mailbox's master categories", args) &&
      settle(
        args,
        details.reduce<Promise<void>>((done, d) => done.then(() => harness().addMasterCategory(d.displayName, String(d.color))), Promise.resolve()),
      ),
  },
};

/**
 * Roaming settings as Outlook keeps them: per person (here per harness user, in this browser's
 * localStorage), changed in memory by set/remove and written only by saveAsync.
 */
function roamingSettings() {
  const key = () => `harness.roamingSettings.${harness().user.emailAddress.toLowerCase()}`;
  const read = (): Record<string, unknown> => JSON.parse(localStorage.getItem(key()) ?? "{}") as Record<string, unknown>;
  const byUser = new Map<string, Record<string, unknown>>();
  const held = () => byUser.get(key()) ?? byUser.set(key(), read()).get(key())!;
  return {
    get: (name: string) => held()[name],
    set: (name: string, value: unknown) => void (held()[name] = value),
    remove: (name: string) => void delete held()[name],
    saveAsync: (...args: unknown[]) => {
      localStorage.setItem(key(), JSON.stringify(held()));
      succeed(args, undefined);
    },
  };
}

const info = { host: "Outlook", platform: "OfficeOnline" };
const office = {
  onReady: (callback?: (i: typeof info) => void) => {
    callback?.(info);
    return Promise.resolve(info);
  },
  context: {
    mailbox,
    roamingSettings: roamingSettings(),
    requirements: { isSetSupported: (name: string, version?: string) => name === "Mailbox" ? Number(version ?? "1") <= 1.8 : true },
    displayLanguage: "en-GB",
    contentLanguage: "en-GB",
    diagnostics: { host: "Outlook", platform: "OfficeOnline", version: "harness" },
  },
  HostType: { Outlook: "Outlook" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  CoercionType: { Text: "text", Html: "html" },
  EventType: { ItemChanged: "olkItemSelectedChanged" },
  MailboxEnums: {
    RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
    ItemType: { Message: "message", Appointment: "appointment" },
    ItemNotificationMessageType: { InformationalMessage: "informationalMessage", ErrorMessage: "errorMessage", ProgressIndicator: "progressIndicator", InsightMessage: "insightMessage" },
    CategoryColor: Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`Preset${i}`, `Preset${i}`]).concat([["None", "None"]])),
  },
  actions: { associate: () => undefined },
};

(window as unknown as { Office: unknown }).Office = office;
