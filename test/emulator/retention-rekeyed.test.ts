import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, tokenOf } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { applyRetention, planRetention } from "../../src/app/records/retention";
import { getPack } from "../../src/policy/packs/index";
import type { ContactStrategy } from "../../src/policy/strategy";
import { strategyFields } from "../../src/store/sharepoint/mapping";
import { caller } from "./client";

/**
 * T3 probe: retention keeps a strategy in force (planRetention asks inForceView) — but a caseworker can make Pat's
 * strategy look "not in force" (the key and the id inside the item in capitals, probe-t3-lift-by-id) and "ended in
 * 2020". The authoriser's scheduled purge then deletes it — and, because SharePoint compares keys without case,
 * Pat's real decisions and audit trail with it. One PATCH by a caseworker, one routine run by the authoriser.
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const { storeOf } = demo;

describe("T3: a strategy in force purged by retention", () => {
  it("Casey re-keys Pat's item to DEMO-PAT-OBRIEN, status ended in 2020; Morgan's routine purge must not delete Pat's decisions", async () => {
    const pat = (await storeOf(CASEY).getStrategy("demo-pat-obrien"))!.value;
    const forged: ContactStrategy = { ...pat, id: "DEMO-PAT-OBRIEN", status: "ended", endedAt: "2020-01-01T00:00:00.000Z", history: [], proposedAt: "2019-12-01T00:00:00.000Z", approvedAt: "2019-12-02T00:00:00.000Z" };
    expect((await demo.patchStrategyItem(CASEY, "demo-pat-obrien", strategyFields(forged))).status).toBe(200);
    const now = new Date().toISOString();
    const plan = await planRetention(storeOf(MORGAN), { rule: { contactMonths: 24, endedStrategyMonths: 12 }, now, pack, roster: DEMO_ROSTER });
    const planned = plan.strategies.map((s) => s.id);
    if (planned.length) await applyRetention(storeOf(MORGAN), plan, { by: MORGAN.upn, now });
    const decisions = (await caller(() => demo.emulator, tokenOf(MORGAN))("GET", `/sites/${demo.siteId}/lists/Decisions/items?$expand=fields`)).body.value as Array<{ fields: Record<string, string> }>;
    const patDecisions = decisions.filter((d) => String(d.fields.StrategyKey).toLowerCase() === "demo-pat-obrien").length;
    expect({ planned, patDecisions }).toEqual({ planned: [], patDecisions: 1 });
  });
});
