import { beforeEach, describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, DEMO_SITE, MORGAN, tokenOf } from "../../dev/demo/people";
import type { Emulator } from "../../dev/emulator/server";
import { demoOfficeEachTest } from "../fakes/demo-office";
import { applyRetention, planRetention } from "../../src/app/records/retention";
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
 * T3 probe: retention keeps a strategy in force (planRetention asks inForceView) — but a caseworker can make Pat's
 * strategy look "not in force" (the key and the id inside the item in capitals, probe-t3-lift-by-id) and "ended in
 * 2020". The authoriser's scheduled purge then deletes it — and, because SharePoint compares keys without case,
 * Pat's real decisions and audit trail with it. One PATCH by a caseworker, one routine run by the authoriser.
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

describe("T3: a strategy in force purged by retention", () => {
  it("Casey re-keys Pat's item to DEMO-PAT-OBRIEN, status ended in 2020; Morgan's routine purge must not delete Pat's decisions", async () => {
    const call = caller(() => emulator, tokenOf(CASEY));
    const items = (await call("GET", `/sites/${siteId}/lists/ContactStrategies/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
    const item = items.find((i) => i.fields.StrategyKey === "demo-pat-obrien")!;
    const pat = (await storeOf(CASEY).getStrategy("demo-pat-obrien"))!.value;
    const forged: ContactStrategy = { ...pat, id: "DEMO-PAT-OBRIEN", status: "ended", endedAt: "2020-01-01T00:00:00.000Z", history: [], proposedAt: "2019-12-01T00:00:00.000Z", approvedAt: "2019-12-02T00:00:00.000Z" };
    expect((await call("PATCH", `/sites/${siteId}/lists/ContactStrategies/items/${item.id}/fields`, strategyFields(forged))).status).toBe(200);
    const now = new Date().toISOString();
    const plan = await planRetention(storeOf(MORGAN), { rule: { contactMonths: 24, endedStrategyMonths: 12 }, now, pack, roster: DEMO_ROSTER });
    const planned = plan.strategies.map((s) => s.id);
    if (planned.length) await applyRetention(storeOf(MORGAN), plan, { by: MORGAN.upn, now });
    const decisions = (await caller(() => emulator, tokenOf(MORGAN))("GET", `/sites/${siteId}/lists/Decisions/items?$expand=fields`)).body.value as Array<{ fields: Record<string, string> }>;
    const patDecisions = decisions.filter((d) => String(d.fields.StrategyKey).toLowerCase() === "demo-pat-obrien").length;
    expect({ planned, patDecisions }).toEqual({ planned: [], patDecisions: 1 });
  });
});
