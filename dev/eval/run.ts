/**
 * `npm run eval [-- --limit N] [--detail]`: precision, recall and F1 of the "abusive"
 * category on each public corpus in ../shared/eval (mapped as its README says), the
 * confusion table, HateCheck's false-positive rate on identity-mention and counter-speech
 * rows, profanity_nh on its own, and (with --detail) per-functionality or per-class rates.
 * Measures the classifier; never a place to tune it row by row.
 */
import { parseArgs } from "node:util";
import { convabuse, davidson, hatecheck, type Case } from "./corpora";
import { predictAbusive } from "./predict";

const { values } = parseArgs({ options: { limit: { type: "string" }, detail: { type: "boolean", default: false } } });
const limit = values.limit ? Number(values.limit) : Infinity;
if (!(limit > 0)) throw new Error("--limit takes a positive number");

type Scored = Case & { predicted: boolean };

/** A spread sample when --limit is given, so a quick run still sees every functionality. */
function sample(cases: Case[]): Case[] {
  if (cases.length <= limit) return cases;
  const step = cases.length / limit;
  return Array.from({ length: limit }, (_, i) => cases[Math.floor(i * step)]!);
}

function score(name: string, cases: Case[]): Scored[] {
  const scored = sample(cases).map((c) => ({ ...c, predicted: predictAbusive(c.text) }));
  const counted = scored.filter((c) => !c.separate);
  const tp = counted.filter((c) => c.abusive && c.predicted).length;
  const fp = counted.filter((c) => !c.abusive && c.predicted).length;
  const fn = counted.filter((c) => c.abusive && !c.predicted).length;
  const tn = counted.length - tp - fp - fn;
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  console.log(`\n${name} (${counted.length} cases)`);
  console.log(`  abusive  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`);
  console.log(`  confusion           predicted abusive   predicted none`);
  console.log(`    gold abusive      ${String(tp).padStart(17)}   ${String(fn).padStart(14)}`);
  console.log(`    gold none         ${String(fp).padStart(17)}   ${String(tn).padStart(14)}`);
  return scored;
}

function rate(label: string, rows: Scored[]): void {
  const flagged = rows.filter((c) => c.predicted).length;
  console.log(`  ${label}: ${((100 * flagged) / Math.max(1, rows.length)).toFixed(1)}% (${flagged}/${rows.length})`);
}

function byGroup(rows: Scored[]): void {
  for (const g of [...new Set(rows.map((c) => c.group))].sort()) {
    const inGroup = rows.filter((c) => c.group === g);
    console.log(`    ${g.padEnd(22)} flagged ${String(inGroup.filter((c) => c.predicted).length).padStart(5)}/${inGroup.length}`);
  }
}

// Per category: the public corpora label abuse only, so "abusive" is the category measured here.
// "demands" and "persistent" have no public labelled corpus (and "persistent" is judged from a
// sender's history, which none of these carry); their cases live in the unit tests.
console.log("Category measured: abusive (the corpora label abuse only; demands and persistent have no public corpus — see test/policy/classifier).");

const hc = score("HateCheck (Röttger et al. 2021)", hatecheck());
rate("false-positive rate on ident_*_nh and counter_*_nh (fairness)", hc.filter((c) => /^(?:ident|counter)_.*_nh$/.test(c.group)));
rate("profanity_nh flagged (reported separately, not in P/R)", hc.filter((c) => c.separate));
if (values.detail) byGroup(hc);

const dv = score("Davidson et al. 2017 (tweets)", davidson());
if (values.detail) byGroup(dv);

// Split by conversation (corpora.ts convabuseHalf): misses are read only in the dev half; the
// held-out half is the honest figure. The whole corpus is printed too, for comparison with the baseline.
const all = convabuse();
score("ConvAbuse (dev half)", all.filter((c) => c.half === "dev"));
score("ConvAbuse (held-out half)", all.filter((c) => c.half === "held-out"));
const ca = score("ConvAbuse (Cercas Curry et al. 2021; turns to conversational agents; both halves)", all);
if (values.detail) byGroup(ca);
