import AxeBuilder from "@axe-core/playwright";
import type { Browser, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SAM, tokenOf } from "../../dev/demo/people";
import { CATEGORY_NAME } from "../../src/app/flag-message";
import { memoryCheckpoints } from "../../src/flagger/core/run";
import { sweepTarget } from "../../src/flagger/host";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { getPack } from "../../src/policy/packs/index";
import { DEMO_ROSTER, DEMO_SITE, STAFF_DOMAIN } from "../../dev/demo/people";
import { launch } from "./chromium";

/**
 * Flagging with and without the pane (issue 16): a member of staff turns on their own Inbox rule
 * from the pane ("when staff open the pane"), and Exchange then marks mail from a person under a
 * strategy in force on arrival, with the pane closed; the pane still flags a message the moment
 * it is selected when neither the worker nor a rule has, and adds nothing twice when the worker
 * has. Sam's mailbox: no other browser test writes to it.
 */
let browser: Browser;
let page: Page;
let pane: FrameLocator;
const PAT = "pat.o'brien@example.org";
const graph = (path: string) => fetch(`${inject("emulatorOrigin")}/v1.0${path}`, { headers: { authorization: `Bearer ${tokenOf(SAM)}` } }).then((r) => r.json() as Promise<{ value: Array<Record<string, unknown>> }>);
const managedRules = async () => (await graph(`/users/${encodeURIComponent(SAM.upn)}/mailFolders/inbox/messageRules`)).value.filter((r) => String(r.displayName).startsWith("Contact Strategy Manager"));
const categoriesOf = async (id: string) =>
  (await graph(`/users/${encodeURIComponent(SAM.upn)}/messages?$filter=${encodeURIComponent(`internetMessageId eq '<${id}@example.org>'`)}&$select=categories,flag`)).value[0]!;
/** Delivers a message from `from` to Sam's Inbox (the emulator runs Sam's rules, as Exchange does) and returns its categories. */
async function arriving(from: string, id: string, subject = "About my case"): Promise<string[]> {
  const delivered = await fetch(`${inject("emulatorOrigin")}/_emulator/mail`, {
    method: "POST",
    body: JSON.stringify({ to: SAM.upn, messages: [{ internetMessageId: `<${id}@example.org>`, subject, body: { contentType: "text", content: "Any news?" }, from: { emailAddress: { address: from } }, toRecipients: [{ emailAddress: { address: SAM.upn } }], ccRecipients: [], replyTo: [], receivedDateTime: new Date().toISOString() }] }),
  });
  expect(delivered.status).toBe(201);
  return (await categoriesOf(id)).categories as string[];
}
async function open(hash: string): Promise<void> {
  await page.goto("about:blank");
  await page.goto(`${inject("harnessUrl")}?user=sam.carter${hash}`);
}

beforeAll(async () => {
  browser = await launch();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  pane = page.frameLocator('[data-testid="taskpane-frame"]');
});
afterAll(async () => {
  await browser?.close();
});

describe("flagging, with and without the pane", () => {
  it("turned on by keyboard, Exchange marks Pat's next message with the pane closed; kept after reopening; turned off, taken out", { timeout: 180_000 }, async () => {
    await open("#mailbox");
    const section = pane.getByTestId("mailbox-rule");
    await section.waitFor();
    const toggle = section.getByRole("switch", { name: "Mark mail from people under a strategy in my Inbox" });
    expect(await toggle.isChecked()).toBe(false);
    expect(await arriving(PAT, "before-rule")).toEqual([]);
    const violations = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(violations.map((v) => v.id)).toEqual([]);

    await toggle.focus();
    await page.keyboard.press("Space");
    const status = section.getByTestId("mailbox-rule-status");
    await status.getByText(/^Up to date at .*: \d+ address(es)? of people under a strategy in force\.$/).waitFor();
    const rules = await managedRules();
    expect(rules).toHaveLength(1);
    expect(JSON.stringify(rules[0]!.conditions)).toContain(PAT);
    expect(rules[0]!.actions).toEqual({ assignCategories: [CATEGORY_NAME] });

    // The pane is closed (about:blank); the mail arrives and Exchange marks it.
    await page.goto("about:blank");
    expect(await arriving(PAT, "after-rule")).toEqual([CATEGORY_NAME]);
    expect(await arriving("riley.evans@example.org", "riley-after-rule")).toEqual([]);

    // Reopened, the pane remembers the choice (Outlook's roaming settings) and brings the rule up to date again, writing nothing new.
    await open("#mailbox");
    await section.getByRole("switch", { name: "Mark mail from people under a strategy in my Inbox" }).waitFor();
    expect(await section.getByRole("switch", { name: "Mark mail from people under a strategy in my Inbox" }).isChecked()).toBe(true);
    await status.getByText(/^Up to date at /).waitFor();
    expect((await managedRules()).map((r) => r.id)).toEqual(rules.map((r) => r.id));

    await section.getByRole("switch", { name: "Mark mail from people under a strategy in my Inbox" }).click();
    await status.getByText(/Your Inbox rule is off/).waitFor();
    expect(await managedRules()).toEqual([]);
    expect(await arriving(PAT, "after-off")).toEqual([]);
  });

  it("the pane flags a message the worker has not reached the moment it is selected, and adds nothing twice to one it has", { timeout: 180_000 }, async () => {
    const jordan = "jordan.blake@example.net";
    expect(await arriving(jordan, "swept-by-worker", "Swept by the worker first")).toEqual([]);
    const swept = await sweepTarget({ graphBaseUrl: `${inject("emulatorOrigin")}/v1.0`, tokens: devTokenProvider("dev-app-token"), site: DEMO_SITE, pack: getPack("warwickshire"), roster: DEMO_ROSTER, staffDomains: [STAFF_DOMAIN], mailboxes: [{ upn: SAM.upn, folders: ["inbox"] }], checkpoints: memoryCheckpoints() });
    expect(swept.flagged).toBeGreaterThanOrEqual(1);
    expect(await categoriesOf("swept-by-worker")).toMatchObject({ categories: [CATEGORY_NAME], flag: { flagStatus: "flagged" } });
    expect(await arriving(jordan, "after-the-sweep", "Arrived after the sweep")).toEqual([]);

    await open("");
    for (const [id, subject] of [["after-the-sweep", "Arrived after the sweep"], ["swept-by-worker", "Swept by the worker first"]] as const) {
      await page.locator(`[data-testid="message-row"][data-from="${jordan}"]`).filter({ hasText: subject }).first().click();
      await pane.locator('[data-testid="strategy-banner"][data-status="active"]').waitFor();
      await expect.poll(async () => (await categoriesOf(id)).categories).toEqual([CATEGORY_NAME]);
    }
  });
});
