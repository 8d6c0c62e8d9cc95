/**
 * `npm run classify [-- --pack gwent|warwickshire] [--now ISO]`
 * Reads JSON lines `{id, from, to, cc, subject, body}` on stdin (body as text or HTML) and
 * writes JSON lines `{id, categories, findings}`. A bad line gets `{id?, error}` and the
 * rest carry on, so anyone can run it over their own mail export.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { classify } from "../src/policy/classifier/classify";
import { EMPTY_HISTORY } from "../src/policy/contact";
import { getPack, wordingFor } from "../src/policy/packs/index";
import { htmlToText, looksLikeHtml } from "../src/policy/text/html";

const { values } = parseArgs({ options: { pack: { type: "string", default: "warwickshire" }, now: { type: "string" } } });
const pack = getPack(values.pack!);
const now = values.now ?? new Date().toISOString();
const recipients = z.union([z.string(), z.array(z.string())]).default([]).transform((v) => (Array.isArray(v) ? v : v ? [v] : []));
const Line = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  from: z.string().default(""),
  to: recipients,
  cc: recipients,
  subject: z.string().default(""),
  body: z.string(),
  receivedAt: z.string().optional(),
});

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const raw of lines) {
  if (!raw.trim()) continue;
  let id: unknown;
  try {
    const parsed = Line.safeParse(JSON.parse(raw));
    id = (JSON.parse(raw) as { id?: unknown }).id;
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; "));
    const m = parsed.data;
    const result = classify(
      { ...(m.id !== undefined ? { id: String(m.id) } : {}), from: m.from, to: m.to, cc: m.cc, subject: m.subject, body: looksLikeHtml(m.body) ? htmlToText(m.body) : m.body, receivedAt: m.receivedAt ?? now },
      { responseDays: pack.responseTimes.workingDays, staffDomains: [], history: EMPTY_HISTORY, now, wording: (c, s) => wordingFor(pack, c, s) },
    );
    process.stdout.write(`${JSON.stringify({ id: m.id, categories: result.categories, findings: result.findings })}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ ...(id !== undefined ? { id } : {}), error: error instanceof Error ? error.message : String(error) })}\n`);
  }
}
