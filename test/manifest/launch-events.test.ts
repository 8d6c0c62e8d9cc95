import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { parseXml, walk, localName } from "../../dev/manifest/xml";
import { FUNCTION_COMMANDS } from "../../src/events/commands";

/**
 * The manifest's launch events and function command, run against the runtime's source:
 * Outlook waits for `event.completed` and, for OnMessageSend with SoftBlock, holds the message
 * until then. Here nothing can be checked (config.json unreachable, as when the add-in's
 * server is down), so every handler must still complete once — and the send must go.
 * The built bundle, with no DOM, is tested in test/browser/classic-runtime.test.ts.
 */
type Handler = (event: { completed: (options?: { allowEvent?: boolean }) => void }) => unknown;
const handlers = new Map<string, Handler>();
const notifications = new Map<string, unknown>();
const ok = (cb: (r: unknown) => void, value?: unknown) => setTimeout(() => cb({ status: "succeeded", value }), 0);

beforeAll(async () => {
  // The runtime registers at load (classic Windows' JavaScript-only runtime needs that), so
  // Office must exist before it is imported.
  const field = { getAsync: (cb: (r: unknown) => void) => ok(cb, [{ emailAddress: "pat.o'brien@example.org", displayName: "Pat" }]) };
  vi.stubGlobal("__ADDIN_ORIGIN__", "https://localhost:3000");
  vi.stubGlobal("fetch", () => Promise.reject(new TypeError("fetch failed")));
  vi.stubGlobal("Office", {
    actions: { associate: (name: string, handler: Handler) => handlers.set(name, handler) },
    context: {
      mailbox: {
        userProfile: { emailAddress: "casey.worker@opcc.example.gov.uk", displayName: "Casey Worker" },
        item: {
          to: field,
          cc: { getAsync: (cb: (r: unknown) => void) => ok(cb, []) },
          bcc: { getAsync: (cb: (r: unknown) => void) => ok(cb, []) },
          notificationMessages: {
            replaceAsync: (key: string, details: unknown, cb: (r: unknown) => void) => (notifications.set(key, details), ok(cb)),
            removeAsync: (key: string, cb: (r: unknown) => void) => (notifications.delete(key), ok(cb)),
          },
          sessionData: { getAsync: (_k: string, cb: (r: unknown) => void) => ok(cb, ""), setAsync: (_k: string, _v: string, cb: (r: unknown) => void) => ok(cb) },
        },
      },
      requirements: { isSetSupported: () => true },
    },
    MailboxEnums: { ItemNotificationMessageType: { InformationalMessage: "informationalMessage", ErrorMessage: "errorMessage", ProgressIndicator: "progressIndicator" } },
  });
  await import("../../src/events/runtime");
});

const { root } = parseXml(readFileSync("manifest.xml", "utf8"));
const launchEvents = [...walk(root!)]
  .filter((e) => localName(e.name) === "LaunchEvent")
  .map((e) => [e.attributes.Type!, e.attributes.FunctionName!] as const);

async function completions(name: string): Promise<unknown[]> {
  const calls: unknown[] = [];
  const handler = handlers.get(name);
  expect(handler, `${name} is not registered`).toBeTypeOf("function");
  await handler!({ completed: (options?: unknown) => void calls.push(options ?? "none") });
  return calls;
}

describe("event runtime behind the manifest's launch events", () => {
  it("covers the three compose events", () => {
    expect(launchEvents.map(([type]) => type).sort()).toEqual(["OnMessageRecipientsChanged", "OnMessageSend", "OnNewMessageCompose"]);
  });

  it.each(launchEvents)("%s (%s) completes the event once, failing open when nothing can be checked", async (type, functionName) => {
    const calls = await completions(functionName);
    // Only send events take options; a blocked send would stop staff replying to anyone.
    expect(calls).toEqual([type === "OnMessageSend" ? { allowEvent: true } : "none"]);
    if (type !== "OnMessageSend") expect(JSON.stringify(notifications.get("csmStrategyCheck"))).toContain("Before sending, check whether any recipient has a contact strategy: the check failed");
  });

  it.each(Object.entries(FUNCTION_COMMANDS))("the %s function command (%s) completes once", async (_control, functionName) => {
    expect(await completions(functionName)).toEqual(["none"]);
  });
});
