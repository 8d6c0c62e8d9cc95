import { OfficeMockObject } from "office-addin-mock";
import { createOfficeMailbox } from "../../src/outlook/office/mailbox";

/** What office-js hands a callback. */
export type AsyncResult = { status: string; value?: unknown; error?: { name: string; code: number; message: string } };
export type Callback = (result: AsyncResult) => void;
export const ok = (cb: Callback, value?: unknown) => cb({ status: "succeeded", value });
export const fail = (cb: Callback, name: string, code: number, message: string) => cb({ status: "failed", error: { name, code, message } });

export interface OutlookState {
  master: string[];
  masterAdds: number;
  categories: string[];
  notifications: Map<string, Record<string, unknown>>;
  handlers: Array<(event: unknown) => void>;
  removedHandlers: number;
  restIdCalls: Array<[string, string]>;
}

export interface OutlookOptions {
  /** Overrides of the selected item's members; null is Outlook between selections. */
  item?: Record<string, unknown> | null;
  master?: string[];
  masterGet?: (cb: Callback) => void;
  masterAdd?: (details: Array<{ displayName: string }>, cb: Callback) => void;
  mailbox?: Record<string, unknown>;
}

/** An Outlook built with office-addin-mock: the slice of Office.context.mailbox the add-in uses. */
/** The selected item's id in `outlook()`; per-item calls name it. */
export const ITEM = "AAMkAD/1+2=";

export function outlook(options: OutlookOptions = {}) {
  const state: OutlookState = { master: [...(options.master ?? [])], masterAdds: 0, categories: [], notifications: new Map(), handlers: [], removedHandlers: 0, restIdCalls: [] };
  const item = {
    itemId: ITEM,
    internetMessageId: "<m1@example.org>",
    subject: "My complaint",
    from: { displayName: "Pat O'Brien", emailAddress: "pat.o'brien@example.org" },
    sender: { displayName: "Pat O'Brien", emailAddress: "pat.o'brien@example.org" },
    to: [{ displayName: "Enquiries", emailAddress: "enquiries@opcc.example.gov.uk" }],
    cc: [{ displayName: "Sam Carter", emailAddress: "sam.carter@opcc.example.gov.uk" }],
    dateTimeCreated: new Date("2026-11-24T09:00:00Z"),
    body: { getAsync: (_type: string, cb: Callback) => ok(cb, "Dear OPCC, …") },
    categories: {
      getAsync: (cb: Callback) => ok(cb, state.categories.map((displayName) => ({ displayName, color: "Preset0" }))),
      // Outlook applies only categories in the mailbox's master list (Office.Categories.addAsync).
      addAsync: (names: string[], cb: Callback) =>
        names.every((n) => state.master.some((m) => m.toLowerCase() === n.toLowerCase()))
          ? (state.categories.push(...names), ok(cb))
          : fail(cb, "InvalidCategory", 9044, "Invalid categories were provided."),
    },
    notificationMessages: {
      replaceAsync: (key: string, details: Record<string, unknown>, cb: Callback) => (state.notifications.set(key, details), ok(cb)),
      removeAsync: (key: string, cb: Callback) => (state.notifications.delete(key) ? ok(cb) : fail(cb, "KeyNotFound", 9024, "The key doesn't exist.")),
    },
    ...options.item,
  };
  // host "outlook": office-addin-mock then skips Excel-style load()/sync() on properties.
  const mock = new OfficeMockObject({
    host: "outlook",
    CoercionType: { Text: "text", Html: "html" },
    EventType: { ItemChanged: "olkItemSelectedChanged" },
    MailboxEnums: {
      RestVersion: { v1_0: "v1.0", v2_0: "v2.0" },
      ItemNotificationMessageType: { InformationalMessage: "informationalMessage", ErrorMessage: "errorMessage", ProgressIndicator: "progressIndicator" },
    },
    context: {
      mailbox: {
        item,
        userProfile: { displayName: "Casey Worker", emailAddress: "casey.worker@opcc.example.gov.uk" },
        convertToRestId: (id: string, version: string) => (state.restIdCalls.push([id, version]), id.replace(/\//g, "-").replace(/\+/g, "_")),
        addHandlerAsync: (_type: string, handler: (event: unknown) => void, cb: Callback) => (state.handlers.push(handler), ok(cb)),
        removeHandlerAsync: (_type: string, cb: Callback) => ((state.removedHandlers += 1), (state.handlers = []), ok(cb)),
        masterCategories: {
          getAsync: options.masterGet ?? ((cb: Callback) => ok(cb, state.master.map((displayName) => ({ displayName, color: "Preset0" })))),
          addAsync:
            options.masterAdd ??
            ((details: Array<{ displayName: string }>, cb: Callback) => ((state.masterAdds += 1), state.master.push(...details.map((d) => d.displayName)), ok(cb))),
        },
        ...options.mailbox,
      },
    },
  });
  // office-addin-mock cannot hold a null property; Outlook's "no item" is set after building it.
  if (options.item === null) (mock as unknown as { context: { mailbox: { item: unknown } } }).context.mailbox.item = null;
  return { mailbox: createOfficeMailbox(mock as unknown as typeof Office), state, office: mock as unknown as { context: { mailbox: { item: unknown } } } };
}

/** The rejection of a promise that must reject (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}
