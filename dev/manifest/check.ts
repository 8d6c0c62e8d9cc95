/**
 * `npm run check:manifest`: the offline manifest checks (see rules.ts). Exit code 1 with one
 * line per problem; `npm run validate` adds Microsoft's online validator where reachable.
 */
import { readFileSync } from "node:fs";
import { checkManifest } from "./rules";

const manifestPath = process.argv[2] ?? "manifest.xml";
const problems = checkManifest(readFileSync(manifestPath, "utf8"), readFileSync("src/events/runtime.ts", "utf8"));
if (problems.length > 0) {
  console.error(`${manifestPath}: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(`${manifestPath}: well-formed; element order, resids, https single origin, launch-event handlers, requirement sets, permissions, pinning and scopes all as intended.`);
