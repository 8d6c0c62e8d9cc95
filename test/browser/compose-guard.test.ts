import type { Page } from "playwright-core";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { seriousViolations, useChromium } from "./session";

/**
 * The compose guard in the Outlook-like harness, in compose mode: each compose form runs the
 * BUILT events.js in a Worker (no DOM, no localStorage, as classic Outlook's JavaScript-only
 * runtime), which the harness drives by raising OnNewMessageCompose, OnMessageRecipientsChanged
 * and OnMessageSend exactly as Outlook would, showing the notifications and the Smart Alert.
 * The signed-in user is Casey Worker; Pat O'Brien's strategy names Sam Carter as the single
 * point of contact, email only (dev/demo/office.ts).
 */
const PAT = "pat.o'brien@example.org";
const PAT_NOTICE = "Contact strategy in force for Pat O'Brien: replies only from Sam Carter (single point of contact), by email; read and file.";
const chromium = useChromium();
let page: Page;

beforeEach(async () => {
  ({ page } = await chromium.open());
  await page.getByTestId("message-row").first().waitFor();
});

const compose = () => page.getByTestId("compose");
const notice = (key: string) => page.locator(`[data-testid="compose"] [data-testid="notification"][data-key="${key}"]`);

async function newMessage(): Promise<void> {
  await page.getByTestId("new-message").click();
  await page.locator('[data-testid="compose"][data-runtime="ready"]').waitFor();
}
async function addTo(address: string): Promise<void> {
  await page.getByTestId("compose-add-to").fill(address);
  await page.getByTestId("compose-add-to").press("Enter");
}
/** Waits until every event raised so far has completed (the harness records each one). */
async function eventsSettled(): Promise<void> {
  await page.waitForFunction(() => {
    const events = (window as unknown as { __harness?: { getSnapshot(): { compose?: { events: Array<{ outcome: string }> } } } }).__harness?.getSnapshot().compose?.events ?? [];
    return events.length > 0 && events.every((e) => e.outcome !== "pending");
  });
}
async function problems(): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __harness: { getSnapshot(): { compose?: { problems: string[] } } } }).__harness.getSnapshot().compose?.problems ?? []);
}
async function emulator(path: string, init?: RequestInit): Promise<Response> {
  return fetch(`${inject("emulatorOrigin")}${path}`, { ...init, headers: { Authorization: "Bearer dev-token", "Content-Type": "application/json" } });
}

describe("the compose guard in the harness's compose mode", () => {
  it("names the person, the single point of contact and what is allowed when a restricted recipient is added, and clears it when removed", async () => {
    await newMessage();
    await addTo("riley.evans@example.org");
    await addTo(PAT);
    await notice("csmStrategy").waitFor();
    expect(await notice("csmStrategy").textContent()).toBe(PAT_NOTICE);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: `Remove ${PAT}` }).click();
    await eventsSettled();
    expect(await notice("csmStrategy").count()).toBe(0);
    expect(await compose().getByTestId("compose-recipient").allTextContents()).toEqual(["riley.evans@example.org"]);
    expect(await problems()).toEqual([]);
  });

  it("stops a send by someone who is not the single point of contact with a Smart Alert naming the rule; an override is audited and the message then goes", async () => {
    await newMessage();
    await addTo(PAT);
    await page.getByTestId("compose-subject").fill("Parking on Elm Street");
    await page.getByTestId("compose-body").fill("Dear Pat, about the parking on Elm Street — a different matter.");
    await notice("csmStrategy").waitFor();
    await page.getByTestId("compose-send").click();
    const alert = page.getByTestId("smart-alert");
    await alert.waitFor();
    const message = await page.getByTestId("smart-alert-message").textContent();
    expect(message).toContain("You are not the single point of contact for Pat O'Brien: only Sam Carter replies. Pass your message to Sam Carter instead. (Managing Public Contact Policy (OPCC Warwickshire), section 7)");
    expect(message).toContain("If your message is about a different matter");
    await page.screenshot({ path: "docs/screenshots/compose-guard.png" });
    expect(await seriousViolations(page)).toEqual([]);

    // Don't Send: back to the draft, nothing lost.
    await page.getByTestId("smart-alert-dont-send").click();
    expect(await page.getByTestId("compose-body").inputValue()).toContain("Elm Street");
    await page.getByTestId("compose-send").click();
    const site = (await (await emulator("/v1.0/sites/opcc.sharepoint.com:/sites/contact-strategies")).json()) as { id: string };
    const auditFields = async () =>
      ((await (await emulator(`/v1.0/sites/${site.id}/lists/AuditTrail/items?$expand=fields&$top=500`)).json()) as { value: Array<{ fields: Record<string, string> }> }).value.map((i) => i.fields);
    const before = new Set((await auditFields()).map((f) => f.EventKey));
    await page.getByTestId("smart-alert-action").click();
    await notice("csmStrategyOverride").waitFor();
    expect(await notice("csmStrategyOverride").textContent()).toBe("Override for Pat O'Brien recorded against the strategy. Send again to send.");
    // This override's own event: the AuditTrail is shared by every browser file, and another file's override on Pat (the
    // classic runtime's) came first — reading that one was the "(subject could not be read)" of stop 29.
    const overrides = (await auditFields()).filter((f) => !before.has(f.EventKey) && f.Action === "composeOverride" && f.By === "casey.worker@opcc.example.gov.uk");
    expect(overrides).toHaveLength(1);
    expect(overrides[0]!.Target).toBe("strategy:demo-pat-obrien");
    expect(overrides[0]!.Detail).toContain("§7.2");
    expect(overrides[0]!.Detail).toContain("writing to pat.o'brien@example.org about “Parking on Elm Street” under");

    await page.getByTestId("compose-send").click();
    await page.getByTestId("compose-sent").waitFor();
    expect(await problems()).toEqual([]);
  });

  it("offers no override where the host cannot run one (Mailbox below 1.15): the writer fixes the message", async () => {
    await page.evaluate(() => (window as unknown as { __harness: { simulate(o: object): void } }).__harness.simulate({ mailboxVersion: "1.14" }));
    await newMessage();
    await addTo(PAT);
    await notice("csmStrategy").waitFor();
    await page.getByTestId("compose-send").click();
    await page.getByTestId("smart-alert").waitFor();
    expect(await page.getByTestId("smart-alert-action").count()).toBe(0);
    expect(await page.getByTestId("smart-alert-message").textContent()).not.toContain("Record override");
  });

  it("checks a reply's recipients as soon as the reply opens (OnNewMessageCompose)", async () => {
    await page.locator(`[data-testid="message-row"][data-from="${PAT}"]`).first().click();
    await page.getByTestId("reply").click();
    await notice("csmStrategy").waitFor();
    expect(await notice("csmStrategy").textContent()).toBe(PAT_NOTICE);
  });

  it("fails open when Graph is down and nothing is kept: a warning while writing, and the message is sent", async () => {
    await emulator("/_emulator/faults", { method: "POST", body: JSON.stringify({ path: "^/sites", status: 503, retryAfterSeconds: 0 }) });
    try {
      await newMessage();
      await addTo(PAT);
      await notice("csmStrategyCheck").waitFor({ timeout: 30_000 });
      expect(await notice("csmStrategyCheck").textContent()).toMatch(/^Before sending, check whether any recipient has a contact strategy: the check failed \(/);
      await page.getByTestId("compose-send").click();
      await page.getByTestId("compose-sent").waitFor();
    } finally {
      await emulator("/_emulator/faults", { method: "DELETE" });
    }
  });
});
