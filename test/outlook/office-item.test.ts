import { describe, expect, it } from "vitest";
import { fail, ok, outlook, type Callback } from "./office-mock";

describe("the selected message, read through office-js", () => {
  it("maps the item's properties, with a Graph-ready id converted as REST v2.0", async () => {
    const { mailbox, state } = outlook();
    expect(await mailbox.currentItem()).toEqual({
      itemId: "AAMkAD/1+2=",
      restId: "AAMkAD-1_2=",
      internetMessageId: "<m1@example.org>",
      subject: "My complaint",
      from: { displayName: "Pat O'Brien", emailAddress: "pat.o'brien@example.org" },
      sender: { displayName: "Pat O'Brien", emailAddress: "pat.o'brien@example.org" },
      to: [{ displayName: "Enquiries", emailAddress: "enquiries@opcc.example.gov.uk" }],
      cc: [{ displayName: "Sam Carter", emailAddress: "sam.carter@opcc.example.gov.uk" }],
      replyTo: [],
      receivedAt: "2026-11-24T09:00:00.000Z",
      attachments: 0,
      categories: [],
    });
    expect(state.restIdCalls).toEqual([["AAMkAD/1+2=", "v2.0"]]);
  });

  it("counts the files attached, not the images inline in the body (Gwent 6.0 'inundating')", async () => {
    const file = (name: string, isInline = false) => ({ id: name, name, size: 1000, contentType: "application/pdf", attachmentType: "file", isInline });
    const { mailbox } = outlook({ item: { attachments: [file("a.pdf"), file("b.pdf"), file("logo.png", true)] } });
    expect((await mailbox.currentItem())?.attachments).toBe(2);
  });

  it("gives no item between selections (Outlook sets mailbox.item to null)", async () => {
    expect(await outlook({ item: null }).mailbox.currentItem()).toBeUndefined();
  });

  it("gives no item for an item without an id (a multi-selection or an unsaved draft)", async () => {
    expect(await outlook({ item: { itemId: "" } }).mailbox.currentItem()).toBeUndefined();
  });

  it("follows the item Outlook holds now, not the one it held when the adapter was made", async () => {
    const { mailbox, office } = outlook();
    office.context.mailbox.item = null;
    expect(await mailbox.currentItem()).toBeUndefined();
  });

  it("keeps the item id where the host cannot convert it (Outlook mobile has no convertToRestId)", async () => {
    const { mailbox } = outlook({ mailbox: { convertToRestId: undefined } });
    expect((await mailbox.currentItem())?.restId).toBe("AAMkAD/1+2=");
  });

  it("falls back to the sender when there is no separate sender, and to the item id without a Message-ID", async () => {
    const { mailbox } = outlook({ item: { sender: undefined, internetMessageId: "" } });
    const item = await mailbox.currentItem();
    expect(item?.sender).toEqual({ displayName: "Pat O'Brien", emailAddress: "pat.o'brien@example.org" });
    expect(item?.internetMessageId).toBe("AAMkAD/1+2=");
  });

  it("reads the owner of a shared or delegate mailbox item", async () => {
    const { mailbox } = outlook({ item: { getSharedPropertiesAsync: (cb: Callback) => ok(cb, { owner: "enquiries@opcc.example.gov.uk" }) } });
    expect((await mailbox.currentItem())?.sharedMailboxOwner).toBe("enquiries@opcc.example.gov.uk");
  });

  it("treats a refused shared-properties call as the user's own item", async () => {
    const { mailbox } = outlook({ item: { getSharedPropertiesAsync: (cb: Callback) => fail(cb, "GenericResponseError", 9020, "Not shared") } });
    const item = await mailbox.currentItem();
    expect(item?.subject).toBe("My complaint");
    expect(item).not.toHaveProperty("sharedMailboxOwner");
  });

  it("reads Reply-To from the internet headers, where read mode keeps it", async () => {
    const headers = "Received: from mx.example.net\r\nFrom: Justice Now <justice.now@example.net>\r\nReply-To: \"O'Brien, Pat\" <pat.o'brien@example.org>,\r\n\tPat at work <pat@work.example.org>\r\nSubject: New address\r\n";
    const { mailbox } = outlook({ item: { getAllInternetHeadersAsync: (cb: Callback) => ok(cb, headers) } });
    expect((await mailbox.currentItem())?.replyTo).toEqual([
      { displayName: "O'Brien, Pat", emailAddress: "pat.o'brien@example.org" },
      { displayName: "Pat at work", emailAddress: "pat@work.example.org" },
    ]);
  });

  it("goes on without Reply-To when the headers cannot be read", async () => {
    const { mailbox } = outlook({ item: { getAllInternetHeadersAsync: (cb: Callback) => fail(cb, "GenericResponseError", 9020, "Headers unavailable") } });
    const item = await mailbox.currentItem();
    expect(item?.from.emailAddress).toBe("pat.o'brien@example.org");
    expect(item?.replyTo).toEqual([]);
  });

  it("reports the categories already on the item", async () => {
    const { mailbox, state } = outlook();
    state.categories.push("Contact strategy");
    expect((await mailbox.currentItem())?.categories).toEqual(["Contact strategy"]);
  });

  it("gives the signed-in user's profile", () => {
    expect(outlook().mailbox.userProfile()).toEqual({ displayName: "Casey Worker", emailAddress: "casey.worker@opcc.example.gov.uk" });
  });
});
