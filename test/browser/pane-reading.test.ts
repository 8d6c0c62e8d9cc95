import type { BrowserContext, FrameLocator, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { seriousViolations, useChromium } from "./session";

/*
 * How the pane reads, to the eye and to a screen reader: a policy citation wraps as one phrase
 * with its brackets, an alert quotes each word of the message once, and what changes out of
 * sight is said once, from the pane's one announcer. Screenshots go to test-results/ (to look at).
 */

const chromium = useChromium();
let context: BrowserContext;
let page: Page;
let pane: FrameLocator;

beforeEach(async () => {
  ({ context, page, pane } = await chromium.open());
  await pane.getByText("No message selected").waitFor();
});

async function open(address: string, subject: string): Promise<void> {
  await page.locator(`[data-testid="message-row"][data-from="${address}"]`).filter({ hasText: subject }).first().click();
}

const JORDAN = "Nobody has ever listened to me about complaint 2025/0933. I have the pills ready and tonight I am going to end it. You won't have to read any more of my emails.";

describe("an alert reads right", () => {
  it("each citation wraps like the words around it, '(' and ')' on the lines of the title's first and the section's last word", async () => {
    await open("jordan.blake@example.net", "last time");
    const alert = pane.locator('[data-testid="alert"][data-kind="risk-to-life"]');
    await alert.waitFor();
    const citations = await alert.evaluate((el) =>
      [...el.querySelectorAll<HTMLElement>('[data-testid="policy-link"]')].map((link) => {
        const block = link.closest("li, p, span[class*='fui-Body1'], div") ?? el;
        // The characters just before and after the link, in reading order.
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        let before: Text | undefined;
        let after: Text | undefined;
        while (walker.nextNode()) {
          const t = walker.currentNode as Text;
          if (link.contains(t) || t.data.length === 0) continue;
          if (t.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING) before = t;
          else after ??= t;
        }
        const charRect = (t: Text, at: number) => {
          const range = document.createRange();
          range.setStart(t, at);
          range.setEnd(t, at + 1);
          return range.getBoundingClientRect();
        };
        const rects = [...link.getClientRects()];
        const open = before ? charRect(before, before.data.length - 1) : undefined;
        const close = after ? charRect(after, 0) : undefined;
        return {
          words: link.textContent,
          tag: link.tagName,
          lines: rects.length,
          opens: before?.data.at(-1),
          closes: after?.data[0],
          openOnFirstLine: open ? Math.abs(open.top - rects[0]!.top) < 3 && open.right <= rects[0]!.left + 1 : false,
          closeOnLastLine: close ? Math.abs(close.top - rects.at(-1)!.top) < 3 && close.left >= rects.at(-1)!.right - 1 : false,
        };
      }),
    );
    expect(citations.length).toBeGreaterThanOrEqual(3);
    for (const c of citations) {
      expect(c).toMatchObject({ tag: "SPAN", opens: "(", closes: ")", openOnFirstLine: true, closeOnLastLine: true });
      expect(c.words).toMatch(/^Managing Public Contact Policy \(OPCC Warwickshire\), section [\d.]+$/);
    }
    // At the pane's width at least one long title breaks inside, as text does (a button's box never did).
    expect(citations.some((c) => c.lines > 1)).toBe(true);

    // Still a control: Tab reaches it and Enter opens the section; Escape gives focus back to it.
    const first = alert.getByTestId("policy-link").first();
    await first.focus();
    await page.keyboard.press("Enter");
    await pane.getByTestId("policy-section").waitFor();
    await page.keyboard.press("Escape");
    await pane.getByTestId("policy-section").waitFor({ state: "detached" });
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    // The dialog's modal layer hides the rest of the pane while it is open, and lets it go once it has closed.
    await expect.poll(() => pane.locator("#root").getAttribute("aria-hidden"), { timeout: 5000 }).toBeNull();
    await page.screenshot({ path: "test-results/pane-reading-citations.png" });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("Jordan's sentence is quoted once, every word that raised the alert marked in it", async () => {
    await open("jordan.blake@example.net", "last time");
    const alert = pane.locator('[data-testid="alert"][data-kind="risk-to-life"]');
    await alert.waitFor();
    // Before: three quotes of the same sentence, each marking one passage.
    const quotes = alert.getByTestId("alert-evidence");
    expect(await quotes.count()).toBe(1);
    expect(await quotes.first().textContent()).toBe(JORDAN);
    expect(await quotes.first().locator("mark").allTextContents()).toEqual(["I have the pills ready", "tonight I am going to end it"]);
    await alert.screenshot({ path: "test-results/pane-reading-evidence.png" });
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe("the pane's one announcer", () => {
  /** Starts listening in the pane: what each live region says, as it says it. */
  async function listen(): Promise<void> {
    await pane.locator("body").evaluate(() => {
      const heard: Array<{ live: string; text: string }> = [];
      (window as unknown as { heard: typeof heard }).heard = heard;
      new MutationObserver((records) => {
        for (const r of records) {
          const region = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest("[aria-live]");
          if (!region) continue;
          for (const n of r.addedNodes) if (n.textContent) heard.push({ live: region.getAttribute("aria-live")!, text: n.textContent });
        }
      }).observe(document.body, { subtree: true, childList: true });
    });
  }
  const heard = () => pane.locator("body").evaluate(() => (window as unknown as { heard: Array<{ live: string; text: string }> }).heard);
  const said = async (live: string, pattern: RegExp) => (await heard()).filter((h) => h.live === live && pattern.test(h.text)).length;

  it("says 'checking further', the alert (assertively, once, also after the learned scorer loads), saved, offline, not saved and back online — each once", async () => {
    await listen();
    // The learned scorer's weights arrive late, as on a slow network: the suggestions wait, the alert does not.
    await page.route("**/learned-scorer.*.js", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await open("jordan.blake@example.net", "last time");
    await pane.locator('[data-testid="alert"][data-kind="risk-to-life"]').waitFor();
    await pane.getByTestId("record-form").waitFor({ timeout: 45_000 });
    expect(await said("polite", /^Checking further…$/)).toBe(1);
    // Said once though the message was classified again when the scorer loaded.
    expect((await heard()).filter((h) => h.live === "assertive")).toEqual([{ live: "assertive", text: "Alert: Possible risk to life. What to do now is at the top of the pane." }]);

    await pane.getByRole("button", { name: /Confirm and record|Record my correction/ }).click();
    await pane.getByTestId("record-result").waitFor();
    await expect.poll(() => said("polite", /^Recorded in the contact log\.$/)).toBe(1);

    await context.setOffline(true);
    await pane.getByText("You are offline", { exact: true }).waitFor();
    await expect.poll(() => said("polite", /^You are offline: the pane cannot check senders or record anything/)).toBe(1);
    await pane.getByText("You are offline", { exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/pane-reading-offline.png" });
    expect(await seriousViolations(page)).toEqual([]);
    await pane.getByRole("button", { name: "Dismiss suggestions and record" }).click();
    await pane.getByTestId("record-error").waitFor();
    // Said by the form; the pane's list of failed records does not say it a second time.
    await expect.poll(() => said("polite", /^Not recorded: .*Your decision is NOT recorded\. What you entered is still here: press “Try again”\.$/)).toBe(1);
    expect(await said("polite", /was not recorded/)).toBe(0);

    await context.setOffline(false);
    await expect.poll(() => said("polite", /^The connection is back\.$/)).toBe(1);
    expect(await pane.getByText("You are offline", { exact: true }).count()).toBe(0);
    // Nothing polite was said assertively, and the only live regions on the message are the announcer's two.
    expect((await heard()).filter((h) => h.live === "assertive")).toHaveLength(1);
    expect(await pane.locator("[aria-live]").evaluateAll((all) => all.map((el) => el.getAttribute("data-testid")))).toEqual(["announce-polite", "announce-assertive"]);
  });
});

describe("what staff may and may not do reads as words (T7 #9)", () => {
  it("on the README's walkthrough message, no code identifier anywhere and the closed case only under “You may not”", async () => {
    await open("jordan.blake@example.net", "last time");
    const banner = pane.getByTestId("strategy-banner");
    await banner.getByText("What staff may and may not do").click();
    const may = (await banner.getByRole("list", { name: "You may", exact: true }).innerText()).trim();
    const mayNot = (await banner.getByRole("list", { name: "You may not", exact: true }).innerText()).trim();
    // A restriction's code (camelCase, as noReopeningClosedCase) is never shown; a prohibition is never under "You may".
    expect(`${may}\n${mayNot}`).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/);
    expect(may).not.toMatch(/re-open|not an option/i);
    expect(mayNot).toContain("Re-open case OPCC/2025/0933 on demand.");
  });
});
