/**
 * `npm run train [-- --no-public] [--folds 5] [--out FILE] [--check] [--precision-with-rules] [--targets ID,… [--base FILE]]`
 *
 * Trains the learned scorer (src/policy/scorer) and writes its weights (src/policy/scorer/weights.json):
 * one logistic regression per target — abusive and demands, their sub-types, and the alert kinds
 * risk-to-life, threat-to-staff, safeguarding and crime — on the office corpora's development and
 * training parts (data.ts: dev, dev-2, train-*; never a held-out file) and, for abusive, the
 * public data's training parts (Jigsaw's train part, ConvAbuse's dev half). Thresholds are chosen
 * by k-fold cross-validation on the same training rows, each judged on the scorer's own
 * suggestions (see `judgedAlone`; the rules only set how precise a category's must be: CATEGORY_BAR), and the cross-validated figures
 * printed here are the honest ones for them: `npm run eval` on a development part scores rows the
 * model was trained on. Deterministic: the same files give the same weights, byte for byte.
 *
 * `--targets alert/risk-to-life,alert/threat-to-staff` trains only the targets named, on every training file, exactly as a
 * plain `npm run train` trains them (same rows, vocabulary, folds and bars: a target's weights and thresholds never depend
 * on the others'), and takes every other target unchanged from the committed weights (or `--base FILE`, weights trained
 * as a whole): merge.ts `mergeTargets` keeps the base's vocabulary index for index and appends the features it lacks, and
 * records in `trained.targets` the files each merged target learned from (`trained.files` stays the base's). Why: a
 * retrain on every file may help some targets on the held-out gate and set others back (5 December, to train-35: the two
 * safety-first alert kinds gained, the rest regressed), and only weights --check can give again may be committed.
 *
 * `--check` trains the same way on the files the committed weights name (`trained.files`), at the category precision they
 * were chosen with (`trained.categoryPrecision`, written by `--precision-with-rules`: CATEGORY_BAR), without running the
 * rules and without writing; where they name `trained.targets`, it trains those targets alone on their files as well and
 * merges them as --targets did (the base's own versions of them are still trained: the base vocabulary is what all of
 * its targets used). It exits 1 when what it trains differs from the committed weights (or from --out: `--check --out
 * FILE` checks weights not yet committed), so a training
 * file, the trainer or the scorer's reading changed without a retrain is caught; `npm test` runs it. Training files added
 * since are named, not learned from: weights trained on them are committed only once they pass the held-out gate
 * (`npm run eval -- --check --weights FILE`), so new data never has to wait outside the repository for weights that do.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { scorerTokens, staffNamesOf } from "../../src/policy/scorer/features";
import { FEWEST_WORDS, loadModel, SCORER_FORMAT, scoreText, SHORTEST_WORDS, WeightsFile } from "../../src/policy/scorer/model";
import { HELD_BACK, officeRows, publicCheckRows, publicRows, trainingFiles, writerFolds, writerOf } from "./data";
import { example, featuresOf, vocabulary } from "./features";
import { mergeTargets, targetGroups, TrainedOn, type Trained, type Weights } from "./merge";
import { FTRL_DEFAULTS, predict, train, type Example, type FtrlSettings } from "./lr";
import { READINGS, type Reading } from "../../src/policy/scorer/features";
import type { AlertKind } from "../../src/policy/alerts/types";
import { isLookAlike, RECALL_FIRST_ALERTS, targetSpecs, type TargetSpec } from "./targets";
import { chooseCategoryPrecision, chooseLikely, chooseThreshold, figuresAt, precisionOf, type Bar, type Scored } from "./thresholds";

const COMMITTED = join(import.meta.dirname, "../../src/policy/scorer/weights.json");
const { values } = parseArgs({
  options: {
    "no-public": { type: "boolean", default: false },
    folds: { type: "string", default: "5" },
    out: { type: "string", default: COMMITTED },
    check: { type: "boolean", default: false },
    "precision-with-rules": { type: "boolean", default: false },
    targets: { type: "string" },
    base: { type: "string" },
  },
});
const FOLDS = Number(values.folds);
/** --check: train, compare with the committed file, write nothing; the rules are not run (the category precision they set is read from the committed weights). */
const CHECK = values.check;
/** A public comment counts for this much of an office message: Wikipedia talk is not a letter to an office. */
const PUBLIC_WEIGHT = 0.3;
/**
 * Passes over the data: office rows are few and learned thoroughly; the public rows are many.
 * Twenty passes, not twelve (4 December, 3,579 messages, folds by writer, at the same bars):
 * demands found alone 269 of 372 against 265 (40 wrong against 39), crime 133 of 543 against 126
 * (15 wrong both).
 */
const OFFICE_SETTINGS: FtrlSettings = { ...FTRL_DEFAULTS, epochs: 20 };
/**
 * Twelve passes: at four, with 2,178 office messages the abusive model was under-trained
 * (cross-validated R 0.662 at P 0.895 against 0.727 at P 0.904 at eight); at twelve (4 December,
 * 3,579 messages, at the same office bars, before the public check below) it found alone 463 of
 * 872 against 423 at eight, with as many wrong (27) and acceptable messages flagged (21).
 */
const WITH_PUBLIC_SETTINGS: FtrlSettings = { ...FTRL_DEFAULTS, epochs: 12 };
/**
 * Targets that read words, not letter pieces (features.ts: risk to life, threats to staff) have
 * far fewer features per message, each one's value larger, so a faster rate lets the words of
 * their few rows count (cross-validated on 1,510 rows: threat-to-staff found alone 85 of 166
 * against 52 with the defaults, at the same false alarms). A lighter L1 (0.3) found one or two
 * rows more but kept three times the weights: not worth the pane's download. Thirty passes, not
 * twelve (4 December, 3,579 messages, folds by writer, at the same bars): threats to staff found
 * alone 322 of 511 against 289 (26 wrong against 28), risk to life 156 of 320 against 155 (20
 * wrong against 23), safeguarding 193 of 286 against 188 (54 wrong both).
 */
const WORDS_SETTINGS: FtrlSettings = { ...FTRL_DEFAULTS, alpha: 2, epochs: 30 };
/**
 * Every threshold below is judged on the scorer's own suggestions in cross-validation, as if no
 * rule fired (`judgedAlone`): what the rules find is never part of the judgement, but for how precise
 * a category's suggestions must be (CATEGORY_BAR), which is written to the weights, so a committed
 * threshold stays what --check gives whatever a rule file does (the rules are written reading these very rows, so what they miss here is few and
 * unlike what they miss in unseen mail: judged on what the scorer added to them, the abusive
 * threshold went from 0.55 to 0.77 when the abuse rules of 13:10 came to find 376 of the 479
 * abusive rows, and the risk-to-life threshold to none at all when its rules found 143 of 163).
 *
 * How strict: until 4 December the bars below allowed the scorer far fewer wrong suggestions than
 * the weights whose held-out figures are the eval's floors (the afternoon's of 3 December) ever
 * made. On the 1,401 messages of the four writers those weights never learned from (train-9, -12,
 * -15, -16: new writers' mail to them, as the held-out parts are), their own suggestions were wrong
 * (abusive) on 1.2% of the messages not abusive and 0.7% of the acceptable ones, (demands) 1.6%
 * and 1.4%, (a threat to staff) a false alert on 2.5% of the messages without alerts, (crime) 0.9%
 * and 0.5%; retrained at the old bars, the out-of-fold suggestions there were a third fewer
 * (abusive 129 of 393 against their 178, threats to staff 88 of 225 against 119, crime 25 of 116
 * against 34). The bars are now the shares, of all the training messages out of fold, at which
 * what training gave made no more wrong suggestions of each kind on those 1,401 messages than those
 * weights did (abusive wrong 0.9%, acceptable 0.9%; demands 1.2%, 0.9%; threats to staff false
 * alerts 1.2%; crime wrong 0.6%, false alerts 0.2%), to the nearest quarter percent, the categories
 * sharing the larger, risk to life and safeguarding the threats to staff's false-alert share. `againstCommitted` prints the comparison whenever the committed weights have
 * not seen a writer.
 *
 * A category: the scorer's own suggestions right at least `precision` of the time, wrong on at most 1.25% of the
 * messages not in it, and on at most 1% of the acceptable messages (none of the three categories). `precision` is what
 * issue #13 asks of the category (abusive 0.9, demands 0.85). That is the scorer's own precision, not the classifier's:
 * held to 0.85, the demands suggestions were right 0.865 of the time in cross-validation but left the rules + scorer at
 * 0.824 (4 December, 6,474 messages), since what the scorer suggests right is mostly what the rules find too, what it
 * suggests wrong mostly what they leave alone. `--precision-with-rules` raises `precision` by hundredths until the rules
 * and the scorer together, cross-validated, are right as often as issue #13 asks, or no less often than the rules alone
 * where they are below it (thresholds.ts `chooseCategoryPrecision`; the only judgement that reads the rules: what it
 * chose is written to the weights, `trained.categoryPrecision`, and --check, which runs no rule, reads it back). It is
 * not the default: trained with it on every file to train-27 (demands held to 0.91, threshold 0.62 against 0.38;
 * cross-validated rules + scorer P / R 0.824 / 0.851 → 0.854 / 0.799) the weights no longer fail office-mail held-out-8's
 * demands precision but fail 16 demands recall floors (office-mail held-out pooled to -8 0.788 against 0.86, to -10 0.790
 * against 0.85; held-out-3 to -7 and held-out), where trained without it they fail no demands recall floor. Pooled to
 * -10, demands P / R 0.913 / 0.864 → 0.933 / 0.790: on the held-out parts demands precision meets issue #13 without it,
 * and the training rows' mail is harder than theirs (README, "The learned scorer").
 */
const CATEGORY_BAR = (precision: number): Bar => ({ alone: precision, wrongShare: 0.0125, fewest: 3, acceptable: 0.01 });
/**
 * Crime (raised precision-first): a false alarm on a message that needs none costs a caseworker's
 * trust, so its suggestions must be right at least seven times in ten, wrong on at most 0.5% of
 * the messages without it, and a false alert (on a message that should carry none) on at most
 * 0.25% of those.
 */
const ALERT_BAR: Bar = { alone: 0.7, wrongShare: 0.005, fewest: 3, falseAlerts: 0.0025 };
/**
 * Risk to life, threats to staff and safeguarding come first (issue #10: safety first; a false
 * alert costs a caseworker a read, a missed one can cost a life): the lowest threshold at which
 * what the scorer suggests is right at least one time in two, wrongly raised on at most 2% of the
 * messages without the kind, a false alert (on a message that should carry none) on at most 1.25%
 * of those messages, and on at most 0.5% of the alerts corpus's look-alikes (written to resemble
 * an alert: "I'm dying to know", a booked meeting at "your office"), each kind.
 */
const RECALL_FIRST_BAR: Bar = { alone: 0.5, wrongShare: 0.02, fewest: 3, falseAlerts: 0.0125, falseOnLookAlikes: 0.005 };
/**
 * Messages of SHORTEST_WORDS to FEWEST_WORDS words (model.ts), for the recall-first kinds: a
 * threat to staff is often a dozen words ("I know where you live, Casey. You'll regret ignoring
 * me"), and before there was a short threshold the scorer left every such message to the rules
 * (cross-validated on 2,178 rows: 28 of the 70 threats to staff missed had fewer than 20 words).
 * Their few features give surer-looking probabilities, so they get a threshold of their own,
 * stricter: right four times in five, false alerts on at most 0.1% of the messages without
 * alerts and of the look-alikes.
 */
const SHORT_BAR: Bar = { alone: 0.8, wrongShare: 0.005, fewest: 3, falseAlerts: 0.001, falseOnLookAlikes: 0.001 };
/**
 * The join (issue #10; join.ts): where a rule found one sign of a risk to life or a threat to staff
 * and held the alert back for want of a second, the scorer at or above its join threshold is that
 * second sign. Judged like the others on the scorer's own suggestions (messages of FEWEST_WORDS or
 * more), at a looser bar, since a rule's sign must agree as well: right at least one time in three,
 * wrong on at most 5% of the messages without the kind, false alerts on at most 2% of the messages
 * without alerts and of the look-alikes (four times the alert's own 0.5%). Kept only below the
 * kind's own threshold (else it adds nothing).
 */
const JOIN_BAR: Bar = { alone: 0.34, wrongShare: 0.05, fewest: 3, falseAlerts: 0.02, falseOnLookAlikes: 0.02 };

/**
 * Weights smaller than this are dropped from the committed file (they move no probability that
 * matters). A target that reads words has fewer but larger weights (a word's value is larger
 * when there are no letter pieces): below 0.3 they halve the file and change no cross-validated figure by
 * more than a row.
 */
const SMALLEST = 0.05;
const WORDS_SMALLEST = 0.3;

const started = Date.now();
/** Under --check, what the checked file says of its training (`trained`; a file that names no files: every file). */
const checked = CHECK ? committedTrained(values.out) : undefined;
/** --targets: the targets trained on every training file, every other taken from the base weights (`mergeTargets`). */
const TARGETS = values.targets ? new Set(values.targets.split(",").map((id) => id.trim()).filter(Boolean)) : undefined;
if (TARGETS && (CHECK || values["precision-with-rules"])) throw new Error("--targets trains as a plain npm run train does: not with --check (which reads trained.targets) or --precision-with-rules");
if (values.base && !TARGETS) throw new Error("--base is the weights --targets merges into");
// The public rows do not depend on the office files: read (and featurised) once, whatever trainings follow.
const publicData = values["no-public"] ? [] : publicRows();
const publicCheck = publicCheckRows({ rules: !CHECK });
const publicCounts = publicData.map((r) => featuresOf(r.text));
const checkCounts = publicCheck.map((r) => featuresOf(`\n${r.text}`));
console.log(`Public training parts learned from: ${publicData.length ? `${publicData.length} rows (${publicData.filter((r) => r.abusive).length} abusive)` : "none (--no-public)"}`);
console.log(`Public training parts the abusive threshold is checked on: ${publicCheck.length} rows (half of ConvAbuse's dev half by conversation, a sixth of Jigsaw's train part; never learned from)`);
if (checked) {
  const learned = new Set([checked.files, ...Object.values(checked.targets ?? {})].flat());
  const newer = trainingFiles().filter((f) => !learned.has(f));
  if (newer.length) console.log(`Training files the committed weights have not learned from (not checked): ${newer.join(", ")}. Train on them (npm run train -- --out FILE), gate (npm run eval -- --check --weights FILE), commit if they pass.`);
}

/**
 * What to write, or under --check what the checked file must be. --check trains the base on `trained.files` (every
 * target: the base's vocabulary is what all of its targets used), then each group `trained.targets` names on its own
 * files (those targets only), and merges them as --targets did. The precision each category's own suggestions are held
 * to, when not issue #13's: under --check, the checked weights' (`trained.categoryPrecision`: chosen with the rules,
 * which --check does not run; weights that name none were held to issue #13's); under --precision-with-rules, chosen
 * here (CATEGORY_BAR), and written to the weights. A --targets group is trained as a plain npm run train is (issue #13's).
 */
const file = CHECK
  ? targetGroups(checked).reduce((merged, group) => mergeTargets(merged, trainWeights(group.files, new Set(group.ids), undefined)), trainWeights(checked?.files, undefined, checked?.categoryPrecision))
  : TARGETS
    ? mergeTargets(baseWeights(values.base ?? COMMITTED), trainWeights(undefined, TARGETS, undefined))
    : trainWeights(undefined, undefined, values["precision-with-rules"] ? {} : undefined);

/**
 * One training: every target (or those `ids` names) on `only` the files named (undefined: every training file), each
 * category's own suggestions held to `heldPrecision` where it names one. A target's weights and thresholds depend only on
 * the files (the rows, the vocabulary they give, the folds by writer), never on which other targets are trained with it,
 * so training some targets alone gives what a whole training gives them, byte for byte (what `--targets` relies on).
 */
function trainWeights(only: readonly string[] | undefined, ids: ReadonlySet<string> | undefined, heldPrecision: Record<string, number> | undefined): Weights {
  const office = officeRows(undefined, { rules: !CHECK, only });
  console.log(`Training files: ${trainingFiles(undefined, only).join(", ")} (${office.length} distinct messages); held back (data.ts HELD_BACK): ${[...HELD_BACK].join(", ") || "none"}`);

  /**
   * Each file's office's staff (the eval's staff.ts: test/corpus/staff.json, else the four every corpus up to held-out-5
   * names), each name read as one word (features.ts StaffNames), as the pane reads the office's own: the model learns "a
   * member of staff by name", not the names the corpora use. The public rows were written to no office: read without.
   */
  const staffByFile = new Map(office.map((r) => [r.file, staffNamesOf(r.staff)]));
  const STAFF_OF = office.map((r) => staffByFile.get(r.file));
  const officeCounts = Object.fromEntries(READINGS.map((reading) => [reading, office.map((r, i) => featuresOf(r.text, reading, STAFF_OF[i]))])) as Record<Reading, Map<string, number>[]>;
  const vocab = vocabulary([...READINGS.flatMap((reading) => officeCounts[reading]), ...publicCounts], 2);
  const officeBase = Object.fromEntries(READINGS.map((reading) => [reading, officeCounts[reading].map((c) => example(c, vocab, 0, 1))])) as Record<Reading, Example[]>;
  const publicExamples = publicCounts.map((c, i) => example(c, vocab, publicData[i]!.abusive ? 1 : 0, PUBLIC_WEIGHT));
  console.log(`Vocabulary: ${vocab.size} features seen in at least two messages`);

  const specs = targetSpecs(office).filter((s) => !ids || ids.has(s.id));
  const unknown = [...(ids ?? [])].filter((id) => !specs.some((s) => s.id === id));
  if (unknown.length) throw new Error(`no such target: ${unknown.join(", ")} (the trainer's: ${targetSpecs(office).map((s) => s.id).join(", ")})`);

  /** A target's model as it will be shipped: small weights dropped, the rest rounded (cross-validation measures this one). */
  function trainTarget(spec: TargetSpec, rows: readonly number[]) {
    const examples: Example[] = rows.map((i) => {
      const row = office[i]!;
      const base = officeBase[spec.reads][i]!;
      if (spec.positive(row)) return { ...base, label: 1, weight: spec.positiveWeight };
      return { ...base, label: 0, weight: spec.kind === "alert" && isLookAlike(row) ? spec.lookAlikeWeight : 1 };
    });
    const model =
      spec.publicData && publicExamples.length ? train([...examples, ...publicExamples], vocab.size, WITH_PUBLIC_SETTINGS) : train(examples, vocab.size, spec.reads === "words" ? WORDS_SETTINGS : OFFICE_SETTINGS);
    const smallest = spec.reads === "words" ? WORDS_SMALLEST : SMALLEST;
    model.weights.forEach((w, i) => (model.weights[i] = Math.abs(w) < smallest ? 0 : Math.round(w * 1000) / 1000));
    model.bias = Math.round(model.bias * 1000) / 1000;
    return model;
  }

  const folds = writerFolds(office, FOLDS);
  console.log(`Folds by writer: ${Array.from({ length: FOLDS }, (_, k) => `${k + 1}: ${[...new Set(office.filter((_, i) => folds[i] === k).map(writerOf))].join(" ")} (${folds.filter((f) => f === k).length})`).join("; ")}`);

  /** The scorer judges messages of FEWEST_WORDS words or more (model.ts), and those of SHORTEST_WORDS or more for a target with a short threshold: others score 0 here as there. */
  const long = (text: string) => scorerTokens(text).length >= FEWEST_WORDS;
  const wordCount = office.map((r, i) => scorerTokens(r.text, STAFF_OF[i]).length);
  /** A message the target judges at its short threshold. */
  const isShort = (spec: TargetSpec, i: number) => spec.short && wordCount[i]! >= SHORTEST_WORDS && wordCount[i]! < FEWEST_WORDS;
  // Out-of-fold probabilities: every row scored by a model that never saw it.
  const oof = new Map(specs.map((s) => [s.id, new Float64Array(office.length)]));
  for (let k = 0; k < FOLDS; k += 1) {
    const trainRows = office.flatMap((_, i) => (folds[i] !== k ? [i] : []));
    const heldRows = office.flatMap((_, i) => (folds[i] === k ? [i] : []));
    for (const spec of specs) {
      const model = trainTarget(spec, trainRows);
      for (const i of heldRows) oof.get(spec.id)![i] = wordCount[i]! >= FEWEST_WORDS || isShort(spec, i) ? predict(model, officeBase[spec.reads][i]!) : 0;
    }
  }

  /**
   * Each row as a threshold is judged on (`alone`), or as the rules and the scorer together are
   * reported (the scorer only adds what the rules missed). Thresholds are judged alone, on the
   * scorer's own suggestions: see the bars above.
   */
  const scoredFor = (spec: TargetSpec, alone = false): Scored[] =>
    office.map((r, i) => {
      const rules = alone ? false : spec.kind === "alert" ? r.rules!.alerts.some((a) => `alert/${a.kind}` === spec.id) : r.rules!.categories.includes(spec.id as never);
      const clear = spec.kind === "alert" && r.alerts.length === 0 && (alone || r.rules!.alerts.length === 0);
      return { label: spec.positive(r), rules, clear, lookAlike: clear && isLookAlike(r), acceptable: spec.kind === "category" && r.categories.length === 0, probability: oof.get(spec.id)![i]!, short: isShort(spec, i) };
    });
  const judgedAlone = (spec: TargetSpec) => scoredFor(spec, true);

  // The committed models: every target trained on all the training rows.
  const all = office.map((_, i) => i);
  const finalModels = new Map(specs.map((s) => [s.id, trainTarget(s, all)]));
  /**
   * The public training parts, scored by the final abusive model (which, without --public, never
   * saw them): its own abusive suggestions there must be right at least four times in five
   * (`PUBLIC_ALONE`), on each corpus (the eval holds floors on both: ConvAbuse's chatbot turns and
   * Jigsaw's comments fail differently). Office mail's "you" is a sign of abuse aimed at staff; a
   * chatbot's users say "you" to everything. Until 4 December it was issue #13's 0.9, stricter than
   * the weights the eval's floors were set with: on these rows, which they never learned from, their
   * own suggestions were right 76 times of 92 on Jigsaw (0.83) and never made on ConvAbuse (every
   * turn is under FEWEST_WORDS), and at 0.9 the check, not office mail, set the abusive threshold.
   */
  const PUBLIC_ALONE = 0.8;
  // The public check rows set only the abusive threshold (`publicAloneOk`): scored only when abusive is trained.
  const abusiveModel = finalModels.get("abusive");
  const checkP = abusiveModel ? checkCounts.map((c, i) => (long(`\n${publicCheck[i]!.text}`) ? predict(abusiveModel, example(c, vocab, 0, 1)) : 0)) : [];
  const publicAloneOk = (precision: number) => (t: number) =>
    ["convabuse", "jigsaw"].every((source) => {
      const said = publicCheck.filter((r, i) => r.source === source && checkP[i]! >= t);
      return said.filter((r) => r.abusive).length >= precision * said.length;
    });
  /** The rules and (at threshold t, or not at all) the scorer together on the public check rows: reported, never judged. */
  function publicFigures(t: number | null, source?: string) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    publicCheck.forEach((r, i) => {
      if (source && r.source !== source) return;
      const said = r.rules! || (t !== null && checkP[i]! >= t);
      if (said && r.abusive) tp += 1;
      else if (said) fp += 1;
      else if (r.abusive) fn += 1;
    });
    return { p: tp / Math.max(1, tp + fp), r: tp / Math.max(1, tp + fn), tp, fp, fn };
  }

  const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "n/a");
  const alertBar = (spec: TargetSpec) => (RECALL_FIRST_ALERTS.has(spec.id.slice("alert/".length)) ? RECALL_FIRST_BAR : ALERT_BAR);

  const thresholds = new Map<string, { threshold: number | null; shortThreshold: number | null; joinThreshold?: number | null; likely: number | null }>();
  for (const spec of specs) {
    if (spec.kind === "subType") {
      thresholds.set(spec.id, { threshold: null, shortThreshold: null, likely: null });
      continue;
    }
    const judged = judgedAlone(spec);
    const also = spec.id === "abusive" ? publicAloneOk(PUBLIC_ALONE) : undefined;
    let threshold: number | null;
    if (spec.kind === "category") {
      if (heldPrecision && !CHECK) heldPrecision[spec.id] = chooseCategoryPrecision(judged, scoredFor(spec), CATEGORY_BAR, spec.precision!, also).precision;
      threshold = chooseThreshold(judged, CATEGORY_BAR(heldPrecision?.[spec.id] ?? spec.precision!), also);
    } else threshold = chooseThreshold(judged, alertBar(spec), also);
    const shortThreshold = spec.short ? chooseThreshold(judged, SHORT_BAR, undefined, "short") : null;
    const join = spec.join ? chooseThreshold(judged, JOIN_BAR) : null;
    const joinThreshold = join !== null && (threshold === null || join < threshold) ? join : null;
    thresholds.set(spec.id, { threshold, shortThreshold, ...(spec.join ? { joinThreshold } : {}), likely: chooseLikely(judged, threshold, 0.9) });
  }
  if (!CHECK) report();

  /** What the thresholds give in cross-validation: the rules alone, and the rules with the scorer (part of choosing only a category's precision: CATEGORY_BAR). */
  function report() {
    /** What each target adds wrongly, per kind: acceptable mail a category flags; false alerts (and on look-alikes) an alert kind raises. */
    const falseFlags: string[] = [];
    console.log(`\nCross-validated (${FOLDS}-fold, on the training rows only; each row scored by a model that never saw it; thresholds judged on the scorer's own suggestions):`);
    for (const spec of specs) {
      if (spec.kind === "subType") continue;
      const scored = scoredFor(spec);
      const { threshold, shortThreshold, likely } = thresholds.get(spec.id)!;
      if (process.env.CURVE) console.log("   curve " + [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8].map((t) => { const f = figuresAt(scored, t); const above = scored.filter((x) => x.probability >= t); return `${t}:+${f.addedRight}/-${f.addedWrong}(${f.addedFalse}, ${f.addedLookAlike}) alone ${above.filter((x) => x.label).length}/${above.length}`; }).join(" "));
      const before = figuresAt(scored, null);
      const after = figuresAt(scored, threshold, shortThreshold);
      const shortAdded = figuresAt(scored.filter((x) => x.short), null, shortThreshold);
      const p = (f: typeof before) => f.tp / Math.max(1, f.tp + f.fp);
      const r = (f: typeof before) => f.tp / Math.max(1, f.tp + f.fn);
      console.log(
        `  ${spec.id.padEnd(22)} threshold ${threshold ?? "none (never suggested)"}${likely !== null ? `, likely from ${likely}` : ""}${spec.short ? `; messages of ${SHORTEST_WORDS}–${FEWEST_WORDS - 1} words: ${shortThreshold ?? "none (left to the rules)"}` : ""}\n` +
          `    rules alone      P ${f3(p(before))}  R ${f3(r(before))}  (tp ${before.tp}, fp ${before.fp}, fn ${before.fn})\n` +
          `    rules + scorer   P ${f3(p(after))}  R ${f3(r(after))}  (tp ${after.tp}, fp ${after.fp}, fn ${after.fn}; scorer added ${after.addedRight} right, ${after.addedWrong} wrong${spec.short ? `, of them on short messages ${shortAdded.addedRight} right, ${shortAdded.addedWrong} wrong` : ""})`,
      );
      if (spec.kind === "category")
        console.log(
          `    issue #13 asks P ≥ ${spec.precision}: ${precisionOf(after) >= Math.min(spec.precision!, precisionOf(before)) ? (precisionOf(after) >= spec.precision! ? "met" : "missed, as by the rules alone") : "MISSED"}; ` +
            `the scorer's own suggestions held to P ≥ ${heldPrecision?.[spec.id] ?? spec.precision}${heldPrecision ? " (--precision-with-rules)" : ""}`,
        );
      const total = (key: "acceptable" | "clear" | "lookAlike") => scored.filter((x) => x[key]).length;
      falseFlags.push(
        spec.kind === "category"
          ? `  ${spec.id.padEnd(22)} acceptable mail it flags (the rules did not): ${after.addedAcceptable}/${total("acceptable")}`
          : `  ${spec.id.padEnd(22)} false alerts it adds (messages without alerts the rules leave clear): ${after.addedFalse}/${total("clear")}, on the look-alikes ${after.addedLookAlike}/${total("lookAlike")}`,
      );
      if (spec.join) {
        // The join's gain, with the rules' lone signs on these rows (reported, never judged: its threshold is chosen alone, above).
        const t = thresholds.get(spec.id)!.joinThreshold ?? null;
        const kind = spec.id.slice("alert/".length) as AlertKind;
        const joined = t === null ? [] : scored.flatMap((x, i) => (!x.rules && !x.short && office[i]!.rules!.heldBack.includes(kind) && x.probability >= t && !(threshold !== null && x.probability >= threshold) && wordCount[i]! >= FEWEST_WORDS ? [{ x, i }] : []));
        const withJoin = after.tp + joined.filter(({ x }) => x.label).length;
        const lone = office.filter((r, i) => !scored[i]!.rules && r.rules!.heldBack.includes(kind)).length;
        console.log(
          `    join ${t ?? "none"} (a rule's lone sign held back in ${lone} messages the rules left without it): adds ${joined.filter(({ x }) => x.label).length} right, ${joined.filter(({ x }) => !x.label).length} wrong, ` +
            `false alerts ${joined.filter(({ x }) => x.clear).length}, on look-alikes ${joined.filter(({ x }) => x.lookAlike).length}; rules + scorer + join R ${f3(withJoin / Math.max(1, after.tp + after.fn))}`,
        );
      }
      if (spec.id === "abusive") {
        const [pb, pa] = [publicFigures(null), publicFigures(threshold)];
        console.log(`    public training parts (never learned from): rules alone P ${f3(pb.p)} R ${f3(pb.r)}; rules + scorer P ${f3(pa.p)} R ${f3(pa.r)}`);
        for (const source of ["convabuse", "jigsaw"]) {
          const [b, a] = [publicFigures(null, source), publicFigures(threshold, source)];
          console.log(`      ${source.padEnd(9)} rules alone P ${f3(b.p)} R ${f3(b.r)}; rules + scorer P ${f3(a.p)} R ${f3(a.r)}`);
        }
        if (process.env.CURVE) console.log("   public curve " + [0.5, 0.6, 0.7, 0.8, 0.9].map((t) => `${t}: P ${f3(publicFigures(t).p)} R ${f3(publicFigures(t).r)}`).join("; "));
      }
    }
    /** Whether the scorer (out of fold) adds target `s` to row i, at its threshold or, for a short message, its short one. */
    const adds = (s: TargetSpec, i: number) => {
      const t = thresholds.get(s.id)!;
      const at = wordCount[i]! < FEWEST_WORDS ? (isShort(s, i) ? t.shortThreshold : null) : t.threshold;
      return at !== null && oof.get(s.id)![i]! >= at;
    };
    console.log("  what each adds wrongly:");
    for (const line of falseFlags) console.log(line);
    // The share of acceptable messages (no category) that end up with one, and of messages without alerts that get one.
    const acceptable = office.flatMap((r, i) => (r.categories.length === 0 ? [i] : []));
    const flaggedBy = (withScorer: boolean) => acceptable.filter((i) => office[i]!.rules!.categories.length > 0 || (withScorer && specs.some((s) => s.kind === "category" && adds(s, i)))).length;
    console.log(`  acceptable flagged: rules alone ${flaggedBy(false)}/${acceptable.length}, rules + scorer ${flaggedBy(true)}/${acceptable.length}`);
    const clear = office.flatMap((r, i) => (r.alerts.length === 0 ? [i] : []));
    const alertedBy = (withScorer: boolean) => clear.filter((i) => office[i]!.rules!.alerts.length > 0 || (withScorer && specs.some((s) => s.kind === "alert" && adds(s, i))));
    console.log(`  false alerts on messages without alerts: rules alone ${alertedBy(false).length}/${clear.length}, rules + scorer ${alertedBy(true).length}/${clear.length}`);
    // The alerts corpus's look-alikes ("I'm dying to know", a crime resolved years ago) are the hard part of those.
    const lookAlikes = new Set(clear.filter((i) => isLookAlike(office[i]!)));
    const lookAlikeAlerted = (withScorer: boolean) => alertedBy(withScorer).filter((i) => lookAlikes.has(i)).length;
    console.log(`    of them the alerts corpus's look-alikes: rules alone ${lookAlikeAlerted(false)}/${lookAlikes.size}, rules + scorer ${lookAlikeAlerted(true)}/${lookAlikes.size}`);
    againstCommitted(adds);
    const subTypeSpecs = specs.filter((s) => s.kind === "subType");
    for (const category of ["abusive", "demands"]) {
      const own = subTypeSpecs.filter((s) => s.id.startsWith(`${category}/`));
      if (!own.length) continue; // not trained here (--targets)
      const rows = office.flatMap((r, i) => (r.categories.includes(category as never) ? [i] : []));
      const right = rows.filter((i) => {
        const best = own.reduce<TargetSpec | undefined>((a, s) => (!a || oof.get(s.id)![i]! > oof.get(a.id)![i]! ? s : a), undefined);
        return best && best.positive(office[i]!);
      }).length;
      console.log(`  ${category} sub-type (best score names one of the row's sub-types): ${right}/${rows.length}`);
    }
  }

  /**
   * What training gives against the committed weights, like for like: on the messages of the writers the committed weights
   * never learned from (their `trained.files`), the committed weights' own suggestions beside the trainer's out-of-fold
   * ones (each row scored by a model that never saw its writer) at the thresholds chosen above; both judged alone, as the
   * thresholds are. Reported, never judged: it says whether a retrain finds at least as many as the weights it replaces,
   * with no more wrong, before they are replaced. Nothing to compare once the committed weights learned from every writer.
   */
  function againstCommitted(adds: (s: TargetSpec, i: number) => boolean) {
    const path = COMMITTED;
    if (!existsSync(path)) return;
    const json = JSON.parse(readFileSync(path, "utf8")) as { trained?: { files?: string[] } };
    const learned = new Set((json.trained?.files ?? []).map((file) => writerOf({ file })));
    const rows = office.flatMap((r, i) => (learned.has(writerOf(r)) ? [] : [i]));
    const unseen = [...new Set(rows.map((i) => writerOf(office[i]!)))];
    if (!rows.length) {
      console.log("  against the committed weights: they learned from every writer here (nothing to compare like for like)");
      return;
    }
    const committed = loadModel(json);
    const scores = new Map(rows.map((i) => [i, scoreText(committed, office[i]!.text, committed.staffWord ? STAFF_OF[i] : undefined)]));
    console.log(`  against the committed weights, on the ${rows.length} messages of the writers they never learned from (${unseen.join(" ")}), each judged alone; committed → what training gives (out of fold):`);
    for (const spec of specs) {
      if (spec.kind === "subType") continue;
      const count = (says: (i: number) => boolean) => {
        const said = rows.filter(says);
        const wrong = said.filter((i) => !spec.positive(office[i]!));
        const f = { found: said.length - wrong.length, wrong: wrong.length, falseAlerts: wrong.filter((i) => office[i]!.alerts.length === 0).length, lookAlikes: wrong.filter((i) => isLookAlike(office[i]!)).length, acceptable: wrong.filter((i) => office[i]!.categories.length === 0).length };
        return spec.kind === "category" ? `found ${f.found}, wrong ${f.wrong} (acceptable ${f.acceptable})` : `found ${f.found}, wrong ${f.wrong} (false alerts ${f.falseAlerts}, look-alikes ${f.lookAlikes})`;
      };
      const was = count((i) => {
        const t = scores.get(i)!.threshold(spec.id);
        return t !== null && scores.get(i)!.probability(spec.id) >= t;
      });
      console.log(`    ${spec.id.padEnd(22)} of ${rows.filter((i) => spec.positive(office[i]!)).length}: ${was} → ${count((i) => adds(spec, i))}`);
    }
  }

  const names = [...vocab.keys()];
  const used = new Map<string, number>();
  const targets: z.input<typeof WeightsFile>["targets"] = {};
  const top: string[] = [];
  for (const spec of specs) {
    const model = finalModels.get(spec.id)!;
    const pairs: number[] = [];
    const ranked: Array<[string, number]> = [];
    model.weights.forEach((w, i) => {
      if (w === 0) return;
      const name = names[i]!;
      if (!used.has(name)) used.set(name, used.size);
      pairs.push(used.get(name)!, w);
      ranked.push([name, w]);
    });
    targets[spec.id] = { bias: model.bias, ...thresholds.get(spec.id)!, reads: spec.reads, weights: pairs };
    ranked.sort((a, b) => b[1] - a[1]);
    top.push(`  ${spec.id.padEnd(22)} ${pairs.length / 2} weights; heaviest: ${ranked.slice(0, 8).map(([n, w]) => `${n} ${w.toFixed(2)}`).join(", ")}`);
  }
  if (!CHECK) {
    console.log(`\nWeights kept (|w| ≥ ${SMALLEST}; ≥ ${WORDS_SMALLEST} for targets that read words), and the features that weigh most towards each target:`);
    for (const line of top) console.log(line);
  }

  const file: z.input<typeof WeightsFile> = {
    format: SCORER_FORMAT,
    staffWord: true,
    trained: {
      by: "npm run train (dev/train/run.ts)",
      files: trainingFiles(undefined, only),
      officeMessages: office.length,
      publicRows: publicData.length,
      ...(heldPrecision ? { categoryPrecision: heldPrecision } : {}),
    },
    vocabulary: [...used.keys()],
    targets,
  };
  return file;
}

const json = `${JSON.stringify(file)}\n`;
const took = `${((Date.now() - started) / 1000).toFixed(0)} s`;
if (CHECK) {
  const committed = existsSync(values.out) ? readFileSync(values.out, "utf8") : "";
  if (committed === json) console.log(`${values.out} is what npm run train gives, byte for byte (checked in ${took}).`);
  else {
    const was = (() => {
      try {
        return JSON.parse(committed) as z.input<typeof WeightsFile>;
      } catch {
        return undefined;
      }
    })();
    const { targets } = file;
    const differ = was ? Object.keys({ ...was.targets, ...targets }).filter((id) => JSON.stringify(was.targets[id]) !== JSON.stringify(targets[id])) : [];
    const thresholdsOf = (t: z.input<typeof WeightsFile>["targets"][string] | undefined) => (t ? `${t.threshold}/${t.shortThreshold ?? null}/${t.joinThreshold ?? null}/${t.likely}` : "absent");
    const thresholdsNow = (id: string) => thresholdsOf(targets[id]);
    const thresholdsWas = (id: string) => thresholdsOf(was?.targets?.[id]);
    console.error(
      `${values.out} is NOT what npm run train gives now (checked in ${took}): retrain (npm run train) and commit the weights.\n` +
        (was
          ? `  training files: ${JSON.stringify(was.trained) === JSON.stringify(file.trained) ? "the same" : "changed"}; targets that differ: ${differ.map((id) => (thresholdsWas(id) === thresholdsNow(id) ? `${id} (weights)` : `${id} (weights; threshold/short/join/likely ${thresholdsWas(id)} → ${thresholdsNow(id)})`)).join(", ") || "none (the vocabulary differs)"}`
          : "  the committed file is missing or not a weights file"),
    );
    process.exitCode = 1;
  }
} else {
  writeFileSync(values.out, json);
  console.log(`\nWrote ${values.out}: ${(json.length / 1024).toFixed(0)} KB, ${file.vocabulary.length} features, in ${took}`);
}

/** What a weights file says of its training (`trained`); undefined when it names no files or cannot be read. */
function committedTrained(path: string): Trained | undefined {
  if (!existsSync(path)) return undefined;
  const parsed = TrainedOn.safeParse(JSON.parse(readFileSync(path, "utf8")));
  return parsed.success ? parsed.data.trained : undefined;
}

/** The weights --targets merges into: trained as a whole on the files they name (one merge deep, so --check can build them again). */
function baseWeights(path: string): Weights {
  const base = JSON.parse(readFileSync(path, "utf8")) as Weights;
  const trained = TrainedOn.parse(base).trained;
  if (trained.targets) throw new Error(`${path} already has targets trained on files of their own (trained.targets): merge into weights trained as a whole`);
  return base;
}
