/**
 * `npm run emulator -- [--port N] [--data DIR] [--empty] [--https]`
 * Serves the Graph emulator and prints its base URL and the dev bearer token. Without --data
 * the tenant lives in memory; with it, it persists as JSON in DIR across restarts. Unless
 * --empty, the demo office (lists, strategies) is provisioned through the product's own store
 * over HTTP, and the demo mail is delivered to the shared enquiries mailbox and to Casey (/me).
 * --https serves TLS on a self-signed certificate (kept in DIR with --data) and prints its path,
 * for tools on the stock Graph SDK, which sends no token to a plain-http custom host.
 */
import { rootCertificates } from "node:tls";
import { parseArgs } from "node:util";
import { Agent, setGlobalDispatcher } from "undici";
import { seedDemoMailbox } from "../demo/mailbox";
import { seedDemoOffice } from "../demo/office";
import { demoMessages } from "./seed-mail";
import { startEmulator } from "./server";
import { DEV_APP_TOKENS } from "./tokens";

const ENQUIRIES = "enquiries@opcc.example.gov.uk";

const { values } = parseArgs({ options: { port: { type: "string", default: "4000" }, data: { type: "string" }, empty: { type: "boolean", default: false }, https: { type: "boolean", default: false } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number (0 = any), not ${values.port}`);
const emulator = await startEmulator({ port, https: values.https, ...(values.data ? { dataDir: values.data } : {}) });
// The demo seeding below goes through this process's own fetch, which must trust the
// self-signed certificate too; the public roots stay so nothing else breaks.
if (emulator.certificatePem) setGlobalDispatcher(new Agent({ connect: { ca: [...rootCertificates, emulator.certificatePem] } }));
if (!values.empty) {
  await seedDemoOffice({ baseUrl: emulator.baseUrl, token: emulator.token });
  seedDemoMailbox(emulator);
  // Once only: a persistent --data directory keeps the mail from the first run.
  const enquiries = emulator.world.users.find((u) => u.userPrincipalName === ENQUIRIES)!;
  if (!emulator.world.mailboxes.some((b) => b.userId === enquiries.id && b.messages.length > 0)) emulator.seedMail(ENQUIRIES, demoMessages());
}
console.log(`Graph emulator: ${emulator.baseUrl}`);
console.log(`Dev bearer token: ${emulator.token}   (delegated, Casey Worker; others: dev-token-morgan.reid, dev-token-sam.carter, dev-token-dana.chief, dev-token-robin.hale)`);
// App-only: may read and write every mailbox (Mail.ReadWrite), as the auto-flagger needs; delegated tokens reach their own only.
console.log(`App-only token: dev-app-token   (roles ${DEV_APP_TOKENS["dev-app-token"]!.roles.join(", ")}; for granting sites: dev-admin-app-token, Sites.FullControl.All)`);
if (emulator.certificatePath) console.log(`TLS certificate (trust it, or NODE_EXTRA_CA_CERTS=<path> for Node): ${emulator.certificatePath}`);
console.log(`Controls: POST ${emulator.origin}/_emulator/faults · GET ${emulator.origin}/_emulator/log · POST ${emulator.origin}/_emulator/reset · POST ${emulator.origin}/_emulator/mail`);
const stop = () => void emulator.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
