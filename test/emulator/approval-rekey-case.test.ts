import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { APPROVAL_CHECKS } from "../builders/evidence";
import { decide } from "../../src/app/strategy/actions";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { getPack } from "../../src/policy/packs/index";
import type { Actor, ContactStrategy } from "../../src/policy/strategy";
import type { CaseStore } from "../../src/store/port";
import { strategyFields } from "../../src/store/sharepoint/mapping";

/**
 * T3 probe: SharePoint's `eq` on text is case-insensitive (the emulator does the same), and the product does not
 * check that what a query brings back is filed under exactly the key asked for. A strategy re-keyed to the same id
 * in another case ("DEMO-ALEX-MORGAN") reads the old strategy's proposal events as its own, and the old
 * strategy's decisions (the rejection, the ending) as "misfiled" — so they no longer mark the proposal as answered.
 * The authoriser then puts a proposal already rejected (or a strategy already ended) in force alone,
 * with no new proposal and no Retention permission: only a PATCH of the strategy item, which every member of staff may do.
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const { storeOf } = demo;
const second = () => new Promise((r) => setTimeout(r, 1100));
const inForceAddresses = async () => (await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER)).inForce.flatMap((e) => e.view.terms.addresses);

async function rekey(actor: Actor, id: string, newId: string, change: (s: ContactStrategy) => ContactStrategy): Promise<void> {
  expect((await demo.patchStrategyItem(actor, id, (current) => strategyFields(change({ ...current, id: newId })))).status).toBe(200);
}
const approveDirectly = async (strategyId: string, terms: NonNullable<Parameters<CaseStore["addDecision"]>[0]["terms"]>) =>
  storeOf(MORGAN).addDecision({ id: `${strategyId}:approve:t3`, strategyId, kind: "approve", decidedBy: MORGAN.upn, decidedAt: new Date().toISOString(), rationale: "Criteria met.", checklist: pack.criteria.map((c) => c.id), ...APPROVAL_CHECKS, terms });

describe("T3: a key in another case re-uses an answered proposal", () => {
  it("Morgan rejects Casey's proposal for Alex, re-keys the item to DEMO-ALEX-MORGAN and approves it alone: Alex must not be in force", async () => {
    const morgan = storeOf(MORGAN);
    const alex = (await morgan.getStrategy("demo-alex-morgan"))!;
    const terms = { personName: alex.value.person.displayName, addresses: [...alex.value.addresses], restrictions: alex.value.restrictions, allowedChannels: alex.value.allowedChannels, reviewDate: "2027-03-31" };
    await second();
    expect(await decide(morgan, pack, alex, { type: "reject", by: MORGAN, at: new Date().toISOString(), why: "Not enough evidence." })).toMatchObject({ ok: true });
    await second();
    await rekey(MORGAN, "demo-alex-morgan", "DEMO-ALEX-MORGAN", (s) => ({ ...s, status: "active" }));
    await approveDirectly("DEMO-ALEX-MORGAN", terms);
    expect(await inForceAddresses()).not.toContain("alex.morgan@example.com");
  });

  it("Morgan ends Pat's strategy, re-keys the item to DEMO-PAT-OBRIEN and approves Casey's old terms alone: Pat must not be back in force", async () => {
    const morgan = storeOf(MORGAN);
    const pat = (await morgan.getStrategy("demo-pat-obrien"))!;
    const { personName, addresses, restrictions, allowedChannels, singlePointOfContact } = { personName: pat.value.person.displayName, ...pat.value };
    await second();
    expect(await decide(morgan, pack, pat, { type: "end", by: MORGAN, at: new Date().toISOString(), why: "Contact has been reasonable." })).toMatchObject({ ok: true });
    expect(await inForceAddresses()).not.toContain("pat.o'brien@example.org");
    await second();
    await rekey(MORGAN, "demo-pat-obrien", "DEMO-PAT-OBRIEN", (s) => ({ ...s, status: "active" }));
    await approveDirectly("DEMO-PAT-OBRIEN", { personName, addresses, restrictions, allowedChannels, ...(singlePointOfContact ? { singlePointOfContact } : {}), reviewDate: "2027-03-31" });
    expect(await inForceAddresses()).not.toContain("pat.o'brien@example.org");
  });
});
