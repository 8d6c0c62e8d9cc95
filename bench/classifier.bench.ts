import { classify } from "../src/policy/classifier/classify";
import { EMPTY_HISTORY } from "../src/policy/contact";
import { classifierOptions } from "../src/policy/classifier/options";
import { getPack } from "../src/policy/packs/index";
import { htmlToText } from "../src/policy/text/html";
import { fold } from "../src/policy/text/normalise";
import { tokenize } from "../src/policy/classifier/tokens";
import type { Scorer } from "../src/policy/scorer/types";
import { loadModel, scoreText } from "../src/policy/scorer/model";
import weights from "../src/policy/scorer/weights.json";
import { loadLearnedScorer } from "../src/app/learned-scorer";
import { CORPUS_STAFF } from "../dev/eval/staff";
import { benchBody, HOSTILE, hostileText } from "./message";

/**
 * Classifier throughput on one core: messages per second at 2 KB and 50 KB, p99 latency at
 * 50 KB, and 1 MB of hostile input. Targets (issue #5): ≥ 2,000 msg/s at 2 KB; p99 ≤ 10 ms
 * at 50 KB; 1 MB hostile < 1 s. Printed, never asserted: timing belongs here, not in unit tests.
 * Each size also prints the time per message as a multiple of one tokenising pass over the same
 * text (issue #13): a figure a busy machine does not move, since it slows both alike.
 * Each is measured with the rules alone and with the learned scorer loaded, as the CLI and the
 * pane run it once its weights have arrived (src/app/learned-scorer.ts).
 */
const pack = getPack("warwickshire");
const NOW = "2026-11-25T10:00:00.000Z";

/** The learned scorer for this run, when its weights load; undefined measures the rules alone. */
let scorer: Scorer | undefined;

function once(text: string): number {
  const start = performance.now();
  classify(
    { from: "pat@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: "Complaint", body: text, receivedAt: NOW },
    // An office that names its staff (config staffNames), as the eval's does: the name patterns are part of the cost.
    classifierOptions(pack, { staffDomains: ["opcc.example.gov.uk"], staffNames: CORPUS_STAFF, history: EMPTY_HISTORY, now: NOW, ...(scorer ? { scorer } : {}) }),
  );
  return performance.now() - start;
}

/** One tokenising pass over the same text (fold, then words): the yardstick a noisy machine slows as much as the classifier. */
function tokenisingPass(text: string): number {
  const start = performance.now();
  tokenize(fold(text).text);
  return performance.now() - start;
}

/** CPU time this process has used, in ms: a slice the scheduler gave to another process is not counted. */
function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/**
 * msg/s, p50 and p99 are wall-clock (what a caseworker waits for). The multiple of one tokenising
 * pass is CPU time, in blocks of classifications and of tokenising passes taken in turn, and the
 * median block's: on a shared machine a wall-clock sum counts every time the process was made to
 * wait, and a long classification is made to wait more often than a short pass.
 */
function measure(label: string, text: string, runs: number): void {
  for (let i = 0; i < 20; i += 1) once(text); // warm the JIT
  for (let i = 0; i < 20; i += 1) tokenisingPass(text);
  const block = Math.max(1, Math.round(runs / 100));
  const times: number[] = [];
  const classifyCpu: number[] = [];
  const passCpu: number[] = [];
  for (let done = 0; done < runs; done += block) {
    let start = cpuMs();
    for (let i = 0; i < block; i += 1) times.push(once(text));
    classifyCpu.push(cpuMs() - start);
    start = cpuMs();
    for (let i = 0; i < block; i += 1) tokenisingPass(text);
    passCpu.push(cpuMs() - start);
  }
  times.sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const multiple = median(classifyCpu.map((c, i) => c / Math.max(passCpu[i]!, 1e-3)));
  console.log(
    `  ${label.padEnd(8)} ${(1000 / (total / times.length)).toFixed(0).padStart(6)} msg/s   p50 ${p(0.5).toFixed(2)} ms   p99 ${p(0.99).toFixed(2)} ms   ${multiple.toFixed(1)}× one tokenising pass (CPU)   (${times.length} runs)`,
  );
}

/** The learned scorer alone (scoring only, without the rules): what it adds to each message's time. */
function scorerCost(label: string, text: string, runs: number): void {
  const model = loadModel(weights);
  for (let i = 0; i < 20; i += 1) scoreText(model, text).probability("abusive");
  const start = performance.now();
  for (let i = 0; i < runs; i += 1) scoreText(model, text).probability("abusive");
  console.log(`  learned scorer alone, ${label}: ${((performance.now() - start) / runs).toFixed(3)} ms per message`);
}

function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

export async function run(): Promise<void> {
  let learned: Scorer | undefined;
  try {
    learned = await loadLearnedScorer();
  } catch (error) {
    console.log(`  (the learned scorer did not load: ${error instanceof Error ? error.message : String(error)})`);
  }
  for (const withScorer of learned ? [false, true] : [false]) {
    scorer = withScorer ? learned : undefined;
    console.log(`classifier (one core), ${withScorer ? "rules and the learned scorer" : "rules alone"}`);
    measure("2 KB", benchBody(2_048), 2_000);
    measure("50 KB", benchBody(51_200), 1_000);
    console.log("  1 MB of hostile input (wording analysed to 200,000 characters; volume signals see all):");
    let worst = 0;
    for (const label of Object.keys(HOSTILE)) {
      const ms = once(hostileText(label));
      worst = Math.max(worst, ms);
      console.log(`    ${label.padEnd(18)} ${ms.toFixed(0).padStart(5)} ms`);
    }
    console.log(`    worst              ${worst.toFixed(0).padStart(5)} ms`);
  }
  if (learned) {
    scorerCost("2 KB", `Complaint\n${benchBody(2_048)}`, 2_000);
    scorerCost("50 KB", `Complaint\n${benchBody(51_200)}`, 200);
  }
  const nested = `${"<div>".repeat(200_000)}deep${"</div>".repeat(200_000)}`;
  console.log(`  htmlToText, 2 MB of nested <div> (cut to 1 MB first): ${timed(() => htmlToText(nested)).toFixed(0)} ms`);
  const paragraphs = `${"<p>".repeat(330_000)}<p>Casey, I know where you live.</p>`;
  console.log(`  htmlToText, 1 MB of <p> (read past 10,000 tags in one streaming pass): ${timed(() => htmlToText(paragraphs)).toFixed(0)} ms`);
  const huge = `<p>${"You idiot. ".repeat(1_000_000)}</p>`;
  console.log(`  htmlToText, 11 MB body (cut to 1 MB first): ${timed(() => htmlToText(huge)).toFixed(0)} ms`);
}
