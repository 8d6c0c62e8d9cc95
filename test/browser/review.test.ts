import AxeBuilder from "@axe-core/playwright";
import type { Browser, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { launch } from "./chromium";

/**
 * Issue 14, a pane that says what it knows: each test delivers its own messages (from senders no
 * other test uses), so what it records or breaks is its own whatever order the files run in.
 */
let browser: Browser;
let page: Page;
let pane: FrameLocator;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());
beforeEach(async () => {
  await openHarness({ width: 1400, height: 900 });
});

async function openHarness(viewport: { width: number; height: number }): Promise<void> {
  await page?.context().close();
  const context = await browser.newContext({ viewport });
  page = await context.newPage();
  await page.goto(inject("harnessUrl"));
  pane = page.frameLocator('[data-testid="taskpane-frame"]');
  await pane.getByText("No message selected").waitFor();
}

const CASEY = { name: "Casey Worker", address: "casey.worker@opcc.example.gov.uk" };

/** Delivers messages to Casey's inbox (as the emulator's seed does), then reloads the harness to list them. */
async function deliver(messages: Array<{ id: string; from: { name: string; address: string }; subject: string; body: string; receivedAt?: Date }>): Promise<void> {
  const response = await fetch(`${inject("emulatorOrigin")}/_emulator/mail`, {
    method: "POST",
    body: JSON.stringify({
      to: CASEY.address,
      messages: messages.map((m) => ({
        subject: m.subject,
        internetMessageId: m.id,
        from: { emailAddress: m.from },
        toRecipients: [{ emailAddress: CASEY }],
        ccRecipients: [],
        replyTo: [],
        body: { contentType: "text", content: m.body },
        receivedDateTime: (m.receivedAt ?? new Date()).toISOString(),
      })),
    }),
  });
  expect(response.status).toBe(201);
  await page.reload();
  await pane.getByText("No message selected").waitFor();
}

const row = (address: string) => page.locator(`[data-testid="message-row"][data-from="${address}"]`).first();
async function open(address: string): Promise<void> {
  await row(address).click();
}
async function seriousViolations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("a decision on return", () => {
  it("shows who recorded the message, when and as what, on coming back to it — and a dismissal as a dismissal", async () => {
    const drew = { name: "Drew Return", address: "drew.return@example.org" };
    await deliver([{ id: "<h14-return@example.org>", from: drew, subject: "You people", body: "You are a useless idiot and a disgrace." }]);
    await open(drew.address);
    await pane.getByTestId("finding").first().waitFor();
    expect(await pane.getByTestId("recorded-decision").textContent()).toBe("Not recorded yet.");
    await pane.getByRole("button", { name: "Confirm and record" }).click();
    await pane.getByTestId("record-result").waitFor();

    // Leave for another message, then come back: the stored decision, not the suggestions afresh.
    await open("chris.patel@example.co.uk");
    await pane.getByTestId("no-strategy").waitFor();
    await open(drew.address);
    const recorded = pane.getByTestId("recorded-decision");
    await recorded.and(pane.locator('[data-outcome="confirmed"]')).waitFor();
    expect(await recorded.textContent()).toMatch(/^Recorded by Casey Worker on \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2} as Unacceptable behaviour\.$/);
    expect(await pane.getByRole("checkbox", { name: "Unacceptable behaviour" }).isChecked()).toBe(true);

    // Dismissing clears the boxes and says what is stored now; coming back shows the dismissal.
    await pane.getByRole("button", { name: "Dismiss suggestions and record" }).click();
    await pane.getByText(/Correction recorded \(was: Unacceptable behaviour\)\. Now: suggestions dismissed\./).waitFor();
    expect(await pane.getByRole("checkbox", { checked: true }).count()).toBe(0);
    await open("chris.patel@example.co.uk");
    await pane.getByTestId("no-strategy").waitFor();
    await open(drew.address);
    await recorded.and(pane.locator('[data-outcome="dismissed"]')).waitFor();
    expect(await recorded.textContent()).toMatch(/^Recorded by Casey Worker on .* as suggestions dismissed\.$/);
    expect(await pane.getByRole("checkbox", { checked: true }).count()).toBe(0);
    // The suggestion is still shown as a suggestion: dismissing it on the record does not hide what the classifier saw.
    expect(await pane.getByTestId("finding").count()).toBeGreaterThan(0);
    expect(await seriousViolations()).toEqual([]);
  });
});
