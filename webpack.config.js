import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";

const root = path.dirname(fileURLToPath(import.meta.url));
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const HOSTS = JSON.parse(readFileSync(path.join(root, "src/graph/microsoft-hosts.json"), "utf8"));

/**
 * The pages' Content-Security-Policy: what they may connect to (fetch, XHR, WebSocket) — their
 * own origin (config.json, the policy copies), Microsoft Graph and Microsoft Entra sign-in, the
 * hosts config.json may name (src/graph/endpoints.ts); and, except in a build to deploy, this
 * machine, where the emulator runs. A token can then go nowhere else even if the code were
 * misled. Only connect-src: office.js and Outlook load their own scripts, frames and styles.
 */
export function contentSecurityPolicy({ deploy }) {
  const microsoft = [...HOSTS.graph, ...HOSTS.login].map((host) => `https://${host}`);
  const local = deploy ? [] : HOSTS.local.flatMap((host) => [`http://${host}:*`, `https://${host}:*`]);
  return `connect-src 'self' ${[...microsoft, ...local].join(" ")}`;
}

/**
 * The event runtime's script as the manifest names it (<bt:Url id="EventsScript.Url">): its
 * origin is where the JavaScript-only runtime fetches config.json from, and it is the one file
 * the well-known URI allows to make CORS requests and get tokens.
 */
function eventsScriptUrl() {
  const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
  const url = /<bt:Url id="EventsScript\.Url" DefaultValue="([^"]+)"/.exec(manifest)?.[1];
  if (!url) throw new Error('manifest.xml has no <bt:Url id="EventsScript.Url">');
  return url;
}

/** The permission level the manifest asks for (<Permissions>): the harness enforces it as Outlook does. */
function manifestPermission() {
  const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
  const level = /<Permissions>\s*(\w+)\s*<\/Permissions>/.exec(manifest)?.[1];
  if (!level) throw new Error("manifest.xml has no <Permissions>");
  return level;
}

/**
 * `/.well-known/microsoft-officeaddins-allowed.json` (docs: "Use SSO or CORS in your
 * event-based or spam-reporting Outlook add-in"): classic Outlook on Windows lets the event
 * runtime's JavaScript file make CORS requests (config.json, Graph) and get tokens only when
 * the add-in's origin lists that file here.
 */
class WellKnownAllowedPlugin {
  constructor(scriptUrl) {
    this.scriptUrl = scriptUrl;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("WellKnownAllowedPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "WellKnownAllowedPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const json = `${JSON.stringify({ allowed: [this.scriptUrl] }, null, 2)}\n`;
        compilation.emitAsset(".well-known/microsoft-officeaddins-allowed.json", new webpack.sources.RawSource(json));
      });
    });
  }
}

const scripts = (target) => ({
  rules: [{ test: /\.[jt]sx?$/, exclude: /node_modules/, loader: "esbuild-loader", options: { target, jsx: "automatic" } }],
});

/**
 * Two builds. `pages`: one entry per page the manifest loads (task pane, sign-in dialog) plus
 * the local Outlook-like harness, which serves the *same* task pane bundle with its office.js
 * shim instead of the CDN. `events`: the event runtime, built apart because classic Outlook on
 * Windows runs it in a JavaScript-only runtime (docs "Activate add-ins with events": imports
 * are not supported, only the one file the manifest names is loaded): one classic script,
 * no chunks to fetch, no eval-based source maps, ES2017 syntax. A build to deploy
 * (`npm run build`, `--env deploy`) leaves the harness, the source maps and the pages' permission
 * to connect to this machine out.
 */
export default (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const mode = production ? "production" : "development";
  const harness = !env.deploy;
  const scriptUrl = eventsScriptUrl();
  const csp = contentSecurityPolicy({ deploy: Boolean(env.deploy) });
  const pages = {
    name: "pages",
    mode,
    context: root,
    // A deployed add-in ships no source maps: its code, comments and paths stay with the office.
    devtool: env.deploy ? false : production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      auth: "./src/dialog/auth.ts",
      ...(harness
        ? { harness: "./dev/harness/index.tsx", "harness-office": "./dev/harness/office-shim.ts", "harness-events-worker": "./dev/harness/events-worker.ts" }
        : {}),
    },
    output: {
      path: path.resolve(root, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // The events build writes beside this one.
      clean: { keep: /^(events\.|\.well-known)/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: scripts("es2020"),
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs: OFFICE_JS, csp },
      }),
      new HtmlWebpackPlugin({
        filename: "auth.html",
        template: "./src/dialog/auth.html",
        chunks: ["auth"],
        templateParameters: { officeJs: OFFICE_JS, csp },
      }),
      ...(harness
        ? [
            new HtmlWebpackPlugin({
              filename: "harness/taskpane.html",
              template: "./src/taskpane/taskpane.html",
              chunks: ["taskpane"],
              publicPath: "/",
              templateParameters: { officeJs: "/harness-office.js", csp },
            }),
            new HtmlWebpackPlugin({
              filename: "harness/index.html",
              template: "./dev/harness/harness.html",
              chunks: ["harness"],
              publicPath: "/",
            }),
          ]
        : []),
      // The harness's pane lives under /harness/, and resolves the policy copy it encloses (assets/policies) from there.
      new CopyWebpackPlugin({ patterns: [{ from: "assets", to: "assets" }, ...(harness ? [{ from: "assets/policies", to: "harness/assets/policies" }] : [])] }),
      ...(harness ? [new webpack.DefinePlugin({ __MANIFEST_PERMISSION__: JSON.stringify(manifestPermission()) })] : []),
    ],
  };
  const events = {
    name: "events",
    dependencies: ["pages"],
    mode,
    context: root,
    target: ["web", "es2017"],
    devtool: env.deploy ? false : "source-map",
    entry: { events: "./src/events/runtime.ts" },
    output: { path: path.resolve(root, "dist"), filename: "[name].js", iife: true, clean: false },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: scripts("es2017"),
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      // MSAL is imported on first use (a real tenant only); it stays inside this one file.
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new webpack.DefinePlugin({ __ADDIN_ORIGIN__: JSON.stringify(new URL(scriptUrl).origin) }),
      new HtmlWebpackPlugin({
        filename: "events.html",
        template: "./src/events/events.html",
        chunks: ["events"],
        templateParameters: { officeJs: OFFICE_JS, csp },
      }),
      new WellKnownAllowedPlugin(scriptUrl),
    ],
  };
  return [pages, events];
};
