import { afterAll, beforeAll, beforeEach } from "vitest";
import { seedDemoOffice } from "../../dev/demo/office";
import { DEMO_ROSTER, DEMO_SITE, tokenOf } from "../../dev/demo/people";
import { startEmulator, type Emulator } from "../../dev/emulator/server";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { createGraphClient } from "../../src/graph/client";
import type { Actor, ContactStrategy } from "../../src/policy/strategy";
import type { CaseStore } from "../../src/store/port";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { createSharePointStore } from "../../src/store/sharepoint/store";
import { mayPurgeIn } from "../../src/store/retention-items";
import { getPack } from "../../src/policy/packs/index";
import { caller } from "../emulator/client";

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

/** Whose retention records the demo office's readers count: Warwickshire's authoriser role, as the demo roster lists it. */
const DEMO_PURGERS = mayPurgeIn(getPack("warwickshire"), DEMO_ROSTER);

/** The demo office's SharePoint site on the emulator, for tests that act on its lists as the office's people. */
export interface DemoSite {
  /** The running emulator, seeded with the demo office for this test. */
  readonly emulator: Emulator;
  /** The demo site's Graph id (DEMO_SITE), resolved after each seeding. */
  readonly siteId: string;
  /** The product's own SharePoint store on the demo site, signed in as `actor` (their dev token), with no retries. */
  storeOf(actor: Actor): CaseStore;
  /**
   * Someone editing a strategy's ContactStrategies item straight through Graph, outside the product (no audit event):
   * finds the item whose StrategyKey is exactly `key` and PATCHes its fields as `actor` — given, or made from the
   * strategy as `actor` reads it through the product's store. Returns the item's id and Graph's status.
   */
  patchStrategyItem(actor: Actor, key: string, fields: Record<string, unknown> | ((current: ContactStrategy) => Record<string, unknown>)): Promise<{ itemId: string; status: number }>;
}

/**
 * demoOfficeEachTest() and the demo site resolved before each test: the emulator, the site's id and the product's
 * store as any of the office's people. Read `emulator` and `siteId` inside tests and hooks (they change each test);
 * hooks a file registers after calling this run after the site is resolved.
 */
export function demoSiteEachTest(): DemoSite {
  const office = demoOfficeEachTest();
  let siteId: string | undefined;
  beforeEach(async () => {
    const emulator = office();
    const graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(emulator.token) });
    siteId = await resolveSiteId(graph, DEMO_SITE);
  });
  const demo: DemoSite = {
    get emulator() {
      return office();
    },
    get siteId() {
      return siteId!;
    },
    storeOf: (actor) =>
      createSharePointStore(createGraphClient({ graphBaseUrl: office().baseUrl, tokens: devTokenProvider(tokenOf(actor)), retry: { maxRetries: 0 } }), demo.siteId, { mayPurge: DEMO_PURGERS }),
    async patchStrategyItem(actor, key, fields) {
      const call = caller(office, tokenOf(actor));
      const items = (await call("GET", `/sites/${demo.siteId}/lists/ContactStrategies/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
      const item = items.find((i) => i.fields.StrategyKey === key);
      if (!item) throw new Error(`No ContactStrategies item keyed ${key}`);
      const body = typeof fields === "function" ? fields((await demo.storeOf(actor).getStrategy(key))!.value) : fields;
      return { itemId: item.id, status: (await call("PATCH", `/sites/${demo.siteId}/lists/ContactStrategies/items/${item.id}/fields`, body)).status };
    },
  };
  return demo;
}

/**
 * The demo office's records as an office's are: written earlier (`ms` back, as SharePoint's own times say), so a
 * decision a test records now is seconds after them, never in the same second (which no reader can order).
 */
export function recordsWrittenEarlier(emulator: Emulator, ms = 2 * 3600_000): void {
  const back = (at: string) => new Date(Date.parse(at) - ms).toISOString().replace(/\.\d{3}Z$/, "Z");
  for (const site of emulator.world.sites) {
    for (const list of site.lists) {
      for (const item of list.items) Object.assign(item, { createdDateTime: back(item.createdDateTime), lastModifiedDateTime: back(item.lastModifiedDateTime) });
    }
  }
}
