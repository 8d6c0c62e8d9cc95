/**
 * `npx tsx dev/eval/attribute.ts FILE… [--rules-only] [--rows RULE]`: which alert rules (by id) raise the false alerts
 * (an alert on a message labelled with none) and the wrong-kind alerts (a kind the message is not labelled with, beside
 * one it is) in the files given, counted per rule id, so the over-broad classes can be found and fixed rather than rows
 * (issue #10). `--kinds` prints each message's expected and raised kinds instead (to diff two versions). `--rows RULE` lists each such message that rule took part in. Refuses held-out files and the validation
 * files (alerts and office-mail train-22 … train-29): their rows are measured by files.ts, never listed.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { AlertRow } from "./alerts";
import { STAFF_DOMAINS } from "./office";
import { staffOf } from "./staff";
import { classify } from "../../src/policy/classifier/classify";
import { classifierOptions } from "../../src/policy/classifier/options";
import { EMPTY_HISTORY } from "../../src/policy/contact";
import { getPack } from "../../src/policy/packs/index";
import { evalScorer } from "./scorer";

const args = process.argv.slice(2);
const rowsOf = args.includes("--rows") ? args[args.indexOf("--rows") + 1] : undefined;
const files = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--rows");
// `--kinds`: each message's expected and raised kinds, one a line, to compare two versions of the rules (diff).
const kindsOnly = args.includes("--kinds");
for (const f of files) {
  if (/held-out/.test(basename(f))) throw new Error(`${f}: held-out files are read only by npm run eval`);
  if (/^train-(2[2-9])\.jsonl$/.test(basename(f))) throw new Error(`${f}: a validation file, measured by files.ts, never listed`);
}

const falseBy = new Map<string, number>(), wrongKindBy = new Map<string, number>(), rightBy = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
let clear = 0, falseAlerts = 0;
for (const f of files) {
  for (const line of readFileSync(f, "utf8").split("\n").filter((l) => l.trim())) {
    const raw = JSON.parse(line) as { messages?: unknown };
    if (raw.messages) continue;
    const row = AlertRow.parse(raw);
    const strategy = row.context?.strategy;
    const result = classify(
      { id: row.id, from: row.from, to: row.to, cc: row.cc, subject: row.subject, body: row.body, receivedAt: row.receivedAt, attachments: row.attachments ?? 0 },
      classifierOptions(getPack(row.pack), { staffDomains: STAFF_DOMAINS, staffNames: staffOf(f), history: EMPTY_HISTORY, now: row.receivedAt, scorer: evalScorer, ...(strategy ? { strategy } : {}) }),
    );
    const expected = row.expect.alerts;
    if (kindsOnly) console.log(`${row.id} exp=${[...expected].sort().join(",")} got=${result.alerts.map((a) => a.kind).sort().join(",")} rules=${result.alerts.flatMap((a) => a.rules).join("+")}`);
    if (!expected.length) { clear += 1; if (result.alerts.length) falseAlerts += 1; }
    for (const alert of result.alerts) {
      const right = expected.includes(alert.kind);
      const into = right ? rightBy : expected.length ? wrongKindBy : falseBy;
      for (const rule of new Set(alert.rules)) {
        bump(into, rule);
        if (!right && rule === rowsOf) console.log(`${expected.length ? "WRONG-KIND" : "FALSE"} ${row.id} [${row.group ?? ""}] exp=${JSON.stringify(expected)} rules=${alert.rules.join("+")}\n  ${row.subject} | ${row.body.replace(/\s+/g, " ")}`);
      }
    }
  }
}
if (!rowsOf && !kindsOnly) {
  console.log(`false alerts ${falseAlerts}/${clear}; rule: false (on messages with no alert) / wrong kind / right`);
  const ids = [...new Set([...falseBy.keys(), ...wrongKindBy.keys()])];
  ids.sort((a, b) => (falseBy.get(b) ?? 0) + (wrongKindBy.get(b) ?? 0) - (falseBy.get(a) ?? 0) - (wrongKindBy.get(a) ?? 0));
  for (const id of ids) console.log(`${String(falseBy.get(id) ?? 0).padStart(4)} ${String(wrongKindBy.get(id) ?? 0).padStart(4)} ${String(rightBy.get(id) ?? 0).padStart(5)}  ${id}`);
}
