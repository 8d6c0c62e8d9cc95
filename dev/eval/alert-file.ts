/**
 * `npx tsx dev/eval/alert-file.ts FILE... [--rules-only] [--misses]`: alert recall per kind and
 * false alerts on any training or development alerts file (JSON lines as CORPUS.md describes),
 * each file on its own and all together. Made to measure a writer's new training rows BEFORE
 * anyone reads them (figures only), then after each rule change. `--misses` lists the rows the
 * rules get wrong — only for a file you may read; a held-out file is refused outright (only
 * `npm run eval` reads those).
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { ALERT_KINDS, type AlertKind } from "../../src/policy/alerts/types";
import { classify } from "../../src/policy/classifier/classify";
import { EMPTY_HISTORY } from "../../src/policy/contact";
import { classifierOptions } from "../../src/policy/classifier/options";
import { getPack } from "../../src/policy/packs/index";
import type { RestrictionKind } from "../../src/policy/restrictions";
import { STAFF_DOMAINS } from "./office";
import { evalScorer } from "./scorer";

interface Row {
  id: string;
  pack: string;
  from: string;
  to: string[];
  cc?: string[];
  subject: string;
  body: string;
  receivedAt: string;
  attachments?: number;
  expect: { alerts?: AlertKind[] };
  context?: { strategy?: { restrictions: RestrictionKind[]; closedMatter?: string } };
  group?: string;
}

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith("--"));
const misses = args.includes("--misses");
if (files.some((f) => /held-out/.test(basename(f)))) throw new Error("a held-out file is read only by `npm run eval`");
if (!files.length) throw new Error("usage: npx tsx dev/eval/alert-file.ts FILE... [--rules-only] [--misses]");

function predict(row: Row): AlertKind[] {
  const strategy = row.context?.strategy;
  const context = strategy && { restrictions: strategy.restrictions, ...(strategy.closedMatter ? { closedMatter: strategy.closedMatter } : {}) };
  const result = classify(
    { id: row.id, from: row.from, to: row.to, cc: row.cc ?? [], subject: row.subject, body: row.body, receivedAt: row.receivedAt, attachments: row.attachments ?? 0 },
    classifierOptions(getPack(row.pack), { staffDomains: STAFF_DOMAINS, history: EMPTY_HISTORY, now: row.receivedAt, scorer: evalScorer, ...(context ? { strategy: context } : {}) }),
  );
  return result.alerts.map((a) => a.kind);
}

const pct = (n: number, d: number) => (d ? `${(n / d).toFixed(3)} (${n}/${d})` : "n/a");
const all: Array<{ row: Row; got: AlertKind[] }> = [];
function report(name: string, scored: Array<{ row: Row; got: AlertKind[] }>) {
  const want = (s: { row: Row }) => s.row.expect.alerts ?? [];
  let found = 0;
  let expected = 0;
  const parts: string[] = [];
  for (const kind of ALERT_KINDS) {
    const labelled = scored.filter((s) => want(s).includes(kind));
    const hit = labelled.filter((s) => s.got.includes(kind)).length;
    found += hit;
    expected += labelled.length;
    if (labelled.length) parts.push(`${kind} ${pct(hit, labelled.length)}`);
  }
  const none = scored.filter((s) => want(s).length === 0);
  const falseAlerts = none.filter((s) => s.got.length > 0).length;
  console.log(`${name}: ${parts.join(", ")}; overall ${pct(found, expected)}; false alerts ${pct(falseAlerts, none.length)}`);
}
for (const file of files) {
  const rows = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  const scored = rows.map((row) => ({ row, got: predict(row) }));
  all.push(...scored);
  report(file, scored);
  if (!misses) continue;
  for (const s of scored) {
    const exp = s.row.expect.alerts ?? [];
    const missed = exp.filter((k) => !s.got.includes(k));
    const extra = s.got.filter((k) => !exp.includes(k));
    if (missed.length || extra.length) console.log(`    ${s.row.id} [${s.row.group ?? ""}] missed ${JSON.stringify(missed)} extra ${JSON.stringify(extra)}: ${s.row.subject}`);
  }
}
if (files.length > 1) report("all", all);
