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

export type StartCheckStore = Parameters<typeof reconcile>[0] & Pick<CaseStore, "listStrategies">;

/**
 * What the pane says when some repairs could not be made (each with why), and what it finished meanwhile in the user's
 * name; undefined when every repair was made. The pane's check goes on past one it cannot make (reconcile.ts).
 */
export function unfinishedRepairs(report: ReconcileReport): string | undefined {
  if (report.failed.length === 0) return undefined;
  const which = report.failed.length === 1 ? "One record could not be finished" : `${report.failed.length} records could not be finished`;
  const done = report.repaired.length ? ` The rest were finished, written in your name: ${report.repaired.map((r) => r.message).join(" ")}` : "";
  return `${which}: ${report.failed.map((f) => f.message).join(" ")}${done}`;
}

export function checkOnStart(store: StartCheckStore, by: string, now: Date): Promise<ReconcileReport> {
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
  return reconcile(store, { by, now: now.toISOString(), since: ago(START_CHECK_DAYS * 86_400_000), settledBefore: ago(SETTLE_MS) });
}
