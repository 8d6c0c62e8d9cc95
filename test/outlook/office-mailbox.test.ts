import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import { OutlookError } from "../../src/outlook/mailbox";
import { createOfficeMailbox } from "../../src/outlook/office/mailbox";

type Callback = (result: { status: string; value?: unknown; error?: { name: string; code: number; message: string } }) => void;
const ok = (cb: Callback, value?: unknown) => cb({ status: "succeeded", value });
const fail = (cb: Callback, name: string, code: number, message: string) => cb({ status: "failed", error: { name, code, message } });

/** An Outlook built with office-addin-mock: the slice of Office.context.mailbox the add-in uses. */
function outlook(options: { item?: Record<string, unknown> | null; master?: string[]; masterAdd?: (details: unknown, cb: Callback) => void } = {}) {
  const state = { master: [...(options.master ?? [])], categories: [] as string[], notifications: new Map<string, unknown>(), handlers: [] as Array<() => void> };
  const item = {
          itemId: "AAMkAD/1+2=",
          internetMessageId: "<m1@example.org>",
          subject: "My complaint",
          from: { displayName: "Pat O'Brien", emailAddress: "pat.o'brien@example.org" },
          sender: { displayName: "Pat O'Brien", emailAddress: "pat.o'brien@example.org" },
          to: [{ displayName: "Enquiries", emailAddress: "enquiries@opcc.example.gov.uk" }],
          cc: [],
          dateTimeCreated: new Date("2026-11-24T09:00:00Z"),
          body: { getAsync: (_type: string, cb: Callback) => ok(cb, "Dear OPCC, …") },
          categories: { addAsync: (names: string[], cb: Callback) => (state.categories.push(...names), ok(cb)) },
          notificationMessages: {
            replaceAsync: (key: string, details: unknown, cb: Callback) => (state.notifications.set(key, details), ok(cb)),
            removeAsync: (key: string, cb: Callback) => (state.notifications.delete(key), ok(cb)),
          },
          ...options.item,
        };
  // host "outlook": office-addin-mock then skips Excel-style load()/sync() on properties.
  const mock = new OfficeMockObject({
    host: "outlook",
    CoercionType: { Text: "text" },
    EventType: { ItemChanged: "olkItemSelectedChanged" },
    MailboxEnums: { RestVersion: { v2_0: "v2.0" }, ItemNotificationMessageType: { InformationalMessage: "informationalMessage", ErrorMessage: "errorMessage", ProgressIndicator: "progressIndicator" } },
    context: {
      mailbox: {
        item,
        userProfile: { displayName: "Casey Worker", emailAddress: "casey.worker@opcc.example.gov.uk" },
        convertToRestId: (id: string) => id.replace(/\//g, "-").replace(/\+/g, "_"),
        addHandlerAsync: (_type: string, handler: () => void, cb: Callback) => (state.handlers.push(handler), ok(cb)),
        removeHandlerAsync: () => undefined,
        masterCategories: {
          getAsync: (cb: Callback) => ok(cb, state.master.map((displayName) => ({ displayName, color: "Preset0" }))),
          addAsync: options.masterAdd ?? ((details: Array<{ displayName: string }>, cb: Callback) => (state.master.push(...details.map((d) => d.displayName)), ok(cb))),
        },
      },
    },
  });
  // office-addin-mock cannot hold a null property; Outlook's "no item" is set after building it.
  if (options.item === null) (mock as unknown as { context: { mailbox: { item: unknown } } }).context.mailbox.item = null;
  return { mailbox: createOfficeMailbox(mock as unknown as typeof Office), state };
}

describe("the Office mailbox adapter", () => {
  it("maps the selected message, with a Graph-ready id", async () => {
    const item = await outlook().mailbox.currentItem();
    expect(item).toMatchObject({
      internetMessageId: "<m1@example.org>",
      restId: "AAMkAD-1_2=",
      from: { emailAddress: "pat.o'brien@example.org" },
      to: [{ emailAddress: "enquiries@opcc.example.gov.uk" }],
      dateTimeCreated: "2026-11-24T09:00:00.000Z",
    });
  });

  it("gives no item between selections (Outlook sets mailbox.item to null)", async () => {
    expect(await outlook({ item: null }).mailbox.currentItem()).toBeUndefined();
  });

  it("reads the owner of a shared mailbox item", async () => {
    const { mailbox } = outlook({ item: { getSharedPropertiesAsync: (cb: Callback) => ok(cb, { owner: "enquiries@opcc.example.gov.uk" }) } });
    expect((await mailbox.currentItem())?.sharedMailboxOwner).toBe("enquiries@opcc.example.gov.uk");
  });

  it("reads the body as text, and reports a failure as an OutlookError instead of throwing in the callback", async () => {
    expect(await outlook().mailbox.bodyText()).toBe("Dear OPCC, …");
    const { mailbox } = outlook({ item: { body: { getAsync: (_t: string, cb: Callback) => fail(cb, "GenericResponseError", 9020, "Server busy") } } });
    const error = await mailbox.bodyText().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutlookError);
    expect((error as OutlookError).message).toContain("Server busy");
  });

  it("follows the selection through ItemChanged", async () => {
    const { mailbox, state } = outlook();
    let changes = 0;
    await mailbox.onItemChanged(() => (changes += 1));
    state.handlers.forEach((h) => h());
    expect(changes).toBe(1);
  });

  it("creates the master category once, and only when it is missing", async () => {
    const { mailbox, state } = outlook();
    expect(await mailbox.ensureMasterCategory("Contact strategy", "Preset0")).toBe(true);
    expect(await mailbox.ensureMasterCategory("Contact strategy", "Preset0")).toBe(true);
    expect(state.master).toEqual(["Contact strategy"]);
    await mailbox.addCategory("Contact strategy");
    expect(state.categories).toEqual(["Contact strategy"]);
  });

  it("treats a duplicate-category race as success and a denied one as 'cannot'", async () => {
    const duplicate = outlook({ masterAdd: (_d, cb) => fail(cb, "DuplicateCategory", 9045, "exists") });
    expect(await duplicate.mailbox.ensureMasterCategory("Contact strategy", "Preset0")).toBe(true);
    const denied = outlook({ masterAdd: (_d, cb) => fail(cb, "PermissionDenied", 9017, "Access denied") });
    expect(await denied.mailbox.ensureMasterCategory("Contact strategy", "Preset0")).toBe(false);
  });

  it("replaces the notification on the message under one key", async () => {
    const { mailbox, state } = outlook();
    await mailbox.showNotification("contactStrategy", "informational", "First");
    await mailbox.showNotification("contactStrategy", "informational", "Second");
    expect(state.notifications.size).toBe(1);
    expect(state.notifications.get("contactStrategy")).toMatchObject({ type: "informationalMessage", message: "Second", persistent: false });
    await mailbox.removeNotification("contactStrategy");
    expect(state.notifications.size).toBe(0);
  });
});
