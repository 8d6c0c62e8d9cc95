/**
 * `npm run emulator -- [--port N] [--data DIR] [--empty]`
 * Serves the Graph emulator, seeded with the demo office unless --empty (or already
 * seeded in DIR), and prints its base URL and the dev bearer token.
 */
import { parseArgs } from "node:util";
import { seedDemoOffice } from "../demo/office";
import { seedDemoMailbox } from "../demo/mailbox";
import { startEmulator } from "./server";

const { values } = parseArgs({ options: { port: { type: "string", default: "4000" }, data: { type: "string" }, empty: { type: "boolean", default: false } } });
const emulator = await startEmulator({ port: Number(values.port), ...(values.data ? { dataDir: values.data } : {}) });
if (!values.empty) {
  await seedDemoOffice({ baseUrl: emulator.baseUrl, token: emulator.token });
  seedDemoMailbox(emulator);
}
console.log(`Graph emulator: ${emulator.baseUrl}`);
console.log(`Dev bearer token: ${emulator.token}   (others: dev-token-morgan.reid, dev-token-dana.chief, …)`);
console.log(`Controls: POST ${emulator.origin}/_emulator/faults · GET ${emulator.origin}/_emulator/log · POST ${emulator.origin}/_emulator/reset`);
const stop = () => void emulator.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
