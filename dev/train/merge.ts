import { z } from "zod";
import type { WeightsFile } from "../../src/policy/scorer/model";

/** A weights file as the trainer writes it (`trained` is the trainer's record, which the pane does not read). */
export type Weights = z.input<typeof WeightsFile>;

/**
 * What a weights file says of its training (model.ts keeps `trained` as `unknown`: the pane does not read it).
 * `files`: what every target was trained on, but those `targets` names, each trained on the files it lists
 * (`npm run train -- --targets`: `mergeTargets`).
 */
export const TrainedOn = z.object({
  trained: z.object({
    files: z.array(z.string()).min(1),
    categoryPrecision: z.record(z.string(), z.number()).optional(),
    targets: z.record(z.string(), z.array(z.string()).min(1)).optional(),
  }),
});
export type Trained = z.infer<typeof TrainedOn>["trained"];

/**
 * `base` with `group`'s targets (weights, bias, thresholds) in place of its own: what `npm run train -- --targets` writes,
 * and what `--check` builds again to compare. Why a merge and not a whole retrain: a retrain on every training file
 * helped risk to life and threats to staff on the held-out gate and set the other targets back (5 December, train-35),
 * so only some targets may move. The base's vocabulary is kept as it is, index for index, so every target not
 * retrained is byte for byte the committed one; a feature it lacks is appended in the order first met walking the
 * group's targets in the group's (the trainer's) order. The base's `trained` is kept; `trained.targets` records the
 * files each merged target learned from (`group.trained.files`).
 */
export function mergeTargets(base: Weights, group: Weights): Weights {
  const baseTrained = TrainedOn.parse(base).trained;
  const groupFiles = TrainedOn.parse(group).trained.files;
  const vocabulary = [...base.vocabulary];
  const index = new Map(vocabulary.map((name, i) => [name, i]));
  const targets = { ...base.targets };
  const files = { ...baseTrained.targets };
  for (const [id, target] of Object.entries(group.targets)) {
    const weights = target.weights.map((value, k) => {
      if (k % 2 === 1) return value; // [index, weight, index, weight, …]: only the indices move
      const name = group.vocabulary[value];
      if (name === undefined) throw new Error(`${id}: weight index ${value} is past the vocabulary`);
      if (!index.has(name)) index.set(name, vocabulary.push(name) - 1);
      return index.get(name)!;
    });
    targets[id] = { ...target, weights };
    files[id] = [...groupFiles];
  }
  return { ...base, trained: { ...(base.trained as object), targets: files }, vocabulary, targets };
}

/** The groups of targets a weights file says were trained on files of their own (`trained.targets`), each with its files, in the file's order. */
export function targetGroups(trained: Trained | undefined): Array<{ ids: string[]; files: string[] }> {
  const groups = new Map<string, { ids: string[]; files: string[] }>();
  for (const [id, files] of Object.entries(trained?.targets ?? {})) {
    const key = JSON.stringify(files);
    if (!groups.has(key)) groups.set(key, { ids: [], files });
    groups.get(key)!.ids.push(id);
  }
  return [...groups.values()];
}
