import { describe, expect, it } from "vitest";
import { OutlookError } from "../../src/outlook/mailbox";
import { fail, ok, outlook, rejection, type Callback, ITEM } from "./office-mock";

describe("the Contact strategy category", () => {
  it("creates the master category once, and applies it to the message", async () => {
    const { mailbox, state } = outlook();
    expect(await mailbox.ensureMasterCategory("Contact strategy", "Preset0")).toBe(true);
    expect(await mailbox.ensureMasterCategory("Contact strategy", "Preset0")).toBe(true);
    expect(state.master).toEqual(["Contact strategy"]);
    expect(state.masterAdds).toBe(1);
    await mailbox.addCategory(ITEM, "Contact strategy");
    expect(state.categories).toEqual(["Contact strategy"]);
  });

  it("does not add a category already in the master list, whatever its case", async () => {
    const { mailbox, state } = outlook({ master: ["CONTACT STRATEGY"] });
    expect(await mailbox.ensureMasterCategory("Contact strategy", "Preset0")).toBe(true);
    expect(state.masterAdds).toBe(0);
  });

  it("asks for the colour it was given", async () => {
    const added: unknown[] = [];
    const { mailbox } = outlook({ masterAdd: (details, cb) => (added.push(...details), ok(cb)) });
    await mailbox.ensureMasterCategory("Contact strategy", "Preset0");
    expect(added).toEqual([{ displayName: "Contact strategy", color: "Preset0" }]);
  });

  it("treats a duplicate (another pane created it first) as success", async () => {
    const { mailbox } = outlook({ masterAdd: (_d, cb) => fail(cb, "DuplicateCategory", 9045, "One of the categories is already in the master list.") });
    expect(await mailbox.ensureMasterCategory("Contact strategy", "Preset0")).toBe(true);
  });

  it("answers 'cannot' when the mailbox refuses (a delegate or shared mailbox)", async () => {
    const denied = outlook({ masterAdd: (_d, cb) => fail(cb, "PermissionDenied", 7000, "The user doesn't have permission.") });
    expect(await denied.mailbox.ensureMasterCategory("Contact strategy", "Preset0")).toBe(false);
    const unsupported = outlook({ masterGet: (cb: Callback) => fail(cb, "Host Error", 5000, "The operation is not supported.") });
    expect(await unsupported.mailbox.ensureMasterCategory("Contact strategy", "Preset0")).toBe(false);
  });

  it("rejects any other failure as an OutlookError", async () => {
    const { mailbox } = outlook({ masterAdd: (_d, cb) => fail(cb, "GenericResponseError", 9020, "Server busy") });
    const error = await rejection(mailbox.ensureMasterCategory("Contact strategy", "Preset0"));
    expect(error).toBeInstanceOf(OutlookError);
    expect(error).toMatchObject({ code: "failed" });
    expect((error as Error).message).toContain("Server busy");
  });

  it("reports a refused categorisation of the item as permissionDenied", async () => {
    const { mailbox } = outlook({ item: { categories: { addAsync: (_n: string[], cb: Callback) => fail(cb, "Host Error", 5000, "The operation is not supported.") } } });
    expect(await rejection(mailbox.addCategory(ITEM, "Contact strategy"))).toMatchObject({ code: "permissionDenied" });
  });

  it("refuses to categorise a message the reader has moved away from, leaving the new one untouched", async () => {
    const { mailbox, state } = outlook();
    expect(await rejection(mailbox.addCategory("AAMkAD-previous", "Contact strategy"))).toMatchObject({ code: "itemChanged" });
    expect(state.categories).toEqual([]);
  });

  it("says this Outlook cannot add categories where the host lacks the API (before Mailbox 1.8)", async () => {
    const { mailbox } = outlook({ mailbox: { masterCategories: undefined } });
    expect(await rejection(mailbox.ensureMasterCategory("Contact strategy", "Preset0"))).toMatchObject({ code: "notSupported" });
    const { mailbox: old } = outlook({ item: { categories: undefined } });
    expect(await rejection(old.addCategory(ITEM, "Contact strategy"))).toMatchObject({ code: "notSupported" });
  });

  it("refuses to categorise when no message is selected", async () => {
    expect(await rejection(outlook({ item: null }).mailbox.addCategory(ITEM, "Contact strategy"))).toMatchObject({ code: "noItem" });
  });
});
