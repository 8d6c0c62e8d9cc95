import { describe, expect, it } from "vitest";
import { OutlookError } from "../../src/outlook/mailbox";
import { fail, outlook, rejection, type Callback, ITEM } from "./office-mock";

describe("reading the body and following the selection", () => {
  it("reads the body as text", async () => {
    const requested: string[] = [];
    const { mailbox } = outlook({ item: { body: { getAsync: (type: string, cb: Callback) => (requested.push(type), cb({ status: "succeeded", value: "Dear OPCC, …" })) } } });
    expect(await mailbox.bodyText(ITEM)).toBe("Dear OPCC, …");
    expect(requested).toEqual(["text"]);
  });

  it("reads the body as HTML, for the words hidden in it (T7 #16), and not another message's", async () => {
    const requested: string[] = [];
    const { mailbox } = outlook({ item: { body: { getAsync: (type: string, cb: Callback) => (requested.push(type), cb({ status: "succeeded", value: "<p>Dear OPCC</p>" })) } } });
    expect(await mailbox.bodyHtml!(ITEM)).toBe("<p>Dear OPCC</p>");
    expect(requested).toEqual(["html"]);
    expect(await rejection(outlook().mailbox.bodyHtml!("AAMkAD-previous"))).toMatchObject({ code: "itemChanged" });
  });

  it("rejects with an OutlookError carrying Outlook's message and a code", async () => {
    const { mailbox } = outlook({ item: { body: { getAsync: (_t: string, cb: Callback) => fail(cb, "GenericResponseError", 9020, "Server busy") } } });
    const error = await rejection(mailbox.bodyText(ITEM));
    expect(error).toBeInstanceOf(OutlookError);
    expect(error).toMatchObject({ code: "failed", message: "Reading the message body: Server busy" });
  });

  it("will not read another message's body as the one asked for", async () => {
    expect(await rejection(outlook().mailbox.bodyText("AAMkAD-previous"))).toMatchObject({ code: "itemChanged" });
  });

  it("knows when it was opened on a message being written (compose mode)", () => {
    expect(outlook().mailbox.isComposing()).toBe(false);
    const composing = outlook({ item: { itemId: "", to: { getAsync: (cb: Callback) => cb({ status: "succeeded", value: [] }) } } });
    expect(composing.mailbox.isComposing()).toBe(true);
  });

  it("rejects with noItem when nothing is selected", async () => {
    expect(await rejection(outlook({ item: null }).mailbox.bodyText(ITEM))).toMatchObject({ code: "noItem" });
  });

  it("calls the handler on ItemChanged, and unsubscribing removes it", async () => {
    const { mailbox, state } = outlook();
    let changes = 0;
    const unsubscribe = await mailbox.onItemChanged(() => (changes += 1));
    state.handlers.forEach((h) => h({ type: "olkItemSelectedChanged" }));
    expect(changes).toBe(1);
    unsubscribe();
    expect(state.removedHandlers).toBe(1);
    state.handlers.forEach((h) => h({ type: "olkItemSelectedChanged" }));
    expect(changes).toBe(1);
  });

  it("rejects when Outlook will not register the handler", async () => {
    const { mailbox } = outlook({ mailbox: { addHandlerAsync: (_t: string, _h: unknown, cb: Callback) => fail(cb, "InvalidEventType", 5001, "Not available") } });
    expect(await rejection(mailbox.onItemChanged(() => undefined))).toBeInstanceOf(OutlookError);
  });
});
