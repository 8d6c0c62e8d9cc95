import { seedDemoOffice } from "../dev/demo/office";
import { DEMO_ROSTER, DEMO_SITE, STAFF_DOMAIN } from "../dev/demo/people";
import { startEmulator } from "../dev/emulator/server";
import { isRestricted, syntheticMailbox } from "../dev/flagger/synthetic-mail";
import { memoryCheckpoints } from "../src/flagger/core/run";
import { sweepTarget } from "../src/flagger/host";
import { getPack } from "../src/policy/packs/index";

/**
 * The auto-flagger (issue 16): one sweep of a shared inbox of 10,000 messages, 1% from a person
 * under a strategy in force, against the Graph emulator in this process (so the figure includes
 * the emulator's own work on the same core). Targets: ≥ 2,000 messages swept a second and
 * ≤ 15 Graph requests per 1,000 messages. A second sweep with nothing new shows the cost of
 * keeping watch. Requests are counted as the worker sent them, retries included.
 */
const UPN = `enquiries@${STAFF_DOMAIN}`;

export async function run(): Promise<void> {
  const emulator = await startEmulator();
  try {
    await seedDemoOffice({ baseUrl: emulator.baseUrl, token: emulator.token, now: new Date("2026-11-25T10:00:00Z") });
    const mail = syntheticMailbox(10_000, 0.01);
    emulator.seedMail(UPN, mail.map((m) => m.data));
    const target = { graphBaseUrl: emulator.baseUrl, tokens: { getToken: async () => "dev-app-token" }, site: DEMO_SITE, pack: getPack("warwickshire"), roster: DEMO_ROSTER, staffDomains: [STAFF_DOMAIN], mailboxes: [{ upn: UPN, folders: ["inbox"] }], checkpoints: memoryCheckpoints() };
    const start = performance.now();
    const first = await sweepTarget(target);
    const seconds = (performance.now() - start) / 1000;
    const perThousand = (first.requests * 1000) / first.swept;
    console.log(`first sweep: ${first.swept.toLocaleString("en-GB")} messages (${mail.filter((m) => isRestricted(m.kind)).length} restricted) in ${seconds.toFixed(2)} s = ${Math.round(first.swept / seconds).toLocaleString("en-GB")} messages/s (target ≥ 2,000)`);
    console.log(`  Graph requests: ${first.requests} = ${perThousand.toFixed(1)} per 1,000 messages (target ≤ 15); flagged ${first.flagged}, breaches ${first.breaches}, alerts ${first.alerts}`);
    const quietStart = performance.now();
    const quiet = await sweepTarget(target);
    console.log(`a sweep with nothing new: ${quiet.requests} Graph requests, ${(performance.now() - quietStart).toFixed(0)} ms`);
  } finally {
    await emulator.close();
  }
}
