/**
 * `npx tsx dev/eval/files.ts FILE… [--list]`: office-mail files measured by path, for data not yet in test/corpus (a writer's
 * new blind training files, measured once before anyone reads them). History files give persistent precision and recall per
 * message and control messages called persistent; message files give acceptable mail flagged and abusive / demands precision
 * and recall (rules and the learned scorer, as `npm run eval`). `--list` names each miss and false flag: only for rows you may
 * read, and never before the figures were taken. Refuses any held-out file (CORPUS.md).
 */
import { readFileSync } from "node:fs";
import { HistoryRow, MessageRow, judgeHistory, judgeMessage } from "./office";

const args = process.argv.slice(2);
const list = args.includes("--list");
const files = args.filter((a) => !a.startsWith("--"));
for (const f of files) if (/held-out/.test(f)) throw new Error(`${f}: held-out files are read only by npm run eval`);
const load = (f: string) => readFileSync(f, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
let tp = 0, fp = 0, fn = 0, ctrlMsgs = 0, ctrlFlag = 0;
const acc = { n: 0, flagged: 0 };
const cat: Record<string, { tp: number; fp: number; fn: number }> = { abusive: { tp: 0, fp: 0, fn: 0 }, demands: { tp: 0, fp: 0, fn: 0 } };
for (const f of files) {
  const rows = load(f);
  if (rows[0]?.messages) {
    for (const raw of rows) {
      const h = HistoryRow.parse(raw);
      const out = judgeHistory(h);
      h.messages.forEach((m, i) => {
        const e = m.expect.categories.includes("persistent");
        const p = out[i]!.categories.includes("persistent");
        if (h.control) { ctrlMsgs += 1; if (p) ctrlFlag += 1; }
        if (e && p) tp += 1; else if (p) fp += 1; else if (e) fn += 1;
        if (list && e !== p) console.log(`${p ? "FALSE" : "MISSED"} ${h.id} #${i} ${m.id} exp=${m.expect.subTypes.join(",")} got=${out[i]!.findings.filter((x) => x.category === "persistent").map((x) => x.rules.join("+")).join(",")} subj=${m.subject}`);
      });
    }
  } else {
    for (const raw of rows) {
      const r = MessageRow.parse(raw);
      const out = judgeMessage(r);
      const pred = out.categories.filter((c) => c !== "persistent");
      if (r.expect.categories.length === 0) { acc.n += 1; if (pred.length) { acc.flagged += 1; if (list) console.log(`ACCFLAG ${r.id} ${r.group} ${out.findings.map((x) => x.rules.join("+")).join(",")}`); } }
      for (const c of ["abusive", "demands"]) {
        const e = r.expect.categories.includes(c as never), p = pred.includes(c as never);
        if (e && p) cat[c]!.tp += 1; else if (p) cat[c]!.fp += 1; else if (e) cat[c]!.fn += 1;
      }
    }
  }
}
const P = (c: { tp: number; fp: number }) => (c.tp + c.fp ? (c.tp / (c.tp + c.fp)).toFixed(3) : "-");
const R = (c: { tp: number; fn: number }) => (c.tp + c.fn ? (c.tp / (c.tp + c.fn)).toFixed(3) : "-");
console.log(`persistent P/R ${P({ tp, fp })}/${R({ tp, fn })} (tp ${tp} fp ${fp} fn ${fn}); controls flagged ${ctrlFlag}/${ctrlMsgs}`);
console.log(`acceptable flagged ${acc.flagged}/${acc.n}; abusive P/R ${P(cat.abusive!)}/${R(cat.abusive!)} ${JSON.stringify(cat.abusive)}; demands ${P(cat.demands!)}/${R(cat.demands!)} ${JSON.stringify(cat.demands)}`);
