/**
 * Where the classifier's time goes (issue #13), without running the whole benchmark: classifies the benchmark's 2 KB
 * message (or the dev and training corpus messages, `--corpus`) over and over under V8's sampling profiler, a
 * tokenising pass over the same text after each, and prints each part's time per message as a multiple of that pass —
 * the yardstick `npm run bench` prints, which a busy machine moves less than it moves milliseconds. Parts are alert
 * rules by id (their patterns and guards), the classifier's own functions, and every other pattern by its opening
 * characters and the function running it. Shares are of CPU samples, so another process's load is not counted.
 *
 *   npx tsx bench/profile.ts [--scorer] [--corpus | --hostile NAME] [--bytes 2048] [--seconds 20] [--top 40] [--root DIR]
 *
 * `--hostile NAME` profiles one of the benchmark's 1 MB hostile inputs ("mixed", "deadlines" …: bench/classifier.bench.ts).
 *
 * `--root DIR` profiles another checkout's src/ (`git archive COMMIT src package.json | tar -x -C DIR`: without package.json
 * it would load as CommonJS and run slower, bench/checkout.ts), to compare before and after.
 * Held-out files are never read: `--corpus` takes the dev and training files only.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { esmCheckout } from "./checkout";
import { benchBody, corpusMessages, hostileText, type BenchMessage } from "./message";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const withScorer = process.argv.includes("--scorer");
const fromCorpus = process.argv.includes("--corpus");
const seconds = Number(arg("--seconds") ?? 20);
const top = Number(arg("--top") ?? 40);
const root = esmCheckout(arg("--root") ?? join(import.meta.dirname, ".."));
const src = join(root, "src/policy");

// Another checkout's modules, loaded by path: typed as this checkout's own.
const { classify } = (await import(join(src, "classifier/classify.ts"))) as typeof import("../src/policy/classifier/classify");
const { classifierOptions } = (await import(join(src, "classifier/options.ts"))) as typeof import("../src/policy/classifier/options");
const { getPack } = (await import(join(src, "packs/index.ts"))) as typeof import("../src/policy/packs/index");
const { EMPTY_HISTORY } = (await import(join(src, "contact.ts"))) as typeof import("../src/policy/contact");
const { fold } = (await import(join(src, "text/normalise.ts"))) as typeof import("../src/policy/text/normalise");
const { tokenize } = (await import(join(src, "classifier/tokens.ts"))) as typeof import("../src/policy/classifier/tokens");
const { loadScorer } = (await import(join(src, "scorer/join.ts"))) as typeof import("../src/policy/scorer/join");
const { ALERT_RULES } = (await import(join(src, "alerts/detect.ts"))) as typeof import("../src/policy/alerts/detect");
// Absent from checkouts before rules read the office's staff names.
const staffNames = await import(join(src, "text/staff-names.ts")).then(
  (m: typeof import("../src/policy/text/staff-names")) => m.staffNames,
  () => undefined,
);

const STAFF = ["Casey Worker", "Morgan Reid", "Sam Carter", "Dana Chief"];
const NOW = "2026-11-25T10:00:00.000Z";

type Message = BenchMessage;
const hostile = arg("--hostile");
const messages: Message[] = fromCorpus
  ? corpusMessages()
  : [{ subject: "Complaint", body: hostile ? hostileText(hostile) : benchBody(Number(arg("--bytes") ?? 2048)) }];

const pack = getPack("warwickshire");
const scorer = withScorer ? loadScorer(JSON.parse(readFileSync(join(src, "scorer/weights.json"), "utf8"))) : undefined;
function classifyOne(m: Message): unknown {
  const options = classifierOptions(pack, { staffDomains: ["opcc.example.gov.uk"], staffNames: STAFF, history: EMPTY_HISTORY, now: NOW, ...(scorer ? { scorer } : {}) });
  return classify({ from: "pat@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: m.subject, body: m.body, receivedAt: NOW }, options);
}
/** The yardstick, as the benchmark takes it: fold, then words. Named so the profile can find it. */
function tokenisingPass(m: Message): unknown {
  return tokenize(fold(`${m.subject}\n${m.body}`).text);
}

/** One round over the messages: the only calls the figures count (the warm-up's are left out by name). */
function measuredRound(): void {
  for (const m of messages) {
    classifyOne(m);
    tokenisingPass(m);
  }
}
function warmUp(): void {
  for (const m of messages) {
    classifyOne(m);
    tokenisingPass(m);
  }
}

// V8 names a pattern in a profile only when it was compiled with the profiler on, and an in-process session starts
// too late for that: the script runs itself again under --cpu-prof and reads the profile that writes.
if (!process.env.CLASSIFIER_PROFILE_DIR) {
  const dir = mkdtempSync(join(tmpdir(), "classifier-profile-"));
  const child = spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-interval", "50", ...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: { ...process.env, CLASSIFIER_PROFILE_DIR: dir },
  });
  if (child.status !== 0) process.exit(child.status ?? 1);
  const written = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  // The largest profile is the script's own (tsx's loader thread writes one too).
  const [largest] = written.map((f) => join(dir, f)).sort((a, b) => statSync(b).size - statSync(a).size);
  report(JSON.parse(readFileSync(largest!, "utf8")) as Profile, Number(readFileSync(join(dir, "rounds"), "utf8")));
  rmSync(dir, { recursive: true });
} else {
  for (let i = 0; i < 3; i += 1) warmUp();
  let rounds = 0;
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    measuredRound();
    rounds += 1;
  }
  writeFileSync(join(process.env.CLASSIFIER_PROFILE_DIR, "rounds"), String(rounds));
}

interface Profile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

function report(profile: Profile, rounds: number): void {
// Pattern source → alert rule ids, for the office's names and name-blind. A profile names a pattern by the first
// PROFILED characters of its source only.
const PROFILED = 1024;
const ruleOf = new Map<string, string>();
const staff = staffNames?.(STAFF);
const name = (source: string, id: string) => {
  const key = source.slice(0, PROFILED);
  const known = ruleOf.get(key);
  if (!known?.split(" or ").includes(id)) ruleOf.set(key, known ? `${known} or ${id}` : id);
};
for (const rule of ALERT_RULES) {
  name(rule.pattern.source, rule.id);
  if (rule.named && staff) name(rule.named(staff).source, rule.id);
}

type Node = Profile["nodes"][number];
const byId = new Map<number, Node>(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const file = (n: Node) => n.callFrame.url.replace(/^.*\/(src|bench|node_modules)\//, "$1/");
const fnName = (n: Node) => `${n.callFrame.functionName || "(anonymous)"} ${file(n)}`;

/** What a sample's time is charged to: a rule's pattern by its id, another pattern by its caller, else the function. */
function part(n: Node): string {
  const name = n.callFrame.functionName;
  if (n.callFrame.url === "" && name.startsWith("RegExp: ")) {
    const source = name.slice("RegExp: ".length);
    const rule = ruleOf.get(source.slice(0, PROFILED));
    if (rule) return `rule ${rule} (pattern)`;
    const caller = parent.has(n.id) ? byId.get(parent.get(n.id)!) : undefined;
    return `/${source.slice(0, 50)}${source.length > 50 ? "…" : ""}/ in ${caller ? fnName(caller) : "?"}`;
  }
  return fnName(n);
}

const self = new Map<string, number>();
const stage = new Map<string, number>();
/** Time with each function anywhere on the stack (counted once per sample): what it costs with all it calls. */
const inclusive = new Map<string, number>();
let passUs = 0;
let classifyUs = 0;
const deltas = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const us = deltas[i + 1] ?? 0;
  let n = byId.get(id)!;
  let measured = false;
  for (let up: number | undefined = id; up !== undefined && !measured; up = parent.get(up)) measured = byId.get(up)!.callFrame.functionName === "measuredRound";
  if (!measured) return;
  self.set(part(n), (self.get(part(n)) ?? 0) + us);
  const onStack = new Set<string>();
  for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) onStack.add(part(byId.get(up)!));
  for (const k of onStack) inclusive.set(k, (inclusive.get(k) ?? 0) + us);
  // Walk up: a tokenising pass, or classify and the stage of it the sample is in (classify's direct callee).
  let below: Node | undefined;
  for (let cur: Node | undefined = n; cur; below = cur, cur = parent.has(cur.id) ? byId.get(parent.get(cur.id)!) : undefined) {
    if (cur.callFrame.functionName === "tokenisingPass") {
      passUs += us;
      return;
    }
    if (cur.callFrame.functionName === "classify" && cur.callFrame.url.endsWith("classify.ts")) {
      // The outermost classify (a long body's tail is classified again inside it).
      let outer = cur;
      for (let up = parent.get(cur.id); up !== undefined; up = parent.get(up)) {
        const u = byId.get(up)!;
        if (u.callFrame.functionName === "classify" && u.callFrame.url.endsWith("classify.ts")) outer = u;
      }
      if (outer !== cur) n = cur;
      classifyUs += us;
      const key = below ? part(below) : "classify (own code)";
      stage.set(key, (stage.get(key) ?? 0) + us);
      return;
    }
  }
});

const perMessage = rounds * messages.length;
const multiple = (us: number) => (passUs > 0 ? us / passUs : NaN);
console.log(
  `${messages.length === 1 ? `bench message, ${messages[0]!.body.length} characters` : `${messages.length} dev and training messages`}; ${withScorer ? "rules and the learned scorer" : "rules alone"}; ${root}`,
);
console.log(`${perMessage} classifications in ${seconds} s; classify ${multiple(classifyUs).toFixed(2)}× one tokenising pass (${(classifyUs / perMessage).toFixed(1)} µs vs ${(passUs / perMessage).toFixed(1)} µs per message)`);
const show = (title: string, m: Map<string, number>) => {
  console.log(`\n${title} (× one tokenising pass)`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${multiple(us).toFixed(3).padStart(7)}  ${k}`);
};
show("classify's stages: what it calls, with all they call", stage);
show("inclusive time: each function with all it calls", inclusive);
show("self time: alert rules' patterns by id, other patterns by the function running them, functions", self);
}
