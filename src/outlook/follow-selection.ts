import type { MailboxPort, ReadItem } from "./mailbox";

export type Selection =
  | { state: "loading" }
  | { state: "none" }
  /** Opened on a message being written: this pane reviews received mail. */
  | { state: "composing" }
  | { state: "item"; item: ReadItem }
  | { state: "error"; message: string };

const keyOf = (selection: Selection) => (selection.state === "item" ? `item:${selection.item.itemId}` : selection.state);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Follows the message being read: `show` is told what is selected now and after each ItemChanged (a read answered after a
 * newer one began is dropped), `cannotFollow` why ItemChanged could not be followed. Returns the stop.
 *
 * The first read comes before Outlook has taken the pane's handler (addHandlerAsync answers later), and a selection made
 * in between reaches no handler: the pane said "No message selected" beside the message being read, for good. So once
 * Outlook answers, the selection is read again, and shown only if it moved (the same message's review does not start over).
 */
export function followSelection(mailbox: MailboxPort, show: (selection: Selection) => void, cannotFollow: (problem: string) => void): () => void {
  let live = true;
  let generation = 0;
  let shown: string | undefined;
  const put = (selection: Selection) => {
    shown = keyOf(selection);
    show(selection);
  };
  const read = async (recheck = false) => {
    const mine = ++generation;
    if (!recheck) show({ state: "loading" });
    try {
      const item = await mailbox.currentItem();
      if (!live || mine !== generation) return;
      const selection: Selection = item ? { state: "item", item } : { state: mailbox.isComposing() ? "composing" : "none" };
      if (!recheck || keyOf(selection) !== shown) put(selection);
    } catch (error) {
      // A failed recheck leaves what the first read showed.
      if (live && mine === generation && !(recheck && shown !== undefined)) put({ state: "error", message: messageOf(error) });
    }
  };
  void read();
  const following = mailbox.onItemChanged(() => void read());
  following.then(
    () => live && void read(true),
    // Without ItemChanged a pinned pane would go on showing (and recording) the first message.
    (error: unknown) => live && cannotFollow(messageOf(error)),
  );
  return () => {
    live = false;
    void following.then((off) => off(), () => undefined);
  };
}
