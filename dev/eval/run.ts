/**
 * `npm run eval [-- --limit N] [--detail] [--check] [--raise-floors] [--dev] [--rules-only] [--weights FILE]`
 *
 * Measures the classifier, never a place to tune it row by row:
 * - the office-mail corpus (test/corpus/office-mail): per category precision and recall on the
 *   dev and held-out parts, recall per sub-type, the share of acceptable mail flagged, and
 *   sender histories judged message by message (persistent precision and recall);
 * - the public corpora in ../shared/eval (abusive only: they label nothing else): HateCheck,
 *   Davidson, ConvAbuse (dev and held-out halves) and Jigsaw (its README's held-out part).
 *
 * `--check` measures the held-out parts only (a few seconds: ConvAbuse's and Jigsaw's held-out
 * parts are 8,000 short texts, and their predictions are cached until src/policy changes: cache.ts;
 * HateCheck and Davidson have no held-out part and are not run) and
 * fails when a figure falls below its floor in floors.json: each corpus's held-out files pooled (alerts, office mail,
 * histories: "alerts/held-out (to -8) crime recall", one pool per POOL_ENDS) by more than 0.02, or one file's figure by more than 0.02 or one
 * message of its cell, whichever is more (floors.ts; decision 0009). The alert sets
 * (test/corpus/alerts: dev, dev-2, held-out, held-out-2) are measured whole under `--check`, dev parts too.
 * `--dev` measures the development parts only (office mail, histories, ConvAbuse's dev half): for working on the
 * classifier without looking at held-out figures after every change.
 * `--rules-only` measures the rules without the learned scorer (src/policy/scorer): the figures before it.
 * `--weights FILE` measures with those weights instead of the committed ones (`npm run train -- --out FILE`), so
 * weights are gated before they are committed; it cannot `--raise-floors`.
 * `--raise-floors` writes what it measured as the new floors where that is higher (never lower).
 *
 * Each part is judged with its own office's staff names (staff.ts: test/corpus/staff.json, else the four every corpus
 * names), then again with those staff renamed to four others in text and addresses and those given as the office's
 * names (figures "… renamed …", held to floors like the rest): what an office whose staff have other names gets. A full
 * run ends with the training parts, as written and renamed (files.ts's figures).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CATEGORY_IDS, SUB_TYPES, type CategoryId } from "../../src/policy/categories";
import { cachedPredictions } from "./cache";
import { convabuse, davidson, hatecheck, jigsaw, type Case } from "./corpora";
import { categoryCounts, judgeHistory, judgeMessage, OFFICE_FILES, officeHistories, officeMessages, precision, recall, type Counts, type Part } from "./office";
import { predictAbusive } from "./predict";
import { evaluateAlerts } from "./alerts";
import { rulesOnly, SCORER_NOTE, TRAINED_ON, WEIGHTS_KEY } from "./scorer";
import { OTHER_STAFF, renameMessage, renamer, staffOf } from "./staff";
import { measureFiles } from "./measure";
import { checkFloors, isPooled, raisedFloors, value, withPooled, type Ratio } from "./floors";

const { values } = parseArgs({
  options: { limit: { type: "string" }, detail: { type: "boolean", default: false }, check: { type: "boolean", default: false }, "raise-floors": { type: "boolean", default: false }, dev: { type: "boolean", default: false }, "rules-only": { type: "boolean", default: false }, weights: { type: "string" } },
});
const limit = values.limit ? Number(values.limit) : Infinity;
if (!(limit > 0)) throw new Error("--limit takes a positive number");
const heldOutOnly = values.check;
const devOnly = values.dev;
if (devOnly && (heldOutOnly || values["raise-floors"])) throw new Error("--dev measures no held-out part: it cannot --check or --raise-floors");
if (values.weights && values["raise-floors"]) throw new Error("--weights measures weights that are not committed: it cannot --raise-floors");
if (rulesOnly && (heldOutOnly || values["raise-floors"])) throw new Error("--rules-only measures the rules without the learned scorer: it cannot --check or --raise-floors");
console.log(`Classifier: ${SCORER_NOTE}.`);

/** What was measured, by name ("office-mail/held-out abusive precision"): what floors.json is checked against. */
const measured = new Map<string, Ratio>();
const f3 = (x: number) => x.toFixed(3);

function record(name: string, c: Counts): void {
  // Precision of no suggestions at all is undefined, not 1: no floor is held to it.
  if (c.tp + c.fp > 0) measured.set(`${name} precision`, { hit: c.tp, of: c.tp + c.fp });
  measured.set(`${name} recall`, { hit: c.tp, of: c.tp + c.fn });
}

// ---------------------------------------------------------------- office mail
/**
 * A part's rows as written, judged with its own office's staff (staff.ts), or with those staff renamed to `OTHER_STAFF`
 * in text and addresses and judged with those names: how the classifier does for an office whose staff have other names.
 */
function asRead<T extends { from: string; to: readonly string[]; cc: readonly string[]; subject: string; body: string }>(file: string, rows: T[], renamed: boolean): { rows: T[]; staff: readonly string[] } {
  const own = staffOf(file);
  if (!renamed) return { rows, staff: own };
  const rename = renamer(own, OTHER_STAFF);
  return { rows: rows.map((r) => renameMessage(r, rename)), staff: OTHER_STAFF };
}
const RENAMED_NOTE = ` [staff renamed: ${OTHER_STAFF.join(", ")}, given as the office's staffNames]`;

/** One office-mail file (OFFICE_FILES: `dev`, `held-out`, `held-out-3`), reported on its own; `renamed`: with its staff renamed. */
function officeSection(part: string, renamed = false): void {
  const read = officeMessages(part);
  if (!read) {
    console.log(`\nOffice mail, ${part}: test/corpus/office-mail/${part}.jsonl is not there`);
    return;
  }
  const { rows, staff } = asRead(`office-mail/${part}`, read, renamed);
  const judged = rows.map((row) => ({ row, result: judgeMessage(row, staff) }));
  const counts = categoryCounts(judged.map(({ row, result }) => ({ expected: row.expect.categories, predicted: result.categories })));
  const key = `office-mail/${part}${renamed ? " renamed" : ""}`;
  console.log(`\nOffice mail, ${part} (${rows.length} messages, each judged alone as a first contact)${part === "dev" && !rulesOnly ? TRAINED_ON : ""}${renamed ? RENAMED_NOTE : ""}`);
  console.log(`  category     precision  recall   (tp/fp/fn)`);
  for (const c of CATEGORY_IDS) {
    const k = counts[c];
    if (k.tp + k.fn + k.fp === 0) continue;
    console.log(`  ${c.padEnd(12)} ${f3(precision(k)).padStart(9)}  ${f3(recall(k)).padStart(6)}   (${k.tp}/${k.fp}/${k.fn})`);
    record(`${key} ${c}`, k);
  }
  const acceptable = judged.filter(({ row }) => row.expect.categories.length === 0);
  const flagged = acceptable.filter(({ result }) => result.categories.length > 0).length;
  console.log(`  acceptable flagged: ${((100 * flagged) / Math.max(1, acceptable.length)).toFixed(1)}% (${flagged}/${acceptable.length})`);
  // Held as a floor like the others (higher is better): the share of acceptable mail left unflagged.
  if (acceptable.length) measured.set(`${key} acceptable clear`, { hit: acceptable.length - flagged, of: acceptable.length });
  // Renamed, the figures above are what shows the drop; the breakdowns below are the part's as written.
  if (renamed) return;
  console.log(`  recall by sub-type (the finding's own sub-type; "category" counts any finding of the row's category)`);
  for (const category of CATEGORY_IDS) {
    for (const subType of SUB_TYPES[category]) {
      const wanted = judged.filter(({ row }) => row.expect.subTypes.includes(subType) && row.expect.categories.includes(category));
      if (wanted.length === 0) continue;
      const exact = wanted.filter(({ result }) => result.findings.some((f) => f.category === category && f.subType === subType)).length;
      const any = wanted.filter(({ result }) => result.categories.includes(category)).length;
      console.log(`    ${`${category}/${subType}`.padEnd(30)} ${String(exact).padStart(3)}/${String(wanted.length).padEnd(3)}  category ${any}/${wanted.length}`);
    }
  }
  // Hard acceptable cases, by the group they were written for: which kinds of fair mail are flagged (dev part only: held-out rows are not described).
  if (part === "dev") {
    const groups = new Map<string, { n: number; flagged: number }>();
    for (const { row, result } of acceptable) {
      const g = groups.get(row.group) ?? { n: 0, flagged: 0 };
      g.n += 1;
      if (result.categories.length > 0) g.flagged += 1;
      groups.set(row.group, g);
    }
    const wrong = [...groups].filter(([, g]) => g.flagged > 0);
    if (wrong.length) console.log(`  acceptable groups flagged: ${wrong.map(([name, g]) => `${name} ${g.flagged}/${g.n}`).join(", ")}`);
  }
}

/** One histories file (`histories-dev`, `histories-held-out`, `histories-held-out-3`), reported on its own; `renamed`: with its staff renamed. */
function historySection(part: string, renamed = false): void {
  const read = officeHistories(part);
  if (!read) {
    console.log(`\nSender histories, ${part}: test/corpus/office-mail/histories-${part}.jsonl is not there`);
    return;
  }
  const pairs: Array<{ expected: CategoryId[]; predicted: CategoryId[]; control: boolean; subTypes: string[]; found: string[] }> = [];
  const own = staffOf(`office-mail/histories-${part}`);
  const rename = renamed ? renamer(own, OTHER_STAFF) : undefined;
  const rows = rename ? read.map((h) => ({ ...h, messages: h.messages.map((m) => renameMessage(m, rename)) })) : read;
  for (const row of rows) {
    const results = judgeHistory(row, rename ? OTHER_STAFF : own);
    row.messages.forEach((m, i) =>
      pairs.push({ expected: m.expect.categories, predicted: results[i]!.categories, control: row.control, subTypes: m.expect.subTypes, found: results[i]!.findings.map((f) => f.subType) }),
    );
  }
  const counts = categoryCounts(pairs);
  const controls = pairs.filter((p) => p.control);
  const controlFlagged = controls.filter((p) => p.predicted.includes("persistent")).length;
  console.log(`\nSender histories, ${part} (${rows.length} histories, ${pairs.length} messages, each judged with the earlier ones)${renamed ? RENAMED_NOTE : ""}`);
  for (const c of CATEGORY_IDS) {
    const k = counts[c];
    if (k.tp + k.fn + k.fp === 0) continue;
    console.log(`  ${c.padEnd(12)} precision ${f3(precision(k))}  recall ${f3(recall(k))}   (${k.tp}/${k.fp}/${k.fn}) per message`);
  }
  record(`histories/${part}${renamed ? " renamed" : ""} persistent`, counts.persistent);
  console.log(`  control histories' messages called persistent: ${controlFlagged}/${controls.length}`);
  for (const subType of SUB_TYPES.persistent) {
    const wanted = pairs.filter((p) => p.subTypes.includes(subType) && p.expected.includes("persistent"));
    if (wanted.length) console.log(`    persistent/${subType.padEnd(18)} ${wanted.filter((p) => p.found.includes(subType)).length}/${wanted.length}  category ${wanted.filter((p) => p.predicted.includes("persistent")).length}/${wanted.length}`);
  }
}

// ---------------------------------------------------------------- public corpora
type Scored = Case & { predicted: boolean };

/** A spread sample when --limit is given, so a quick run still sees every functionality. */
function sample(cases: Case[]): Case[] {
  if (cases.length <= limit) return cases;
  const step = cases.length / limit;
  return Array.from({ length: limit }, (_, i) => cases[Math.floor(i * step)]!);
}

function score(name: string, key: string | undefined, cases: Case[]): Scored[] {
  const chosen = sample(cases);
  const predicted = cachedPredictions(rulesOnly ? `${name} rules-only` : `${name}${WEIGHTS_KEY}`, chosen.map((c) => c.text), predictAbusive);
  const scored = chosen.map((c, i) => ({ ...c, predicted: predicted[i]! }));
  const counted = scored.filter((c) => !c.separate);
  const k = { tp: counted.filter((c) => c.abusive && c.predicted).length, fp: counted.filter((c) => !c.abusive && c.predicted).length, fn: counted.filter((c) => c.abusive && !c.predicted).length };
  const [p, r] = [precision(k), recall(k)];
  console.log(`\n${name} (${counted.length} cases)`);
  console.log(`  abusive  precision ${f3(p)}  recall ${f3(r)}  F1 ${f3((2 * p * r) / Math.max(1e-9, p + r))}   (tp ${k.tp}, fp ${k.fp}, fn ${k.fn})`);
  if (key) record(key, k);
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

const parts: Part[] = heldOutOnly ? ["held-out"] : devOnly ? ["dev"] : ["dev", "held-out"];
for (const part of parts) for (const file of OFFICE_FILES[part]) officeSection(file);
for (const part of parts) for (const file of OFFICE_FILES[part]) historySection(file);
// Every part again with its staff renamed (README "Every corpus names the same four staff"): the held-out figures
// as written flatter an office whose staff are not the ones the corpora name; these are held to floors too.
console.log(`\nThe same parts with each file's staff renamed to ${OTHER_STAFF.join(", ")} in text and addresses, judged with those as the office's staff names:`);
for (const part of parts) for (const file of OFFICE_FILES[part]) officeSection(file, true);
for (const part of parts) for (const file of OFFICE_FILES[part]) historySection(file, true);

if (!heldOutOnly) {
  console.log("\nPublic corpora: the category measured is abusive (they label abuse only).");
  const hc = score("HateCheck (Röttger et al. 2021)", undefined, hatecheck());
  rate("false-positive rate on ident_*_nh and counter_*_nh (fairness)", hc.filter((c) => /^(?:ident|counter)_.*_nh$/.test(c.group)));
  rate("profanity_nh flagged (reported separately, not in P/R)", hc.filter((c) => c.separate));
  if (values.detail) byGroup(hc);
  const dv = score("Davidson et al. 2017 (tweets)", undefined, davidson());
  if (values.detail) byGroup(dv);
}
// Split by conversation (corpora.ts convabuseHalf): misses are read only in the dev half; the held-out half is the honest figure.
const ca = convabuse();
if (!heldOutOnly) score("ConvAbuse (dev half)", undefined, ca.filter((c) => c.half === "dev"));
if (!devOnly) {
  score("ConvAbuse (held-out half)", "convabuse/held-out abusive", ca.filter((c) => c.half === "held-out"));
  // Jigsaw's README split: the train part is what the learned scorer trains on; only the held-out part is scored here.
  const jg = jigsaw().filter((c) => c.half === "held-out");
  const jgScored = score("Jigsaw toxic comments (held-out part; obscene-only rows apart)", "jigsaw/held-out abusive", jg);
  rate("obscene-only rows flagged (reported separately, not in P/R)", jgScored.filter((c) => c.separate));
}

// ---------------------------------------------------------------- alerts (issue #10)
// The alert sets are small and quick: --check measures their dev parts too, so floors hold what the dev sets reach.
for (const renamed of [false, true]) for (const [name, value] of evaluateAlerts(values.detail, heldOutOnly ? ["dev", "held-out"] : parts, renamed)) measured.set(name, value);

// ---------------------------------------------------------------- the drop with other staff names, at a glance
{
  const pairs = [...measured].filter(([name]) => name.includes(" renamed")).map(([name, r]) => {
    const written = measured.get(name.replace(" renamed", ""));
    return { name: name.replace(" renamed", ""), renamed: value(r), written: written && value(written) };
  });
  const changed = pairs.filter((p) => p.written !== undefined && Math.abs(p.written - p.renamed) >= 0.0005);
  console.log(`\nAs written → with the staff renamed (${OTHER_STAFF.join(", ")}): ${changed.length} of ${pairs.length} figures differ`);
  for (const p of changed) console.log(`  ${p.name.padEnd(56)} ${f3(p.written!)} → ${f3(p.renamed)}`);
}

// ---------------------------------------------------------------- training parts, as written and renamed
// No figure on them is a measure of the scorer (it trained on them), but the rules' drop with other staff names shows here too.
if (!heldOutOnly && !devOnly) {
  const corpus = join(import.meta.dirname, "../../test/corpus");
  const training = ["office-mail", "alerts"].flatMap((dir) => readdirSync(join(corpus, dir)).filter((f) => /^(?:histories-)?train-[\w-]*\.jsonl$/.test(f)).sort().map((f) => join(corpus, dir, f)));
  console.log(`\nTraining parts (${training.length} files)${rulesOnly ? "" : TRAINED_ON}, as written and with each file's staff renamed to ${OTHER_STAFF.join(", ")}:`);
  for (const renamed of [false, true]) for (const line of measureFiles(training, { renamed })) console.log(`  ${renamed ? "renamed    " : "as written "} ${line}`);
}

// ---------------------------------------------------------------- each corpus's held-out part, pooled
// What the gate holds at 0.02 (floors.ts, decision 0009): every held-out file of a corpus counted together.
const gated = withPooled(measured);
{
  const pooled = [...gated].filter(([name]) => isPooled(name) && !name.includes(" renamed"));
  if (pooled.length) {
    console.log("\nEach corpus's held-out part, its files pooled (the gate's 0.02 holds here; each file keeps its own floor with one message of grace):");
    for (const [name, r] of pooled) console.log(`  ${name.padEnd(64)} ${f3(value(r))} (${r.hit}/${r.of})`);
  }
}

// ---------------------------------------------------------------- floors
const FLOORS = join(import.meta.dirname, "floors.json");
const floors = JSON.parse(readFileSync(FLOORS, "utf8")) as Record<string, number>;
if (values["raise-floors"]) {
  writeFileSync(FLOORS, `${JSON.stringify(raisedFloors(floors, gated), null, 2)}\n`);
  console.log(`\nFloors written to ${FLOORS} (raised only).`);
}
if (values.check) {
  const failures = checkFloors(floors, gated);
  console.log(`\nFloors (${FLOORS}): ${Object.keys(floors).length} checked, ${failures.length} failed`);
  for (const f of failures) console.log(`  FAILED ${f}`);
  if (failures.length) process.exit(1);
}
