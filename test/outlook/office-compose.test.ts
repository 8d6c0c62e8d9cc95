import { describe, expect, it } from "vitest";
import { OutlookError } from "../../src/outlook/mailbox";
import { officeComposeItem } from "../../src/outlook/office/compose";

type Callback = (result: { status: string; value?: unknown; error?: { name: string; code: number; message: string } }) => void;
const later = (cb: Callback, result: Parameters<Callback>[0]) => setTimeout(() => cb(result), 0);

/** A compose item as office-js gives it, with what the add-in did to it. */
function compose(options: { bcc?: boolean; sessionMissing?: "empty" | "failed" } = {}) {
  const notifications = new Map<string, unknown>();
  const session = new Map<string, string>();
  const field = (list: string[]) => ({ getAsync: (cb: Callback) => later(cb, { status: "succeeded", value: list.map((emailAddress) => ({ emailAddress, displayName: "x" })) }) });
  const item = {
    to: field(["pat.o'brien@example.org"]),
    cc: field(["riley.evans@example.org"]),
    ...(options.bcc === false ? {} : { bcc: field(["jordan.blake@example.net"]) }),
    notificationMessages: {
      replaceAsync: (key: string, details: unknown, cb: Callback) => (notifications.set(key, details), later(cb, { status: "succeeded" })),
      removeAsync: (key: string, cb: Callback) =>
        notifications.delete(key) ? later(cb, { status: "succeeded" }) : later(cb, { status: "failed", error: { name: "KeyNotFound", code: 9024, message: "The key doesn't exist." } }),
    },
    sessionData: {
      getAsync: (key: string, cb: Callback) =>
        session.has(key) || options.sessionMissing !== "failed"
          ? later(cb, { status: "succeeded", value: session.get(key) ?? "" })
          : later(cb, { status: "failed", error: { name: "GenericResponseError", code: 9020, message: "no such key" } }),
      setAsync: (key: string, value: string, cb: Callback) => (session.set(key, value), later(cb, { status: "succeeded" })),
    },
  };
  const office = {
    context: { mailbox: { item } },
    MailboxEnums: { ItemNotificationMessageType: { InformationalMessage: "informationalMessage", ErrorMessage: "errorMessage", ProgressIndicator: "progressIndicator" } },
  } as unknown as typeof Office;
  return { port: officeComposeItem(office), notifications, session, office };
}

describe("the message being written, over office-js", () => {
  it("reads To, Cc and Bcc", async () => {
    expect(await compose().port.recipients()).toEqual(["pat.o'brien@example.org", "riley.evans@example.org", "jordan.blake@example.net"]);
    expect(await compose({ bcc: false }).port.recipients()).toEqual(["pat.o'brien@example.org", "riley.evans@example.org"]);
  });

  it("shows an informational notification with the manifest's icon and an error one without, each within 150 characters", async () => {
    const { port, notifications } = compose();
    await port.showNotification("a", "informational", "x".repeat(200));
    await port.showNotification("b", "error", "Could not check.");
    expect(notifications.get("a")).toEqual({ type: "informationalMessage", message: `${"x".repeat(149)}…`, icon: "Icon.16x16", persistent: false });
    expect(notifications.get("b")).toEqual({ type: "errorMessage", message: "Could not check." });
  });

  it("removes a notification, and a key that is not there is not an error", async () => {
    const { port, notifications } = compose();
    await port.showNotification("a", "informational", "hello");
    await port.removeNotification("a");
    await port.removeNotification("a");
    expect(notifications.size).toBe(0);
  });

  it("keeps session data, and reads a key never set as nothing, however the host reports it", async () => {
    for (const sessionMissing of ["empty", "failed"] as const) {
      const { port } = compose({ sessionMissing });
      expect(await port.sessionGet("verdict")).toBeUndefined();
      await port.sessionSet("verdict", "{}");
      expect(await port.sessionGet("verdict")).toBe("{}");
    }
  });

  it("refuses with noItem when no message is being written", async () => {
    const { port, office } = compose();
    (office.context.mailbox as { item: unknown }).item = null;
    await expect(port.recipients()).rejects.toEqual(expect.objectContaining({ code: "noItem" }) as OutlookError);
  });
});
