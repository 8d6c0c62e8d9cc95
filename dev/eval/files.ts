/**
 * `npx tsx dev/eval/files.ts FILE… [--list] [--rules-only] [--weights FILE] [--renamed] [--no-staff-names]`: any corpus file measured by path, for data not yet in
 * test/corpus (a writer's new blind training files, measured once before anyone reads them, then after each change).
 * History files give persistent precision and recall per message and control messages called persistent; message files
 * (office mail or alerts) give acceptable mail flagged, abusive / demands precision and recall, and alert recall per kind
 * with false alerts on messages labelled with none — rules and the learned scorer, as `npm run eval` judges them (alerts
 * with the strategy a row's `context` gives). `--list` names each miss and false flag: only for rows you may read, and
 * never before the figures were taken. Refuses any held-out file (FORMAT.md): only `npm run eval` reads those.
 * Each file is judged with its own office's staff as `staffNames` (staff.ts: test/corpus/staff.json, else the four);
 * `--renamed` judges it with those staff renamed to four others in text and addresses, given as the office's names;
 * `--no-staff-names` judges it as an office that configured none (the default): only the message names its staff.
 */
import { basename } from "node:path";
import { measureFiles } from "./measure";

const args = process.argv.slice(2);
const list = args.includes("--list");
const renamed = args.includes("--renamed");
const unnamed = args.includes("--no-staff-names");
// `--weights FILE` (scorer.ts): weights not committed; its FILE is not a corpus file.
const files = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--weights");
if (!files.length) throw new Error("usage: npx tsx dev/eval/files.ts FILE… [--list] [--rules-only] [--renamed]");
for (const f of files) if (/held-out/.test(basename(f))) throw new Error(`${f}: held-out files are read only by npm run eval`);
for (const line of measureFiles(files, { renamed, list, unnamed })) console.log(line);
