/**
 * Who is in force, from the same code as the pane (src/app, src/policy/in-force):
 *   npm run strategies -- check --address A
 *     one JSON line: inForce, strategyId, the approving decision and its author (SharePoint's
 *     createdBy), the approved review date, what changed since approval, decisions refused;
 *   npm run strategies -- due [--within DAYS]
 *     one JSON line per review due within DAYS (30 by default) or overdue, soonest first.
 * Where: `--graph URL --token T` (or GRAPH_TOKEN) for the local emulator's demo office, or
 * `--config F --token T` for a tenant (its site, pack and roles). A bad argument is one line on
 * stderr and exit code 2; so is a failure reaching Graph (and an address whose records could not be read).
 */
import { checkAddresses } from "../src/app/sender-check";
import { reviewsDue } from "../src/app/strategy/reviews";
import { devTokenProvider } from "../src/graph/auth/dev";
import { createGraphClient } from "../src/graph/client";
import type { Identity } from "../src/policy/decision";
import type { InForceView } from "../src/policy/in-force";
import { createSenderIndex } from "../src/store/sender-index";
import { resolveSiteId } from "../src/store/sharepoint/site";
import { createSharePointStore } from "../src/store/sharepoint/store";
import { mayPurgeIn } from "../src/store/retention-items";
import { siteAddress } from "./provision-site";
import { parseCommand } from "./strategies/args";

const who = (identity: Identity) => ({ displayName: identity.displayName, ...(identity.upn ? { upn: identity.upn } : {}), ...(identity.id ? { id: identity.id } : {}) });
const refused = (view: InForceView) => view.refused.map((r) => ({ id: r.id, kind: r.kind, author: who(r.author), reason: r.reason, message: r.message }));

async function main(): Promise<void> {
  const parsed = parseCommand(process.argv.slice(2), process.env);
  if ("refused" in parsed) {
    console.error(parsed.refused);
    process.exit(2);
  }
  const { target } = parsed;
  const graph = createGraphClient({ graphBaseUrl: target.graphBaseUrl, tokens: devTokenProvider(target.token) });
  const store = createSharePointStore(graph, await resolveSiteId(graph, siteAddress(target.site)), { mayPurge: mayPurgeIn(target.pack, target.roster) });
  if (parsed.command === "check") {
    const index = createSenderIndex(store);
    await index.refresh();
    const verdict = await checkAddresses([{ address: parsed.address, role: "from" }], { index, store, pack: target.pack, roster: target.roster });
    if (verdict.kind !== "strategy") {
      console.log(JSON.stringify({ address: parsed.address, inForce: false, strategyId: null, ...(verdict.kind === "unavailable" ? { problem: verdict.problem } : {}) }));
      if (verdict.kind === "unavailable") process.exitCode = 2;
      return;
    }
    const { view } = verdict;
    const decision = view.inForce ? view.decision : view.lastDecision;
    console.log(
      JSON.stringify({
        address: parsed.address,
        inForce: verdict.inForce,
        strategyId: view.strategyId,
        person: verdict.strategy.person.displayName,
        status: view.claimed,
        decision: decision ? { id: decision.id, kind: decision.kind, recordedAt: decision.recordedAt, author: who(decision.author), rationale: decision.rationale } : null,
        ...(view.inForce ? { reviewDate: view.terms.reviewDate, addressApproved: verdict.inForce, changedSinceApproval: view.changedSinceApproval } : { why: view.why }),
        refused: refused(view),
      }),
    );
    return;
  }
  const today = new Date().toISOString().slice(0, 10);
  for (const due of await reviewsDue(store, target.pack, target.roster, today, parsed.withinDays)) {
    console.log(
      JSON.stringify({
        strategyId: due.view.strategyId,
        person: due.view.terms.personName,
        reviewDate: due.reviewDate,
        state: due.state,
        decision: { id: due.view.decision.id, kind: due.view.decision.kind, author: who(due.view.decision.author) },
      }),
    );
  }
}

main().catch((error: unknown) => {
  // One line a person can act on; never a stack trace.
  console.error(`strategies: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
