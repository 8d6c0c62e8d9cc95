import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * A checkout given to a speed tool (`--root DIR` of bench/profile.ts, the folders of bench/compare.ts), refused unless
 * its src/ loads as ES modules, as this repository's own does (package.json "type": "module"). A folder made with
 * `git archive COMMIT src | tar -x -C /tmp/base` has no package.json at or above it: tsx then loads its src/ as
 * CommonJS, reads every import through a getter, and the same classifier runs some 15-25% slower (issue 13, 5 December:
 * 899, 912 and 988 µs CPU per 2 KB message with package.json, 1,140, 1,167 and 1,056 µs without, separate processes
 * taking turns) — a difference a before-and-after comparison takes for the change's.
 */
export function esmCheckout(root: string): string {
  const at = resolve(root);
  for (let dir = join(at, "src"); ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      if ((JSON.parse(readFileSync(file, "utf8")) as { type?: unknown }).type === "module") return at;
      break;
    }
    if (dirname(dir) === dir) break;
  }
  throw new Error(
    `${at}: its src/ would load as CommonJS (no package.json with "type": "module" at or above it), which runs the classifier 15-25% slower than the same code loaded as this checkout's is. Extract package.json with it: git archive COMMIT src package.json | tar -x -C ${at}`,
  );
}
