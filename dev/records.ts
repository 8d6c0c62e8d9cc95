/**
 * The records an office is judged on, from the same code as the pane (src/app/records):
 *   npm run records -- export --person ADDRESS [--format json|html] [--out F]
 *     everything held about a person (subject access, DPA 2018; Warwickshire 9): every address on
 *     their strategies searched, listed in the export; JSON, or a readable HTML document. Audited.
 *   npm run records -- purge [--months N] [--ended-months N] [--dry-run] [--yes]
 *     retention: contacts older than N months (config `retentionMonths`, else 24) that no strategy
 *     in force, under review or disputed keeps, and ended strategies older than their period
 *     (`endedStrategyRetentionMonths`, else 72), each with what describes it. --dry-run lists what
 *     would go; a period under 12 months needs --yes. Audited before and after.
 *   npm run records -- verify      the audit trail's chains, authors and edits, decisions that do not count (with why), and alerts set aside awaiting the authoriser over 2 working days; exit 1 on a break
 *   npm run records -- reconcile [--since DATE] [--dry-run]   repairs what an interrupted write left half-done,
 *     and re-keys letters recorded before addresses were normalised; --dry-run lists it, writing nothing
 *   npm run records -- report --from DATE --to DATE [--format json|csv] [--out F]   the board's report
 * Where: `--graph URL --token T` (or GRAPH_TOKEN) for the emulator's demo office, `--config F` for a
 * tenant. A bad argument or a failed request is one line on stderr and exit code 2.
 */
import { writeFileSync } from "node:fs";
import { readBoardReport, reportCsv } from "../src/app/records/board-report";
import { reconcile } from "../src/app/records/reconcile";
import { applyRetention, planRetention, planSummary } from "../src/app/records/retention";
import { counts, exportPerson } from "../src/app/records/subject-access";
import { subjectAccessDocument } from "../src/app/records/subject-document";
import { verifyRecords } from "../src/app/records/verify";
import { devTokenProvider } from "../src/graph/auth/dev";
import { createGraphClient, type GraphClient } from "../src/graph/client";
import { resolveSiteId } from "../src/store/sharepoint/site";
import { createSharePointStore } from "../src/store/sharepoint/store";
import { mayPurgeIn } from "../src/store/retention-items";
import { siteAddress } from "./provision-site";
import { parseRecords, type RecordsCommand } from "./records/args";

async function main(): Promise<void> {
  const parsed = parseRecords(process.argv.slice(2), process.env);
  if ("refused" in parsed) return fail(parsed.refused);
  const graph = createGraphClient({ graphBaseUrl: parsed.target.graphBaseUrl, tokens: devTokenProvider(parsed.target.token) });
  const store = createSharePointStore(graph, await resolveSiteId(graph, siteAddress(parsed.target.site)), { mayPurge: mayPurgeIn(parsed.target.pack, parsed.target.roster) });
  const now = new Date().toISOString();
  const by = parsed.by ?? (await whoAmI(graph, parsed.target.token));
  const write = (text: string, out: string | undefined, what: string) => {
    if (!out) return void process.stdout.write(text);
    writeFileSync(out, text);
    console.log(`${what} written to ${out}.`);
  };
  switch (parsed.command) {
    case "export": {
      const exported = await exportPerson(store, parsed.person, { by, now, pack: parsed.target.pack, roster: parsed.target.roster });
      write(parsed.format === "html" ? subjectAccessDocument(exported) : `${JSON.stringify(exported, null, 2)}\n`, parsed.out, `The records held for ${parsed.person} (${counts(exported)}; addresses searched: ${exported.addressesSearched.join(", ")})`);
      return;
    }
    case "purge":
      return purge(parsed, store, by, now);
    case "verify": {
      const report = await verifyRecords(store, { pack: parsed.target.pack, roster: parsed.target.roster });
      for (const gap of report.siteGaps) console.log(`site\t\t${gap}`);
      for (const b of report.breaks) console.log(`${b.kind}\t${b.target}\t${b.message}`);
      console.log(`Checked ${report.events} audit events on ${report.targets} records (${report.unchained} written before the chain): ${report.breaks.length ? `${report.breaks.length} problems.` : "no problems found."}${report.siteGaps.length ? " The site needs npm run provision (above)." : ""}`);
      if (report.breaks.length || report.siteGaps.length) process.exitCode = 1;
      return;
    }
    case "reconcile": {
      const report = await reconcile(store, { by, now, dryRun: parsed.dryRun, ...(parsed.since ? { since: parsed.since } : {}) });
      for (const r of report.repaired) console.log(`${parsed.dryRun ? "would repair\t" : ""}${r.what}\t${r.target}\t${r.message}`);
      const checked = `Checked ${report.strategies} strategies and ${report.contacts} contacts`;
      for (const f of report.failed) console.log(`could not repair\t${f.target}\t${f.message}`);
      const failed = report.failed.length ? `, ${report.failed.length} could not be repaired` : "";
      console.log(parsed.dryRun ? `Dry run, nothing written: ${checked}, ${report.repaired.length} to repair.` : `${checked}: ${report.repaired.length} repaired${failed}.`);
      if (report.failed.length) process.exitCode = 1;
      return;
    }
    case "report": {
      const report = await readBoardReport(store, parsed.target.pack, parsed.target.roster, { from: parsed.from, to: parsed.to });
      write(parsed.format === "csv" ? reportCsv(report) : `${JSON.stringify(report, null, 2)}\n`, parsed.out, `The report for ${parsed.from} to ${parsed.to}`);
      return;
    }
  }
}

async function purge(parsed: Extract<RecordsCommand, { command: "purge" }>, store: ReturnType<typeof createSharePointStore>, by: string, now: string): Promise<void> {
  const plan = await planRetention(store, { rule: { contactMonths: parsed.contactMonths, endedStrategyMonths: parsed.endedMonths }, now, pack: parsed.target.pack, roster: parsed.target.roster });
  for (const s of plan.skipped) console.log(`skipped\tstrategy\t${s.id}\t${s.why}`);
  for (const l of plan.lettersKept) console.log(`kept\tletter\t${l.id}\t${l.why}`);
  if (parsed.dryRun) {
    for (const c of plan.contacts) console.log(`would delete\tcontact\t${c.id}\treceived ${c.receivedAt.slice(0, 10)} from ${c.senderAddress}`);
    for (const s of plan.strategies) console.log(`would delete\tstrategy\t${s.id}\t${s.person}, ${s.status}, last changed ${s.lastActivity.slice(0, 10)}`);
    for (const l of plan.letters) console.log(`would delete\tletter\t${l.id}\trecorded ${l.recordedAt.slice(0, 10)} for ${l.address}`);
    for (const k of plan.kept) console.log(`would keep\tcontact\t${k.id}\treceived ${k.receivedAt.slice(0, 10)}: ${k.why} (${k.strategyId})`);
    console.log(`Dry run, nothing deleted: ${planSummary(plan)}.`);
    return;
  }
  const done = await applyRetention(store, plan, { by, now });
  console.log(`Deleted ${Object.entries(done).map(([what, n]) => `${n} ${what}`).join(", ")}; kept ${plan.kept.length} old contacts a strategy relies on.`);
}

/**
 * Who the token acts as, for the audit events the command writes: SharePoint will record the same
 * person as their author. A person's token answers /me; an app-only token (a scheduled job) does
 * not, and names its app in its `appid` claim.
 */
async function whoAmI(graph: GraphClient, token: string): Promise<string> {
  try {
    const me = (await graph.client.api("/me").select("userPrincipalName,mail").get()) as { userPrincipalName?: string; mail?: string };
    if (me.mail || me.userPrincipalName) return (me.mail ?? me.userPrincipalName)!;
  } catch {
    // An app-only token: read its claim below.
  }
  const claims = token.split(".")[1];
  const app = claims ? (JSON.parse(Buffer.from(claims, "base64url").toString("utf8")) as { appid?: string; azp?: string }) : {};
  if (app.appid || app.azp) return (app.appid ?? app.azp)!;
  throw new Error("could not tell who this token acts as (no /me, no appid claim); give --by <sign-in address or app id>");
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

main().catch((error: unknown) => fail(`records: ${error instanceof Error ? error.message : String(error)}`));
