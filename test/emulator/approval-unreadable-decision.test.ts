import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, tokenOf } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { readBoardReport, reportRows } from "../../src/app/records/board-report";
import { exportPerson } from "../../src/app/records/subject-access";
import { verifyRecords } from "../../src/app/records/verify";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { approvalsQueue, readStrategyDetail } from "../../src/app/strategy/read";
import { getPack } from "../../src/policy/packs/index";
import { CATEGORY_NAME, IN_DOUBT_CATEGORY_NAME } from "../../src/app/flag-message";
import { strategiesInForce } from "../../src/app/compose/in-force-source";
import type { MailboxAccess } from "../../src/flagger/core/ports";
import { inboxWith } from "../fakes/office-inbox";
import { memoryCheckpoints, sweepAll } from "../../src/flagger/core/run";
import { composeBreaches } from "../../src/policy/compose-guard";
import { caller } from "./client";

/**
 * One Decisions item that cannot be read — added by an authoriser through Graph with JSON that does not parse, or an
 * approval rewritten by a site owner — used to throw the in-force read for the whole office: no banner, no compose
 * guard, no Approvals queue. It is listed apart, named, and counts for nothing: it neither puts a strategy in force nor
 * ends one (a restriction's warning is never removed because a record cannot be read).
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const { storeOf } = demo;
const PAT = "pat.o'brien@example.org";

const sweepInbox = (mailbox: MailboxAccess) =>
  sweepAll([{ mailbox, folders: ["inbox"] }], { store: storeOf(MORGAN), checkpoints: memoryCheckpoints(), pack, roster: DEMO_ROSTER, staffDomains: ["opcc.example.gov.uk"], now: () => new Date(), recorder: "flagger" });

const inForceIds = async () => (await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER)).inForce.map((e) => e.strategy.id).sort();

describe("an unreadable Decisions item", () => {
  it("Morgan adds an 'end' for Pat whose JSON does not parse: the office still reads who is in force, Pat stays in force with the item named, and records verify reports it", async () => {
    const before = await inForceIds();
    expect(before).toContain("demo-pat-obrien");
    const call = caller(() => demo.emulator, tokenOf(MORGAN));
    const added = await call("POST", `/sites/${demo.siteId}/lists/Decisions/items`, { fields: { Title: "end demo-pat-obrien", DecisionKey: "demo-pat-obrien:end:forged", StrategyKey: "demo-pat-obrien", Kind: "end", DecisionJson: "{not json" } });
    expect(added.status).toBe(201);
    const item = String((added.body as { id: string }).id);

    // Nobody is blinded, and nobody is lifted: the same strategies are in force for the flagger and the compose guard.
    expect(await inForceIds()).toEqual(before);
    expect((await approvalsQueue(storeOf(MORGAN), pack, DEMO_ROSTER)).map((e) => e.strategy.value.id)).toEqual(["demo-alex-morgan"]);
    const { view } = (await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, "demo-pat-obrien"))!;
    expect(view.inForce).toBe(true);
    expect(view.doubts?.map((d) => d.message)).toEqual([
      expect.stringMatching(new RegExp(`^Decisions item ${item} \\(its Kind column says “end”\\), recorded by Morgan Reid \\(${MORGAN.upn.replace(".", "\\.")}\\) at .*, cannot be read: its JSON does not parse\\. It counts for nothing — it neither puts this strategy in force nor ends it\\. This strategy is kept in force`)),
    ]);

    const report = await verifyRecords(storeOf(MORGAN), { pack, roster: DEMO_ROSTER });
    expect(report.breaks.filter((b) => b.kind === "decisionUnreadable").map((b) => b.target)).toEqual(["strategy:demo-pat-obrien"]);

    // Pat's subject access export names it among Pat's records; the board report names it by item, and still counts Pat.
    const exported = await exportPerson(storeOf(MORGAN), "pat.o'brien@example.org", { by: MORGAN.upn, now: new Date().toISOString(), pack, roster: DEMO_ROSTER });
    expect(exported.unreadable).toEqual([{ list: "Decisions", item, why: "its JSON does not parse", strategyId: "demo-pat-obrien", whose: "theirs" }]);
    expect(exported.decisions.map((d) => d.kind)).toEqual(["approve"]);
    const today = new Date().toISOString().slice(0, 10);
    const board = await readBoardReport(storeOf(MORGAN), pack, DEMO_ROSTER, { from: `${today.slice(0, 4)}-01-01`, to: today });
    expect(reportRows(board)).toEqual(expect.arrayContaining([["Records", `Could not be read: Decisions item ${item}`, "its JSON does not parse; a decision that counts for nothing"]]));
  });

  it("with the permission step forgotten, Casey rewrites Pat's approval so it cannot be read: Pat is not in force on what can be read, but the record says it is in doubt and may be in force — never 'no restrictions' alone", async () => {
    demo.emulator.setListPermissions("Decisions", null);
    const admin = caller(() => demo.emulator, tokenOf(CASEY));
    const decisions = (await admin("GET", `/sites/${demo.siteId}/lists/Decisions/items?$expand=fields`)).body.value as Array<{ id: string; fields: Record<string, string> }>;
    const approval = decisions.find((d) => d.fields.StrategyKey === "demo-pat-obrien")!;
    expect((await admin("PATCH", `/sites/${demo.siteId}/lists/Decisions/items/${approval.id}/fields`, { DecisionJson: JSON.stringify({ format: 1, note: "gone" }) })).status).toBe(200);

    expect(await inForceIds()).not.toContain("demo-pat-obrien");
    expect(await inForceIds()).toContain("demo-jordan-blake");
    const { view } = (await readStrategyDetail(storeOf(CASEY), pack, DEMO_ROSTER, "demo-pat-obrien"))!;
    expect(view.inForce).toBe(false);
    expect(view.doubts).toHaveLength(1);
    expect(view.doubts![0]!.message).toMatch(new RegExp(`^Decisions item ${approval.id} \\(its Kind column says “approve”\\), recorded by .*, changed afterwards by .*, cannot be read: it holds no decision\\. .* It may have put this strategy in force: check with the Head of Business Services and Assurance`));

    // Fail closed: the flagger still marks Pat's next message — as in doubt, claiming no restriction — and names Pat.
    const { mailbox, writes } = inboxWith([PAT, "jordan.blake@example.net", "someone@example.com"]);
    const summary = await sweepInbox(mailbox);
    expect(summary).toMatchObject({ swept: 3, restricted: 1, inDoubt: 1, recordsInDoubt: [{ strategyId: "demo-pat-obrien", personName: "Pat O'Brien" }] });
    expect(writes).toEqual([
      { id: "m1", categories: [CATEGORY_NAME], flag: true },
      { id: "m0", categories: [IN_DOUBT_CATEGORY_NAME], flag: true },
    ]);
    expect(IN_DOUBT_CATEGORY_NAME).toBe("Contact strategy record in doubt: check with the authoriser before replying");

    // The compose guard warns on send to Pat the same way, and records verify names Pat's strategy.
    const guarded = (await strategiesInForce(storeOf(CASEY), pack, DEMO_ROSTER)).find((e) => e.terms.strategyId === "demo-pat-obrien");
    expect(guarded).toMatchObject({ addresses: expect.arrayContaining([PAT]), terms: { recordInDoubt: true, restrictions: [] } });
    const breaches = composeBreaches(CASEY.upn, [{ address: PAT, strategy: guarded!.terms }], pack);
    expect(breaches.map((b) => [b.rule, b.overridable])).toEqual([["recordInDoubt", true]]);
    expect(breaches[0]!.message).toMatch(/record is in doubt .* Check with the Head of Business Services and Assurance before sending/);
    const report = await verifyRecords(storeOf(MORGAN), { pack, roster: DEMO_ROSTER });
    expect(report.breaks.filter((b) => b.kind === "decisionUnreadable").map((b) => b.target)).toEqual(["strategy:demo-pat-obrien"]);
  });
});
