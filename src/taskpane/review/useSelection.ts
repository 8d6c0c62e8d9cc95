import { useEffect, useState } from "react";
import type { MailboxPort, ReadItem } from "../../outlook/mailbox";

export type Selection =
  | { state: "loading" }
  | { state: "none" }
  /** Opened on a message being written: this pane reviews received mail. */
  | { state: "composing" }
  | { state: "item"; item: ReadItem }
  | { state: "error"; message: string };

/**
 * The message being read. A pinned pane follows the selection through ItemChanged
 * without reloading; between selections Outlook has no item, and the pane says so.
 */
export function useSelection(mailbox: MailboxPort): { selection: Selection; followProblem?: string } {
  const [selection, setSelection] = useState<Selection>({ state: "loading" });
  const [followProblem, setFollowProblem] = useState<string>();
  useEffect(() => {
    let live = true;
    let generation = 0;
    const read = async () => {
      const mine = ++generation;
      setSelection({ state: "loading" });
      try {
        const item = await mailbox.currentItem();
        if (live && mine === generation) setSelection(item ? { state: "item", item } : { state: mailbox.isComposing() ? "composing" : "none" });
      } catch (error) {
        if (live && mine === generation) setSelection({ state: "error", message: error instanceof Error ? error.message : String(error) });
      }
    };
    void read();
    const unsubscribe = mailbox.onItemChanged(() => void read());
    // Without ItemChanged a pinned pane would go on showing (and recording) the first message.
    unsubscribe.catch((error: unknown) => live && setFollowProblem(error instanceof Error ? error.message : String(error)));
    return () => {
      live = false;
      void unsubscribe.then((off) => off(), () => undefined);
    };
  }, [mailbox]);
  return followProblem ? { selection, followProblem } : { selection };
}
