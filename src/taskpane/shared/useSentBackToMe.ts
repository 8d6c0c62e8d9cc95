import { useEffect, useMemo, useState } from "react";
import type { SentBackEntry } from "../../app/strategy/sent-back";
import { useServices } from "../services";
import { useRecheck } from "./useRecheck";

const keyOf = (e: SentBackEntry) => `${e.strategy.id}@${e.sentBack.at}`;

/**
 * The proposals sent back to the signed-in person (after first paint, loaded on demand): a sent-back proposal leaves
 * the authoriser's queue, so without this its proposer would find it only by reopening that person's message. Read
 * when the pane opens, when the screen or the message changes (back from resubmitting it, it is gone), when the reader
 * comes back to the pane, and every two minutes while it is shown (useRecheck). One dismissed stays dismissed until it
 * is sent back again. A prompt, not a safeguard: when the records cannot be read it says nothing here — the start-up
 * check and each message's banner already say so.
 */
export function useSentBackToMe(screen: string, message?: string): [readonly SentBackEntry[], () => void] {
  const { store, user } = useServices();
  const [found, setFound] = useState<readonly SentBackEntry[]>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const look = useRecheck();
  useEffect(() => {
    let current = true;
    import("../../app/strategy/sent-back")
      .then(({ sentBackProposals }) => sentBackProposals(store, user.emailAddress))
      .then(
        (entries) => current && setFound(entries),
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [store, user.emailAddress, screen, message, look]);
  const entries = useMemo(() => found.filter((e) => !dismissed.has(keyOf(e))), [found, dismissed]);
  return [entries, () => setDismissed((d) => new Set([...d, ...found.map(keyOf)]))];
}
