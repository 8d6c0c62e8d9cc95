import { describe, expect, it } from "vitest";
import { withOneSelectionHandler } from "../../src/outlook/one-selection-handler";
import { FakeMailbox, readItem } from "../fakes/mailbox";

/** Outlook's removeHandlerAsync takes away every ItemChanged handler of the add-in at once, not one. */
class OfficeLikeMailbox extends FakeMailbox {
  private all: Array<() => void> = [];
  override async onItemChanged(handler: () => void) {
    this.all.push(handler);
    return () => void (this.all = []);
  }
  override select(item: ReturnType<typeof readItem>) {
    this.item = item;
    this.all.forEach((h) => h());
  }
}

describe("following the selection when the pane that could not start gives way to the full pane", () => {
  it("the full pane still hears the next selection after the first pane stops following", async () => {
    const outlook = new OfficeLikeMailbox(readItem());
    const mailbox = withOneSelectionHandler(outlook);
    const heard: string[] = [];
    const stopFirst = await mailbox.onItemChanged(() => heard.push("safety-only pane"));
    const stopSecond = mailbox.onItemChanged(() => heard.push("full pane"));
    // React unmounts the first pane and mounts the second in one commit; the first's unfollowing lands after.
    (await stopFirst)();
    await stopSecond;
    outlook.select(readItem({ itemId: "AAMk-2" }));
    expect(heard).toEqual(["full pane"]);
    // The rest of the mailbox is Outlook's own.
    expect((await mailbox.currentItem())?.itemId).toBe("AAMk-2");
  });
});
