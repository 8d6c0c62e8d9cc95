/**
 * Alerts (issue #10): recall per kind and false alerts on look-alikes, on the alerts corpus's
 * dev and held-out parts (test/corpus/alerts, FORMAT.md), each reported on its own, and on
 * the office-mail corpus's rows that carry alert labels. Only dev misses are ever printed
 * (`--detail`): the held-out part is measured, never read to write rules.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_DIR, CORPUS_STAFF, OFFICE_FILES, STAFF_DOMAINS, type Part } from "./office";
import { z } from "zod";
import { ALERT_KINDS, type AlertKind } from "../../src/policy/alerts/types";
import { classify } from "../../src/policy/classifier/classify";
import { EMPTY_HISTORY } from "../../src/policy/contact";
import { classifierOptions } from "../../src/policy/classifier/options";
import { getPack } from "../../src/policy/packs/index";
import { RESTRICTION_KINDS } from "../../src/policy/restrictions";
import { evalScorer, TRAINED_ON } from "./scorer";
import { OTHER_STAFF, renameMessage, renamer, staffOf } from "./staff";
import type { Ratio } from "./floors";


/** An alerts-corpus row (FORMAT.md): what `npm run eval` and `dev/eval/files.ts` read. */
export const AlertRow = z.object({
  id: z.string(),
  pack: z.string(),
  from: z.string(),
  to: z.array(z.string()),
  cc: z.array(z.string()).default([]),
  subject: z.string(),
  body: z.string(),
  receivedAt: z.string(),
  attachments: z.number().optional(),
  expect: z.object({ alerts: z.array(z.enum(ALERT_KINDS)).default([]) }).passthrough(),
  context: z.object({ strategy: z.object({ restrictions: z.array(z.enum(RESTRICTION_KINDS)), closedMatter: z.string().optional() }).optional() }).passthrough().optional(),
  group: z.string().optional(),
  note: z.string().optional(),
});
type Row = z.infer<typeof AlertRow>;
export type { Row as AlertRowType };

function read(file: string): Row[] | undefined {
  // Only a dev file's misses are ever printed (report's showMisses); a held-out file is parsed to be scored, never shown.
  const path = join(CORPUS_DIR, file);
  if (!existsSync(path)) return undefined;
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = AlertRow.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file} line ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
      return parsed.data;
    });
}

/** The alert kinds the classifier raises on one row, judged with the strategy its `context` gives (new-matter needs it). */
export function predictAlerts(row: Row, staffNames: readonly string[] = CORPUS_STAFF): AlertKind[] {
  const pack = getPack(row.pack);
  const strategy = row.context?.strategy;
  const context = strategy && { restrictions: strategy.restrictions, ...(strategy.closedMatter ? { closedMatter: strategy.closedMatter } : {}) };
  const result = classify(
    { id: row.id, from: row.from, to: row.to, cc: row.cc, subject: row.subject, body: row.body, receivedAt: row.receivedAt, attachments: row.attachments ?? 0 },
    classifierOptions(pack, { staffDomains: STAFF_DOMAINS, staffNames, history: EMPTY_HISTORY, now: row.receivedAt, scorer: evalScorer, ...(context ? { strategy: context } : {}) }),
  );
  return result.alerts.map((a) => a.kind);
}

const pct = (n: number, d: number) => (d ? `${(n / d).toFixed(3)} (${n}/${d})` : "n/a (0 rows)");

/** Prints one part's figures, and returns them by name for floors.json; `showMisses` only for a dev part. */
function report(name: string, rows: Row[], showMisses: boolean, staff: readonly string[]): Map<string, Ratio> {
  const figures = new Map<string, Ratio>();
  const scored = rows.map((row) => ({ row, got: predictAlerts(row, staff) }));
  const labelled = scored.filter((s) => s.row.expect.alerts.length > 0);
  const lookAlikes = scored.filter((s) => s.row.expect.alerts.length === 0);
  console.log(`\n${name}: ${rows.length} messages (${labelled.length} with alerts, ${lookAlikes.length} without)`);
  let found = 0;
  let expected = 0;
  for (const kind of ALERT_KINDS) {
    const want = scored.filter((s) => s.row.expect.alerts.includes(kind));
    const hit = want.filter((s) => s.got.includes(kind)).length;
    const extra = scored.filter((s) => s.got.includes(kind) && !s.row.expect.alerts.includes(kind)).length;
    found += hit;
    expected += want.length;
    if (want.length) figures.set(`${kind} recall`, { hit, of: want.length });
    console.log(`  ${kind.padEnd(16)} recall ${pct(hit, want.length).padEnd(18)} raised where not labelled: ${extra}`);
  }
  console.log(`  ${"overall".padEnd(16)} recall ${pct(found, expected)}`);
  if (expected) figures.set("overall recall", { hit: found, of: expected });
  const falseAlerts = lookAlikes.filter((s) => s.got.length > 0);
  console.log(`  false alerts on messages without alerts: ${pct(falseAlerts.length, lookAlikes.length)}`);
  // Held as a floor like the others (higher is better): the share of messages without alerts left without one.
  if (lookAlikes.length) figures.set("look-alikes clear", { hit: lookAlikes.length - falseAlerts.length, of: lookAlikes.length });
  if (!showMisses) return figures;
  for (const s of scored) {
    const missed = s.row.expect.alerts.filter((k) => !s.got.includes(k));
    const extra = s.got.filter((k) => !s.row.expect.alerts.includes(k));
    if (missed.length || extra.length) console.log(`    ${s.row.id} [${s.row.group ?? ""}] missed ${JSON.stringify(missed)} extra ${JSON.stringify(extra)}: ${s.row.subject}`);
  }
  return figures;
}

/**
 * Measures alerts on the parts asked for (`--check` asks for the held-out parts only) and
 * returns each figure by name ("alerts/held-out risk-to-life recall", "office-mail/held-out alerts
 * look-alikes clear"): the names floors.json holds.
 */
/**
 * The alerts corpus's files for each part: the first set (dev.jsonl written with the rules,
 * held-out.jsonl blind), the second (dev-2.jsonl and held-out-2.jsonl, both written blind
 * from the policies by a writer who never read the rules), held-out-3.jsonl, held-out-4.jsonl and
 * held-out-5.jsonl, held-out-6.jsonl, held-out-7.jsonl, held-out-8.jsonl, held-out-10.jsonl, held-out-11.jsonl, held-out-12.jsonl, held-out-13.jsonl, held-out-14.jsonl, held-out-15.jsonl, held-out-16.jsonl, held-out-17.jsonl, held-out-18.jsonl, held-out-19.jsonl, held-out-20.jsonl, held-out-21.jsonl, held-out-22.jsonl, held-out-23.jsonl, held-out-24.jsonl, held-out-25.jsonl and held-out-26.jsonl (written blind, never seen by anyone before each was first measured). Each is reported on its own.
 */
const ALERT_FILES: Record<Part, readonly string[]> = { dev: ["dev", "dev-2"], "held-out": ["held-out", "held-out-2", "held-out-3", "held-out-4", "held-out-5", "held-out-6", "held-out-7", "held-out-8", "held-out-10", "held-out-11", "held-out-12", "held-out-13", "held-out-14", "held-out-15", "held-out-16", "held-out-17", "held-out-18", "held-out-19", "held-out-20", "held-out-21", "held-out-22", "held-out-23", "held-out-24", "held-out-25", "held-out-26"] };

export function evaluateAlerts(detail: boolean, parts: readonly Part[] = ["dev", "held-out"], renamed = false): Map<string, Ratio> {
  const measured = new Map<string, Ratio>();
  console.log(
    renamed
      ? `\nAlerts with each file's staff renamed to ${OTHER_STAFF.join(", ")} in text and addresses, judged with those as the office's staffNames:`
      : "\nAlerts (issue #10): recall per kind; false alerts on look-alikes. Targets: risk-to-life and threat-to-staff ≥ 0.95, overall ≥ 0.9, false alerts ≤ 5%.",
  );
  for (const [corpus, key, name] of [
    ["alerts", "alerts", "alerts corpus"],
    ["office-mail", "office-mail", "office-mail corpus"],
  ] as const) {
    for (const part of parts.flatMap((p) => (corpus === "alerts" ? ALERT_FILES : OFFICE_FILES)[p])) {
      const file = `${corpus}/${part}.jsonl`;
      const written = read(file);
      if (!written) {
        console.log(`\n${name}, ${part} part: test/corpus/${file} is not there yet`);
        continue;
      }
      const own = staffOf(file);
      const rename = renamed ? renamer(own, OTHER_STAFF) : undefined;
      const rows = rename ? written.map((r) => renameMessage(r, rename)) : written;
      const figures = report(`${name}, ${part} part${renamed ? " renamed" : ""}${part.startsWith("dev") && evalScorer ? TRAINED_ON : ""}`, rows, detail && !renamed && part.startsWith("dev"), rename ? OTHER_STAFF : own);
      const prefix = corpus === "alerts" ? `${key}/${part}${renamed ? " renamed" : ""}` : `${key}/${part}${renamed ? " renamed" : ""} alerts`;
      for (const [figure, value] of figures) measured.set(`${prefix} ${figure}`, value);
    }
  }
  return measured;
}
