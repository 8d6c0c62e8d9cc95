/**
 * `npm run classify [-- --pack gwent|warwickshire] [--now ISO] [--staff-domain opcc.example.gov.uk]`
 * Reads JSON lines `{id, from, to, cc, subject, body, attachments?}` on stdin (body as text
 * or HTML) and writes JSON lines `{id, categories, findings}`. A bad line gets `{id?, error}`
 * and the rest carry on, so anyone can run it over their own mail export. No history is
 * known here, so only what the message itself shows is found.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { classify } from "../src/policy/classifier/classify";
import type { ClassifierOptions, MessageInput } from "../src/policy/classifier/types";
import { EMPTY_HISTORY } from "../src/policy/contact";
import { getPack, wordingFor } from "../src/policy/packs/index";
import { htmlToText, looksLikeHtml } from "../src/policy/text/html";

const { values } = parseArgs({
  options: {
    pack: { type: "string", default: "warwickshire" },
    now: { type: "string" },
    "staff-domain": { type: "string", multiple: true, default: [] },
  },
});
const now = values.now ?? new Date().toISOString();
if (Number.isNaN(Date.parse(now))) {
  console.error(`--now "${now}" is not an ISO date`);
  process.exit(2);
}
let pack: ReturnType<typeof getPack>;
try {
  pack = getPack(values.pack);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

const recipients = z.union([z.string(), z.array(z.string())]).default([]).transform((v) => (Array.isArray(v) ? v : v ? [v] : []));
const Line = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  from: z.string().default(""),
  to: recipients,
  cc: recipients,
  subject: z.string().default(""),
  body: z.string(),
  receivedAt: z.string().optional(),
  attachments: z.union([z.number().int().nonnegative(), z.array(z.unknown())]).optional(),
});

const options: ClassifierOptions = {
  responseDays: pack.responseTimes.workingDays,
  staffDomains: values["staff-domain"],
  history: EMPTY_HISTORY,
  now,
  wording: (c, s) => wordingFor(pack, c, s),
};

function toMessage(m: z.infer<typeof Line>): MessageInput {
  return {
    ...(m.id !== undefined ? { id: String(m.id) } : {}),
    from: m.from,
    to: m.to,
    cc: m.cc,
    subject: m.subject,
    body: looksLikeHtml(m.body) ? htmlToText(m.body) : m.body,
    receivedAt: m.receivedAt ?? now,
    ...(m.attachments !== undefined ? { attachments: Array.isArray(m.attachments) ? m.attachments.length : m.attachments } : {}),
  };
}

const write = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!raw.trim()) continue;
  let id: unknown;
  try {
    const json: unknown = JSON.parse(raw);
    if (json && typeof json === "object" && "id" in json) id = json.id;
    const parsed = Line.safeParse(json);
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; "));
    const result = classify(toMessage(parsed.data), options);
    write({ id: parsed.data.id, categories: result.categories, findings: result.findings });
  } catch (error) {
    write({ ...(id !== undefined ? { id } : {}), error: error instanceof Error ? error.message : String(error) });
  }
}
