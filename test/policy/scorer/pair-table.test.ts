import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel, pairRow } from "../../../src/policy/scorer/model";

/** The committed weights: every pair feature they name must weigh as written, and no pair they do not name may weigh. */
const weights = JSON.parse(readFileSync(join(import.meta.dirname, "../../../src/policy/scorer/weights.json"), "utf8")) as { vocabulary: string[] };
const model = loadModel(weights);

describe("the learned scorer's pair table", () => {
  const named = weights.vocabulary.filter((name) => (name.startsWith("b:") || name.startsWith("s:")) && model.weights.has(name));
  const parts = (name: string) => {
    const gap = name.indexOf(" ", 2);
    return [model.pairWords.get(name.slice(2, gap))!, model.pairWords.get(name.slice(gap + 1))!] as const;
  };

  it("finds every pair feature the weights name, with its weights, among neighbours and among pairs that skip a word", () => {
    expect(named.length).toBeGreaterThan(1000);
    for (const name of named) {
      const [first, second] = parts(name);
      expect(pairRow(name.startsWith("b:") ? model.pairs : model.skips, first, second), name).toBe(model.weights.get(name));
    }
  });

  it("finds nothing for a pair of known words the weights do not name: the other order, or the other kind", () => {
    let checked = 0;
    for (const name of named) {
      const [first, second] = parts(name);
      const kind = name.slice(0, 2);
      const gap = name.indexOf(" ", 2);
      const [a, b] = [name.slice(2, gap), name.slice(gap + 1)];
      if (!model.weights.has(`${kind}${b} ${a}`)) {
        expect(pairRow(kind === "b:" ? model.pairs : model.skips, second, first), `${kind}${b} ${a}`).toBeUndefined();
        checked += 1;
      }
      const other = kind === "b:" ? "s:" : "b:";
      if (!model.weights.has(`${other}${a} ${b}`)) {
        expect(pairRow(other === "b:" ? model.pairs : model.skips, first, second), `${other}${a} ${b}`).toBeUndefined();
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
