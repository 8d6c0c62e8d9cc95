/**
 * `npm run build:functions`: the auto-flagger's Azure Functions app (v4 programming model) in
 * deploy/functions — host.json, package.json and dist/index.js, one bundle of
 * src/flagger/azure/index.ts with everything but @azure/functions (which the app installs from its
 * package.json, as the Functions runtime expects). Zip that folder to deploy it (README).
 */
import { build } from "esbuild";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
// `--out FILE` builds elsewhere (the test builds into a temporary folder).
const at = process.argv.indexOf("--out");
const out = at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : join(root, "deploy/functions/dist/index.js");
const result = await build({
  entryPoints: [join(root, "src/flagger/azure/index.ts")],
  outfile: out,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["@azure/functions"],
  sourcemap: true,
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`Built ${out} (${(bytes / 1024).toFixed(0)} KB with its source map).`);
