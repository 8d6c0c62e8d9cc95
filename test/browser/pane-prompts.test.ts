import { describe, expect, it } from "vitest";
import { CASEY, MORGAN, SAM } from "../../dev/demo/people";
import { decide, propose } from "../../src/app/strategy/actions";
import { warwickshirePack as pack } from "../../src/policy/packs/warwickshire";
import { deliver, inForce, proposal, storeAs } from "./office";
import { actOnAlerts } from "../../src/app/alert-action";
import { seriousViolations as violations, useChromium } from "./session";

/**
 * What the pane prompts a caseworker with and offers from a message's banner, in the real bundle on the emulator: a
 * proposal sent back to its proposer, reasonable adjustments a message asks for, and the banner's "Add this address"
 * and "Log a breach".
 */
const chromium = useChromium();
const signIn = (user: string, hash = "") => chromium.open({ user, hash, viewport: { width: 1400, height: 1000 } });

describe("prompts and the banner's actions in the pane", () => {
  it("a proposal sent back: its proposer's pane says who sent it back, when and why, and links to it", { timeout: 180_000 }, async () => {
    await proposal("prompt-sent-back", "Kit Sentback", "kit.sentback@example.org", SAM);
    const morgan = await storeAs(MORGAN);
    const sent = await decide(morgan, pack, (await morgan.getStrategy("prompt-sent-back"))!, { type: "sendBack", by: MORGAN, at: new Date().toISOString(), why: "Attach the messages that show the abuse." });
    expect(sent).toMatchObject({ ok: true });

    const { page, pane } = await signIn("sam.carter");
    const prompt = pane.getByTestId("sent-back-to-you");
    await prompt.waitFor();
    const today = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });
    expect(await prompt.getByText(/proposals? (was|were) sent back to you$/).count()).toBe(1);
    expect(await prompt.getByRole("listitem").filter({ hasText: "Kit Sentback" }).textContent()).toBe(`Kit Sentback — sent back by Morgan Reid on ${today}: “Attach the messages that show the abuse.”`);
    expect(await violations(page)).toEqual([]);
    // The link opens the proposal, which says it waits for Sam.
    await prompt.getByRole("link", { name: "Kit Sentback" }).click();
    const notice = pane.getByTestId("sent-back-notice");
    await notice.waitFor();
    expect(await notice.textContent()).toContain("Sent back to you: it waits for you");
    // Submitted again, it is no longer Sam's to do: the prompt is gone when the pane opens next.
    const sam = await storeAs(SAM);
    expect(await propose(sam, pack, (await sam.getStrategy("prompt-sent-back"))!, SAM, "Messages attached.", new Date().toISOString())).toMatchObject({ ok: true });
    const again = await signIn("sam.carter");
    await again.pane.getByText("No message selected").waitFor();
    await again.pane.getByRole("button", { name: "This message" }).waitFor();
    expect(await again.pane.getByTestId("sent-back-to-you").getByRole("link", { name: "Kit Sentback" }).count()).toBe(0);
  });

  it("a sent-back notice comes after a risk-to-life alert, in order and in Tab order (T7 #4)", { timeout: 180_000 }, async () => {
    await proposal("prompt-sent-back-alert", "Lou Sentback", "lou.sentback@example.org", SAM);
    const morgan = await storeAs(MORGAN);
    expect(await decide(morgan, pack, (await morgan.getStrategy("prompt-sent-back-alert"))!, { type: "sendBack", by: MORGAN, at: new Date().toISOString(), why: "Attach the messages." })).toMatchObject({ ok: true });
    await deliver(SAM.upn, { id: "t7-4-alert", subject: "T7 four one more thing", text: "I have the pills ready and tonight I am going to end it. Goodbye.", from: { name: "Rene Quill", address: "rene.quill@example.org" } });
    const { page, pane } = await signIn("sam.carter");
    await page.locator('[data-testid="message-row"]').filter({ hasText: "T7 four one more thing" }).first().click();
    const alert = pane.locator('[data-testid="alert"][data-kind="risk-to-life"]');
    await alert.waitFor();
    const prompt = pane.getByTestId("sent-back-to-you");
    await prompt.waitFor();
    expect((await alert.boundingBox())!.y).toBeLessThan((await prompt.boundingBox())!.y);
    // The alert precedes the notice in the document, so Tab reaches the alert's controls first.
    expect(await alert.evaluate((a, p) => Boolean(a.compareDocumentPosition(p!) & Node.DOCUMENT_POSITION_FOLLOWING), await prompt.elementHandle())).toBe(true);
    const sam = await storeAs(SAM);
    expect(await propose(sam, pack, (await sam.getStrategy("prompt-sent-back-alert"))!, SAM, "Messages attached.", new Date().toISOString())).toMatchObject({ ok: true });
  });

  it("a proposal sent back while its proposer's pane is open: said on the next message selected, or within two minutes without one; one dismissed stays dismissed", { timeout: 240_000 }, async () => {
    for (const n of [1, 2]) await deliver(SAM.upn, { id: `sam-open-${n}`, subject: `Bin collection ${n}`, text: "When will the bins be collected?", from: { name: "Neighbour", address: `neighbour.${n}@example.org` } });
    await proposal("prompt-open-noor", "Noor Open", "noor.open@example.org", SAM);
    await proposal("prompt-open-remy", "Remy Open", "remy.open@example.org", SAM);
    const { context, page, pane } = await chromium.open({ user: "sam.carter", clock: true, viewport: { width: 1400, height: 1000 } });
    await pane.getByText("No message selected").waitFor();
    const prompt = pane.getByTestId("sent-back-to-you");
    const named = (name: string) => prompt.getByRole("link", { name });
    expect(await named("Noor Open").count()).toBe(0);
    const morgan = await storeAs(MORGAN);
    const sendBack = async (id: string) => expect(await decide(morgan, pack, (await morgan.getStrategy(id))!, { type: "sendBack", by: MORGAN, at: new Date().toISOString(), why: "Say what the warning was." })).toMatchObject({ ok: true });
    // Sent back while Sam's pane is open: the next message Sam selects brings it.
    await sendBack("prompt-open-noor");
    await page.locator('[data-testid="message-row"][data-from="neighbour.1@example.org"]').first().click();
    await named("Noor Open").waitFor();
    await prompt.getByRole("button", { name: "Dismiss" }).click();
    expect(await prompt.count()).toBe(0);
    // Sent back while Sam reads the same message: within two minutes, with nothing selected; Noor's, dismissed, stays so.
    await sendBack("prompt-open-remy");
    await context.clock.fastForward("02:01");
    await named("Remy Open").waitFor();
    expect(await named("Noor Open").count()).toBe(0);
    expect(await violations(page)).toEqual([]);
    // Leave nothing sent back to Sam for other tests: both submitted again.
    const sam = await storeAs(SAM);
    for (const id of ["prompt-open-noor", "prompt-open-remy"]) expect(await propose(sam, pack, (await sam.getStrategy(id))!, SAM, "Warning added.", new Date().toISOString())).toMatchObject({ ok: true });
    // Its fake clock goes with it: nothing of it runs on beside the next test's pane.
    await context.close();
  });

  it("a message asking for adjustments: the pane says what was asked, in the writer's words, with a step for each, and letters start in large print", { timeout: 120_000 }, async () => {
    const { page, pane } = await signIn("casey.worker");
    await page.locator('[data-testid="message-row"][data-from="taylor.hughes@example.com"]').first().click();
    const prompt = pane.getByTestId("adjustment-prompt");
    await prompt.waitFor();
    const shown = (await prompt.textContent())!;
    expect(shown).toContain("Reasonable adjustments asked for");
    expect(shown).toContain("Taylor Hughes wrote: “I am partially sighted”, “large print”, “allow my sister to speak for me”.");
    expect(await prompt.getByTestId("policy-link").textContent()).toBe("Managing Public Contact Policy (OPCC Warwickshire), section 5");
    expect(await prompt.getByRole("listitem").allTextContents()).toEqual([
      "Take what they tell you about their needs at face value: do not ask for proof.",
      "Send letters to them in large print: the letters below are set to large print.",
      "Before anyone else speaks for them, confirm with them who that is and what may be discussed with them, and note it.",
      "Say in your decision’s note what was asked and done; a contact strategy for them must record it under reasonable adjustments.",
    ]);
    const letters = pane.getByTestId("letters");
    await letters.waitFor();
    expect(await letters.getByRole("checkbox", { name: "Large print (16 pt): asked for as an adjustment" }).isChecked()).toBe(true);
    expect(await violations(page)).toEqual([]);
  });

  it("“Add this address”: a message from a new address whose Reply-To is under a strategy proposes the address, for the authoriser to decide", { timeout: 180_000 }, async () => {
    await inForce("prompt-add-address", "Lee Newaddress", "lee.old@example.org", CASEY);
    await deliver(CASEY.upn, { id: "lee-new-1", subject: "My new email", text: "Please use this address for me from now on.", from: { name: "Lee Newaddress", address: "lee.new@example.org" }, replyTo: "lee.old@example.org" });
    const { page, pane } = await signIn("casey.worker");
    await page.locator('[data-testid="message-row"][data-from="lee.new@example.org"]').first().click();
    await pane.locator('[data-testid="strategy-banner"][data-status="active"]').waitFor();
    await pane.getByRole("button", { name: "Add this address" }).click();
    const form = pane.getByTestId("address-form");
    await form.waitFor();
    expect(await form.getByRole("heading").textContent()).toBe("Add lee.new@example.org to the strategy");
    await form.getByRole("textbox", { name: "Why this address is the same person" }).fill("He wrote from it giving his old address and his name.");
    expect(await violations(page)).toEqual([]);
    await form.getByRole("button", { name: "Propose adding it" }).click();
    expect(await form.getByTestId("action-done").textContent()).toBe("lee.new@example.org proposed for the strategy; the Head of Business Services and Assurance decides at review.");
    // Not approved by this (no decision is added): Morgan's page shows the change waiting for her at review.
    const strategy = (await (await storeAs(MORGAN)).readWithEvidence(["prompt-add-address"]))[0]!;
    expect(strategy.evidence.decisions.map((d) => d.kind)).toEqual(["approve"]);
    const morgan = await signIn("morgan.reid", "#strategy/prompt-add-address");
    await morgan.pane.getByTestId("strategy-screen").waitFor();
    const review = morgan.pane.getByTestId("review-decision");
    await review.waitFor();
    expect(await review.getByTestId("review-changes").getByRole("list", { name: "Not approved yet" }).locator("li").allTextContents()).toEqual(["Address added: lee.new@example.org"]);
    expect(await review.textContent()).toContain("Casey Worker proposed exactly this on the record: you may approve it");
  });

  it("“Log a breach”: a message from a person under a strategy in force is logged against it once, and shows on the strategy", { timeout: 180_000 }, async () => {
    await inForce("prompt-breach", "Ash Breach", "ash.breach@example.org", CASEY);
    await deliver(CASEY.upn, { id: "ash-breach-1", subject: "Calling you again", text: "I rang four times today and I will keep ringing.", from: { name: "Ash Breach", address: "ash.breach@example.org" } });
    const { page, pane } = await signIn("casey.worker");
    await page.locator('[data-testid="message-row"][data-from="ash.breach@example.org"]').first().click();
    await pane.locator('[data-testid="strategy-banner"][data-status="active"]').waitFor();
    await pane.getByRole("button", { name: "Log a breach" }).click();
    const form = pane.getByTestId("breach-form");
    await form.waitFor();
    expect(await form.getByRole("heading").textContent()).toBe("Log a breach of Ash Breach's strategy");
    // Nothing said, or "x" (T7 #7), nothing logged: the field is marked and the refusal says what is needed.
    const what = form.getByRole("textbox", { name: "What happened" });
    for (const said of ["", "x"]) {
      await what.fill(said);
      await form.getByRole("button", { name: "Log breach" }).click();
      await form.getByTestId("action-refused").waitFor();
      expect(await form.getByTestId("action-refused").textContent()).toContain("Say what the breach was, in your own words (at least 10 letters)");
      expect(await what.getAttribute("aria-invalid")).toBe("true");
    }
    await what.fill("Rang four times in a day; the strategy allows email only.");
    expect(await violations(page)).toEqual([]);
    await form.getByRole("button", { name: "Log breach" }).click();
    await form.getByTestId("action-done").waitFor();
    expect(await form.getByTestId("action-done").textContent()).toBe("Breach logged against Ash Breach's strategy.");
    // Logged again from the same message: still one breach; a different one on the same message is refused, naming the first.
    await form.getByRole("button", { name: "Log breach" }).click();
    await form.getByTestId("action-done").waitFor();
    await what.fill("Wrote to Casey, who is not the single point of contact.");
    await form.getByRole("button", { name: "Log breach" }).click();
    await form.getByTestId("action-refused").waitFor();
    expect(await form.getByTestId("action-refused").textContent()).toContain("A breach is already logged for this message: “Rang four times in a day; the strategy allows email only.”");
    const morgan = await signIn("morgan.reid", "#strategy/prompt-breach");
    const breaches = morgan.pane.getByTestId("breaches");
    await breaches.waitFor();
    expect(await breaches.getByRole("listitem").allTextContents()).toEqual([expect.stringMatching(/^\d{1,2} \w+ \d{4}.* — Rang four times in a day; the strategy allows email only\. \(logged by Casey Worker\)$/)]);
  });

  it("a set-aside the authoriser overturns is said on every message, to whoever opens the pane, after the message's own alerts and before any other notice, until someone acts on it (T7 #6)", { timeout: 300_000 }, async () => {
    const quinn = { name: "Quinn Reopen", address: "quinn.reopen@example.org" };
    const goodbye = { id: "t7-6-goodbye", subject: "T7 six goodbye letters", text: "I have written my goodbye letters to my kids and I won't be here by the weekend.", from: quinn };
    await deliver(CASEY.upn, goodbye);
    await deliver(CASEY.upn, { id: "t7-6-plain", subject: "T7 six bins", text: "When will the bins be collected on our street?", from: { name: "Neighbour", address: "neighbour.six@example.org" } });
    await deliver(CASEY.upn, { id: "t7-6-other", subject: "T7 six other alert", text: "I have the pills ready and tonight I am going to end it. Goodbye.", from: { name: "Ash Other", address: "ash.other@example.org" } });
    await proposal("prompt-six-sent-back", "Vic Sentback", "vic.sentback@example.org", CASEY);
    const morgan = await storeAs(MORGAN);
    expect(await decide(morgan, pack, (await morgan.getStrategy("prompt-six-sent-back"))!, { type: "sendBack", by: MORGAN, at: new Date().toISOString(), why: "Attach the messages." })).toMatchObject({ ok: true });
    // Casey sets the risk to life aside; Morgan overturns it in the Approvals tab.
    const message = { subject: goodbye.subject, receivedAt: new Date().toISOString(), words: ["I won't be here by the weekend"] };
    const setAside = await actOnAlerts({ store: await storeAs(CASEY), id: "t7-6-set-aside", internetMessageId: `<${goodbye.id}@example.org>`, senderAddress: quinn.address, alertKinds: ["risk-to-life"], outcome: { kind: "noActionNeeded", reason: "He always says this stuff." }, by: CASEY.upn, now: new Date(), message });
    expect(setAside.ok).toBe(true);
    const approvals = await signIn("morgan.reid", "#approvals");
    const waiting = approvals.pane.getByTestId("set-aside-awaiting").filter({ hasText: quinn.address });
    await waiting.waitFor();
    const note = "Goodbye letters to his children is a real risk: call 999 for a welfare check now.";
    await waiting.getByRole("textbox", { name: /Your note/ }).fill(note);
    await waiting.getByRole("button", { name: "Overturn: the alert needs action" }).click();
    await waiting.waitFor({ state: "detached" });

    // Casey, on another message with no alert: the reopened alert is the first thing the pane says, an error bar, before the banner.
    const casey = await signIn("casey.worker");
    const row = (subject: string) => casey.page.locator('[data-testid="message-row"]').filter({ hasText: subject }).first();
    await row("T7 six bins").click();
    const reopened = casey.pane.getByTestId("reopened-alerts");
    await reopened.waitFor();
    expect(await reopened.getByTestId("notice-error").count()).toBe(1);
    expect(await reopened.getByRole("listitem").textContent()).toMatch(
      new RegExp(`^risk to life on “T7 six goodbye letters” from quinn\\.reopen@example\\.org, received .*\\. You set it aside \\(No action needed: He always says this stuff\\.?\\); Morgan Reid \\(morgan\\.reid@opcc\\.example\\.gov\\.uk\\) overturned it on .*: “${note}” Open that message`),
    );
    const banner = casey.pane.getByTestId("no-strategy");
    await banner.waitFor();
    expect((await reopened.boundingBox())!.y).toBeLessThan((await banner.boundingBox())!.y);
    expect(await violations(casey.page)).toEqual([]);

    // On a message with an alert of its own: that alert first, then the reopened one, then the sent-back notice — in order and in Tab order.
    await row("T7 six other alert").click();
    const own = casey.pane.locator('[data-testid="alert"][data-kind="risk-to-life"]');
    await own.waitFor();
    const sentBack = casey.pane.getByTestId("sent-back-to-you");
    await sentBack.waitFor();
    await reopened.waitFor();
    const follows = async (a: typeof own, b: typeof own) => a.evaluate((x, y) => Boolean(x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING), await b.elementHandle());
    expect([await follows(own, reopened), await follows(reopened, sentBack)]).toEqual([true, true]);
    expect((await own.boundingBox())!.y).toBeLessThan((await reopened.boundingBox())!.y);
    expect((await reopened.boundingBox())!.y).toBeLessThan((await sentBack.boundingBox())!.y);

    // Anyone who opens the pane is told, by name of who set it aside; and on the Approvals screen too.
    const sam = await signIn("sam.carter");
    await sam.pane.getByText("No message selected").waitFor();
    await sam.pane.getByTestId("reopened-alerts").waitFor();
    expect(await sam.pane.getByTestId("reopened-alert").textContent()).toMatch(/Casey Worker \(casey\.worker@opcc\.example\.gov\.uk\) set it aside/);
    const again = await signIn("morgan.reid", "#approvals");
    await again.pane.getByTestId("reopened-alerts").waitFor();

    // Casey acts on it: escalated to Morgan. The next message selected says nothing more about it.
    await row("T7 six goodbye letters").click();
    const form = casey.pane.getByTestId("alert-action-form");
    await form.waitFor();
    await form.getByRole("radio", { name: "Escalated to someone who can act" }).check();
    await form.getByRole("textbox", { name: /Escalated to/ }).fill("Morgan Reid");
    await form.getByRole("button", { name: "Record what was done" }).click();
    await casey.pane.getByTestId("alert-action").filter({ hasText: "Escalated to Morgan Reid" }).waitFor();
    await row("T7 six bins").click();
    await banner.waitFor();
    await sentBack.waitFor();
    // The pane reads the reopened alerts again on each selection: the notice goes once that read is back.
    await reopened.waitFor({ state: "detached" });
    expect(await propose(await storeAs(CASEY), pack, (await morgan.getStrategy("prompt-six-sent-back"))!, CASEY, "Messages attached.", new Date().toISOString())).toMatchObject({ ok: true });
  });
});
