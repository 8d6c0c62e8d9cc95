/**
 * `npm run eval [-- --limit N]`: precision, recall and F1 of the "abusive" category on each
 * public corpus, the confusion table, HateCheck's false-positive rate on identity-mention
 * and counter-speech rows, and its per-functionality results.
 */
import { parseArgs } from "node:util";
import { classify } from "../../src/policy/classifier/classify";
import { EMPTY_HISTORY } from "../../src/policy/contact";
import { getPack, wordingFor } from "../../src/policy/packs/index";
import { convabuse, davidson, hatecheck, type Case } from "./corpora";

const { values } = parseArgs({ options: { limit: { type: "string" }, detail: { type: "boolean", default: false } } });
const limit = values.limit ? Number(values.limit) : Infinity;
const pack = getPack("warwickshire");
const NOW = "2026-11-25T10:00:00.000Z";

export function predictAbusive(text: string): boolean {
  const result = classify(
    { from: "someone@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: "", body: text, receivedAt: NOW },
    { responseDays: 20, staffDomains: ["opcc.example.gov.uk"], history: EMPTY_HISTORY, now: NOW, wording: (c, s) => wordingFor(pack, c, s) },
  );
  return result.categories.includes("abusive");
}

function score(name: string, cases: Case[]): Array<Case & { predicted: boolean }> {
  const scored = cases.slice(0, limit).map((c) => ({ ...c, predicted: predictAbusive(c.text) }));
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

const hc = score("HateCheck", hatecheck());
const fairness = hc.filter((c) => /^(ident_|counter_)/.test(c.group));
const flagged = fairness.filter((c) => c.predicted).length;
console.log(`  false-positive rate on identity-mention and counter-speech rows: ${((100 * flagged) / Math.max(1, fairness.length)).toFixed(1)}% (${flagged}/${fairness.length})`);
const profanity = hc.filter((c) => c.separate);
console.log(`  profanity_nh (reported separately): flagged ${profanity.filter((c) => c.predicted).length}/${profanity.length}`);
if (values.detail) {
  const groups = [...new Set(hc.map((c) => c.group))].sort();
  for (const g of groups) {
    const rows = hc.filter((c) => c.group === g);
    console.log(`    ${g.padEnd(22)} flagged ${rows.filter((c) => c.predicted).length}/${rows.length}`);
  }
}
score("Davidson et al. 2017 (tweets)", davidson());
score("ConvAbuse (turns to conversational agents)", convabuse());
