import { describe, expect, it } from "vitest";
import { OutlookError } from "../../src/outlook/mailbox";
import { fail, outlook, rejection, type Callback, ITEM } from "./office-mock";

describe("the notification on the message", () => {
  it("replaces the notification under one key, as an informational, non-persistent message with the manifest icon", async () => {
    const { mailbox, state } = outlook();
    await mailbox.showNotification(ITEM, "contactStrategy", "informational", "First");
    await mailbox.showNotification(ITEM, "contactStrategy", "informational", "Second");
    expect([...state.notifications.keys()]).toEqual(["contactStrategy"]);
    expect(state.notifications.get("contactStrategy")).toEqual({ type: "informationalMessage", message: "Second", icon: "Icon.16x16", persistent: false });
  });

  it("gives an error message neither icon nor persistence (Outlook rejects both there)", async () => {
    const { mailbox, state } = outlook();
    await mailbox.showNotification(ITEM, "problem", "error", "Could not reach SharePoint");
    expect(state.notifications.get("problem")).toEqual({ type: "errorMessage", message: "Could not reach SharePoint" });
  });

  it("shortens a message to Outlook's 150 characters instead of having it refused", async () => {
    const { mailbox, state } = outlook();
    await mailbox.showNotification(ITEM, "contactStrategy", "informational", "x".repeat(200));
    const message = String(state.notifications.get("contactStrategy")?.message);
    expect(message).toHaveLength(150);
    expect(message.endsWith("…")).toBe(true);
  });

  it("removes the notification, and removing one that is not there is not an error", async () => {
    const { mailbox, state } = outlook();
    await mailbox.showNotification(ITEM, "contactStrategy", "informational", "Shown");
    await mailbox.removeNotification(ITEM, "contactStrategy");
    expect(state.notifications.size).toBe(0);
    await expect(mailbox.removeNotification(ITEM, "contactStrategy")).resolves.toBeUndefined();
  });

  it("rejects a refused notification with an OutlookError", async () => {
    const replaceAsync = (_k: string, _d: unknown, cb: Callback) => fail(cb, "NumberOfNotificationMessagesExceeded", 9025, "Too many notifications");
    const { mailbox } = outlook({ item: { notificationMessages: { replaceAsync } } });
    const error = await rejection(mailbox.showNotification(ITEM, "contactStrategy", "informational", "Hello"));
    expect(error).toBeInstanceOf(OutlookError);
    expect((error as OutlookError).message).toContain("Too many notifications");
  });

  it("rejects with noItem when the selection has gone", async () => {
    expect(await rejection(outlook({ item: null }).mailbox.showNotification(ITEM, "k", "informational", "Hello"))).toMatchObject({ code: "noItem" });
  });
});
