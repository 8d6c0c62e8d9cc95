import { readFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FrameLocator, Page } from "playwright-core";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { requiredElements } from "../../src/policy/letters/check-templates";
import { warwickshirePack } from "../../src/policy/packs/warwickshire";
import { readDocx } from "../letters/docx-reader";
import { seriousViolations, useChromium } from "./session";

const chromium = useChromium();
let page: Page;
let pane: FrameLocator;

beforeEach(async () => {
  ({ page, pane } = await chromium.open({ acceptDownloads: true }));
  await pane.getByText("No message selected").waitFor();
});

async function graph(path: string): Promise<{ value: Array<Record<string, unknown>> }> {
  const response = await fetch(`${inject("emulatorOrigin")}/v1.0${path}`, { headers: { Authorization: "Bearer dev-token" } });
  return (await response.json()) as { value: Array<Record<string, unknown>> };
}
/** The items of one of the demo site's lists, as Graph gives them. */
async function listFields(list: string): Promise<Array<Record<string, unknown>>> {
  const site = (await graph("/sites/opcc.sharepoint.com:/sites/contact-strategies")) as unknown as { id: string };
  return (await graph(`/sites/${site.id}/lists/${list}/items?$expand=fields&$top=500`)).value.map((i) => i.fields as Record<string, unknown>);
}
const letterItems = () => listFields("Letters");
/** Every request the emulator has answered, to prove what the add-in did not do (send mail). */
async function requests(): Promise<Array<{ method: string; path: string }>> {
  return ((await (await fetch(`${inject("emulatorOrigin")}/_emulator/log`)).json()) as { requests: Array<{ method: string; path: string }> }).requests;
}
async function open(address: string): Promise<void> {
  await page.locator(`[data-testid="message-row"][data-from="${address}"]`).first().click();
}

describe("letters from the pane", () => {
  it("drafts Pat's strategy letter as a reply for a person to send, and downloads it as a large-print Word letter that reads back with every element", async () => {
    await open("pat.o'brien@example.org");
    const letters = pane.getByTestId("letters");
    await letters.waitFor();
    expect(await letters.getByRole("heading", { name: "Letters" }).count()).toBe(1);
    expect(await pane.getByTestId("letter-kind").inputValue()).toBe("restriction");
    const sendsBefore = (await requests()).length;

    await letters.getByRole("button", { name: "Draft reply" }).click();
    const draft = page.getByTestId("compose-draft");
    await draft.waitFor();
    expect(await draft.getAttribute("data-kind")).toBe("reply");
    const body = (await draft.getByTestId("compose-draft-body").textContent()) ?? "";
    for (const text of ["How we will manage your contact with us", "Dear Pat O'Brien", "Please contact Sam Carter only.", "Call 999 in an emergency", "please write to the Chief Executive", "Head of Business Services and Assurance"]) {
      expect(body).toContain(text);
    }
    expect(await draft.getByTestId("compose-draft-attachments").textContent()).toBe("Attached: Managing Public Contact Policy (OPCC Warwickshire).txt");
    await letters.getByText("Letter prepared and recorded").waitFor();
    expect(await letters.getByText(/never sends a letter/).count()).toBe(1);
    // Recorded on the strategy, as drafted; nothing was sent by the add-in.
    const drafted = (await letterItems()).filter((f) => f.StrategyKey === "demo-pat-obrien");
    expect(drafted).toHaveLength(1);
    expect(drafted[0]).toMatchObject({ Kind: "restriction", Status: "drafted", Address: "pat.o'brien@example.org" });
    expect((await requests()).slice(sendsBefore).filter((r) => /\/send(Mail)?$/i.test(r.path))).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    await letters.getByRole("checkbox", { name: "Large print (16 pt)" }).check();
    const [download] = await Promise.all([page.waitForEvent("download"), letters.getByRole("button", { name: "Download Word letter" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2} restriction Pat O'Brien \(large print\)\.docx$/);
    const file = join(mkdtempSync(join(tmpdir(), "letter-")), "letter.docx");
    await download.saveAs(file);
    const doc = await readDocx(readFileSync(file));
    expect(doc.paragraphs).toEqual(expect.arrayContaining(["Dear Pat O'Brien", "Please contact Sam Carter only. They are your single point of contact.", "Enclosure: Managing Public Contact Policy (OPCC Warwickshire)"]));
    expect(doc.text).toMatch(/We will review the strategy by \d{1,2} [A-Z][a-z]+ \d{4}\. We may then keep it, change it or end it\./);
    expect(doc.paragraphs).toEqual(expect.arrayContaining([expect.stringMatching(/^7\.3\s+Disputing a decision to restrict contact$/)]));
    expect(Math.min(...doc.sizes)).toBeGreaterThanOrEqual(16);
    const elements = requiredElements(warwickshirePack, "restriction").map((e) => e.id);
    const stored = (await letterItems()).filter((f) => f.StrategyKey === "demo-pat-obrien" && String(f.LetterJson).includes("wordLargePrint"));
    expect(stored).toHaveLength(1);
    expect((JSON.parse(String(stored[0]!.LetterJson)) as { letter: { elements: string[] } }).letter.elements).toEqual(expect.arrayContaining(elements));

    // Casey is not Pat's single point of contact: no "Mark as sent", and the pane says who sends it (T7 #16).
    const list = letters.getByTestId("letters-on-record");
    await list.locator('li[data-status="drafted"]').first().waitFor();
    expect(await list.getByRole("button", { name: /as sent$/ }).count()).toBe(0);
    expect(await list.getByTestId("letter-not-sender").first().textContent()).toContain("You are not the single point of contact for Pat O'Brien: only Sam Carter writes to them");
    // Nothing marked sent (Sam Carter marks it: test/app/letters.test.ts); the audit trail has the drafts.
    const audit = (await listFields("AuditTrail")) as Array<{ Action: string; Target: string }>;
    const actions = audit.filter((a) => a.Target === "strategy:demo-pat-obrien").map((a) => a.Action);
    expect(actions).toEqual(expect.arrayContaining(["letter drafted (contact strategy letter, Outlook reply)", "letter drafted (contact strategy letter, Word document, large print)"]));
    expect(actions.filter((a) => a.startsWith("letter sent"))).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("refuses a warning to a sender with no behaviour on record, naming the element and its paragraph, and drafts nothing", async () => {
    await open("riley.evans@example.org");
    const letters = pane.getByTestId("letters");
    await letters.waitFor();
    expect(await pane.getByTestId("letter-kind").locator("option").allTextContents()).toEqual(["Written warning", "Signposting letter"]);
    await letters.getByRole("button", { name: "Draft new message" }).click();
    const problems = letters.getByTestId("letter-problems");
    await problems.waitFor();
    expect(await problems.textContent()).toBe(
      "“Why the behaviour is unacceptable or unreasonable” cannot be given: the behaviour recorded is not on record. (Managing Public Contact Policy (OPCC Warwickshire), section 6)" +
        "“How they can adjust their behaviour” cannot be given: how the person can change each behaviour recorded is not on record. (Managing Public Contact Policy (OPCC Warwickshire), section 6)",
    );
    expect(await page.getByTestId("compose-draft").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("signposts a complaint about the force to the Chief Constable, as a new message to the sender", async () => {
    await open("chris.patel@example.co.uk");
    const letters = pane.getByTestId("letters");
    await letters.waitFor();
    await pane.getByTestId("letter-kind").selectOption("signposting");
    await letters.getByRole("button", { name: "Draft new message" }).click();
    const draft = page.getByTestId("compose-draft");
    await draft.waitFor();
    expect(await draft.getAttribute("data-kind")).toBe("new");
    expect(await draft.textContent()).toContain("To: chris.patel@example.co.uk");
    expect(await draft.getByTestId("compose-draft-body").textContent()).toContain("Complaints about Warwickshire Police are dealt with by the Chief Constable");
    expect(await seriousViolations(page)).toEqual([]);
  });
});
