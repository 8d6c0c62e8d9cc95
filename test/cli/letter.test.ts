import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { createGraphClient } from "../../src/graph/client";
import { devTokenProvider } from "../../src/graph/auth/dev";
import type { CaseStore } from "../../src/store/port";
import { provision } from "../../src/store/sharepoint/provision";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { createSharePointStore } from "../../src/store/sharepoint/store";
import { contacts, inForce } from "../builders/letters";
import { readDocx } from "../letters/docx-reader";

const SITE = "opcc.sharepoint.com:/sites/contact-strategies";
const PAT = "pat.o'brien@example.org";
let emulator: Emulator;
let store: CaseStore;
const dir = mkdtempSync(join(tmpdir(), "letter-"));

/** `npm run letter -- …` as staff would run it; never throws, so refusals can be read. */
async function letter(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", "dev/letter.ts", ...args], { env: { ...process.env, GRAPH_TOKEN: emulator.token } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  emulator = await startEmulator();
  const graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(emulator.token) });
  const siteId = await resolveSiteId(graph, SITE);
  await provision(graph, siteId);
  store = createSharePointStore(graph, siteId);
  await store.saveStrategy(inForce({ id: "pat" }));
  for (const [i, c] of contacts().entries()) {
    await store.recordContact({ ...c, internetMessageId: `<m${i}@example.org>`, receivedAt: new Date(Date.now() - (i + 1) * 86_400_000).toISOString(), senderAddress: "riley.evans@example.org", recordedBy: "casey.worker@opcc.example.gov.uk", recordedAt: c.receivedAt, staffContacted: [] });
  }
}, 60_000);
afterAll(() => emulator.close());

// Each case starts tsx afresh (seconds on a busy machine), hence the longer timeout.
describe("npm run letter: the same letters as the pane, as Word documents", { timeout: 60_000 }, () => {
  it("writes a strategy letter in large print, recorded on the strategy before the file is written", async () => {
    const out = join(dir, "pat.docx");
    const run = await letter("--kind", "strategy", "--strategy", "pat", "--graph", emulator.baseUrl, "--site", SITE, "--out", out, "--large-print", "--by", "morgan.reid@opcc.example.gov.uk");
    expect(run.stderr).toBe("");
    const printed = JSON.parse(run.stdout) as { letter: string; kind: string; status: string; elements: string[] };
    expect(printed).toMatchObject({ kind: "restriction", status: "drafted" });
    expect(printed.elements).toEqual(expect.arrayContaining(["review-date", "dispute", "only-our-office", "policy-copy"]));
    const doc = await readDocx(readFileSync(out));
    expect(doc.paragraphs).toContain("Please contact Sam Carter only. They are your single point of contact.");
    expect(doc.paragraphs).toContain("Enclosure: Managing Public Contact Policy (OPCC Warwickshire)");
    expect(Math.min(...doc.sizes)).toBeGreaterThanOrEqual(16);
    const [recorded] = await store.lettersFor({ strategyId: "pat" });
    expect(recorded).toMatchObject({ id: printed.letter, medium: "wordLargePrint", preparedBy: "morgan.reid@opcc.example.gov.uk", address: PAT });
    expect((await store.auditFor("strategy:pat")).map((e) => e.action)).toContain("letter drafted (contact strategy letter, Word document, large print)");
  });

  it("writes a warning to an address with no strategy, naming the behaviour recorded from it", async () => {
    const out = join(dir, "riley.docx");
    const run = await letter("--kind", "warning", "--address", "Riley Evans <Riley.Evans@Example.org>", "--name", "Riley Evans", "--pack", "gwent", "--graph", emulator.baseUrl, "--site", SITE, "--out", out);
    expect(run.code).toBe(0);
    const doc = await readDocx(readFileSync(out));
    expect(doc.paragraphs).toEqual(expect.arrayContaining(["Dear Riley Evans", "Swearing or other offensive language: shouting, swearing or using offensive words.", "Repetitive communications: sending us the same thing many times."]));
    expect(await store.lettersFor({ address: "riley.evans@example.org" })).toEqual([expect.objectContaining({ kind: "warning", status: "drafted" })]);
  });

  it("a failed request (Graph unreachable) or a strategy not on the site is one line and exit 2, no stack trace, no file", async () => {
    const out = join(dir, "unreachable.docx");
    const unreachable = await letter("--kind", "strategy", "--strategy", "pat", "--graph", "http://127.0.0.1:9/v1.0", "--site", SITE, "--out", out);
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(unreachable.stderr).toMatch(/^letter: /);
    const unknown = await letter("--kind", "strategy", "--strategy", "nobody", "--graph", emulator.baseUrl, "--site", SITE, "--out", out);
    expect(unknown).toMatchObject({ code: 2, stderr: 'No strategy "nobody" on this site.\n' });
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a letter missing a required element, naming it, and writes no file", async () => {
    await store.saveStrategy(inForce({ id: "no-review", reviewDate: undefined }));
    const out = join(dir, "none.docx");
    const run = await letter("--kind", "strategy", "--strategy", "no-review", "--graph", emulator.baseUrl, "--site", SITE, "--out", out);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("The letter was not produced: “The review date” cannot be given: the review date is not on record. (Managing Public Contact Policy (OPCC Warwickshire), section 7)\n");
    expect(existsSync(out)).toBe(false);
    expect(await store.lettersFor({ strategyId: "no-review" })).toEqual([]);
  });

  it.each([
    [[], /^Usage: npm run letter -- --kind/],
    [["--kind", "memo"], /^--kind must be one of strategy, warning, breach, review, dispute, signpost, not "memo"\.$/],
    [["--kind", "warning", "--strategy", "pat", "--out", "x.docx"], /^--kind warning needs --address <email>/],
    [["--kind", "strategy", "--address", "a@b.org", "--out", "x.docx"], /^--kind strategy needs --strategy <id>\.$/],
    [["--kind", "strategy", "--strategy", "pat", "--out", "x.pdf"], /^--out must name the Word file to write, ending \.docx\.$/],
    [["--kind", "signpost", "--address", "not an address", "--out", "x.docx"], /^--address: /],
    [["--kind", "breach", "--strategy", "pat", "--breach-date", "yesterday", "--out", "x.docx"], /^--breach-date must be a date \(YYYY-MM-DD\), not "yesterday"\.$/],
    [["--kind", "strategy", "--strategy", "pat", "--out", "x.docx", "--colour", "red"], /^Unknown option '--colour'/],
    [["--kind", "strategy", "--strategy", "pat", "--out", "x.docx"], /^Say where Graph is/],
  ])("bad arguments %j: one clear line, exit 2, no request sent", async (args, message) => {
    emulator.clearLog();
    const run = await letter(...(args as string[]));
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
    expect(emulator.requestLog()).toEqual([]);
  });
});
