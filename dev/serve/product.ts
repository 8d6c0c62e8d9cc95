import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { seedDemoMailbox } from "../demo/mailbox";
import { seedDemoOffice } from "../demo/office";
import { startEmulator, type Emulator } from "../emulator/server";
import { harnessConfig } from "./config";
import { serveStatic } from "./static";

export const DIST = join(import.meta.dirname, "../../dist");

/**
 * A production build of every page (task pane, event runtime, harness) into dist/ — in a child
 * process (webpack-cli), so the caller's event loop stays free: the browser tests' global set-up
 * runs inside vitest's main process, and a minute of webpack there starved its workers' messages
 * ("Timeout calling onTaskUpdate") while the unit tests ran beside it.
 */
export function build(): Promise<void> {
  const cli = createRequire(import.meta.url).resolve("webpack-cli/bin/cli.js");
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cli, "--mode", "production", "--no-stats"], { cwd: join(import.meta.dirname, "../.."), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`The production build failed:\n${stderr || stdout || error.message}`));
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
