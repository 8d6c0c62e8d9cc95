import { beforeEach, describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, DEMO_SITE, tokenOf } from "../../dev/demo/people";
import type { Emulator } from "../../dev/emulator/server";
import { demoOfficeEachTest } from "../fakes/demo-office";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { createGraphClient } from "../../src/graph/client";
import { getPack } from "../../src/policy/packs/index";
import type { Actor } from "../../src/policy/strategy";
import type { CaseStore } from "../../src/store/port";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { createSharePointStore } from "../../src/store/sharepoint/store";
import { caller } from "./client";

/**
 * T3 probe: a caseworker writes StrategyJson that parses and has the right format number but is not a strategy
 * (its addresses a number, its restrictions missing). The reader only guards against JSON that does not parse
 * (then it judges from the decisions, a stand-in): a parseable but wrong-shaped item goes straight into the policy core.
 */
const pack = getPack("warwickshire");
let emulator: Emulator;
let siteId: string;
const storeOf = (actor: Actor): CaseStore =>
  createSharePointStore(createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(tokenOf(actor)), retry: { maxRetries: 0 } }), siteId);

const office = demoOfficeEachTest();
beforeEach(async () => {
  emulator = office();
  const graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(emulator.token) });
  siteId = await resolveSiteId(graph, DEMO_SITE);
});

describe("T3: a strategy item with well-formed JSON of the wrong shape", () => {
  it("Casey writes {format:1, strategy:{id, addresses: 5}} into Pat's item: Pat and Jordan must both stay in force, and the read must not fail", async () => {
    const call = caller(() => emulator, tokenOf(CASEY));
    const items = (await call("GET", `/sites/${siteId}/lists/ContactStrategies/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
    const item = items.find((i) => i.fields.StrategyKey === "demo-pat-obrien")!;
    const StrategyJson = JSON.stringify({ format: 1, strategy: { id: "demo-pat-obrien", status: "active", addresses: 5 } });
    expect((await call("PATCH", `/sites/${siteId}/lists/ContactStrategies/items/${item.id}/fields`, { StrategyJson })).status).toBe(200);
    const read = await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER).then(
      (set) => ({ ok: true as const, addresses: set.inForce.flatMap((e) => e.view.terms.addresses) }),
      (error: unknown) => ({ ok: false as const, error: String(error) }),
    );
    expect(read).toMatchObject({ ok: true, addresses: expect.arrayContaining(["pat.o'brien@example.org", "jordan.blake@example.net"]) });
  });
});
