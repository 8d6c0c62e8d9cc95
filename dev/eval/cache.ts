import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Predictions on the big public corpora, kept in .cache/eval between runs while nothing the
 * classifier reads has changed: the key hashes every file under src/policy, the lock file (a
 * library's version changes what it finds) and the corpus's texts. `npm test` then spends its
 * seconds on them only after a change to the classifier. Delete .cache/eval to start again.
 */
const ROOT = join(import.meta.dirname, "../..");
const DIR = join(ROOT, ".cache/eval");

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
}

let sourceHash: string | undefined;
function classifierHash(): string {
  if (!sourceHash) {
    const h = createHash("sha256");
    for (const file of [...files(join(ROOT, "src/policy")), join(ROOT, "package-lock.json")]) h.update(file.slice(ROOT.length)).update(readFileSync(file));
    sourceHash = h.digest("hex");
  }
  return sourceHash;
}

/** `predict` over the texts, or what it answered last time for the same classifier and texts. */
export function cachedPredictions(name: string, texts: readonly string[], predict: (text: string) => boolean): boolean[] {
  const h = createHash("sha256").update(classifierHash());
  for (const t of texts) h.update(t).update("\u0000");
  const file = join(DIR, `${name.replace(/[^a-z0-9-]+/gi, "_")}-${h.digest("hex").slice(0, 16)}.json`);
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, "utf8")) as unknown;
    if (Array.isArray(kept) && kept.length === texts.length) return kept.map(Boolean);
  }
  const out = texts.map(predict);
  mkdirSync(DIR, { recursive: true });
  writeFileSync(file, JSON.stringify(out.map(Number)));
  return out;
}
