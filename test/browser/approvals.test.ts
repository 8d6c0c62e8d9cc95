import type { FrameLocator, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { CASEY, MORGAN, tokenOf } from "../../dev/demo/people";
import { decide, proposeChange } from "../../src/app/strategy/actions";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { createGraphClient } from "../../src/graph/client";
import { fieldEquals } from "../../src/graph/odata";
import { termsOf } from "../../src/policy/in-force";
import { warwickshirePack as pack } from "../../src/policy/packs/warwickshire";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { day, deliver, proposal, storeAs } from "./office";
import { actOnAlerts } from "../../src/app/alert-action";
import { longDate } from "../../src/policy/calendar";
import { seriousViolations as violations, useChromium } from "./session";

/**
 * The manager's side of the pane, with two people signed in at once (two browser contexts):
 * Casey the caseworker and Morgan (or Robin), who hold the Head of Business Services role.
 */
const chromium = useChromium();

/** The harness signed in as `user` (a demo person's name before the @), opened at `hash`. */
const signIn = (user: string, hash = "") => chromium.open({ user, hash, viewport: { width: 1400, height: 1000 } });
async function go(page: Page, user: string, hash: string): Promise<FrameLocator> {
  // A fresh load: a goto that changes only the hash would not reload the harness, nor its pane.
  await page.goto("about:blank");
  await page.goto(`${inject("harnessUrl")}?user=${user}${hash}`);
  return page.frameLocator('[data-testid="taskpane-frame"]');
}
const EVIDENCE_TICK = /I have checked the person's contacts in the case file/;

/** Ticks every criterion of the pack's checklist with a note, and gives the rationale. */
async function confirmChecklist(pane: FrameLocator): Promise<void> {
  for (const c of pack.criteria) {
    await pane.getByRole("checkbox", { name: c.label }).check();
    await pane.getByRole("textbox", { name: `Note on “${c.label}”` }).fill(`Checked against the case file: ${c.id}.`);
  }
  // The warning the proposer dated, where no warning letter of that day is on record, is checked (T7 #3).
  const warning = pane.getByRole("checkbox", { name: /I have checked the case file: the written warning/ });
  if (await warning.count()) await warning.check();
  // Where no recorded contact attached shows the behaviour, the person's contacts in the case file are checked (T7 #3).
  const evidence = pane.getByRole("checkbox", { name: EVIDENCE_TICK });
  if (await evidence.count()) await evidence.check();
  await pane.getByRole("textbox", { name: /Rationale/ }).fill("All criteria met; proportionate.");
}

describe("approvals in the pane", () => {
  it("a caseworker proposes from a message, a manager approves with the checklist, the sender is flagged; review due, altered, ended", { timeout: 300_000 }, async () => {
    const taylor = "taylor.quinn@example.org";
    const delivered = await fetch(`${inject("emulatorOrigin")}/_emulator/mail`, {
      method: "POST",
      body: JSON.stringify({
        to: CASEY.upn,
        messages: [
          {
            internetMessageId: "<taylor-1@example.org>",
            subject: "You useless idiots",
            body: { contentType: "text", content: "You are useless idiots, the lot of you. I know where you live and you will regret this." },
            from: { emailAddress: { name: "Taylor Quinn", address: taylor } },
            toRecipients: [{ emailAddress: { name: "OPCC Enquiries", address: "enquiries@opcc.example.gov.uk" } }],
            ccRecipients: [],
            replyTo: [],
            receivedDateTime: new Date().toISOString(),
          },
        ],
      }),
    });
    expect(delivered.status).toBe(201);
    // Casey records the message, then proposes a strategy from it.
    const casey = await signIn("casey.worker");
    const row = casey.page.locator(`[data-testid="message-row"][data-from="${taylor}"]`).first();
    await row.click();
    await casey.pane.getByTestId("no-strategy").waitFor();
    await casey.pane.getByTestId("record-form").getByRole("button", { name: /record/i }).first().click();
    await casey.pane.getByTestId("record-result").waitFor();
    await casey.pane.getByRole("button", { name: "Propose a contact strategy" }).click();
    const form = casey.pane.getByTestId("propose-form");
    await form.waitFor();
    // Pre-filled: the person, the address, the recorded contact as evidence, the behaviour recorded.
    expect(await form.getByRole("textbox", { name: "Person" }).inputValue()).toBe("Taylor Quinn");
    expect(await form.getByRole("checkbox", { name: taylor }).isChecked()).toBe(true);
    expect(await form.getByRole("checkbox", { name: /You useless idiots/ }).isChecked()).toBe(true);
    expect(await form.getByRole("checkbox", { name: "Unacceptable behaviour" }).isChecked()).toBe(true);
    // Submitted before it is filled in: every problem at once, focus moved to the list (T5 finding 5), and no warning means no submission.
    await form.getByRole("button", { name: "Submit for approval" }).click();
    const problems = form.getByTestId("propose-problems");
    await problems.waitFor();
    const listed = await problems.locator("li").allTextContents();
    expect(listed[0]).toBe("Give the reasons for the strategy: they go on the record and in the letter.");
    expect(listed).toEqual(expect.arrayContaining([expect.stringMatching(/^No written warning is recorded.*save this as a draft\.$/), "Choose at least one restriction."]));
    expect(await problems.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    expect(await casey.pane.getByTestId("action-done").count()).toBe(0);
    await form.getByRole("textbox", { name: /Reasons/ }).fill("Abuse and a threat to staff after a written warning.");
    await form.getByRole("radio", { name: "A written warning was given" }).check();
    await form.getByLabel("Date of the warning").fill(day(-14));
    await form.getByRole("checkbox", { name: /^Read, but no action taken/ }).check();
    await form.getByRole("checkbox", { name: /^One method of contact/ }).check();
    await form.getByRole("checkbox", { name: "Reasonable adjustments were considered" }).check();
    await form.getByRole("textbox", { name: "Which adjustments were considered or put in place" }).fill("Asked about support needs; large print offered.");
    await form.getByLabel("Review date").fill(day(20));
    expect(await violations(casey.page)).toEqual([]);
    await form.getByRole("button", { name: "Submit for approval" }).click();
    await casey.pane.getByTestId("action-done").waitFor();
    const href = (await casey.pane.getByRole("link", { name: "Open the proposal" }).getAttribute("href"))!;
    const id = decodeURIComponent(href.replace("#strategy/", ""));

    // A caseworker cannot approve: the proposal's page offers no decision, only who decides.
    let pane = await go(casey.page, "casey.worker", href);
    await pane.getByTestId("strategy-screen").waitFor();
    await pane.getByText("Waiting for the Head of Business Services and Assurance").waitFor();
    expect(await pane.getByRole("button", { name: "Approve" }).count()).toBe(0);
    // Nor through the store, past the pane: SharePoint (the emulator) refuses a caseworker's decision (403).
    const snapshot = (await (await storeAs(CASEY)).getStrategy(id))!.value;
    await expect((await storeAs(CASEY)).addDecision({ id: `${id}:forged`, strategyId: id, kind: "approve", decidedBy: MORGAN.upn, decidedAt: new Date().toISOString(), rationale: "x", checklist: [], terms: termsOf(snapshot, day(20)) })).rejects.toMatchObject({ code: "forbidden" });

    // Morgan finds it in the approvals queue and approves with the checklist.
    const morgan = await signIn("morgan.reid", "#approvals");
    await morgan.pane.getByTestId("queue").getByRole("link", { name: "Taylor Quinn" }).waitFor();
    expect(await violations(morgan.page)).toEqual([]);
    await morgan.pane.getByTestId("queue").getByRole("link", { name: "Taylor Quinn" }).click();
    await morgan.pane.getByTestId("proposal-decision").waitFor();
    expect(await morgan.pane.getByTestId("terms").textContent()).toContain("You useless idiots");
    // The recorded contact attached shows the behaviour, but Casey, who proposes, recorded it herself, as SharePoint says:
    // it spares no check of the case file, and the terms say why (four eyes on the evidence too, T11 #2).
    expect(await morgan.pane.getByTestId("terms").textContent()).toContain("who proposed this strategy, so it cannot spare the check of the case file");
    expect(await morgan.pane.getByRole("checkbox", { name: EVIDENCE_TICK }).count()).toBe(1);
    await confirmChecklist(morgan.pane);
    expect(await violations(morgan.page)).toEqual([]);
    await morgan.pane.getByRole("button", { name: "Approve" }).click();
    await morgan.pane.locator('[data-testid="strategy-screen"][data-in-force="true"]').waitFor();
    expect(await morgan.pane.getByTestId("decisions").textContent()).toMatch(/Approved by Morgan Reid/);

    // Casey's next look at Taylor's message: in force, flagged.
    pane = await go(casey.page, "casey.worker", "");
    await casey.page.locator(`[data-testid="message-row"][data-from="${taylor}"]`).first().click();
    await pane.locator('[data-testid="strategy-banner"][data-status="active"]').waitFor();
    expect(await pane.getByTestId("approved-by").textContent()).toMatch(/^Approved by Morgan Reid on/);
    await casey.page.getByTestId("category-chip").first().waitFor();

    // The review comes due (within 30 days); Morgan alters the strategy: calls limited to 10 minutes.
    pane = await go(morgan.page, "morgan.reid", "#approvals");
    await pane.getByTestId("reviews-due").getByRole("link", { name: "Taylor Quinn" }).click();
    const review = pane.getByTestId("review-decision");
    await review.waitFor();
    await review.getByRole("radio", { name: "Alter it" }).check();
    await review.getByRole("checkbox", { name: /^Limited duration of phone calls/ }).check();
    await review.getByRole("spinbutton", { name: "Longest call, in minutes" }).fill("10");
    await review.getByLabel("Review date").fill(day(90));
    await review.getByRole("textbox", { name: /Rationale/ }).fill("Calls allowed again, limited.");
    expect(await violations(morgan.page)).toEqual([]);
    await review.getByRole("button", { name: "Approve the alteration" }).click();
    await pane.getByTestId("action-done").getByText("Altered: the new terms are in force.").waitFor();
    pane = await go(casey.page, "casey.worker", "");
    await casey.page.locator(`[data-testid="message-row"][data-from="${taylor}"]`).first().click();
    const banner = pane.locator('[data-testid="strategy-banner"][data-status="active"]');
    await banner.waitFor();
    expect(await banner.getByRole("list", { name: "Restrictions" }).locator("li").allTextContents()).toContain("calls limited to 10 minutes");

    // Then ends it: the banner says so and no restriction applies.
    pane = await go(morgan.page, "morgan.reid", `#strategy/${encodeURIComponent(id)}`);
    await pane.getByTestId("review-decision").getByRole("radio", { name: "End it" }).check();
    await pane.getByTestId("review-decision").getByRole("textbox", { name: /Rationale/ }).fill("Behaviour has changed.");
    await pane.getByRole("button", { name: "End the strategy" }).click();
    await pane.locator('[data-testid="strategy-screen"][data-in-force="false"]').waitFor();
    pane = await go(casey.page, "casey.worker", "");
    await casey.page.locator(`[data-testid="message-row"][data-from="${taylor}"]`).first().click();
    await pane.locator('[data-testid="strategy-banner"][data-status="ended"]').waitFor();
    expect(await violations(casey.page)).toEqual([]);
  });

  it("the proposer cannot approve their own proposal (the decision made by keyboard alone)", { timeout: 120_000 }, async () => {
    await proposal("own-proposal", "Chris Own", "chris.own@example.org", MORGAN);
    const { page, pane } = await signIn("morgan.reid", "#strategy/own-proposal");
    await pane.getByTestId("proposal-decision").waitFor();
    // Keyboard only: Space ticks each criterion, Tab moves to its note, and on to the next criterion.
    await pane.getByRole("checkbox", { name: pack.criteria[0]!.label }).focus();
    for (const c of pack.criteria) {
      await page.keyboard.press("Space");
      expect(await pane.getByRole("checkbox", { name: c.label }).isChecked()).toBe(true);
      await page.keyboard.press("Tab");
      await page.keyboard.type(`Checked: ${c.id}.`);
      await page.keyboard.press("Tab");
    }
    expect(await pane.getByRole("textbox", { name: `Note on “${pack.criteria.at(-1)!.label}”` }).inputValue()).toBe(`Checked: ${pack.criteria.at(-1)!.id}.`);
    // No recorded contact is attached: the check of the case file is asked for, and ticked with Space.
    const evidence = pane.getByRole("checkbox", { name: EVIDENCE_TICK });
    await evidence.focus();
    await page.keyboard.press("Space");
    expect(await evidence.isChecked()).toBe(true);
    await pane.getByRole("textbox", { name: /Rationale/ }).focus();
    await page.keyboard.type("Mine, but proportionate.");
    // Said before anything is approved, in the present (T5 finding 5: it read "approved their own proposal"), and Approve is not offered.
    const notice = (await pane.getByTestId("proposal-changed").textContent())!;
    expect(notice).toContain("Your approval would not count");
    expect(notice).toContain("You proposed these terms yourself, so you cannot approve them: someone else must");
    expect(notice).not.toContain("approved their own proposal");
    expect(await pane.getByRole("button", { name: "Approve" }).isDisabled()).toBe(true);
    expect(await pane.getByTestId("strategy-screen").getAttribute("data-in-force")).toBe("false");
  });

  it("behaviour changed since the proposal is in 'Changed since it was proposed': proposed on the record by a change, or changed in the item without proposing it (T12 #6)", { timeout: 180_000 }, async () => {
    const persistence = pack.categories.find((c) => c.canonical === "persistent")!.label;
    // Casey proposes Sam Steady's strategy on "abusive", then proposes a change adding "persistent" through the add-in.
    await proposal("behaviour-proposed", "Sam Steady", "sam.steady@example.org", CASEY);
    const casey = await storeAs(CASEY);
    const steady = (await casey.getStrategy("behaviour-proposed"))!;
    const changed = await proposeChange(casey, pack, steady, { ...steady.value, categories: ["abusive", "persistent"] }, CASEY, "Persistent as well.", new Date().toISOString());
    expect(changed).toMatchObject({ ok: true });
    // And Lee Quiet's strategy, whose item Casey saves with "persistent" added, proposing nothing.
    await proposal("behaviour-unproposed", "Lee Quiet", "lee.quiet@example.org", CASEY);
    const quiet = (await casey.getStrategy("behaviour-unproposed"))!;
    await casey.saveStrategy({ ...quiet.value, categories: ["abusive", "persistent"] }, quiet.etag);
    const { page, pane } = await signIn("morgan.reid", "#strategy/behaviour-proposed");
    const proposed = pane.getByTestId("proposal-changed");
    await proposed.waitFor();
    expect(await proposed.textContent()).toMatch(new RegExp(`^Changed since it was proposedChanged since Casey Worker proposed it, and proposed on the record by Casey Worker.*:Behaviour added: ${persistence}$`));
    expect(await violations(page)).toEqual([]);
    const other = await go(page, "morgan.reid", "#strategy/behaviour-unproposed");
    const unproposed = other.getByTestId("proposal-changed");
    await unproposed.waitFor();
    const notice = (await unproposed.textContent())!;
    expect(notice).toContain("The behaviour, changed since the proposal on record without proposing it: the recorded contacts are judged only against behaviour both name");
    expect(notice).toContain(`Behaviour added: ${persistence}`);
    expect(notice).not.toContain("proposed on the record by");
    expect(await violations(page)).toEqual([]);
  });

  it("two managers deciding at once: the second is told of the first's decision, nothing is overwritten, and the page shows it in force at once", { timeout: 120_000 }, async () => {
    await proposal("two-managers", "Drew Twice", "drew.twice@example.org", CASEY);
    const [morgan, robin] = await Promise.all([signIn("morgan.reid", "#strategy/two-managers"), signIn("robin.hale", "#strategy/two-managers")]);
    await Promise.all([morgan.pane.getByTestId("proposal-decision").waitFor(), robin.pane.getByTestId("proposal-decision").waitFor()]);
    await confirmChecklist(morgan.pane);
    await robin.pane.getByRole("textbox", { name: /Rationale/ }).fill("Not proportionate yet.");
    await morgan.pane.getByRole("button", { name: "Approve" }).click();
    await morgan.pane.locator('[data-testid="strategy-screen"][data-in-force="true"]').waitFor();
    await robin.pane.getByRole("button", { name: "Reject" }).click();
    const conflict = robin.pane.getByTestId("action-conflict");
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(/Someone else changed Drew Twice's strategy .*morgan.reid@opcc.example.gov.uk: approve, now active/);
    expect(await violations(robin.page)).toEqual([]);
    // The page now shows what the records hold, with no reload (T7 #8: the header still said "Not in force — proposed").
    await robin.pane.locator('[data-testid="strategy-screen"][data-in-force="true"]').waitFor();
    expect(await robin.pane.getByTestId("standing").textContent()).toMatch(/^In force.*On Morgan Reid's approval of/);
    expect(await conflict.textContent()).toMatch(/Nothing of yours was saved/);
    const decisions = await (await storeAs(CASEY)).decisionsFor("two-managers");
    expect(decisions.map((d) => [d.kind, d.author.upn])).toEqual([["approve", MORGAN.upn]]);
  });

  it("a caseworker's silent edit to a strategy in force: the review names the address and who added it, and continuing discards it", { timeout: 180_000 }, async () => {
    await proposal("silent-edit", "Jamie Silent", "jamie.silent@example.org", CASEY);
    const morganStore = await storeAs(MORGAN);
    const proposed = (await morganStore.getStrategy("silent-edit"))!;
    const criteriaConfirmed = pack.criteria.map((c) => c.id);
    const approved = await decide(morganStore, pack, proposed, { type: "approve", by: MORGAN, at: new Date().toISOString(), why: "Criteria met: the abuse went on after the warning.", criteriaConfirmed, reviewDate: day(20) }, { warningChecked: true, evidenceChecked: true, criteriaNotes: criteriaConfirmed.map((id) => ({ id, note: `From the case file, on ${id}.` })) });
    expect(approved).toMatchObject({ ok: true });
    // Casey adds an address to the item: one write, no audit event, no proposal.
    const caseyStore = await storeAs(CASEY);
    const item = (await caseyStore.getStrategy("silent-edit"))!;
    await caseyStore.saveStrategy({ ...item.value, addresses: [...item.value.addresses, "someone.else@example.net"] }, item.etag);

    const { page, pane } = await signIn("morgan.reid", "#strategy/silent-edit");
    const review = pane.getByTestId("review-decision");
    await review.waitFor();
    const changes = review.getByTestId("review-changes");
    expect(await changes.getByRole("list", { name: "Not approved yet" }).locator("li").allTextContents()).toEqual(["Address added: someone.else@example.net"]);
    expect(await changes.textContent()).toMatch(/last changed by Casey Worker \(casey.worker@opcc.example.gov.uk\)/);
    expect(await review.getByRole("radio", { name: "Approve the changes and continue" }).isDisabled()).toBe(true);
    expect(await review.getByRole("radio", { name: /Continue on the approved terms/ }).isChecked()).toBe(true);
    await review.getByLabel("Review date").fill(day(60));
    await review.getByRole("textbox", { name: /Rationale/ }).fill("Still needed. The added address was nobody's proposal.");
    expect(await violations(page)).toEqual([]);
    await review.getByRole("button", { name: "Continue on the approved terms" }).click();
    await pane.getByTestId("action-done").getByText("Continued on the approved terms to the new review date.").waitFor();
    await pane.locator('[data-testid="strategy-screen"][data-in-force="true"]').waitFor();
    const after = (await caseyStore.readWithEvidence(["silent-edit"]))[0]!;
    expect(after.strategy.value.addresses).toEqual(["jamie.silent@example.org"]);
    expect(after.evidence.decisions.map((d) => d.kind)).toEqual(["approve", "continue"]);
    expect(await pane.getByTestId("change-list").count()).toBe(0);
  });

  it("a caseworker makes a strategy item unreadable: the queue still lists the others and names the item in a MessageBar", { timeout: 120_000 }, async () => {
    await proposal("still-waits", "Sasha Waits", "sasha.waits@example.org", CASEY);
    await proposal("made-unreadable", "Robin Unread", "robin.unread@example.org", CASEY);
    // Casey may edit ContactStrategies items: one PATCH through Graph writes JSON that does not parse.
    const graph = createGraphClient({ graphBaseUrl: `${inject("emulatorOrigin")}/v1.0`, tokens: devTokenProvider(tokenOf(CASEY)) });
    const items = `/sites/${await resolveSiteId(graph, "opcc.sharepoint.com:/sites/contact-strategies")}/lists/ContactStrategies/items`;
    const found = (await graph.client.api(items).filter(fieldEquals("StrategyKey", "made-unreadable")).get()) as { value: Array<{ id: string }> };
    await graph.client.api(`${items}/${found.value[0]!.id}/fields`).patch({ StrategyJson: "{not json" });

    const { page, pane } = await signIn("morgan.reid", "#approvals");
    const notice = pane.getByTestId("notice-warning");
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      new RegExp(`1 strategy record could not be read.*ContactStrategies item ${found.value[0]!.id} \\(strategy made-unreadable\\): its JSON does not parse; last changed by Casey Worker \\(casey.worker@opcc.example.gov.uk\\).*it is judged from its decisions`),
    );
    expect(await pane.getByTestId("queue").getByRole("link", { name: "Sasha Waits" }).count()).toBe(1);
    expect(await violations(page)).toEqual([]);
  });
  it("the authoriser is shown each set-aside's message: subject, received date and the words that raised the alert (T7 #2, #10)", { timeout: 180_000 }, async () => {
    const sky = { name: "Sky Dunmore", address: "sky.dunmore@example.net" };
    await deliver(CASEY.upn, { id: "sky-goodbye", subject: "Goodbye letters", text: "I can't go on like this any more. I am going to kill myself this weekend, I have nothing left.", from: sky });
    await deliver(CASEY.upn, { id: "sky-tablets", subject: "About the hearing", text: "I have taken all my tablets tonight and I want to die.", from: sky });
    // A set-aside recorded before the message was kept with it: still listed, saying what is not known.
    const old = await actOnAlerts({ store: await storeAs(CASEY), id: "sky-old-set-aside", internetMessageId: "<sky-old@example.org>", senderAddress: sky.address, alertKinds: ["risk-to-life"], outcome: { kind: "noActionNeeded", reason: "Known to the crisis team, who visited him." }, by: CASEY.upn, now: new Date() });
    expect(old.ok).toBe(true);
    const casey = await signIn("casey.worker");
    for (const [subject, reason] of [["Goodbye letters", "He always says this when a letter is late."], ["About the hearing", "His sister rang to say he is safe with her."]] as const) {
      await casey.page.locator(`[data-testid="message-row"][data-from="${sky.address}"]`).filter({ hasText: subject }).first().click();
      const form = casey.pane.getByTestId("alert-action-form");
      await form.waitFor();
      await form.getByRole("radio", { name: "No action needed" }).check();
      await form.getByRole("textbox", { name: /Why no action is needed/ }).fill(reason);
      await form.getByRole("button", { name: "Record what was done" }).click();
      await casey.pane.getByTestId("alert-action").filter({ hasText: reason }).waitFor();
    }
    const { pane } = await signIn("morgan.reid", "#approvals");
    const entries = pane.getByTestId("set-aside-awaiting").filter({ hasText: sky.address });
    await entries.nth(2).waitFor();
    const today = longDate(new Date().toISOString().slice(0, 10));
    const goodbye = (await entries.filter({ hasText: "He always says this" }).getByTestId("set-aside-message").textContent())!;
    expect(goodbye).toMatch(new RegExp(`^Message: “Goodbye letters”, received ${today} \\d\\d:\\d\\d UTC\\. Words that raised the alert: “[^”]*kill myself[^”]*”`));
    const tablets = (await entries.filter({ hasText: "His sister rang" }).getByTestId("set-aside-message").textContent())!;
    expect(tablets).toMatch(/^Message: “About the hearing”, received .* Words that raised the alert: “[^”]*(taken all my tablets|want to die)/);
    expect(await entries.filter({ hasText: "crisis team" }).getByTestId("set-aside-message").textContent()).toMatch(/^Its message's subject, received date and the words that raised the alert are not known/);
    expect(await violations(casey.page)).toEqual([]);
  });
});
