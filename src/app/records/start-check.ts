import type { CaseStore } from "../../store/port";
import { reconcile, type ReconcileReport } from "./reconcile";

/**
 * The pane's cheap reconcile when it starts: every strategy against its StrategyAddresses rows (a
 * short list, one request), and the contacts and audit events of the last week (ranges of their
 * indexed dates: an intent for a message never stored is among the events) against their trails
 * (read in `$batch`es of 20), and the decisions of the week against the Decisions list — about ten
 * Graph requests for an office's week (test/store/sharepoint.test.ts counts them), none of them a
 * write on clean records — so a write cut short (a 503 on the AuditTrail, a dropped `$batch`) is repaired by the
 * next pane anyone opens, and the person is told, never left to `npm run records -- reconcile`.
 * Repairs are idempotent: two panes starting at once repair once. Writes of the last few minutes
 * are left to a later check (they may still be finishing in someone's pane).
 */
export const START_CHECK_DAYS = 7;
export const SETTLE_MS = 5 * 60_000;

export type StartCheckStore = Parameters<typeof reconcile>[0] & Pick<CaseStore, "listStrategies" | "siteGaps">;

/** The start check's reconcile, and what the site lacks that this version writes (the store's `siteGaps`: said to the user). */
export type StartCheckReport = ReconcileReport & { siteGaps: string[] };

/**
 * What the pane says when some repairs could not be made (each with why), and what it finished meanwhile in the user's
 * name; undefined when every repair was made. The pane's check goes on past one it cannot make (reconcile.ts).
 */
export function unfinishedRepairs(report: ReconcileReport & { siteGaps?: string[] }): string | undefined {
  if (report.failed.length === 0) return undefined;
  const site = siteGapWords(report);
  const which = report.failed.length === 1 ? "One record could not be finished" : `${report.failed.length} records could not be finished`;
  const done = report.repaired.length ? ` The rest were finished, written in your name: ${report.repaired.map((r) => r.message).join(" ")}` : "";
  return `${which}: ${report.failed.map((f) => f.message).join(" ")}${done}${site ? ` ${site}` : ""}`;
}

/**
 * What the site lacks, for the pane: recording works on such a site (the store writes without the column), but what it
 * leaves out is an administrator's to fix, so the user is told whom to tell. Undefined when it lacks nothing.
 */
export function siteGapWords(report: { siteGaps?: string[] }): string | undefined {
  return report.siteGaps?.length ? `Tell whoever looks after the add-in's SharePoint site: ${report.siteGaps.join(" ")}` : undefined;
}

export async function checkOnStart(store: StartCheckStore, by: string, now: Date): Promise<StartCheckReport> {
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const [report, siteGaps] = await Promise.all([
    reconcile(store, { by, now: now.toISOString(), since: ago(START_CHECK_DAYS * 86_400_000), settledBefore: ago(SETTLE_MS) }),
    // Said when known; a failed read of the list's columns is no reason to withhold the check's own findings.
    (store.siteGaps?.() ?? Promise.resolve([])).catch((): string[] => []),
  ]);
  return { ...report, siteGaps };
}
