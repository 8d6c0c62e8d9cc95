import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { localName, parseXml, walk } from "../../dev/manifest/xml";
import { launch } from "./chromium";

/**
 * The manifest's launch events against the BUILT event runtime (dist/events.html and the
 * events.js bundle it loads), run in Chromium the way Outlook on the web runs it: the offline
 * manifest check reads the source, and this is what proves the bundle webpack emits
 * registers every FunctionName (a name lost to minification or a missing entry fails here).
 */
const launchEvents = [...walk(parseXml(readFileSync("manifest.xml", "utf8")).root!)]
  .filter((e) => localName(e.name) === "LaunchEvent")
  .map((e) => ({ type: e.attributes.Type!, functionName: e.attributes.FunctionName! }));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("the built event runtime behind the manifest's launch events", () => {
  it("registers every FunctionName, and each handler completes its event", async () => {
    const page = await browser.newPage();
    // Outlook provides Office before the runtime runs; here a stand-in records registrations,
    // and the CDN office.js (unreachable here) answers empty.
    await page.addInitScript(() => {
      const registered: Record<string, (event: unknown) => void> = {};
      Object.assign(window, { __registered: registered, Office: { actions: { associate: (name: string, handler: (event: unknown) => void) => (registered[name] = handler) } } });
    });
    await page.route(/appsforoffice\.microsoft\.com|office\.js$/, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: "" }));
    const origin = new URL(inject("harnessUrl")).origin;
    const response = await page.goto(`${origin}/events.html`);
    expect(response?.status()).toBe(200);
    await page.waitForFunction((count) => Object.keys((window as unknown as { __registered: object }).__registered).length >= count, launchEvents.length);
    const registered = await page.evaluate(() => Object.keys((window as unknown as { __registered: object }).__registered).sort());
    expect(registered).toEqual(expect.arrayContaining(launchEvents.map((e) => e.functionName)));
    for (const { functionName } of launchEvents) {
      const completions = await page.evaluate(async (name) => {
        const calls: unknown[] = [];
        const handler = (window as unknown as { __registered: Record<string, (event: unknown) => unknown> }).__registered[name]!;
        await handler({ completed: (options?: unknown) => calls.push(options ?? null) });
        return calls;
      }, functionName);
      expect(completions, functionName).toHaveLength(1);
    }
    await page.close();
  });
});
