/**
 * `npm run start:outlook`: sideload into a real Outlook with a tenant's settings.
 * Needs: a Microsoft 365 account that may sideload add-ins, and a `config.tenant.json`
 * (see README "Pointing it at a real tenant"). Serves the development bundle over https on
 * localhost:3000 with office-addin-dev-certs' trusted certificate, then registers the
 * manifest with office-addin-debugging (Outlook on the web: it prints the sideload steps).
 */
import { readFileSync } from "node:fs";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";
import { getHttpsServerOptions } from "office-addin-dev-certs";
import { startDebugging, AppType } from "office-addin-debugging";
import { parseConfig } from "../src/config";
import makeConfig from "../webpack.config.js";

const config = parseConfig(JSON.parse(readFileSync(process.env.CSM_CONFIG ?? "config.tenant.json", "utf8")));
const https = await getHttpsServerOptions();
const compiler = webpack(makeConfig({}, { mode: "development" }));
const server = new WebpackDevServer(
  {
    port: 3000,
    host: "localhost",
    server: { type: "https", options: { ca: https.ca, key: https.key, cert: https.cert } },
    headers: { "Access-Control-Allow-Origin": "*" },
    // No dev-server client: it would be injected into events.js, and classic Outlook's
    // JavaScript-only runtime (no DOM, no location) could not load it.
    client: false,
    webSocketServer: false,
    setupMiddlewares: (middlewares, devServer) => {
      devServer.app?.get("/config.json", (_req, res) => void res.json(config));
      return middlewares;
    },
  },
  compiler,
);
await server.start();
await startDebugging("manifest.xml", { appType: AppType.Desktop, enableDebugging: false, enableLiveReload: false, enableSideload: true });
console.log("Sideloaded. Stop with `npm run stop:outlook`.");
