import { afterAll, beforeAll, beforeEach } from "vitest";
import { seedDemoOffice } from "../../dev/demo/office";
import { startEmulator, type Emulator } from "../../dev/emulator/server";

/** The day the demo office is seeded as of, in tests that need its dates fixed. */
export const DEMO_SEEDED_AT = new Date("2026-11-25T10:00:00Z");

/**
 * One emulator for the test file, emptied and seeded with the demo office (as of
 * DEMO_SEEDED_AT) before each test, so every test starts from the same office. Returns the
 * running emulator; hooks a file registers after calling this run after the seeding.
 */
export function demoOfficeEachTest(): () => Emulator {
  let emulator: Emulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator?.close());
  beforeEach(async () => {
    await fetch(`${emulator!.origin}/_emulator/reset`, { method: "POST" });
    await seedDemoOffice({ baseUrl: emulator!.baseUrl, token: emulator!.token, now: DEMO_SEEDED_AT });
  }, 60_000);
  return () => emulator!;
}
