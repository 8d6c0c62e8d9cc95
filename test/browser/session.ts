import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, FrameLocator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, inject } from "vitest";
import { launch } from "./chromium";

/** The harness as one person sees it, in a browser context of their own: the page, and the task pane inside it. */
export interface HarnessSession {
  context: BrowserContext;
  page: Page;
  pane: FrameLocator;
}

export interface SessionOptions {
  /** The demo person signed in (the part of their address before the @); the harness's default, Casey, when absent. */
  user?: string;
  /** Where the pane opens (`#approvals`, `#strategy/<id>`); the message screen when absent. */
  hash?: string;
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
  /** Playwright's fake clock in the page (installed before it loads, running from now): `context.clock.fastForward` moves it. */
  clock?: boolean;
}

/**
 * One Debian Chromium for a test file: launched before its tests, closed (with every context
 * opened on it) after them. `open` starts a harness session in a context of its own, so each
 * test or each person starts signed out of everything the last one did.
 */
export function useChromium(): { open: (options?: SessionOptions) => Promise<HarnessSession> } {
  let browser: Browser | undefined;
  let opened: Page[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());
  // A browser test that fails says what each page and its pane showed then: a timeout alone does not.
  afterEach(async ({ task }) => {
    const pages = opened;
    opened = [];
    if (task.result?.state !== "fail") return;
    for (const page of pages) console.error(await shown(page));
  });
  return {
    open: async ({ user, hash = "", viewport = { width: 1400, height: 900 }, acceptDownloads = false, clock = false } = {}) => {
      if (!browser) throw new Error("useChromium().open is for tests: the browser starts in beforeAll");
      const context = await browser.newContext({ viewport, acceptDownloads });
      if (clock) await context.clock.install();
      const page = await context.newPage();
      opened.push(page);
      await page.goto(`${inject("harnessUrl")}${user ? `?user=${user}` : ""}${hash}`);
      return { context, page, pane: page.frameLocator('[data-testid="taskpane-frame"]') };
    },
  };
}

/** The page's address, the message list's selection, the reading pane's and the task pane's text, for a failure report. */
async function shown(page: Page): Promise<string> {
  if (page.isClosed()) return `[page closed] ${page.url()}`;
  const text = async (read: () => Promise<string>) => (await read().catch((error: unknown) => `(unreadable: ${String(error)})`)).replace(/\s+/g, " ").slice(0, 3000);
  const selected = await text(() => page.locator('[data-testid="message-row"][aria-selected="true"]').first().innerText({ timeout: 1000 }));
  const reading = await text(() => page.getByTestId("reading-pane").innerText({ timeout: 1000 }));
  const pane = await text(() => page.frameLocator('[data-testid="taskpane-frame"]').locator("body").innerText({ timeout: 1000 }));
  return [`[page] ${page.url()}`, `[selected row] ${selected}`, `[reading pane] ${reading}`, `[task pane] ${pane}`].join("\n");
}

/** What axe finds serious or critical on the page (the pane's frame included), one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
