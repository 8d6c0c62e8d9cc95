import { useEffect, useState } from "react";

/** How often an open, visible pane looks again for what it prompts its reader with. */
export const RECHECK_MS = 2 * 60_000;
/** Coming back to the pane (focus, or shown again) looks again, but not more often than this. */
const SOONEST_AGAIN_MS = 15_000;

/**
 * A count that goes up each time the pane should read its prompts again: every two minutes while it is shown (a pinned
 * pane stays open all day, and what changed meanwhile must reach it), and when the reader comes back to it.
 */
export function useRecheck(): number {
  const [look, setLook] = useState(0);
  useEffect(() => {
    let last = Date.now();
    const again = (soonest: number) => () => {
      if (document.visibilityState !== "visible" || Date.now() - last < soonest) return;
      last = Date.now();
      setLook((n) => n + 1);
    };
    const back = again(SOONEST_AGAIN_MS);
    const timer = window.setInterval(again(0), RECHECK_MS);
    window.addEventListener("focus", back);
    document.addEventListener("visibilitychange", back);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("focus", back);
      document.removeEventListener("visibilitychange", back);
    };
  }, []);
  return look;
}
