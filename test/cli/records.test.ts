import { execFile } from "node:child_process";
import { ALL_CRITERIA, APPROVAL_CHECKS } from "../builders/evidence";
import { proposedTermsOf } from "../../src/policy/proposed-terms";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseRecords } from "../../dev/records/args";
import { DEMO_ROSTER, tokenOf, MORGAN } from "../../dev/demo/people";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { createGraphClient } from "../../src/graph/client";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { termsOf } from "../../src/policy/in-force";
import { getPack } from "../../src/policy/packs/index";
import { requiredListPermissions } from "../../src/store/sharepoint/permissions";
import { PROPOSAL_ACTION, type CaseStore } from "../../src/store/port";
import { provision } from "../../src/store/sharepoint/provision";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { createSharePointStore } from "../../src/store/sharepoint/store";
import { strategy } from "../builders/strategy";
import { contactRecord, letterRecord } from "../store/contract";
import { fieldEquals } from "../../src/graph/odata";

const SITE = "opcc.sharepoint.com:/sites/contact-strategies";
const PAT = "pat.o'brien@example.org";
const PAT_PHONE = "tel:+447700900123";
const CASEY = "casey.worker@opcc.example.gov.uk";
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
/** A review date within the pack's 12 months of today (a reader refuses one further ahead). */
const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
let emulator: Emulator;
let store: CaseStore;
let config: string;

/** `npm run records -- …` as the office would run it (token from GRAPH_TOKEN, as a scheduled job gives it); never throws, so refusals can be read. */
async function records(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", "dev/records.ts", ...args], { env: { ...process.env, GRAPH_TOKEN: emulator.token } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const onEmulator = () => ["--graph", emulator.baseUrl, "--site", SITE];

beforeAll(async () => {
  emulator = await startEmulator();
  const graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(emulator.token) });
  const siteId = await resolveSiteId(graph, SITE);
  await provision(graph, siteId);
  store = createSharePointStore(graph, siteId);
  const morgan = createSharePointStore(createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(tokenOf(MORGAN)) }), siteId);
  // Pat's strategy, in force on Morgan's approval, lists Pat's email and phone.
  const pat = strategy({ id: "pat", addresses: [PAT, PAT_PHONE], status: "active", reviewDate: "2099-03-31" });
  await store.saveStrategy(pat);
  await store.appendAudit({ id: "pat:proposed", target: "strategy:pat", action: PROPOSAL_ACTION, by: CASEY, at: daysAgo(40), detail: "Proposed.", terms: proposedTermsOf(pat) });
  await morgan.addDecision({ id: "pat:approve", strategyId: "pat", kind: "approve", decidedBy: MORGAN.upn, decidedAt: daysAgo(39), rationale: "Criteria met.", checklist: [...ALL_CRITERIA], ...APPROVAL_CHECKS, terms: termsOf(pat, daysAhead(300)) });
  await store.recordContact(contactRecord({ internetMessageId: "<old@example.org>", receivedAt: daysAgo(45), subject: "Old complaint", strategyId: "pat" }));
  // From a friend's account, recognised as Pat's by its Reply-To: recorded under the From address, against Pat's strategy.
  await store.recordContact(contactRecord({ internetMessageId: "<reply-to@example.org>", senderAddress: "friend@example.net", strategyId: "pat", receivedAt: daysAgo(5), subject: "Sent for Pat" }));
  await store.recordContact(contactRecord({ internetMessageId: "<riley-old@example.org>", senderAddress: "riley.evans@example.org", receivedAt: daysAgo(45), subject: "Someone else, long ago" }));
  await store.recordContact(contactRecord({ internetMessageId: "<riley-new@example.org>", senderAddress: "riley.evans@example.org", receivedAt: daysAgo(5), subject: "Someone else" }));
  const dir = mkdtempSync(join(tmpdir(), "records-"));
  config = join(dir, "config.json");
  writeFileSync(
    config,
    JSON.stringify({ graphBaseUrl: emulator.baseUrl, site: SITE, packId: "warwickshire", staffDomains: ["opcc.example.gov.uk"], auth: { mode: "dev", token: "dev-token", user: CASEY }, roles: DEMO_ROSTER, retentionMonths: 1 }),
  );
}, 60_000);
afterAll(() => emulator.close());

describe("npm run records", { timeout: 120_000 }, () => {
  it("export --person by phone: everything held about Pat — the Reply-To message included — listing the addresses searched, as JSON or a readable document, and audited", async () => {
    const out = await records("export", "--person", "07700 900123", ...onEmulator());
    expect(out.code).toBe(0);
    const exported = JSON.parse(out.stdout) as { requested: string; addressesSearched: string[]; contacts: Array<{ subject: string }>; strategies: Array<{ id: string }> };
    expect(exported.requested).toBe(PAT_PHONE);
    expect(exported.addressesSearched.sort()).toEqual([PAT, PAT_PHONE].sort());
    expect(exported.strategies.map((s) => s.id)).toEqual(["pat"]);
    expect(exported.contacts.map((c) => c.subject).sort()).toEqual(["Old complaint", "Sent for Pat"]);

    const file = join(mkdtempSync(join(tmpdir(), "sar-")), "pat.html");
    const html = await records("export", "--person", "Pat O'Brien <Pat.O'Brien@Example.org>", "--format", "html", "--out", file, ...onEmulator());
    expect(html.code).toBe(0);
    expect(html.stdout).toContain(`written to ${file}`);
    const page = readFileSync(file, "utf8");
    expect(page).toContain("<h2>Addresses searched</h2>");
    expect(page).toContain("pat.o&#39;brien@example.org");
    expect(page).toContain("Sent for Pat");
    expect(page).not.toContain("Someone else");
    expect((await store.auditFor(`person:${PAT}`)).map((e) => e.action)).toEqual(["subject access export"]);
  });

  it("purge --dry-run lists what would go and what is kept and why, and deletes nothing", async () => {
    const out = await records("purge", "--dry-run", "--config", config);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/would delete\tcontact\t<riley-old@example\.org>/);
    expect(out.stdout).toMatch(/would keep\tcontact\t<old@example\.org>\treceived [\d-]+: its strategy is in force \(pat\)/);
    expect(out.stdout).toMatch(/^Dry run, nothing deleted: 1 contacts received before/m);
    expect((await store.contactsReceived({})).length).toBe(4);
  });

  it("refuses a period under a year without --yes, and a period no office means, as one line and exit 2, deleting nothing", async () => {
    const short = await records("purge", "--months", "2", ...onEmulator());
    expect(short).toMatchObject({ code: 2, stdout: "" });
    expect(short.stderr).toMatch(/^A retention period under a year \(2 months for contacts\).*--dry-run.*--yes\.\n$/);
    const huge = await records("purge", "--months", "99999999999", ...onEmulator());
    expect(huge).toMatchObject({ code: 2, stdout: "", stderr: "--months must be between 1 and 1200 months (100 years), not 99999999999.\n" });
    expect((await store.contactsReceived({})).length).toBe(4);
  });

  it("purge --yes under the office's permissions: refused for a caseworker (one line, exit 2, nothing deleted); the authoriser's deletes old contacts no strategy keeps, with their audit events, keeps Pat's, and is audited", async () => {
    await store.appendAudit({ id: "contact:<riley-old@example.org>:recorded", target: "contact:<riley-old@example.org>", action: "recorded (confirmed)", by: CASEY, at: daysAgo(45), detail: "" });
    const permissions = (rule: object) => fetch(`${emulator.origin}/_emulator/permissions`, { method: "POST", body: JSON.stringify(rule) });
    for (const rule of requiredListPermissions(getPack("warwickshire"))) await permissions(rule);
    let out: Awaited<ReturnType<typeof records>>;
    try {
      const casey = await records("purge", "--yes", "--config", config);
      expect(casey).toMatchObject({ code: 2, stdout: "" });
      expect(casey.stderr).toMatch(/^records: Retention refused by SharePoint: Deleting from AuditTrail: .*HTTP 403.*No record was deleted[^\n]*\n$/);
      expect((await store.contactsReceived({})).length).toBe(4);
      out = await records("purge", "--yes", "--config", config, "--token", tokenOf(MORGAN));
    } finally {
      for (const rule of requiredListPermissions(getPack("warwickshire"))) await permissions({ list: rule.list, inherit: true });
    }
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^Deleted 1 contacts, 0 strategies, .*1 auditEvents; kept 1 old contacts a strategy relies on\.\n$/);
    expect((await store.contactsReceived({})).map((c) => c.internetMessageId).sort()).toEqual(["<old@example.org>", "<reply-to@example.org>", "<riley-new@example.org>"]);
    expect(await store.auditFor("contact:<riley-old@example.org>")).toEqual([]);
    const month = new Date().toISOString().slice(0, 7);
    expect((await store.auditFor(`retention:${month}`)).map((e) => e.action)).toEqual(["retention purge started", "retention purge refused", "retention purge started", "retention purge"]);
  });

  it("verify reports a forged event and a contact with no audit event (exit 1); reconcile repairs the missing one", async () => {
    // Sam writes an event naming Morgan: SharePoint records Sam as its author.
    const sam = createSharePointStore(createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider("dev-token-sam.carter") }), await resolveSiteId(createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(emulator.token) }), SITE));
    await sam.appendAudit({ id: "strategy:pat:9:continue", target: "strategy:pat", action: "continue", by: MORGAN.upn, at: daysAgo(1), detail: "Continued." });
    const verify = await records("verify", ...onEmulator());
    expect(verify.code).toBe(1);
    expect(verify.stdout).toMatch(/^notByAuthor\tstrategy:pat\t.*says it was done by morgan\.reid@opcc\.example\.gov\.uk, but Sam Carter \(sam\.carter@opcc\.example\.gov\.uk\) wrote it\.$/m);
    expect(verify.stdout).toMatch(/^missing\tcontact:<reply-to@example\.org>\t/m);

    const reconcile = await records("reconcile", ...onEmulator());
    expect(reconcile.code).toBe(0);
    expect(reconcile.stdout).toMatch(/^contactDecision\tcontact:<reply-to@example\.org>\t/m);
    expect(reconcile.stdout).toMatch(/: 3 repaired\.\n$/);
    const again = await records("verify", ...onEmulator());
    expect(again.stdout).not.toMatch(/^missing/m);
  });

  it("reconcile --dry-run lists a letter keyed before addresses were normalised and writes nothing; reconcile then re-keys it", async () => {
    await store.recordLetter(letterRecord({ id: "W-legacy", address: "Pat <Pat.O'Brien+opcc@Example.org>", subject: "Old warning" }));
    const siteId = await resolveSiteId(createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(emulator.token) }), SITE);
    const graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(emulator.token) });
    const items = `/sites/${siteId}/lists/Letters/items`;
    const item = ((await graph.client.api(items).filter(fieldEquals("LetterKey", "W-legacy")).get()) as { value: Array<{ id: string }> }).value[0]!;
    await graph.client.api(`${items}/${item.id}/fields`).patch({ Address: "Pat <Pat.O'Brien+opcc@Example.org>" });
    const dry = await records("reconcile", "--dry-run", ...onEmulator());
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^would repair\tletterKey\tletter:W-legacy\tThe letter “Old warning” \(W-legacy\) is keyed under “Pat <Pat\.O'Brien\+opcc@Example\.org>”, not the normalised “pat\.o'brien@example\.org”: it would be re-keyed/m);
    expect(dry.stdout).toMatch(/^Dry run, nothing written: Checked \d+ strategies and \d+ contacts, \d+ to repair\.$/m);
    expect(await store.lettersFor({ address: PAT })).toEqual([]);
    const run = await records("reconcile", ...onEmulator());
    expect(run.stdout).toMatch(/^letterKey\tletter:W-legacy\t.*it was re-keyed/m);
    expect((await store.lettersFor({ address: PAT })).map((l) => l.id)).toEqual(["W-legacy"]);
  });

  it("report --format csv: the board's figures for a period, one row each", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const out = await records("report", "--from", daysAgo(60).slice(0, 10), "--to", today, "--format", "csv", ...onEmulator());
    expect(out.code).toBe(0);
    const lines = out.stdout.trim().split("\r\n");
    expect(lines[0]).toBe("period from,period to,section,figure,value");
    expect(lines).toContain(`${daysAgo(60).slice(0, 10)},${today},Strategies,Started (approved),1`);
    expect(lines).toContain(`${daysAgo(60).slice(0, 10)},${today},Reasonable adjustments,Strategies with an adjustment made or offered,1`);
  });

  it("a failed request is one line and exit 2, no stack trace, on every command: Graph unreachable, a token Graph refuses", async () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const command of [["verify"], ["reconcile"], ["reconcile", "--dry-run"], ["purge", "--dry-run"], ["export", "--person", PAT], ["report", "--from", today, "--to", today]]) {
      const unreachable = await records(...command, "--graph", "http://127.0.0.1:9/v1.0");
      expect(unreachable.code, command.join(" ")).toBe(2);
      expect(unreachable.stderr.trim().split("\n"), command.join(" ")).toHaveLength(1);
      expect(unreachable.stderr).toMatch(/^records: /);
    }
    const refused = await promisify(execFile)(process.execPath, ["--import", "tsx", "dev/records.ts", "verify", ...onEmulator(), "--token", "not-a-token"]).catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 2 });
    expect((refused as { stderr: string }).stderr.trim().split("\n")).toHaveLength(1);
    expect((refused as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
    // Seven CLI processes, each starting tsx: 76 s alone on this 2-core machine, past 120 s while others' tests run.
  }, 300_000);
});

describe("the records command line, checked before any request", () => {
  const env = { GRAPH_TOKEN: "t" };
  const where = ["--graph", "http://127.0.0.1:9/v1.0"];
  const cases: Array<[string[], RegExp]> = [
    [["export", ...where], /^export needs --person <email or phone>\.$/],
    [["export", "--person", "not an address", ...where], /^export --person: /],
    [["export", "--person", PAT, "--format", "pdf", ...where], /json or html, not "pdf"/],
    [["purge", "--months", "six", ...where], /^--months must be a whole number of months, not "six"\.$/],
    [["purge", "--months", "0", ...where], /between 1 and 1200/],
    [["purge", "--ended-months", "3", ...where], /^A retention period under a year \(3 months for ended strategies\)/],
    [["reconcile", "--since", "last week", ...where], /^--since must be a date/],
    [["reconcile", "--dry-run=yes", ...where], /^Option '--dry-run' does not take an argument/],
    [["reconcile", "--dry-run", "--yes", ...where], /^--yes does not go with reconcile\./],
    [["report", "--from", "2026-10-01", ...where], /^report needs --from YYYY-MM-DD and --to YYYY-MM-DD/],
    [["report", "--from", "2026-12-31", "--to", "2026-10-01", ...where], /is after --to/],
    [["verify", "--months", "3", ...where], /^--months does not go with verify\./],
    [["shred", ...where], /^Usage: npm run records -- export --person/],
    [["verify"], /^Say where to read and write: --graph URL/],
    [["verify", ...where, "--config", "x.json"], /^Give either --config F/],
  ];
  it.each(cases)("%j is refused: %s", (argv, reason) => {
    const parsed = parseRecords(argv, env);
    expect(parsed).toHaveProperty("refused");
    expect((parsed as { refused: string }).refused).toMatch(reason);
  });

  it("takes the token from GRAPH_TOKEN, and refuses without one", () => {
    expect(parseRecords(["verify", ...where], env)).toMatchObject({ command: "verify", target: { token: "t", graphBaseUrl: "http://127.0.0.1:9/v1.0" } });
    expect(parseRecords(["verify", ...where], {})).toMatchObject({ refused: expect.stringMatching(/^Give a Graph token: --token T or GRAPH_TOKEN\./) });
    expect(parseRecords(["purge", "--months", "6", "--yes", ...where], env)).toMatchObject({ command: "purge", contactMonths: 6, endedMonths: 72, dryRun: false });
    expect(parseRecords(["purge", "--months", "6", "--dry-run", ...where], env)).toMatchObject({ command: "purge", dryRun: true });
  });
});
