/**
 * Logistic regression trained by FTRL-Proximal (McMahan et al., "Ad Click Prediction: a View
 * from the Trenches", KDD 2013), hand-written: the npm libraries for logistic regression
 * (ml-logistic-regression and the like) hold dense matrices, and here each message uses a few
 * hundred of some hundred thousand features. FTRL's L1 term leaves most weights at exactly
 * zero, which is what keeps the committed weights small. Deterministic: the rows are visited
 * in an order drawn from a seeded generator, so the same data gives the same weights.
 */

/** One training row: feature indices and values (already scaled), its label and weight. */
export interface Example {
  features: Int32Array;
  values: Float64Array;
  label: 0 | 1;
  weight: number;
}

export interface FtrlSettings {
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  epochs: number;
  seed: number;
}

export const FTRL_DEFAULTS: FtrlSettings = { alpha: 0.5, beta: 1, l1: 1, l2: 1, epochs: 12, seed: 13 };

/** Mulberry32: a small seeded generator (Math.random cannot be seeded). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Model {
  bias: number;
  /** Dense over the vocabulary; mostly zeros. */
  weights: Float64Array;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, x))));

export function train(examples: readonly Example[], size: number, settings: FtrlSettings = FTRL_DEFAULTS): Model {
  const { alpha, beta, l1, l2, epochs } = settings;
  const z = new Float64Array(size);
  const n = new Float64Array(size);
  let zb = 0;
  let nb = 0;
  const weightOf = (i: number) => {
    const zi = z[i]!;
    if (Math.abs(zi) <= l1) return 0;
    return -(zi - Math.sign(zi) * l1) / ((beta + Math.sqrt(n[i]!)) / alpha + l2);
  };
  const order = examples.map((_, i) => i);
  const random = seeded(settings.seed);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    // Fisher–Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const ex = examples[r]!;
      const wb = -zb / ((beta + Math.sqrt(nb)) / alpha);
      let dot = wb;
      const ws = new Float64Array(ex.features.length);
      for (let k = 0; k < ex.features.length; k += 1) {
        ws[k] = weightOf(ex.features[k]!);
        dot += ws[k]! * ex.values[k]!;
      }
      const g = (sigmoid(dot) - ex.label) * ex.weight;
      for (let k = 0; k < ex.features.length; k += 1) {
        const i = ex.features[k]!;
        const gi = g * ex.values[k]!;
        const sigma = (Math.sqrt(n[i]! + gi * gi) - Math.sqrt(n[i]!)) / alpha;
        z[i]! += gi - sigma * ws[k]!;
        n[i]! += gi * gi;
      }
      const sb = (Math.sqrt(nb + g * g) - Math.sqrt(nb)) / alpha;
      zb += g - sb * wb;
      nb += g * g;
    }
  }
  const weights = new Float64Array(size);
  for (let i = 0; i < size; i += 1) weights[i] = weightOf(i);
  return { bias: -zb / ((beta + Math.sqrt(nb)) / alpha), weights };
}

export function predict(model: Model, ex: Pick<Example, "features" | "values">): number {
  let dot = model.bias;
  for (let k = 0; k < ex.features.length; k += 1) dot += model.weights[ex.features[k]!]! * ex.values[k]!;
  return sigmoid(dot);
}
