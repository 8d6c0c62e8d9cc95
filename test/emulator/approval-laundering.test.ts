import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { decide, proposeChange } from "../../src/app/strategy/actions";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { readStrategyDetail } from "../../src/app/strategy/read";
import { changesSinceApproval } from "../../src/app/strategy/review";
import { getPack } from "../../src/policy/packs/index";
import type { Actor, ContactStrategy } from "../../src/policy/strategy";
import { strategyFields } from "../../src/store/sharepoint/mapping";

/**
 * T3 probe: a silent edit laundered through a colleague's unrelated proposal. The authoriser edits the strategy item
 * through Graph (no audit event), then waits for a caseworker to do something ordinary with the product — "Add this
 * address to the strategy" (AddAddressForm → proposeChange). The caseworker's client records the WHOLE item as she
 * found it as "her" proposed terms, so the authoriser's own change now stands as "someone else's proposal" and the
 * authoriser's approval or continuation of it counts. The caseworker only ever asked to add one address.
 */
const pack = getPack("warwickshire");
const INJECTED = "attacker@example.net";
const CASEY_ADDS = "alex.m@work.example.com";
const demo = demoSiteEachTest();
const { storeOf } = demo;
const second = () => new Promise((r) => setTimeout(r, 1100));

async function editThroughGraph(actor: Actor, id: string, change: (s: ContactStrategy) => ContactStrategy): Promise<void> {
  expect((await demo.patchStrategyItem(actor, id, (current) => ({ StrategyJson: strategyFields(change(current)).StrategyJson }))).status).toBe(200);
}
/** What AddAddressForm does when Casey clicks "Propose adding it": reads the item and adds the one address. */
async function caseyAddsAddress(id: string, address: string) {
  const casey = storeOf(CASEY);
  const current = (await casey.getStrategy(id))!;
  const changed = { ...current.value, addresses: [...new Set([...current.value.addresses, address])] };
  return proposeChange(casey, pack, current, changed, CASEY, `Writes from ${address}.`, new Date().toISOString());
}
const inForceAddresses = async () => (await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER)).inForce.flatMap((e) => e.strategy.addresses);
const detailOf = async (id: string) => (await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, id))!;

describe("T3: a silent edit laundered through a caseworker's unrelated proposal", () => {
  it("pending proposal: Morgan adds an address through Graph, Casey adds a different address through the product, Morgan approves — Morgan's address must not be in force", async () => {
    await editThroughGraph(MORGAN, "demo-alex-morgan", (s) => ({ ...s, addresses: [...s.addresses, INJECTED] }));
    await second();
    expect(await caseyAddsAddress("demo-alex-morgan", CASEY_ADDS)).toMatchObject({ ok: true });
    await second();
    const current = (await storeOf(MORGAN).getStrategy("demo-alex-morgan"))!;
    const criteriaConfirmed = pack.criteria.map((c) => c.id);
    const command = { type: "approve" as const, by: MORGAN, at: new Date().toISOString(), why: "Criteria met: the abuse went on after the warning.", criteriaConfirmed, reviewDate: "2027-03-31" };
    expect(await decide(storeOf(MORGAN), pack, current, command, { warningChecked: true, evidenceChecked: true, criteriaNotes: criteriaConfirmed.map((c) => ({ id: c, note: `From the file, on ${c}.` })) })).toMatchObject({ ok: true });
    // Casey asked for CASEY_ADDS only; INJECTED is Morgan's alone and nobody else ever proposed it.
    expect(await inForceAddresses()).not.toContain(INJECTED);
  });

  it("strategy in force: Morgan adds an address to Pat's through Graph, Casey adds Pat's work address through the product, Morgan continues on the item — Morgan's address must not be in force, nor shown as Casey's proposal", async () => {
    await editThroughGraph(MORGAN, "demo-pat-obrien", (s) => ({ ...s, addresses: [...s.addresses, INJECTED] }));
    await second();
    expect(await caseyAddsAddress("demo-pat-obrien", "pat.obrien@work.example.org")).toMatchObject({ ok: true });
    await second();
    const detail = await detailOf("demo-pat-obrien");
    const shown = changesSinceApproval(detail, pack, DEMO_ROSTER, MORGAN, new Date().toISOString());
    // The review page must not present Morgan's own silent addition as something Casey proposed.
    const launderedAsCaseys = shown?.adoptable === true && shown.proposedBy?.upn === CASEY.upn;
    expect(await decide(storeOf(MORGAN), pack, detail.strategy, { type: "continue", by: MORGAN, at: new Date().toISOString(), why: "Adopt.", reviewDate: "2027-05-31" })).toMatchObject({ ok: true });
    const inForce = await inForceAddresses();
    expect({ launderedAsCaseys, injectedInForce: inForce.includes(INJECTED) }).toEqual({ launderedAsCaseys: false, injectedInForce: false });
  });
});
