import { beforeEach, describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, DEMO_SITE, MORGAN, tokenOf } from "../../dev/demo/people";
import type { Emulator } from "../../dev/emulator/server";
import { demoOfficeEachTest } from "../fakes/demo-office";
import { planRetention } from "../../src/app/records/retention";
import { verifyRecords } from "../../src/app/records/verify";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { approvalsQueue } from "../../src/app/strategy/read";
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
 * T3: a caseworker (who may edit ContactStrategies items: she proposes strategies) PATCHes Pat's item so that it cannot
 * be read — its JSON naming another id, or not JSON at all. Listing strategies used to throw, naming the item: the
 * authoriser's Approvals queue, `records verify` and retention planning stopped for everyone. One bad record must never
 * blind the office: the listing returns it apart, named, with who last changed it.
 */
const pack = getPack("warwickshire");
let emulator: Emulator;
let siteId: string;
const storeOf = (actor: Actor): CaseStore =>
  createSharePointStore(createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(tokenOf(actor)), retry: { maxRetries: 0 } }), siteId);

/** Casey's PATCH of Pat's item, as SharePoint lets her make it; the item's id. */
async function caseyPatchesPat(fields: (s: ContactStrategy) => Record<string, unknown>): Promise<string> {
  const call = caller(() => emulator, tokenOf(CASEY));
  const items = (await call("GET", `/sites/${siteId}/lists/ContactStrategies/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
  const item = items.find((i) => i.fields.StrategyKey === "demo-pat-obrien")!;
  const current = (await storeOf(CASEY).getStrategy("demo-pat-obrien"))!.value;
  expect((await call("PATCH", `/sites/${siteId}/lists/ContactStrategies/items/${item.id}/fields`, fields(current))).status).toBe(200);
  return item.id;
}

const office = demoOfficeEachTest();
beforeEach(async () => {
  emulator = office();
  const graph = createGraphClient({ graphBaseUrl: emulator.baseUrl, tokens: devTokenProvider(emulator.token) });
  siteId = await resolveSiteId(graph, DEMO_SITE);
});

describe("T3: a caseworker makes Pat's strategy item unreadable", () => {
  const attacks: Array<[string, (s: ContactStrategy) => Record<string, unknown>, RegExp]> = [
    ["changes the id inside StrategyJson", (s) => ({ StrategyJson: strategyFields({ ...s, id: "demo-pat-obrien-x" }).StrategyJson }), /names strategy demo-pat-obrien-x/],
    ["writes StrategyJson that does not parse", () => ({ StrategyJson: "{not json" }), /does not parse/],
  ];
  for (const [what, fields, why] of attacks) {
    it(`Casey ${what}: the authoriser's queue, records verify and retention keep working and name the item; Pat stays in force`, async () => {
      const item = await caseyPatchesPat(fields);
      const morgan = storeOf(MORGAN);

      // The Approvals pane's reads: Alex's proposal still waits, every other strategy is listed, Pat's item is named apart.
      expect((await approvalsQueue(morgan, pack, DEMO_ROSTER)).map((e) => e.strategy.value.id)).toEqual(["demo-alex-morgan"]);
      const listed = await morgan.listStrategies();
      expect(listed.map((s) => s.value.id).sort()).toEqual(["demo-alex-morgan", "demo-jordan-blake"]);
      expect(listed.unreadable).toHaveLength(1);
      expect(listed.unreadable![0]).toMatchObject({ key: "demo-pat-obrien", item, modified: { by: { upn: CASEY.upn } } });
      expect(listed.unreadable![0]!.why).toMatch(why);

      // records verify reports it as tampered with, by item and by who last changed it.
      const report = await verifyRecords(morgan, { pack, roster: DEMO_ROSTER });
      const found = report.breaks.filter((b) => b.kind === "strategyUnreadable");
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ target: "strategy:demo-pat-obrien", item });
      expect(found[0]!.message).toContain(`ContactStrategies item ${item} (strategy demo-pat-obrien)`);
      expect(found[0]!.message).toContain(CASEY.upn);

      // Retention plans nothing for it, and says it skipped it.
      const plan = await planRetention(morgan, { rule: { contactMonths: 0, endedStrategyMonths: 0 }, now: "2030-01-01T00:00:00.000Z", pack, roster: DEMO_ROSTER });
      expect(plan.strategies.map((s) => s.id)).not.toContain("demo-pat-obrien");
      expect(plan.skipped).toMatchObject([{ id: "demo-pat-obrien", item }]);

      // Pat stays in force for the flagger and the compose guard.
      expect((await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER)).inForce.flatMap((e) => e.view.terms.addresses)).toContain("pat.o'brien@example.org");
    });
  }
});
