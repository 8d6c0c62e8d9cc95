/**
 * Before and after, on a shared machine (issue #13): the classifier of two or more checkouts' src/ (`git archive COMMIT
 * src package.json | tar -x -C DIR`: without package.json it would load as CommonJS and run slower, bench/checkout.ts) loaded into one process and timed in alternating blocks, each block's time per message taken as
 * a multiple of a tokenising pass over the same messages right after it (CPU time). Another process's load slows the
 * blocks either side of it alike, so the median of each pair's ratio to the first checkout's block moves far less than
 * either figure alone.
 *
 *   npx tsx bench/compare.ts [--scorer] [--corpus | --bytes 2048] [--rounds 40] DIR_BEFORE DIR_AFTER…
 *
 * Messages: the benchmark's 2 KB message (bench/classifier.bench.ts; `--bytes 51200` for its 50 KB one), or with
 * `--corpus` every 8th message of the dev and training files (never a held-out file), as bench/profile.ts reads them.
 * Each checkout's median CPU time per message is printed beside its multiple: a change to folding or tokenising moves
 * the yardstick too, and shows only there.
 *
 * `--turns N` times each checkout in a process of its own instead, N turns each, taking turns (the order rotating each
 * turn), and compares the medians of each checkout's turns. In one process, two copies of the same src/ read as
 * different: at load 7–11 on 5 December, main against a copy of itself gave paired ratios of 1.025 and 0.990 at 2 KB,
 * 1.183 as the third of three checkouts, and 1.097 and 1.394 with --corpus — more than most changes move it. Each
 * process is one checkout alone, as the benchmark runs; a turn's multiple is its process's median block.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_STAFF } from "../dev/eval/staff";
import { esmCheckout } from "./checkout";
import { benchBody, corpusMessages, type BenchMessage } from "./message";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const withScorer = process.argv.includes("--scorer");
const fromCorpus = process.argv.includes("--corpus");
const rounds = Number(arg("--rounds") ?? 40);
const bytes = Number(arg("--bytes") ?? 2048);
const turns = Number(arg("--turns") ?? 0);
/** Set in a process `--turns` started: one checkout, its figures printed as JSON for the process that started it. */
const alone = process.argv.includes("--alone");
const valued = new Set(["--rounds", "--bytes", "--turns"]);
const roots = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !valued.has(all[i - 1]!)).map((r) => esmCheckout(r));
if (roots.length < (alone ? 1 : 2)) throw new Error("usage: npx tsx bench/compare.ts [--scorer] [--corpus | --bytes N] [--rounds N] [--turns N] DIR_BEFORE DIR_AFTER…");

if (turns > 0) {
  const options = [...(withScorer ? ["--scorer"] : []), ...(fromCorpus ? ["--corpus"] : []), "--bytes", String(bytes), "--rounds", String(rounds)];
  const byRoot = roots.map(() => [] as Array<{ multiple: number; perMessage: number }>);
  for (let t = 0; t < turns; t += 1) {
    for (let k = 0; k < roots.length; k += 1) {
      const j = (t + k) % roots.length;
      const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, "--alone", ...options, roots[j]!], { encoding: "utf8" });
      if (child.status !== 0) throw new Error(`${roots[j]}: ${child.stderr}`);
      byRoot[j]!.push(JSON.parse(child.stdout.trim().split("\n").at(-1)!) as { multiple: number; perMessage: number });
    }
  }
  const middle = (xs: readonly number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const half = sorted.length >> 1;
    return sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
  };
  const first = middle(byRoot[0]!.map((r) => r.multiple));
  console.log(`${fromCorpus ? "every 8th dev and training message" : `the benchmark's ${bytes}-character message`}, ${withScorer ? "rules and the learned scorer" : "rules alone"}, ${turns} turns of ${rounds} rounds, a process each`);
  roots.forEach((root, j) => {
    const multiples = byRoot[j]!.map((r) => r.multiple);
    const ratio = j === 0 ? "" : `   median to the first's ${(middle(multiples) / first).toFixed(3)}`;
    console.log(`  ${middle(multiples).toFixed(2).padStart(6)}× one tokenising pass (median turn; turns ${Math.min(...multiples).toFixed(2)}–${Math.max(...multiples).toFixed(2)}), ${middle(byRoot[j]!.map((r) => r.perMessage)).toFixed(0)} µs CPU per message${ratio}   ${root}`);
  });
  process.exit(0);
}

const NOW = "2026-11-25T10:00:00.000Z";
type Message = BenchMessage;
const benchMessage = (): Message => ({ subject: "Complaint", body: benchBody(bytes) });
/** Every eighth development and training message: enough to time, quick to run in rounds. */
const messages = fromCorpus ? corpusMessages().filter((_, i) => i % 8 === 0) : Array.from({ length: Math.max(2, Math.round((40 * 2048) / bytes)) }, benchMessage);

interface Checkout {
  name: string;
  classifyAll: () => void;
  tokeniseAll: () => void;
}
const checkouts: Checkout[] = [];
for (const root of roots) {
  const src = join(root, "src/policy");
  // Another checkout's modules, loaded by path: typed as this checkout's own.
  const { classify } = (await import(join(src, "classifier/classify.ts"))) as typeof import("../src/policy/classifier/classify");
  const { classifierOptions } = (await import(join(src, "classifier/options.ts"))) as typeof import("../src/policy/classifier/options");
  const { getPack } = (await import(join(src, "packs/index.ts"))) as typeof import("../src/policy/packs/index");
  const { EMPTY_HISTORY } = (await import(join(src, "contact.ts"))) as typeof import("../src/policy/contact");
  const { fold } = (await import(join(src, "text/normalise.ts"))) as typeof import("../src/policy/text/normalise");
  const { tokenize } = (await import(join(src, "classifier/tokens.ts"))) as typeof import("../src/policy/classifier/tokens");
  const { loadScorer } = (await import(join(src, "scorer/join.ts"))) as typeof import("../src/policy/scorer/join");
  const scorer = withScorer ? loadScorer(JSON.parse(readFileSync(join(src, "scorer/weights.json"), "utf8"))) : undefined;
  const pack = getPack("warwickshire");
  checkouts.push({
    name: root,
    classifyAll: () => {
      for (const m of messages) {
        const options = classifierOptions(pack, { staffDomains: ["opcc.example.gov.uk"], staffNames: CORPUS_STAFF, history: EMPTY_HISTORY, now: NOW, ...(scorer ? { scorer } : {}) });
        classify({ from: "pat@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: m.subject, body: m.body, receivedAt: NOW }, options);
      }
    },
    // Each checkout's own yardstick: a change to folding moves both sides of its multiple.
    tokeniseAll: () => {
      for (const m of messages) tokenize(fold(`${m.subject}\n${m.body}`).text);
    },
  });
}

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
for (const c of checkouts)
  for (let i = 0; i < 3; i += 1) {
    c.classifyAll();
    c.tokeniseAll();
  }
const multiples = checkouts.map(() => [] as number[]);
/** CPU µs per message of each block. */
const perMessage = checkouts.map(() => [] as number[]);
for (let r = 0; r < rounds; r += 1) {
  checkouts.forEach((c, j) => {
    let start = cpuMs();
    c.classifyAll();
    const classified = cpuMs() - start;
    perMessage[j]!.push((classified * 1000) / messages.length);
    start = cpuMs();
    c.tokeniseAll();
    multiples[j]!.push(classified / Math.max(cpuMs() - start, 1e-3));
  });
}
if (alone) {
  console.log(JSON.stringify({ multiple: median(multiples[0]!), perMessage: median(perMessage[0]!) }));
  process.exit(0);
}
console.log(`${fromCorpus ? `${messages.length} dev and training messages` : `the benchmark's ${bytes}-character message`}, ${withScorer ? "rules and the learned scorer" : "rules alone"}, ${rounds} rounds`);
checkouts.forEach((c, j) => {
  const ratio = j === 0 ? "" : `   paired ratio to the first ${median(multiples[j]!.map((m, k) => m / multiples[0]![k]!)).toFixed(3)}`;
  console.log(`  ${median(multiples[j]!).toFixed(2).padStart(6)}× one tokenising pass (median block), ${median(perMessage[j]!).toFixed(0)} µs CPU per message${ratio}   ${c.name}`);
});
