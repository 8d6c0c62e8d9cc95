/**
 * `npm start`: the product on its embedded default — the Graph emulator (seeded with a
 * demo office, data kept in .data/emulator) and the Outlook-like harness with the real
 * task pane, rebuilt on change by webpack-dev-server (reload the page). Open the printed harness URL.
 */
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";
import { startEmulator } from "./emulator/server";
import { seedDemoOffice } from "./demo/office";
import { seedDemoMailbox } from "./demo/mailbox";
import { harnessConfig } from "./serve/config";
import makeConfig from "../webpack.config.js";

const EMULATOR_PORT = Number(process.env.EMULATOR_PORT ?? 4000);
const PORT = Number(process.env.PORT ?? 3000);

const emulator = await startEmulator({ port: EMULATOR_PORT, dataDir: ".data/emulator" });
await seedDemoOffice({ baseUrl: emulator.baseUrl, token: emulator.token });
seedDemoMailbox(emulator);

const compiler = webpack(makeConfig({}, { mode: "development" }));
const server = new WebpackDevServer(
  {
    port: PORT,
    host: "localhost",
    hot: false,
    // No dev-server client: it would be injected into events.js too, which the harness runs as
    // classic Outlook does (a Worker, no DOM); the event runtime must stay one clean script.
    // Bundles are still rebuilt on change: reload the page to see them.
    client: false,
    webSocketServer: false,
    setupMiddlewares: (middlewares, devServer) => {
      devServer.app?.get(["/config.json", "/harness/config.json"], (req, res) => void res.json(harnessConfig(emulator.baseUrl, emulator.token, req.headers.cookie)));
      return middlewares;
    },
  },
  compiler,
);
await server.start();
console.log(`Graph emulator: ${emulator.baseUrl} (dev token: ${emulator.token})`);
console.log(`Outlook-like harness: http://localhost:${PORT}/harness/`);

const stop = async () => {
  await server.stop();
  await emulator.close();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
