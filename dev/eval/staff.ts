import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";

/**
 * Whose office a corpus file was written to, and the same file with its staff renamed (README "Every corpus names the
 * same four staff"). Every corpus up to held-out-5 names the four in `CORPUS_STAFF`; a file written to an office with
 * other staff names its own in test/corpus/staff.json (file stem → names), so it is measured with them. The renamed
 * copy swaps each of a file's staff for one of `OTHER_STAFF` in text and addresses, and is judged with those as the
 * office's names: how the classifier does for an office whose staff are not the ones its corpora name.
 */

/** The staff of the office the corpora were written to (test/corpus/FORMAT.md), as its configuration would list them. */
export const CORPUS_STAFF: readonly string[] = ["Casey Worker", "Morgan Reid", "Sam Carter", "Dana Chief"];

/** The four the renamed copies name instead: no corpus names them as staff. */
export const OTHER_STAFF: readonly string[] = ["Priya Shah", "Tomasz Nowak", "Adaeze Okafor", "Niamh Byrne"];

const STAFF_FILE = join(import.meta.dirname, "../../test/corpus/staff.json");
const StaffMap = z.record(z.string(), z.array(z.string().min(1)).min(1));
let staffMap: Record<string, string[]> | undefined;

/** The staff a corpus file names ("alerts/held-out-6.jsonl", or a path): its entry in test/corpus/staff.json, else the four. */
export function staffOf(file: string): readonly string[] {
  staffMap ??= existsSync(STAFF_FILE) ? StaffMap.parse(JSON.parse(readFileSync(STAFF_FILE, "utf8"))) : {};
  const stem = basename(file).replace(/\.jsonl$/, "");
  const dir = basename(join(file, ".."));
  return staffMap[`${dir}/${stem}`] ?? staffMap[stem] ?? CORPUS_STAFF;
}

/** An everyday word as a surname ("Worker", "Chief"): renamed only with its first name or a title, never alone. */
const EVERYDAY_SURNAME = /^(?:worker|chief|young|white|black|brown|green|king|baker|cook|hill|wood|day|long|bell|price|hall|page|law|bond|lamb|fox|rich|best|case)$/;
const TITLES = "(?:miss|mrs|ms|mr|mx|dr)";

/** `to` in the case of `as`: "PRIYA" for "CASEY", "Priya" for "Casey", "priya" for "casey". */
function inCase(to: string, as: string): string {
  if (as === as.toUpperCase() && as !== as.toLowerCase()) return to.toUpperCase();
  if (as[0] === as[0]!.toUpperCase()) return to[0]!.toUpperCase() + to.slice(1).toLowerCase();
  return to.toLowerCase();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A deterministic swap of one office's staff for others, name by name (`from[i]` becomes `to[i % to.length]`): in
 * addresses ("casey.worker@"), full names, "Ms Worker", first names and surnames alone (a surname that is an everyday
 * word only with its first name or a title). Whole words, case kept. One pass, so a new name is never renamed again.
 */
export function renamer(from: readonly string[], to: readonly string[]): (text: string) => string {
  const swaps = new Map<string, string>();
  const alternatives: string[] = [];
  from.forEach((name, i) => {
    const [first, ...rest] = name.trim().split(/\s+/);
    const last = rest[rest.length - 1];
    const [toFirst, ...toRest] = to[i % to.length]!.split(/\s+/);
    const toLast = toRest[toRest.length - 1] ?? toFirst!;
    const add = (source: string, pattern: string, target: string) => {
      swaps.set(source.toLowerCase(), target);
      alternatives.push(pattern);
    };
    if (last) {
      add(`${first}.${last}`, `${escape(first!)}\\.${escape(last)}(?=@)`, `${toFirst}.${toLast}@`);
      add(`${first} ${last}`, `${escape(first!)}\\s+${escape(last)}`, `${toFirst} ${toLast}`);
    }
    add(first!, escape(first!), toFirst!);
    if (last) {
      swaps.set(`title ${last.toLowerCase()}`, toLast);
      alternatives.push(`${TITLES}\\.?\\s+${escape(last)}`);
      if (!EVERYDAY_SURNAME.test(last.toLowerCase())) add(last, escape(last), toLast);
    }
  });
  // Longest first, so a full name is swapped whole before its first name alone.
  alternatives.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}._%+-])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return (text) =>
    text.replace(pattern, (m) => {
      const title = new RegExp(`^(${TITLES}\\.?\\s+)(\\S+)$`, "i").exec(m);
      if (title && swaps.has(`title ${title[2]!.toLowerCase()}`)) return title[1]! + inCase(swaps.get(`title ${title[2]!.toLowerCase()}`)!, title[2]!);
      const key = m.toLowerCase().replace(/\s+/g, " ");
      const target = swaps.get(key);
      if (target === undefined) return m;
      if (target.endsWith("@")) return target.slice(0, -1).toLowerCase();
      const words = m.split(/\s+/);
      return target
        .split(" ")
        .map((w, k) => inCase(w, words[Math.min(k, words.length - 1)]!))
        .join(" ");
    });
}

/** A corpus message (or alert row) with its staff renamed in every field a person wrote or addressed. */
export function renameMessage<T extends { from: string; to: readonly string[]; cc: readonly string[]; subject: string; body: string }>(row: T, rename: (text: string) => string): T {
  return { ...row, from: rename(row.from), to: row.to.map(rename), cc: row.cc.map(rename), subject: rename(row.subject), body: rename(row.body) };
}
