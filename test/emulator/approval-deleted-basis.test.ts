import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, SAM, tokenOf } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { inboxWith } from "../fakes/office-inbox";
import { strategiesInForce } from "../../src/app/compose/in-force-source";
import { IN_DOUBT_CATEGORY_NAME } from "../../src/app/flag-message";
import { verifyRecords } from "../../src/app/records/verify";
import { decide, proposeChange } from "../../src/app/strategy/actions";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { readStrategyDetail } from "../../src/app/strategy/read";
import { memoryCheckpoints, sweepAll } from "../../src/flagger/core/run";
import { composeBreaches } from "../../src/policy/compose-guard";
import { getPack } from "../../src/policy/packs/index";
import type { Actor } from "../../src/policy/strategy";
import { strategyFields } from "../../src/store/sharepoint/mapping";
import { caller } from "./client";

/**
 * T4 holes 2 and 3: a decision rests on other records — an approval on the proposal it answers (an AuditTrail event), a
 * continuation on the approval before it (a Decisions item). The authoriser may delete either (Retention), and with the
 * AuditTrail's permission step forgotten a caseworker may change an event, which then proposes nothing. The decision is
 * then refused as read (noProposal, nothingInForce, termsNotProposed) and Pat used to drop silently out of force: her mail
 * unmarked, no warning on send. Now the authoriser's decision refused for want of what it rests on makes the record in
 * doubt (src/policy/record-doubts.ts `decisionUnsupported`): named on the strategy, the flagger marks the mail, the
 * compose guard warns.
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const { storeOf } = demo;
const PAT = "pat.o'brien@example.org";
const second = () => new Promise((r) => setTimeout(r, 1100)); // SharePoint's clock counts whole seconds
const call = (actor: Actor) => caller(() => demo.emulator, tokenOf(actor));
type Item = { id: string; fields: Record<string, string> };
const items = async (actor: Actor, list: string) => (await call(actor)("GET", `/sites/${demo.siteId}/lists/${list}/items?$expand=fields`)).body.value as Item[];
const del = async (actor: Actor, list: string, id: string) => (await call(actor)("DELETE", `/sites/${demo.siteId}/lists/${list}/items/${id}`)).status;
const viewOf = async (id: string) => (await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, id))!.view;

/** What the office sees of Pat: her record's doubts, the flagger's marks on her next message, the compose guard's warning. */
async function patAsSeen() {
  const { mailbox, writes } = inboxWith([PAT]);
  const summary = await sweepAll([{ mailbox, folders: ["inbox"] }], { store: storeOf(MORGAN), checkpoints: memoryCheckpoints(), pack, roster: DEMO_ROSTER, staffDomains: ["opcc.example.gov.uk"], now: () => new Date(), recorder: "flagger" });
  const set = await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER);
  const guarded = (await strategiesInForce(storeOf(CASEY), pack, DEMO_ROSTER)).find((e) => e.addresses.includes(PAT));
  const view = await viewOf("demo-pat-obrien");
  return {
    inForce: view.inForce,
    inDoubt: set.inDoubt.map((e) => e.strategyId),
    doubts: (view.doubts ?? []).map((d) => d.kind),
    message: (view.doubts ?? []).map((d) => d.message).join(" | "),
    marked: writes.filter((w) => w.id === "m0").map((w) => w.categories),
    recordsInDoubt: summary.recordsInDoubt?.map((r) => r.strategyId) ?? [],
    onSend: guarded ? composeBreaches(SAM.upn, [{ address: PAT, strategy: guarded.terms }], pack).map((b) => [b.rule, b.overridable]) : [],
  };
}
const IN_DOUBT = { inForce: false, inDoubt: ["demo-pat-obrien"], doubts: ["decisionUnsupported"], marked: [[IN_DOUBT_CATEGORY_NAME]], recordsInDoubt: ["demo-pat-obrien"], onSend: [["recordInDoubt", true]] };
const patsProposal = async (actor: Actor) => (await items(actor, "AuditTrail")).find((e) => e.fields.Target === "strategy:demo-pat-obrien" && e.fields.Action === "propose")!;

describe("a record a decision rests on, deleted or changed: the record is in doubt, never silently out of force", () => {
  it("Morgan deletes Casey's 'propose' event from Pat's trail (Retention), no decision touched: Pat's approval answers nothing as read — Pat is in doubt, named, marked and warned on send", async () => {
    expect(await del(MORGAN, "AuditTrail", (await patsProposal(MORGAN)).id)).toBe(204);
    const seen = await patAsSeen();
    expect(seen).toMatchObject(IN_DOUBT);
    expect(seen.message).toMatch(/^Approved by Morgan Reid \(morgan\.reid@opcc\.example\.gov\.uk\) at .*, refused as the records read now: .*has no recorded proposal before it\. What it rests on \(a proposal or its terms on the audit trail, an earlier decision\) may have been deleted or changed since; as recorded it may have counted\. It may have put this strategy in force: check with the Head of Business Services and Assurance/);
    const report = await verifyRecords(storeOf(MORGAN), { pack, roster: DEMO_ROSTER });
    expect(report.breaks.filter((b) => b.kind === "decisionUnsupported").map((b) => b.target)).toEqual(["strategy:demo-pat-obrien"]);
  });

  it("with the AuditTrail's permission step forgotten, Casey changes her own 'propose' event (a trailing space in its Detail): an edited event proposes nothing — Pat is in doubt, not silently out of force", async () => {
    demo.emulator.setListPermissions("AuditTrail", null);
    const event = await patsProposal(CASEY);
    await second();
    expect((await call(CASEY)("PATCH", `/sites/${demo.siteId}/lists/AuditTrail/items/${event.id}/fields`, { Detail: `${event.fields.Detail} ` })).status).toBe(200);
    expect(await patAsSeen()).toMatchObject(IN_DOUBT);
  });

  it("Pat continued at review; Morgan deletes the approval the continuation rests on (Retention): the continuation has nothing in force as read — Pat is in doubt, and her record names the deleted decision", async () => {
    const morgan = storeOf(MORGAN);
    await second();
    expect(await decide(morgan, pack, (await morgan.getStrategy("demo-pat-obrien"))!, { type: "continue", by: MORGAN, at: new Date().toISOString(), why: "Still needed.", reviewDate: "2027-05-31" })).toMatchObject({ ok: true });
    await second();
    const approval = (await items(MORGAN, "Decisions")).find((d) => d.fields.StrategyKey === "demo-pat-obrien" && String(d.fields.DecisionJson).includes('"kind":"approve"'))!;
    expect(await del(MORGAN, "Decisions", approval.id)).toBe(204);
    const seen = await patAsSeen();
    // Alex is named too: a deleted item's strategy cannot be told, and his pending proposal may have been what it decided.
    expect(seen).toMatchObject({ ...IN_DOUBT, inDoubt: ["demo-pat-obrien", "demo-alex-morgan"], recordsInDoubt: ["demo-pat-obrien", "demo-alex-morgan"] });
    expect(seen.message).toMatch(new RegExp(`^Continued by Morgan Reid .*has no approved strategy in force before it\\. .* Decisions item ${approval.id} \\(added before .*\\) was deleted before it, and no retention purge recorded it: it may rest on what was deleted\\.`));
  });

  it("Casey proposes an address at review, Morgan continues adopting it, then deletes Casey's change event (Retention): the continuation's terms are nobody else's as read — Pat's strategy stays in force on the approval, and the record says the continuation may have counted", async () => {
    const ADDED = "pat.obrien@work.example.org";
    const pat = (await storeOf(CASEY).getStrategy("demo-pat-obrien"))!;
    await second();
    expect(await proposeChange(storeOf(CASEY), pack, pat, { ...pat.value, addresses: [...pat.value.addresses, ADDED] }, CASEY, "Pat writes from work too.", new Date().toISOString())).toMatchObject({ ok: true });
    await second();
    const morgan = storeOf(MORGAN);
    expect(await decide(morgan, pack, (await morgan.getStrategy("demo-pat-obrien"))!, { type: "continue", by: MORGAN, at: new Date().toISOString(), why: "Adopt the address.", reviewDate: "2027-05-31" })).toMatchObject({ ok: true });
    expect(await viewOf("demo-pat-obrien")).toMatchObject({ inForce: true, decision: { kind: "continue" }, doubts: [] });
    const change = (await items(MORGAN, "AuditTrail")).find((e) => e.fields.Target === "strategy:demo-pat-obrien" && e.fields.Action !== "propose" && String(e.fields.EventJson).includes(ADDED))!;
    expect(await del(MORGAN, "AuditTrail", change.id)).toBe(204);
    const view = await viewOf("demo-pat-obrien");
    expect(view).toMatchObject({ inForce: true, decision: { kind: "approve" }, refused: [{ kind: "continue", reason: "termsNotProposed" }], doubts: [{ kind: "decisionUnsupported", afterLastDecision: true }] });
    expect(view.doubts![0]!.message).toMatch(/^Continued by Morgan Reid .* may have counted\. This strategy is kept in force on the decisions that can be read/);
  });

  it("an approval a caseworker writes (permission step forgotten) could never have counted: simply refused, no doubt", async () => {
    demo.emulator.setListPermissions("Decisions", null);
    const alex = (await storeOf(CASEY).getStrategy("demo-alex-morgan"))!.value;
    const terms = { personName: alex.person.displayName, addresses: alex.addresses, restrictions: alex.restrictions, allowedChannels: alex.allowedChannels, reviewDate: "2027-03-31" };
    await storeOf(SAM).addDecision({ id: "demo-alex-morgan:approve:sam", strategyId: "demo-alex-morgan", kind: "approve", decidedBy: SAM.upn, decidedAt: new Date().toISOString(), rationale: "Approved.", checklist: pack.criteria.map((c) => c.id), terms: { ...terms, addresses: [] } });
    expect(await viewOf("demo-alex-morgan")).toMatchObject({ inForce: false, refused: [{ reason: "notAuthoriser" }], doubts: [] });
    expect((await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER)).inDoubt).toEqual([]);
  });
});

describe("a proposal already answered, revived by deleting its answer (T4 hole 9)", () => {
  it("Morgan rejects Casey's proposal for Alex, deletes her rejection and its events (Retention), writes the item back and approves the stale proposal: Alex is in force (restrictions kept) and his record names the deleted decision as the proposal's possible answer", async () => {
    const morgan = storeOf(MORGAN);
    const alex = (await morgan.getStrategy("demo-alex-morgan"))!;
    await second();
    expect(await decide(morgan, pack, alex, { type: "reject", by: MORGAN, at: new Date().toISOString(), why: "Not enough evidence." })).toMatchObject({ ok: true });
    await second();
    const rejection = (await items(MORGAN, "Decisions")).find((d) => d.fields.StrategyKey === "demo-alex-morgan")!;
    expect(await del(MORGAN, "Decisions", rejection.id)).toBe(204);
    for (const e of (await items(MORGAN, "AuditTrail")).filter((e) => e.fields.Target === "strategy:demo-alex-morgan" && /:reject/.test(String(e.fields.EventKey)))) expect(await del(MORGAN, "AuditTrail", e.id)).toBe(204);
    expect((await demo.patchStrategyItem(MORGAN, "demo-alex-morgan", strategyFields(alex.value))).status).toBe(200);
    await second();
    const criteriaConfirmed = pack.criteria.map((c) => c.id);
    const current = (await morgan.getStrategy("demo-alex-morgan"))!;
    expect(await decide(morgan, pack, current, { type: "approve", by: MORGAN, at: new Date().toISOString(), why: "Alex's abuse went on after the written warning of October.", criteriaConfirmed, reviewDate: "2027-03-31" }, { warningChecked: true, evidenceChecked: true, criteriaNotes: criteriaConfirmed.map((c) => ({ id: c, note: `Seen on Alex's file for ${c}: the contact log shows it.` })) })).toMatchObject({ ok: true });

    const view = await viewOf("demo-alex-morgan");
    expect(view).toMatchObject({ inForce: true, decision: { kind: "approve" }, doubts: [{ kind: "answerMayBeDeleted", afterLastDecision: true }] });
    expect(view.doubts![0]!.message).toMatch(new RegExp(`^Decisions item ${rejection.id} \\(added after .* and before .*\\) was deleted, and no retention purge recorded it, between the proposal Casey Worker .* and the approval by Morgan Reid .*: it may have answered that proposal \\(a rejection, a send-back\\), and a proposal once answered cannot be approved without a new one\\. This strategy is kept in force`));
    const report = await verifyRecords(storeOf(MORGAN), { pack, roster: DEMO_ROSTER });
    expect(report.breaks.filter((b) => b.kind === "answerMayBeDeleted").map((b) => b.target)).toEqual(["strategy:demo-alex-morgan"]);
    // Pat and Jordan, approved before it, are not named.
    for (const id of ["demo-pat-obrien", "demo-jordan-blake"]) expect(await viewOf(id)).toMatchObject({ inForce: true, doubts: [] });
  });
});
