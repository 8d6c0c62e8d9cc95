import type { FrameLocator, Page } from "playwright-core";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { seriousViolations, useChromium } from "./session";

/**
 * Issue 14, a pane that says what it knows: each test delivers its own messages (from senders no
 * other test uses), so what it records or breaks is its own whatever order the files run in.
 */
const chromium = useChromium();
let page: Page;
let pane: FrameLocator;

beforeEach(async () => {
  await openHarness({ width: 1400, height: 900 });
});

async function openHarness(viewport: { width: number; height: number }): Promise<void> {
  await page?.context().close();
  ({ page, pane } = await chromium.open({ viewport }));
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

const row = (address: string, subject?: string) => page.locator(`[data-testid="message-row"][data-from="${address}"]`, subject ? { hasText: subject } : {}).first();
async function open(address: string, subject?: string): Promise<void> {
  await row(address, subject).click();
}

/** Runs `work` while the emulator answers each of `faults` (method, path pattern) with 503, as Graph does when SharePoint or Exchange is unwell. */
async function whileFailing(faults: Array<{ method: string; path: string }>, work: () => Promise<void>): Promise<void> {
  const url = `${inject("emulatorOrigin")}/_emulator/faults`;
  for (const fault of faults) {
    await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ ...fault, status: 503, retryAfterSeconds: 0 }) });
  }
  try {
    await work();
  } finally {
    await fetch(url, { method: "DELETE" });
  }
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
    // The suggestion's sub-type is recorded with the category, unless the caseworker unticks it.
    expect(await recorded.textContent()).toMatch(/^Recorded by Casey Worker on \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2} as Unacceptable behaviour \(.+\)\.$/);
    expect(await pane.getByRole("checkbox", { name: "Unacceptable behaviour" }).isChecked()).toBe(true);

    // Dismissing clears the boxes and says what is stored now; coming back shows the dismissal.
    await pane.getByRole("button", { name: "Dismiss suggestions and record" }).click();
    await pane.getByTestId("record-result").getByText(/Correction recorded \(was: Unacceptable behaviour \(.+\)\)\. Now: suggestions dismissed\./).waitFor();
    expect(await pane.getByRole("checkbox", { checked: true }).count()).toBe(0);
    await open("chris.patel@example.co.uk");
    await pane.getByTestId("no-strategy").waitFor();
    await open(drew.address);
    await recorded.and(pane.locator('[data-outcome="dismissed"]')).waitFor();
    expect(await recorded.textContent()).toMatch(/^Recorded by Casey Worker on .* as suggestions dismissed\.$/);
    expect(await pane.getByRole("checkbox", { checked: true }).count()).toBe(0);
    // The suggestion is still shown as a suggestion: dismissing it on the record does not hide what the classifier saw.
    expect(await pane.getByTestId("finding").count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe("a decision's sub-type and note, and the person's timeline", () => {
  it("the caseworker ticks which kind (by keyboard) and adds a note; both show on return, and in the timeline on the person's next message", async () => {
    const kit = { name: "Kit Timeline", address: "kit.timeline@example.org" };
    const day = 86_400_000;
    await deliver([
      { id: "<h14-kit-1@example.org>", from: kit, subject: "First one", body: "You are a useless idiot and a disgrace.", receivedAt: new Date(Date.now() - 2 * day) },
      { id: "<h14-kit-2@example.org>", from: kit, subject: "Second one", body: "Could you tell me when the next public meeting is?" },
    ]);
    await open(kit.address, "First one");
    await pane.getByTestId("finding").first().waitFor();
    // The policy's sub-types show under the ticked category; Space ticks one, as a keyboard user would.
    const kinds = pane.getByRole("group", { name: "Which kind of unacceptable behaviour" });
    await kinds.waitFor();
    const threat = kinds.getByRole("checkbox", { name: "Threats or harm to people or property" });
    expect(await threat.isChecked()).toBe(false);
    await threat.focus();
    await page.keyboard.press("Space");
    expect(await threat.isChecked()).toBe(true);
    const note = pane.getByRole("textbox", { name: /^Your note/ });
    await note.fill("Second abusive message this week; told Sam.");
    expect(await seriousViolations(page)).toEqual([]);
    await pane.getByRole("button", { name: "Confirm and record" }).click();
    await pane.getByTestId("record-result").waitFor();

    await open("chris.patel@example.co.uk");
    await pane.getByTestId("no-strategy").waitFor();
    await open(kit.address, "First one");
    const recorded = pane.getByTestId("recorded-decision");
    await recorded.and(pane.locator('[data-outcome="confirmed"]')).waitFor();
    expect(await recorded.textContent()).toMatch(/ as Unacceptable behaviour \((.+; )?Threats or harm to people or property(; .+)?\)\./);
    expect(await pane.getByTestId("recorded-note").textContent()).toBe("Your note: “Second abusive message this week; told Sam.”");
    expect(await note.inputValue()).toBe("Second abusive message this week; told Sam.");

    // Kit's next message: the timeline holds the earlier decision, its sub-type and note.
    await open(kit.address, "Second one");
    const timeline = pane.getByTestId("timeline");
    await timeline.waitFor();
    const entries = timeline.locator('li[data-kind="contact"]');
    // The first message's pane (whose timeline leaves itself out) may still be showing while the second one loads.
    await entries.first().waitFor();
    expect(await entries.count()).toBe(1);
    expect(await entries.first().textContent()).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4} — “First one”: recorded as Unacceptable behaviour \(.*Threats or harm to people or property.*\) by Casey Worker\. Note: “Second abusive message this week; told Sam\.”$/);
    expect(await timeline.getByTestId("timeline-unknown").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("Pat's timeline holds the decision that put the strategy in force", async () => {
    await open("pat.o'brien@example.org");
    const approved = pane.getByTestId("timeline").locator('li[data-kind="strategy"]', { hasText: "Contact strategy approved by" });
    await approved.first().waitFor();
    expect(await approved.count()).toBeGreaterThan(0);
  });
});

describe("unknown is not zero", () => {
  it("with the contact log and the mailbox both failing, the history reads unknown and the suggestion says it was made without it", async () => {
    const jules = { name: "Jules Unknown", address: "jules.unknown@example.org" };
    await deliver([{ id: "<h14-unknown@example.org>", from: jules, subject: "Planning question", body: "Could you tell me when the next public meeting is?" }]);
    await whileFailing(
      [
        { method: "GET", path: "/lists/ContactLog/items" },
        { method: "GET", path: "^/me/messages$" },
      ],
      async () => {
        await open(jules.address);
        const history = pane.locator('[data-testid="history"][data-coverage="none"]');
        await history.waitFor({ timeout: 45_000 });
        expect(await history.getByTestId("history-count").allTextContents()).toEqual(["unknownlast 7 days", "unknownlast 30 days", "unknownlast 90 days"]);
        const figures = (await history.getByTestId("history-figures").textContent()) ?? "";
        expect(figures).toContain("Written warnings given: unknown.");
        expect(figures).not.toMatch(/\b0\b/);
        // One note, not two that contradict each other; no doubled full stops from the service's own words.
        const note = (await history.getByTestId("history-note").textContent()) ?? "";
        expect(note).toMatch(/^The sender’s history could not be read\. Recorded contacts: .*Microsoft 365 is not answering.*The figures are unknown, and the suggestions were made from this message alone\.$/);
        expect(note).not.toContain("..");
        expect(await pane.getByTestId("without-history").textContent()).toMatch(/Made without the sender’s history/);
        expect(await pane.getByTestId("no-findings").textContent()).toMatch(/^Nothing in this message’s own words matches/);
        expect(await pane.getByTestId("recorded-decision").getAttribute("data-outcome")).toBe("unknown");
        // The timeline says its decisions and letters are unknown, not that there were none.
        expect(await pane.getByTestId("timeline-unknown").textContent()).toMatch(/^Unknown: the recorded decisions on earlier messages and the letters and warnings could not be read/);
        expect(await pane.getByTestId("timeline-empty").textContent()).toBe("Nothing could be read.");
        expect(await seriousViolations(page)).toEqual([]);
      },
    );
    // Service back: the history panel's own "Check again" reads it anew, by keyboard, without choosing another message.
    await pane.getByRole("button", { name: "Check the history again" }).focus();
    await page.keyboard.press("Enter");
    const read = pane.locator('[data-testid="history"][data-coverage="full"]');
    await read.waitFor({ timeout: 45_000 });
    expect(await read.getByTestId("history-count").allTextContents()).toEqual(["1last 7 days", "1last 30 days", "1last 90 days"]);
    expect(await read.getByTestId("history-figures").textContent()).toContain("Written warnings given: 0.");
    expect(await pane.getByRole("button", { name: "Check the history again" }).count()).toBe(0);
  });
});

describe("an outage keeps the warning", () => {
  it("with ContactStrategies answering 503, re-opening Pat's message keeps the warning and its notification, marked possibly out of date", async () => {
    const pat = "pat.o'brien@example.org";
    await open(pat);
    await pane.locator('[data-testid="strategy-banner"][data-status="active"]').waitFor();
    await page.getByTestId("notification").first().waitFor();
    await whileFailing([{ method: "GET", path: "/lists/ContactStrategies/items" }], async () => {
      await open("chris.patel@example.co.uk");
      await pane.getByTestId("no-strategy").waitFor();
      await open(pat);
      const banner = pane.locator('[data-testid="strategy-banner"][data-status="lastKnown"]');
      await banner.waitFor({ timeout: 45_000 });
      expect(await banner.textContent()).toMatch(/^Contact strategy in force for Pat O'Brien — as last known/);
      const said = (await banner.getByTestId("last-known").textContent()) ?? "";
      expect(said).toMatch(/could not be checked now .*As last checked (just now|\d+ minutes? ago): contact through Sam Carter only; email only; read and file\./);
      expect(said).toContain("This may be out of date");
      const notification = page.getByTestId("notification").filter({ hasText: "Pat O'Brien" });
      await notification.first().waitFor();
      expect(await notification.first().textContent()).toMatch(/act first; a contact strategy may apply to Pat O'Brien/);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
});

describe("look-alike addresses", () => {
  it("warns when the sender's address is confusable with one under a strategy (a Cyrillic е in Pat's)", async () => {
    const lookalike = "pat.o'bri\u0435n@example.org";
    await deliver([{ id: "<h14-lookalike@example.org>", from: { name: "Pat O'Brien", address: lookalike }, subject: "New address", body: "Writing from my new address." }]);
    await open(lookalike);
    const warning = pane.getByTestId("lookalike");
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/^Look-alike of an address under a contact strategy/);
    expect(await warning.textContent()).toContain(`${lookalike} looks like pat.o'brien@example.org, listed under a strategy for Pat O'Brien`);
    expect(await warning.textContent()).toContain("е U+0435");
    const notification = page.getByTestId("notification").filter({ hasText: "Look-alike address" });
    await notification.first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe("dates from the message", () => {
  it("reads “Reply today” in a message received three days ago as that day, not today", async () => {
    const today = new Date();
    const received = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - 3, 12));
    const robin = { name: "Robin Dates", address: "robin.dates@example.org" };
    await deliver([{ id: "<h14-dates@example.org>", from: robin, subject: "Answer me", body: "Reply today. I demand an answer today, not next month.", receivedAt: received }]);
    await open(robin.address);
    const timescale = pane.locator('[data-testid="finding"][data-category="demands"]', { hasText: "unreasonable timescale" });
    await timescale.waitFor();
    const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(received);
    expect(await timescale.getByTestId("finding-evidence").textContent()).toContain(`wants it by ${day};`);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe("layout in a narrow pane", () => {
  it("at 320 px the decision is reached before the message text, and “No message selected” sits at the top", async () => {
    await openHarness({ width: 1200, height: 800 });
    const frame = page.locator('[data-testid="taskpane-frame"]');
    // Outlook's narrowest task pane: 320 px.
    await frame.evaluate((el) => ((el as HTMLElement).style.width = "320px"));
    const paneTop = (await frame.boundingBox())!.y;
    // Waiting for a message: said at the top of the pane, not under blank space at the bottom.
    expect((await pane.getByTestId("notice-info").boundingBox())!.y - paneTop).toBeLessThan(150);
    await open("pat.o'brien@example.org");
    await pane.getByTestId("record-form").waitFor();
    expect((await frame.boundingBox())!.width).toBe(320);
    const decide = (await pane.getByRole("button", { name: /Confirm and record|Record my correction/ }).boundingBox())!;
    const text = (await pane.getByTestId("evidence-text").boundingBox())!;
    expect(decide.y).toBeLessThan(text.y);
    // The single point of contact is named once in the banner, not again among the restrictions.
    const banner = pane.locator('[data-testid="strategy-banner"]');
    expect(((await banner.textContent()) ?? "").split("Sam Carter").length - 1).toBe(1);
    // What the record holds is in the banner: reasons, adjustments, prior warning.
    await banner.getByText("Why, and what the record holds").click();
    expect(await banner.getByTestId("strategy-record").textContent()).toMatch(/Reasons.*Reasonable adjustments.*Prior warning/);
    // What staff may do holds no prohibition and, on Pat's email-only strategy, nothing about calls; each line cites the policy by title and section.
    await banner.getByText("What staff may and may not do").click();
    const may = (await banner.getByRole("list", { name: "You may", exact: true }).textContent()) ?? "";
    expect(may).toContain("Pass the contact to the single point of contact.");
    expect(may).not.toMatch(/do not|yourself|\bcall/i);
    expect(may).toMatch(/\(Managing Public Contact Policy \(OPCC Warwickshire\), section 7(\.2)?\)/);
    const mayNot = (await banner.getByRole("list", { name: "You may not", exact: true }).textContent()) ?? "";
    expect(mayNot).toContain("Reply yourself unless you are the single point of contact.");
    expect(await banner.textContent()).not.toMatch(/\.txt/);
    // And the strategy itself, one link away.
    expect(await pane.getByRole("link", { name: "Open the strategy" }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe("policy citations open the policy", () => {
  it("a finding's citation opens the cited section of the office's policy in a dialog, read by keyboard, closed with Escape", async () => {
    const lee = { name: "Lee Citation", address: "lee.citation@example.org" };
    await deliver([{ id: "<h14-cite@example.org>", from: lee, subject: "You people", body: "You are a useless idiot and a disgrace." }]);
    await open(lee.address);
    const finding = pane.getByTestId("finding").first();
    await finding.waitFor();
    const link = finding.getByTestId("policy-link");
    const words = (await link.textContent()) ?? "";
    const [, section] = /section (\d+(?:\.\d+)*)$/.exec(words) ?? [];
    expect(words).toMatch(/^Managing Public Contact Policy \(OPCC Warwickshire\), section \d/);
    await link.focus();
    await page.keyboard.press("Enter");
    const dialog = pane.getByRole("dialog");
    await dialog.getByRole("document").waitFor();
    // The section the finding cites, by its number and its own title, with the policy's words.
    expect(await dialog.getByRole("heading").textContent()).toMatch(new RegExp(`^Managing Public Contact Policy \\(OPCC Warwickshire\\), section ${section!.replace(".", "\\.")} [A-Z]`));
    expect(((await dialog.getByRole("document").textContent()) ?? "").length).toBeGreaterThan(200);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    // Back where the caseworker was: the message's findings, focus on the link that opened it.
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});

describe("persistence dates from the decision on the person's matter", () => {
  it("a caseworker records the day the decision was sent; the next challenge counts its contacts since that day, and the timeline shows it", async () => {
    const max = { name: "Max Matter", address: "max.matter@example.org" };
    const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000);
    const complaint = "I want to complain about how PC Hale handled my report of the theft of my bicycle from Leamington station. Nobody called me back.";
    await deliver([
      { id: "<h14-matter-1@example.org>", from: max, subject: "Complaint about PC Hale", body: complaint, receivedAt: daysAgo(12) },
      { id: "<h14-matter-2@example.org>", from: max, subject: "Decision received", body: `I have your decision letter about PC Hale. I do not accept it. ${complaint}`, receivedAt: daysAgo(3) },
      { id: "<h14-matter-3@example.org>", from: max, subject: "Still not accepted", body: `I have your decision letter about PC Hale. I still do not accept it. ${complaint}`, receivedAt: daysAgo(0) },
    ]);
    const decided = daysAgo(6).toISOString().slice(0, 10);
    await open(max.address, "Decision received");
    await pane.getByTestId("record-form").waitFor();
    await pane.getByTestId("matter-decided-on").fill(decided);
    await pane.getByRole("button", { name: /record/i }).first().click();
    await pane.getByTestId("record-result").waitFor();
    expect(await pane.getByTestId("recorded-matter-decided").textContent()).toMatch(/^Told the decision on their matter on \d{1,2} [A-Z][a-z]+ \d{4}\.$/);

    await open(max.address, "Still not accepted");
    const finding = pane.locator('[data-testid="finding"][data-category="persistent"]', { hasText: "Refusing to accept" });
    await finding.waitFor({ timeout: 45_000 });
    expect(await finding.getByTestId("finding-evidence").textContent()).toContain(`since the decision of ${decided}`);
    expect(await pane.getByTestId("matter-decided-on").inputValue()).toBe("");
    expect(await pane.getByTestId("record-form").textContent()).toMatch(/Last recorded for them: \d{1,2} [A-Z][a-z]+ \d{4}\./);
    expect(await pane.getByTestId("timeline").textContent()).toContain("Told the office's decision on their matter (recorded by Casey Worker)");
  });
});

describe("the learned scorer (issue 13)", () => {
  it("loads after the message shows; when its weights cannot be fetched, the suggestions say they are the rules' alone", async () => {
    const robin = { name: "Robin Unscored", address: "robin.unscored@example.org" };
    await deliver([{ id: "<h13-rules-only@example.org>", from: robin, subject: "Bins", body: "Could you tell me who to ask about the bins being left out on our road every week?" }]);
    // The weights are a chunk of their own (never in the first paint): refused here, as a broken network would.
    await page.route("**/learned-scorer.*.js", (route) => route.abort());
    await open(robin.address);
    const note = pane.getByTestId("rules-only");
    await note.waitFor({ timeout: 45_000 });
    expect(await note.textContent()).toMatch(/^Suggestions from the rules alone: the learned scorer could not be loaded/);
    expect(await pane.getByTestId("no-findings").textContent()).toMatch(/^Nothing in this message matches/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("with the weights loaded, a message is classified with them and says nothing of rules alone", async () => {
    const kim = { name: "Kim Scored", address: "kim.scored@example.org" };
    await deliver([{ id: "<h13-scored@example.org>", from: kim, subject: "Bins", body: "Could you tell me who to ask about the bins being left out on our road every week?" }]);
    const fetched = page.waitForRequest(/learned-scorer\.[0-9a-f]+\.js/);
    await open(kim.address);
    await fetched;
    await pane.getByTestId("classification").waitFor({ timeout: 45_000 });
    expect(await pane.getByTestId("rules-only").count()).toBe(0);
  });
});
