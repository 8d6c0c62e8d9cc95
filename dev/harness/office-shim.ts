/**
 * The slice of office.js the add-in uses, for the task pane inside the harness: loaded by
 * harness/taskpane.html in place of the CDN office.js, so the add-in code is the same code
 * that runs in Outlook. Everything is answered from the harness page (window.parent).
 */
import { bodyText, type GraphMessage, type HarnessApi } from "./api";

type Callback<T> = (result: { status: string; value: T; error?: { name: string; code: number; message: string } }) => void;
const harness = (): HarnessApi => {
  const api = window.parent.__harness;
  if (!api) throw new Error("The office.js shim must run inside the harness page.");
  return api;
};
const succeed = <T>(cb: Callback<T> | undefined, value: T) => setTimeout(() => cb?.({ status: "succeeded", value }), 0);
const fail = (cb: Callback<unknown> | undefined, name: string, code: number, message: string) =>
  setTimeout(() => cb?.({ status: "failed", value: undefined, error: { name, code, message } }), 0);
const last = <T>(args: unknown[]) => args.find((a) => typeof a === "function") as Callback<T> | undefined;


function itemFor(m: GraphMessage) {
  const address = (a: { emailAddress: { name: string; address: string } }) => ({ displayName: a.emailAddress.name, emailAddress: a.emailAddress.address });
  return {
    itemId: m.id,
    itemType: "message",
    internetMessageId: m.internetMessageId,
    subject: m.subject,
    from: address(m.from),
    sender: address(m.sender ?? m.from),
    to: m.toRecipients.map(address),
    cc: m.ccRecipients.map(address),
    dateTimeCreated: new Date(m.receivedDateTime),
    body: { getAsync: (_type: string, ...args: unknown[]) => succeed(last<string>(args), bodyText(m)) },
    categories: {
      getAsync: (...args: unknown[]) => succeed(last(args), (harness().current()?.categories ?? []).map((displayName) => ({ displayName, color: "Preset0" }))),
      addAsync: (names: string[], ...args: unknown[]) => {
        const cb = last<void>(args);
        harness().addCategories(m.id, names).then(() => succeed(cb, undefined), (e: Error) => fail(cb as Callback<unknown>, "GenericResponseError", 9020, e.message));
      },
    },
    notificationMessages: {
      replaceAsync: (key: string, details: never, ...args: unknown[]) => (harness().setNotification(m.id, key, details), succeed(last<void>(args), undefined)),
      removeAsync: (key: string, ...args: unknown[]) => (harness().removeNotification(m.id, key), succeed(last<void>(args), undefined)),
      getAllAsync: (...args: unknown[]) => succeed(last(args), Object.entries(harness().notifications(m.id)).map(([key, d]) => ({ key, ...d }))),
    },
    displayReplyForm: (html: string) => harness().compose("reply", html),
  };
}

const mailbox = {
  get item() {
    const m = harness().current();
    return m ? itemFor(m) : null;
  },
  get userProfile() {
    return { ...harness().user, timeZone: "GMT Standard Time", accountType: "enterprise" };
  },
  convertToRestId: (id: string) => id,
  addHandlerAsync: (_type: string, handler: () => void, ...args: unknown[]) => (harness().onItemChanged(handler), succeed(last<void>(args), undefined)),
  removeHandlerAsync: (...args: unknown[]) => succeed(last<void>(args), undefined),
  displayNewMessageForm: (detail: unknown) => harness().compose("new", detail),
  masterCategories: {
    getAsync: (...args: unknown[]) => {
      const cb = last<unknown>(args);
      harness().masterCategories().then((v) => succeed(cb, v), (e: Error) => fail(cb, "GenericResponseError", 9020, e.message));
    },
    addAsync: (details: Array<{ displayName: string; color: string }>, ...args: unknown[]) => {
      const cb = last<unknown>(args);
      const [first] = details;
      harness()
        .addMasterCategory(first!.displayName, String(first!.color))
        .then((r) => (r.ok ? succeed(cb, undefined) : r.status === 409 ? fail(cb, "DuplicateCategory", 9045, "The category already exists.") : fail(cb, "PermissionDenied", 9017, "Access is denied.")));
    },
  },
};

const info = { host: "Outlook", platform: "OfficeOnline" };
(window as unknown as { Office: unknown }).Office = {
  onReady: (cb?: (i: typeof info) => void) => (cb?.(info), Promise.resolve(info)),
  context: { mailbox, requirements: { isSetSupported: () => true }, displayLanguage: "en-GB" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  CoercionType: { Text: "text", Html: "html" },
  EventType: { ItemChanged: "olkItemSelectedChanged" },
  MailboxEnums: {
    RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
    ItemNotificationMessageType: { InformationalMessage: "informationalMessage", ErrorMessage: "errorMessage", ProgressIndicator: "progressIndicator", InsightMessage: "insightMessage" },
  },
  actions: { associate: () => undefined },
};
