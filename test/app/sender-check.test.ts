import { beforeEach, describe, expect, it } from "vitest";
import { checkSender, type SenderCheckContext } from "../../src/app/sender-check";
import { CATEGORY_NAME, flagMessage, notificationText } from "../../src/app/flag-message";
import { createMemoryStore, type MemoryStore } from "../../src/store/memory/store";
import { createSenderIndex } from "../../src/store/sender-index";
import type { SenderIndex } from "../../src/store/port";
import { warwickshirePack as pack } from "../../src/policy/packs/warwickshire";
import { strategy } from "../builders/strategy";
import { CASEY_ID, ROSTER, approveIn } from "../builders/evidence";
import { FakeMailbox, readItem } from "../fakes/mailbox";
import { OutlookError } from "../../src/outlook/mailbox";
import { StoreError } from "../../src/store/port";

let store: MemoryStore;
let index: SenderIndex;
let ctx: SenderCheckContext;
beforeEach(async () => {
  store = createMemoryStore(CASEY_ID);
  await approveIn(
    store,
    strategy({
      id: "pat",
      status: "active",
      reviewDate: "2027-03-31",
      singlePointOfContact: { upn: "sam.carter@opcc.example.gov.uk", displayName: "Sam Carter" },
      restrictions: [{ kind: "singlePointOfContact", spoc: { upn: "sam.carter@opcc.example.gov.uk", displayName: "Sam Carter" } }, { kind: "readAndFile" }],
    }),
  );
  await store.saveStrategy(strategy({ id: "alex", status: "proposed", person: { displayName: "Alex Morgan" }, addresses: ["alex.morgan@example.com"] }));
  index = createSenderIndex(store);
  await index.refresh();
  ctx = { index, store, pack, roster: ROSTER };
});

describe("checking the sender of the selected message", () => {
  it("finds the strategy for a sender written with capitals and a display name", async () => {
    const verdict = await checkSender(readItem(), ctx);
    expect(verdict).toMatchObject({ kind: "strategy", inForce: true, matchedAddress: "pat.o'brien@example.org", matchedBy: "from" });
  });

  it("finds it through Reply-To when the person writes from another address", async () => {
    const item = readItem({
      from: { displayName: "P", emailAddress: "someone.else@example.net" },
      sender: { displayName: "P", emailAddress: "someone.else@example.net" },
      replyTo: [{ displayName: "Pat", emailAddress: "pat.o'brien+new@example.org" }],
    });
    expect(await checkSender(item, ctx)).toMatchObject({ kind: "strategy", matchedAddress: "pat.o'brien@example.org", matchedBy: "replyTo" });
  });

  it("says a strategy may apply, naming the person, when the index knows the sender but the strategy cannot be read", async () => {
    const offline = { readWithEvidence: async () => Promise.reject(new StoreError("unavailable", "Microsoft 365 did not answer.")) };
    expect(await checkSender(readItem(), { ...ctx, store: offline })).toMatchObject({ kind: "unavailable", summary: { personName: "Pat O'Brien" }, matchedAddress: "pat.o'brien@example.org", problem: "Microsoft 365 did not answer." });
  });

  it("finds a restricted sender whose address was proposed with a curly apostrophe (Word's autocorrect), typed or stored that way", async () => {
    const typed = createMemoryStore(CASEY_ID);
    // Stored as typed, before entry folded apostrophes: the index row and the approved snapshot both say o’brien.
    await approveIn(typed, strategy({ id: "pat", status: "active", reviewDate: "2027-03-31", addresses: ["pat.o’brien@example.org"], restrictions: [{ kind: "readAndFile" }] }));
    const typedIndex = createSenderIndex(typed);
    await typedIndex.refresh();
    const verdict = await checkSender(readItem(), { ...ctx, index: typedIndex, store: typed });
    expect(verdict).toMatchObject({ kind: "strategy", inForce: true, matchedAddress: "pat.o'brien@example.org", matchedBy: "from" });
    // And a message whose From carries the curly form meets the same strategy.
    const curly = { displayName: "Pat", emailAddress: "Pat.O’Brien@example.org" };
    expect(await checkSender(readItem({ from: curly, sender: curly }), ctx)).toMatchObject({ kind: "strategy", inForce: true, matchedAddress: "pat.o'brien@example.org" });
  });

  it("shows a proposed strategy as not in force", async () => {
    const from = { displayName: "Alex Morgan", emailAddress: "alex.morgan@example.com" };
    expect(await checkSender(readItem({ from, sender: from }), ctx)).toMatchObject({ kind: "strategy", inForce: false });
  });

  it("says nothing about an ordinary sender, and survives a malformed address", async () => {
    const from = { displayName: "Riley", emailAddress: "riley.evans@example.org" };
    expect(await checkSender(readItem({ from, sender: from }), ctx)).toEqual({ kind: "none", checked: ["riley.evans@example.org"] });
    const broken = { displayName: "?", emailAddress: "not-an-address" };
    expect(await checkSender(readItem({ from: broken, sender: broken }), ctx)).toEqual({ kind: "none", checked: [] });
  });
});

describe("flagging a message from a restricted sender", () => {
  it("adds the notification and the category from the mailbox's list, once", async () => {
    const mailbox = new FakeMailbox(readItem());
    const pat = (await store.getStrategy("pat"))!.value;
    expect(await flagMessage(mailbox, "AAMk-1", pat)).toEqual({ category: "added" });
    expect(await flagMessage(mailbox, "AAMk-1", pat)).toEqual({ category: "added" });
    expect(mailbox.categories).toEqual([CATEGORY_NAME]);
    expect(mailbox.notifications.get("contactStrategy")?.message).toContain("Sam Carter");
  });

  it("says the mailbox lacks the category, and who can add it, instead of failing or creating it", async () => {
    const mailbox = new FakeMailbox(readItem());
    mailbox.masterCategories.clear();
    const outcome = await flagMessage(mailbox, "AAMk-1", (await store.getStrategy("pat"))!.value);
    expect(outcome).toMatchObject({ category: "notInMailbox", message: expect.stringContaining("Ask your administrator to add it") });
    expect(mailbox.masterCategories.size).toBe(0);
    expect(mailbox.notifications.size).toBe(1);
  });

  it("does nothing to a message the reader has moved on to", async () => {
    const mailbox = new FakeMailbox(readItem({ itemId: "B" }));
    expect(await flagMessage(mailbox, "A", (await store.getStrategy("pat"))!.value)).toBeUndefined();
    expect(mailbox.categories).toEqual([]);
    expect(mailbox.notifications.size).toBe(0);
  });

  it("still adds the category when the notification fails, and says the notification did not show", async () => {
    const mailbox = new FakeMailbox(readItem());
    mailbox.failNotifications = new OutlookError("failed", "Showing the notification: too many notifications");
    const outcome = await flagMessage(mailbox, "AAMk-1", (await store.getStrategy("pat"))!.value);
    expect(outcome).toMatchObject({ category: "added", notificationProblem: expect.stringMatching(/too many notifications/) });
    expect(mailbox.categories).toEqual([CATEGORY_NAME]);
  });

  it("keeps the notification within Outlook's 150 characters", () => {
    const long = strategy({ person: { displayName: "A".repeat(200) } });
    expect(notificationText(long).length).toBeLessThanOrEqual(150);
  });
});
