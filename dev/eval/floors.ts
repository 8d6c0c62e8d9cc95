/**
 * The held-out gate (issue 13: "`npm run eval -- --check` … fails when precision or recall on any corpus's held-out part
 * falls more than 0.02 below the floor recorded in the repo"), as decision 0009 settles it:
 *
 * - **Pooled, per corpus.** A corpus's held-out part is all its held-out files together (`alerts/held-out`,
 *   `…-2` … `…-8` are one part: "alerts/held-out (to -8)"), counted message by message, per category and alert kind.
 *   Its floors hold at 0.02, as the issue words it. A new held-out file starts a new pool that includes it (POOL_ENDS).
 * - **Per file, too.** Every file's figure keeps its own floor, held with one message of grace where one message is
 *   more than 0.02 of the cell (a cell of 13–36 messages moves 0.03–0.08 for one message): a model that loses a file's
 *   cells wholesale still fails, one that trades one message there for many elsewhere does not.
 *
 * Figures are kept as counts (`hit` of `of`), not ratios, so that parts can be pooled exactly.
 */

/** A figure as counted: `hit` of `of` (recall: found of labelled; precision: right of raised; "clear": left alone of clean). */
export interface Ratio {
  hit: number;
  of: number;
}

export const TOLERANCE = 0.02;

export const value = (r: Ratio): number => (r.of === 0 ? 1 : r.hit / r.of);

/**
 * The held-out files pooled, by the number of the last file in each pool: a pool holds every held-out file numbered up to
 * it (`held-out` is 1). Registering a held-out file adds a pool ending at it, with floors of its own (`--raise-floors`);
 * the pools before it keep theirs, so no pooled floor is ever re-based lower by a harder file joining it.
 */
export const POOL_ENDS: readonly number[] = [8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26];

/** `office-mail/held-out-3 renamed abusive recall` → its corpus, file number, whether renamed, and the figure; undefined for a figure of no held-out file. */
function heldOutFile(name: string): { corpus: string; n: number; renamed: string; figure: string } | undefined {
  const m = /^([\w-]+)\/held-out(?:-(\d+))?( renamed)? (.+)$/.exec(name);
  return m ? { corpus: m[1]!, n: m[2] ? Number(m[2]) : 1, renamed: m[3] ?? "", figure: m[4]! } : undefined;
}

/** The pooled name of a corpus's held-out files up to `end`: `alerts/held-out (to -8) crime recall`. */
export const pooledName = (corpus: string, end: number, renamed: string, figure: string): string => `${corpus}/held-out (to -${end})${renamed} ${figure}`;
const POOLED = /\/held-out \(to -\d+\)/;
export const isPooled = (name: string): boolean => POOLED.test(name);

/**
 * Adds each corpus's pooled held-out figures to what was measured, one per pool end (POOL_ENDS), where the pool holds
 * more than one file (a corpus with one held-out part, ConvAbuse's or Jigsaw's, is its own pool and keeps its name).
 */
export function withPooled(measured: ReadonlyMap<string, Ratio>, ends: readonly number[] = POOL_ENDS): Map<string, Ratio> {
  const pools = new Map<string, { sum: Ratio; files: number }>();
  for (const [name, r] of measured) {
    const file = heldOutFile(name);
    if (!file) continue;
    for (const end of ends) {
      if (file.n > end) continue;
      const key = pooledName(file.corpus, end, file.renamed, file.figure);
      const pool = pools.get(key) ?? { sum: { hit: 0, of: 0 }, files: 0 };
      pools.set(key, { sum: { hit: pool.sum.hit + r.hit, of: pool.sum.of + r.of }, files: pool.files + 1 });
    }
  }
  const out = new Map(measured);
  for (const [key, { sum, files }] of pools) if (files > 1) out.set(key, sum);
  return out;
}

/** How far below its floor a figure may fall: 0.02 pooled, and per file 0.02 or one message of the cell, whichever is more. */
export function toleranceOf(name: string, r: Ratio): number {
  if (isPooled(name) || r.of === 0) return TOLERANCE;
  return Math.max(TOLERANCE, 1 / r.of + 1e-9);
}

/** The floors that fail, each said in a line; an empty list passes. */
export function checkFloors(floors: Readonly<Record<string, number>>, measured: ReadonlyMap<string, Ratio>): string[] {
  const failures: string[] = [];
  for (const [name, floor] of Object.entries(floors)) {
    const r = measured.get(name);
    if (r === undefined) {
      failures.push(`${name}: not measured (is its corpus missing?)`);
      continue;
    }
    const tolerance = toleranceOf(name, r);
    if (value(r) < floor - tolerance) failures.push(`${name}: ${value(r).toFixed(3)} (${r.hit}/${r.of}) is more than ${tolerance.toFixed(3)} below its floor ${floor}`);
  }
  return failures;
}

/** The floors raised to what was measured on held-out parts (two decimals, rounded down), never lowered. */
export function raisedFloors(floors: Readonly<Record<string, number>>, measured: ReadonlyMap<string, Ratio>): Record<string, number> {
  const raised = { ...floors };
  for (const [name, r] of measured) {
    if (!/held-out(?:-\d+)?(?: \(to -\d+\))? .* (?:precision|recall|clear)$/.test(name)) continue;
    const floor = Math.floor(value(r) * 100) / 100;
    if (!(name in raised) || floor > raised[name]!) raised[name] = floor;
  }
  return Object.fromEntries(Object.entries(raised).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
