/**
 * Output identity for speed work (issue #13): classifies every corpus message with the classifier
 * under `--root DIR` (a checkout's top folder; default this one) and writes one hash of
 * classify()'s JSON output per message, rules alone and rules with the learned scorer, to `--out`.
 * `--compare A B` then counts the messages compared and the mismatches between two such files.
 * Held-out rows are classified only to compare outputs: nothing of a row is printed, only its
 * corpus and line number when outputs differ.
 *
 *   git archive main src | tar -x -C .cache/base && npx tsx bench/identity.ts --root .cache/base --out .cache/base.txt
 *   npx tsx bench/identity.ts --out .cache/mine.txt && npx tsx bench/identity.ts --compare .cache/base.txt .cache/mine.txt
 *
 * `--dev` reads only the development and training files (no held-out file, no public test set) and prints one digest
 * of every output, so a speed change can be checked by anyone allowed to read only those files:
 *
 *   npx tsx bench/identity.ts --dev --out .cache/dev.txt      # → "digest 3f…": the same before and after the change
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { convabuse, davidson, hatecheck, jigsaw } from "../dev/eval/corpora";
import { staffOf } from "../dev/eval/staff";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

function compare(a: string, b: string): void {
  const read = (file: string) => new Map(readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => l.split("\t") as [string, string]));
  const left = read(a);
  const right = read(b);
  let mismatches = 0;
  for (const [key, hash] of left) {
    if (right.get(key) === hash) continue;
    mismatches += 1;
    if (mismatches <= 20) console.log(`  differs: ${key}`);
  }
  const missing = [...right.keys()].filter((k) => !left.has(k)).length;
  console.log(`${left.size} outputs compared (${right.size} on the right, ${missing} only there): ${mismatches} mismatches`);
  process.exitCode = mismatches || missing || left.size !== right.size ? 1 : 0;
}

interface Row {
  id?: string;
  pack?: string;
  from: string;
  to?: string[];
  cc?: string[];
  subject?: string;
  body: string;
  receivedAt: string;
  attachments?: number;
  context?: { strategy?: { restrictions: string[]; closedMatter?: string } };
}
interface History {
  pack: string;
  context?: { decisionsCommunicated?: string[]; warningsGiven?: string[] };
  messages: Row[];
}

async function classifyAll(root: string, out: string, devOnly: boolean): Promise<void> {
  const src = join(root, "src/policy");
  const { classify } = await import(join(src, "classifier/classify.ts"));
  const { classifierOptions } = await import(join(src, "classifier/options.ts"));
  const { getPack } = await import(join(src, "packs/index.ts"));
  const { addressingOf } = await import(join(src, "address.ts"));
  const { loadScorer } = await import(join(src, "scorer/join.ts"));
  const learned = loadScorer(JSON.parse(readFileSync(join(src, "scorer/weights.json"), "utf8")));
  const STAFF = ["opcc.example.gov.uk"];
  const lines: string[] = [];
  const hash = (value: unknown) => createHash("sha1").update(JSON.stringify(value)).digest("hex");

  /** The staff the row's office names (dev/eval/staff.ts): the rules' name patterns and the scorer's staff word read them. */
  let staffNames: readonly string[] = [];
  const one = (key: string, row: Row, history = { contacts: [], decisionsCommunicated: [], warningsGiven: [] }) => {
    const pack = getPack(row.pack ?? "warwickshire");
    const strategy = row.context?.strategy;
    const message = { ...(row.id ? { id: row.id } : {}), from: row.from, to: row.to ?? [], cc: row.cc ?? [], subject: row.subject ?? "", body: row.body, receivedAt: row.receivedAt, attachments: row.attachments ?? 0 };
    let last: { fingerprint: unknown; categories: unknown } | undefined;
    for (const scorer of [undefined, learned]) {
      const options = classifierOptions(pack, { staffDomains: STAFF, history, now: row.receivedAt, ...(strategy ? { strategy } : {}), ...(scorer ? { scorer } : {}) });
      last = classify(message, options);
      lines.push(`${key}${scorer ? " +scorer" : ""}\t${hash(last)}`);
    }
    // As the eval and the pane read an office's mail: with its staff's names.
    if (staffNames.length) {
      const named = classify(message, classifierOptions(pack, { staffDomains: STAFF, staffNames, history, now: row.receivedAt, ...(strategy ? { strategy } : {}), scorer: learned }));
      lines.push(`${key} +scorer +staff\t${hash(named)}`);
    }
    return last!;
  };

  const corpus = join(import.meta.dirname, "../test/corpus");
  for (const dir of ["office-mail", "alerts"]) {
    const files = readdirSync(join(corpus, dir)).filter((f) => f.endsWith(".jsonl") && !(devOnly && f.includes("held-out")));
    for (const file of files.sort()) {
      const rows = readFileSync(join(corpus, dir, file), "utf8").split("\n").filter((l) => l.trim());
      staffNames = staffOf(join(corpus, dir, file));
      rows.forEach((line, i) => {
        const key = `${dir}/${file}:${i + 1}`;
        if (!file.startsWith("histories")) {
          one(key, JSON.parse(line) as Row);
          return;
        }
        const h = JSON.parse(line) as History;
        const contacts: unknown[] = [];
        h.messages.forEach((m, j) => {
          const history = {
            contacts: [...contacts],
            decisionsCommunicated: (h.context?.decisionsCommunicated ?? []).filter((d) => d <= m.receivedAt),
            warningsGiven: (h.context?.warningsGiven ?? []).filter((d) => d <= m.receivedAt),
          };
          // Histories are built from the rules' and the scorer's categories, as the pane records them.
          const result = one(`${key}#${j}`, { ...m, pack: h.pack }, history as never) as { fingerprint: unknown; categories: unknown };
          contacts.push({ at: m.receivedAt, subject: m.subject ?? "", fingerprint: result.fingerprint, ...addressingOf(m.to ?? [], m.cc ?? [], STAFF), categories: result.categories });
        });
      });
    }
  }
  const NOW = "2026-11-25T10:00:00.000Z";
  staffNames = [];
  const publicSets = devOnly ? [] : ([["hatecheck", hatecheck()], ["davidson", davidson()], ["convabuse", convabuse()], ["jigsaw", jigsaw()]] as const);
  for (const [name, cases] of publicSets) {
    cases.forEach((c, i) => one(`${name}:${i}`, { from: "someone@example.org", to: ["enquiries@opcc.example.gov.uk"], body: c.text, receivedAt: NOW }));
  }
  writeFileSync(out, `${lines.join("\n")}\n`);
  console.log(`${lines.length} outputs from ${root} written to ${out}; digest ${createHash("sha256").update(lines.join("\n")).digest("hex")}`);
}

const pair = process.argv.indexOf("--compare");
if (pair >= 0) compare(process.argv[pair + 1]!, process.argv[pair + 2]!);
else await classifyAll(resolve(arg("--root") ?? join(import.meta.dirname, "..")), arg("--out") ?? ".cache/identity.txt", process.argv.includes("--dev"));
