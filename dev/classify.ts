/**
 * `npm run classify [-- --pack gwent|warwickshire | --pack-file office-pack.json] [--now ISO] [--staff-domain opcc.example.gov.uk] [--staff-name "Priya Shah"…] [--no-history] [--rules-only]`
 * Reads JSON lines `{id, from, to, cc, subject, body, receivedAt?, attachments?, context?}` on stdin
 * (body as text or HTML) and writes JSON lines `{id, categories, findings, alerts}` (alerts `[]` when none). A bad line gets
 * `{id?, error}` and the rest carry on, so anyone can run it over their own mail export; the exit code is then 1.
 * Input is UTF-8 or, with a byte-order mark, UTF-16.
 *
 * The stream is the history: each message is judged with the earlier lines from the same
 * sender (volume, near-duplicates, staff copied), as the pane judges it with the ContactLog
 * and the mailbox. Feed an export oldest first. A line with `receivedAt` is judged as of
 * that moment (deadlines, "last 7 days"); one without, as of `--now` (default: now).
 * `--no-history` judges every line on its own. `context.strategy` (`{restrictions, closedMatter?}`)
 * says the sender's contact strategy in force, for `new-matter` alerts.
 * `--staff-name` (repeat it for each) names the office's staff, as its configuration's `staffNames` does: a threat naming
 * one of them ("I'll batter Priya") is a threat to staff. Each line's recipients at `--staff-domain` are staff too, by
 * display name ("Casey Worker <casey.worker@…>") or an address of the form first.last@, as the pane and flagger read
 * them. Without names, only those, roles, "you" and a title ("Mr Carter") are read as staff, and stderr says so.
 * The learned scorer (src/policy/scorer, `npm run train`) adds what the rules missed; `--rules-only` leaves it out.
 * If its weights cannot be loaded, stderr says so and the rules carry on alone.
 */
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { z } from "zod";
import { classify } from "../src/policy/classifier/classify";
import type { ClassifierOptions, MessageInput } from "../src/policy/classifier/types";
import { addressingOf, contactKey } from "../src/policy/address";
import type { SenderHistory } from "../src/policy/contact";
import { classifierOptions } from "../src/policy/classifier/options";
import { getPack, loadPack } from "../src/policy/packs/index";
import type { StrategyContext } from "../src/policy/alerts/types";
import { RESTRICTION_KINDS } from "../src/policy/restrictions";
import { htmlToText, looksLikeHtml } from "../src/policy/text/html";
import { loadLearnedScorer } from "../src/app/learned-scorer";
import type { Scorer } from "../src/policy/scorer/types";
import { recipientOf, staffNamesFor } from "../src/app/staff-names";

const { values } = parseArgs({
  options: {
    pack: { type: "string", default: "warwickshire" },
    "pack-file": { type: "string" },
    now: { type: "string" },
    "staff-domain": { type: "string", multiple: true, default: [] },
    "staff-name": { type: "string", multiple: true, default: [] },
    "no-history": { type: "boolean", default: false },
    "rules-only": { type: "boolean", default: false },
  },
});
const now = values.now ?? new Date().toISOString();
if (Number.isNaN(Date.parse(now))) {
  console.error(`--now "${now}" is not an ISO date`);
  process.exit(2);
}
let pack: ReturnType<typeof getPack>;
try {
  const file = values["pack-file"];
  pack = file ? loadPack(JSON.parse(readFileSync(file, "utf8"))) : getPack(values.pack);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

if (values["staff-name"].length === 0) {
  // Issue 10: a threat naming a member of staff no one listed ("tell Hannah I know where she lives") is missed.
  console.error(
    'classify: no --staff-name given. A threat naming a member of staff by name ("tell Hannah I know where she lives") is read as a threat to staff only when the name is a recipient at --staff-domain or given with a title ("Ms Shah"); name the office\'s staff with --staff-name "First Last" (repeat it), as config.json\'s staffNames does.',
  );
}

let scorer: Scorer | undefined;
if (!values["rules-only"]) {
  try {
    scorer = await loadLearnedScorer();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
  }
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
  /** The sender's contact strategy when this message arrived: `new-matter` alerts need it (test/corpus format). */
  context: z
    .object({
      strategy: z
        .object({ restrictions: z.array(z.enum(RESTRICTION_KINDS)), closedMatter: z.string().optional() })
        .optional(),
    })
    .optional(),
});

const HISTORY_DAYS = 90;
/** Per sender, bounded: a sender writing more than this in 90 days is plainly persistent already. */
const MAX_REMEMBERED = 500;
type Contacts = SenderHistory["contacts"];
const histories = new Map<string, Contacts>();

/** The sender's earlier lines within 90 days of this one; the sender's key is their normalised address. */
function historyOf(sender: string, at: string): Contacts {
  if (values["no-history"]) return [];
  const since = Date.parse(at) - HISTORY_DAYS * 86_400_000;
  const kept = (histories.get(sender) ?? []).filter((c) => Date.parse(c.at) >= since).slice(-MAX_REMEMBERED);
  histories.set(sender, kept);
  return kept;
}

function classifyLine(m: MessageInput, strategy: StrategyContext | undefined): ReturnType<typeof classify> {
  const sender = contactKey(m.from);
  const contacts = historyOf(sender, m.receivedAt);
  const staffNames = staffNamesFor(values["staff-name"], [...m.to, ...m.cc].map(recipientOf), values["staff-domain"]);
  const options: ClassifierOptions = classifierOptions(pack, { staffDomains: values["staff-domain"], staffNames, history: { contacts, decisionsCommunicated: [], warningsGiven: [] }, now: m.receivedAt, ...(strategy ? { strategy } : {}), ...(scorer ? { scorer } : {}) });
  const result = classify(m, options);
  if (!values["no-history"] && sender) {
    contacts.push({ at: m.receivedAt, subject: m.subject, fingerprint: result.fingerprint, ...addressingOf(m.to, m.cc, options.staffDomains), categories: result.categories });
  }
  return result;
}

function toMessage(m: z.infer<typeof Line>): MessageInput {
  return {
    ...(m.id !== undefined ? { id: String(m.id) } : {}),
    from: m.from,
    to: m.to,
    cc: m.cc,
    subject: m.subject,
    body: looksLikeHtml(m.body) ? htmlToText(m.body) : m.body,
    receivedAt: receivedAt(m.receivedAt),
    ...(m.attachments !== undefined ? { attachments: Array.isArray(m.attachments) ? m.attachments.length : m.attachments } : {}),
  };
}

function receivedAt(value: string | undefined): string {
  if (value === undefined) return new Date(now).toISOString();
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`receivedAt: "${value}" is not a date`);
  return new Date(ms).toISOString();
}

/**
 * stdin as text: UTF-8, or UTF-16 when it starts with a UTF-16 byte-order mark (Windows PowerShell 5.1's `>` writes
 * that); a byte-order mark is dropped, so an export's first message is not lost to it. readline reads UTF-8 only.
 */
async function* decoded(input: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  for await (const chunk of input) {
    decoder ??= new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? "utf-16le" : chunk[0] === 0xfe && chunk[1] === 0xff ? "utf-16be" : "utf-8");
    yield decoder.decode(chunk, { stream: true });
  }
  if (decoder) yield decoder.decode();
}

const write = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
let failed = 0;
let lines = 0;
for await (const raw of createInterface({ input: Readable.from(decoded(process.stdin)), crlfDelay: Infinity })) {
  if (!raw.trim()) continue;
  lines += 1;
  let id: unknown;
  try {
    const json: unknown = JSON.parse(raw);
    if (json && typeof json === "object" && "id" in json) id = json.id;
    const parsed = Line.safeParse(json);
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; "));
    const strategy = parsed.data.context?.strategy;
    const result = classifyLine(toMessage(parsed.data), strategy && { restrictions: strategy.restrictions, ...(strategy.closedMatter ? { closedMatter: strategy.closedMatter } : {}) });
    write({ id: parsed.data.id, categories: result.categories, findings: result.findings, alerts: result.alerts });
  } catch (error) {
    failed += 1;
    write({ ...(id !== undefined ? { id } : {}), error: error instanceof Error ? error.message : String(error) });
  }
}
// Every line was answered, but a script must be able to tell that some were not classified.
if (failed > 0) {
  process.stderr.write(`${failed} of ${lines} lines could not be classified: their output lines carry "error".\n`);
  process.exitCode = 1;
}
