import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { readStrategyDetail } from "../../src/app/strategy/read";
import { getPack } from "../../src/policy/packs/index";
import type { Actor, ContactStrategy } from "../../src/policy/strategy";
import { strategyFields } from "../../src/store/sharepoint/mapping";

/**
 * T3 probe: a caseworker lifts a strategy in force alone, with one PATCH of the strategy item (which staff may edit).
 * The reader looks the item up by its StrategyKey column (case-insensitively, as SharePoint compares text) but judges
 * the decisions against the id inside StrategyJson; when the two disagree every decision is "misfiled" and nothing is
 * in force. trust.test.ts re-keys the column only ("renamed"), where the stand-in keeps Pat in force.
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const { storeOf } = demo;
const inForceAddresses = async () => (await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER)).inForce.flatMap((e) => e.view.terms.addresses);

async function patchItem(actor: Actor, id: string, fields: (s: ContactStrategy) => Record<string, unknown>): Promise<void> {
  expect((await demo.patchStrategyItem(actor, id, fields)).status).toBe(200);
}

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
