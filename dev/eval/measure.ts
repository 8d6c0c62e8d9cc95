import { readFileSync } from "node:fs";
import { ALERT_KINDS, type AlertKind } from "../../src/policy/alerts/types";
import { AlertRow, predictAlerts } from "./alerts";
import { HistoryRow, MessageRow, judgeHistory, judgeMessage } from "./office";
import { OTHER_STAFF, renameMessage, renamer, staffOf } from "./staff";
import { STAFF_DOMAINS } from "./office";
import { recipientOf, staffNamesFor } from "../../src/app/staff-names";

/**
 * Corpus files measured together (files.ts, and `npm run eval` for the training parts): history files give persistent
 * precision and recall per message; message files acceptable mail flagged, abusive / demands precision and recall and
 * alert recall per kind with false alerts. Each file is judged with its own office's staff as `staffNames` (staff.ts);
 * `renamed` judges it with those staff renamed to four others in text and addresses, given as the office's names.
 * Returns the summary lines; `list` logs each miss and false flag (only for rows anyone may read).
 */
export function measureFiles(files: readonly string[], { renamed = false, list = false, unnamed = false }: { renamed?: boolean; list?: boolean; unnamed?: boolean } = {}): string[] {
  const load = (f: string) => readFileSync(f, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);

  const lines: string[] = [];
  const persistent = { tp: 0, fp: 0, fn: 0, controlMessages: 0, controlsFlagged: 0 };
  const acceptable = { n: 0, flagged: 0 };
  const cat: Record<"abusive" | "demands", { tp: number; fp: number; fn: number }> = { abusive: { tp: 0, fp: 0, fn: 0 }, demands: { tp: 0, fp: 0, fn: 0 } };
  const alerts = { expected: new Map<AlertKind, number>(), found: new Map<AlertKind, number>(), clear: 0, falseAlerts: 0 };
  const add = (m: Map<AlertKind, number>, k: AlertKind) => m.set(k, (m.get(k) ?? 0) + 1);

  for (const f of files) {
    const own = staffOf(f);
    const rename = renamed ? renamer(own, OTHER_STAFF) : (text: string) => text;
    // `unnamed`: an office that configured no names (the default), so only what the message itself says names its staff.
    const staff = unnamed ? [] : renamed ? OTHER_STAFF : own;
    for (const raw of load(f)) {
      if ((raw as { messages?: unknown }).messages) {
        const parsed = HistoryRow.parse(raw);
        const h = { ...parsed, messages: parsed.messages.map((m) => renameMessage(m, rename)) };
        const out = judgeHistory(h, staff);
        h.messages.forEach((m, i) => {
          const e = m.expect.categories.includes("persistent");
          const p = out[i]!.categories.includes("persistent");
          if (h.control) { persistent.controlMessages += 1; if (p) persistent.controlsFlagged += 1; }
          if (e && p) persistent.tp += 1; else if (p) persistent.fp += 1; else if (e) persistent.fn += 1;
          if (list && e !== p) console.log(`${p ? "FALSE" : "MISSED"} ${h.id} #${i} ${m.id} exp=${m.expect.subTypes.join(",")} got=${out[i]!.findings.filter((x) => x.category === "persistent").map((x) => x.rules.join("+")).join(",")} subj=${m.subject}`);
        });
        continue;
      }
      const r = renameMessage(MessageRow.parse(raw), rename);
      // No names configured: as npm run classify reads a line, its recipients at the staff domain are the staff it names.
      const staffOfRow = unnamed ? staffNamesFor([], [...r.to, ...r.cc].map(recipientOf), STAFF_DOMAINS) : staff;
      const out = judgeMessage(r, staffOfRow);
      const pred = out.categories.filter((c) => c !== "persistent");
      if (r.expect.categories.length === 0) { acceptable.n += 1; if (pred.length) { acceptable.flagged += 1; if (list) console.log(`ACCFLAG ${r.id} ${r.group} ${out.findings.map((x) => x.rules.join("+")).join(",")}`); } }
      for (const c of ["abusive", "demands"] as const) {
        const e = r.expect.categories.includes(c), p = pred.includes(c);
        if (e && p) cat[c].tp += 1; else if (p) cat[c].fp += 1; else if (e) cat[c].fn += 1;
      }
      const row = renameMessage(AlertRow.parse(raw), rename);
      const got = predictAlerts(row, staffOfRow);
      for (const kind of row.expect.alerts) { add(alerts.expected, kind); if (got.includes(kind)) add(alerts.found, kind); }
      if (!row.expect.alerts.length) { alerts.clear += 1; if (got.length) alerts.falseAlerts += 1; }
      const missed = row.expect.alerts.filter((k) => !got.includes(k)), extra = got.filter((k) => !row.expect.alerts.includes(k));
      if (list && (missed.length || extra.length)) console.log(`ALERT ${row.id} [${row.group ?? ""}] missed ${JSON.stringify(missed)} extra ${JSON.stringify(extra)}: ${row.subject}`);
    }
  }
  const ratio = (n: number, d: number) => (d ? `${(n / d).toFixed(3)} (${n}/${d})` : "n/a");
  const P = (c: { tp: number; fp: number }) => (c.tp + c.fp ? (c.tp / (c.tp + c.fp)).toFixed(3) : "-");
  const R = (c: { tp: number; fn: number }) => (c.tp + c.fn ? (c.tp / (c.tp + c.fn)).toFixed(3) : "-");
  lines.push(`persistent P/R ${P(persistent)}/${R(persistent)} (tp ${persistent.tp} fp ${persistent.fp} fn ${persistent.fn}); controls flagged ${persistent.controlsFlagged}/${persistent.controlMessages}`);
  lines.push(`acceptable flagged ${acceptable.flagged}/${acceptable.n}; abusive P/R ${P(cat.abusive)}/${R(cat.abusive)} ${JSON.stringify(cat.abusive)}; demands ${P(cat.demands)}/${R(cat.demands)} ${JSON.stringify(cat.demands)}`);
  const expected = [...alerts.expected.values()].reduce((a, b) => a + b, 0), found = [...alerts.found.values()].reduce((a, b) => a + b, 0);
  const kinds = ALERT_KINDS.filter((k) => alerts.expected.has(k)).map((k) => `${k} ${ratio(alerts.found.get(k) ?? 0, alerts.expected.get(k)!)}`);
  lines.push(`alerts: ${kinds.join(", ")}; overall ${ratio(found, expected)}; false alerts ${ratio(alerts.falseAlerts, alerts.clear)}`);
  return lines;
}
