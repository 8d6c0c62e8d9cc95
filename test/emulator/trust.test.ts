import { describe, expect, it } from "vitest";
import { proposedTermsOf } from "../../src/policy/proposed-terms";
import { CASEY, DEMO_ROSTER, MORGAN, SAM, tokenOf } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { strategiesInForce } from "../../src/app/compose/in-force-source";
import { checkSender, type SenderVerdict } from "../../src/app/sender-check";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { reviewsDue } from "../../src/app/strategy/reviews";
import { termsOf } from "../../src/policy/in-force";
import { getPack } from "../../src/policy/packs/index";
import { createSenderIndex } from "../../src/store/sender-index";
import { strategy } from "../builders/strategy";
import { APPROVAL_CHECKS } from "../builders/evidence";
import { readItem } from "../fakes/mailbox";
import { caller } from "./client";
import { actOnAlerts, loadAlertActions } from "../../src/app/alert-action";
import { verifyRecords } from "../../src/app/records/verify";
import { describeAlertOutcome, type AlertAction } from "../../src/policy/alerts/action";
import { alertActionFields } from "../../src/store/sharepoint/mapping";
import { alertActionEvent } from "../../src/app/alert-record";
import { applyRetention } from "../../src/app/records/retention";
import { mayPurgeIn } from "../../src/app/records/retention-items";

/**
 * Every tampering attempt issue 11 found, repeated against the emulator with the product's own
 * store and a caseworker's token (Casey): none of them changes who is in force. The demo office
 * is seeded as an office would be: Casey proposed Pat O'Brien's strategy and Morgan (Head of
 * Business Services and Assurance) approved it; Alex Morgan's is proposed, not approved; the
 * list permissions an administrator sets by hand are applied.
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const { storeOf } = demo;

async function verdictFor(address: string): Promise<SenderVerdict> {
  const store = storeOf(CASEY);
  const index = createSenderIndex(store);
  await index.refresh();
  const from = { displayName: address, emailAddress: address };
  return checkSender(readItem({ from, sender: from, replyTo: [] }), { index, store, pack, roster: DEMO_ROSTER });
}
const inForce = async (address: string) => {
  const verdict = await verdictFor(address);
  return verdict.kind === "strategy" && verdict.inForce && verdict.view.inForce ? verdict.view : undefined;
};

describe("tampering by a caseworker changes nobody's status", () => {
  it("as seeded: Pat in force on Morgan's approval, Alex proposed, Riley nobody", async () => {
    expect(await inForce("pat.o'brien@example.org")).toMatchObject({ decision: { kind: "approve", author: { upn: MORGAN.upn } }, changedSinceApproval: [] });
    expect(await verdictFor("alex.morgan@example.com")).toMatchObject({ kind: "strategy", inForce: false, view: { inForce: false, why: "notApproved" } });
    expect(await verdictFor("riley.evans@example.org")).toMatchObject({ kind: "none" });
  });

  it("Alex's proposed strategy rewritten to active: still not in force, and the unbacked claim is visible", async () => {
    const casey = storeOf(CASEY);
    const alex = (await casey.getStrategy("demo-alex-morgan"))!;
    await casey.saveStrategy({ ...alex.value, status: "active", reviewDate: "2027-01-31" }, alex.etag);
    expect(await verdictFor("alex.morgan@example.com")).toMatchObject({ kind: "strategy", inForce: false, view: { inForce: false, claimed: "active", refused: [] } });
  });

  it("a strategy saved straight as active by one caseworker is not in force", async () => {
    await storeOf(CASEY).saveStrategy(strategy({ id: "straight-active", status: "active", reviewDate: "2027-01-31", person: { displayName: "Chris Patel" }, addresses: ["chris.patel@example.co.uk"] }));
    expect(await verdictFor("chris.patel@example.co.uk")).toMatchObject({ kind: "strategy", inForce: false, view: { claimed: "active" } });
  });

  it("Pat's strategy set to ended by a caseworker: still in force, reported as changed since approval", async () => {
    const casey = storeOf(CASEY);
    const before = await inForce("pat.o'brien@example.org");
    const pat = (await casey.getStrategy("demo-pat-obrien"))!;
    await casey.saveStrategy({ ...pat.value, status: "ended" }, pat.etag);
    const after = await inForce("pat.o'brien@example.org");
    expect(after).toMatchObject({ decision: before!.decision, terms: before!.terms, claimed: "ended", changedSinceApproval: ["status"] });
  });

  it("a hand-made StrategyAddresses row puts no one's banner on Riley Evans's mail", async () => {
    const call = caller(() => demo.emulator, tokenOf(CASEY));
    const row = { Title: "riley", AddressKey: "demo-pat-obrien|riley.evans@example.org", Address: "riley.evans@example.org", StrategyKey: "demo-pat-obrien", Status: "active", PersonName: "Pat O'Brien" };
    expect((await call("POST", `/sites/${demo.siteId}/lists/StrategyAddresses/items`, { fields: row })).status).toBe(201);
    expect(await verdictFor("riley.evans@example.org")).toEqual({ kind: "none", checked: ["riley.evans@example.org"] });
    // Nor does adding Riley to Pat's strategy item: the approved snapshot does not list the address.
    const casey = storeOf(CASEY);
    const pat = (await casey.getStrategy("demo-pat-obrien"))!;
    await casey.saveStrategy({ ...pat.value, addresses: [...pat.value.addresses, "riley.evans@example.org"] }, pat.etag);
    expect(await verdictFor("riley.evans@example.org")).toMatchObject({ kind: "strategy", inForce: false, view: { inForce: true, changedSinceApproval: ["addresses"] } });
    expect(await inForce("pat.o'brien@example.org")).toBeDefined();
  });

  it("Pat's strategy item deleted, or its key rewritten, and the index rows removed: still in force, reported as the record missing", async () => {
    const call = caller(() => demo.emulator, tokenOf(CASEY));
    const items = async (list: string, key: string, value: string) =>
      ((await call("GET", `/sites/${demo.siteId}/lists/${list}/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>).filter((i) => i.fields[key] === value);
    const before = await inForce("pat.o'brien@example.org");
    // Re-keyed: the item no longer answers to Pat's strategy id.
    const [item] = await items("ContactStrategies", "StrategyKey", "demo-pat-obrien");
    expect((await call("PATCH", `/sites/${demo.siteId}/lists/ContactStrategies/items/${item!.id}/fields`, { StrategyKey: "renamed" })).status).toBe(200);
    expect(await inForce("pat.o'brien@example.org")).toMatchObject({ decision: before!.decision, terms: before!.terms, changedSinceApproval: ["record"] });
    // Deleted, with every StrategyAddresses row that pointed at it: the Decisions list still names the address.
    expect((await call("DELETE", `/sites/${demo.siteId}/lists/ContactStrategies/items/${item!.id}`)).status).toBe(204);
    for (const row of await items("StrategyAddresses", "StrategyKey", "demo-pat-obrien")) {
      expect((await call("DELETE", `/sites/${demo.siteId}/lists/StrategyAddresses/items/${row.id}`)).status).toBe(204);
    }
    expect(await items("StrategyAddresses", "StrategyKey", "demo-pat-obrien")).toEqual([]);
    expect(await inForce("pat.o'brien@example.org")).toMatchObject({ decision: before!.decision, terms: before!.terms, changedSinceApproval: ["record"] });
    // The flagger's and the compose guard's reads, and the reviews due, still hold Pat.
    const casey = storeOf(CASEY);
    expect((await readInForceSet(casey, pack, DEMO_ROSTER)).inForce.map((e) => e.strategy.id)).toContain("demo-pat-obrien");
    expect((await strategiesInForce(casey, pack, DEMO_ROSTER)).flatMap((e) => e.addresses)).toContain("pat.o'brien@example.org");
    expect((await reviewsDue(casey, pack, DEMO_ROSTER, "2026-11-25", 3650)).map((r) => r.strategy.value.id)).toContain("demo-pat-obrien");
  });

  it("after a rejection, the manager cannot approve alone on the old proposal; a new proposal by someone else is needed", async () => {
    const morgan = storeOf(MORGAN);
    const alex = (await morgan.getStrategy("demo-alex-morgan"))!.value;
    const decision = (id: string, kind: "reject" | "approve") => ({ id, strategyId: alex.id, kind, decidedBy: MORGAN.upn, decidedAt: "2026-11-25T11:00:00.000Z", rationale: kind, checklist: kind === "approve" ? pack.criteria.map((c) => c.id) : [], ...(kind === "approve" ? { ...APPROVAL_CHECKS, terms: termsOf(alex, "2027-01-31") } : {}) });
    await morgan.addDecision(decision("alex:reject", "reject"));
    await new Promise((r) => setTimeout(r, 1100)); // SharePoint's clock counts whole seconds: each step in its own
    await morgan.addDecision(decision("alex:approve-alone", "approve"));
    await new Promise((r) => setTimeout(r, 1100));
    expect(await verdictFor("alex.morgan@example.com")).toMatchObject({ kind: "strategy", inForce: false, view: { lastDecision: { kind: "reject" }, refused: [{ id: "alex:approve-alone", reason: "noProposal" }] } });
    await storeOf(CASEY).appendAudit({ id: "alex:proposed-again", target: "strategy:demo-alex-morgan", action: "propose", by: CASEY.upn, at: "2026-11-25T11:05:00.000Z", detail: "Proposed again.", terms: proposedTermsOf(alex) });
    await new Promise((r) => setTimeout(r, 1100));
    await morgan.addDecision(decision("alex:approve", "approve"));
    expect(await inForce("alex.morgan@example.com")).toMatchObject({ decision: { id: "alex:approve" } });
  });

  it("a decision forged by a caseworker is refused by SharePoint (403), and would not count if the permission were missing", async () => {
    const forged = { id: "forged", strategyId: "demo-alex-morgan", kind: "approve" as const, decidedBy: MORGAN.upn, decidedAt: "2026-11-25T11:00:00.000Z", rationale: "x", checklist: [] };
    const alex = (await storeOf(CASEY).getStrategy("demo-alex-morgan"))!.value;
    const withTerms = { ...forged, terms: termsOf(alex, "2027-01-31") };
    await expect(storeOf(CASEY).addDecision(withTerms)).rejects.toMatchObject({ code: "forbidden" });
    // The administrator forgot the manual step: the write lands, but its author is Casey, whatever it claims.
    demo.emulator.setListPermissions("Decisions", null);
    await storeOf(CASEY).addDecision(withTerms);
    const verdict = await verdictFor("alex.morgan@example.com");
    expect(verdict).toMatchObject({ kind: "strategy", inForce: false, view: { refused: [{ id: "forged", reason: "notAuthoriser", author: { upn: CASEY.upn } }] } });
  });

  it("self-approval: Morgan proposes and approves their own strategy; it is not in force", async () => {
    const morgan = storeOf(MORGAN);
    const own = strategy({ id: "own", status: "active", reviewDate: "2027-01-31", person: { displayName: "Chris Patel" }, addresses: ["chris.patel@example.co.uk"] });
    await morgan.saveStrategy(own);
    await morgan.appendAudit({ id: "own:proposed", target: "strategy:own", action: "propose", by: SAM.upn, at: "2026-11-25T10:00:00.000Z", detail: "Claims to be Sam's.", terms: proposedTermsOf(own) });
    await morgan.addDecision({ id: "own:approve", strategyId: "own", kind: "approve", decidedBy: MORGAN.upn, decidedAt: "2026-11-25T10:01:00.000Z", rationale: "Mine.", checklist: [], terms: termsOf(own, "2027-01-31") });
    expect(await verdictFor("chris.patel@example.co.uk")).toMatchObject({ kind: "strategy", inForce: false, view: { refused: [{ reason: "ownProposal" }] } });
  });

  it("a caseworker cannot remove or rewrite Morgan's decision, nor edit or delete the audit trail (403, Graph's shape)", async () => {
    const call = caller(() => demo.emulator, tokenOf(CASEY));
    const [decision] = (await call("GET", `/sites/${demo.siteId}/lists/Decisions/items?$expand=fields`)).body.value;
    const patch = await call("PATCH", `/sites/${demo.siteId}/lists/Decisions/items/${decision.id}/fields`, { DecisionJson: "{}" });
    expect(patch).toMatchObject({ status: 403, body: { error: { code: "accessDenied", message: "Access denied" } } });
    expect((await call("DELETE", `/sites/${demo.siteId}/lists/Decisions/items/${decision.id}`)).status).toBe(403);
    const [event] = (await call("GET", `/sites/${demo.siteId}/lists/AuditTrail/items?$expand=fields`)).body.value;
    expect((await call("PATCH", `/sites/${demo.siteId}/lists/AuditTrail/items/${event.id}/fields`, { Detail: "rewritten" })).status).toBe(403);
    expect((await call("DELETE", `/sites/${demo.siteId}/lists/AuditTrail/items/${event.id}`)).status).toBe(403);
    // Adding to the audit trail is what staff may do.
    expect((await call("POST", `/sites/${demo.siteId}/lists/AuditTrail/items`, { fields: { EventKey: "new-event", Target: "strategy:x", At: "2026-11-25T10:00:00Z", Action: "note", By: CASEY.upn, Detail: "" } })).status).toBe(201);
    expect(await inForce("pat.o'brien@example.org")).toBeDefined();
  });
});

describe("what was done about an alert, tampered with through Graph by a caseworker (issue 10)", () => {
  const MESSAGE = "<tonight@example.net>";
  const action = (overrides: Partial<AlertAction> = {}): AlertAction => ({
    id: "sam-escalated",
    internetMessageId: MESSAGE,
    senderAddress: "jordan.blake@example.net",
    alertKinds: ["risk-to-life"],
    outcome: { kind: "escalated", to: "Dana Chief" },
    by: SAM.upn,
    // Now, by the writer's clock: SharePoint records it now too (an action dated otherwise is doubted: "misdated").
    at: new Date().toISOString(),
    ...overrides,
  });
  const samActs = async (overrides: Partial<AlertAction> = {}) => {
    const a = action(overrides);
    expect(await actOnAlerts({ store: storeOf(SAM), ...a, now: new Date(a.at) })).toMatchObject({ ok: true });
  };
  const items = (call: ReturnType<typeof caller>) => async () =>
    ((await call("GET", `/sites/${demo.siteId}/lists/AlertActions/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>).filter((i) => i.fields.InternetMessageId === MESSAGE);
  const shown = async () =>
    (await loadAlertActions(storeOf(CASEY), MESSAGE, undefined, mayPurgeIn(pack, DEMO_ROSTER))).map((e) => {
      switch (e.kind) {
        case "removed":
          return ["removed", e.actionId];
        case "forged":
          return ["forged", e.actionId, e.why.kind];
        case "deleted":
          return ["deleted", e.gap.from, e.gap.to];
        case "recorded":
          return [e.action.id, e.action.author?.upn, describeAlertOutcome(e.action.outcome), e.doubts.map((d) => d.kind)];
      }
    });
  const reported = async () =>
    (await verifyRecords(storeOf(MORGAN), { pack, roster: DEMO_ROSTER })).breaks
      .filter((b) => b.kind.startsWith("alertAction") || b.kind === "itemsDeleted")
      .map((b) => (b.kind === "itemsDeleted" ? [b.kind, b.list, b.from, b.to] : [b.kind, "actionId" in b && b.actionId]));
  const rewritten = (fields: Record<string, string>) => {
    const json = JSON.parse(fields.ActionJson!) as { format: number; action: AlertAction };
    const outcome = { kind: "noActionNeeded" as const, reason: "Nothing in it, just venting again." };
    return { Title: outcome.kind, Outcome: outcome.kind, By: CASEY.upn, ActionJson: JSON.stringify({ ...json, action: { ...json.action, outcome, by: CASEY.upn } }) };
  };

  it("Casey cannot rewrite or delete Sam's action (403, Graph's shape): it still reads as Sam's, as recorded", async () => {
    await samActs();
    const call = caller(() => demo.emulator, tokenOf(CASEY));
    const [item] = await items(call)();
    const patch = await call("PATCH", `/sites/${demo.siteId}/lists/AlertActions/items/${item!.id}/fields`, rewritten(item!.fields));
    expect(patch).toMatchObject({ status: 403, body: { error: { code: "accessDenied", message: "Access denied" } } });
    expect((await call("DELETE", `/sites/${demo.siteId}/lists/AlertActions/items/${item!.id}`)).status).toBe(403);
    // Inside a $batch, as the product's own store sends its writes: refused the same.
    const batch = await call("POST", "/$batch", { requests: [{ id: "1", method: "DELETE", url: `/sites/${demo.siteId}/lists/AlertActions/items/${item!.id}` }] });
    expect(batch.body.responses[0].status).toBe(403);
    expect(await shown()).toEqual([["sam-escalated", SAM.upn, "Escalated to Dana Chief", []]]);
    expect(await reported()).toEqual([]);
  });

  it("Casey's 'no action needed' added through Graph in Sam's name is shown as Casey's, doubted, and verify reports it", async () => {
    const call = caller(() => demo.emulator, tokenOf(CASEY));
    const forged = action({ id: "forged", outcome: { kind: "noActionNeeded", reason: "Sam read it: nothing to do." } });
    // Adding is what staff may do: SharePoint takes it, and records who added it.
    expect((await call("POST", `/sites/${demo.siteId}/lists/AlertActions/items`, { fields: alertActionFields(forged) })).status).toBe(201);
    expect(await shown()).toEqual([["forged", CASEY.upn, "No action needed: Sam read it: nothing to do.", ["notByAuthor", "notAudited"]]]);
    expect(await reported()).toEqual([
      ["alertActionNotByAuthor", "forged"],
      ["alertActionNotAudited", "forged"],
    ]);
  });

  it("an action item Casey adds with unreadable JSON hides no one's action from the pane, is shown in doubt, and does not stop records verify", async () => {
    await samActs();
    const call = caller(() => demo.emulator, tokenOf(CASEY));
    const junk = { ...alertActionFields(action({ id: "junk" })), ActionJson: "{ not json" };
    expect((await call("POST", `/sites/${demo.siteId}/lists/AlertActions/items`, { fields: junk })).status).toBe(201);
    // Tester T6: it used to be left out unseen; now it is read by its columns and named, deciding nothing.
    expect(await shown()).toEqual([
      ["sam-escalated", SAM.upn, "Escalated to Dana Chief", []],
      ["junk", CASEY.upn, "An action that cannot be read (no outcome the add-in writes)", expect.arrayContaining(["malformed", "notAudited"])],
    ]);
    expect(await reported()).toEqual(expect.arrayContaining([["alertActionMalformed", "junk"]]));
  });

  it("with the permission step forgotten, Casey's rewrite and delete land — and the pane says changed and removed, and verify reports both", async () => {
    await samActs();
    const second = action({ id: "sam-reported", outcome: { kind: "reportedToPolice", reference: "WK-2611-0042" } });
    expect(await actOnAlerts({ store: storeOf(SAM), ...second, now: new Date(second.at) })).toMatchObject({ ok: true });
    demo.emulator.setListPermissions("AlertActions", null);
    const call = caller(() => demo.emulator, tokenOf(CASEY));
    const [first, other] = await items(call)();
    expect((await call("PATCH", `/sites/${demo.siteId}/lists/AlertActions/items/${first!.id}/fields`, rewritten(first!.fields))).status).toBe(200);
    expect((await call("DELETE", `/sites/${demo.siteId}/lists/AlertActions/items/${other!.id}`)).status).toBe(204);
    expect(await shown()).toEqual([
      ["sam-escalated", SAM.upn, "No action needed: Nothing in it, just venting again.", ["notByAuthor", "changed"]],
      ["removed", "sam-reported"],
    ]);
    expect(await reported()).toEqual([
      ["alertActionNotByAuthor", "sam-escalated"],
      ["alertActionChanged", "sam-escalated"],
      ["alertActionRemoved", "sam-reported"],
    ]);
  });

  const auditItems = (call: ReturnType<typeof caller>) => async () =>
    (await call("GET", `/sites/${demo.siteId}/lists/AuditTrail/items?$expand=fields&$top=5000`)).body.value as Array<{ id: string; fields: Record<string, string> }>;

  it("Morgan, who may delete for retention, deletes Sam's action together with its audit event: the gap in SharePoint's item ids is shown and reported", async () => {
    await samActs();
    await samActs({ id: "sam-reported", outcome: { kind: "reportedToPolice", reference: "WK-2611-0042" } });
    const morgan = caller(() => demo.emulator, tokenOf(MORGAN));
    const [first] = await items(morgan)();
    const event = (await auditItems(morgan)()).find((i) => i.fields.EventKey === "alert-action:sam-escalated")!;
    expect((await morgan("DELETE", `/sites/${demo.siteId}/lists/AlertActions/items/${first!.id}`)).status).toBe(204);
    expect((await morgan("DELETE", `/sites/${demo.siteId}/lists/AuditTrail/items/${event.id}`)).status).toBe(204);
    // No trace on the message's own trail (the event was the message's first: no chain link breaks) — but the ids say so.
    const item = Number(first!.id);
    expect(await shown()).toEqual([
      ["deleted", item, item],
      ["sam-reported", SAM.upn, "Reported to the police (reference WK-2611-0042)", []],
    ]);
    expect(await reported()).toEqual(expect.arrayContaining([["itemsDeleted", "AlertActions", item, item], ["itemsDeleted", "AuditTrail", Number(event.id), Number(event.id)]]));
  });

  it("a purge records the items it deletes before it deletes them: retention's gaps are not reported, anyone else's are", async () => {
    await samActs();
    const morgan = storeOf(MORGAN);
    const plan = { contactCutoff: "2024-12-01T00:00:00.000Z", strategyCutoff: "2020-12-01T00:00:00.000Z", contacts: [{ id: MESSAGE, receivedAt: "2024-11-01T00:00:00.000Z", senderAddress: "jordan.blake@example.net" }], kept: [], strategies: [], letters: [], lettersKept: [], skipped: [] };
    await applyRetention(morgan, plan, { by: MORGAN.upn, now: new Date().toISOString() });
    // Two actions on another message, so the purged items are no longer the newest; Morgan deletes the first by hand.
    await samActs({ id: "later", internetMessageId: "<later@example.net>" });
    await samActs({ id: "latest", internetMessageId: "<later@example.net>" });
    const call = caller(() => demo.emulator, tokenOf(MORGAN));
    const later = ((await call("GET", `/sites/${demo.siteId}/lists/AlertActions/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>).find((i) => i.fields.ActionKey === "later")!;
    expect((await call("DELETE", `/sites/${demo.siteId}/lists/AlertActions/items/${later.id}`)).status).toBe(204);
    // Only the hand deletion: the purge's items are on record as retention's (its later action's event says "removed").
    expect(await reported()).toEqual([["alertActionRemoved", "later"]]);
  });

  it("an audit event Casey writes by hand for an action that never existed reads as forged, not as a deletion", async () => {
    await samActs({ id: "sam-elsewhere", internetMessageId: "<elsewhere@example.net>" });
    await samActs();
    const casey = storeOf(CASEY);
    const [sams] = await items(caller(() => demo.emulator, tokenOf(CASEY)))();
    const elsewhere = Number(sams!.id) - 1;
    const never = (id: string, item?: number) => alertActionEvent({ ...action({ id, by: CASEY.upn, outcome: { kind: "noActionNeeded", reason: "Read it with the duty manager, nothing in it." } }), ...(item ? { item } : {}) });
    // Naming no item; naming Sam's action's item; naming one past the newest, which Sam's next action then shows was not yet allocated.
    await casey.appendAudit(never("no-item"));
    await casey.appendAudit(never("sams-item", Number(sams!.id)));
    // …and naming the item of Sam's action on another message.
    await casey.appendAudit(never("elsewhere-item", elsewhere));
    await casey.appendAudit(never("future-item", Number(sams!.id) + 5));
    // Written within a second or two of each other: compared in any order.
    const judged = async () => (await shown()).filter((e) => e[0] === "removed" || e[0] === "forged").sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(await judged()).toEqual([
      ["forged", "elsewhere-item", "anotherAction"],
      // Until an item is added after it, an id past the newest cannot be told from the newest deleted: said so.
      ["removed", "future-item"],
      ["forged", "no-item", "namesNoItem"],
      ["forged", "sams-item", "anotherAction"],
    ]);
    // SharePoint's times are to the second: Sam's next action comes two seconds later.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await samActs({ id: "sam-later", outcome: { kind: "reportedToPolice", reference: "WK-2611-0077" } });
    expect(await judged()).toEqual([
      ["forged", "elsewhere-item", "anotherAction"],
      ["forged", "future-item", "notYetAllocated"],
      ["forged", "no-item", "namesNoItem"],
      ["forged", "sams-item", "anotherAction"],
    ]);
    expect((await reported()).sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
      ["alertActionForged", "elsewhere-item"],
      ["alertActionForged", "future-item"],
      ["alertActionForged", "no-item"],
      ["alertActionForged", "sams-item"],
    ]);
  });

  it("an action Casey backdates by two days is listed when SharePoint recorded it, doubted, and reported", async () => {
    await samActs();
    const backdated = action({ id: "casey-backdated", by: CASEY.upn, outcome: { kind: "escalated", to: "Dana Chief, on the day" }, at: new Date(Date.now() - 2 * 86_400_000).toISOString() });
    expect(await actOnAlerts({ store: storeOf(CASEY), ...backdated, now: new Date(backdated.at) })).toMatchObject({ ok: true });
    expect(await shown()).toEqual([
      ["sam-escalated", SAM.upn, "Escalated to Dana Chief", []],
      ["casey-backdated", CASEY.upn, "Escalated to Dana Chief, on the day", ["misdated"]],
    ]);
    expect(await reported()).toEqual([["alertActionMisdated", "casey-backdated"]]);
  });

  it("nobody but a site owner may change AlertActions' or AuditTrail's columns once their permissions are set (Manage Lists); with inheritance, site members may", async () => {
    for (const who of [CASEY, MORGAN]) {
      const call = caller(() => demo.emulator, tokenOf(who));
      for (const list of ["AlertActions", "AuditTrail"]) {
        const key = list === "AlertActions" ? "ActionKey" : "EventKey";
        // Dropping the unique key would let a forged item squat an action's or an event's key.
        expect(await call("PATCH", `/sites/${demo.siteId}/lists/${list}/columns/${key}`, { enforceUniqueValues: false })).toMatchObject({ status: 403, body: { error: { code: "accessDenied" } } });
        expect((await call("POST", `/sites/${demo.siteId}/lists/${list}/columns`, { name: "Note2", text: {} })).status).toBe(403);
      }
    }
    demo.emulator.setListPermissions("AlertActions", null);
    expect((await caller(() => demo.emulator, tokenOf(CASEY))("PATCH", `/sites/${demo.siteId}/lists/AlertActions/columns/ActionKey`, { enforceUniqueValues: false })).status).toBe(200);
  });
});
