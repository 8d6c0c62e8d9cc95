import { createGraphClient, type GraphClientOptions } from "../graph/client";
import type { TokenProvider } from "../graph/middleware/auth";
import type { PolicyPack } from "../policy/packs/schema";
import type { StaffRoster } from "../policy/roster";
import { resolveSiteId } from "../store/sharepoint/site";
import { createSharePointStore } from "../store/sharepoint/store";
import { mayPurgeIn } from "../store/retention-items";
import type { Checkpoints } from "./core/ports";
import { sweepAll, type SweepSummary } from "./core/run";
import { graphMailbox } from "./graph/mailbox";
import { loadLearnedScorerOnce } from "../app/learned-scorer";

/** Where and as whom a host sweeps: every host (the CLI, the Functions app) builds one of these. */
export interface FlaggerTarget {
  graphBaseUrl: string;
  /** App-only: the worker reads other people's mailboxes, which a delegated token may not. */
  tokens: TokenProvider;
  site: string;
  pack: PolicyPack;
  roster: StaffRoster;
  staffDomains: readonly string[];
  /** The office's staff by name (config `staffNames`). */
  staffNames?: readonly string[];
  mailboxes: ReadonlyArray<{ upn: string; folders: readonly string[]; rules?: boolean }>;
  checkpoints: Checkpoints;
}

/** What a host reports of one sweep: the core's summary and the Graph requests it cost (retries included). */
export type HostSummary = Omit<SweepSummary, "folders" | "rules"> & {
  rules?: SweepSummary["rules"];
  requests: number;
  /** Set when the learned scorer's weights could not be loaded: this sweep's alerts are the rules' alone. */
  scorerProblem?: string;
  mailboxes: Array<{ mailbox: string; folder: string; swept: number; flagged: number; breaches: number; resumed: boolean; restarted: boolean }>;
};

export const RECORDER = "Contact Strategy Manager (auto-flagger)";

/** One sweep of every configured mailbox, wired to Graph and the SharePoint store: the hosts' only entry into the core. */
export async function sweepTarget(target: FlaggerTarget, options: { now?: () => Date; retry?: GraphClientOptions["retry"] } = {}): Promise<HostSummary> {
  let requests = 0;
  const graph = createGraphClient({ graphBaseUrl: target.graphBaseUrl, tokens: target.tokens, observe: () => void (requests += 1), ...(options.retry ? { retry: options.retry } : {}) });
  const store = createSharePointStore(graph, await resolveSiteId(graph, target.site), { mayPurge: mayPurgeIn(target.pack, target.roster) });
  const learned = await loadLearnedScorerOnce();
  const summary = await sweepAll(
    target.mailboxes.map((m) => ({ mailbox: graphMailbox(graph, m.upn), folders: m.folders, rules: m.rules ?? false })),
    { store, checkpoints: target.checkpoints, pack: target.pack, roster: target.roster, staffDomains: target.staffDomains, ...(target.staffNames ? { staffNames: target.staffNames } : {}), now: options.now ?? (() => new Date()), recorder: RECORDER, scorer: learned.scorer },
  );
  const { folders, rules, ...totals } = summary;
  return {
    ...totals,
    ...(rules.length > 0 ? { rules } : {}),
    requests,
    ...(learned.problem ? { scorerProblem: learned.problem } : {}),
    mailboxes: folders.map((f) => ({ mailbox: f.mailbox, folder: f.folder, swept: f.swept, flagged: f.flagged, breaches: f.breaches, resumed: f.resumed, restarted: f.restarted })),
  };
}
