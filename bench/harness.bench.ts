import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, DIST, serveProduct } from "../dev/serve/product";
import { launch } from "../test/browser/chromium";

/**
 * The task pane in the harness (issue #4): JavaScript that loads before the first paint
 * (gzipped), and time from selecting a message to the banner showing, median of 20, warm
 * (pane already running: click in the message list → banner in the pane's DOM, timed in
 * the page, including the harness's 30 ms without an item, as in Outlook) and cold (page and
 * pane loaded afresh, timed from Playwright, so its round trips are included). Targets:
 * ≤ 250 KB gzipped; ≤ 150 ms warm.
 */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<void> {
  await build();
  const entry = gzipSync(readFileSync(join(DIST, "taskpane.js"))).length;
  const lazy = readdirSync(DIST).filter((f) => /^\d+\.[0-9a-f]+\.js$/.test(f));
  console.log(`task pane JavaScript before first paint: ${(entry / 1024).toFixed(1)} KB gzipped (taskpane.js); ${lazy.length} lazy chunk(s) not loaded with the dev token (MSAL)`);

  const product = await serveProduct();
  const browser = await launch();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    const pane = page.frameLocator('[data-testid="taskpane-frame"]');
    const row = (address: string) => page.locator(`[data-testid="message-row"][data-from="${address}"]`).first();
    await page.goto(`${product.url}/harness/`);
    await pane.getByText("No message selected").waitFor();
    // Timed inside the page, from the click reaching the message list to the banner entering the
    // pane's DOM: Playwright's own round trips (30–40 ms a click here) are not the pane's time.
    // Strings, not functions: the bench runs through tsx, whose helpers do not exist in the page.
    const clock = "performance.timeOrigin + performance.now()";
    await page.evaluate(`document.addEventListener("click", () => { window.__clickAt = ${clock}; }, true)`);
    const frame = page.frames().find((f) => f.url().includes("taskpane"));
    if (!frame) throw new Error("The task pane frame did not load.");
    await frame.evaluate(
      `new MutationObserver(() => { if (!window.__bannerAt && document.querySelector('[data-testid="strategy-banner"][data-status="active"]')) window.__bannerAt = ${clock}; }).observe(document.body, { subtree: true, childList: true, attributes: true })`,
    );
    const timeToBanner = async (address: string) => {
      await frame.evaluate("window.__bannerAt = 0");
      await row(address).click();
      await pane.locator('[data-testid="strategy-banner"][data-status="active"]').waitFor();
      return ((await frame.evaluate("window.__bannerAt")) as number) - ((await page.evaluate("window.__clickAt")) as number);
    };
    const warm: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      await row("chris.patel@example.co.uk").click();
      await pane.getByTestId("no-strategy").waitFor();
      warm.push(await timeToBanner(i % 2 ? "pat.o'brien@example.org" : "jordan.blake@example.net"));
    }
    const cold: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const start = performance.now();
      await page.goto(`${product.url}/harness/`);
      await pane.getByText("No message selected").waitFor();
      await row("pat.o'brien@example.org").click();
      await pane.locator('[data-testid="strategy-banner"][data-status="active"]').waitFor();
      cold.push(performance.now() - start);
    }
    console.log(`selection → banner, warm: median ${median(warm).toFixed(0)} ms (min ${Math.min(...warm).toFixed(0)}, max ${Math.max(...warm).toFixed(0)})`);
    console.log(`page load + selection → banner, cold: median ${median(cold).toFixed(0)} ms (min ${Math.min(...cold).toFixed(0)}, max ${Math.max(...cold).toFixed(0)})`);
  } finally {
    await browser.close();
    await product.close();
  }
}
