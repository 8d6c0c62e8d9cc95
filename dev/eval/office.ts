import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { addressingOf } from "../../src/policy/address";
import { CATEGORY_IDS, type CategoryId } from "../../src/policy/categories";
import { classify } from "../../src/policy/classifier/classify";
import { classifierOptions } from "../../src/policy/classifier/options";
import type { Classification } from "../../src/policy/classifier/types";
import type { SenderHistory } from "../../src/policy/contact";
import { getPack } from "../../src/policy/packs/index";
import { evalScorer } from "./scorer";
import { CORPUS_STAFF } from "./staff";

/**
 * The office-mail corpus (test/corpus/FORMAT.md): messages written
 * to an OPCC from the policies by people who never read the classifier, each labelled with
 * its categories and sub-types, and sender histories judged message by message. The dev part
 * may be read; the held-out part is only ever measured here (never printed row by row).
 */
export const CORPUS_DIR = join(import.meta.dirname, "../../test/corpus");
export const STAFF_DOMAINS = ["opcc.example.gov.uk"];
/** The staff of the office the corpora were written to (staff.ts): given to the classifier as `staffNames`. */
export { CORPUS_STAFF } from "./staff";

const Expect = z.object({
  categories: z.array(z.enum(CATEGORY_IDS)),
  subTypes: z.array(z.string()).default([]),
  alerts: z.array(z.string()).default([]),
});
/** A corpus message's own fields (FORMAT.md), shared with what `npm run train` reads (dev/train/data.ts). */
export const MessageFields = {
  id: z.string(),
  from: z.string(),
  to: z.array(z.string()).default([]),
  cc: z.array(z.string()).default([]),
  subject: z.string().default(""),
  body: z.string(),
  receivedAt: z.string(),
  attachments: z.number().int().nonnegative().default(0),
  expect: Expect,
  group: z.string().default(""),
  note: z.string().default(""),
};
export const MessageRow = z.object({ ...MessageFields, pack: z.enum(["warwickshire", "gwent"]) });
export type MessageRow = z.infer<typeof MessageRow>;
export const HistoryRow = z.object({
  id: z.string(),
  pack: z.enum(["warwickshire", "gwent"]),
  sender: z.string(),
  control: z.boolean().default(false),
  context: z
    .object({ decisionsCommunicated: z.array(z.string()).default([]), warningsGiven: z.array(z.string()).default([]), officeAskedFor: z.string().optional() })
    .default({ decisionsCommunicated: [], warningsGiven: [] }),
  messages: z.array(z.object(MessageFields)),
  note: z.string().default(""),
});
export type HistoryRow = z.infer<typeof HistoryRow>;

export type Part = "dev" | "held-out";

/**
 * The office-mail files of each part (test/corpus/office-mail, FORMAT.md), each measured and
 * reported on its own: held-out.jsonl (W2), held-out-3.jsonl (W7), held-out-4.jsonl (W9 and W11) and
 * held-out-5.jsonl (W13 and W14), held-out-6.jsonl (W17 and W18), held-out-7.jsonl (W19 and W20), held-out-8.jsonl (W21 and W22), held-out-10.jsonl (W34 and W35; held-out-9 was lost unregistered), held-out-11.jsonl (W38 and W39), held-out-12.jsonl (W42 and W43), held-out-13.jsonl (W44 and W45), held-out-14.jsonl (W46 and W47), held-out-15.jsonl (W48 and W49), held-out-16.jsonl (W50 and W51), held-out-17.jsonl (W52 and W53), held-out-18.jsonl (W54 and W55), held-out-19.jsonl (W58 and W59), held-out-20.jsonl (W64 and W65), held-out-21.jsonl (W70 and W71), held-out-22.jsonl (W76 and W77), held-out-23.jsonl (W82 and W83), held-out-24.jsonl (W88 and W89), held-out-25.jsonl (W94 and W95), held-out-26.jsonl (W100 and W101), all written blind from the policies; nobody who works on the
 * classifier had seen a figure of held-out-3, -4, -5, -6, -7, -8 or -10 before each was first measured.
 */
export const OFFICE_FILES: Record<Part, readonly string[]> = { dev: ["dev"], "held-out": ["held-out", "held-out-3", "held-out-4", "held-out-5", "held-out-6", "held-out-7", "held-out-8", "held-out-10", "held-out-11", "held-out-12", "held-out-13", "held-out-14", "held-out-15", "held-out-16", "held-out-17", "held-out-18", "held-out-19", "held-out-20", "held-out-21", "held-out-22", "held-out-23", "held-out-24", "held-out-25", "held-out-26"] };

function lines<T>(file: string, schema: z.ZodType<T>): T[] | undefined {
  const path = join(CORPUS_DIR, file);
  if (!existsSync(path)) return undefined;
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = schema.safeParse(JSON.parse(l));
      // Which line, never its text: held-out rows are not printed.
      if (!parsed.success) throw new Error(`${file} line ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
      return parsed.data;
    });
}

/** One file's messages (`dev`, `held-out`, `held-out-3`: OFFICE_FILES), or undefined when it is not there. */
export const officeMessages = (file: string) => lines(`office-mail/${file}.jsonl`, MessageRow);
export const officeHistories = (file: string) => lines(`office-mail/histories-${file}.jsonl`, HistoryRow);

/** One message judged alone, as a first contact to the pack's office, whose staff are `staffNames`. */
export function judgeMessage(row: MessageRow, staffNames: readonly string[] = CORPUS_STAFF): Classification {
  const pack = getPack(row.pack);
  return classify({ ...row, attachments: row.attachments }, classifierOptions(pack, { staffDomains: STAFF_DOMAINS, staffNames, history: { contacts: [], decisionsCommunicated: [], warningsGiven: [] }, now: row.receivedAt, scorer: evalScorer }));
}

/** Each message of a history judged with the earlier ones before it, as the pane judges it with the ContactLog. */
export function judgeHistory(row: HistoryRow, staffNames: readonly string[] = CORPUS_STAFF): Classification[] {
  const pack = getPack(row.pack);
  const contacts: SenderHistory["contacts"] = [];
  return row.messages.map((m) => {
    const history: SenderHistory = {
      contacts: [...contacts],
      decisionsCommunicated: row.context.decisionsCommunicated.filter((d) => d <= m.receivedAt),
      warningsGiven: row.context.warningsGiven.filter((d) => d <= m.receivedAt),
    };
    const result = classify({ ...m }, classifierOptions(pack, { staffDomains: STAFF_DOMAINS, staffNames, history, now: m.receivedAt, scorer: evalScorer }));
    contacts.push({ at: m.receivedAt, subject: m.subject, fingerprint: result.fingerprint, ...addressingOf(m.to, m.cc, STAFF_DOMAINS), categories: result.categories });
    return result;
  });
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

/** Per-category counts over (expected, predicted) pairs. */
export function categoryCounts(pairs: Array<{ expected: CategoryId[]; predicted: CategoryId[] }>): Record<CategoryId, Counts> {
  const out = Object.fromEntries(CATEGORY_IDS.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<CategoryId, Counts>;
  for (const { expected, predicted } of pairs) {
    for (const c of CATEGORY_IDS) {
      const e = expected.includes(c);
      const p = predicted.includes(c);
      if (e && p) out[c].tp += 1;
      else if (p) out[c].fp += 1;
      else if (e) out[c].fn += 1;
    }
  }
  return out;
}
