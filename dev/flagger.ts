/**
 * The auto-flagger on one machine (issue 16), a thin host around src/flagger:
 *   npm run flagger -- --once --graph URL --token T --mailbox UPN [--mailbox UPN…] [--folder F…]
 *     one sweep of the emulator's demo office with the app-only token it printed; one JSON line:
 *     inForce, swept, restricted, flagged, moved, breaches, alerts, requests, and each folder's;
 *   npm run flagger -- --interval SECONDS …
 *     keeps sweeping, a JSON line a sweep, until stopped (Ctrl+C stops after the sweep under way);
 *   --config F for a tenant (its site, pack, roles, staff domains and the `flagger` section:
 *     mailboxes, checkpoint file, the app's certificate sign-in), --checkpoints FILE to move the place.
 * A bad argument is one line on stderr and exit code 2; a sweep that fails is one line and exit 1
 * (its checkpoint keeps its place: the next run starts there and flags nothing twice).
 */
import { fileCheckpoints } from "../src/flagger/node/file-checkpoints";
import { appTokenProvider } from "../src/flagger/node/app-auth";
import { sweepTarget, type FlaggerTarget } from "../src/flagger/host";
import { parseFlaggerArgs } from "./flagger/args";

const oneLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split("\n")[0];

async function main(): Promise<void> {
  const run = parseFlaggerArgs(process.argv.slice(2), process.env);
  if ("refused" in run) {
    console.error(run.refused);
    process.exit(2);
  }
  if (!run.staffNames?.length) {
    // Issue 10: without the office's names, a threat naming staff by name alone is missed (README, staffNames).
    console.error("flagger: config has no staffNames; a threat naming a member of staff by name alone is read as one only when they are a recipient or named by title. List the office's staff in staffNames.");
  }
  const token = run.token;
  const target: FlaggerTarget = {
    graphBaseUrl: run.graphBaseUrl,
    tokens: token ? { getToken: async () => token } : appTokenProvider(run.app!),
    site: run.site,
    pack: run.pack,
    roster: run.roster,
    staffDomains: run.staffDomains,
    staffNames: run.staffNames,
    mailboxes: run.mailboxes,
    checkpoints: fileCheckpoints(run.checkpointsFile),
  };
  if (run.mode.once) {
    console.log(JSON.stringify(await sweepTarget(target)));
    return;
  }
  const { intervalSeconds } = run.mode;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let wake = () => undefined as void;
  const stop = () => {
    stopping = true;
    clearTimeout(timer);
    wake();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  while (!stopping) {
    try {
      console.log(JSON.stringify({ at: new Date().toISOString(), ...(await sweepTarget(target)) }));
    } catch (error) {
      // Polling goes on: the checkpoint kept its place, and the next sweep starts there.
      console.error(JSON.stringify({ at: new Date().toISOString(), error: oneLine(error) }));
    }
    if (stopping) break;
    await new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, intervalSeconds * 1000);
    });
  }
}

main().catch((error: unknown) => {
  console.error(`flagger: ${oneLine(error)}`);
  process.exit(1);
});
