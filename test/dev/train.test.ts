import { describe, expect, it } from "vitest";
import { example, featuresOf, vocabulary } from "../../dev/train/features";
import { predict, train } from "../../dev/train/lr";
import { loadModel, scoreText, SCORER_FORMAT } from "../../src/policy/scorer/model";

const TEXTS: Array<[string, 0 | 1]> = [
  ["you are a useless idiot and I will make you pay for this", 1],
  ["thank you for your letter about the burglary last week", 0],
  ["idiot caseworker, you useless waste of space", 1],
  ["please could you tell me when the review will be finished", 0],
  ["I will find you, you useless idiot", 1],
  ["I am grateful for your help with my complaint", 0],
];

function fit() {
  const counts = TEXTS.map(([t]) => featuresOf(t));
  const vocab = vocabulary(counts, 1);
  const examples = counts.map((c, i) => example(c, vocab, TEXTS[i]![1], 1));
  return { vocab, examples, model: train(examples, vocab.size) };
}

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

  it("scores a message in the product exactly as the trainer does", () => {
    const { model, vocab } = fit();
    const names = [...vocab.keys()];
    const weights: number[] = [];
    model.weights.forEach((w, i) => w !== 0 && weights.push(i, w));
    const scorer = loadModel({ format: SCORER_FORMAT, vocabulary: names, targets: { abusive: { bias: model.bias, threshold: 0.5, likely: null, weights } } });
    const text = "Subject line\nyou are a useless idiot and I will make you pay for this, you idiot, you really are one, yes you, and I mean it every single word";
    const expected = predict(model, example(featuresOf(text), vocab, 0, 1));
    expect(scoreText(scorer, text).probability("abusive")).toBeCloseTo(expected, 12);
  });
});
