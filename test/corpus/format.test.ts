/**
 * The labelled corpora under test/corpus/ keep the format of test/corpus/FORMAT.md: every file
 * that exists (office mail and alerts, dev and held-out) is checked here. This test looks only at
 * the files' shape and labels, never at what the classifier says about them.
 *
 * Held-out files are read by `npm run eval` only; so that a failure here does not show their
 * text to whoever runs the tests, problems name the file, line, id and field — never a value.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CATEGORY_IDS, SUB_TYPES, type CategoryId } from "../../src/policy/categories";

const CORPUS = import.meta.dirname;
const STAFF_DOMAIN = "opcc.example.gov.uk";
const PACK_IDS = ["warwickshire", "gwent"] as const;
// Issue 10's alert kinds, as FORMAT.md lists them.
const ALERT_KINDS = ["risk-to-life", "safeguarding", "crime", "threat-to-staff", "new-matter"] as const;
const RESTRICTIONS = ["readAndFile", "noReopeningClosedCase"] as const;

const CATEGORY_OF = new Map<string, CategoryId>(
  CATEGORY_IDS.flatMap((category) => SUB_TYPES[category].map((subType) => [subType, category] as const)),
);
const SUB_TYPE_IDS = [...CATEGORY_OF.keys()] as [string, ...string[]];

const ADDRESS = /^[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+$/;
/** "Name <addr>" or a bare address; returns the address, lower-cased, or undefined. */
function addressOf(mailbox: string): string | undefined {
  const bare = /<([^<>]*)>\s*$/.exec(mailbox)?.[1] ?? mailbox;
  const address = bare.trim();
  return ADDRESS.test(address) ? address.toLowerCase() : undefined;
}
const isStaff = (mailbox: string) => addressOf(mailbox)?.endsWith(`@${STAFF_DOMAIN}`) ?? false;

const mailbox = z.string().refine((value) => addressOf(value) !== undefined, "not a mailbox (Name <a@b.c> or a@b.c)");
const text = z.string().trim().min(1);
const instant = z.iso.datetime();
const unique = <T extends string>(values: readonly T[]) => new Set(values).size === values.length;

const Expect = z
  .object({
    categories: z.array(z.enum(CATEGORY_IDS)).refine(unique, "repeated category"),
    subTypes: z.array(z.enum(SUB_TYPE_IDS)).refine(unique, "repeated sub-type"),
    alerts: z.array(z.enum(ALERT_KINDS)).refine(unique, "repeated alert"),
  })
  .strict()
  .superRefine((expect, ctx) => {
    for (const subType of expect.subTypes) {
      const category = CATEGORY_OF.get(subType);
      if (category && !expect.categories.includes(category)) {
        ctx.addIssue({ code: "custom", path: ["subTypes"], message: `sub-type ${subType} without its category ${category}` });
      }
    }
    for (const category of expect.categories) {
      if (!expect.subTypes.some((subType) => CATEGORY_OF.get(subType) === category)) {
        ctx.addIssue({ code: "custom", path: ["categories"], message: `category ${category} without a sub-type` });
      }
    }
  });

const Context = z
  .object({
    strategy: z.object({ restrictions: z.array(z.enum(RESTRICTIONS)).min(1), closedMatter: text }).strict(),
  })
  .strict();

const messageFields = {
  id: text,
  from: mailbox,
  to: z.array(mailbox),
  cc: z.array(mailbox),
  subject: z.string(),
  body: text,
  receivedAt: instant,
  attachments: z.number().int().min(0),
  expect: Expect,
  context: Context.optional(),
  group: text,
  note: text,
};

type MessageShape = z.infer<z.ZodObject<typeof messageFields>>;
function messageRules(message: MessageShape, ctx: z.RefinementCtx): void {
  if (isStaff(message.from)) ctx.addIssue({ code: "custom", path: ["from"], message: "sender is at the staff domain" });
  if (![...message.to, ...message.cc].some(isStaff)) {
    ctx.addIssue({ code: "custom", path: ["to"], message: `no recipient at ${STAFF_DOMAIN}` });
  }
  // FORMAT.md: new-matter rows need the strategy they are judged under.
  if (message.expect.alerts.includes("new-matter") && !message.context) {
    ctx.addIssue({ code: "custom", path: ["context"], message: "new-matter alert without context.strategy" });
  }
}

const MessageRow = z.object({ ...messageFields, pack: z.enum(PACK_IDS) }).strict().superRefine(messageRules);
const HistoryMessage = z.object(messageFields).strict().superRefine(messageRules);

const HistoryRow = z
  .object({
    id: text,
    pack: z.enum(PACK_IDS),
    sender: z.string().regex(ADDRESS),
    control: z.boolean(),
    context: z
      .object({
        decisionsCommunicated: z.array(instant),
        warningsGiven: z.array(instant),
        officeAskedFor: text.optional(),
      })
      .strict(),
    messages: z.array(HistoryMessage).min(1),
    note: text,
  })
  .strict()
  .superRefine((history, ctx) => {
    history.messages.forEach((message, i) => {
      if (addressOf(message.from) !== history.sender.toLowerCase()) {
        ctx.addIssue({ code: "custom", path: ["messages", i, "from"], message: "not the history's sender" });
      }
      const previous = history.messages[i - 1];
      if (previous && Date.parse(message.receivedAt) < Date.parse(previous.receivedAt)) {
        ctx.addIssue({ code: "custom", path: ["messages", i, "receivedAt"], message: "earlier than the message before it (histories are oldest first)" });
      }
      // FORMAT.md: no message in a control history is labelled persistent.
      if (history.control && message.expect.categories.includes("persistent")) {
        ctx.addIssue({ code: "custom", path: ["messages", i, "expect"], message: "persistent in a control history" });
      }
    });
  });

interface Checked {
  problems: string[];
  ids: string[];
}

/** Checks one JSONL file's text; problems say where, never what the text was. */
function checkLines(name: string, content: string, row: z.ZodType): Checked {
  const problems: string[] = [];
  const ids: string[] = [];
  content.split("\n").forEach((line, index) => {
    const where = `${name}:${index + 1}`;
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push(`${where}: not valid JSON`);
      return;
    }
    const parsed = row.safeParse(value);
    if (!parsed.success) {
      const id = typeof (value as { id?: unknown })?.id === "string" ? ` (${(value as { id: string }).id})` : "";
      for (const issue of parsed.error.issues) problems.push(`${where}${id} ${issue.path.join(".") || "(row)"}: ${issue.message}`);
      return;
    }
    const data = parsed.data as { id: string; messages?: { id: string }[] };
    ids.push(data.id, ...(data.messages ?? []).map((message) => message.id));
  });
  if (ids.length === 0 && problems.length === 0) problems.push(`${name}: no rows`);
  return { problems, ids };
}

const isHistories = (file: string) => basename(file).startsWith("histories");

function corpusFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return corpusFiles(path);
    return entry.endsWith(".jsonl") ? [path] : [];
  });
}

describe("the labelled corpora keep FORMAT.md's format", () => {
  const files = corpusFiles(CORPUS).map((path) => relative(CORPUS, path).split("\\").join("/"));
  const checked = new Map(
    files.map((file) => [file, checkLines(file, readFileSync(join(CORPUS, file), "utf8"), isHistories(file) ? HistoryRow : MessageRow)]),
  );

  it("includes the development office-mail set and its histories", () => {
    expect(files).toEqual(expect.arrayContaining(["office-mail/dev.jsonl", "office-mail/histories-dev.jsonl"]));
  });

  it.each(files)("%s: every row is well formed", (file) => {
    expect(checked.get(file)?.problems).toEqual([]);
  });

  it("no id is used twice, in any file", () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const [file, { ids }] of checked) {
      for (const id of ids) {
        const first = seen.get(id);
        if (first) repeated.push(`${id} in ${first} and ${file}`);
        else seen.set(id, file);
      }
    }
    expect(repeated).toEqual([]);
  });
});

describe("the format check finds what breaks FORMAT.md", () => {
  const row = {
    id: "x-1",
    pack: "gwent",
    from: "Pat Example <pat@example.org>",
    to: [`enquiries@${STAFF_DOMAIN}`],
    cc: [],
    subject: "s",
    body: "b",
    receivedAt: "2026-11-03T09:14:00Z",
    attachments: 0,
    expect: { categories: ["abusive"], subTypes: ["threat"], alerts: ["threat-to-staff"] },
    group: "g",
    note: "n",
  };
  const { pack: _pack, ...message } = row;
  const history = {
    id: "h-1",
    pack: "warwickshire",
    sender: "pat@example.org",
    control: false,
    context: { decisionsCommunicated: [], warningsGiven: [] },
    messages: [
      { ...message, id: "h-1-m1", expect: { categories: [], subTypes: [], alerts: [] } },
      { ...message, id: "h-1-m2", receivedAt: "2026-11-04T09:00:00Z", expect: { categories: ["persistent"], subTypes: ["afterDecision"], alerts: [] } },
    ],
    note: "n",
  };
  const problems = (value: unknown, schema: z.ZodType = MessageRow) => checkLines("f.jsonl", JSON.stringify(value), schema).problems;

  it("accepts well-formed rows", () => {
    expect(problems(row)).toEqual([]);
    expect(problems(history, HistoryRow)).toEqual([]);
  });

  it.each([
    ["a sub-type without its category", { expect: { categories: [], subTypes: ["threat"], alerts: [] } }, "without its category"],
    ["a category without a sub-type", { expect: { categories: ["abusive", "demands"], subTypes: ["threat"], alerts: [] } }, "without a sub-type"],
    ["a sub-type that is not canonical", { expect: { categories: ["abusive"], subTypes: ["swearing"], alerts: [] } }, "Invalid option"],
    ["an unknown alert", { expect: { categories: [], subTypes: [], alerts: ["danger"] } }, "Invalid option"],
    ["an unknown pack", { pack: "kent" }, "Invalid option"],
    ["a new-matter alert without the strategy", { expect: { categories: [], subTypes: [], alerts: ["new-matter"] } }, "context.strategy"],
    ["a sender at the staff domain", { from: `casey.worker@${STAFF_DOMAIN}` }, "staff domain"],
    ["no recipient at the office", { to: ["someone@example.com"] }, "no recipient"],
    ["a time that is not ISO 8601", { receivedAt: "3 Nov 2026" }, "receivedAt"],
    ["a misspelt field", { notes: "n" }, "Unrecognized key"],
  ])("rejects %s", (_name, change, found) => {
    expect(problems({ ...row, ...change }).join("\n")).toContain(found);
  });

  it("rejects a history that is not oldest first, or a control labelled persistent", () => {
    const [first, second] = history.messages;
    expect(problems({ ...history, messages: [second, first] }, HistoryRow).join("\n")).toContain("oldest first");
    expect(problems({ ...history, control: true }, HistoryRow).join("\n")).toContain("persistent in a control history");
    expect(problems({ ...history, sender: "someone.else@example.org" }, HistoryRow).join("\n")).toContain("not the history's sender");
  });

  it("reports where a problem is without quoting the text", () => {
    const secret = "words from a held-out message";
    const reported = checkLines("held-out.jsonl", `${JSON.stringify({ ...row, body: secret, pack: "nowhere" })}\n{"id": "${secret}"`, MessageRow).problems;
    expect(reported.length).toBeGreaterThan(1);
    expect(reported.join("\n")).not.toContain(secret);
  });
});
