import { describe, expect, it } from "vitest";
import { fail, outlook, rejection, type Callback, ITEM } from "./office-mock";

/*
 * The add-in asks for read/write item, so it adds a category that is already in the mailbox's
 * master list and never manages that list (masterCategories needs read/write mailbox):
 * docs/decisions/0006-category-permission.md.
 */
describe("the Contact strategy category", () => {
  it("applies a category from the master list to the message, whatever its case there, and never touches the list", async () => {
    const { mailbox, state } = outlook({ master: ["CONTACT STRATEGY"] });
    await mailbox.addCategory(ITEM, "Contact strategy");
    expect(state.categories).toEqual(["Contact strategy"]);
    expect(state.masterAdds).toBe(0);
  });

  it("says the mailbox lacks the category when Outlook refuses it as not in the master list, and does not create it", async () => {
    const { mailbox, state } = outlook();
    const error = await rejection(mailbox.addCategory(ITEM, "Contact strategy"));
    expect(error).toMatchObject({ code: "categoryMissing" });
    expect((error as Error).message).toContain("no “Contact strategy” category");
    expect(state.masterAdds).toBe(0);
    expect(state.categories).toEqual([]);
  });

  it("reports a refused categorisation of the item as permissionDenied", async () => {
    const { mailbox } = outlook({ item: { categories: { addAsync: (_n: string[], cb: Callback) => fail(cb, "Host Error", 5000, "The operation is not supported.") } } });
    expect(await rejection(mailbox.addCategory(ITEM, "Contact strategy"))).toMatchObject({ code: "permissionDenied" });
  });

  it("refuses to categorise a message the reader has moved away from, leaving the new one untouched", async () => {
    const { mailbox, state } = outlook({ master: ["Contact strategy"] });
    expect(await rejection(mailbox.addCategory("AAMkAD-previous", "Contact strategy"))).toMatchObject({ code: "itemChanged" });
    expect(state.categories).toEqual([]);
  });

  it("says this Outlook cannot add categories where the host lacks the API (before Mailbox 1.8)", async () => {
    const { mailbox: old } = outlook({ item: { categories: undefined } });
    expect(await rejection(old.addCategory(ITEM, "Contact strategy"))).toMatchObject({ code: "notSupported" });
  });

  it("refuses to categorise when no message is selected", async () => {
    expect(await rejection(outlook({ item: null }).mailbox.addCategory(ITEM, "Contact strategy"))).toMatchObject({ code: "noItem" });
  });
});
