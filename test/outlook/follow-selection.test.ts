import { describe, expect, it } from "vitest";
import { followSelection, type Selection } from "../../src/outlook/follow-selection";
import { withOneSelectionHandler } from "../../src/outlook/one-selection-handler";
import type { MailboxPort, ReadItem } from "../../src/outlook/mailbox";
import { FakeMailbox, readItem } from "../fakes/mailbox";

/**
 * Outlook (and the harness's office.js) takes an ItemChanged handler at once but answers addHandlerAsync later: a
 * selection made before that answer reaches the add-in's handler while the pane is not yet listening behind it.
 */
class AnswersLater extends FakeMailbox {
  private all: Array<() => void> = [];
  answer: () => void = () => undefined;
  override onItemChanged(handler: () => void) {
    this.all.push(handler);
    return new Promise<() => undefined>((resolve) => (this.answer = () => resolve(() => void (this.all = []))));
  }
  override select(item: ReadItem | undefined) {
    this.item = item;
    this.all.forEach((h) => h());
  }
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
const follow = (outlook: MailboxPort) => {
  const shown: string[] = [];
  const word = (s: Selection) => (s.state === "item" ? s.item.subject : s.state);
  const stop = followSelection(withOneSelectionHandler(outlook), (s) => shown.push(word(s)), (problem) => shown.push(`cannot follow: ${problem}`));
  return { shown, stop };
};

describe("the pane follows the message being read from the moment it opens", () => {
  it("a message selected while Outlook is still taking the pane's handler is shown, not 'No message selected' beside it", async () => {
    const outlook = new AnswersLater();
    const { shown, stop } = follow(outlook);
    await settled();
    expect(shown).toEqual(["loading", "none"]);
    // The caseworker clicks "T7 six bins" as the pane opens: Outlook fires ItemChanged before it has answered the pane.
    outlook.select(readItem({ itemId: "AAMk-bins", subject: "T7 six bins" }));
    outlook.answer();
    await settled();
    expect(shown.at(-1)).toBe("T7 six bins");
    // Followed from then on.
    outlook.select(readItem({ itemId: "AAMk-other", subject: "T7 six other alert" }));
    await settled();
    expect(shown.slice(-2)).toEqual(["loading", "T7 six other alert"]);
    stop();
  });

  it("the message it opened on is shown once: Outlook's answer does not start its review over", async () => {
    const outlook = new AnswersLater(readItem({ itemId: "AAMk-pat", subject: "Pat again" }));
    const { shown, stop } = follow(outlook);
    await settled();
    outlook.answer();
    await settled();
    expect(shown).toEqual(["loading", "Pat again"]);
    stop();
  });

  it("says when the selection cannot be followed", async () => {
    const outlook = new FakeMailbox(readItem({ subject: "Pat again" }));
    outlook.onItemChanged = () => Promise.reject(new Error("Following the selection: not supported."));
    const { shown, stop } = follow(outlook);
    await settled();
    expect(shown).toEqual(["loading", "Pat again", "cannot follow: Following the selection: not supported."]);
    stop();
  });
});
