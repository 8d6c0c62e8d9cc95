import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import webpack from "webpack";
import makeConfig from "../../webpack.config.js";
import { seedDemoMailbox } from "../demo/mailbox";
import { seedDemoOffice } from "../demo/office";
import { startEmulator, type Emulator } from "../emulator/server";
import { harnessConfig } from "./config";
import { serveStatic } from "./static";

export const DIST = join(import.meta.dirname, "../../dist");

/** A production build of every page (task pane, event runtime, harness) into dist/. */
export function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(makeConfig({}, { mode: "production" }), (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/** The product on its embedded default: emulator seeded with the demo office, the built bundle served beside it. */
export async function serveProduct(): Promise<{ emulator: Emulator; url: string; close(): Promise<void> }> {
  if (!existsSync(join(DIST, "harness/index.html")) || statSync(join(DIST, "taskpane.js")).size === 0) await build();
  const emulator = await startEmulator();
  await seedDemoOffice({ baseUrl: emulator.baseUrl, token: emulator.token });
  seedDemoMailbox(emulator);
  const web = await serveStatic(DIST, (cookie) => harnessConfig(emulator.baseUrl, emulator.token, cookie));
  return { emulator, url: web.url, close: async () => (await web.close(), await emulator.close()) };
}
