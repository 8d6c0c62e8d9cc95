import { describe, expect, it } from "vitest";
import { officeRows, trainingFiles, writerFolds, writerOf } from "../../dev/train/data";
import { CORPUS_STAFF, staffOf } from "../../dev/eval/staff";
import { example, featuresOf, vocabulary } from "../../dev/train/features";
import { predict, train } from "../../dev/train/lr";
import { chooseCategoryPrecision, chooseThreshold, figuresAt, precisionOf, type Bar, type Scored } from "../../dev/train/thresholds";
import { STAFF_WORD, staffNamesOf, type Reading } from "../../src/policy/scorer/features";
import { loadModel, scoreText, SCORER_FORMAT } from "../../src/policy/scorer/model";

const TEXTS: Array<[string, 0 | 1]> = [
  ["you are a useless idiot and I will make you pay for this", 1],
  ["thank you for your letter about the burglary last week", 0],
  ["idiot caseworker, you useless waste of space", 1],
  ["please could you tell me when the review will be finished", 0],
  ["I will find you, you useless idiot", 1],
  ["I am grateful for your help with my complaint", 0],
];

function fit(reading: Reading = "letters") {
  const counts = TEXTS.map(([t]) => featuresOf(t, reading));
  const vocab = vocabulary(counts, 1);
  const examples = counts.map((c, i) => example(c, vocab, TEXTS[i]![1], 1));
  return { vocab, examples, model: train(examples, vocab.size) };
}

describe("how the scorer reads a message", () => {
  it("reads an alert kind's words and the pairs that skip one, without letter pieces", () => {
    const words = featuresOf("I will end it all", "words");
    expect([...words.keys()]).toEqual(expect.arrayContaining(["w:end", "b:end it", "s:end all", "s:will it"]));
    expect([...words.keys()].some((f) => f.startsWith("c:"))).toBe(false);
    const letters = featuresOf("I will end it all");
    expect(letters.has("c: en")).toBe(true);
    expect(letters.has("s:end all")).toBe(false);
  });
});

describe("npm run train's learner", () => {
  it("gives the same weights every run (seeded order, no clock, no Math.random)", () => {
    const a = fit().model;
    const b = fit().model;
    expect(b.bias).toBe(a.bias);
    expect([...b.weights]).toEqual([...a.weights]);
    expect(a.weights.some((w) => w !== 0)).toBe(true);
  });

  it("learns the fixture: abusive texts score above the fair ones", () => {
    const { model, examples } = fit();
    const p = examples.map((e) => predict(model, e));
    expect(Math.min(...p.filter((_, i) => TEXTS[i]![1] === 1))).toBeGreaterThan(Math.max(...p.filter((_, i) => TEXTS[i]![1] === 0)));
  });

  it.each(["letters", "words"] as const)("scores a message in the product exactly as the trainer does (%s)", (reading) => {
    const { model, vocab } = fit(reading);
    const names = [...vocab.keys()];
    const weights: number[] = [];
    model.weights.forEach((w, i) => w !== 0 && weights.push(i, w));
    const scorer = loadModel({ format: SCORER_FORMAT, vocabulary: names, targets: { abusive: { bias: model.bias, threshold: 0.5, likely: null, reads: reading, weights } } });
    const text = "Subject line\nyou are a useless idiot and I will make you pay for this, you idiot, you really are one, yes you, and I mean it every single word";
    const expected = predict(model, example(featuresOf(text, reading), vocab, 0, 1));
    expect(scoreText(scorer, text).probability("abusive")).toBeCloseTo(expected, 12);
  });

  it("scores each target by its own reading when one file holds both", () => {
    const letters = fit("letters");
    const words = fit("words");
    // One vocabulary for both, as npm run train writes it: each target's weights on its own reading's features.
    const names = [...new Set([...letters.vocab.keys(), ...words.vocab.keys()])];
    const at = new Map(names.map((n, i) => [n, i]));
    const sparse = (fitted: ReturnType<typeof fit>) => {
      const own = [...fitted.vocab.keys()];
      const out: number[] = [];
      fitted.model.weights.forEach((w, i) => w !== 0 && out.push(at.get(own[i]!)!, w));
      return out;
    };
    const scorer = loadModel({
      format: SCORER_FORMAT,
      vocabulary: names,
      targets: {
        abusive: { bias: letters.model.bias, threshold: 0.5, likely: null, weights: sparse(letters) },
        "alert/threat-to-staff": { bias: words.model.bias, threshold: 0.5, likely: null, reads: "words", weights: sparse(words) },
      },
    });
    const text = "Subject\nI will find you, you useless idiot, and I will make you pay for this letter about the review, every single word of it, I mean it";
    const scores = scoreText(scorer, text);
    expect(scores.probability("abusive")).toBeCloseTo(predict(letters.model, example(featuresOf(text, "letters"), letters.vocab, 0, 1)), 12);
    expect(scores.probability("alert/threat-to-staff")).toBeCloseTo(predict(words.model, example(featuresOf(text, "words"), words.vocab, 0, 1)), 12);
  });
});

describe("the scorer and the trainer read staff names alike", () => {
  it("scores with the office's staff names exactly as the trainer featurises them, when the weights say so (staffWord)", () => {
    const { model, vocab } = fit("words");
    const names = [...vocab.keys(), `w:${STAFF_WORD}`];
    const weights: number[] = [names.length - 1, 3];
    model.weights.forEach((w, i) => w !== 0 && weights.push(i, w));
    const file = { format: SCORER_FORMAT, vocabulary: names, targets: { "alert/threat-to-staff": { bias: model.bias, threshold: 0.5, likely: null, reads: "words" as const, weights } } };
    const trained = new Map(vocab);
    trained.set(`w:${STAFF_WORD}`, names.length - 1);
    const withStaff = { ...model, weights: Float64Array.from([...model.weights, 3]) };
    const text = "Subject\nI know where you live Casey Worker and I will find you, you useless idiot, every single word of it, I mean it";
    const staff = staffNamesOf(["Casey Worker"]);
    const expected = predict(withStaff, example(featuresOf(text, "words", staff), trained, 0, 1));
    const scorer = loadModel({ ...file, staffWord: true });
    expect(scoreText(scorer, text, staff).probability("alert/threat-to-staff")).toBeCloseTo(expected, 12);
    // Another office's staff member by name scores the same.
    expect(scoreText(scorer, text.replace("Casey Worker", "Priya"), staffNamesOf(["Priya Shah"])).probability("alert/threat-to-staff")).toBeCloseTo(expected, 12);
    // Weights trained before staffWord read the name as words, as they were trained.
    expect(scoreText(loadModel(file), text, staff).probability("alert/threat-to-staff")).toBeCloseTo(predict(withStaff, example(featuresOf(text, "words"), trained, 0, 1)), 12);
  });
});

describe("npm run train's folds", () => {
  const rows = [
    ...Array.from({ length: 5 }, (_, i) => ({ file: "office-mail/train-4.jsonl", i })),
    ...Array.from({ length: 3 }, (_, i) => ({ file: "alerts/train-4.jsonl", i })),
    ...Array.from({ length: 4 }, (_, i) => ({ file: "office-mail/dev.jsonl", i })),
    ...Array.from({ length: 4 }, (_, i) => ({ file: "alerts/dev.jsonl", i })),
    ...Array.from({ length: 6 }, (_, i) => ({ file: "alerts/train-9.jsonl", i })),
  ];

  it("holds out each writer whole: a writer's office-mail and alerts files in one fold, each dev file its own writer", () => {
    const folds = writerFolds(rows, 3);
    const foldsOf = (writer: string) => new Set(rows.flatMap((r, i) => (writerOf(r) === writer ? [folds[i]] : [])));
    for (const writer of ["train-4", "office-mail/dev.jsonl", "alerts/dev.jsonl", "train-9"]) expect(foldsOf(writer).size).toBe(1);
    expect(writerOf({ file: "office-mail/train-4.jsonl" })).toBe(writerOf({ file: "alerts/train-4.jsonl" }));
    expect(writerOf({ file: "office-mail/dev.jsonl" })).not.toBe(writerOf({ file: "alerts/dev.jsonl" }));
    // Largest writer first, each to the emptiest fold: train-4 (8), train-9 (6), then both dev writers (4 each) to the third.
    const sizes = [0, 1, 2].map((k) => folds.filter((f) => f === k).length).sort((a, b) => a - b);
    expect(sizes).toEqual([6, 8, 8]);
  });

  it("deals the same folds whatever order the rows come in", () => {
    const first = writerFolds(rows, 3);
    const byRow = new Map(rows.map((r, i) => [r, first[i]]));
    const shuffled = [...rows].reverse();
    const again = writerFolds(shuffled, 3);
    shuffled.forEach((r, i) => expect(again[i]).toBe(byRow.get(r)));
  });
});

describe("npm run train's messages", () => {
  it("reads each training file with the staff of the office it was written to (test/corpus/staff.json), as the eval judges it", () => {
    const rows = officeRows(undefined, { rules: false });
    const other = rows.find((r) => r.file === "office-mail/train-17.jsonl");
    expect(other?.staff).toEqual(staffOf("office-mail/train-17.jsonl"));
    expect(other?.staff).not.toEqual(CORPUS_STAFF);
    expect(rows.find((r) => r.file === "office-mail/train-4.jsonl")?.staff).toEqual(CORPUS_STAFF);
  });

  it("checks the committed weights on the files they name: a training file added since is left out, a named file gone is an error", () => {
    const named = ["office-mail/train-17.jsonl", "alerts/train-17.jsonl"];
    const rows = officeRows(undefined, { rules: false, only: named });
    expect(new Set(rows.map((r) => r.file))).toEqual(new Set(named));
    expect(trainingFiles().length).toBeGreaterThan(named.length);
    expect(() => trainingFiles(undefined, ["alerts/train-999.jsonl"])).toThrow(/not in the corpus: alerts\/train-999\.jsonl/);
  });
});

describe("npm run train's category thresholds", () => {
  /** Out-of-fold rows as run.ts gives them: `rules` says whether the rules alone find the category. */
  const rows = (spec: Array<[count: number, label: boolean, rules: boolean, probability: number]>): Scored[] =>
    spec.flatMap(([count, label, rules, probability]) => Array.from({ length: count }, () => ({ label, rules, acceptable: !label, probability })));
  const alone = (withRules: Scored[]) => withRules.map((r) => ({ ...r, rules: false }));
  const BAR = (precision: number): Bar => ({ alone: precision, wrongShare: 0.0125, fewest: 3, acceptable: 0.01 });
  const precision = (withRules: Scored[], t: number | null) => precisionOf(figuresAt(withRules, t));

  it("holds the scorer's own suggestions above issue #13's precision until the rules and the scorer together keep it", () => {
    // The rules find 9 of 15 demands with 1 wrong (P 0.9); the scorer is surest of those 9, and its own suggestions are
    // right 15 times of 17 from 0.11 (0.88, above the 0.85 asked) — but the 2 wrong are messages the rules leave alone.
    const withRules = rows([[9, true, true, 0.95], [1, false, true, 0.1], [4, true, false, 0.7], [2, true, false, 0.45], [2, false, false, 0.5], [200, false, false, 0.01]]);
    expect(precision(withRules, chooseThreshold(alone(withRules), BAR(0.85)))).toBeLessThan(0.85);
    const chosen = chooseCategoryPrecision(alone(withRules), withRules, BAR, 0.85);
    expect(chosen).toEqual({ precision: 0.89, threshold: 0.51 });
    expect(precision(withRules, chosen.threshold)).toBeGreaterThanOrEqual(0.85);
  });

  it("keeps issue #13's precision as the bar when what the scorer adds lowers nothing, even where the rules alone miss it", () => {
    // The rules alone are right 8 times of 10 (below 0.9); what the scorer adds is right 9 times of 10.
    const withRules = rows([[8, true, true, 0.95], [2, false, true, 0.02], [9, true, false, 0.8], [1, false, false, 0.8], [300, false, false, 0.01]]);
    expect(chooseCategoryPrecision(alone(withRules), withRules, BAR, 0.9)).toEqual({ precision: 0.9, threshold: 0.05 });
  });
});
