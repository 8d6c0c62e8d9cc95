/**
 * `npm run check:manifest` (tsx dev/manifest/check.ts manifest.xml [runtime.ts]): the offline
 * manifest checks. Prints what was checked; exit 1 with one line per problem. `npm run
 * validate` adds Microsoft's online validator where the network allows.
 */
import { readFileSync } from "node:fs";
import { CHECKS, checkManifest } from "./check-manifest";
import { EXPECTED } from "./expectations";
import { formatProblem } from "./problem";

const manifestPath = process.argv[2] ?? "manifest.xml";
const runtimePath = process.argv[3] ?? "src/events/runtime.ts";

function read(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    console.error(`cannot read ${path}: ${(error as Error).message}`);
    process.exit(2);
  }
}

const problems = checkManifest(read(manifestPath), { runtimeSource: read(runtimePath) });
if (problems.length > 0) {
  console.error(`${manifestPath}: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  - ${formatProblem(p)}`);
  process.exit(1);
}
console.log(`${manifestPath}: OK against ${runtimePath} (origin ${EXPECTED.origin}, ${EXPECTED.permissions}, Mailbox ${EXPECTED.baseMailboxVersion}/${EXPECTED.overridesMailboxVersion}, scopes ${EXPECTED.scopes.join(" ")})`);
for (const check of CHECKS) console.log(`  ✓ ${check}`);
