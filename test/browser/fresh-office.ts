import { beforeAll, inject } from "vitest";
import { seedDemoOffice } from "../../dev/demo/office";
import { CASEY } from "../../dev/demo/people";
import { demoMessages } from "../../dev/emulator/seed-mail";

/**
 * Every browser test file starts from the demo office as `npm start` seeds it, whatever the files
 * before it did: they share one emulator (the bundle is built once), and vitest orders the files by
 * the durations it cached on the last run, so a clean clone (CI) runs them in another order than a
 * working copy. Tests that passed here then failed there on what an earlier file had left behind
 * (a deleted alert action named on Pat's message; Riley Evans's letters). The emulator's own reset
 * empties the tenant; the demo office and Casey's inbox are then seeded through the product's code.
 */
beforeAll(async () => {
  const origin = inject("emulatorOrigin");
  const reset = await fetch(`${origin}/_emulator/reset`, { method: "POST" });
  if (!reset.ok) throw new Error(`Resetting the emulator failed: HTTP ${reset.status}`);
  await seedDemoOffice({ baseUrl: `${origin}/v1.0`, token: "dev-token" });
  const mail = await fetch(`${origin}/_emulator/mail`, { method: "POST", body: JSON.stringify({ to: CASEY.upn, messages: demoMessages(new Date()) }) });
  if (!mail.ok) throw new Error(`Seeding Casey's inbox failed: HTTP ${mail.status} ${await mail.text()}`);
}, 180_000);
