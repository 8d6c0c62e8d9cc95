import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, SAM } from "../../dev/demo/people";
import { warwickshirePack as pack } from "../../src/policy/packs/warwickshire";
import { actOnAlerts } from "../../src/app/alert-action";
import { authoriserOf, reviewSetAside } from "../../src/app/set-aside";
import { deliver, storeAs } from "./office";
import { seriousViolations as violations, useChromium } from "./session";

/**
 * Issue 10, "in the pane, an alert comes first", as tester T7 found it still open (#4, #6): the pane's own notices
 * (offline, cannot follow the selection) come after a message's alerts, and an alert a manager reopened can be reached
 * from the notice and is said in Outlook's notification bar of whatever message is read.
 */
const chromium = useChromium();
const signIn = (user: string) => chromium.open({ user, viewport: { width: 1400, height: 1000 } });

/** A caseworker sets the alert aside and Morgan overturns it, as the Approvals tab would record them. */
async function reopen(by: typeof CASEY, message: { id: string; subject: string }, sender: string, words: string): Promise<void> {
  const internetMessageId = `<${message.id}@example.org>`;
  const setAside = await actOnAlerts({ store: await storeAs(by), id: `${message.id}-set-aside`, internetMessageId, senderAddress: sender, alertKinds: ["risk-to-life"], outcome: { kind: "noActionNeeded", reason: "He always says this stuff." }, by: by.upn, now: new Date(), message: { subject: message.subject, receivedAt: new Date().toISOString(), words: [words] } });
  expect(setAside.ok).toBe(true);
  const morgan = await storeAs(MORGAN);
  const recorded = (await morgan.alertActionsFor(internetMessageId)).find((a) => a.id === `${message.id}-set-aside`)!;
  const overturned = await reviewSetAside({ store: morgan, authoriser: authoriserOf(pack, DEMO_ROSTER), user: { emailAddress: MORGAN.upn }, id: `${message.id}-overturn`, setAside: recorded, verdict: "overturned", note: "A real risk: call 999 for a welfare check now.", now: new Date() });
  expect(overturned.ok).toBe(true);
}

describe("an alert comes first, and a reopened one is reached and noticed (issue 10; T7 #4, #6)", () => {
  it("offline: the message's risk-to-life alert is still raised and comes first; “You are offline” follows it, in order and in Tab order, and is said aloud", { timeout: 180_000 }, async () => {
    await deliver(CASEY.upn, { id: "e55-offline-pills", subject: "E55 offline pills", text: "I have the pills ready and tonight I am going to end it. Goodbye.", from: { name: "Rene Offline", address: "rene.offline@example.org" } });
    const { context, page, pane } = await signIn("casey.worker");
    await pane.getByRole("button", { name: "This message" }).waitFor();
    await pane.locator("body").evaluate(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      new MutationObserver((records) => {
        for (const r of records) {
          if (!(r.target instanceof Element ? r.target : r.target.parentElement)?.closest('[aria-live="polite"]')) continue;
          for (const n of r.addedNodes) if (n.textContent) heard.push(n.textContent);
        }
      }).observe(document.body, { subtree: true, childList: true });
    });
    await context.setOffline(true);
    // With no message yet, the notice is at the top of the pane.
    const offline = pane.getByText("You are offline", { exact: true });
    await offline.waitFor();
    await page.locator('[data-testid="message-row"]').filter({ hasText: "E55 offline pills" }).first().click();
    const alert = pane.locator('[data-testid="alert"][data-kind="risk-to-life"]');
    await alert.waitFor({ timeout: 45_000 });
    await offline.waitFor();
    expect(await alert.evaluate((a, o) => Boolean(a.compareDocumentPosition(o!) & Node.DOCUMENT_POSITION_FOLLOWING), await offline.elementHandle())).toBe(true);
    expect((await alert.boundingBox())!.y).toBeLessThan((await offline.boundingBox())!.y);
    // Tab from the top of the pane reaches the alert's controls before anything after the offline notice.
    const first = await pane.locator("main").evaluate((main, notice) => {
      const focusable = [...main.querySelectorAll<HTMLElement>("a[href], button:not([disabled]), input:not([disabled]), textarea, select, [tabindex]:not([tabindex='-1'])")];
      const after = focusable.find((el) => Boolean(notice!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING));
      const inAlert = focusable.find((el) => el.closest('[data-testid="alert"]'));
      return inAlert && after ? focusable.indexOf(inAlert) < focusable.indexOf(after) : inAlert !== undefined;
    }, await offline.elementHandle());
    expect(first).toBe(true);
    await expect.poll(() => pane.locator("body").evaluate(() => (window as unknown as { heard: string[] }).heard.filter((h) => h.startsWith("You are offline")).length)).toBe(1);
    // The review finishes offline: a part the pane loads on demand (letters) says it could not be loaded, and the pane
    // — the alert first — stays (it went blank when that load failed).
    await pane.getByText("Letters could not be loaded", { exact: true }).waitFor({ timeout: 45_000 });
    expect(await alert.isVisible()).toBe(true);
    expect(await violations(page)).toEqual([]);
    await context.setOffline(false);
  });

  it("“Open” on a reopened alert opens its message in Outlook, or says plainly it is not in this mailbox; other messages' notification bar says so beside the strategy's", { timeout: 300_000 }, async () => {
    const goodbye = { id: "e55-goodbye", subject: "E55 goodbye letters" };
    const words = "I have written my goodbye letters to my kids and I won't be here by the weekend.";
    await deliver(CASEY.upn, { ...goodbye, text: words, from: { name: "Quinn Reach", address: "quinn.reach@example.org" } });
    // A set-aside on a message only Sam received: not in Casey's mailbox.
    const elsewhere = { id: "e55-elsewhere", subject: "E55 only to Sam" };
    await deliver(SAM.upn, { ...elsewhere, text: "I have the pills ready and tonight I am going to end it.", from: { name: "Ash Elsewhere", address: "ash.elsewhere@example.org" } });
    await reopen(CASEY, goodbye, "quinn.reach@example.org", "I won't be here by the weekend");
    await reopen(SAM, elsewhere, "ash.elsewhere@example.org", "tonight I am going to end it");

    const { page, pane } = await signIn("casey.worker");
    const row = (subject: string) => page.locator('[data-testid="message-row"]').filter({ hasText: subject }).first();
    // A message from Pat O'Brien (strategy in force, a threat to staff): Outlook's bar keeps the message's own line and adds the reopened one.
    await row("STILL waiting").click();
    const bar = (key: string) => page.locator(`[data-testid="notification"][data-key="${key}"]`);
    await bar("contactStrategy").waitFor();
    await bar("reopenedAlert").waitFor();
    expect(await bar("contactStrategy").textContent()).toMatch(/^Threat to a member of staff: act first; the contact strategy for Pat O'Brien does not change this/);
    expect(await bar("reopenedAlert").textContent()).toContain("2 alerts set aside (risk to life) were reopened by a manager and need action now: see the Contact strategy pane.");

    const reopened = pane.getByTestId("reopened-alert");
    await expect.poll(() => reopened.count()).toBe(2);
    // Not in Casey's mailbox: said, with where to look, and nothing opened.
    const notHere = reopened.filter({ hasText: elsewhere.subject });
    await notHere.getByRole("button", { name: `Open “${elsewhere.subject}”` }).click();
    await notHere.getByTestId("open-reopened-outcome").waitFor();
    expect(await notHere.getByTestId("open-reopened-outcome").textContent()).toBe(`“${elsewhere.subject}” is not in your mailbox, so it cannot be opened from here: search the office's shared mailboxes for its subject, or ask Sam Carter.`);
    expect(await page.getByTestId("reading-subject").textContent()).toContain("STILL waiting");
    expect(await violations(page)).toEqual([]);

    // In Casey's mailbox: opened (the harness shows it as Outlook's form would), and the pane reviews it, its alert first.
    await reopened.filter({ hasText: goodbye.subject }).getByRole("button", { name: `Open “${goodbye.subject}”` }).click();
    await pane.locator('[data-testid="alert"][data-kind="risk-to-life"]').waitFor({ timeout: 45_000 });
    expect(await page.getByTestId("reading-subject").textContent()).toContain(goodbye.subject);
    // On its own message the reopened line names only the other one.
    await expect.poll(() => bar("reopenedAlert").textContent()).toContain(`A risk to life alert set aside was reopened by a manager and needs action now (“${elsewhere.subject}”)`);
  });
});
