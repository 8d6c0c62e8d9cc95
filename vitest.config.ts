import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.{ts,tsx}"],
          exclude: ["test/browser/**"],
          environment: "node",
          // A safety net, not a speed check (speed is `npm run bench`): tests that start a CLI or an
          // emulator take seconds on a loaded 2-core machine, and 5 s failed them spuriously.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/browser/global-setup.ts"],
          // Each file from a freshly seeded demo office (one emulator is shared; see the file).
          setupFiles: ["test/browser/fresh-office.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One Chromium at a time on a 2-core machine.
          pool: "forks",
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
