import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";

/**
 * The public labelled corpora in ../shared/eval, mapped to "abusive or not" exactly as
 * its README says. Used to measure the classifier, never to tune it row by row.
 */
export interface Case {
  text: string;
  abusive: boolean;
  /** Corpus-specific group for breakdowns (HateCheck functionality, Davidson class). */
  group: string;
  /** Excluded from precision/recall (HateCheck profanity_nh is reported on its own). */
  separate?: boolean;
  /** ConvAbuse and Jigsaw: which part of the corpus's fixed split the row is in (convabuseHalf, jigsawPart). */
  half?: "dev" | "held-out";
  /** ConvAbuse: the conversation the turn is in (its turns repeat each other: split by conversation). */
  conv?: string;
}

export const EVAL_DIR = process.env.CSM_EVAL_DIR ?? join(import.meta.dirname, "../../../shared/eval");
const read = (file: string) => (file.endsWith(".gz") ? gunzipSync(readFileSync(join(EVAL_DIR, file))) : readFileSync(join(EVAL_DIR, file)));
const rows = (file: string) => parse(read(file), { columns: true, skip_empty_lines: true, relax_quotes: true }) as Array<Record<string, string>>;

const HATECHECK_ABUSIVE_NH = new Set(["target_indiv_nh", "target_group_nh"]);

export function hatecheck(): Case[] {
  return rows("hatecheck/test_suite_cases.csv").map((r) => {
    const functionality = r.functionality ?? "";
    return {
      text: r.test_case ?? "",
      abusive: functionality.endsWith("_h") || HATECHECK_ABUSIVE_NH.has(functionality),
      group: functionality,
      separate: functionality === "profanity_nh",
    };
  });
}

export function davidson(): Case[] {
  return rows("davidson/labeled_data.csv").map((r) => ({ text: r.tweet ?? "", abusive: r.class === "0" || r.class === "1", group: `class ${r.class}` }));
}

export function convabuse(): Case[] {
  const byExample = new Map<string, { text: string; conv: string; votes: number; abusive: number }>();
  for (const r of rows("convabuse/ConvAbuseEMNLPfull.csv")) {
    // One row per annotator. A turn is the user's words in their context (the README's
    // 4,185 turns): the same words can recur in one conversation after a different prompt.
    const key = [r.conv_id, r.prev_agent, r.prev_user, r.agent, r.user].map((v) => v ?? "").join("\u0000");
    const entry = byExample.get(key) ?? { text: r.user ?? "", conv: r.conv_id ?? "", votes: 0, abusive: 0 };
    entry.votes += 1;
    if (r["is_abuse.-1"] === "1" || r["is_abuse.-2"] === "1" || r["is_abuse.-3"] === "1") entry.abusive += 1;
    byExample.set(key, entry);
  }
  // README: "a turn is abusive when most annotators gave a negative severity".
  return [...byExample.values()].map((e) => ({
    text: e.text,
    abusive: e.abusive * 2 > e.votes,
    group: e.abusive * 2 > e.votes ? "abusive turn" : "other turn",
    half: convabuseHalf(e.conv),
    conv: e.conv,
  }));
}

/**
 * The deterministic split of ConvAbuse into a development half (whose misses may be read to
 * find general patterns) and a held-out half (only ever measured). By a hash of the
 * conversation id, not of the row: one conversation's turns repeat each other, and a rule
 * written from one turn must not be scored on its near-copies. FNV-1a, 32 bits; even → dev.
 */
export function convabuseHalf(convId: string): "dev" | "held-out" {
  let h = 0x811c9dc5;
  for (let i = 0; i < convId.length; i += 1) {
    h ^= convId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? "dev" : "held-out";
}

/**
 * Jigsaw Toxic Comment (Wikipedia talk pages), the README's uniform random subset. Abusive =
 * toxic OR severe_toxic OR threat OR insult OR identity_hate; `obscene` alone is profanity at
 * no one, reported apart (`separate`). `half` is the README's fixed split: "dev" is its train
 * part (the learned scorer trains there, misses may be read), "held-out" is only ever measured.
 */
export function jigsaw(file = "jigsaw/jigsaw_train_random_subset.csv.gz"): Case[] {
  return rows(file).map((r) => {
    const abusive = ["toxic", "severe_toxic", "threat", "insult", "identity_hate"].some((k) => r[k] === "1");
    return { text: r.comment_text ?? "", abusive, group: abusive ? "abusive" : r.obscene === "1" ? "obscene only" : "other", separate: !abusive && r.obscene === "1", half: jigsawPart(r.id ?? "") };
  });
}

/** The Jigsaw README's split: the last hex digit of sha1(id) is 0–b for train, c–f for held-out. */
export function jigsawPart(id: string): "dev" | "held-out" {
  const last = createHash("sha1").update(id, "utf8").digest("hex").at(-1)!;
  return last >= "c" ? "held-out" : "dev";
}
