import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
/**
 * The classifier benchmark's message: an office complaint (a deadline, a demand, an insult to a group, attachments),
 * repeated to any length. One place, so the benchmark, bench/profile.ts and bench/compare.ts time the same text.
 */
const PARAGRAPHS = [
  "I am writing again about my complaint reference 2026/0417, which concerns the way my report of a burglary was handled in March.",
  "I have still not had a proper answer and I expect a full response by Friday, or I will take this further with my MP.",
  "The officer who attended was rude and dismissive and I want him disciplined. You people are useless and I am sick of being ignored.",
  "Please find attached copies of my previous letters, the crime reference, and the notes I made at the time of the incident.",
];

/** The benchmark's body, cut to `bytes` characters. */
export function benchBody(bytes: number): string {
  let text = "";
  for (let i = 0; text.length < bytes; i += 1) text += `${PARAGRAPHS[i % PARAGRAPHS.length]} `;
  return text.slice(0, bytes);
}

/** A message the benchmarks time: its subject and body. */
export interface BenchMessage {
  subject: string;
  body: string;
}

/** Every message of the corpora's development and training files (never a held-out file, never a history), in file order. */
export function corpusMessages(): BenchMessage[] {
  const dir = join(import.meta.dirname, "../test/corpus");
  const out: BenchMessage[] = [];
  for (const part of ["alerts", "office-mail"])
    for (const file of readdirSync(join(dir, part)).sort()) {
      if (!file.endsWith(".jsonl") || file.includes("held-out") || file.startsWith("histories")) continue;
      for (const line of readFileSync(join(dir, part, file), "utf8").split("\n")) {
        if (!line.trim()) continue;
        const row = JSON.parse(line) as { subject?: string; body: string };
        out.push({ subject: row.subject ?? "", body: row.body });
      }
    }
  return out;
}

/**
 * Hostile shapes, each repeated to a megabyte: long words, masks, quotes, spaced letters, insults, HTML.
 * Each runs once, so first-use costs land in it: "mixed" is the first to ask chrono-node for a
 * date with a month ("by 3rd December"), and ~150 ms of it is chrono's one-time warm-up.
 */
export const HOSTILE: Record<string, string> = {
  "one long word": "a",
  "masks f*": "f* ",
  "quotation marks": '"',
  "spaced letters": "f u c k ",
  "run of insults": "another idiot ",
  "slurs and targets": "women are vermin you retard ",
  "deadlines": "I demand a reply by Friday 3rd December ",
  "mixed": 'you f***ing c0ck, I know where you live; "he called me" women are vermin. I demand a reply by 3rd December. ',
};

/** One hostile shape repeated to a megabyte, as the benchmark classifies it. */
export const hostileText = (label: string): string => {
  const unit = HOSTILE[label];
  if (unit === undefined) throw new Error(`no hostile input "${label}"; there are: ${Object.keys(HOSTILE).join(", ")}`);
  return unit.repeat(Math.ceil(1_048_576 / unit.length)).slice(0, 1_048_576);
};
