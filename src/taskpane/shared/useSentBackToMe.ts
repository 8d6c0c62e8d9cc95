import { useEffect, useState } from "react";
import type { SentBackEntry } from "../../app/strategy/sent-back";
import { useServices } from "../services";

/**
 * The proposals sent back to the signed-in person, read once when the pane opens (after first paint, loaded on
 * demand): a sent-back proposal leaves the authoriser's queue, so without this its proposer would find it only by
 * reopening that person's message. Read again when the screen changes: back from resubmitting it, it is gone. A prompt, not a safeguard: when the records cannot be read it says nothing here —
 * the start-up check and each message's banner already say the records could not be read.
 */
export function useSentBackToMe(screen: string): [readonly SentBackEntry[], () => void] {
  const { store, user } = useServices();
  const [entries, setEntries] = useState<readonly SentBackEntry[]>([]);
  useEffect(() => {
    let current = true;
    import("../../app/strategy/sent-back")
      .then(({ sentBackProposals }) => sentBackProposals(store, user.emailAddress))
      .then(
        (found) => current && setEntries(found),
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [store, user.emailAddress, screen]);
  return [entries, () => setEntries([])];
}
