import { useEffect, useMemo, useState } from "react";
import type { SentBackEntry } from "../../app/strategy/sent-back";
import { useServices } from "../services";

/** How often an open, visible pane looks again for proposals sent back to its reader. */
export const SENT_BACK_RECHECK_MS = 2 * 60_000;
/** Coming back to the pane (focus, or shown again) looks again, but not more often than this. */
const SOONEST_AGAIN_MS = 15_000;

const keyOf = (e: SentBackEntry) => `${e.strategy.id}@${e.sentBack.at}`;

/**
 * The proposals sent back to the signed-in person (after first paint, loaded on demand): a sent-back proposal leaves
 * the authoriser's queue, so without this its proposer would find it only by reopening that person's message. Read
 * when the pane opens, when the screen or the message changes (back from resubmitting it, it is gone), when the reader
 * comes back to the pane, and every two minutes while it is shown: a pinned pane stays open all day, and a send-back
 * made meanwhile must reach it. One dismissed stays dismissed until it is sent back again. A prompt, not a safeguard:
 * when the records cannot be read it says nothing here — the start-up check and each message's banner already say so.
 */
export function useSentBackToMe(screen: string, message?: string): [readonly SentBackEntry[], () => void] {
  const { store, user } = useServices();
  const [found, setFound] = useState<readonly SentBackEntry[]>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [look, setLook] = useState(0);
  useEffect(() => {
    let last = Date.now();
    const again = (soonest: number) => () => {
      if (document.visibilityState !== "visible" || Date.now() - last < soonest) return;
      last = Date.now();
      setLook((n) => n + 1);
    };
    const back = again(SOONEST_AGAIN_MS);
    const timer = window.setInterval(again(0), SENT_BACK_RECHECK_MS);
    window.addEventListener("focus", back);
    document.addEventListener("visibilitychange", back);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("focus", back);
      document.removeEventListener("visibilitychange", back);
    };
  }, []);
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
