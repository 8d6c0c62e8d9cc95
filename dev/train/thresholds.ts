/**
 * Thresholds chosen on cross-validated probabilities (out-of-fold: each row scored by a model
 * that never saw it), from the training data only, on the scorer's own suggestions (run.ts
 * `judgedAlone`: rows whose `rules` is false, so every suggestion counts as added). What the
 * rules and the scorer give together (`figuresAt` with the rules' findings) is reported, not judged.
 */
export interface Scored {
  label: boolean;
  /** The rules alone already say so. */
  rules: boolean;
  /** Alerts only: the message should carry no alert at all and the rules raised none (an alert added here is a false alert). */
  clear?: boolean;
  /** Alerts only: clear, and one of the alerts corpus's look-alikes (written to resemble an alert). */
  lookAlike?: boolean;
  /** Categories only: the message is acceptable (no category at all; a category added here flags fair mail). */
  acceptable?: boolean;
  probability: number;
  /** A message of SHORTEST_WORDS to FEWEST_WORDS words (model.ts): judged at a target's short threshold, not its threshold. */
  short?: boolean;
}

export interface Figures {
  tp: number;
  fp: number;
  fn: number;
  /** Suggestions the scorer added (the rules had none): right and wrong. */
  addedRight: number;
  addedWrong: number;
  /** Of the wrong ones, added to a message that should carry no alert at all (a false alert the caseworker sees). */
  addedFalse: number;
  /** Of those, added to a look-alike. */
  addedLookAlike: number;
  /** Categories: added to an acceptable message. */
  addedAcceptable: number;
}

/** What the rules and the scorer say at threshold `t` (and `short` for short messages; null: the scorer leaves them to the rules). */
export function figuresAt(rows: readonly Scored[], t: number | null, short: number | null = null): Figures {
  const f: Figures = { tp: 0, fp: 0, fn: 0, addedRight: 0, addedWrong: 0, addedFalse: 0, addedLookAlike: 0, addedAcceptable: 0 };
  for (const r of rows) {
    const at = r.short ? short : t;
    const added = !r.rules && at !== null && r.probability >= at;
    const said = r.rules || added;
    if (said && r.label) f.tp += 1;
    else if (said) f.fp += 1;
    else if (r.label) f.fn += 1;
    if (added && r.label) f.addedRight += 1;
    else if (added) f.addedWrong += 1;
    if (added && r.clear) f.addedFalse += 1;
    if (added && r.lookAlike) f.addedLookAlike += 1;
    if (added && r.acceptable) f.addedAcceptable += 1;
  }
  return f;
}

const GRID = Array.from({ length: 91 }, (_, i) => 0.05 + i * 0.01);

/** What a threshold must keep, judged on cross-validated probabilities. */
export interface Bar {
  /** The scorer's own suggestions right at least this often. */
  alone: number;
  /** Wrong additions at most this share of the rows that are not the target. */
  wrongShare: number;
  /** Right additions at least this many: a threshold proved by one row proves nothing. */
  fewest: number;
  /** Alerts: false alerts added (to messages that should carry none) at most this share of those messages. */
  falseAlerts?: number;
  /** Alerts: false alerts added to look-alikes at most this share of them. */
  falseOnLookAlikes?: number;
  /** Categories: added to acceptable messages at most this share of them. */
  acceptable?: number;
}

/**
 * The lowest threshold that clears the bar; null when none does (the target is then never
 * suggested). `rows` are judged as they are given: run.ts gives them with no rule's finding, so
 * the scorer's own suggestions are judged (the rules were written reading these rows, so their
 * misses here are few and unlike their misses on unseen mail, and a threshold judged on what
 * the scorer adds to them would move whenever a rule file changed).
 */
export function chooseThreshold(rows: readonly Scored[], bar: Bar, also: (t: number) => boolean = () => true, judged: "long" | "short" = "long"): number | null {
  const negatives = rows.filter((r) => !r.label).length;
  const clear = rows.filter((r) => r.clear).length;
  const lookAlikes = rows.filter((r) => r.lookAlike).length;
  const acceptable = rows.filter((r) => r.acceptable).length;
  const mine = rows.filter((r) => (judged === "short") === (r.short ?? false));
  for (const t of GRID) {
    const above = mine.filter((r) => r.probability >= t);
    const right = above.filter((r) => r.label).length;
    const f = judged === "short" ? figuresAt(mine, null, t) : figuresAt(mine, t);
    if (f.addedRight < bar.fewest || right / above.length < bar.alone) continue;
    if (bar.falseAlerts !== undefined && f.addedFalse > bar.falseAlerts * clear) continue;
    if (bar.falseOnLookAlikes !== undefined && f.addedLookAlike > bar.falseOnLookAlikes * lookAlikes) continue;
    if (bar.acceptable !== undefined && f.addedAcceptable > bar.acceptable * acceptable) continue;
    if (f.addedWrong <= bar.wrongShare * negatives && also(t)) return round(t);
  }
  return null;
}

/** Precision of what is said: tp / (tp + fp), 1 when nothing is. */
export const precisionOf = (f: Pick<Figures, "tp" | "fp">) => (f.tp + f.fp === 0 ? 1 : f.tp / (f.tp + f.fp));

/**
 * How often a category's own suggestions must be right (`Bar.alone`) so that the rules and the scorer together are, in
 * cross-validation, right at least `target` of the time (issue #13's precision for the category), or, where the rules
 * alone are already below it, no less often than the rules alone: from `target` up by hundredths, the first whose
 * threshold (`chooseThreshold` on `alone`, the scorer's own suggestions) keeps that precision on `withRules` (the same
 * rows with the rules' findings). The scorer's right suggestions are mostly the messages the rules find too, its wrong
 * ones mostly messages they leave alone, so at `target` alone what it adds is less precise than what it suggests.
 * Returns the bar's precision and its threshold (null: never suggested, the rules' own precision kept).
 */
export function chooseCategoryPrecision(
  alone: readonly Scored[],
  withRules: readonly Scored[],
  barAt: (precision: number) => Bar,
  target: number,
  also?: (t: number) => boolean,
): { precision: number; threshold: number | null } {
  const keep = Math.min(target, precisionOf(figuresAt(withRules, null)));
  for (let hundredths = Math.round(target * 100); ; hundredths += 1) {
    const precision = hundredths / 100;
    const threshold = chooseThreshold(alone, barAt(precision), also);
    if (threshold === null || hundredths >= 100 || precisionOf(figuresAt(withRules, threshold)) >= keep) return { precision, threshold };
  }
}

/** Where the scorer's own suggestions (above the threshold) are right at least `precision` of the time: "likely" from there. */
export function chooseLikely(rows: readonly Scored[], threshold: number | null, precision: number): number | null {
  if (threshold === null) return null;
  for (const t of GRID.filter((g) => g >= threshold)) {
    const above = rows.filter((r) => r.probability >= t);
    if (above.length >= 3 && above.filter((r) => r.label).length / above.length >= precision) return round(t);
  }
  return null;
}

const round = (x: number) => Math.round(x * 100) / 100;
