import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, SAM } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { decide, propose, proposeChange, saveDraft } from "../../src/app/strategy/actions";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { readStrategyDetail } from "../../src/app/strategy/read";
import { getPack } from "../../src/policy/packs/index";
import type { Actor } from "../../src/policy/strategy";
import { strategyFields } from "../../src/store/sharepoint/mapping";

/**
 * T4 #7: a change a colleague proposes through the product is recorded on the proposal awaiting a decision — the opening
 * "propose" since the last decision. The AuditTrail is add-only for all staff, the authoriser included: a "propose" event
 * she adds by hand to a proposal Casey opened, with her own terms, must never be that base (src/app/strategy/actions.ts).
 */
const pack = getPack("warwickshire");
const INJECTED = "attacker@example.net";
const SAM_ADDS = "alex.m@work.example.com";
const ALEX = "demo-alex-morgan";
const demo = demoSiteEachTest();
const { storeOf } = demo;
const second = () => new Promise((r) => setTimeout(r, 1100));
const inForceAddresses = async () => (await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER)).inForce.flatMap((e) => e.strategy.addresses);
const approveNow = async (actor: Actor) => {
  const current = (await storeOf(actor).getStrategy(ALEX))!;
  const criteriaConfirmed = pack.criteria.map((c) => c.id);
  return decide(storeOf(actor), pack, current, { type: "approve", by: actor, at: new Date().toISOString(), why: "Alex's abuse went on after the written warning of October.", criteriaConfirmed, reviewDate: "2027-03-31" }, { warningChecked: true, evidenceChecked: true, criteriaNotes: criteriaConfirmed.map((c) => ({ id: c, note: `Seen on Alex's file for ${c}: the contact log shows it.` })) });
};

/** Sam, who did not open Alex's proposal, adds an address Alex writes from, through the product. */
async function samAddsAnAddress() {
  await second();
  const current = (await storeOf(SAM).getStrategy(ALEX))!;
  return proposeChange(storeOf(SAM), pack, current, { ...current.value, addresses: [...current.value.addresses, SAM_ADDS] }, SAM, `Writes from ${SAM_ADDS}.`, new Date().toISOString(), DEMO_ROSTER);
}

/** What Sam's proposal recorded. */
async function samsProposal() {
  const detail = (await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, ALEX))!;
  return detail.proposals.filter((p) => p.author.upn === SAM.upn).at(-1)?.terms?.addresses;
}

/**
 * Morgan adds a "propose" event of her own with her terms to Alex's trail (through the product's store), under a key of her
 * own: one squatting the key the product gives the next step would make Casey's own proposal a conflict.
 */
async function morganAddsAProposal() {
  const alex = (await storeOf(MORGAN).getStrategy(ALEX))!.value;
  await second();
  const at = new Date().toISOString();
  const terms = { personName: alex.person.displayName, addresses: [...alex.addresses, INJECTED], restrictions: alex.restrictions, allowedChannels: alex.allowedChannels };
  await storeOf(MORGAN).appendAudit({ id: `strategy:${ALEX}:added:propose:${at}`, target: `strategy:${ALEX}`, action: "propose", by: MORGAN.upn, at, detail: "draft → proposed. Wider terms.", terms });
}

/** …and her address written into the item, through Graph: what she then approves. */
const morganWritesItIn = async () =>
  expect((await demo.patchStrategyItem(MORGAN, ALEX, (alex) => strategyFields({ ...alex, addresses: [...alex.addresses.filter((a) => a !== INJECTED), INJECTED] }))).status).toBe(200);

const REFUSED = { ok: false, code: "proposalInDoubt", message: expect.stringMatching(/^This proposal's record holds 2 proposals opening it since its last decision \((?=.*Casey Worker)(?=.*Morgan Reid)/) };

describe("a 'propose' event added by hand is never the base of a colleague's change (T4 #7)", () => {
  it("Morgan adds one with her address to Alex's proposal, which Casey opened, and writes it into the item: Sam's change is refused, naming both, and her approval does not put her address in force", async () => {
    await morganAddsAProposal();
    await morganWritesItIn();
    expect(await samAddsAnAddress()).toMatchObject(REFUSED);
    expect(await samsProposal()).toBeUndefined();
    await second();
    await approveNow(MORGAN);
    expect(await inForceAddresses()).not.toContain(INJECTED);
  });

  it("…and added before Casey proposes, while the strategy is a draft (sent back): Sam's change is refused the same way, and nothing of Morgan's goes in force", async () => {
    const morgan = storeOf(MORGAN);
    await second();
    expect(await decide(morgan, pack, (await morgan.getStrategy(ALEX))!, { type: "sendBack", by: MORGAN, at: new Date().toISOString(), why: "Add the address he writes from at home." })).toMatchObject({ ok: true });
    await morganAddsAProposal();
    await second();
    const draft = (await storeOf(CASEY).getStrategy(ALEX))!;
    expect(await propose(storeOf(CASEY), pack, draft, CASEY, "As it was, with the evidence attached.", new Date().toISOString())).toMatchObject({ ok: true });
    await morganWritesItIn();
    expect(await samAddsAnAddress()).toMatchObject(REFUSED);
    await second();
    await approveNow(MORGAN);
    expect(await inForceAddresses()).not.toContain(INJECTED);
  });

  it("a proposal sent back and proposed again through the product opens afresh: Sam's change is recorded on Casey's new terms, and Morgan's approval of them counts", async () => {
    const morgan = storeOf(MORGAN);
    await second();
    expect(await decide(morgan, pack, (await morgan.getStrategy(ALEX))!, { type: "sendBack", by: MORGAN, at: new Date().toISOString(), why: "Add the address he writes from at home." })).toMatchObject({ ok: true });
    await second();
    const sent = (await storeOf(CASEY).getStrategy(ALEX))!;
    const draft = await saveDraft(storeOf(CASEY), { ...sent.value, addresses: [...sent.value.addresses, "alex.home@example.org"] }, sent.etag, CASEY, new Date().toISOString());
    expect(await propose(storeOf(CASEY), pack, draft, CASEY, "With his home address.", new Date().toISOString())).toMatchObject({ ok: true });
    expect(await samAddsAnAddress()).toMatchObject({ ok: true });
    expect(await samsProposal()).toEqual(["alex.morgan@example.com", "alex.home@example.org", SAM_ADDS]);
    await second();
    expect(await approveNow(MORGAN)).toMatchObject({ ok: true });
    expect(await inForceAddresses()).toEqual(expect.arrayContaining(["alex.morgan@example.com", "alex.home@example.org", SAM_ADDS]));
  });
});

describe("a 'propose' event added by hand to a strategy in force (T4 #7, at review)", () => {
  it("Morgan adds one with her address to Pat's trail and writes it into the item; Sam adds an address, bringing Pat to review: Sam's proposal records Pat's terms in force and his address, not Morgan's", async () => {
    const PAT = "demo-pat-obrien";
    const pat = (await storeOf(MORGAN).getStrategy(PAT))!.value;
    await second();
    const at = new Date().toISOString();
    const terms = { personName: pat.person.displayName, addresses: [...pat.addresses, INJECTED], restrictions: pat.restrictions, allowedChannels: pat.allowedChannels };
    await storeOf(MORGAN).appendAudit({ id: `strategy:${PAT}:added:propose:${at}`, target: `strategy:${PAT}`, action: "propose", by: MORGAN.upn, at, detail: "draft → proposed. Wider terms.", terms });
    expect((await demo.patchStrategyItem(MORGAN, PAT, (p) => strategyFields({ ...p, addresses: terms.addresses }))).status).toBe(200);
    await second();
    const current = (await storeOf(SAM).getStrategy(PAT))!;
    expect(await proposeChange(storeOf(SAM), pack, current, { ...current.value, addresses: [...current.value.addresses, SAM_ADDS] }, SAM, `Writes from ${SAM_ADDS}.`, new Date().toISOString(), DEMO_ROSTER)).toMatchObject({ ok: true });
    const detail = (await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, PAT))!;
    expect(detail.proposals.filter((p) => p.author.upn === SAM.upn).at(-1)?.terms?.addresses).toEqual([...pat.addresses, SAM_ADDS]);
  });
});
