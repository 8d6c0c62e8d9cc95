import { beforeEach, describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, DEMO_SITE, tokenOf } from "../../dev/demo/people";
import type { Emulator } from "../../dev/emulator/server";
import { demoOfficeEachTest } from "../fakes/demo-office";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { readStrategyDetail } from "../../src/app/strategy/read";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { createGraphClient } from "../../src/graph/client";
import { getPack } from "../../src/policy/packs/index";
import type { Actor, ContactStrategy } from "../../src/policy/strategy";
import type { CaseStore } from "../../src/store/port";
import { strategyFields } from "../../src/store/sharepoint/mapping";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { createSharePointStore } from "../../src/store/sharepoint/store";
import { caller } from "./client";

/**
 * T3 probe: a caseworker lifts a strategy in force alone, with one PATCH of the strategy item (which staff may edit).
 * The reader looks the item up by its StrategyKey column (case-insensitively, as SharePoint compares text) but judges
 * the decisions against the id inside StrategyJson; when the two disagree every decision is "misfiled" and nothing is
 * in force. trust.test.ts re-keys the column only ("renamed"), where the stand-in keeps Pat in force.
 */
const pack = getPack("warwickshire");
let emulator: Emulator;
let siteId: string;
const storeOf = (actor: Actor): CaseStore =>
  createSharePointStore(createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(tokenOf(actor)), retry: { maxRetries: 0 } }), siteId);
const inForceAddresses = async () => (await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER)).inForce.flatMap((e) => e.view.terms.addresses);

async function patchItem(actor: Actor, id: string, fields: (s: ContactStrategy) => Record<string, unknown>): Promise<void> {
  const call = caller(() => emulator, tokenOf(actor));
  const items = (await call("GET", `/sites/${siteId}/lists/ContactStrategies/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
  const item = items.find((i) => i.fields.StrategyKey === id)!;
  const current = (await storeOf(actor).getStrategy(id))!.value;
  expect((await call("PATCH", `/sites/${siteId}/lists/ContactStrategies/items/${item.id}/fields`, fields(current))).status).toBe(200);
}

const office = demoOfficeEachTest();
beforeEach(async () => {
  emulator = office();
  const graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(emulator.token) });
  siteId = await resolveSiteId(graph, DEMO_SITE);
});

describe("T3: a caseworker lifts Pat's strategy by changing the id inside the item", () => {
  it("Casey changes only the id in StrategyJson (the key column stays demo-pat-obrien): Pat must stay in force", async () => {
    expect(await inForceAddresses()).toContain("pat.o'brien@example.org");
    await patchItem(CASEY, "demo-pat-obrien", (s) => ({ StrategyJson: strategyFields({ ...s, id: "demo-pat-obrien-x" }).StrategyJson }));
    expect(await inForceAddresses()).toContain("pat.o'brien@example.org");
    expect((await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, "demo-pat-obrien"))!.view.inForce).toBe(true);
  });

  it("Casey re-keys the item to DEMO-PAT-OBRIEN (the same key in capitals, column and JSON): Pat must stay in force", async () => {
    await patchItem(CASEY, "demo-pat-obrien", (s) => strategyFields({ ...s, id: "DEMO-PAT-OBRIEN" }));
    expect(await inForceAddresses()).toContain("pat.o'brien@example.org");
  });
});
