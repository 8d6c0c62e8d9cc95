import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { parseXml, walk, localName } from "../../dev/manifest/xml";

/**
 * The manifest's launch events, run against the real runtime: Outlook waits for
 * `event.completed` and, for OnMessageSend with SoftBlock, holds the message until then.
 * Until the compose guard exists every event must complete at once and let the send go.
 */
type Handler = (event: { completed: (options?: { allowEvent?: boolean }) => void }) => void;
const handlers = new Map<string, Handler>();

beforeAll(async () => {
  // The runtime registers at load (classic Windows' JavaScript-only runtime needs that), so
  // Office must exist before it is imported.
  vi.stubGlobal("Office", { actions: { associate: (name: string, handler: Handler) => handlers.set(name, handler) } });
  await import("../../src/events/runtime");
  vi.unstubAllGlobals();
});

const { root } = parseXml(readFileSync("manifest.xml", "utf8"));
const launchEvents = [...walk(root!)]
  .filter((e) => localName(e.name) === "LaunchEvent")
  .map((e) => [e.attributes.Type!, e.attributes.FunctionName!] as const);

describe("event runtime behind the manifest's launch events", () => {
  it("covers the three compose events", () => {
    expect(launchEvents.map(([type]) => type).sort()).toEqual(["OnMessageRecipientsChanged", "OnMessageSend", "OnNewMessageCompose"]);
  });

  it.each(launchEvents)("%s (%s) completes the event once, allowing it", (type, functionName) => {
    const completed = vi.fn();
    const handler = handlers.get(functionName);
    expect(handler, `${functionName} is not registered`).toBeTypeOf("function");
    handler!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    // Only send events take options; a blocked send would stop staff replying to anyone.
    if (type === "OnMessageSend") expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    else expect(completed).toHaveBeenCalledWith();
  });
});
