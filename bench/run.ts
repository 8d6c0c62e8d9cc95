/**
 * `npm run bench`: runs every `bench/*.bench.ts` in turn (or those named on the command
 * line) and prints their figures. Each module exports `run(): Promise<void>`.
 * Benchmarks print measurements; they never fail a build on timing.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const all = readdirSync(here).filter((f) => f.endsWith(".bench.ts")).sort();
const unknown = wanted.filter((w) => !all.some((f) => f.startsWith(w)));
if (unknown.length > 0) {
  console.error(`No benchmark named ${unknown.join(", ")}. Known: ${all.map((f) => f.replace(/\.bench\.ts$/, "")).join(", ")}.`);
  process.exit(2);
}
const files = all.filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)));

for (const file of files) {
  console.log(`\n## ${file.replace(/\.bench\.ts$/, "")}`);
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { run: () => Promise<void> };
  await mod.run();
}
