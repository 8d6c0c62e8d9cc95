import { useEffect, useState } from "react";

export type Loaded<T> = { state: "loading" } | { state: "failed"; error: unknown } | { state: "done"; value: T };

/**
 * Runs `load` when one of `inputs` changes (and on `reload`), ignoring an answer that arrives
 * after a newer request. While reloading, what was loaded stays on screen.
 */
export function useLoad<T>(load: () => Promise<T>, inputs: readonly unknown[]): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    setLoaded((l) => (l.state === "done" ? l : { state: "loading" }));
    load().then(
      (value) => current && setLoaded({ state: "done", value }),
      (error: unknown) => current && setLoaded({ state: "failed", error }),
    );
    return () => {
      current = false;
    };
    // `load` is a new function each render; what it reads is named in `inputs`.
  }, [...inputs, generation]);
  return [loaded, () => setGeneration((g) => g + 1)];
}
