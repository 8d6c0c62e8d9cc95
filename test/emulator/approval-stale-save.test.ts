import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { decide, propose, proposeChange } from "../../src/app/strategy/actions";
import { continueOnApprovedTerms } from "../../src/app/strategy/review";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { readStrategyDetail } from "../../src/app/strategy/read";
import { getPack } from "../../src/policy/packs/index";
import type { ContactStrategy } from "../../src/policy/strategy";
import { strategyFields } from "../../src/store/sharepoint/mapping";
import type { StepResult } from "../../src/app/strategy/steps";

/**
 * A save refused because the item changed (412) since this person read it used to be taken as "my own earlier attempt"
 * when the stored history merely ended with steps of the right type by the right person — a history anyone with Edit on
 * ContactStrategies writes through Graph — and the decision or proposal was then recorded from the item as stored (T4
 * #1a–1d). Now only the item exactly as this person's own steps make it, from the version they read, is theirs: anything
 * else is a conflict, said to them, with nothing recorded, so terms they never saw are never recorded as decided.
 */
const pack = getPack("warwickshire");
const INJECTED = "attacker@example.net";
const CONFLICT = /^Someone else changed .*'s strategy while you were working on it .* Nothing of yours was saved: reload it and decide again\.$/;
const demo = demoSiteEachTest();
const { storeOf } = demo;
const second = () => new Promise((r) => setTimeout(r, 1100)); // SharePoint's clock counts whole seconds
const criteriaConfirmed = pack.criteria.map((c) => c.id);
const criteriaNotes = criteriaConfirmed.map((c) => ({ id: c, note: `From the file, on ${c}.` }));
const inForce = async (id: string) => (await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER)).inForce.find((e) => e.strategy.id === id);
const refusal = (attempt: Promise<StepResult>) => attempt.then((r) => (r.ok ? "recorded" : r.message), (e: Error) => e.message);
/** What a person's steps left on the record since `since`: decisions, and audit events other than intents. */
async function recordedSince(id: string, since: string) {
  const decisions = (await storeOf(MORGAN).decisionsFor(id)).filter((d) => d.recordedAt >= since).map((d) => d.kind);
  const events = (await storeOf(MORGAN).auditFor(`strategy:${id}`)).filter((e) => (e.recordedAt ?? e.at) >= since && !e.action.startsWith("intent: ")).map((e) => e.action);
  return { decisions, events };
}

describe("a save refused because the item changed is never taken as one's own on a forged history", () => {
  it("1a: Morgan opens Pat's review to add a phone limit; Casey, alone, rewrites the item through Graph (one restriction left, a later review date, 'startReview' and 'alter' by Morgan at its end); Morgan's alteration is refused as a conflict, nothing recorded, and Pat stays on the terms approved", async () => {
    const morgan = storeOf(MORGAN);
    const opened = (await morgan.getStrategy("demo-pat-obrien"))!;
    const approved = (await inForce("demo-pat-obrien"))!.view.terms;
    await second();
    const since = new Date().toISOString();
    const current = (await storeOf(CASEY).getStrategy("demo-pat-obrien"))!.value;
    const at = new Date().toISOString();
    const forged: ContactStrategy = {
      ...current,
      restrictions: [{ kind: "singleChannel", channel: "email" }],
      reviewDate: "2027-11-30",
      history: [...current.history, { type: "startReview", from: "active", to: "underReview", by: MORGAN.upn, at, why: "Review." }, { type: "alter", from: "underReview", to: "active", by: MORGAN.upn, at, why: "Altered." }],
    };
    delete forged.singlePointOfContact;
    expect((await demo.patchStrategyItem(CASEY, "demo-pat-obrien", strategyFields(forged))).status).toBe(200);

    await second();
    const morgans = [...opened.value.restrictions, { kind: "phoneTimeLimit" as const, minutes: 10 }];
    const spoc = opened.value.singlePointOfContact ? { singlePointOfContact: opened.value.singlePointOfContact } : {};
    const alter = { type: "alter" as const, by: MORGAN, at: new Date().toISOString(), why: "Add a phone limit.", reviewDate: "2027-05-31", restrictions: morgans, allowedChannels: opened.value.allowedChannels, ...spoc };
    expect(await refusal(decide(morgan, pack, opened, alter))).toMatch(CONFLICT);
    expect(await recordedSince("demo-pat-obrien", since)).toEqual({ decisions: [], events: [] });
    expect((await inForce("demo-pat-obrien"))?.view.terms).toEqual(approved);
  });

  it("1b: Casey proposes lifting Pat's restrictions at review; Morgan chooses 'Continue on the approved terms'; Casey, meanwhile, writes her terms and a 'continue' by Morgan into the item — Morgan is told of the conflict, and Pat stays on the terms approved", async () => {
    const casey = storeOf(CASEY);
    const pat = (await casey.getStrategy("demo-pat-obrien"))!;
    const approved = (await inForce("demo-pat-obrien"))!.view.terms;
    const lifted: ContactStrategy = { ...pat.value, restrictions: [{ kind: "singleChannel", channel: "email" }] };
    delete lifted.singlePointOfContact;
    await second();
    expect(await proposeChange(casey, pack, pat, lifted, CASEY, "Pat has been polite for a month.", new Date().toISOString())).toMatchObject({ ok: true });

    await second();
    const detail = (await readStrategyDetail(storeOf(MORGAN), pack, DEMO_ROSTER, "demo-pat-obrien"))!;
    const since = new Date().toISOString();
    const underReview = (await casey.getStrategy("demo-pat-obrien"))!.value;
    const at = new Date().toISOString();
    const forged: ContactStrategy = { ...underReview, status: "active", reviewDate: "2027-06-30", history: [...underReview.history, { type: "continue", from: "underReview", to: "active", by: MORGAN.upn, at, why: "Continued." }] };
    expect((await demo.patchStrategyItem(CASEY, "demo-pat-obrien", strategyFields(forged))).status).toBe(200);

    await second();
    const continued = continueOnApprovedTerms(storeOf(MORGAN), pack, detail.strategy, detail.view, { by: MORGAN, at: new Date().toISOString(), why: "Still needed: the change is discarded.", reviewDate: "2027-05-31" });
    expect(await refusal(continued)).toMatch(CONFLICT);
    expect(await recordedSince("demo-pat-obrien", since)).toEqual({ decisions: [], events: [] });
    expect((await inForce("demo-pat-obrien"))?.view.terms).toEqual(approved);
  });

  it("1c: Morgan has Alex's proposal open; Casey records a change of it on the trail and writes it into the item with an 'approve' by Morgan at its end; Morgan's approval of what she read is refused as a conflict — the address she never saw is not in force", async () => {
    await second();
    const detail = (await readStrategyDetail(storeOf(MORGAN), pack, DEMO_ROSTER, "demo-alex-morgan"))!;
    const casey = storeOf(CASEY);
    const alex = (await casey.getStrategy("demo-alex-morgan"))!.value;
    const widened: ContactStrategy = { ...alex, addresses: [...alex.addresses, INJECTED] };
    const at = new Date().toISOString();
    await casey.appendAudit({ id: `strategy:${alex.id}:change:${at}`, target: `strategy:${alex.id}`, action: "proposeChange", by: CASEY.upn, at, detail: "Writes from this address too.", terms: { personName: alex.person.displayName, addresses: widened.addresses, restrictions: alex.restrictions, allowedChannels: alex.allowedChannels } });
    const forged: ContactStrategy = { ...widened, status: "active", reviewDate: "2027-03-31", criteriaConfirmed, history: [...alex.history, { type: "approve", from: "proposed", to: "active", by: MORGAN.upn, at, why: "Criteria met: the abuse went on after the warning." }] };
    expect((await demo.patchStrategyItem(CASEY, "demo-alex-morgan", strategyFields(forged))).status).toBe(200);

    await second();
    const since = new Date().toISOString();
    const approve = { type: "approve" as const, by: MORGAN, at: new Date().toISOString(), why: "Criteria met: the abuse went on after the warning.", criteriaConfirmed, reviewDate: "2027-03-31" };
    expect(await refusal(decide(storeOf(MORGAN), pack, detail.strategy, approve, { warningChecked: true, evidenceChecked: true, criteriaNotes }))).toMatch(CONFLICT);
    expect(await recordedSince("demo-alex-morgan", since)).toEqual({ decisions: [], events: [] });
    expect(await inForce("demo-alex-morgan")).toBeUndefined();
  });

  it("1d: Morgan sends Alex's proposal back; Casey opens it to revise; Morgan writes her own terms and a 'propose' by Casey into the item; Casey's Submit is refused as a conflict — Morgan's terms are not Casey's proposal, and Morgan's approval of them puts nothing in force", async () => {
    const morgan = storeOf(MORGAN);
    const alex = (await morgan.getStrategy("demo-alex-morgan"))!;
    expect(await decide(morgan, pack, alex, { type: "sendBack", by: MORGAN, at: new Date().toISOString(), why: "Say more about the phone calls." })).toMatchObject({ ok: true });
    await second();
    const opened = (await storeOf(CASEY).getStrategy("demo-alex-morgan"))!;
    const caseysDraft: ContactStrategy = { ...opened.value, reasons: `${opened.value.reasons} Calls of over an hour, three a week.` };

    await second();
    const since = new Date().toISOString();
    const at = new Date().toISOString();
    const forged: ContactStrategy = {
      ...opened.value,
      status: "proposed",
      proposedBy: CASEY.upn,
      proposedAt: at,
      addresses: [...opened.value.addresses, INJECTED],
      restrictions: [{ kind: "singleChannel", channel: "letter" }],
      allowedChannels: ["letter"],
      history: [...opened.value.history, { type: "propose", from: "draft", to: "proposed", by: CASEY.upn, at, why: "Revised." }],
    };
    expect((await demo.patchStrategyItem(MORGAN, "demo-alex-morgan", strategyFields(forged))).status).toBe(200);

    await second();
    expect(await refusal(propose(storeOf(CASEY), pack, { value: caseysDraft, etag: opened.etag }, CASEY, "Revised as asked.", new Date().toISOString()))).toMatch(CONFLICT);
    expect(await recordedSince("demo-alex-morgan", since)).toEqual({ decisions: [], events: [] });

    await second();
    const current = (await morgan.getStrategy("demo-alex-morgan"))!;
    await decide(morgan, pack, current, { type: "approve", by: MORGAN, at: new Date().toISOString(), why: "Criteria met: the abuse went on after the warning.", criteriaConfirmed, reviewDate: "2027-03-31" }, { warningChecked: true, evidenceChecked: true, criteriaNotes });
    expect(await inForce("demo-alex-morgan")).toBeUndefined();
  });
});
