import { useEffect, useState } from "react";
import { followSelection, type Selection } from "../../outlook/follow-selection";
import type { MailboxPort } from "../../outlook/mailbox";

export type { Selection };

/**
 * The message being read. A pinned pane follows the selection through ItemChanged
 * without reloading; between selections Outlook has no item, and the pane says so.
 */
export function useSelection(mailbox: MailboxPort): { selection: Selection; followProblem?: string } {
  const [selection, setSelection] = useState<Selection>({ state: "loading" });
  const [followProblem, setFollowProblem] = useState<string>();
  useEffect(() => followSelection(mailbox, setSelection, setFollowProblem), [mailbox]);
  return followProblem ? { selection, followProblem } : { selection };
}
