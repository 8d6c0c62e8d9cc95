import { describe, expect, it } from "vitest";
import { mergeTargets, targetGroups, TrainedOn, type Weights } from "../../dev/train/merge";
import { loadModel, SCORER_FORMAT, scoreText } from "../../src/policy/scorer/model";

const OLD = ["office-mail/train-4.jsonl"];
const ALL = ["office-mail/train-4.jsonl", "office-mail/train-35.jsonl"];

/** The committed weights, in small: every target trained on OLD. */
const base = (): Weights => ({
  format: SCORER_FORMAT,
  staffWord: true,
  trained: { by: "npm run train (dev/train/run.ts)", files: OLD, officeMessages: 2, publicRows: 0 },
  vocabulary: ["w:idiot", "w:kill", "w:end"],
  targets: {
    abusive: { bias: -1, threshold: 0.7, shortThreshold: null, likely: 0.9, reads: "letters", weights: [0, 2.5] },
    "alert/risk-to-life": { bias: -2, threshold: 0.4, shortThreshold: 0.8, likely: null, reads: "words", weights: [2, 1.5] },
    "alert/threat-to-staff": { bias: -2, threshold: 0.5, shortThreshold: null, joinThreshold: 0.3, likely: null, reads: "words", weights: [1, 3] },
  },
});

/** A training of the two alert kinds alone on ALL: its own vocabulary, in its own order. */
const group = (): Weights => ({
  format: SCORER_FORMAT,
  staffWord: true,
  trained: { by: "npm run train (dev/train/run.ts)", files: ALL, officeMessages: 4, publicRows: 0 },
  vocabulary: ["w:end", "w:overdose", "w:kill", "w:knife"],
  targets: {
    "alert/risk-to-life": { bias: -3, threshold: 0.35, shortThreshold: 0.85, likely: 0.9, reads: "words", weights: [0, 1.25, 1, 2] },
    "alert/threat-to-staff": { bias: -2.5, threshold: 0.45, shortThreshold: null, joinThreshold: 0.25, likely: null, reads: "words", weights: [3, 2, 2, 2.75] },
  },
});

describe("npm run train -- --targets: some targets retrained on every file, the rest as committed", () => {
  it("keeps the committed vocabulary index for index and appends the features it lacks, in the order the retrained targets first use them", () => {
    const merged = mergeTargets(base(), group());
    expect(merged.vocabulary).toEqual(["w:idiot", "w:kill", "w:end", "w:overdose", "w:knife"]);
    expect(merged.targets["alert/risk-to-life"]).toEqual({ bias: -3, threshold: 0.35, shortThreshold: 0.85, likely: 0.9, reads: "words", weights: [2, 1.25, 3, 2] });
    expect(merged.targets["alert/threat-to-staff"]).toEqual({ bias: -2.5, threshold: 0.45, shortThreshold: null, joinThreshold: 0.25, likely: null, reads: "words", weights: [4, 2, 1, 2.75] });
  });

  it("leaves every other target and the file's layout byte for byte as committed", () => {
    const merged = mergeTargets(base(), group());
    expect(JSON.stringify(merged.targets.abusive)).toBe(JSON.stringify(base().targets.abusive));
    expect(Object.keys(merged)).toEqual(Object.keys(base()));
    expect(Object.keys(merged.targets)).toEqual(["abusive", "alert/risk-to-life", "alert/threat-to-staff"]);
  });

  it("records which targets learned from which files, beside the files the rest learned from", () => {
    const { trained } = TrainedOn.parse(mergeTargets(base(), group()));
    expect(trained.files).toEqual(OLD);
    expect(trained.targets).toEqual({ "alert/risk-to-life": ALL, "alert/threat-to-staff": ALL });
    expect(targetGroups(trained)).toEqual([{ ids: ["alert/risk-to-life", "alert/threat-to-staff"], files: ALL }]);
    expect(targetGroups(TrainedOn.parse(base()).trained)).toEqual([]);
  });

  it("scores each retrained target as its own training does, and the others as the committed weights do (the pane reads the merged file)", () => {
    const merged = loadModel(mergeTargets(base(), group()));
    const text = "Subject\nI will kill him with a knife and then I will end it all with an overdose, every word of this letter, I mean it, you idiot";
    const [committed, retrained] = [loadModel(base()), loadModel(group())];
    const scores = scoreText(merged, text);
    expect(scores.probability("alert/risk-to-life")).toBe(scoreText(retrained, text).probability("alert/risk-to-life"));
    expect(scores.probability("alert/threat-to-staff")).toBe(scoreText(retrained, text).probability("alert/threat-to-staff"));
    expect(scores.probability("abusive")).toBe(scoreText(committed, text).probability("abusive"));
    // The message is long enough to be scored, and the retraining moved what it says.
    expect(scores.probability("alert/risk-to-life")).not.toBe(scoreText(committed, text).probability("alert/risk-to-life"));
    expect(scores.probability("abusive")).toBeGreaterThan(0);
  });

  it("refuses a weight index past the vocabulary, and a trained record without files", () => {
    const broken = group();
    broken.targets["alert/risk-to-life"]!.weights = [9, 1];
    expect(() => mergeTargets(base(), broken)).toThrow(/alert\/risk-to-life: weight index 9/);
    expect(TrainedOn.safeParse({ trained: { files: [] } }).success).toBe(false);
    expect(TrainedOn.safeParse({ trained: { files: OLD, targets: { "alert/crime": [] } } }).success).toBe(false);
  });
});
