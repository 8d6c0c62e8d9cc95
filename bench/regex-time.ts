/**
 * Each pattern the classifier runs, timed on the texts it ran it on (issue #13): classifies every 8th dev and training
 * message twice, records the texts each pattern object read the second time (up to 400 each), then times every pattern
 * object on its own texts, in the same process, as the classifier left it. Prints the total and the costliest patterns.
 *
 *   npx tsx bench/regex-time.ts [--top 25] [--native]
 *
 * Why in the classifier's own process, on its own pattern objects: V8 runs the same pattern several times slower or
 * faster depending on how it was first compiled (docs/decisions/0010-regex-speed.md), so a pattern copied into a
 * micro-benchmark, or a rewrite of it, is not timed as the classifier runs it. `--native` sets V8's
 * `--regexp-tier-up-ticks=0` before any pattern is compiled (every pattern compiled to machine code on first use, none
 * interpreted first), for comparison. Held-out files are never read.
 */
import v8 from "node:v8";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
// Before any pattern is compiled: the modules below are loaded after this line.
if (process.argv.includes("--native")) v8.setFlagsFromString("--regexp-tier-up-ticks=0");
const top = Number(arg("--top") ?? 25);

const { classify } = await import("../src/policy/classifier/classify");
const { classifierOptions } = await import("../src/policy/classifier/options");
const { getPack } = await import("../src/policy/packs/index");
const { EMPTY_HISTORY } = await import("../src/policy/contact");
const { CORPUS_STAFF } = await import("../dev/eval/staff");
const { corpusMessages } = await import("./message");

const NOW = "2026-11-25T10:00:00.000Z";
const pack = getPack("warwickshire");
const messages = corpusMessages().filter((_, i) => i % 8 === 0);
const classifyAll = () => {
  for (const m of messages) {
    const options = classifierOptions(pack, { staffDomains: ["opcc.example.gov.uk"], staffNames: CORPUS_STAFF, history: EMPTY_HISTORY, now: NOW });
    classify({ from: "pat@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: m.subject, body: m.body, receivedAt: NOW }, options);
  }
};
classifyAll();

// Every pattern object's texts, as `exec` is given them (test, match, replace and split call it too).
const texts = new Map<RegExp, string[]>();
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (this: RegExp, text: string) {
  let read = texts.get(this);
  if (!read) texts.set(this, (read = []));
  if (read.length < 400) read.push(text);
  return exec.call(this, text);
};
classifyAll();
RegExp.prototype.exec = exec;

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
/** CPU ms for three passes over a pattern's texts: every match of a global or sticky one, the first of another. */
const timed = (pattern: RegExp, read: readonly string[]) => {
  const start = cpuMs();
  for (let pass = 0; pass < 3; pass += 1)
    for (const text of read) {
      pattern.lastIndex = 0;
      if (!pattern.global && !pattern.sticky) pattern.exec(text);
      else for (let m = pattern.exec(text); m; m = pattern.exec(text)) if (m[0].length === 0) pattern.lastIndex += 1;
    }
  return cpuMs() - start;
};
const bySource = new Map<string, number>();
for (const [pattern, read] of texts) {
  timed(pattern, read);
  const runs = [timed(pattern, read), timed(pattern, read), timed(pattern, read)].sort((a, b) => a - b);
  const key = `/${pattern.source.slice(0, 90)}${pattern.source.length > 90 ? "…" : ""}/${pattern.flags}`;
  bySource.set(key, (bySource.get(key) ?? 0) + runs[1]!);
}
const total = [...bySource.values()].reduce((a, b) => a + b, 0);
console.log(`${messages.length} dev and training messages, ${texts.size} pattern objects; ${process.argv.includes("--native") ? "every pattern compiled to machine code on first use" : "V8's default tier-up"}`);
console.log(`all patterns on their texts, three passes: ${total.toFixed(1)} ms CPU`);
for (const [key, ms] of [...bySource].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms.toFixed(2).padStart(8)} ms  ${key}`);
